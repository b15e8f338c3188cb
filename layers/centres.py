"""Cluster centres (points) copied to an output and drawn as stars, for potentialclusters."""

from qgis.core import QgsFeatureRequest, QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from ..maps import potential_style as style
from . import Layers
from .read import read_features
from .write import features_by_name, write_chunks


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
