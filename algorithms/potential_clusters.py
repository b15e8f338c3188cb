"""Potential territorial clusters (paper 004, stages 1–2 → a cluster-structure map; METHODS.md §7)."""

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import potential
from ..layers import lq_table
from ..layers.centres import copy_centres
from ..layers.graph_params import add_graph_parameters
from ..layers.labels import require_features
from ..layers.potential_zones import METHODS, write_zones
from ..maps import potential_style as style
from ..maps import styles
from .base import TerritorialAlgorithm


class PotentialClustersAlgorithm(TerritorialAlgorithm):
    ALG_ID = "potentialclusters"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("PotentialClustersAlgorithm", "Potential territorial clusters (paper 004)")
    GROUP = QT_TRANSLATE_NOOP("PotentialClustersAlgorithm", "7 Potential clusters")
    GROUP_ID = "clusters"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "PotentialClustersAlgorithm",
        "Identifies potential territorial industrial clusters as paper 004 does: the districts of "
        "the favourable classes of a rank-score typology (stage 1, <i>Rank-score typology</i>) "
        "are the candidates; each is given its industries with a localization coefficient at or "
        "above the threshold (stage 2, <i>Localization coefficient</i>), highest first, like "
        "paper 004 Table 3: <i>Non-ferrous metallurgy (4.6), Extraction of construction raw "
        "materials (1.2)</i>. Stage 3 — raw materials, enterprises, exports — is yours: the "
        "output is the map to draw it on.\n\n"
        "<b>Typology</b>: the output of ranktypology (needs class_index; typology_class gives the "
        "legend labels). <b>Favourable classes</b>: class_index values, 0 = best; default 0;1.\n"
        "<b>LQ table</b>: one row per district and industry with the district key, the industry "
        "and the quotient — the OUTPUT_TABLE of localizationcoefficient, or published quotients "
        "(e.g. the sample's lq_paper004_table3). Its key field defaults to the name of ID_FIELD. "
        "NULL quotients (undefined) are skipped and reported; keys that match no district are "
        "reported by name; duplicate rows, negative or infinite quotients are refused.\n"
        "<b>Output</b>: the districts with favourable, cluster_potential (text, NULL outside "
        "the favourable classes or when no industry reaches the threshold), "
        "n_potential_industries and all typology fields; styled as a cluster-structure map — "
        "favourable districts shaded by class and labelled with their industries, the others "
        "grey. <b>Centres</b> (optional points, e.g. the cluster centre towns) are copied to "
        "CENTRES_OUTPUT and drawn as stars; give both layers to <i>Export report map</i> "
        "(centres as a background layer) for the figure."
    )
    # fmt: on

    TYPOLOGY = "TYPOLOGY"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    FAVOURABLE_CLASSES = "FAVOURABLE_CLASSES"
    LQ_TABLE = "LQ_TABLE"
    LQ_ID_FIELD = "LQ_ID_FIELD"
    LQ_INDUSTRY_FIELD = "LQ_INDUSTRY_FIELD"
    LQ_FIELD = "LQ_FIELD"
    THRESHOLD = "THRESHOLD"
    REQUIRE_SIGNIFICANT = "REQUIRE_SIGNIFICANT"
    CENTRES = "CENTRES"
    CENTRES_NAME_FIELD = "CENTRES_NAME_FIELD"
    OUTPUT = "OUTPUT"
    CENTRES_OUTPUT = "CENTRES_OUTPUT"
    ZONES_OUTPUT = "ZONES_OUTPUT"

    CLASS_FIELD = "class_index"
    CLASS_LABEL_FIELD = "typology_class"

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(
                self.TYPOLOGY, self.tr("Typology (output of Rank-score typology)"), [QgsProcessing.TypeVectorPolygon]
            ),
            self.tr("The output of Rank-score typology (needs class_index; typology_class gives the class names)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("District key field"), parentLayerParameterName=self.TYPOLOGY
            ),
            self.tr("The typology's district key."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NAME_FIELD,
                self.tr("District name for labels (empty: the key)"),
                parentLayerParameterName=self.TYPOLOGY,
                optional=True,
            ),
            self.tr("The names for labels and the legend, e.g. name_en (default: the key)."),
        )
        self.add(
            QgsProcessingParameterString(
                self.FAVOURABLE_CLASSES,
                self.tr("Favourable classes (class_index, 0 = best; e.g. 0;1)"),
                defaultValue="0;1",
            ),
            self.tr("The class_index values treated as favourable, 0 = best (default: the two best classes)."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.LQ_TABLE,
                self.tr("Localization coefficients (long table: district, industry, lq)"),
                [QgsProcessing.TypeVector],
            ),
            self.tr(
                "A long table, one row per district and industry: the long table output of "
                "Localization coefficient, or published quotients (the sample's "
                "lq_paper004_table3)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.LQ_ID_FIELD,
                self.tr("LQ table: district key field (empty: same name as ID_FIELD)"),
                parentLayerParameterName=self.LQ_TABLE,
                optional=True,
            ),
            self.tr(
                "The LQ table's district key field (default: a field with the name of ID_FIELD, "
                "as in Localization coefficient's long table)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.LQ_INDUSTRY_FIELD,
                self.tr("LQ table: industry field (default: industry)"),
                parentLayerParameterName=self.LQ_TABLE,
                defaultValue="industry",
                optional=True,
            ),
            self.tr("The LQ table's industry field."),
        )
        self.add(
            QgsProcessingParameterField(
                self.LQ_FIELD,
                self.tr("LQ table: localization coefficient field (default: lq)"),
                parentLayerParameterName=self.LQ_TABLE,
                type=QgsProcessingParameterField.Numeric,
                defaultValue="lq",
                optional=True,
            ),
            self.tr("The LQ table's quotient field (for a two-period long table, lq is the end year)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("Threshold (industries with LQ ≥ threshold)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=1.0,
                minValue=0.0,
            ),
            self.tr("Industries with LQ ≥ threshold are listed (values within 1e-9 below count: float noise)."),
        )
        lq_table.add_require_significant(self)
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CENTRES,
                self.tr("Cluster centres (points)"),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            ),
            self.tr("Optional points, e.g. the cluster centre towns (paper 004: Aktobe, Khromtau, Kandyagash)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.CENTRES_NAME_FIELD,
                self.tr("Centre name field (empty: the first text field)"),
                parentLayerParameterName=self.CENTRES,
                optional=True,
            ),
            self.tr("The centres' label (default: the first text field)."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Potential clusters"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr(
                "The districts with all typology fields and favourable, cluster_potential (the "
                "industries with their LQ, highest first) and n_potential_industries."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.CENTRES_OUTPUT,
                self.tr("Cluster centres (stars)"),
                QgsProcessing.TypeVectorPoint,
                optional=True,
                createByDefault=True,
            ),
            self.tr(
                "A copy of CENTRES, drawn as stars (Okabe–Ito vermillion, white outline) with "
                "labels; only written when CENTRES is given."
            ),
        )

        self.add(
            QgsProcessingParameterFeatureSink(
                self.ZONES_OUTPUT,
                self.tr("Potential cluster zones (contiguous)"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            ),
            self.tr(
                "Optional: zones instead of single districts — per industry, the connected groups of "
                "neighbouring favourable districts with LQ ≥ threshold (at least 2), dissolved, with "
                "industry, zone, n_districts, members and mean_lq (as Contiguous cluster zones)."
            ),
        )
        add_graph_parameters(self, methods=METHODS, knn_and_band=False, advanced=True, optional=True)

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.TYPOLOGY, context)
        table_source = self.table_source(parameters, self.LQ_TABLE, context, required=True)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or id_field
        lq_id = self.parameterAsString(parameters, self.LQ_ID_FIELD, context) or id_field
        lq_industry = self.parameterAsString(parameters, self.LQ_INDUSTRY_FIELD, context) or "industry"
        lq_field = self.parameterAsString(parameters, self.LQ_FIELD, context) or "lq"
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        favourable = self.method(
            potential.parse_classes, self.parameterAsString(parameters, self.FAVOURABLE_CLASSES, context)
        )

        fields = source.fields()
        self.check_fields(fields, [id_field, name_field], self.label(self.TYPOLOGY), numeric=False)
        if fields.lookupField(self.CLASS_FIELD) < 0:
            raise QgsProcessingException(
                self.tr(
                    "{label} has no field '{class_field}': use the output of Rank-score "
                    "typology (territorialclusters:ranktypology)."
                ).format(label=self.label(self.TYPOLOGY), class_field=self.CLASS_FIELD)
            )
        self.check_fields(fields, [self.CLASS_FIELD], self.label(self.TYPOLOGY))

        data = self.read(source, feedback, geometry=True, progress=(0.0, 30.0))
        require_features(data, self.tr("nothing to map"))
        ids = self.id_values(data, id_field)
        classes = pd.Series(data.raw_column(self.CLASS_FIELD), index=ids, dtype="float")
        has_labels = fields.lookupField(self.CLASS_LABEL_FIELD) >= 0
        class_labels = {}
        if has_labels:
            for c, lab in zip(classes, data.raw_column(self.CLASS_LABEL_FIELD)):
                if c == c and lab is not None and int(c) not in class_labels:
                    class_labels[int(c)] = str(lab)

        significant = self.parameterAsBoolean(parameters, self.REQUIRE_SIGNIFICANT, context)
        lq = lq_table.read_lq_table(self, table_source, lq_id, lq_industry, lq_field, significant, feedback)
        result = self.method(potential.potential_clusters, classes, lq, favourable, threshold)

        if result.missing_classes:
            feedback.pushWarning(
                self.tr("No district is in favourable class(es) {str}.").format(
                    str=', '.join(map(str, result.missing_classes))
                )
            )
        if result.unmatched:
            feedback.pushWarning(
                self.tr(
                    "{n_unmatched} key(s) of the LQ table match no district of the typology "
                    "(field '{id_field}') and are ignored: {unmatched}."
                ).format(n_unmatched=len(result.unmatched), id_field=id_field, unmatched=', '.join(result.unmatched))
            )
        if result.no_rows:
            feedback.pushWarning(
                self.tr(
                    "Favourable district(s) without any row in the LQ table: "
                    "{no_rows} — no industries can be listed for them."
                ).format(no_rows=', '.join(result.no_rows))
            )
        if result.undefined:
            shown = "; ".join(f"{d} / {i}" for d, i in result.undefined[:10])
            feedback.pushInfo(
                self.tr("{n_undefined} undefined (NULL) quotient(s) skipped: {shown}{value}.").format(
                    n_undefined=len(result.undefined), shown=shown, value=' …' if len(result.undefined) > 10 else ''
                )
            )
        tab = result.table
        for key in ids:
            if tab.at[key, "favourable"]:
                cls = int(classes[key])
                text = tab.at[key, "cluster_potential"] or self.tr("no industry with LQ ≥ {threshold:g}").format(
                    threshold=threshold
                )
                class_name = class_labels.get(cls, self.tr("class {}").format(cls))
                feedback.pushInfo("{} ({}): {}".format(key, class_name, text))
        n_fav = int(tab["favourable"].sum())
        feedback.pushInfo(
            self.tr(
                "{n_fav} of {n_ids} districts are in the favourable classes "
                "{str}; {sum} "
                "of them have industries with LQ ≥ {threshold:g}."
            ).format(
                n_fav=n_fav,
                n_ids=len(ids),
                str=';'.join(map(str, favourable)),
                sum=int((tab['n_potential_industries'] > 0).sum()),
                threshold=threshold,
            )
        )

        extra = pd.DataFrame(index=tab.index)
        extra["favourable"] = tab["favourable"].astype(bool)
        extra["cluster_potential"] = tab["cluster_potential"].astype(object)
        extra["n_potential_industries"] = tab["n_potential_industries"].astype(int)
        kinds = [("favourable", "bool"), ("cluster_potential", "string"), ("n_potential_industries", "int")]
        dest_id = self.write_output(
            parameters, self.OUTPUT, context, source, data, kinds, extra, feedback, progress=(55.0, 85.0), fields=fields
        )

        n_classes = int(max([c for c in classes if c == c] + favourable)) + 1
        names = dict(zip(ids, (str(v) if v is not None else k for v, k in zip(data.raw_column(name_field), ids))))
        keyed = n_fav <= style.MAX_KEYED
        renderer = style.district_renderer(
            favourable,
            class_labels,
            n_classes,
            classes,
            result,
            names,
            id_field,
            self.CLASS_FIELD,
            threshold,
            keyed,
        )
        styles.set_labeling(renderer, style.district_labeling(name_field, keyed))
        if not keyed:
            feedback.pushInfo(
                self.tr(
                    "{n_fav} favourable districts: more than {max_keyed}, so the legend shows the "
                    "classes and the map labels the top industry of each (the full lists are in "
                    "cluster_potential)."
                ).format(n_fav=n_fav, max_keyed=style.MAX_KEYED)
            )
        self.attach_style(dest_id, renderer, context, feedback)
        results = {self.OUTPUT: dest_id}
        fav = tab.loc[ids, "favourable"].to_numpy(dtype=bool)
        results.update(
            write_zones(self, parameters, self.ZONES_OUTPUT, context, feedback, source, data, ids, lq, fav, threshold)
        )

        centres = self.parameterAsSource(parameters, self.CENTRES, context)
        if centres is not None:
            results[self.CENTRES_OUTPUT] = copy_centres(
                self, parameters, self.CENTRES_NAME_FIELD, self.CENTRES_OUTPUT, context, feedback, centres
            )
        feedback.setProgress(100)
        return results
