"""Reading and writing QGIS layers for the algorithms.

* :mod:`.destination` — what an output parameter names (a new file, a layer in an existing
  GeoPackage, or something QGIS writes directly such as a memory layer), decided before
  anything is created.
* :mod:`.outputs` — outputs written by GDAL (through QGIS's writer) under temporary names
  and put in place only when the run has succeeded: a failed, cancelled or killed run
  leaves the destination as it was.
* :mod:`.placing` — putting private outputs in place: read back, renamed or copied in by GDAL.
* :mod:`.gpkg_styles` — a layer's default style stored in a GeoPackage's ``layer_styles``
  table through GDAL.
* :mod:`.algorithm_io` — ``LayerIO``, TerritorialAlgorithm's reading and writing helpers;
  :mod:`.parameters` — its parameter checks (polygons expected, the feature id refused),
  optional numbers, tables by path, the run's failure messages.
* :mod:`.read` — a source read once (``LayerData``), a table's columns (``read_columns``);
  :mod:`.arrow_read` — tables as GDAL columns.
* :mod:`.join_table` — joinstatistics' table read (format, aliases, cleaned columns);
  :mod:`.join_report` — its outputs (joined districts, match report, unused rows, summary).
* :mod:`.growth_inputs` — growthtypology's value fields and YEARS; :mod:`.growth_log` — its log.
* :mod:`.rank_inputs` — ranktypology's indicators and reference row; :mod:`.rank_outputs` —
  its grade columns and log.
* :mod:`.tables` — the single reference row of a table (the region's or the nation's values).
* :mod:`.long_table` — a long statistics table (a row per district, industry, year) as key
  columns; one period's rows.
* :mod:`.lq_inputs` — the localization coefficient's inputs (wide / long form, one or two
  periods, reference totals); :mod:`.lq_outputs` — its log, district columns, long table;
  :mod:`.lq_parameters` — those data parameters declared once and read (localizationcoefficient,
  specializationindices, shiftshare); :mod:`.lq_options` — the localization coefficient's
  options (threshold, style, reliability test, charts); :mod:`.lq_assess` — its reliable
  quotients, dynamics quadrants and bubble-chart files; :mod:`.lq_table` — the LQ table read by
  potentialclusters, its parameters (LQ_TABLE …, REQUIRE_SIGNIFICANT).
  periods, reference totals), read by :mod:`.lq_wide_inputs` and :mod:`.lq_long_inputs`;
  :mod:`.lq_outputs` — its log, district columns, long table;
  :mod:`.lq_parameters` — those data parameters declared once and read (specializationindices,
  shiftshare).
* :mod:`.write` — output features built by field name, written in chunks; :mod:`.values` —
  QGIS values ↔ numpy/pandas.
* :mod:`.measure` — ellipsoidal areas and distances (km², km) on the context's ellipsoid;
  :mod:`.capital_points` — regionalaccessibility's two capitals and the centres joined by key.
* :mod:`.labels` — a name per feature for log lines, NULL-result notes, the empty-input check.
* :mod:`.ward_outputs` — the Ward clustering's output parameters, the dendrogram's default
  path (beside the output), the schedule and profile tables; :mod:`.ward_log` — its log
  lines; :mod:`.ward_contiguity` — its spatial constraint (SPATIAL_CONSTRAINT, TOLERANCE,
  the contiguity pairs of the regions clustered); :mod:`.ward_cut` — where its tree is cut
  (N_CLUSTERS or HEIGHT).
* :mod:`.provenance` — the inputs' credits, carried into every styled output (exportmap's
  source line).
* :mod:`.cluster_layers` — the cluster-structure map's points and links as features.
* :mod:`.adjacency` — the district graph (``core.graph.Neighbours``) from polygons (queen/rook,
  snapping tolerance, k nearest, distance band) or from a neighbours table: its parts
  :mod:`.polygon_contiguity` (queen/rook, snapping tolerance), :mod:`.distance_graph` (k nearest,
  distance band between centroids), :mod:`.neighbours_table` (a NEIGHBOURS table);
  :mod:`.graph_params` — the METHOD/TOLERANCE/K/DISTANCE parameters that ask for it.
* :mod:`.zone_io` — contiguous cluster zones: the LQ long table in, dissolved zones and members
  out; :mod:`.potential_zones` — the same for potentialclusters' favourable districts;
  :mod:`.centres` — potentialclusters' cluster centres (parameters) copied and drawn as stars;
  :mod:`.potential_log` — potentialclusters' log.
"""

from qgis.PyQt.QtCore import QCoreApplication


class Layers:
    """The translation context "Layers" of the strings written in layers/ (what pylupdate5 records
    for ``Layers.tr("…")``; a bare ``tr("…")`` in a module would land in "@default")."""

    @staticmethod
    def tr(text: str, disambiguation=None, n: int = -1) -> str:
        """``text`` translated in context "Layers"; ``n`` ≥ 0 selects a plural form and fills ``%n``."""
        return QCoreApplication.translate("Layers", text, disambiguation, int(n))

    @staticmethod
    def core_text(text, **values) -> str:
        """A text of ``core`` in the user's language: a MethodError, a core.Text, or a
        template marked with core.QT_TR_NOOP and its values (catalogue context "@default")."""
        from ..core import CONTEXT, MethodError, Text

        translate = lambda template: QCoreApplication.translate(CONTEXT, template)  # noqa: E731
        if isinstance(text, (MethodError, Text)):
            return text.translated(translate)
        return Text(text, **values).translated(translate)

    @staticmethod
    def core_labels(labels) -> list:
        """Class labels from core: its defaults (core.Text) in the user's language, the
        user's own labels (plain strings) as they are."""
        from ..core import Text

        return [Layers.core_text(label) if isinstance(label, Text) else label for label in labels]
