#!/usr/bin/env python3
"""Build the shipped Processing models (resources/models/*.model3) with the PyQGIS model API.

Run (developers): QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_models.py
The provider loads every resources/models/*.model3, so the models run from the toolbox, in
batch mode, from processing.run and from qgis_process as
``territorialclusters:<model name>``.

* "Report: typology map (paper 004)": ranktypology → exportmap.
* "Study: potential clusters (paper 004)": ranktypology + localizationcoefficient → potentialclusters
  → clusterstructure → exportmap (paper 004's three stages; the third, the expert's, is drawn
  on the map: centres and links of the clusters over the favourable districts).
"""

import importlib.util
import os
import sys

# Qt orders XML attributes by a seeded hash: a fixed seed makes the .model3 files reproducible
os.environ["QT_HASH_SEED"] = "0"

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = os.path.join(ROOT, "resources", "models")
GROUP = "Territorial Clusters"
PAGES = ["A4 portrait", "A4 landscape", "A3 portrait", "A3 landscape"]
REFERENCES = [
    "Mean of districts",
    "Median of districts",
    "Weighted mean (weight field)",
    "First row of a reference table",
]


class ModelBuilder:
    """Small helper around QgsProcessingModelAlgorithm: parameters and children in a column."""

    def __init__(self, name, help_text):
        self.model = QgsProcessingModelAlgorithm(name, GROUP, "territorialclusters")
        self.help = {
            "ALG_DESC": help_text,
            "ALG_CREATOR": "Territorial Clusters",
            "ALG_HELP_CREATOR": "Territorial Clusters",
        }
        self.n_params = 0
        self.order = []  # the dialog lists the parameters in this order (that of a study)
        self.n_children = 0
        self.unresolved = []

    def param(self, definition, help_text=""):
        comp = QgsProcessingModelParameter(definition.name())
        comp.setPosition(QPointF(120, 60 + 55 * self.n_params))
        self.n_params += 1
        self.model.addModelParameter(definition, comp)
        self.order.append(definition.name())
        if help_text:
            self.help[definition.name()] = help_text
        return definition.name()

    def child(self, alg_id, child_id, description, sources, outputs=None):
        """``sources``: {parameter: ('param', name) | ('child', child_id, output) | ('value', v)
        | ('children', [(child_id, output), ...]) (a multiple-layers parameter)}
        ``outputs``: {child output name: model output name}."""
        child = QgsProcessingModelChildAlgorithm(alg_id)
        child.setChildId(child_id)
        child.setDescription(description)
        child.setPosition(QPointF(520, 120 + 170 * self.n_children))
        self.n_children += 1
        for name, src in sources.items():
            kind = src[0]
            if kind == "children":
                child.addParameterSources(
                    name, [QgsProcessingModelChildParameterSource.fromChildOutput(c, o) for c, o in src[1]]
                )
                continue
            if kind == "param":
                s = QgsProcessingModelChildParameterSource.fromModelParameter(src[1])
            elif kind == "child":
                s = QgsProcessingModelChildParameterSource.fromChildOutput(src[1], src[2])
            else:
                s = QgsProcessingModelChildParameterSource.fromStaticValue(src[1])
            child.addParameterSources(name, [s])
        # mandatory parameters left out get the algorithm's own default, stated in the model
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        if alg is None:
            self.unresolved.append(alg_id)
        else:
            for d in alg.parameterDefinitions():
                if (
                    d.name() not in sources
                    and not d.isDestination()
                    and not d.flags() & QgsProcessingParameterDefinition.FlagOptional
                    and d.defaultValue() is not None
                ):
                    child.addParameterSources(
                        d.name(), [QgsProcessingModelChildParameterSource.fromStaticValue(d.defaultValue())]
                    )
        model_outputs = {}
        for k, (out_name, model_name) in enumerate((outputs or {}).items()):
            out = QgsProcessingModelOutput(model_name, model_name)
            out.setChildId(child_id)
            out.setChildOutputName(out_name)
            out.setPosition(QPointF(820, 120 + 170 * (self.n_children - 1) + 40 * k))
            model_outputs[model_name] = out
        if model_outputs:
            child.setModelOutputs(model_outputs)
        self.model.addChildAlgorithm(child)
        return child_id

    def save(self, filename):
        self.model.setHelpContent(self.help)
        self.model.setParameterOrder(self.order)
        self.model.updateDestinationParameters()
        ok, issues = self.model.validate()
        if not ok and not self.unresolved:
            sys.exit(f"{self.model.name()}: invalid model: {issues}")
        if self.unresolved:
            print(
                f"warning: {self.model.name()}: not validated, algorithms not available: {', '.join(self.unresolved)}"
            )
        path = os.path.join(MODELS, filename)
        if not self.model.toFile(path):
            sys.exit(f"could not write {path}")
        print(f"wrote {os.path.relpath(path, ROOT)} ({self.model.name()})")
        return path


def typology_params(b):
    """The inputs of stage 1 (ranktypology), shared by both models."""
    b.param(
        QgsProcessingParameterFeatureSource("DISTRICTS", "Districts", [QgsProcessing.TypeVectorPolygon]),
        "District polygons with the indicator fields.",
    )
    # a default naming a field the layer lacks leaves the field empty in the dialog (QGIS would
    # otherwise start on the first field, the feature id): the samples' names
    b.param(
        QgsProcessingParameterField(
            "ID_FIELD", "District key / name field", parentLayerParameterName="DISTRICTS", defaultValue="district"
        )
    )
    b.param(
        QgsProcessingParameterField(
            "POSITIVE_FIELDS",
            "Indicators where higher is better",
            parentLayerParameterName="DISTRICTS",
            type=QgsProcessingParameterField.Numeric,
            allowMultiple=True,
            optional=True,
        )
    )
    b.param(
        QgsProcessingParameterField(
            "NEGATIVE_FIELDS",
            "Indicators where lower is better",
            parentLayerParameterName="DISTRICTS",
            type=QgsProcessingParameterField.Numeric,
            allowMultiple=True,
            optional=True,
        )
    )
    b.param(
        QgsProcessingParameterEnum("REFERENCE", "Reference value of the region", options=REFERENCES, defaultValue=0)
    )
    b.param(
        QgsProcessingParameterFeatureSource(
            "REFERENCE_TABLE", "Reference table (first row = the region)", [QgsProcessing.TypeVector], optional=True
        ),
        "Needed when the reference is 'First row of a reference table' "
        "(paper 004 uses the oblast's own published row).",
    )
    b.param(
        QgsProcessingParameterString(
            "CLASS_BREAKS", "Class breaks: lower bounds, best to worst (e.g. 0;-2.5)", optional=True
        ),
        "Empty: paper 004's rule (CG ≥ 0 favourable, the rest cut at its largest gap).",
    )
    b.param(
        QgsProcessingParameterString(
            "CLASS_LABELS", "Class labels, best to worst (e.g. Favourable;Less favourable;Unfavourable)", optional=True
        )
    )


def typology_sources():
    return {
        "INPUT": ("param", "DISTRICTS"),
        "ID_FIELD": ("param", "ID_FIELD"),
        "POSITIVE_FIELDS": ("param", "POSITIVE_FIELDS"),
        "NEGATIVE_FIELDS": ("param", "NEGATIVE_FIELDS"),
        "REFERENCE": ("param", "REFERENCE"),
        "REFERENCE_TABLE": ("param", "REFERENCE_TABLE"),
        "TIES": ("value", 0),
        "CLASS_BREAKS": ("param", "CLASS_BREAKS"),
        "CLASS_LABELS": ("param", "CLASS_LABELS"),
    }


def map_params(b, title):
    b.param(QgsProcessingParameterString("TITLE", "Map title", defaultValue=title))
    b.param(QgsProcessingParameterString("SUBTITLE", "Map subtitle", optional=True))
    b.param(QgsProcessingParameterString("SOURCE_NOTE", "Source line (data credits)", multiLine=True, optional=True))
    b.param(QgsProcessingParameterEnum("PAGE", "Page", options=PAGES, defaultValue=1))
    b.param(
        QgsProcessingParameterNumber(
            "DPI",
            "Resolution (DPI)",
            QgsProcessingParameterNumber.Integer,
            defaultValue=300,
            minValue=36,
            maxValue=1200,
        )
    )


def map_sources(input_child, input_output):
    return {
        "INPUT": ("child", input_child, input_output),
        "TITLE": ("param", "TITLE"),
        "SUBTITLE": ("param", "SUBTITLE"),
        "SOURCE_NOTE": ("param", "SOURCE_NOTE"),
        "PAGE": ("param", "PAGE"),
        "DPI": ("param", "DPI"),
        "ADD_TO_PROJECT": ("value", False),
    }


def typology_map_model():
    b = ModelBuilder(
        "Report: typology map (paper 004)",
        "Rank-score typology of the districts (paper 004, stage 1) and its report map: "
        "title, legend of the classes, scale bar in km, north arrow, source line and date, "
        "written as PDF, PNG or SVG by the file extension.",
    )
    typology_params(b)
    b.param(
        QgsProcessingParameterField(
            "LABEL_FIELD", "Label the districts with", parentLayerParameterName="DISTRICTS", optional=True
        )
    )
    map_params(b, "Typology of districts")
    b.child(
        "territorialclusters:ranktypology",
        "ranktypology",
        "Rank-score typology",
        typology_sources(),
        {"OUTPUT": "Typology"},
    )
    sources = map_sources("ranktypology", "OUTPUT")
    sources["LABEL_FIELD"] = ("param", "LABEL_FIELD")
    b.child("territorialclusters:exportmap", "exportmap", "Export report map", sources, {"OUTPUT": "Report map"})
    return b.save("typology_map_for_a_report.model3")


def potential_clusters_model():
    b = ModelBuilder(
        "Study: potential clusters (paper 004)",
        "Paper 004's identification of potential territorial industrial clusters in one run: "
        "(1) rank-score typology of the districts, (2) localization coefficients of every "
        "industry from a long table (district, industry, value — e.g. employment), (3) the "
        "industries with LQ ≥ threshold of the districts of the favourable classes, and the "
        "cluster-structure map (favourable districts by class with their industries, centres as "
        "stars).",
    )
    typology_params(b)
    b.param(
        QgsProcessingParameterField(
            "NAME_FIELD",
            "District name for labels (empty: the key)",
            parentLayerParameterName="DISTRICTS",
            optional=True,
        )
    )
    b.param(
        QgsProcessingParameterFeatureSource(
            "TABLE", "Industry values: long table with a row per district and industry", [QgsProcessing.TypeVector]
        ),
        "E.g. employment by industry (County Business Patterns) or output by industry (statistics yearbook).",
    )
    b.param(
        QgsProcessingParameterField(
            "TABLE_ID_FIELD", "Table: district key field", parentLayerParameterName="TABLE", defaultValue="district"
        )
    )
    b.param(
        QgsProcessingParameterField(
            "TABLE_INDUSTRY_FIELD", "Table: industry field", parentLayerParameterName="TABLE", defaultValue="industry"
        )
    )
    b.param(
        QgsProcessingParameterField(
            "TABLE_VALUE_FIELD",
            "Table: value field (employment, output …)",
            parentLayerParameterName="TABLE",
            type=QgsProcessingParameterField.Numeric,
            defaultValue="employees",
        )
    )
    b.param(
        QgsProcessingParameterString(
            "FAVOURABLE_CLASSES", "Favourable classes (class_index, 0 = best; e.g. 0;1)", defaultValue="0;1"
        )
    )
    b.param(
        QgsProcessingParameterNumber(
            "THRESHOLD",
            "Threshold (industries with LQ ≥ threshold)",
            QgsProcessingParameterNumber.Double,
            defaultValue=1.0,
            minValue=0.0,
        )
    )
    b.param(
        QgsProcessingParameterFeatureSource(
            "CENTRES", "Cluster centres (points)", [QgsProcessing.TypeVectorPoint], optional=True
        )
    )
    b.param(
        QgsProcessingParameterNumber(
            "MIN_MEMBERS",
            "Least member districts of a cluster (its links on the map)",
            QgsProcessingParameterNumber.Integer,
            defaultValue=2,
            minValue=1,
        ),
        "An industry listed for at least this many favourable districts is drawn as a cluster: "
        "a star at its centre and arrows to its other districts.",
    )
    map_params(b, "Potential territorial industrial clusters")
    b.child("territorialclusters:ranktypology", "ranktypology", "Stage 1: rank-score typology", typology_sources())
    b.child(
        "territorialclusters:localizationcoefficient",
        "localization",
        "Stage 2: localization coefficients",
        {
            "INPUT": ("param", "DISTRICTS"),
            "ID_FIELD": ("param", "ID_FIELD"),
            "TABLE": ("param", "TABLE"),
            "TABLE_ID_FIELD": ("param", "TABLE_ID_FIELD"),
            "TABLE_INDUSTRY_FIELD": ("param", "TABLE_INDUSTRY_FIELD"),
            "TABLE_VALUE_FIELD": ("param", "TABLE_VALUE_FIELD"),
            "THRESHOLD": ("param", "THRESHOLD"),
        },
        {"OUTPUT_TABLE": "Localization coefficients"},
    )
    b.child(
        "territorialclusters:potentialclusters",
        "potentialclusters",
        "Potential clusters: industries of the favourable districts",
        {
            "TYPOLOGY": ("child", "ranktypology", "OUTPUT"),
            "ID_FIELD": ("param", "ID_FIELD"),
            "NAME_FIELD": ("param", "NAME_FIELD"),
            "FAVOURABLE_CLASSES": ("param", "FAVOURABLE_CLASSES"),
            "LQ_TABLE": ("child", "localization", "OUTPUT_TABLE"),
            "LQ_ID_FIELD": ("param", "ID_FIELD"),
            "LQ_INDUSTRY_FIELD": ("value", "industry"),
            "LQ_FIELD": ("value", "lq"),
            "THRESHOLD": ("param", "THRESHOLD"),
            "CENTRES": ("param", "CENTRES"),
        },
        {"OUTPUT": "Potential clusters"},
    )
    b.child(
        "territorialclusters:clusterstructure",
        "clusterstructure",
        "Cluster structure: centres and links",
        {
            "INPUT": ("child", "potentialclusters", "OUTPUT"),
            "ID_FIELD": ("param", "ID_FIELD"),
            "NAME_FIELD": ("param", "NAME_FIELD"),
            "CENTRES": ("param", "CENTRES"),
            "MIN_MEMBERS": ("param", "MIN_MEMBERS"),
        },
    )
    sources = map_sources("potentialclusters", "OUTPUT")
    sources["BACKGROUND_LAYERS"] = (
        "children",
        [("clusterstructure", "OUTPUT"), ("clusterstructure", "CENTRES_OUTPUT")],
    )
    b.child("territorialclusters:exportmap", "exportmap", "Cluster-structure map", sources, {"OUTPUT": "Report map"})
    return b.save("potential_clusters_paper004.model3")


def load_plugin():
    """Register the plugin's provider so the children resolve (as qgis_process loads it)."""
    spec = importlib.util.spec_from_file_location(
        "territorial_clusters", os.path.join(ROOT, "__init__.py"), submodule_search_locations=[ROOT]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["territorial_clusters"] = module
    spec.loader.exec_module(module)
    plugin = module.classFactory(None)
    plugin.initProcessing()
    return plugin


def main():
    app = QgsApplication([], False)
    app.initQgis()
    plugin = load_plugin()  # noqa: F841 — keeps the provider alive
    os.makedirs(MODELS, exist_ok=True)
    typology_map_model()
    registry = QgsApplication.processingRegistry()
    if registry.algorithmById("territorialclusters:localizationcoefficient") is None:
        print(
            "warning: territorialclusters:localizationcoefficient is not available: the "
            "potential-clusters model is built against issue 3's parameter names"
        )
    potential_clusters_model()


if __name__ == "__main__":
    main()
