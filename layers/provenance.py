"""Where a result's data come from: its inputs' credits, carried into the output layer.

An input's credits are its metadata rights, else its attribution, else the credit the
plugin stored with it before (``CREDITS_PROPERTY``), else the sentences of its abstract
that name a source (a GeoPackage's ``gpkg_contents.description`` becomes the abstract: the
bundled samples credit their boundaries and statistics there). Every run collects the
credits of its layer inputs (:func:`input_credits`); the style of each output carries them
(``maps.style_store.set_credits``: metadata rights of the loaded layer and a custom property
stored with the default style), so exportmap's source line names them for a result as for
the input itself.
"""

import re
from typing import Iterable, List

from qgis.core import (
    QgsMapLayer,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
)

CREDITS_PROPERTY = "territorialclusters/credits"

#: words that mark a sentence of an abstract as a credit
_CREDIT_WORDS = re.compile(
    r"©|\(c\)|\bsource|\bboundaries|\bcensus|\bstatistic|\bbureau|licen[cs]e|openstreetmap|geoboundaries|"
    r"источник|границы|статистик|бюро|лицензи|дереккөз|статистика",
    re.I,
)
#: a sentence ends at '.', '!' or '?' before a capital, not after an initial (U.S. Census)
_SENTENCE_END = re.compile(r"(?<![A-ZА-Я]\.[A-ZА-Я]\.)(?<=[.!?])\s+(?=[A-ZА-ЯЁ(])")


def _unique(texts: Iterable[str]) -> List[str]:
    out: List[str] = []
    for t in texts:
        t = (t or "").strip()
        if t and t not in out:
            out.append(t)
    return out


def abstract_credits(abstract: str) -> List[str]:
    """The sentences of ``abstract`` that name a source, a licence or a copyright."""
    sentences = _SENTENCE_END.split((abstract or "").strip())
    return _unique(s.rstrip(".") for s in sentences if _CREDIT_WORDS.search(s))


def _stored_credits(layer) -> List[str]:
    """The credits stored with the layer's style by this plugin, also when the layer was
    opened without its default style (as Processing opens a file)."""
    stored = layer.customProperty(CREDITS_PROPERTY, "")
    if not stored and layer.providerType() == "ogr":
        copy = layer.clone()
        if copy is not None:
            copy.loadDefaultStyle()
            stored = copy.customProperty(CREDITS_PROPERTY, "")
    return _unique(str(stored).split("\n")) if stored else []


def layer_credits(layer) -> List[str]:
    """The credits of ``layer`` (see the module's description); [] when it carries none."""
    if not isinstance(layer, QgsMapLayer):
        return []
    md = layer.metadata()
    found = _unique(md.rights())
    if not found:
        found = _unique([layer.attribution()])
    if not found:
        found = _stored_credits(layer)
    if not found:
        found = abstract_credits(md.abstract())
    return found


def input_credits(alg, parameters, context) -> List[str]:
    """The credits of every layer input of a run, in parameter order, each once."""
    found: List[str] = []
    for param in alg.parameterDefinitions():
        name = param.name()
        if parameters.get(name) is None:
            continue
        layers = []
        if isinstance(param, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
            layers = [alg.parameterAsVectorLayer(parameters, name, context)]
        elif isinstance(param, QgsProcessingParameterMultipleLayers):
            layers = alg.parameterAsLayerList(parameters, name, context) or []
        for layer in layers:
            found = _unique(found + layer_credits(layer))
    return found


def run_credits(alg, parameters, context) -> List[str]:
    """:func:`input_credits`, never a reason for a run to fail (a layer that cannot be opened
    is refused later, by name): [] then."""
    try:
        return input_credits(alg, parameters, context)
    except Exception:  # noqa: BLE001
        return []
