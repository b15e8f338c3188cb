"""The glue of a report-map run (``exportmap``) between its parameters and the page: the
layers drawn (copies, styled as stored), the source line from the layer's credits, and the
layout kept in the project without adding a layer twice."""

from typing import Dict, List, Optional

from qgis.core import QgsMapLayerStyle, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..layers.provenance import layer_credits
from . import Maps
from .labels import report_clone
from .panels import CHART_GRADES, CHART_NONE, CHART_PROFILE, GRADE_FIELD, PanelSpec

#: the source line when nothing credits the data (Maps.tr: in the map's language)
DEFAULT_SOURCE = QT_TRANSLATE_NOOP("Maps", "Source: …")


def _loaded_here(layer, project, context) -> bool:
    """Processing opened ``layer`` from a file itself: its stored default style is not loaded yet."""
    in_project = project.mapLayer(layer.id()) is not None
    loaded = context.temporaryLayerStore().mapLayer(layer.id()) is not None
    return not in_project and loaded and layer.providerType() not in ("memory", "virtual")


def input_clone(layer: QgsVectorLayer, label_field: str, label_size: float, project, context, feedback):
    """The copy of INPUT the page draws: its stored style loaded when Processing opened the
    file, labelled with ``label_field`` when given."""
    load_style = _loaded_here(layer, project, context)
    clone = report_clone(layer, label_field, load_default_style=load_style, label_size=label_size)
    if load_style:
        kind = clone.renderer().type() if clone.renderer() else "none"
        feedback.pushInfo(
            Maps.tr("Style: the default style stored with '{layer_source}', if any (renderer: {kind}).").format(
                layer_source=layer.source(), kind=kind
            )
        )
    return clone


def source_credits(layer, clone) -> List[str]:
    """The credits of the mapped layer (its copy carries the style stored with a result)."""
    return layer_credits(clone) or layer_credits(layer)


def source_line(credits: List[str]) -> str:
    """The page's source line for ``credits`` in the current (the map's) language."""
    if not credits:
        return Maps.tr(DEFAULT_SOURCE)
    text = "; ".join(credits)
    prefix = Maps.tr("Source: {credits}").split("{credits}")[0].strip()
    if text.lower().startswith(("source", prefix.lower().rstrip(":"))):
        return text
    return Maps.tr("Source: {credits}").format(credits=text)


def background_clones(backgrounds, layer, project, context, feedback) -> List:
    """Copies of the background layers (INPUT itself skipped), styled as stored."""
    out = []
    for bg in backgrounds:
        if bg is None or not bg.isValid():
            continue
        if bg.id() == layer.id():
            feedback.pushWarning(
                Maps.tr("'{bg_name}' is both INPUT and a background layer: drawn once, as INPUT.").format(
                    bg_name=bg.name()
                )
            )
            continue
        c = bg.clone()
        if c is None:
            raise QgsProcessingException(
                Maps.tr("Could not copy background layer '{bg_name}'.").format(bg_name=bg.name())
            )
        if isinstance(c, QgsVectorLayer) and _loaded_here(bg, project, context):
            c.loadDefaultStyle()
        out.append((bg, c))
    return out


def add_to_project(project, report, origins: Dict[str, object], feedback) -> str:
    """Keep the layout in ``project``. A drawn copy of a layer already in the project is
    replaced by that layer, drawn with the copy's style (a style override of the map item),
    so the project gets no second layer; copies of layers opened from files go in a group
    '… (map layers)', unchecked, so the layout survives saving the project."""
    manager = project.layoutManager()
    base = report.layout.name() or Maps.tr("Report map")
    name, k = base, 2
    while manager.layoutByName(name) is not None:
        name = f"{base} ({k})"
        k += 1
    report.layout.setName(name)
    swaps = {}
    for lyr in report.layers:
        origin = origins.get(lyr.id())
        if origin is not None and project.mapLayer(origin.id()) is not None:
            swaps[lyr.id()] = origin
    if swaps:
        report.use_project_layers(swaps)
    extra = [lyr for lyr in report.layers if project.mapLayer(lyr.id()) is None]
    group_name = ""
    if extra:
        root = project.layerTreeRoot()
        group = root.insertGroup(0, Maps.tr("{} (map layers)").format(name))
        for lyr in extra:
            project.addMapLayer(lyr, False)
            group.addLayer(lyr)
        group.setItemVisibilityChecked(False)
        group.setExpanded(False)
        group_name = group.name()
    if not manager.addLayout(report.layout):
        raise QgsProcessingException(Maps.tr("Could not add layout '{name}' to the project.").format(name=name))
    if group_name:
        feedback.pushInfo(
            Maps.tr(
                "Layout '{name}' added to the project (Project ▸ Layouts); its layers are in the group '{group_name}'."
            ).format(name=name, group_name=group_name)
        )
    else:
        feedback.pushInfo(
            Maps.tr("Layout '{name}' added to the project (Project ▸ Layouts), drawing the project's layers.").format(
                name=name
            )
        )
    return name


def panel_spec(layer, chart: int, profile_table, membership: bool, label_field: str) -> Optional[PanelSpec]:
    """What goes beside the map (CHART, PROFILE_TABLE, MEMBERSHIP_TABLE), checked before any
    drawing; None for nothing."""
    if chart == CHART_GRADES and layer.fields().lookupField(GRADE_FIELD) < 0:
        raise QgsProcessingException(
            Maps.tr(
                "Chart beside the map [CHART]: the bar chart of complex grades needs the field '{field}' in "
                "INPUT (the output of Rank-score typology); this layer has none."
            ).format(field=GRADE_FIELD)
        )
    if chart == CHART_PROFILE:
        fields = profile_table.fields() if profile_table is not None else None
        if (
            fields is None
            or fields.lookupField("cluster") < 0
            or not any(f.name().startswith("zmean_") for f in fields)
        ):
            raise QgsProcessingException(
                Maps.tr(
                    "Chart beside the map [CHART]: the profile chart needs the Cluster profiles table "
                    "[PROFILE_TABLE] of Ward clustering (fields cluster and zmean_…)."
                )
            )
    if chart == CHART_NONE and not membership:
        return None
    return PanelSpec(chart=chart, profile_table=profile_table, membership=membership, name_field=label_field)


def style_xml(layer) -> str:
    """``layer``'s whole style (symbols, labels) as a map item's style override."""
    style = QgsMapLayerStyle()
    style.readFromLayer(layer)
    return style.xmlData()


def log_before(alg, result, source_note: str, credits: List[str], feedback):
    """The log lines of a page built: its source line and its CRS (``alg`` names its
    parameters as the dialog does)."""
    if not source_note:
        if credits:
            feedback.pushInfo(Maps.tr("Source line from the layer's credits: {line}").format(line=result.source_line))
        else:
            feedback.pushInfo(
                Maps.tr(
                    "No {source_note} given and the layer carries no credits: the source line reads "
                    "'{default_source}' for you to fill in (or run again with a source line)."
                ).format(source_note=alg.label("SOURCE_NOTE"), default_source=result.source_line)
            )
    feedback.pushInfo(Maps.tr("Map CRS: {crs_note}.").format(crs_note=result.crs_note))
    if result.crs.isGeographic():
        feedback.pushWarning(
            Maps.tr(
                "The map CRS is geographic (degrees): the scale bar is only true along one "
                "latitude. Choose a projected {map_crs} for a report."
            ).format(map_crs=alg.label("MAP_CRS"))
        )


def log_after(result, feedback):
    """The log lines of a page drawn: the legend's classes (filtered by the map), what found
    no room, the labels shrunk."""
    labels = result.legend_labels()
    feedback.pushInfo(
        Maps.tr("Legend '{legend_title}': {value}.").format(
            legend_title=result.legend_title, value=", ".join(labels) or Maps.tr("(no classes)")
        )
    )
    if not labels:
        feedback.pushWarning(
            Maps.tr("The legend is empty: the layer's renderer has no classes with features on the map.")
        )
    if result.dropped:
        feedback.pushWarning(
            Maps.tr("No room on the page for: {items}. Choose a larger page or landscape.").format(
                items=", ".join(result.dropped)
            )
        )
    if result.labels_shrunk:
        feedback.pushInfo(Maps.tr("%n label(s) shrunk to fit their districts.", "", result.labels_shrunk))
