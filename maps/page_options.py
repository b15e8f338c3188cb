"""exportmap's page options (the report page's language, label size and panels), defined here
beside the code that uses them (maps/language.py, label_fit.py, panels.py)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from . import Maps
from .language import LANGUAGE_LABELS
from .panels import CHART_LABELS

LANGUAGE, LABEL_SIZE, CHART = "LANGUAGE", "LABEL_SIZE", "CHART"
PROFILE_TABLE, MEMBERSHIP_TABLE = "PROFILE_TABLE", "MEMBERSHIP_TABLE"


def page_options():
    """(parameter, help) of the page options, in the dialog's order."""
    out = []
    out.append(
        (
            QgsProcessingParameterEnum(
                LANGUAGE,
                Maps.tr("Language of the map"),
                options=[Maps.tr(lab) for lab in LANGUAGE_LABELS],
                defaultValue=0,
                optional=True,
            ),
            Maps.tr(
                "The language of the page's texts: source line, projection, date, scale bar unit, "
                "the north arrow's letter, and the legend title and class labels the plugin wrote "
                "(your own titles and labels are printed as given). Default: the interface "
                "language; e.g. English for a journal from a Russian QGIS."
            ),
        )
    )
    out.append(
        (
            QgsProcessingParameterNumber(
                LABEL_SIZE,
                Maps.tr("Largest label size (pt)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=8.0,
                minValue=4.0,
                maxValue=24.0,
                optional=True,
            ),
            Maps.tr(
                "The size of the district labels on an A4 page (larger on A3). A label that does "
                "not fit its district is shrunk to it, down to 4.5 pt; a district too small even for "
                "that (a city at the scale of a country) gets its name beside it. Labels never "
                "overlap: one that fits nowhere is left out."
            ),
        )
    )
    out.append(
        (
            QgsProcessingParameterEnum(
                CHART,
                Maps.tr("Chart beside the map"),
                options=[Maps.tr(lab) for lab in CHART_LABELS],
                defaultValue=0,
                optional=True,
            ),
            Maps.tr(
                "A chart beside the map, in the map's colours: the complex grade of every district "
                "as a bar, best first (like paper 004's Table 2; INPUT needs complex_grade, as "
                "Rank-score typology writes it), or the Ward clusters' profiles (the mean z-score "
                "of every indicator per cluster, from PROFILE_TABLE)."
            ),
        )
    )
    out.append(
        (
            QgsProcessingParameterFeatureSource(
                PROFILE_TABLE,
                Maps.tr("Cluster profiles table (for the profile chart)"),
                [QgsProcessing.TypeVector],
                optional=True,
            ),
            Maps.tr("The cluster profiles table of Ward clustering (cluster and zmean_ columns)."),
        )
    )
    out.append(
        (
            QgsProcessingParameterBoolean(
                MEMBERSHIP_TABLE,
                Maps.tr("Class membership table beside the map"),
                defaultValue=False,
                optional=True,
            ),
            Maps.tr(
                "A table beside the map: every district (LABEL_FIELD, else the first text field) with "
                "its class, sorted by class (up to 40 rows)."
            ),
        )
    )
    return out
