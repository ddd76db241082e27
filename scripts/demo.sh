#!/usr/bin/env bash
# The full care-mapping run on the bundled demo city, headless through qgis_process.
# Writes everything under out/ (GeoPackages, the HTML and PDF report, logs).
# Every value is the one docs/tutorial.md tells participants to type (the same as
# tests/qgis/tutorial_steps.py), so the figures printed here are the tutorial's and the
# GeoPackages can serve as catch-up data in a workshop (step by step: make workshop).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source scripts/qgis_env.sh
OUT=${OUT:-$ROOT/out}
mkdir -p "$OUT"
G=$ROOT/data/demo/caremap_demo.gpkg
CSV=$ROOT/data/demo/crowd_facilities.csv
TYPE_WHITELIST="childcare_centre,kindergarten,elderly_day_centre,nursing_home,disability_day_centre,hogar_comunitario,comedor_comunitario,punto_cuidado_comunitario,childcare,elderly_day_care,disability_day_care,community_kitchen,community_care_point"
MAPPINGS="|name=nombre,service_type=tipo,capacity=cupos,hours_per_day=horas,days_per_week=dias,target_group=grupo,sphere='community',source='community'|x=lon,y=lat,service_type=type,hours_per_day=hours,days_per_week=days,target_group=group,source='crowd'"
start=$(date +%s)

step() { echo; echo "== $1"; }

step "Care map in one run: children 0-5, walking on the street network, 10 minutes"
cat > "$OUT/pipeline_children.json" <<JSON
{"inputs": {
  "FACILITIES": ["$G|layername=facilities_registry", "$G|layername=facilities_community", "$CSV"],
  "MAPPINGS": "$MAPPINGS",
  "SOURCE_PRIORITY": "registry,community,crowd",
  "TYPE_WHITELIST": "$TYPE_WHITELIST",
  "NAME_BLACKLIST": "^\\\\s*(test|xxx|borrar|prueba|asdf)\\\\b",
  "UNITS": "$G|layername=blocks",
  "BAND_MAPPING": "p_0_2:0-2;p_3_5:3-5", "WEIGHTS": "equal",
  "CAREGIVER_FIELD": "women_15_64", "DISTRICT_FIELD": "district",
  "TARGET_GROUP": "children", "COST_MODE": "network", "NETWORK": "$G|layername=roads",
  "SPEED": 5.04, "THRESHOLD": 10, "METHOD": "2sfca", "TARGET_RATIO": 0.33,
  "VULNERABILITY_FIELDS": ["poverty", "fhh_share"],
  "TITLE": "Demo city: childcare for children under 6",
  "COHORT_LABEL": "children under 6", "SERVICE_LABEL": "a childcare place",
  "OUTPUT_INVENTORY": "$OUT/inventory.gpkg", "OUTPUT_UNITS": "$OUT/care_map_children.gpkg",
  "OUTPUT_SUPPLY": "$OUT/facilities_ratio_children.gpkg", "OUTPUT_DISTRICTS": "$OUT/deserts_by_district_children.gpkg",
  "OUTPUT_HTML": "$OUT/report_children.html", "OUTPUT_PDF": "$OUT/report_children.pdf"
}}
JSON
qgis_process run caremap:carepipeline - < "$OUT/pipeline_children.json" > "$OUT/pipeline_children.log" 2>&1 \
  || { tail -n 40 "$OUT/pipeline_children.log"; exit 1; }
grep -E "reaches a facility|care deserts|live more than|lie in .* district" "$OUT/pipeline_children.log" | sed 's/^/  /' || true

step "Care priority index with the tutorial's weights (step 9: unmet demand counts twice)"
# the one-run pipeline weighs its indicators equally; the tutorial's step 9 gives unmet demand 2
qgis_process run caremap:priorityindex -- INPUT="$OUT/care_map_children.gpkg" FIELDS=unmet FIELDS=access \
  FIELDS=poverty FIELDS=fhh_share INVERT_FIELDS=access NORMALIZATION=rank WEIGHTS=unmet:2,access:1,poverty:1,fhh_share:1 \
  OUTPUT="$OUT/priority_children.gpkg" > "$OUT/priority.log" 2>&1 || { tail -n 20 "$OUT/priority.log"; exit 1; }
grep -E "Share of the total index" "$OUT/priority.log" | head -n 1 | sed 's/^/  /' || true

if qgis_process help caremap:hotspots >/dev/null 2>&1; then
  step "Hot spots of unmet demand (Getis-Ord Gi*, queen contiguity)"
  qgis_process run caremap:hotspots -- INPUT="$OUT/care_map_children.gpkg" FIELD=unmet STATISTIC=gi_star \
    WEIGHTS=queen WEIGHT_TRANSFORM=row PERMUTATIONS=99 SEED=12345 FDR=false OUTPUT="$OUT/hotspots_unmet.gpkg" > "$OUT/hotspots.log" 2>&1 \
    || { tail -n 20 "$OUT/hotspots.log"; exit 1; }
  grep -iE "hot|cold" "$OUT/hotspots.log" | grep -v "^[A-Z_]*:" | head -n 3 | sed 's/^/  /' || true
fi

if qgis_process help caremap:equity >/dev/null 2>&1; then
  step "Equity of access (Gini, Palma, concentration by poverty, Theil by district)"
  qgis_process run caremap:equity -- INPUT="$OUT/care_map_children.gpkg" ACCESS_FIELD=access \
    WEIGHT_FIELD=care_demand RANK_FIELD=poverty DISTRICT_FIELD=district \
    OUTPUT="$OUT/lorenz_children.gpkg" > "$OUT/equity.log" 2>&1 || { tail -n 20 "$OUT/equity.log"; exit 1; }
  grep -iE "gini|palma" "$OUT/equity.log" | head -n 3 | sed 's/^/  /' || true
fi

if qgis_process help caremap:siting >/dev/null 2>&1; then
  step "Siting 3 new care blocks (maximal covering, greedy, walking on the network) on a 500 m grid"
  # the existing childcare: the inventory's children and all-ages places, read through a
  # subset (no extra file: every GeoPackage of the demo is a CareMap output, styled)
  EXISTING="$OUT/inventory.gpkg|layername=inventory|subset=\"target_group\" IN ('children', 'all')"
  qgis_process run caremap:siting -- DEMAND="$OUT/care_map_children.gpkg" DEMAND_FIELD=care_demand GRID_SPACING=500 \
    EXISTING="$EXISTING" P=3 OBJECTIVE=mclp SOLVER=greedy THRESHOLD=10 COST_MODE=network NETWORK="$G|layername=roads" \
    COST_UNIT=minutes SPEED=5.04 \
    OUTPUT_SITES="$OUT/new_sites.gpkg" OUTPUT_DEMAND="$OUT/siting_demand.gpkg" > "$OUT/siting.log" 2>&1 \
    || { tail -n 20 "$OUT/siting.log"; exit 1; }
  grep -iE "covered|gain|before|after" "$OUT/siting.log" | grep -v "^[A-Z_]*:" | head -n 4 | sed 's/^/  /' || true
fi

if qgis_process help caremap:unpaidcare >/dev/null 2>&1; then
  step "Unpaid care work and the hours the new sites would free"
  qgis_process run caremap:unpaidcare -- INPUT="$G|layername=blocks" TIME_USE="$ROOT/data/demo/time_use.csv" \
    WAGE=2.5 SERVICES="$OUT/new_sites.gpkg" PLACES=100 HOURS_OPEN=50 SUBSTITUTION=0.5 THRESHOLD=10 \
    COST_MODE=network NETWORK="$G|layername=roads" COST_UNIT=minutes SPEED=5.04 \
    OUTPUT="$OUT/unpaid_care.gpkg" > "$OUT/unpaidcare.log" 2>&1 \
    || { tail -n 20 "$OUT/unpaidcare.log"; exit 1; }
  grep -iE "hours" "$OUT/unpaidcare.log" | grep -v "^[A-Z_]*:" | head -n 4 | sed 's/^/  /' || true
fi

echo
echo "Demo finished in $(( $(date +%s) - start )) s. Results in $OUT:"
ls -1 "$OUT" | grep -vE '\.(json|log)$' | sed 's/^/  /'
