"""Renderers and styles, labels, print layouts for the algorithms' outputs.

* :mod:`.styles` — renderers (categorized, graduated, diverging), class breaks and legend
  precision; :mod:`.colors` — colour ramps and palettes; :mod:`.style_store` — legend titles,
  labels and credits carried by a renderer and the style stored with each output;
  :mod:`.output_style` — a run's output styled (``TerritorialAlgorithm.attach_style``).
* :mod:`.lq_style` — the localization coefficient's style (number of specializations or
  one industry's LQ, the quotients that are not significant hatched); :mod:`.lq_charts` — the
  LQ dynamics bubble charts (matplotlib).
* :mod:`.potential_style` — the potential clusters' map (classes, key legend, labels) and
  the centre stars.
* :mod:`.layouts` — print layouts for report maps (used by ``exportmap``): the page assembled;
  :mod:`.arrange` — where map, legend, panels and furniture go (column or band, margins).
* :mod:`.report` — the glue of an ``exportmap`` run: the layers drawn, the source line from
  the layer's credits, the layout kept in the project, the log; :mod:`.page_options` — its
  page options (language, label size, chart, membership table); :mod:`.export_options` — its
  map and file parameters (title … page; map CRS, DPI, map file, layout in the project).
* :mod:`.language` — the map's language (LANGUAGE), independent of the interface's.
* :mod:`.label_fit` — labels shrunk to their districts at the map's scale.
* :mod:`.panels` — the chart and the class membership table beside the map;
  :mod:`.charts` — the charts (matplotlib SVG).
* :mod:`.cluster_structure` — the papers' cluster-structure map: clusters, centres, links;
  :mod:`.cluster_style` — its arrows and stars.
* :mod:`.page` — the page's basics: paper sizes, colours, item ids, fonts, text items and
  their measuring, placing items in mm.
* :mod:`.crs` — the CRS a report map is drawn in, its note, the layer's extent in it.
* :mod:`.furniture` — title, subtitle, source and date line; :mod:`.legend` — the legend;
  :mod:`.scale_north` — scale bar, north arrow.
* :mod:`.labels` — labels with a white halo and the labelled copy of a layer a map draws.
* :mod:`.export` — writing a print layout to PDF, PNG or SVG.
* :mod:`.ward_style` — the Ward clusters' style and the dendrogram drawn in its colours.
"""

from qgis.PyQt.QtCore import QCoreApplication


class Maps:
    """The translation context "Maps" of the strings written in maps/ (what pylupdate5 records
    for ``Maps.tr("…")``; a bare ``tr("…")`` in a module would land in "@default")."""

    @staticmethod
    def tr(text: str, disambiguation=None, n: int = -1) -> str:
        """``text`` translated in context "Maps"; ``n`` ≥ 0 selects a plural form and fills ``%n``."""
        return QCoreApplication.translate("Maps", text, disambiguation, int(n))
