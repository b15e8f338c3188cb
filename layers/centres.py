"""Cluster centres (points) copied to an output and drawn as stars, for potentialclusters: the
parameters CENTRES, CENTRES_NAME_FIELD and CENTRES_OUTPUT declared, the copy written."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QVariant

from ..maps import potential_style as style
from . import Layers
from .read import read_features
from .write import features_by_name, write_chunks


def add_centres_parameters(alg) -> None:
    """Declare the optional CENTRES points and their CENTRES_NAME_FIELD on ``alg``."""
    alg.add(
        QgsProcessingParameterFeatureSource(
            alg.CENTRES,
            Layers.tr("Cluster centres (points)"),
            [QgsProcessing.TypeVectorPoint],
            optional=True,
        ),
        Layers.tr("Optional points, e.g. the cluster centre towns (paper 004: Aktobe, Khromtau, Kandyagash)."),
    )
    alg.add(
        QgsProcessingParameterField(
            alg.CENTRES_NAME_FIELD,
            Layers.tr("Centre name field (empty: the first text field)"),
            parentLayerParameterName=alg.CENTRES,
            optional=True,
        ),
        Layers.tr("The centres' label (default: the first text field)."),
    )


def add_centres_output(alg) -> None:
    """Declare CENTRES_OUTPUT (the centres as stars; created by default) on ``alg``."""
    alg.add(
        QgsProcessingParameterFeatureSink(
            alg.CENTRES_OUTPUT,
            Layers.tr("Cluster centres (stars)"),
            QgsProcessing.TypeVectorPoint,
            optional=True,
            createByDefault=True,
        ),
        Layers.tr(
            "A copy of CENTRES, drawn as stars (Okabe–Ito vermillion, white outline) with "
            "labels; only written when CENTRES is given."
        ),
    )


def copy_centres(alg, parameters, name_param: str, output: str, context, feedback, centres):
    """Copy the ``centres`` source to output ``output`` (every field by name), styled as
    labelled stars (label: ``name_param``'s field, default the first text field); its id,
    or None when the output is not asked for."""
    name_field = alg.parameterAsString(parameters, name_param, context)
    cfields = centres.fields()
    if name_field and cfields.lookupField(name_field) < 0:
        raise QgsProcessingException(
            Layers.tr("{label}: the centres layer has no field '{name_field}'.").format(
                label=alg.label(name_param), name_field=name_field
            )
        )
    if not name_field:
        texts = [f.name() for f in cfields if f.type() == QVariant.String]
        name_field = texts[0] if texts else ""
    sink = alg.output_sink(parameters, output, context, cfields, centres.wkbType(), centres.sourceCrs())
    if sink is None:
        feedback.pushInfo(
            Layers.tr("{centres} given but no {output} requested: not copied.").format(
                centres=alg.label("CENTRES"), output=alg.label(output)
            )
        )
        return None
    points = read_features(centres, feedback, QgsFeatureRequest(), (95.0, 97.0))
    # the same fields as the centres layer: every value is taken by name
    write_chunks(sink, features_by_name(points, cfields, cfields, cfields.names(), []), feedback, (97.0, 99.0))
    sink.close()
    n, dest = len(points), sink.dest_id
    alg.attach_style(dest, style.centres_renderer(name_field), context, feedback)
    feedback.pushInfo(
        Layers.tr("{n} cluster centre(s) copied to {output} (stars).").format(n=n, output=alg.label(output))
    )
    return dest
