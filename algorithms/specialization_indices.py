"""Specialization and concentration indices (issue 16; docs/METHODS-indices.md).

Parameters (``layers.lq_parameters``) → read (``layers.lq_inputs``) →
``core.specialization.district_indices`` → write → style (``maps.styles.graduated``)."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from ..core import specialization
from ..layers import lq_parameters
from ..layers.lq_outputs import nullable
from ..maps import styles
from .base import TerritorialAlgorithm


class SpecializationIndicesAlgorithm(TerritorialAlgorithm):
    ALG_ID = "specializationindices"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("SpecializationIndicesAlgorithm", "Specialization and concentration indices")
    GROUP = QT_TRANSLATE_NOOP("SpecializationIndicesAlgorithm", "4 Specialization")
    GROUP_ID = "specialization"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "SpecializationIndicesAlgorithm",
        "How specialized each district is as a whole, and how concentrated each industry is "
        "across the districts (REAT and EconGeo's measures). s<sub>ij</sub> = x<sub>ij</sub> / "
        "x<sub>j</sub> is the industry's share of the district, s<sub>i</sub> = X<sub>i</sub> / X its "
        "share of the region (the districts, or REFERENCE_TABLE).\n\n"
        "<b>Per district</b> (OUTPUT): krugman = Σ|s<sub>ij</sub> − s<sub>i</sub>| (Krugman 1991, "
        "0–2); hoover_specialization = half of it (Hoover 1936, 0–1); gini_specialization (the Gini "
        "coefficient of the district's location quotients, REAT's gini.spec); hhi = Σ s<sub>ij</sub>² "
        "and hhi_normalized = (hhi − 1/n) / (1 − 1/n); entropy = −Σ s<sub>ij</sub> ln s<sub>ij</sub> "
        "and entropy_relative = entropy / ln n (1 = evenly diversified); n_specializations "
        "(industries with LQ ≥ 1).\n"
        "<b>Per industry</b> (OUTPUT_INDUSTRIES): hoover_localization, gini_localization (Gini of the "
        "industry's quotients over the districts, REAT's gini.conc), hhi_districts, top_district "
        "and top_share — over the layer's districts.\n"
        "<b>Data</b> as in Localization coefficient: a numeric field per industry (INDUSTRY_FIELDS) "
        "or a long table (TABLE with key, industry, value and optionally year fields; END_YEAR "
        "picks the year).\n"
        "NULL values are unknown: a district with a NULL value gets NULL indices and is left out of "
        "the region's totals (the log names it); a district whose total is 0 gets NULL indices. "
        "Every index is unchanged when all values are scaled.\n"
        "<b>Style</b>: graduated on INDEX_TO_STYLE; districts without a value grey, \"No data\"."
    )
    # fmt: on

    INDEX_TO_STYLE = "INDEX_TO_STYLE"
    OUTPUT = "OUTPUT"
    OUTPUT_INDUSTRIES = "OUTPUT_INDUSTRIES"
    INDICES = specialization.DISTRICT_FIELDS

    def index_labels(self):
        return [
            self.tr("Krugman dissimilarity index (0–2)"),
            self.tr("Hoover coefficient of specialization (0–1)"),
            self.tr("Gini coefficient of specialization"),
            self.tr("Herfindahl–Hirschman index"),
            self.tr("Normalized Herfindahl–Hirschman index"),
            self.tr("Shannon entropy"),
            self.tr("Relative entropy"),
            self.tr("Number of specializations (LQ ≥ 1)"),
        ]

    def initAlgorithm(self, config=None):
        lq_parameters.add_input_parameters(self, periods=1)
        self.add(
            QgsProcessingParameterEnum(
                self.INDEX_TO_STYLE, self.tr("Index to style the map by"), options=self.index_labels(), defaultValue=0
            ),
            self.tr("The per-district index the output map is styled by (graduated, natural breaks)."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Specialization indices"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr(
                "The districts with their fields and krugman, hoover_specialization, "
                "gini_specialization, hhi, hhi_normalized, entropy, entropy_relative and "
                "n_specializations."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_INDUSTRIES,
                self.tr("Concentration of industries"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr(
                "A table (no geometry), one row per industry: industry, hoover_localization, "
                "gini_localization, hhi_districts, top_district (its key) and top_share."
            ),
        )

    def process(self, parameters, context, feedback):
        source, id_field, data, ids, inputs = lq_parameters.read_district_inputs(
            self, parameters, context, feedback, self.tr("no indices to compute")
        )
        feedback.setProgress(45)
        label = inputs.get("labels", ("", ""))[0]
        result = self.method(
            specialization.district_indices, inputs["values"], reference=inputs.get("reference"), what=label
        )
        for template, values in result.notes:
            feedback.pushWarning(self.core_text(template, **values))

        d = result.districts.reset_index(drop=True)
        kinds = [(name, "int" if name == "n_specializations" else "double") for name in self.INDICES]
        extra = d.assign(n_specializations=nullable(d["n_specializations"]))
        dest_id = self.write_output(
            parameters, self.OUTPUT, context, source, data, kinds, extra, feedback, progress=(50.0, 85.0)
        )
        out = {self.OUTPUT: dest_id}

        ind = result.industries
        fields = QgsFields()
        fields.append(QgsField("industry", QVariant.String))
        for name in ("hoover_localization", "gini_localization", "hhi_districts"):
            fields.append(QgsField(name, QVariant.Double))
        fields.append(QgsField("top_district", QVariant.String))
        fields.append(QgsField("top_share", QVariant.Double))
        rows = [
            [industry]
            + [None if v != v else float(v) for v in row[:3]]
            + [row[3], None if row[4] != row[4] else float(row[4])]
            for industry, row in zip(ind.index, ind.itertuples(index=False))
        ]
        table_id = self.write_table(
            parameters, self.OUTPUT_INDUSTRIES, context, fields, rows, len(rows), feedback, progress=(85.0, 95.0)
        )
        if table_id is not None:
            out[self.OUTPUT_INDUSTRIES] = table_id
        feedback.pushInfo(
            self.tr("Indices of %n district(s) written.", "", int(result.districts["krugman"].notna().sum()))
        )

        choice = self.parameterAsEnum(parameters, self.INDEX_TO_STYLE, context)
        name = self.INDICES[choice]
        values = result.districts[name].astype(float).to_numpy()
        defined = [float(v) for v in values if v == v]
        if defined:
            renderer = styles.graduated(
                name,
                defined,
                n_classes=5,
                scheme="YlOrRd",
                legend_title=self.index_labels()[choice],
                precision=0 if name == "n_specializations" else styles.legend_precision(defined),
                no_data_label=self.tr("No data") if len(defined) < len(values) else None,
            )
            self.attach_style(dest_id, renderer, context, feedback)
        feedback.setProgress(100)
        return out
