"""Regional accessibility P9 (paper 003; METHODS.md §6)."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import indicators
from ..layers import capital_points
from ..layers.labels import feature_labels, log_notes, require_features
from ..layers.measure import distance_km, lonlat_distance_area, surface_points
from ..maps import styles
from .base import TerritorialAlgorithm


class RegionalAccessibilityAlgorithm(TerritorialAlgorithm):
    ALG_ID = "regionalaccessibility"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("RegionalAccessibilityAlgorithm", "Regional accessibility")
    GROUP = QT_TRANSLATE_NOOP("RegionalAccessibilityAlgorithm", "2 Indicators")
    GROUP_ID = "indicators"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "RegionalAccessibilityAlgorithm",
        "Regional accessibility P9 of paper 003: (dA + dB) / dAB, the distances from the "
        "regional centre to the two capitals A and B over the distance between the capitals. "
        "It is ≥ 1; 1 means the centre lies on the line between the capitals, higher values "
        "mean more remote regions.\n\n"
        "<b>CAPITALS</b>: a point layer with exactly two points (e.g. Astana and Almaty); A is "
        "its first feature, B the second.\n"
        "<b>CENTERS</b> (optional): regional centres (points) joined to the regions by "
        "CENTERS_KEY_FIELD = ID_FIELD; a region without a matching centre gets NULL (log line). "
        "Without CENTERS, a point on the surface of each polygon is used (computed in "
        "longitude/latitude; invalid polygons are repaired with makeValid, with a log line).\n"
        "Distances are ellipsoidal (the project's ellipsoid, WGS84 when none is set), in km, "
        "whatever the layers' CRSs. Output fields: dist_a_km, dist_b_km, accessibility."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    CENTERS = "CENTERS"
    CENTERS_KEY_FIELD = "CENTERS_KEY_FIELD"
    CAPITALS = "CAPITALS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Regions"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("Region polygons."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD,
                self.tr("Region key / name field (joins the centres; names log lines)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            self.tr("The regions' key or name: joins the centres (required with CENTERS) and names log lines."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CENTERS,
                self.tr("Regional centres (empty: a point on each polygon's surface)"),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            ),
            self.tr("A point layer of regional centres. Default: a point on the surface of each polygon."),
        )
        self.add(
            QgsProcessingParameterField(
                self.CENTERS_KEY_FIELD,
                self.tr("Key field of the centres (matches the region key)"),
                parentLayerParameterName=self.CENTERS,
                optional=True,
            ),
            self.tr("The key in CENTERS matching ID_FIELD (compared as text)."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CAPITALS,
                self.tr("The two capitals (points, e.g. Astana and Almaty)"),
                [QgsProcessing.TypeVectorPoint],
            ),
            self.tr("A point layer with exactly two points: A is its first feature, B the second."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Regional accessibility"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr(
                "The regions with the input fields and dist_a_km, dist_b_km (ellipsoidal "
                "distances in km from the centre to A and B) and accessibility = (dA + dB) / dAB."
            ),
        )

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        if id_field:
            self.check_fields(source.fields(), [id_field], self.label(self.ID_FIELD), numeric=False)
        capitals = self.parameterAsSource(parameters, self.CAPITALS, context)
        if capitals is None:
            raise QgsProcessingException(
                self.tr(
                    "{capitals} is required: a point layer with exactly two points (e.g. Astana and Almaty)."
                ).format(capitals=self.label(self.CAPITALS))
            )
        centers = self.parameterAsSource(parameters, self.CENTERS, context)
        center_key = self.parameterAsString(parameters, self.CENTERS_KEY_FIELD, context)
        if centers is not None:
            if not id_field or not center_key:
                raise QgsProcessingException(
                    self.tr(
                        "{centers} are joined to the regions by a key: choose {id_field} (the regions' key) "
                        "and {center_key} (the same key in the centres layer)."
                    ).format(
                        centers=self.label(self.CENTERS),
                        id_field=self.label(self.ID_FIELD),
                        center_key=self.label(self.CENTERS_KEY_FIELD),
                    )
                )
            self.check_fields(centers.fields(), [center_key], self.label(self.CENTERS_KEY_FIELD), numeric=False)

        da = lonlat_distance_area(context, feedback)
        cap_a, cap_b, names_ab = capital_points.capitals(capitals, self.label(self.CAPITALS), context)
        d_ab = distance_km(da, cap_a, cap_b)
        feedback.pushInfo(
            self.tr(
                "Capitals: A = {names_ab}, B = {names_ab2}; distance between them "
                "{d_ab:.1f} km (ellipsoidal, {ellipsoid})."
            ).format(names_ab=names_ab[0], names_ab2=names_ab[1], d_ab=d_ab, ellipsoid=da.ellipsoid())
        )
        if d_ab == 0:
            raise QgsProcessingException(
                self.tr(
                    "The two capitals of {capitals} are at the same place: accessibility (dA + dB) / dAB is "
                    "undefined. Give two distinct capitals."
                ).format(capitals=self.label(self.CAPITALS))
            )

        data = self.read(source, feedback, geometry=True)
        require_features(data, self.tr("no regions to measure"))
        labels = feature_labels(data, id_field)
        if centers is not None:
            points = capital_points.joined_centres(
                data, id_field, centers, center_key, self.label(self.CENTERS), context, feedback
            )
        else:
            feedback.pushInfo(
                self.tr("No {centers}: regional centres are points on the polygons' surfaces.").format(
                    centers=self.label(self.CENTERS)
                )
            )
            points = surface_points(data.features, labels, source.sourceCrs(), context, feedback)
        feedback.setProgress(50)
        dist_a = np.array([np.nan if p is None else distance_km(da, p, cap_a) for p in points])
        dist_b = np.array([np.nan if p is None else distance_km(da, p, cap_b) for p in points])
        result = self.method(indicators.accessibility, dist_a, dist_b, d_ab, names=labels)
        log_notes(result.notes, feedback)

        extra = result.values
        dest_id = self.write_output(
            parameters, self.OUTPUT, context, source, data, [(c, "double") for c in extra.columns], extra, feedback
        )

        values = extra["accessibility"].to_numpy()
        defined = values[~np.isnan(values)].tolist()
        renderer = styles.graduated(
            "accessibility",
            defined,
            n_classes=5,
            scheme="YlOrBr",
            legend_title=self.tr(
                "Regional accessibility (dA + dB) / dAB (1 = between the capitals; higher = more remote)"
            ),
            precision=2,
            no_data_label=self.tr("No data") if len(defined) < len(values) else None,
        )
        self.attach_style(dest_id, renderer, context, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}
