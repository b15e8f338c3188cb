"""Log lines of growthtypology's result: the series' end points, the regional growth index,
each class with its bounds and members."""

import numpy as np

from ..core import growth
from . import Layers


def log_result(result, start_field: str, end_field: str, breaks, names, feedback) -> None:
    """The regional index over the districts with both values, then one line per class
    (its bounds in % of the regional index, its count and members)."""
    feedback.pushInfo(
        Layers.tr(
            "Regional growth index (total '{end_field}' / total '{start_field}' × 100 over "
            "{n_regional} districts): {regional_index:.2f}."
        ).format(
            end_field=end_field,
            start_field=start_field,
            n_regional=result.n_regional,
            regional_index=result.regional_index,
        )
    )
    used_breaks = breaks or list(growth.GROWTH_BREAKS)
    counts = np.bincount(result.class_index[result.class_index >= 0], minlength=len(result.labels))
    for k, label in enumerate(result.labels):
        lower = f"≥ {used_breaks[k]:g}" if k < len(used_breaks) else f"< {used_breaks[-1]:g}"
        if 0 < k < len(used_breaks):
            lower = f"{used_breaks[k]:g} – {used_breaks[k - 1]:g}"
        members = [names[i] for i in np.flatnonzero(result.class_index == k)]
        if members:
            line = Layers.tr("{label} ({bounds} % of the regional index): {count} — {members}")
        else:
            line = Layers.tr("{label} ({bounds} % of the regional index): {count}")
        feedback.pushInfo(line.format(label=label, bounds=lower, count=counts[k], members=", ".join(members)))
