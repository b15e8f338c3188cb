"""exportmap's map and file parameters (title, subtitle, source line, legend title, labels,
background layers, page; map CRS, resolution, map file, adding the layout to the project),
declared here beside the code that uses them (:mod:`.layouts`, :mod:`.report`, :mod:`.export`);
the page options between them are in :mod:`.page_options`."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from . import Maps
from .page import PAGE_LABELS

TITLE, SUBTITLE, SOURCE_NOTE, LEGEND_TITLE = "TITLE", "SUBTITLE", "SOURCE_NOTE", "LEGEND_TITLE"
LABEL_FIELD, BACKGROUND_LAYERS, PAGE = "LABEL_FIELD", "BACKGROUND_LAYERS", "PAGE"
MAP_CRS, DPI, OUTPUT, ADD_TO_PROJECT = "MAP_CRS", "DPI", "OUTPUT", "ADD_TO_PROJECT"


def map_options(input_name: str):
    """(parameter, help) of the map's texts, labels, background layers and page, in the
    dialog's order (after INPUT, named ``input_name``: the parent layer of LABEL_FIELD)."""
    out = []
    out.append(
        (
            QgsProcessingParameterString(TITLE, Maps.tr("Title (empty: the layer name)"), optional=True),
            Maps.tr("The map title (empty: the layer name); long titles wrap."),
        )
    )
    out.append(
        (
            QgsProcessingParameterString(SUBTITLE, Maps.tr("Subtitle"), optional=True),
            Maps.tr("An optional second line under the title."),
        )
    )
    out.append(
        (
            QgsProcessingParameterString(
                SOURCE_NOTE, Maps.tr("Source line (data credits)"), multiLine=True, optional=True
            ),
            Maps.tr(
                "The source line, e.g. Boundaries: geoBoundaries (Runfola et al. 2020) … Empty: "
                "the layer's metadata rights or attribution if any, else 'Source: …' for you to "
                "fill in (a log line says so)."
            ),
        )
    )
    out.append(
        (
            QgsProcessingParameterString(
                LEGEND_TITLE, Maps.tr("Legend title (empty: from the style, else the layer name)"), optional=True
            ),
            Maps.tr(
                "Empty: the title the producing algorithm stored with the style (custom property "
                "territorialclusters/legend_title), else the layer name."
            ),
        )
    )
    out.append(
        (
            QgsProcessingParameterField(
                LABEL_FIELD,
                Maps.tr("Label field (empty: the layer's own labels)"),
                parentLayerParameterName=input_name,
                optional=True,
            ),
            Maps.tr(
                "A field to label the features with (white halo, every label drawn). Empty: the "
                "layer's own labels, if any (e.g. the potential-clusters output)."
            ),
        )
    )
    out.append(
        (
            QgsProcessingParameterMultipleLayers(
                BACKGROUND_LAYERS,
                Maps.tr("Background layers"),
                QgsProcessing.TypeMapLayer,
                optional=True,
            ),
            Maps.tr(
                "Layers drawn with the map: polygon and raster layers under INPUT (e.g. neighbouring "
                "regions), point and line layers over it. Point and line layers styled by this "
                "plugin (the cluster centres and links of Cluster-structure map layers) are listed in "
                "the legend under their own titles; the others are not."
            ),
        )
    )
    out.append(
        (
            QgsProcessingParameterEnum(
                PAGE, Maps.tr("Page"), options=[Maps.tr(p) for p in PAGE_LABELS], defaultValue=1
            ),
            Maps.tr("The page size and orientation (default A4 landscape)."),
        )
    )
    return out


def file_options():
    """(parameter, help) of the map CRS, resolution, map file and layout, in the dialog's order
    (after the page options)."""
    out = []
    out.append(
        (
            QgsProcessingParameterCrs(
                MAP_CRS, Maps.tr("Map CRS (empty: UTM or equal-area fitting the layer)"), optional=True
            ),
            Maps.tr(
                "Empty: the layer's CRS when it is projected; for a layer in degrees the UTM zone "
                "of the extent's centre when the extent spans 8° of longitude or less, else a "
                "Lambert azimuthal equal-area CRS centred on the extent."
            ),
        )
    )
    out.append(
        (
            QgsProcessingParameterNumber(
                DPI,
                Maps.tr("Resolution (DPI)"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=300,
                minValue=36,
                maxValue=1200,
            ),
            Maps.tr("The PNG's size, and the resolution of rasterised parts of a PDF or SVG."),
        )
    )
    out.append(
        (
            QgsProcessingParameterFileDestination(
                OUTPUT,
                Maps.tr("Map file"),
                Maps.tr("PDF files (*.pdf);;PNG images (*.png);;SVG drawings (*.svg)"),
                defaultValue=None,
            ),
            Maps.tr("A .pdf, .png or .svg file, chosen by the extension (anything else is refused)."),
        )
    )
    out.append(
        (
            QgsProcessingParameterBoolean(
                ADD_TO_PROJECT, Maps.tr("Also add the layout to the project"), defaultValue=False
            ),
            Maps.tr(
                "Also keep the layout in the current project, named after the title (Title (2) … "
                "if taken), so it can be finished in the layout designer; its layers go in a "
                "group 'title (map layers)', unchecked, so the layout survives saving the "
                "project. Its name is the output LAYOUT_NAME."
            ),
        )
    )
    return out
