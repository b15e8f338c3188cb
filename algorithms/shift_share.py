"""Shift-share analysis, classic (Dunn) and Esteban-Marquillas (issue 16; docs/METHODS-indices.md).

Parameters (``layers.lq_parameters``) → read (``layers.lq_inputs``) →
``core.shiftshare.shift_share`` → write → style (``maps.styles.diverging``)."""

import numpy as np
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from ..core import shiftshare
from ..layers import lq_parameters
from ..layers.lq_outputs import flat_cells
from ..maps import styles
from .base import TerritorialAlgorithm


class ShiftShareAlgorithm(TerritorialAlgorithm):
    ALG_ID = "shiftshare"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ShiftShareAlgorithm", "Shift-share analysis")
    GROUP = QT_TRANSLATE_NOOP("ShiftShareAlgorithm", "4 Specialization")
    GROUP_ID = "specialization"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "ShiftShareAlgorithm",
        "Which part of each district's growth between two periods follows the reference's growth, "
        "which its industry structure and which is its own (shift-share analysis).\n\n"
        "With x⁰, x¹ the district's value of an industry in the base and end periods, G the "
        "reference's growth rate, g<sub>i</sub> the reference's growth rate of the industry and "
        "r<sub>ij</sub> the district's:\n"
        "<b>Classic</b> (Dunn 1960): national_effect = x⁰·G; industry_mix = x⁰·(g<sub>i</sub> − G); "
        "competitive_effect = x¹ − x⁰·(1 + g<sub>i</sub>); the three sum to actual_change = x¹ − x⁰.\n"
        "<b>Esteban-Marquillas</b> (1972): with the homothetic value x̂⁰ = x⁰<sub>j</sub>·X⁰<sub>i</sub>/X⁰ "
        "(the district's base total spread as the reference's structure): net_competitive = "
        "x̂⁰·(r<sub>ij</sub> − g<sub>i</sub>), allocation_effect = (x⁰ − x̂⁰)·(r<sub>ij</sub> − g<sub>i</sub>) "
        "(their sum is the competitive effect), homothetic_change = x̂⁰·r<sub>ij</sub>; NULL for an "
        "industry new in the district (x⁰ = 0 &lt; x¹).\n"
        "<b>Reference</b>: the districts' total (default) or REFERENCE_TABLE (e.g. the nation).\n"
        "<b>Data</b> as in Localization coefficient, two periods: INDUSTRY_FIELDS and "
        "INDUSTRY_FIELDS_BASE (wide), or a long TABLE with BASE_YEAR / END_YEAR and its year field, "
        "or a second table TABLE_BASE.\n"
        "<b>Output</b>: the districts with the sums of each effect over the industries (NULL when "
        "a value of the district is NULL); OUTPUT_TABLE: one row per district and industry.\n"
        "<b>Style</b>: diverging on competitive_effect (red: below the reference, blue: above), "
        "grey \"No data\" where undefined."
    )
    # fmt: on

    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def initAlgorithm(self, config=None):
        lq_parameters.add_input_parameters(self, periods=2)
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Shift-share"), QgsProcessing.TypeVectorPolygon),
            self.tr(
                "The districts with their fields and the sums over the industries of actual_change, "
                "national_effect, industry_mix, competitive_effect, homothetic_change, "
                "net_competitive and allocation_effect."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE,
                self.tr("Shift-share by industry (long table)"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr(
                "A table (no geometry), one row per district and industry: district (the key), "
                "industry, value_base, value, homothetic_base and the seven effects."
            ),
        )

    def process(self, parameters, context, feedback):
        source, id_field, data, ids, inputs = lq_parameters.read_district_inputs(
            self, parameters, context, feedback, self.tr("no shift-share to compute")
        )
        if inputs.get("values_base") is None:
            raise QgsProcessingException(
                self.tr(
                    "Shift-share needs two periods: INDUSTRY_FIELDS_BASE (wide form), or BASE_YEAR "
                    "with TABLE_YEAR_FIELD, or TABLE_BASE (long form)."
                )
            )
        feedback.setProgress(45)
        end_label, base_label = inputs.get("labels", ("", ""))
        result = self.method(
            shiftshare.shift_share,
            inputs["values_base"],
            inputs["values"],
            reference_base=inputs.get("reference_base"),
            reference_end=inputs.get("reference"),
            labels=(str(base_label), str(end_label)),
        )
        for template, values in result.notes:
            feedback.pushWarning(self.core_text(template, **values))
        feedback.pushInfo(
            self.tr("Reference growth G ({base} → {end}) = {growth} %.").format(
                base=base_label, end=end_label, growth=f"{100 * result.reference_growth:+.4g}"
            )
        )
        growth = result.industry_growth
        feedback.pushInfo(
            self.tr("Industry growth g_i: {}").format(
                "; ".join(f"{i} {100 * g:+.4g} %" if g == g else f"{i} —" for i, g in list(growth.items())[:30])
                + (" …" if len(growth) > 30 else "")
            )
        )

        effects = shiftshare.EFFECTS
        extra = result.districts.reset_index(drop=True)
        dest_id = self.write_output(
            parameters,
            self.OUTPUT,
            context,
            source,
            data,
            [(e, "double") for e in effects],
            extra,
            feedback,
            progress=(50.0, 65.0),
        )
        out = {self.OUTPUT: dest_id}
        if parameters.get(self.OUTPUT_TABLE) is not None:
            fields = QgsFields()
            key = QgsField(source.fields().field(id_field))
            key.setName("district")
            fields.append(key)
            fields.append(QgsField("industry", QVariant.String))
            names = ["value_base", "value", "homothetic_base"] + list(effects)
            for name in names:
                fields.append(QgsField(name, QVariant.Double))
            frames = [inputs["values_base"], inputs["values"], result.homothetic] + [result.cells[e] for e in effects]
            n_d, n_i = inputs["values"].shape
            keys = np.empty(n_d, dtype=object)
            keys[:] = data.raw_column(id_field)
            columns = [np.repeat(keys, n_i).tolist(), [str(c) for c in inputs["values"].columns] * n_d]
            columns += [flat_cells(f.reindex_like(inputs["values"])) for f in frames]
            table_id = self.write_table(
                parameters, self.OUTPUT_TABLE, context, fields, zip(*columns), n_d * n_i, feedback, (65.0, 95.0)
            )
            if table_id is not None:
                out[self.OUTPUT_TABLE] = table_id

        values = result.districts["competitive_effect"].to_numpy()
        defined = values[~np.isnan(values)].tolist()
        n_above = sum(v > 0 for v in defined)
        feedback.pushInfo(
            self.tr("%n district(s) grew faster than their structure implies (competitive effect > 0).", "", n_above)
        )
        if defined:
            renderer = styles.diverging(
                "competitive_effect",
                styles.symmetric_breaks(defined),
                defined,
                scheme="RdBu",
                legend_title=self.tr("Competitive effect (red: below the reference's growth, blue: above)"),
                low_is_red=True,
                precision=styles.legend_precision(defined, significant=2),
                no_data_label=self.tr("No data") if len(defined) < len(values) else None,
            )
            self.attach_style(dest_id, renderer, context, feedback)
        feedback.setProgress(100)
        return out
