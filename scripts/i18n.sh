#!/usr/bin/env bash
# Translations: update i18n/caremap_<lang>.ts from the sources (scripts/i18n_extract.py,
# which also cross-checks with pylupdate5), then compile them to .qm with lrelease.
#   bash scripts/i18n.sh            # update the .ts files and build i18n/*.qm
#   bash scripts/i18n.sh OUTDIR     # leave the .ts files alone, build the .qm into OUTDIR
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-}
PY=$(command -v python3)
LRELEASE=$(command -v lrelease || command -v lrelease-qt5 || echo /usr/lib/qt5/bin/lrelease)
if [ -z "$OUT" ]; then
  OUT="$ROOT/i18n"
  if command -v pylupdate5 >/dev/null 2>&1; then
    "$PY" "$ROOT/scripts/i18n_extract.py" --pylupdate
  else
    "$PY" "$ROOT/scripts/i18n_extract.py"
  fi
fi
mkdir -p "$OUT"
shopt -s nullglob
for ts in "$ROOT"/i18n/caremap_*.ts; do
  name=$(basename "${ts%.ts}")
  "$LRELEASE" -silent -removeidentical "$ts" -qm "$OUT/$name.qm"
done
ls "$OUT"/caremap_*.qm
