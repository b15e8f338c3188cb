"""The LQ table read by Potential clusters: one row per district and industry with the key, the
industry and the quotient (the OUTPUT_TABLE of the localization coefficient, or published
quotients), optionally only the rows whose quotient is significant (REQUIRE_SIGNIFICANT:
``lq_significant`` true, issue 16); its parameters declared (:func:`add_lq_table_parameters`,
:func:`add_require_significant`). Messages in the context "Layers"."""

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core.naming import key_text
from . import Layers

SIGNIFICANT_FIELD = "lq_significant"


def add_lq_table_parameters(alg) -> None:
    """Declare LQ_TABLE and its fields LQ_ID_FIELD, LQ_INDUSTRY_FIELD, LQ_FIELD on ``alg``."""
    alg.add(
        QgsProcessingParameterFeatureSource(
            alg.LQ_TABLE,
            Layers.tr("Localization coefficients (long table: district, industry, lq)"),
            [QgsProcessing.TypeVector],
        ),
        Layers.tr(
            "A long table, one row per district and industry: the long table output of "
            "Localization coefficient, or published quotients (the sample's "
            "lq_paper004_table3)."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            alg.LQ_ID_FIELD,
            Layers.tr("LQ table: district key field (empty: same name as ID_FIELD)"),
            parentLayerParameterName=alg.LQ_TABLE,
            optional=True,
        ),
        Layers.tr(
            "The LQ table's district key field (default: a field with the name of ID_FIELD, "
            "as in Localization coefficient's long table)."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            alg.LQ_INDUSTRY_FIELD,
            Layers.tr("LQ table: industry field (default: industry)"),
            parentLayerParameterName=alg.LQ_TABLE,
            defaultValue="industry",
            optional=True,
        ),
        Layers.tr("The LQ table's industry field."),
    )
    alg.add(
        QgsProcessingParameterField(
            alg.LQ_FIELD,
            Layers.tr("LQ table: localization coefficient field (default: lq)"),
            parentLayerParameterName=alg.LQ_TABLE,
            type=QgsProcessingParameterField.Numeric,
            defaultValue="lq",
            optional=True,
        ),
        Layers.tr("The LQ table's quotient field (for a two-period long table, lq is the end year)."),
    )


def add_require_significant(alg) -> None:
    alg.add(
        QgsProcessingParameterBoolean(
            alg.REQUIRE_SIGNIFICANT,
            Layers.tr("Only significant quotients (lq_significant of the LQ table)"),
            defaultValue=False,
            optional=True,  # models written before it keep working
        ),
        Layers.tr(
            "Keep only the rows of the LQ table whose lq_significant is true (the reliability test "
            "of Localization coefficient): a specialization must be significantly above 1, not a "
            "large quotient on a tiny base. The table must have the field lq_significant."
        ),
        advanced=True,
    )


def read_lq_table(alg, source, lq_id: str, lq_industry: str, lq_field: str, significant: bool, feedback):
    """The table's rows as a frame (district key as text, industry, lq as float; NaN where the
    quotient is NULL or not a number); with ``significant`` the rows not significant dropped."""
    fields = source.fields()
    if fields.lookupField(lq_id) < 0:
        raise QgsProcessingException(
            Layers.tr("{table} has no field '{lq_id}' for the district key: choose it in {key}.").format(
                table=alg.label(alg.LQ_TABLE), lq_id=lq_id, key=alg.label(alg.LQ_ID_FIELD)
            )
        )
    alg.check_fields(fields, [lq_industry], alg.label(alg.LQ_INDUSTRY_FIELD), numeric=False)
    alg.check_fields(fields, [lq_field], alg.label(alg.LQ_FIELD))
    names = [lq_id, lq_industry, lq_field]
    if significant:
        if fields.lookupField(SIGNIFICANT_FIELD) < 0:
            raise QgsProcessingException(
                Layers.tr(
                    "{option}: {table} has no field '{field}'. Run Localization coefficient with a "
                    "reliability test [LQ_TEST] and give its long table, or uncheck the option."
                ).format(
                    option=alg.label(alg.REQUIRE_SIGNIFICANT), table=alg.label(alg.LQ_TABLE), field=SIGNIFICANT_FIELD
                )
            )
        names.append(SIGNIFICANT_FIELD)
    tdata = alg.read(source, feedback, geometry=False, attributes=names, progress=(30.0, 50.0))
    keys = [key_text(v) for v in tdata.raw_column(lq_id)]
    if any(k is None for k in keys):
        raise QgsProcessingException(
            Layers.tr("{table}: the key field '{lq_id}' is NULL in some rows: fill or remove them.").format(
                table=alg.label(alg.LQ_TABLE), lq_id=lq_id
            )
        )
    lq = pd.DataFrame(
        {
            "district": keys,
            "industry": tdata.raw_column(lq_industry),
            "lq": pd.to_numeric(pd.Series(tdata.raw_column(lq_field), dtype="object"), errors="coerce"),
        }
    )
    if significant:
        keep = pd.Series([v is True or v == 1 for v in tdata.raw_column(SIGNIFICANT_FIELD)])
        feedback.pushInfo(
            Layers.tr(
                "Only significant quotients: {kept} of {total} rows of LQ_TABLE kept (lq_significant true)."
            ).format(kept=int(keep.sum()), total=len(keep))
        )
        lq = lq[keep.to_numpy()].reset_index(drop=True)
    return lq
