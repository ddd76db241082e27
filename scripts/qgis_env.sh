# Sourced by the scripts: a headless qgis_process that sees this checkout as plugin `caremap`.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$ROOT/.pkg"
[ -L "$ROOT/.pkg/caremap" ] || ln -sfn .. "$ROOT/.pkg/caremap"
export QT_QPA_PLATFORM=offscreen
export QGIS_PLUGINPATH="$ROOT/.pkg"
export QGIS_CUSTOM_CONFIG_PATH=${QGIS_CUSTOM_CONFIG_PATH:-$(mktemp -d)}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
qgis_process plugins enable caremap >/dev/null
