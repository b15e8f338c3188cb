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
from ..layers.centres import add_centres_output, add_centres_parameters, copy_centres
from ..layers.graph_params import add_graph_parameters
from ..layers.labels import require_features
from ..layers.potential_log import log_result
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
        lq_table.add_lq_table_parameters(self)
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
        add_centres_parameters(self)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Potential clusters"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr(
                "The districts with all typology fields and favourable, cluster_potential (the "
                "industries with their LQ, highest first) and n_potential_industries."
            ),
        )
        add_centres_output(self)

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

        n_fav = log_result(result, ids, classes, class_labels, favourable, threshold, id_field, feedback)
        tab = result.table

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
