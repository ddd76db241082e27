#!/usr/bin/env bash
# Release artefacts in release/: the plugin zip (make zip) and the workshop's catch-up data
# (make workshop, zipped). Commit them after the commit they were made from.
#   bash scripts/make_release.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
version=$(sed -n 's/^version=//p' metadata.txt)
mkdir -p release
bash scripts/make_zip.sh "$version" "$ROOT/release/caremap-$version.zip" >/dev/null
if [ ! -f out/workshop/step_11.gpkg ]; then
  /usr/bin/python3 scripts/workshop_data.py
fi
rm -f "release/caremap-workshop-$version.zip"
(cd out && zip -q -9 -r -X "$ROOT/release/caremap-workshop-$version.zip" workshop)
ls -l release/
