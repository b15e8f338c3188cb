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

echo "-- Paper 004's Table 1 as published (Russian names, decimal commas) joined to Aktobe oblast's districts"
NAME_RU="Название административного района"
rm -f "$OUT/aktobe_joined.gpkg" "$OUT/aktobe_oblast_row.gpkg" "$OUT/aktobe_match_report.gpkg"
$QP run territorialclusters:joinstatistics -- \
  INPUT="$SAMPLE/aktobe_districts.gpkg|layername=districts" \
  NAME_FIELDS=district NAME_FIELDS=name_en NAME_FIELDS=name_ru \
  TABLE="$SAMPLE/aktobe_2015_table1_paper004_ru.csv" TABLE_NAME_FIELD="$NAME_RU" DECIMAL=2 \
  OUTPUT="$OUT/aktobe_joined.gpkg" UNUSED_ROWS="$OUT/aktobe_oblast_row.gpkg" \
  MATCH_REPORT="$OUT/aktobe_match_report.gpkg" > "$OUT/aktobe_joined.log" 2>&1 \
  || { cat "$OUT/aktobe_joined.log"; exit 1; }
/usr/bin/python3 scripts/show_table.py "$OUT/aktobe_match_report.gpkg" district table_name method status

echo "-- Rank-score typology of Aktobe oblast's districts (paper 004, Table 2; the oblast's row as reference)"
# the table's columns, as joinstatistics names them (GeoPackage keeps the Russian headers; the
# long ones shortened, the full header in the field alias)
rm -f "$OUT/aktobe_typology.gpkg"
$QP run territorialclusters:ranktypology -- \
  INPUT="$OUT/aktobe_joined.gpkg" ID_FIELD=district \
  POSITIVE_FIELDS="Плотность населения в 2025 г. (прогноз), чел. на 1 км2" \
  POSITIVE_FIELDS="Интегральный индекс развития социально-производственной" \
  POSITIVE_FIELDS="Индекс индустриального развития за 2015 г." \
  POSITIVE_FIELDS="Количество отраслей специализации в промышленности, единиц" \
  POSITIVE_FIELDS="Интегральный индекс инновационной активности и инвестиционной" \
  REFERENCE=3 REFERENCE_TABLE="$OUT/aktobe_oblast_row.gpkg" TIES=0 \
  CLASS_BREAKS="0;-2.5" CLASS_LABELS="Favourable;Less favourable;Unfavourable" \
  OUTPUT="$OUT/aktobe_typology.gpkg" > "$OUT/aktobe_typology.log" 2>&1 \
  || { cat "$OUT/aktobe_typology.log"; exit 1; }
/usr/bin/python3 scripts/show_table.py "$OUT/aktobe_typology.gpkg" --sort rank name_en complex_grade rank typology_class

echo "-- Report maps (exportmap): Aktobe typology, potential clusters of paper 004 (PDF + PNG preview)"
AKTOBE_SOURCE="Boundaries: geoBoundaries (Runfola et al. 2020), www.geoboundaries.org (gbOpen KAZ ADM2). Indicators and method: Imashev, paper 004 (Department of statistics of Aktobe oblast, 2014-2015)."
rm -f "$OUT/aktobe_typology_map.pdf"
$QP run territorialclusters:exportmap -- \
  INPUT="$OUT/aktobe_typology.gpkg" LABEL_FIELD=name_en PAGE=1 DPI=300 \
  TITLE="Conditions for the formation of territorial industrial clusters, Aktobe oblast" \
  SUBTITLE="Rank-score typology of districts on five integral indicators, 2014-2015 (paper 004, Table 2)" \
  SOURCE_NOTE="$AKTOBE_SOURCE" \
  OUTPUT="$OUT/aktobe_typology_map.pdf" > "$OUT/aktobe_typology_map.log" 2>&1 \
  || { cat "$OUT/aktobe_typology_map.log"; exit 1; }
rm -f "$OUT/aktobe_potential_clusters.gpkg" "$OUT/aktobe_potential_clusters_map.pdf"
$QP run territorialclusters:potentialclusters -- \
  TYPOLOGY="$OUT/aktobe_typology.gpkg" ID_FIELD=district NAME_FIELD=name_en FAVOURABLE_CLASSES="0;1" \
  LQ_TABLE="$SAMPLE/aktobe_districts.gpkg|layername=lq_paper004_table3" LQ_ID_FIELD=district \
  LQ_INDUSTRY_FIELD=industry LQ_FIELD=lq THRESHOLD=1 \
  OUTPUT="$OUT/aktobe_potential_clusters.gpkg" > "$OUT/aktobe_potential_clusters.log" 2>&1 \
  || { cat "$OUT/aktobe_potential_clusters.log"; exit 1; }
/usr/bin/python3 scripts/show_table.py "$OUT/aktobe_potential_clusters.gpkg" --sort rank \
  name_en typology_class n_potential_industries cluster_potential
# the cluster structure (paper 004 Fig. 4): industries shared by three favourable districts or more
rm -f "$OUT/aktobe_cluster_links.gpkg" "$OUT/aktobe_cluster_centres.gpkg"
$QP run territorialclusters:clusterstructure -- \
  INPUT="$OUT/aktobe_potential_clusters.gpkg" ID_FIELD=district NAME_FIELD=name_en MIN_MEMBERS=3 \
  OUTPUT="$OUT/aktobe_cluster_links.gpkg" CENTRES_OUTPUT="$OUT/aktobe_cluster_centres.gpkg" \
  > "$OUT/aktobe_cluster_structure.log" 2>&1 || { cat "$OUT/aktobe_cluster_structure.log"; exit 1; }
$QP run territorialclusters:exportmap -- \
  INPUT="$OUT/aktobe_potential_clusters.gpkg" PAGE=1 DPI=300 \
  BACKGROUND_LAYERS="$OUT/aktobe_cluster_links.gpkg" BACKGROUND_LAYERS="$OUT/aktobe_cluster_centres.gpkg" \
  TITLE="Potential territorial industrial clusters, Aktobe oblast" \
  SUBTITLE="Favourable districts (paper 004, Table 2) and their industries with a localization coefficient of at least 1 (Table 3)" \
  SOURCE_NOTE="$AKTOBE_SOURCE Localization coefficients as published in paper 004, Table 3." \
  OUTPUT="$OUT/aktobe_potential_clusters_map.pdf" > "$OUT/aktobe_potential_clusters_map.log" 2>&1 \
  || { cat "$OUT/aktobe_potential_clusters_map.log"; exit 1; }
for MAP in aktobe_typology_map aktobe_potential_clusters_map; do
  # PNG preview of the PDF as printed (the README shows copies of these in docs/img/)
  if command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 100 -singlefile "$OUT/$MAP.pdf" "$OUT/$MAP"
  fi
  echo "wrote out/$MAP.pdf$( [ -f "$OUT/$MAP.png" ] && echo " (preview out/$MAP.png)")"
done

echo "-- Localization coefficients of Georgia's counties, 2017 -> 2021 (County Business Patterns employment)"
rm -f "$OUT/georgia_lq.gpkg" "$OUT/georgia_lq_table.gpkg"
$QP run territorialclusters:localizationcoefficient -- \
  INPUT="$SAMPLE/georgia_cbp.gpkg|layername=counties" ID_FIELD=fips \
  TABLE="$SAMPLE/georgia_cbp.gpkg|layername=cbp" TABLE_ID_FIELD=fips TABLE_INDUSTRY_FIELD=sector \
  TABLE_VALUE_FIELD=employees_known TABLE_YEAR_FIELD=year BASE_YEAR=2017 END_YEAR=2021 \
  OUTPUT="$OUT/georgia_lq.gpkg" OUTPUT_TABLE="$OUT/georgia_lq_table.gpkg" > "$OUT/georgia_lq.log" 2>&1 \
  || { cat "$OUT/georgia_lq.log"; exit 1; }
# the ten largest counties (smallest LQ ceiling = largest share of Georgia's employment)
/usr/bin/python3 scripts/show_table.py "$OUT/georgia_lq.gpkg" --sort lq_ceiling \
  fips name share_of_region n_specializations specializations | sed -n '1,11p'
echo "(159 counties in out/georgia_lq.gpkg; 2,703 county x sector rows with lq_base, lq_change, trend in out/georgia_lq_table.gpkg)"

echo "-- Report map (exportmap): Georgia's counties by number of specialization sectors (LQ >= 1)"
rm -f "$OUT/georgia_lq_map.pdf"
$QP run territorialclusters:exportmap -- \
  INPUT="$OUT/georgia_lq.gpkg" PAGE=0 DPI=300 \
  TITLE="Specialization of Georgia's counties: sectors with a localization coefficient of at least 1, 2021" \
  SUBTITLE="Employment by 2-digit NAICS sector; location quotients against the state total" \
  SOURCE_NOTE="Data: U.S. Census Bureau, County Business Patterns 2021 (sectors 31-33, 44-45 and 48-49 absent; suppressed cells left out). Boundaries: U.S. Census Bureau cartographic boundaries via us-atlas 3.0.1 (ISC)." \
  OUTPUT="$OUT/georgia_lq_map.pdf" > "$OUT/georgia_lq_map.log" 2>&1 \
  || { cat "$OUT/georgia_lq_map.log"; exit 1; }
if command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 100 -singlefile "$OUT/georgia_lq_map.pdf" "$OUT/georgia_lq_map"
fi
echo "wrote out/georgia_lq_map.pdf$( [ -f "$OUT/georgia_lq_map.png" ] && echo " (preview out/georgia_lq_map.png)")"
