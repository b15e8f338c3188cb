"""Export report map: a styled layer on a print page (PDF, PNG or SVG), issue 6."""

import datetime
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..maps import Maps, layouts, report
from ..maps.export import FORMATS, export_layout
from ..maps.language import language_code
from ..maps.page import PAGE_LABELS, page_scale
from ..maps.page_options import page_options
from .base import TerritorialAlgorithm


class ExportMapAlgorithm(TerritorialAlgorithm):
    ALG_ID = "exportmap"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExportMapAlgorithm", "Export report map")
    GROUP = QT_TRANSLATE_NOOP("ExportMapAlgorithm", "8 Report maps")
    GROUP_ID = "maps"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "ExportMapAlgorithm",
        "Puts a styled layer on a print page for a report, like the figures of the papers: "
        "title, subtitle, the map fitted to the layer, a legend with only the layer's classes, a "
        "scale bar in km, a north arrow, a source line and the date. The layer is drawn with its "
        "own style (a GeoPackage written by this plugin opens styled); the layer itself is never "
        "changed.\n\n"
        "<b>Map CRS</b>: empty = the layer's CRS when it is projected; for a layer in degrees the "
        "UTM zone of the extent's centre (extent up to 8 degrees of longitude wide) or a Lambert "
        "azimuthal equal-area projection centred on the extent, so the scale bar is true.\n"
        "<b>Legend title</b>: empty = the title stored with the style by the algorithm that made "
        "the layer, else the layer name.\n"
        "<b>Labels</b>: a field to label the districts with (white halo); empty = the layer's own "
        "labels, if any.\n"
        "<b>Background layers</b>: drawn with the map; polygon and raster layers under the layer, "
        "point and line layers (e.g. cluster centres and links) over it; only point and line "
        "layers styled by this plugin (cluster centres, cluster links) are in the legend.\n"
        "<b>Source note</b>: the source line (empty = 'Source: ' and the layer's credits: its "
        "metadata rights or attribution, the credits of the inputs it was made from, or its "
        "description's; else a placeholder for you to fill in).\n"
        "<b>Output</b>: .pdf, .png or .svg by the file extension, at the given DPI. Text stays "
        "text in PDF and SVG.\n"
        "<b>Add to project</b>: the layout is also kept in the project, named after the title, "
        "with its layers in a group, so you can finish it in the layout designer."
    )
    # fmt: on

    INPUT = "INPUT"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    SOURCE_NOTE = "SOURCE_NOTE"
    LEGEND_TITLE = "LEGEND_TITLE"
    LABEL_FIELD = "LABEL_FIELD"
    BACKGROUND_LAYERS = "BACKGROUND_LAYERS"
    PAGE = "PAGE"
    MAP_CRS = "MAP_CRS"
    DPI = "DPI"
    OUTPUT = "OUTPUT"
    ADD_TO_PROJECT = "ADD_TO_PROJECT"
    LAYOUT_NAME = "LAYOUT_NAME"
    LANGUAGE = "LANGUAGE"
    LABEL_SIZE = "LABEL_SIZE"
    CHART = "CHART"
    PROFILE_TABLE = "PROFILE_TABLE"
    MEMBERSHIP_TABLE = "MEMBERSHIP_TABLE"

    def flags(self):
        # layouts are not thread-safe: run on the main thread; still usable in models
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterVectorLayer(
                self.INPUT, self.tr("Styled layer to map"), [QgsProcessing.TypeVectorAnyGeometry]
            ),
            self.tr(
                "The layer to map, drawn with its own style. A GeoPackage written by this plugin "
                "opens styled (the style is stored as its default); when Processing opens a file "
                "itself, its stored default style is loaded. The layer is never modified: a copy "
                "is drawn."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.TITLE, self.tr("Title (empty: the layer name)"), optional=True),
            self.tr("The map title (empty: the layer name); long titles wrap."),
        )
        self.add(
            QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle"), optional=True),
            self.tr("An optional second line under the title."),
        )
        self.add(
            QgsProcessingParameterString(
                self.SOURCE_NOTE, self.tr("Source line (data credits)"), multiLine=True, optional=True
            ),
            self.tr(
                "The source line, e.g. Boundaries: geoBoundaries (Runfola et al. 2020) … Empty: "
                "the layer's metadata rights or attribution if any, else 'Source: …' for you to "
                "fill in (a log line says so)."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.LEGEND_TITLE, self.tr("Legend title (empty: from the style, else the layer name)"), optional=True
            ),
            self.tr(
                "Empty: the title the producing algorithm stored with the style (custom property "
                "territorialclusters/legend_title), else the layer name."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.LABEL_FIELD,
                self.tr("Label field (empty: the layer's own labels)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            self.tr(
                "A field to label the features with (white halo, every label drawn). Empty: the "
                "layer's own labels, if any (e.g. the potential-clusters output)."
            ),
        )
        self.add(
            QgsProcessingParameterMultipleLayers(
                self.BACKGROUND_LAYERS,
                self.tr("Background layers"),
                QgsProcessing.TypeMapLayer,
                optional=True,
            ),
            self.tr(
                "Layers drawn with the map: polygon and raster layers under INPUT (e.g. neighbouring "
                "regions), point and line layers over it. Point and line layers styled by this "
                "plugin (the cluster centres and links of Cluster-structure map layers) are listed in "
                "the legend under their own titles; the others are not."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.PAGE, self.tr("Page"), options=[Maps.tr(p) for p in PAGE_LABELS], defaultValue=1
            ),
            self.tr("The page size and orientation (default A4 landscape)."),
        )
        for param, help_text in page_options():  # LANGUAGE, LABEL_SIZE, CHART, PROFILE_TABLE, MEMBERSHIP_TABLE
            self.add(param, help_text)
        self.add(
            QgsProcessingParameterCrs(
                self.MAP_CRS, self.tr("Map CRS (empty: UTM or equal-area fitting the layer)"), optional=True
            ),
            self.tr(
                "Empty: the layer's CRS when it is projected; for a layer in degrees the UTM zone "
                "of the extent's centre when the extent spans 8° of longitude or less, else a "
                "Lambert azimuthal equal-area CRS centred on the extent."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.DPI,
                self.tr("Resolution (DPI)"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=300,
                minValue=36,
                maxValue=1200,
            ),
            self.tr("The PNG's size, and the resolution of rasterised parts of a PDF or SVG."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                self.tr("Map file"),
                self.tr("PDF files (*.pdf);;PNG images (*.png);;SVG drawings (*.svg)"),
                defaultValue=None,
            ),
            self.tr("A .pdf, .png or .svg file, chosen by the extension (anything else is refused)."),
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.ADD_TO_PROJECT, self.tr("Also add the layout to the project"), defaultValue=False
            ),
            self.tr(
                "Also keep the layout in the current project, named after the title (Title (2) … "
                "if taken), so it can be finished in the layout designer; its layers go in a "
                "group 'title (map layers)', unchecked, so the layout survives saving the "
                "project. Its name is the output LAYOUT_NAME."
            ),
        )
        self.addOutput(QgsProcessingOutputString(self.LAYOUT_NAME, self.tr("Layout name in the project")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if not layer.isSpatial():
            raise QgsProcessingException(
                self.tr("Layer '{layer_name}' has no geometry: only layers with geometry can be mapped.").format(
                    layer_name=layer.name()
                )
            )
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output:
            raise QgsProcessingException(self.tr("No OUTPUT file given: choose a .pdf, .png or .svg."))
        ext = os.path.splitext(output)[1].lower()
        if ext not in FORMATS:
            raise QgsProcessingException(
                self.tr("OUTPUT '{output}' must end in .pdf, .png or .svg: the format follows the extension.").format(
                    output=output
                )
            )
        title = (self.parameterAsString(parameters, self.TITLE, context) or "").strip() or layer.name()
        subtitle = (self.parameterAsString(parameters, self.SUBTITLE, context) or "").strip()
        source_note = (self.parameterAsString(parameters, self.SOURCE_NOTE, context) or "").strip()
        legend_title = (self.parameterAsString(parameters, self.LEGEND_TITLE, context) or "").strip()
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or ""
        if label_field and layer.fields().lookupField(label_field) < 0:
            raise QgsProcessingException(
                self.tr("LABEL_FIELD: the layer has no field '{label_field}'.").format(label_field=label_field)
            )
        page = self.parameterAsEnum(parameters, self.PAGE, context)
        map_crs = self.parameterAsCrs(parameters, self.MAP_CRS, context)
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        add = self.parameterAsBool(parameters, self.ADD_TO_PROJECT, context)
        backgrounds = self.parameterAsLayerList(parameters, self.BACKGROUND_LAYERS, context) or []
        project = context.project() or QgsProject.instance()
        self._progress(feedback, 5)
        scale = page_scale(page)
        label_size = self.parameterAsDouble(parameters, self.LABEL_SIZE, context) or 8.0
        clone = report.input_clone(layer, label_field, label_size * scale, project, context, feedback)
        bg_pairs = report.background_clones(backgrounds, layer, project, context, feedback)
        credits = [] if source_note else report.source_credits(layer, clone)
        spec = layouts.MapSpec(
            title=title,
            subtitle=subtitle,
            source_note=source_note,
            legend_title=legend_title,
            page=page,
            map_crs=map_crs if map_crs.isValid() else None,
            date_text=datetime.date.today().isoformat(),
            credits=credits,
            language=language_code(self.parameterAsEnum(parameters, self.LANGUAGE, context)),
            label_size=label_size,
            panels=report.panel_spec(
                layer,
                self.parameterAsEnum(parameters, self.CHART, context),
                self.parameterAsVectorLayer(parameters, self.PROFILE_TABLE, context),
                self.parameterAsBool(parameters, self.MEMBERSHIP_TABLE, context),
                label_field,
            ),
        )
        result = layouts.build_layout(project, clone, [c for _, c in bg_pairs], spec, context.transformContext())
        report.log_before(self, result, source_note, credits, feedback)
        self._progress(feedback, 40)
        # written privately, put in place when the run ends (a cancelled run leaves no file)
        export_layout(result.layout, self.output_file(parameters, self.OUTPUT, context), dpi)
        if feedback.isCanceled():  # the export itself cannot be interrupted
            raise QgsProcessingException(self.tr("Cancelled."))
        feedback.pushInfo(
            self.tr("Map written to {output} ({page_labels}, {dpi} dpi).").format(
                output=output, page_labels=Maps.tr(PAGE_LABELS[page]), dpi=dpi
            )
        )
        report.log_after(result, feedback)  # the legend's classes: after drawing
        name = ""
        if add:
            origins = {clone.id(): layer, **{c.id(): bg for bg, c in bg_pairs}}
            name = report.add_to_project(project, result, origins, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: output, self.LAYOUT_NAME: name}

    def _progress(self, feedback, value):
        feedback.setProgress(value)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
