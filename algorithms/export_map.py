"""Export report map: a styled layer on a print page (PDF, PNG or SVG), issue 6."""

import datetime
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..maps import Maps, export_options, layouts, report
from ..maps.export import FORMATS, export_layout
from ..maps.language import language_code
from ..maps.page import PAGE_LABELS, page_scale
from ..maps.export_options import file_options, map_options
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
    TITLE = export_options.TITLE
    SUBTITLE = export_options.SUBTITLE
    SOURCE_NOTE = export_options.SOURCE_NOTE
    LEGEND_TITLE = export_options.LEGEND_TITLE
    LABEL_FIELD = export_options.LABEL_FIELD
    BACKGROUND_LAYERS = export_options.BACKGROUND_LAYERS
    PAGE = export_options.PAGE
    MAP_CRS = export_options.MAP_CRS
    DPI = export_options.DPI
    OUTPUT = export_options.OUTPUT
    ADD_TO_PROJECT = export_options.ADD_TO_PROJECT
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
        for param, help_text in map_options(self.INPUT):  # TITLE … PAGE
            self.add(param, help_text)
        for param, help_text in page_options():  # LANGUAGE, LABEL_SIZE, CHART, PROFILE_TABLE, MEMBERSHIP_TABLE
            self.add(param, help_text)
        for param, help_text in file_options():  # MAP_CRS, DPI, OUTPUT, ADD_TO_PROJECT
            self.add(param, help_text)
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
