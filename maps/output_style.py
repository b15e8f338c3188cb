"""A run's output styled: the renderer (with the inputs' credits) set on the layer loaded on
completion and stored with the file output (GeoPackage layer_styles or a .qml beside it)."""

from .style_store import StylePostProcessor, persist_style, set_credits


def attach_style(alg, dest_id: str, renderer, context, feedback) -> None:
    """Style output ``dest_id`` of ``alg``'s run: a post-processor for the layer loaded on
    completion (``layers.outputs`` or QGIS's sink) and the default style stored with the file."""
    if renderer is None or not dest_id:
        return
    set_credits(renderer, getattr(alg, "_run_credits", []))
    if not alg._outputs.post_process_on_load(dest_id, lambda: StylePostProcessor.create(renderer)):
        if context.willLoadLayerOnCompletion(dest_id):  # written by QGIS's sink directly
            details = context.layerToLoadOnCompletionDetails(dest_id)
            details.setPostProcessor(StylePostProcessor.create(renderer))
    persist_style(dest_id, renderer, context, feedback)
