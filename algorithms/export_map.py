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
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..maps import Maps, layouts
from ..maps.export import FORMATS, export_layout
from ..maps.labels import report_clone
from ..maps.page import PAGE_LABELS, page_scale
from .base import TerritorialAlgorithm

DEFAULT_SOURCE = QT_TRANSLATE_NOOP("ExportMapAlgorithm", "Source: …")


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
        "UTM zone of the extent's centre (extent up to 8° of longitude wide) or a Lambert "
        "azimuthal equal-area projection centred on the extent, so the scale bar is true.\n"
        "<b>Legend title</b>: empty = the title stored with the style by the algorithm that made "
        "the layer, else the layer name.\n"
        "<b>Labels</b>: a field to label the districts with (white halo); empty = the layer's own "
        "labels, if any.\n"
        "<b>Background layers</b>: drawn with the map but not in the legend; polygon and raster "
        "layers under the layer, point and line layers (e.g. cluster centres) over it.\n"
        "<b>Source note</b>: the source line (empty = the layer's metadata rights or attribution, "
        "else 'Source: …' for you to fill in).\n"
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
                self.tr("Background layers (not in the legend)"),
                QgsProcessing.TypeMapLayer,
                optional=True,
            ),
            self.tr(
                "Layers drawn with the map but not in the legend: polygon and raster layers under "
                "INPUT (e.g. neighbouring regions), point and line layers over it (e.g. cluster "
                "centres)."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.PAGE, self.tr("Page"), options=[Maps.tr(p) for p in PAGE_LABELS], defaultValue=1
            ),
            self.tr("The page size and orientation (default A4 landscape)."),
        )
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

        if not source_note:
            source_note = self._credits(layer, feedback)

        # a layer Processing opened from a file lacks the style stored with it: load it
        in_project = project.mapLayer(layer.id()) is not None
        loaded_here = context.temporaryLayerStore().mapLayer(layer.id()) is not None
        load_style = not in_project and loaded_here and layer.providerType() not in ("memory", "virtual")
        scale = page_scale(page)
        clone = report_clone(layer, label_field, load_default_style=load_style, label_size=8.0 * scale)
        if load_style:
            kind = clone.renderer().type() if clone.renderer() else "none"
            feedback.pushInfo(
                self.tr("Style: the default style stored with '{layer_source}', if any (renderer: {kind}).").format(
                    layer_source=layer.source(), kind=kind
                )
            )
        bg_clones = self._background_clones(backgrounds, layer, project, context, feedback)

        spec = layouts.MapSpec(
            title=title,
            subtitle=subtitle,
            source_note=source_note,
            legend_title=legend_title,
            page=page,
            map_crs=map_crs if map_crs.isValid() else None,
            date_text=datetime.date.today().isoformat(),
        )
        report = layouts.build_layout(project, clone, bg_clones, spec, context.transformContext())
        feedback.pushInfo(self.tr("Map CRS: {crs_note}.").format(crs_note=report.crs_note))
        if report.crs.isGeographic():
            feedback.pushWarning(
                self.tr(
                    "The map CRS is geographic (degrees): the scale bar is only true along one "
                    "latitude. Choose a projected MAP_CRS for a report."
                )
            )
        self._progress(feedback, 40)
        # written privately, put in place when the run ends (a cancelled run leaves no file)
        export_layout(report.layout, self.output_file(parameters, self.OUTPUT, context), dpi)
        if feedback.isCanceled():  # the export itself cannot be interrupted
            raise QgsProcessingException(self.tr("Cancelled."))
        feedback.pushInfo(
            self.tr("Map written to {output} ({page_labels}, {dpi} dpi).").format(
                output=output, page_labels=Maps.tr(PAGE_LABELS[page]), dpi=dpi
            )
        )
        labels = report.legend_labels()  # after drawing: filtered to the classes on the map
        feedback.pushInfo(
            self.tr("Legend '{legend_title}': {value}.").format(
                legend_title=report.legend_title, value=", ".join(labels) or self.tr("(no classes)")
            )
        )
        if not labels:
            feedback.pushWarning(
                self.tr("The legend is empty: the layer's renderer has no classes with features on the map.")
            )

        name = ""
        if add:
            name = self._add_to_project(project, report, layer, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: output, self.LAYOUT_NAME: name}

    def _credits(self, layer, feedback):
        """The source line when SOURCE_NOTE is empty: the layer's rights or attribution."""
        credits = [r.strip() for r in layer.metadata().rights() if r.strip()]
        if not credits and layer.attribution().strip():
            credits = [layer.attribution().strip()]
        default_source = self.tr(DEFAULT_SOURCE)
        source_note = "; ".join(credits) if credits else default_source
        if not credits:
            feedback.pushInfo(
                self.tr(
                    "No SOURCE_NOTE given and the layer carries no credits: the source line reads "
                    "'{default_source}' for you to fill in (or run again with SOURCE_NOTE)."
                ).format(default_source=default_source)
            )
        return source_note

    def _background_clones(self, backgrounds, layer, project, context, feedback):
        """Copies of the background layers (INPUT itself skipped), styled as stored."""
        bg_clones = []
        for bg in backgrounds:
            if bg is None or not bg.isValid():
                continue
            if bg.id() == layer.id():
                feedback.pushWarning(
                    self.tr("'{bg_name}' is both INPUT and a background layer: drawn once, as INPUT.").format(
                        bg_name=bg.name()
                    )
                )
                continue
            bg_in_project = project.mapLayer(bg.id()) is not None
            bg_loaded = context.temporaryLayerStore().mapLayer(bg.id()) is not None
            c = bg.clone()
            if c is None:
                raise QgsProcessingException(
                    self.tr("Could not copy background layer '{bg_name}'.").format(bg_name=bg.name())
                )
            if (
                not bg_in_project
                and bg_loaded
                and isinstance(c, QgsVectorLayer)
                and c.providerType() not in ("memory", "virtual")
            ):
                c.loadDefaultStyle()
            bg_clones.append(c)
        return bg_clones

    def _progress(self, feedback, value):
        feedback.setProgress(value)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))

    def _add_to_project(self, project, report, layer, feedback):
        """Keep the layout in ``project``: its layers (the clones) go in a group, unchecked, so
        the layout survives saving the project and the canvas is not cluttered."""
        manager = project.layoutManager()
        base = report.layout.name() or self.tr("Report map")
        name, k = base, 2
        while manager.layoutByName(name) is not None:
            name = f"{base} ({k})"
            k += 1
        report.layout.setName(name)
        root = project.layerTreeRoot()
        group = root.insertGroup(0, self.tr("{} (map layers)").format(name))
        for lyr in report.layers:
            if project.mapLayer(lyr.id()) is None:
                project.addMapLayer(lyr, False)
                group.addLayer(lyr)
        group.setItemVisibilityChecked(False)
        group.setExpanded(False)
        if not manager.addLayout(report.layout):
            raise QgsProcessingException(self.tr("Could not add layout '{name}' to the project.").format(name=name))
        feedback.pushInfo(
            self.tr(
                "Layout '{name}' added to the project (Project ▸ Layouts); its layers are in the group '{group_name}'."
            ).format(name=name, group_name=group.name())
        )
        return name
