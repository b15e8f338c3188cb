"""Ward clustering of regions (paper 003; METHODS.md §6)."""

import pandas as pd
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import clustering, ward_tables
from ..core import dendrogram
from ..core.naming import unique_names
from ..layers import values
from ..layers.labels import require_features
from ..maps import styles
from ..layers.write import FIELD_TYPES
from .base import TerritorialAlgorithm

#: Clusters made when neither N_CLUSTERS nor HEIGHT is given (paper 003 has 6 groups).
DEFAULT_CLUSTERS = 6
#: Lines of the log listing excluded / imputed regions one by one.
MAX_LOG_LINES = 100


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
        "<b>Dendrogram</b> (.svg, .png, .pdf): leaves labelled with the ID field, branches in "
        "the map's cluster colours, the cut dashed.\n"
        "<b>Linkage table</b>: the order of agglomeration — step, the two items merged (a "
        "region's ID, or 'step s' for the group formed at step s), height, size.\n"
        "<b>Profile table</b>: per cluster its size, members, and the mean of every indicator, "
        "raw (mean_…) and standardized (zmean_…).\n"
        "Regions lacking a value are excluded (NULL cluster, listed in the log) unless "
        "<b>Impute</b> is set: then gaps take the indicator's mean (regions with no value at all "
        "stay excluded). Constant indicators are dropped with a warning. Text fields are refused."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    FIELDS = "FIELDS"
    STANDARDIZE = "STANDARDIZE"
    N_CLUSTERS = "N_CLUSTERS"
    HEIGHT = "HEIGHT"
    IMPUTE = "IMPUTE"
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
        self.add(
            QgsProcessingParameterNumber(
                self.N_CLUSTERS,
                self.tr("Number of clusters (empty: 6, or from the cut height)"),
                type=QgsProcessingParameterNumber.Integer,
                optional=True,
                minValue=1,
            ),
            self.tr(
                "The number of clusters k (1 … number of regions clustered). Give it or HEIGHT, "
                "not both; neither gives 6 clusters, as in paper 003."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.HEIGHT,
                self.tr("Cut height (instead of the number of clusters)"),
                type=QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=0.0,
            ),
            self.tr(
                "A cut height instead of k: every merge at a height ≤ HEIGHT is kept (the number "
                "of clusters is logged)."
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.IMPUTE, self.tr("Fill missing values with the indicator's mean"), defaultValue=False
            ),
            self.tr(
                "No (default): regions lacking a value are left out (NULL cluster); yes: the gaps "
                "take the indicator's mean."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Ward clusters"), QgsProcessing.TypeVectorPolygon),
            self.tr("The regions with all input fields plus cluster and distance_to_centre."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.DENDROGRAM,
                self.tr("Dendrogram"),
                fileFilter=self.tr("SVG files (*.svg);;PNG files (*.png);;PDF files (*.pdf)"),
                optional=True,
                createByDefault=True,
            ),
            self.tr("Optional file: .svg, .png or .pdf (another extension is refused)."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.LINKAGE_TABLE,
                self.tr("Agglomeration schedule"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr(
                "Optional table: the agglomeration schedule, one row per merge (step, item_a, "
                "item_b, height, size, cluster)."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.PROFILE_TABLE,
                self.tr("Cluster profiles"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr(
                "Optional table: one row per cluster (cluster, size, members, mean_ and zmean_ of every indicator)."
            ),
        )

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
        k = self.optional_number(parameters, self.N_CLUSTERS, context, integer=True)
        height = self.optional_number(parameters, self.HEIGHT, context, integer=False)
        if k is not None and height is not None:
            raise QgsProcessingException(
                self.tr(
                    "Both N_CLUSTERS ({k}) and HEIGHT ({height:g}) are given: the tree is cut either "
                    "into a number of clusters or at a height — leave one of them empty."
                ).format(k=k, height=height)
            )
        if k is None and height is None:
            k = DEFAULT_CLUSTERS
            feedback.pushInfo(
                self.tr("Neither N_CLUSTERS nor HEIGHT given: {default_clusters} clusters (as paper 003).").format(
                    default_clusters=DEFAULT_CLUSTERS
                )
            )
        impute = self.parameterAsBoolean(parameters, self.IMPUTE, context)
        dendro_path = self.parameterAsFileOutput(parameters, self.DENDROGRAM, context)
        if dendro_path:
            self.method(dendrogram.file_format, dendro_path)

        data = self.read(source, feedback, geometry=True, attributes=[id_field] + indicators)
        require_features(data, self.tr("nothing to cluster"))
        ids = self.id_values(data, id_field)
        frame = self.numeric_frame(data, indicators, ids, "Indicator")
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))

        prep = self.method(clustering.prepare, frame, method, impute)
        self._log_preparation(prep, len(indicators), feedback)
        result = self.method(clustering.ward, prep.standardized, k=k, height=height)
        feedback.setProgress(45)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
        sizes = result.labels.value_counts().reindex(range(1, result.k + 1)).tolist()
        feedback.pushInfo(
            self.tr(
                "Ward clustering of {n_ids} regions on {shape} indicators "
                "({standardization_names}): {k} clusters, cut at height "
                "{cut_height:.4g}."
            ).format(
                n_ids=len(result.ids),
                shape=prep.raw.shape[1],
                standardization_names=clustering.STANDARDIZATION_NAMES[method],
                k=result.k,
                cut_height=result.cut_height,
            )
        )
        if result.tie_at_cut:
            feedback.pushWarning(
                self.tr(
                    "Two merges have the same height at the cut into {k} clusters: which one "
                    "is undone follows the merge order (regions sorted by ID). Consider another "
                    "number of clusters."
                ).format(k=result.k)
            )
        prof = ward_tables.profiles(result, prep.raw, prep.standardized)
        for c, size, members in prof.table.itertuples(index=False):
            feedback.pushInfo(
                self.tr("Cluster {cluster} ({size}): {members}").format(cluster=c, size=size, members=members)
            )

        # --- the regions --------------------------------------------------------------------
        labels = result.labels.to_dict()
        dist = result.distance.to_dict()
        extra = pd.DataFrame(
            {
                "cluster": pd.Series([labels.get(i) for i in ids], dtype=object),
                "distance_to_centre": pd.Series([dist.get(i, float("nan")) for i in ids], dtype=float),
            }
        )
        dest_id = self.write_output(
            parameters,
            self.OUTPUT,
            context,
            source,
            data,
            [("cluster", "int"), ("distance_to_centre", "double")],
            extra,
            feedback,
            progress=(50.0, 80.0),
        )
        colors = styles.qualitative_colors(result.k)
        names = [
            (self.tr("Cluster {} (1 region)") if s == 1 else self.tr("Cluster {} (%n regions)", "", int(s))).format(c)
            for c, s in zip(range(1, result.k + 1), sizes)
        ]
        renderer = styles.categorized(
            "cluster",
            list(range(1, result.k + 1)),
            names,
            colors,
            no_data_label=self.tr("Not clustered (missing values)") if prep.excluded else None,
            legend_title=self.tr("Ward cluster"),
        )
        self.attach_style(dest_id, renderer, context, feedback)
        outputs = {self.OUTPUT: dest_id}

        # --- tables -------------------------------------------------------------------------
        linkage_frame = ward_tables.schedule(result)
        dest = self._table(
            parameters,
            self.LINKAGE_TABLE,
            context,
            linkage_frame,
            [
                ("step", "int"),
                ("item_a", "string"),
                ("item_b", "string"),
                ("height", "double"),
                ("size", "int"),
                ("cluster", "int"),
            ],
            feedback,
        )
        if dest:
            outputs[self.LINKAGE_TABLE] = dest
        feedback.setProgress(85)
        mean_names = unique_names(list(prep.raw.columns), prefix="mean_", taken=["cluster", "size", "members"])
        zmean_names = unique_names(
            list(prep.raw.columns), prefix="zmean_", taken=list(mean_names.values()) + ["cluster", "size", "members"]
        )
        profile = prof.table.copy()
        for col in prep.raw.columns:
            profile[mean_names[col]] = prof.raw_means[col].to_numpy()
        for col in prep.raw.columns:
            profile[zmean_names[col]] = prof.std_means[col].to_numpy()
        kinds = [("cluster", "int"), ("size", "int"), ("members", "string")]
        kinds += [(name, "double") for name in profile.columns[3:]]
        dest = self._table(parameters, self.PROFILE_TABLE, context, profile, kinds, feedback)
        if dest:
            outputs[self.PROFILE_TABLE] = dest
        feedback.setProgress(90)

        # --- dendrogram ---------------------------------------------------------------------
        if dendro_path:
            outputs[self.DENDROGRAM] = self._dendrogram(
                parameters, context, feedback, result, dendro_path, colors, names, method
            )
        feedback.setProgress(100)
        return outputs

    def _dendrogram(self, parameters, context, feedback, result, dendro_path, colors, names, method) -> str:
        """Draw the dendrogram into DENDROGRAM (SVG, PNG or PDF); returns its path."""
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
        try:
            drawn = self.method(
                dendrogram.draw,
                result,
                self.output_file(parameters, self.DENDROGRAM, context),
                [c.name() for c in colors],
                title=self.tr("Ward clustering of {n_ids} regions").format(n_ids=len(result.ids)),
                ylabel=self.tr("Merge height (Ward distance, {standardization_names})").format(
                    standardization_names=clustering.STANDARDIZATION_NAMES[method]
                ),
                cluster_names=names,
            )
        except OSError as e:
            raise QgsProcessingException(
                self.tr("Could not write the dendrogram {dendro_path}: {value}").format(
                    dendro_path=dendro_path, value=e.strerror or e
                )
            ) from None
        if drawn < len(result.ids):
            feedback.pushInfo(
                self.tr(
                    "Dendrogram: {n_ids} regions are too many to label; the last "
                    "{drawn} groups are drawn, labelled with their size in parentheses."
                ).format(n_ids=len(result.ids), drawn=drawn)
            )
        feedback.pushInfo(self.tr("Dendrogram written to {dendro_path}").format(dendro_path=dendro_path))
        return dendro_path

    # ------------------------------------------------------------------------------------
    def _log_preparation(self, prep, n_indicators, feedback):
        if prep.dropped:
            feedback.pushWarning(
                self.tr("Constant indicator(s) dropped (same value in every region clustered): {dropped}.").format(
                    dropped=', '.join(prep.dropped)
                )
            )
        lacking_lines = (
            (self.tr("%n region(s) lacking values excluded (no cluster): {}.", "", len(prep.excluded)), prep.excluded),
            (
                self.tr("%n region(s) lacking values filled with the indicator mean: {}.", "", len(prep.imputed)),
                prep.imputed,
            ),
        )
        for line, rows in lacking_lines:
            if not rows:
                continue
            feedback.pushWarning(line.format(", ".join(str(r) for r in rows)))
            for n, (region, lacking) in enumerate(rows.items()):
                if n == MAX_LOG_LINES:
                    feedback.pushInfo(self.tr("… and {n_more} more.").format(n_more=len(rows) - n))
                    break
                listed = (
                    self.tr("all %n indicators", "", n_indicators)
                    if len(lacking) == n_indicators
                    else ", ".join(lacking)
                )
                feedback.pushInfo(self.tr("{region}: no value for {listed}.").format(region=region, listed=listed))

    def _table(self, parameters, name, context, frame, kinds, feedback):
        """Write ``frame`` to the optional table sink ``name``; returns its id or None."""
        if parameters.get(name) is None:
            return None
        fields = QgsFields()
        for fname, kind in kinds:
            fields.append(QgsField(fname, FIELD_TYPES[kind]))
        return self.write_table(
            parameters, name, context, fields, values.python_rows(frame[[k for k, _ in kinds]]), len(frame), feedback
        )
