"""ranktypology's output columns (grade_ per indicator, group_ per group, complex_grade, rank,
n_indicators, class_index, typology_class) and its log: the grading and the classes."""

import numpy as np
import pandas as pd

from ..core.naming import unique_names
from . import Layers


def grade_columns(result, index, indicators, groups, class_index, labels):
    """The new columns (a frame on ``index``) and their kinds, in the output's order."""
    grade_names = unique_names(indicators, prefix="grade_")
    group_names = unique_names(list(groups), prefix="group_", taken=grade_names.values())
    extra = pd.DataFrame(index=index)
    for ind in indicators:
        extra[grade_names[ind]] = result.grades[ind]
    for g in groups:
        extra[group_names[g]] = result.group_grades[g]
    extra["complex_grade"] = result.complex_grade.round(10)
    extra["rank"] = result.rank
    extra["n_indicators"] = result.n_indicators
    extra["class_index"] = class_index
    extra["typology_class"] = [labels[i] for i in class_index]
    kinds = [(c, "double") for c in extra.columns[: len(indicators) + len(groups) + 1]]
    kinds += [("rank", "int"), ("n_indicators", "int"), ("class_index", "int"), ("typology_class", "string")]
    return extra, kinds


def log_classes(complex_grade, class_index, labels, feedback, detail_limit=60):
    """Each district's grade and class (best first) for small layers; counts always."""
    order = np.argsort(-complex_grade.to_numpy(), kind="mergesort")
    if len(order) <= detail_limit:
        names, grades = complex_grade.index, complex_grade.to_numpy()
        for i in order:
            feedback.pushInfo(
                Layers.tr("{district}: complex grade {grade:.2f} → {label}").format(
                    district=names[i], grade=grades[i], label=labels[class_index[i]]
                )
            )
    counts = np.bincount(class_index[class_index >= 0], minlength=len(labels))
    feedback.pushInfo(
        Layers.tr("Classes: {}").format(", ".join("{} {}".format(lab, n) for lab, n in zip(labels, counts)))
    )


def log_grading(result, reference, n_indicators: int, feedback) -> None:
    """The districts graded on fewer indicators (a warning each) and the reference values."""
    for district, lacking in result.missing.items():
        feedback.pushWarning(
            Layers.tr(
                "{district}: no value for {lacking}; graded on {graded} of %n indicators.", "", n_indicators
            ).format(district=district, lacking=", ".join(lacking), graded=result.n_indicators[district])
        )
    feedback.pushInfo(
        Layers.tr("Reference values: {}").format(", ".join("{} = {:g}".format(k, v) for k, v in reference.items()))
    )
