"""Cluster-structure map (paper 000 Figs. 3–6, paper 004 Fig. 4): centres and links of the
potential clusters, drawn from the potential clusters' output."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..layers import cluster_layers as clayers
from ..layers.labels import require_features
from ..maps import cluster_style
from ..maps import cluster_structure as structure
from .base import TerritorialAlgorithm

POTENTIAL_FIELD = "cluster_potential"


class ClusterStructureAlgorithm(TerritorialAlgorithm):
    ALG_ID = "clusterstructure"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ClusterStructureAlgorithm", "Cluster-structure map layers (paper 004)")
    GROUP = QT_TRANSLATE_NOOP("ClusterStructureAlgorithm", "8 Report maps")
    GROUP_ID = "maps"
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "ClusterStructureAlgorithm",
        "The layers of the papers' cluster-structure map (paper 000 Figs. 3–6, paper 004 Fig. 4), "
        "drawn from the output of <i>Potential territorial clusters</i>: one potential cluster per "
        "industry listed (LQ at or above the threshold) for at least MIN_MEMBERS favourable "
        "districts, numbered by size; its centre; and an arrow from the centre to every other "
        "member district.\n\n"
        "<b>Centre</b>: the member district with the highest LQ of the industry, or the largest "
        "member (CENTRE_DISTRICT); with CENTRES (e.g. the centre towns Aktobe, Khromtau, "
        "Kandyagash) the centre point nearest to a point inside that district; without CENTRES "
        "the point inside the district.\n"
        "<b>Outputs</b>: OUTPUT, the links (cluster, industry, centre, district, lq), arrows in "
        "one colour per cluster with a numbered legend; CENTRES_OUTPUT, the centres as stars "
        "labelled with their clusters' numbers. For the figure give the potential clusters' "
        "output to <i>Export report map</i> and these two layers as its background layers: "
        "they are drawn over the districts and listed in the legend."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    MIN_MEMBERS = "MIN_MEMBERS"
    INDUSTRIES = "INDUSTRIES"
    CENTRE_DISTRICT = "CENTRE_DISTRICT"
    CENTRES = "CENTRES"
    CENTRES_NAME_FIELD = "CENTRES_NAME_FIELD"
    OUTPUT = "OUTPUT"
    CENTRES_OUTPUT = "CENTRES_OUTPUT"

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Potential clusters (output of Potential territorial clusters)"),
                [QgsProcessing.TypeVectorPolygon],
            ),
            self.tr("The districts with cluster_potential, as Potential territorial clusters writes them."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("District key field"), parentLayerParameterName=self.INPUT
            ),
            self.tr("The district key (e.g. district); NULL or duplicate keys are refused."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NAME_FIELD, self.tr("District name field"), parentLayerParameterName=self.INPUT, optional=True
            ),
            self.tr("Names for the centre and district fields of the outputs (empty: the key)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_MEMBERS,
                self.tr("Least member districts of a cluster"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=2,
                minValue=1,
            ),
            self.tr("An industry makes a cluster when it is listed for at least this many favourable districts."),
        )
        self.add(
            QgsProcessingParameterString(
                self.INDUSTRIES, self.tr("Industries (one per line; empty: all)"), multiLine=True, optional=True
            ),
            self.tr("Only these industries, one per line, as written in cluster_potential (names may hold commas)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.CENTRE_DISTRICT,
                self.tr("Centre district"),
                options=[self.tr("The member with the highest LQ"), self.tr("The largest member")],
                defaultValue=0,
            ),
            self.tr("Which member district holds the cluster's centre."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CENTRES, self.tr("Centre towns (points)"), [QgsProcessing.TypeVectorPoint], optional=True
            ),
            self.tr(
                "Optional points, e.g. the cluster centre towns: the one nearest to the centre district is its centre."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CENTRES_NAME_FIELD,
                self.tr("Centre name field"),
                parentLayerParameterName=self.CENTRES,
                optional=True,
            ),
            self.tr("The centre towns' names (empty: their first text field, else the centre district's name)."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Cluster links"), QgsProcessing.TypeVectorLine),
            self.tr("One arrow per cluster and member district: cluster, industry, centre, district, lq."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.CENTRES_OUTPUT,
                self.tr("Cluster centres"),
                QgsProcessing.TypeVectorPoint,
                optional=True,
                createByDefault=True,
            ),
            self.tr("One star per centre: centre, clusters (their numbers), industries."),
        )

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        self.check_fields(source.fields(), [id_field] + ([name_field] if name_field else []), "ID_FIELD", numeric=False)
        if source.fields().lookupField(POTENTIAL_FIELD) < 0:
            raise QgsProcessingException(
                self.tr("{label} has no field '{field}': give the output of Potential territorial clusters.").format(
                    label=self._label(self.INPUT), field=POTENTIAL_FIELD
                )
            )
        data = self.read(source, feedback, geometry=True)
        require_features(data, self.tr("no clusters to draw"))
        keys = self.id_values(data, id_field)
        names = dict(zip(keys, [str(v) for v in data.raw_column(name_field)])) if name_field else {k: k for k in keys}
        potentials = dict(zip(keys, [v if isinstance(v, str) else None for v in data.raw_column(POTENTIAL_FIELD)]))
        points, areas, shapes = clayers.district_points(keys, data.features, feedback)
        missing = [names[k] for k in keys if k not in points and potentials.get(k)]
        if missing:
            feedback.pushWarning(
                self.tr("Districts without a geometry left out: {names}.").format(names=", ".join(missing))
            )
        potentials = {k: v for k, v in potentials.items() if k in points}
        if not any(structure.parse_industries(v) for v in potentials.values()):
            raise QgsProcessingException(
                self.tr(
                    "No district of {label} lists an industry in '{field}' (as 'Industry (LQ), …'): give the "
                    "output of Potential territorial clusters with at least one favourable district."
                ).format(label=self._label(self.INPUT), field=POTENTIAL_FIELD)
            )
        wanted = [
            line.strip() for line in (self.parameterAsString(parameters, self.INDUSTRIES, context) or "").splitlines()
        ]
        unknown = structure.unknown_industries(potentials, wanted)
        if unknown:
            raise QgsProcessingException(
                self.tr("{label}: no district lists {names}. The industries listed:\n{listed}").format(
                    label=self._label(self.INDUSTRIES), names=", ".join(unknown), listed=self._listed(potentials)
                )
            )
        min_members = self.parameterAsInt(parameters, self.MIN_MEMBERS, context)
        rule = self.parameterAsEnum(parameters, self.CENTRE_DISTRICT, context)
        found = structure.clusters(potentials, areas, min_members, rule, [w for w in wanted if w])
        if not found:
            feedback.pushWarning(
                self.tr(
                    "No industry is listed for {n} or more favourable districts: no cluster to draw (the "
                    "outputs are empty). Lower {label} (1 draws every industry, a single district as its "
                    "own centre)."
                ).format(n=min_members, label=self._label(self.MIN_MEMBERS))
            )
        centres = self._centres(parameters, context, source, found, points, shapes, names)
        for c in found:
            feedback.pushInfo(
                self.tr("Cluster {number}: {industry} — centre {centre}; members: {members}.").format(
                    number=c.number,
                    industry=c.industry,
                    centre=centres[c.number][1],
                    members=", ".join(names[k] for k in c.members),
                )
            )
        links_id = self._write(
            parameters,
            self.OUTPUT,
            context,
            source,
            clayers.LINK_FIELDS,
            QgsWkbTypes.LineString,
            lambda fields: clayers.link_features(fields, found, centres, points, names),
        )
        centres_id = self._write(
            parameters,
            self.CENTRES_OUTPUT,
            context,
            source,
            clayers.CENTRE_FIELDS,
            QgsWkbTypes.Point,
            lambda fields: clayers.centre_features(fields, found, centres),
        )
        renderer = cluster_style.links_renderer([c.number for c in found], [c.industry for c in found])
        self.attach_style(links_id, renderer, context, feedback)
        self.attach_style(centres_id, cluster_style.centre_stars(), context, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: links_id, self.CENTRES_OUTPUT: centres_id}

    # --- helpers ---------------------------------------------------------------------------
    def _label(self, name):
        return "{} [{}]".format(self.parameterDefinition(name).description(), name)

    @staticmethod
    def _listed(potentials):
        names = sorted({n for text in potentials.values() for n, _ in structure.parse_industries(text)})
        return "\n".join(names)

    def _centres(self, parameters, context, source, found, points, shapes, names):
        """cluster number → (point, name, inside its district) of its centre."""
        towns = []
        centres_source = self.parameterAsSource(parameters, self.CENTRES, context)
        if centres_source is not None:
            name_field = self.parameterAsString(parameters, self.CENTRES_NAME_FIELD, context)
            towns = clayers.centre_towns(centres_source, name_field, source.sourceCrs(), context.transformContext())
        return clayers.centres_of(found, points, shapes, names, towns)

    def _write(self, parameters, name, context, source, spec, wkb_type, make):
        fields = clayers.fields_of(spec)
        sink = self.output_sink(parameters, name, context, fields, wkb_type, source.sourceCrs())
        if sink is None:
            return None
        sink.add(make(fields))
        sink.close()
        return sink.dest_id
