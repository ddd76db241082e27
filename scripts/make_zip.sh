#!/usr/bin/env bash
# Plugin zip dist/caremap-<version>.zip with a top folder caremap/, from git archive
# (tests, bench, .ci and tooling are export-ignored), plus compiled translations and
# pyqtgraph (pure Python) under ext_libs/, used only when QGIS has none.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
version=${1:-$(sed -n 's/^version=//p' metadata.txt)}
out=${2:-$ROOT/dist/caremap-$version.zip}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git archive --format=tar --prefix=caremap/ HEAD | tar -x -C "$tmp"
if ls i18n/*.qm >/dev/null 2>&1; then cp i18n/*.qm "$tmp/caremap/i18n/"; fi
if [ -x "$ROOT/.venv/bin/pip" ]; then
  "$ROOT/.venv/bin/pip" install -q --disable-pip-version-check --no-deps --no-compile \
    --target "$tmp/caremap/ext_libs" "pyqtgraph==0.13.7" \
    || echo "make_zip: could not fetch pyqtgraph; the zip relies on QGIS's own" >&2
  rm -rf "$tmp/caremap/ext_libs/"*.dist-info "$tmp/caremap/ext_libs/bin" 2>/dev/null || true
fi
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$tmp" && /usr/bin/python3 -m zipfile -c "$out" caremap)
echo "$out"
