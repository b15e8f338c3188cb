"""Which field a field parameter should start with, and which fields are the features' ids.

QGIS's dialog fills a required field parameter with the layer's first field — in a
GeoPackage the feature id ``fid`` — so a run straight from the dialog would compute with
the id as emissions or population. Here instead:

* :func:`primary_key_names` — the feature-id fields of a layer: the provider's primary key
  (``fid`` of a GeoPackage) and integer fields named like an id column (``OBJECTID`` of a
  shapefile from ArcGIS, ``ogc_fid``). Never an indicator.
* :func:`guess` — the field a parameter starts with, from the parameter's name
  (``POPULATION_FIELD`` → a field called population / население / naselenie …): only a
  field whose name says so unambiguously; a key parameter (``ID_FIELD``) gets a text field
  with a unique value per feature, preferring one named like name/district/region; else
  nothing (the dialog then asks for it in its own words).
"""

import re
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from qgis.core import QgsFields, QgsProcessingParameterField, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

#: names (lower case) of integer columns that number the features rather than describe them
ID_COLUMN_NAMES = ("fid", "objectid", "object_id", "ogc_fid", "objectid_1", "fid_1")

_INTEGER_TYPES = (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong)

#: the parameters whose value is a district key or name (a text field unique per feature)
KEY_PARAMETERS = (
    "ID_FIELD",
    "TABLE_ID_FIELD",
    "LQ_ID_FIELD",
    "CENTERS_KEY_FIELD",
    "TABLE_NAME_FIELD",
    "NAME_FIELD",
    "LABEL_FIELD",
    "CENTRES_NAME_FIELD",
)

#: key parameters of long tables (a row per district and industry): their keys repeat
LONG_KEY_PARAMETERS = ("TABLE_ID_FIELD", "LQ_ID_FIELD")

#: key fields preferred, in this order (names lower case; English, Russian, Kazakh, transliterated)
KEY_NAMES = (
    "name",
    "district",
    "region",
    "county",
    "rayon",
    "raion",
    "район",
    "аудан",
    "audan",
    "область",
    "oblast",
    "название",
    "nazvanie",
    "атауы",
    "name_en",
    "name_ru",
    "name_kk",
    "local_name",
)

#: field names that say what a numeric or table parameter holds (first word of the field's name)
NAMES_BY_PARAMETER: Dict[str, Tuple[str, ...]] = {
    "EMISSIONS_FIELD": ("emissions", "emission", "выбросы", "выброс", "vybrosy", "шығарындылар"),
    "POPULATION_FIELD": ("population", "население", "naselenie", "численность", "chislennost", "халық"),
    "ARRIVALS_FIELD": ("arrivals", "arrived", "прибывшие", "прибыло", "pribyvshie", "pribylo", "келгендер"),
    "DEPARTURES_FIELD": ("departures", "departed", "выбывшие", "выбыло", "vybyvshie", "vybylo", "кеткендер"),
    "TABLE_INDUSTRY_FIELD": ("industry", "отрасль", "otrasl", "sector", "сала"),
    "LQ_INDUSTRY_FIELD": ("industry", "отрасль", "otrasl", "sector", "сала"),
    "TABLE_VALUE_FIELD": ("value", "lq", "значение", "znachenie", "employees", "employment", "занятые"),
    "LQ_FIELD": ("lq", "кл", "коэффициент"),
    "TABLE_YEAR_FIELD": ("year", "год", "god", "жыл"),
}


def _words(name: str) -> List[str]:
    return [w for w in re.split(r"[^0-9a-zа-яёәғқңөұүһі]+", name.lower()) if w]


def primary_key_names(layer: Optional[QgsVectorLayer], fields: Optional[QgsFields] = None) -> Set[str]:
    """The names of the fields that number the features of ``layer`` (or of ``fields`` when
    there is no layer): the provider's primary key and integer columns named like ``fid``
    or ``OBJECTID``."""
    names = set()
    if layer is not None:
        fields = layer.fields()
        try:
            for i in layer.primaryKeyAttributes():
                if 0 <= i < fields.count():
                    names.add(fields.at(i).name())
        except (AttributeError, RuntimeError):
            pass
    if fields is None:
        return names
    for fld in fields:
        if fld.name().lower() in ID_COLUMN_NAMES and fld.type() in _INTEGER_TYPES:
            names.add(fld.name())
    return names


def acceptable(fld, param: QgsProcessingParameterField) -> bool:
    """Whether ``param`` (by its data type) lists ``fld`` in its picker."""
    kind = param.dataType()
    if kind == QgsProcessingParameterField.Numeric:
        return fld.isNumeric()
    if kind == QgsProcessingParameterField.String:
        return fld.type() == QVariant.String
    return True


def _by_name(candidates: Iterable, names: Sequence[str]) -> Optional[str]:
    """The one field whose whole name is one of ``names``, else the one whose first word is:
    None when none or several qualify (then the user chooses)."""
    candidates = list(candidates)
    wanted = [n.lower() for n in names]
    for n in wanted:
        exact = [f.name() for f in candidates if f.name().lower() == n]
        if len(exact) == 1:
            return exact[0]
    first_word = [f.name() for f in candidates if (_words(f.name()) or [""])[0] in wanted]
    return first_word[0] if len(first_word) == 1 else None


def _empty(value) -> bool:
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return True
    return str(value).strip() == ""


def unique_text_fields(layer: QgsVectorLayer, names: Sequence[str]) -> List[str]:
    """The fields of ``names`` that hold a distinct, non-empty text for every feature."""
    count = layer.featureCount()
    out = []
    for name in names:
        idx = layer.fields().lookupField(name)
        if idx < 0 or count <= 0:
            continue
        found = layer.uniqueValues(idx, count + 1)
        if len(found) == count and not any(_empty(v) for v in found):
            out.append(name)
    return out


def guess(param: QgsProcessingParameterField, layer: Optional[QgsVectorLayer]) -> Optional[str]:
    """The field parameter ``param`` should start with on ``layer``, or None (left empty)."""
    if layer is None or not layer.isValid() or param.allowMultiple():
        return None
    ids = primary_key_names(layer)
    usable = [f for f in layer.fields() if f.name() not in ids and acceptable(f, param)]
    name = param.name()
    if name in NAMES_BY_PARAMETER:
        return _by_name(usable, NAMES_BY_PARAMETER[name])
    if name in KEY_PARAMETERS or name.endswith("_ID_FIELD") or name.endswith("_KEY_FIELD"):
        text = [f for f in usable if f.type() == QVariant.String]
        preferred = sorted(
            text,
            key=lambda f: KEY_NAMES.index(f.name().lower()) if f.name().lower() in KEY_NAMES else len(KEY_NAMES),
        )
        if name in LONG_KEY_PARAMETERS:  # a row per district and industry: named like a district
            named = [f.name() for f in preferred if f.name().lower() in KEY_NAMES]
            return named[0] if named else None
        unique = unique_text_fields(layer, [f.name() for f in preferred[:12]])
        return unique[0] if unique else None
    return None


def id_field_as_indicator(alg, parameters, context) -> Optional[Tuple[str, str]]:
    """(parameter name, field name) of the first numeric field parameter of ``alg`` given a
    feature-id field of its layer (see :func:`primary_key_names`), else None."""
    for param in alg.parameterDefinitions():
        if (
            not isinstance(param, QgsProcessingParameterField)
            or param.dataType() != QgsProcessingParameterField.Numeric
        ):
            continue
        parent = param.parentLayerParameterName()
        if parameters.get(param.name()) is None or not parent or parameters.get(parent) is None:
            continue
        chosen = [n for n in alg.parameterAsFields(parameters, param.name(), context) if n]
        if not chosen:
            continue
        try:
            layer = alg.parameterAsVectorLayer(parameters, parent, context)
        except Exception:  # noqa: BLE001 — a source QGIS cannot open as a layer: its own check says so
            layer = None
        ids = primary_key_names(layer) if layer is not None else set()
        if layer is None:
            source = alg.parameterAsSource(parameters, parent, context)
            ids = primary_key_names(None, source.fields()) if source is not None else set()
        for name in chosen:
            if name in ids:
                return param.name(), name
    return None
