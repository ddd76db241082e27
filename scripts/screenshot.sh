#!/usr/bin/env bash
# make screenshot: QGIS-like window with the CareMap dock on the demo city, rendered
# under Xvfb into docs/img/dock.png.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY="$ROOT/.venv/bin/python"
OUT=${1:-"$ROOT/docs/img/dock.png"}
command -v xvfb-run >/dev/null || { echo "xvfb-run not found: sudo apt install xvfb" >&2; exit 1; }
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export QGIS_CUSTOM_CONFIG_PATH=${QGIS_CUSTOM_CONFIG_PATH:-$(mktemp -d)}
# a real X server (Xvfb), not Qt's offscreen platform: widgets render as on a desktop
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1200x24" "$PY" "$ROOT/scripts/screenshot.py" "$OUT"
