"""The data parameters of the district × industry algorithms (the localization coefficient's
inputs: wide fields or a long table, one or two periods, reference totals), declared once,
and the run's data read through :mod:`.lq_inputs` — the only reader of these inputs.

:func:`add_input_parameters` declares INPUT, ID_FIELD, INDUSTRY_FIELDS (TOTAL_FIELD,
INDUSTRY_FIELDS_BASE), TABLE, TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, TABLE_VALUE_FIELD,
TABLE_YEAR_FIELD, (BASE_YEAR,) END_YEAR, (TABLE_BASE,) REFERENCE_TABLE on an algorithm;
:func:`read_district_inputs` reads them. Texts in the translation context "Layers".
Used by localizationcoefficient, specializationindices and shiftshare.
"""

from typing import Dict, List, Tuple

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from . import Layers, lq_inputs
from .labels import require_features


def add_input_parameters(alg, periods: int = 1, total_field: bool = False) -> None:
    """Declare the data parameters on ``alg`` (a TerritorialAlgorithm). ``periods`` = 2 adds
    the base period's INDUSTRY_FIELDS_BASE, BASE_YEAR and TABLE_BASE; ``total_field`` adds
    TOTAL_FIELD (one period, wide form)."""
    field = QgsProcessingParameterField
    alg.add(
        QgsProcessingParameterFeatureSource("INPUT", Layers.tr("Districts"), [QgsProcessing.TypeVectorPolygon]),
        Layers.tr("District polygons (invalid geometries are accepted and copied as they are)."),
    )
    alg.add(
        field("ID_FIELD", Layers.tr("District key field"), parentLayerParameterName="INPUT"),
        Layers.tr("The district key; NULL or duplicate keys are refused. Also the key the long table is matched on."),
    )
    end = (
        Layers.tr("Wide form: a field per industry (end period)")
        if periods == 2
        else Layers.tr("Wide form: a field per industry")
    )
    alg.add(
        field(
            "INDUSTRY_FIELDS",
            end,
            parentLayerParameterName="INPUT",
            type=field.Numeric,
            allowMultiple=True,
            optional=True,
        ),
        Layers.tr("Wide form: numeric fields of the districts, one per industry; the field name is the industry name."),
    )
    if total_field:
        alg.add(
            field(
                "TOTAL_FIELD",
                Layers.tr("Wide form: district total (empty: sum of the industry fields)"),
                parentLayerParameterName="INPUT",
                type=field.Numeric,
                optional=True,
            ),
            Layers.tr(
                "Wide form: the district total x_j (e.g. all employment, including industries not "
                "listed). Default: the sum of the industry fields. One period only."
            ),
        )
    if periods == 2:
        alg.add(
            field(
                "INDUSTRY_FIELDS_BASE",
                Layers.tr("Wide form: base-period fields, in the same order as the industry fields"),
                parentLayerParameterName="INPUT",
                type=field.Numeric,
                allowMultiple=True,
                optional=True,
            ),
            Layers.tr(
                "Wide form: base-period fields, one per industry, in the same order as "
                "INDUSTRY_FIELDS (the log lists the pairs)."
            ),
        )
    alg.add(
        QgsProcessingParameterFeatureSource(
            "TABLE",
            Layers.tr("Long form: table with a row per district and industry"),
            [QgsProcessing.TypeVector],
            optional=True,
        ),
        Layers.tr(
            "Long form: a table or layer with one row per district and industry (a statistics "
            "yearbook, County Business Patterns). A missing row counts as 0; a repeated row is an error."
        ),
    )
    for name, label, help_text, kind in (
        (
            "TABLE_ID_FIELD",
            Layers.tr("Long form: district key field of the table"),
            Layers.tr("Long form: the table's district key, matched to ID_FIELD as text (13001.0 matches 13001)."),
            field.Any,
        ),
        (
            "TABLE_INDUSTRY_FIELD",
            Layers.tr("Long form: industry field"),
            Layers.tr("Long form: the table's industry (text or code)."),
            field.Any,
        ),
        (
            "TABLE_VALUE_FIELD",
            Layers.tr("Long form: value field (employment, output …)"),
            Layers.tr("Long form: the table's numeric value (employment, output …)."),
            field.Numeric,
        ),
        (
            "TABLE_YEAR_FIELD",
            Layers.tr("Long form: year field"),
            Layers.tr("Long form, optional: the table's year; rows are selected by END_YEAR (and BASE_YEAR)."),
            field.Any,
        ),
    ):
        alg.add(field(name, label, parentLayerParameterName="TABLE", type=kind, optional=True), help_text)
    integer = QgsProcessingParameterNumber.Integer
    if periods == 2:
        alg.add(
            QgsProcessingParameterNumber("BASE_YEAR", Layers.tr("Base year"), type=integer, optional=True),
            Layers.tr("Long form: the base period (with TABLE_YEAR_FIELD)."),
        )
    alg.add(
        QgsProcessingParameterNumber(
            "END_YEAR", Layers.tr("End year (empty: the latest year of the table)"), type=integer, optional=True
        ),
        Layers.tr("Long form: the (end) period. Default: the latest year in the table (logged)."),
    )
    if periods == 2:
        alg.add(
            QgsProcessingParameterFeatureSource(
                "TABLE_BASE",
                Layers.tr("Long form: base-period table (same fields as the table)"),
                [QgsProcessing.TypeVector],
                optional=True,
            ),
            Layers.tr(
                "Long form, instead of a year field: a second table with the base period (same "
                "field names as TABLE; filtered by BASE_YEAR when a year field is given)."
            ),
        )
    alg.add(
        QgsProcessingParameterFeatureSource(
            "REFERENCE_TABLE",
            Layers.tr("Reference industry totals (e.g. the nation; empty: the districts)"),
            [QgsProcessing.TypeVector],
            optional=True,
        ),
        Layers.tr(
            "Both forms, optional: the industry totals of a wider reference. Wide form: its first "
            "row has the same field names as the industry fields (and the base fields). Long form: "
            "one row per industry (and year) with the same industry and value (and year) field "
            "names as TABLE. Industries of the reference that are not analysed are left out (listed "
            "in the log); an analysed industry missing from the reference is an error."
        ),
    )


def given_parameters(alg, parameters, context) -> lq_inputs.LqParameters:
    """The data parameters of the run (absent ones empty), for :func:`lq_inputs.read_inputs`."""
    defined = {p.name() for p in alg.parameterDefinitions()}

    def text(name: str) -> str:
        return (alg.parameterAsString(parameters, name, context) or "") if name in defined else ""

    def fields(name: str) -> List[str]:
        return list(alg.parameterAsFields(parameters, name, context) or []) if name in defined else []

    table = alg.table_source(parameters, "TABLE", context)
    table_base = alg.table_source(parameters, "TABLE_BASE", context) if "TABLE_BASE" in defined else None
    return lq_inputs.LqParameters(
        industry_fields=fields("INDUSTRY_FIELDS"),
        base_fields=fields("INDUSTRY_FIELDS_BASE"),
        total_field=text("TOTAL_FIELD"),
        table=table,
        spec=(
            text("TABLE_ID_FIELD"),
            text("TABLE_INDUSTRY_FIELD"),
            text("TABLE_VALUE_FIELD"),
            text("TABLE_YEAR_FIELD"),
        ),
        base_year=alg.optional_number(parameters, "BASE_YEAR", context) if "BASE_YEAR" in defined else None,
        end_year=alg.optional_number(parameters, "END_YEAR", context),
        table_base=table_base,
        locations=(
            alg.file_layer(parameters, "TABLE", context) if table else None,
            alg.file_layer(parameters, "TABLE_BASE", context) if table_base else None,
        ),
        reference=alg.table_source(parameters, "REFERENCE_TABLE", context),
    )


def read_district_inputs(alg, parameters, context, feedback, what: str) -> Tuple[object, str, object, list, Dict]:
    """The districts (INPUT, ID_FIELD) and the district × industry values of the run, read as
    localizationcoefficient reads them: ``(source, id_field, data, ids, inputs)`` with
    ``inputs`` as :func:`lq_inputs.read_inputs` returns it. ``what``: what cannot be done
    on an empty layer (translated by the caller)."""
    source = alg.required_source(parameters, "INPUT", context)
    id_field = alg.parameterAsString(parameters, "ID_FIELD", context)
    alg.check_fields(source.fields(), [id_field], alg.label("ID_FIELD"), numeric=False)
    given = given_parameters(alg, parameters, context)
    if given.industry_fields and given.table is not None:
        raise QgsProcessingException(
            Layers.tr(
                "Both forms were given: {fields} (a field per industry) and {table} (a row per "
                "district and industry). Give exactly one of them."
            ).format(fields=alg.label("INDUSTRY_FIELDS"), table=alg.label("TABLE"))
        )
    if not given.industry_fields and given.table is None:
        raise QgsProcessingException(
            Layers.tr(
                "No data: give {fields} (a numeric field per industry on the districts) or "
                "{table} (a table with a row per district and industry, with {key}, {industry} and {value})."
            ).format(
                fields=alg.label("INDUSTRY_FIELDS"),
                table=alg.label("TABLE"),
                key=alg.label("TABLE_ID_FIELD"),
                industry=alg.label("TABLE_INDUSTRY_FIELD"),
                value=alg.label("TABLE_VALUE_FIELD"),
            )
        )
    data = alg.read(source, feedback, geometry=True, progress=(0.0, 10.0))
    require_features(data, what)
    ids = alg.id_values(data, id_field)
    inputs = lq_inputs.read_inputs(alg, data, ids, source.fields(), given, feedback)
    if feedback.isCanceled():
        raise QgsProcessingException(Layers.tr("Cancelled."))
    return source, id_field, data, ids, inputs
