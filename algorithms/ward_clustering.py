"""Ward clustering of regions (paper 003; METHODS.md §6)."""

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import clustering, dendrogram, ward_tables
from ..layers import ward_contiguity, ward_cut, ward_log, ward_outputs
from ..layers.labels import require_features
from ..maps import ward_style
from .base import TerritorialAlgorithm

#: Clusters made when neither N_CLUSTERS nor HEIGHT is given (defined in layers.ward_cut).
DEFAULT_CLUSTERS = ward_cut.DEFAULT_CLUSTERS


class WardClusteringAlgorithm(TerritorialAlgorithm):
    REQUIRES = ("scipy",)
    ALG_ID = "wardclustering"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("WardClusteringAlgorithm", "Ward clustering of regions")
    GROUP = QT_TRANSLATE_NOOP("WardClusteringAlgorithm", "6 Grouping regions (Ward)")
    GROUP_ID = "ward"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "WardClusteringAlgorithm",
        "Groups regions by the similarity of their indicators with Ward's hierarchical method "
        "(paper 003): Euclidean distances on standardized indicators, "
        "= scipy.cluster.hierarchy.linkage(method='ward') = R's hclust(ward.D2).\n\n"
        "<b>Standardize</b>: z-score (default; sample standard deviation, as GeoDa and R's "
        "scale()), min–max (0–1), robust ((x − median) / (1.4826·MAD)) or none.\n"
        "<b>Number of clusters</b> or <b>cut height</b>: give one. Neither: 6 clusters (paper "
        "003).\n"
        "<b>Output</b>: the regions with <i>cluster</i> (1..k) and <i>distance_to_centre</i> "
        "(Euclidean, standardized units). Clusters are numbered by their first member in ID "
        "order (numeric IDs numerically, text alphabetically), so another feature order gives "
        "the same numbers.\n"
        "<b>Spatial constraint</b> (queen or rook contiguity, snapping tolerance in metres): only "
        "neighbouring clusters merge, so every cluster is one contiguous set of regions (GeoDa's "
        "spatially constrained clustering; = sklearn's Ward with a connectivity graph). A region "
        "without neighbours (an island) is a cluster of its own and named in the log; asking for "
        "fewer clusters than separate parts of the map is refused.\n"
        "<b>Dendrogram</b> (.svg, .png, .pdf): leaves labelled with the ID field, branches in "
        "the map's cluster colours, the cut dashed. By default it is written beside the Ward "
        "clusters output (<i>name</i>_dendrogram.svg) and listed in the results.\n"
        "<b>Linkage table</b>: the order of agglomeration — step, the two items merged (a "
        "region's ID, or 'step s' for the group formed at step s), height, size.\n"
        "<b>Profile table</b>: per cluster its size, members, and the mean of every indicator, "
        "raw (mean_…) and standardized (zmean_…).\n"
        "Large inputs (census tracts): above 3,000 regions the tree is computed by the "
        "nearest-neighbour chain, in memory growing with the regions (not their square); an "
        "input that still cannot fit is refused before any work.\n"
        "Regions lacking a value are excluded (NULL cluster, listed in the log) unless "
        "<b>Impute</b> is set: then gaps take the indicator's mean (regions with no value at all "
        "stay excluded). Constant indicators are dropped with a warning. Text fields are refused."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    FIELDS = "FIELDS"
    STANDARDIZE = "STANDARDIZE"
    N_CLUSTERS = ward_cut.N_CLUSTERS
    HEIGHT = ward_cut.HEIGHT
    IMPUTE = "IMPUTE"
    SPATIAL_CONSTRAINT = ward_contiguity.SPATIAL_CONSTRAINT
    TOLERANCE = ward_contiguity.TOLERANCE
    OUTPUT = "OUTPUT"
    DENDROGRAM = "DENDROGRAM"
    LINKAGE_TABLE = "LINKAGE_TABLE"
    PROFILE_TABLE = "PROFILE_TABLE"

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Regions"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("Region polygons (invalid geometries are accepted and copied as they are)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD,
                self.tr("Region key / name field (dendrogram labels)"),
                parentLayerParameterName=self.INPUT,
            ),
            self.tr(
                "The region key or name: labels the dendrogram and the tables, fixes the "
                "numbering; NULL or duplicate keys are refused."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.FIELDS,
                self.tr("Indicators"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
            ),
            self.tr("Numeric indicators (text fields are refused, not parsed)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.STANDARDIZE,
                self.tr("Standardize indicators"),
                options=[
                    self.tr("z-score (sample sd)"),
                    self.tr("Min–max (0–1)"),
                    self.tr("Robust (median / MAD)"),
                    self.tr("None (raw values)"),
                ],
                defaultValue=0,
            ),
            self.tr(
                "0 z-score with the sample sd (default), 1 min–max to [0, 1], 2 robust (median / "
                "1.4826 MAD), 3 none (raw values: only when the indicators share a unit)."
            ),
        )
        ward_cut.add_parameters(self)  # N_CLUSTERS, HEIGHT
        self.add(
            QgsProcessingParameterBoolean(
                self.IMPUTE, self.tr("Fill missing values with the indicator's mean"), defaultValue=False
            ),
            self.tr(
                "No (default): regions lacking a value are left out (NULL cluster); yes: the gaps "
                "take the indicator's mean."
            ),
        )
        ward_contiguity.add_parameters(self)
        ward_outputs.add_parameters(self)

    # ------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        indicators = list(dict.fromkeys(self.parameterAsFields(parameters, self.FIELDS, context)))
        if not id_field:
            raise QgsProcessingException(
                self.tr("No ID_FIELD: choose the field with the region names or keys (it labels the dendrogram).")
            )
        if not indicators:
            raise QgsProcessingException(self.tr("No indicator fields: choose at least one numeric field in FIELDS."))
        self.check_fields(source.fields(), [id_field], "ID_FIELD", numeric=False)
        self.check_fields(source.fields(), indicators, "Indicator")
        method = clustering.STANDARDIZATIONS[self.parameterAsEnum(parameters, self.STANDARDIZE, context)]
        k, height = ward_cut.cut(self, parameters, context, feedback)
        impute = self.parameterAsBoolean(parameters, self.IMPUTE, context)
        constraint, tolerance = ward_contiguity.constraint(self, parameters, context)
        parameters = ward_outputs.dendrogram_parameters(parameters, self.DENDROGRAM, self.OUTPUT)
        dendro_path = self.parameterAsFileOutput(parameters, self.DENDROGRAM, context)
        if dendro_path:
            self.method(dendrogram.file_format, dendro_path)
            parameters = {**parameters, self.DENDROGRAM: dendro_path}  # a temporary name drawn once

        data = self.read(source, feedback, geometry=True, attributes=[id_field] + indicators)
        require_features(data, self.tr("nothing to cluster"))
        ids = self.id_values(data, id_field)
        frame = self.numeric_frame(data, indicators, ids, "Indicator")
        self._check_cancel(feedback)
        prep = self.method(clustering.prepare, frame, method, impute)
        ward_log.log_preparation(prep, len(indicators), feedback)
        pairs = None
        if constraint is not None:
            clustered = list(prep.standardized.index)
            pairs = ward_contiguity.clustered_pairs(
                data, source.sourceCrs(), ids, clustered, constraint, tolerance, context, feedback
            )
        result = self.method(
            clustering.ward, prep.standardized, k=k, height=height, connectivity=pairs, callback=self._merges(feedback)
        )
        feedback.setProgress(45)
        self._check_cancel(feedback)
        ward_log.log_result(result, prep, method, feedback)
        prof = ward_tables.profiles(result, prep.raw, prep.standardized)
        ward_log.log_clusters(prof, feedback)

        # --- the regions --------------------------------------------------------------------
        labels, dist = result.labels.to_dict(), result.distance.to_dict()
        extra = pd.DataFrame(
            {
                "cluster": pd.Series([labels.get(i) for i in ids], dtype=object),
                "distance_to_centre": pd.Series([dist.get(i, float("nan")) for i in ids], dtype=float),
            }
        )
        kinds = [("cluster", "int"), ("distance_to_centre", "double")]
        dest_id = self.write_output(
            parameters, self.OUTPUT, context, source, data, kinds, extra, feedback, progress=(50.0, 80.0)
        )
        sizes = result.labels.value_counts().reindex(range(1, result.k + 1)).tolist()
        names = ward_style.cluster_names(sizes)
        renderer, colors = ward_style.cluster_renderer(result.k, names, bool(prep.excluded))
        self.attach_style(dest_id, renderer, context, feedback)
        outputs = {self.OUTPUT: dest_id}

        # --- tables and the dendrogram --------------------------------------------------------
        dest = ward_outputs.write_schedule(self, parameters, self.LINKAGE_TABLE, context, result, feedback)
        if dest:
            outputs[self.LINKAGE_TABLE] = dest
        feedback.setProgress(85)
        dest = ward_outputs.write_profiles(self, parameters, self.PROFILE_TABLE, context, prof, prep.raw, feedback)
        if dest:
            outputs[self.PROFILE_TABLE] = dest
        feedback.setProgress(90)
        if dendro_path:
            private = self.output_file(parameters, self.DENDROGRAM, context)
            ward_style.draw_dendrogram(self, result, private, dendro_path, colors, names, method, feedback)
            outputs[self.DENDROGRAM] = dendro_path
        feedback.setProgress(100)
        return outputs

    def _check_cancel(self, feedback):
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))

    def _merges(self, feedback):
        """The linkage's progress callback: 35–45 %, stops on Cancel."""

        def report(done, total):
            self._check_cancel(feedback)
            feedback.setProgress(35.0 + 10.0 * done / max(total, 1))

        return report
