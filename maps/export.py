"""Writing a print layout to a PDF, PNG or SVG file (text stays text in PDF and SVG)."""

import os

from qgis.core import QgsLayoutExporter, QgsPrintLayout, QgsProcessingException, QgsRenderContext
from qgis.PyQt.QtCore import QSize

from . import Maps

FORMATS = (".pdf", ".png", ".svg")


def export_layout(layout: QgsPrintLayout, path: str, dpi: float):
    """Write the page to ``path`` (.pdf, .png or .svg); text stays text in PDF and SVG."""
    ext = os.path.splitext(path)[1].lower()
    if ext not in FORMATS:
        raise QgsProcessingException(
            Maps.tr("OUTPUT '{path}' must end in .pdf, .png or .svg (the format follows the extension).").format(
                path=path
            )
        )
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise QgsProcessingException(
            Maps.tr(
                "Cannot write {path}: the folder {folder} does not exist. Create it or choose another OUTPUT."
            ).format(path=path, folder=folder)
        )
    exporter = QgsLayoutExporter(layout)
    if ext == ".pdf":
        result = _export_pdf(exporter, path, dpi)
    elif ext == ".png":
        result = _export_png(exporter, path, dpi)
    else:
        result = _export_svg(exporter, path, dpi)
    if result != QgsLayoutExporter.Success:
        reasons = {
            QgsLayoutExporter.FileError: Maps.tr(
                "cannot write {path} (is the folder writable, or is the file open in another program?)"
            ).format(path=path),
            QgsLayoutExporter.MemoryError: Maps.tr("out of memory: try a lower DPI or a smaller page"),
            QgsLayoutExporter.PrintError: Maps.tr("could not create the print device"),
            QgsLayoutExporter.SvgLayerError: Maps.tr("could not write the SVG layers"),
        }
        detail = exporter.errorMessage() or reasons.get(result, Maps.tr("error code {result}").format(result=result))
        raise QgsProcessingException(Maps.tr("The map could not be exported: {detail}.").format(detail=detail))


def _export_pdf(exporter: QgsLayoutExporter, path: str, dpi: float):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.forceVectorOutput = True
    settings.rasterizeWholeImage = False
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    return exporter.exportToPdf(path, settings)


def _export_png(exporter: QgsLayoutExporter, path: str, dpi: float):
    # rendered and saved here rather than by exportToImage, which also tries to write
    # georeferencing into the PNG through GDAL (and prints an error doing so)
    image = exporter.renderPageToImage(0, QSize(), dpi)
    if image.isNull():
        return QgsLayoutExporter.MemoryError
    dpm = int(round(dpi / 0.0254))
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    return QgsLayoutExporter.Success if image.save(path, "PNG") else QgsLayoutExporter.FileError


def _export_svg(exporter: QgsLayoutExporter, path: str, dpi: float):
    settings = QgsLayoutExporter.SvgExportSettings()
    settings.dpi = dpi
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.forceVectorOutput = True
    settings.exportMetadata = True
    return exporter.exportToSvg(path, settings)
