#!/usr/bin/env bash
# Link this checkout into the default QGIS 3 profile's plugins folder as `caremap`.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
dest=${QGIS_PLUGINS_DIR:-$HOME/.local/share/QGIS/QGIS3/profiles/default/python/plugins}
mkdir -p "$dest"
ln -sfn "$ROOT" "$dest/caremap"
echo "linked $ROOT -> $dest/caremap; enable CareMap in Plugins > Manage and Install Plugins"
