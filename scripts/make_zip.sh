#!/usr/bin/env bash
# Plugin zip dist/caremap-<version>.zip with a top folder caremap/, from git archive of
# HEAD (tests, bench, .ci and tooling are export-ignored), plus translations compiled
# with lrelease straight into the package (the tracked i18n/*.ts are never rewritten,
# the working tree stays as it was) and pyqtgraph (pure Python) under ext_libs/, used
# only when QGIS has none. Needs git, lrelease and zip (or python3); pip only for
# pyqtgraph, and the zip is still made (relying on QGIS's pyqtgraph) when it is absent.
#   bash scripts/make_zip.sh [VERSION [OUT.zip]]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
version=${1:-$(sed -n 's/^version=//p' metadata.txt)}
out=${2:-$ROOT/dist/caremap-$version.zip}
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git archive --format=tar --prefix=caremap/ HEAD | tar -x -C "$tmp"
# .qm from the committed .ts files (those of HEAD, as packed), into the package only
LRELEASE=$(command -v lrelease || command -v lrelease-qt5 || echo /usr/lib/qt5/bin/lrelease)
for ts in "$tmp"/caremap/i18n/caremap_*.ts; do
  "$LRELEASE" -silent -removeidentical "$ts" -qm "${ts%.ts}.qm"
done
# pyqtgraph, pure Python: the test venv's pip when there is one, else the system's
PIP=()
if [ -x "$ROOT/.venv/bin/pip" ]; then PIP=("$ROOT/.venv/bin/pip")
elif python3 -m pip --version >/dev/null 2>&1; then PIP=(python3 -m pip); fi
if [ ${#PIP[@]} -gt 0 ] && PIP_BREAK_SYSTEM_PACKAGES=1 "${PIP[@]}" install -q \
     --disable-pip-version-check --no-deps --no-compile \
     --target "$tmp/caremap/ext_libs" "pyqtgraph==0.13.7"; then
  rm -rf "$tmp/caremap/ext_libs/"*.dist-info "$tmp/caremap/ext_libs/bin" 2>/dev/null || true
else
  echo "make_zip: could not fetch pyqtgraph; the zip relies on QGIS's own" >&2
fi
mkdir -p "$(dirname "$out")"
rm -f "$out"
if command -v zip >/dev/null 2>&1; then
  (cd "$tmp" && zip -qrX "$out" caremap)
else
  (cd "$tmp" && python3 -m zipfile -c "$out" caremap)
fi
echo "$out"
