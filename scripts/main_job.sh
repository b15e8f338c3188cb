#!/usr/bin/env bash
# The main job: run the plugin on the bundled samples with qgis_process and show the results.
# Outputs go to out/ (git-ignored).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
QP=/usr/bin/qgis_process.bin   # not /usr/bin/qgis_process: Debian's wrapper adds an option it rejects
SAMPLE="$ROOT/resources/sample"
OUT="$ROOT/out"
mkdir -p "$OUT"

echo "-- Rank-score typology of Aktobe oblast's districts (paper 004, Tables 1-2)"
rm -f "$OUT/aktobe_typology.gpkg"
$QP run territorialclusters:ranktypology -- \
  INPUT="$SAMPLE/aktobe_districts.gpkg|layername=districts" ID_FIELD=district \
  POSITIVE_FIELDS=density_2025 POSITIVE_FIELDS=infra_index POSITIVE_FIELDS=industry_index \
  POSITIVE_FIELDS=n_spec_industries POSITIVE_FIELDS=innovation_index \
  REFERENCE=3 REFERENCE_TABLE="$SAMPLE/aktobe_districts.gpkg|layername=oblast_reference" TIES=0 \
  CLASS_BREAKS="0;-2.5" CLASS_LABELS="Favourable;Less favourable;Unfavourable" \
  OUTPUT="$OUT/aktobe_typology.gpkg" > "$OUT/aktobe_typology.log" 2>&1 \
  || { cat "$OUT/aktobe_typology.log"; exit 1; }
/usr/bin/python3 scripts/show_table.py "$OUT/aktobe_typology.gpkg" --sort rank name_en complex_grade rank typology_class
