#!/usr/bin/env bash
# Idempotent machine set-up for CareMap: QGIS 3.40 LTR from Debian bookworm-backports,
# the test venv (system site packages, numpy pinned to the system's) and, on request,
# the separate peer venv used as test oracle / benchmark baseline.
#
#   scripts/setup.sh          QGIS + test venv
#   scripts/setup.sh peers    also the peer venv (.venv-peers: pysal access, esda, spopt)
#
# Nothing here names a package registry's host: the backports source is derived from
# the machine's own Debian source entry.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-$here/.venv}
PEERS=${PEERS:-$here/.venv-peers}
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

APT_PACKAGES="python3-qgis qgis-providers qgis python3-scipy python3-pyqtgraph python3-venv xvfb xauth qttools5-dev-tools pyqt5-dev-tools"

qgis_ok() {
  local v
  v=$(dpkg-query -W -f='${Version}' qgis-providers 2>/dev/null || true)
  case "$v" in 3.40*|1:3.40*) ;; *) return 1 ;; esac
  for p in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' || return 1
  done
}

add_backports() {
  # Copy the machine's own Debian source entry with its suite changed.
  if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null; then
    return 0
  fi
  local src=/etc/apt/sources.list.d/debian.sources out=/etc/apt/sources.list.d/caremap-backports.sources
  if [ -f "$src" ]; then
    # first deb822 stanza whose Suites has plain "bookworm"
    awk 'BEGIN{RS=""; ORS="\n\n"} /Suites:[^\n]*bookworm( |$|\n)/ && !/security/ {print; exit}' "$src" \
      | sed -e 's/^Suites:.*/Suites: bookworm-backports/' | $SUDO tee "$out" >/dev/null
  elif [ -f /etc/apt/sources.list ]; then
    grep -E '^deb .* bookworm( |$)' /etc/apt/sources.list | head -n1 \
      | sed -E 's/ bookworm( |$)/ bookworm-backports\1/' | $SUDO tee /etc/apt/sources.list.d/caremap-backports.list >/dev/null
  else
    echo "setup: no Debian source entry found to derive bookworm-backports from" >&2; exit 1
  fi
}

if ! qgis_ok; then
  echo "setup: installing QGIS 3.40 LTR from bookworm-backports (a few minutes)"
  add_backports
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports \
    python3-qgis qgis-providers qgis >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends \
    python3-scipy python3-pyqtgraph python3-venv xvfb xauth qttools5-dev-tools pyqt5-dev-tools qttranslations5-l10n >/dev/null
fi

# pdftotext/pdfinfo: the report tests read the PDF's pages and metadata as a reader would.
if ! command -v pdftotext >/dev/null 2>&1; then
  echo "setup: installing poppler-utils (pdftotext, pdfinfo)"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
fi

# PostgreSQL with PostGIS: the tests of the PostGIS read route start a scratch server of
# their own (tests/qgis/postgis_server.py, a Unix socket in a temporary folder).
if ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
  echo "setup: installing PostgreSQL with PostGIS (for the tests of the PostGIS route)"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends postgresql-15-postgis-3 >/dev/null
fi

# Test venv: sees the system's qgis, numpy, scipy; numpy pinned so pip never swaps it.
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import pytest_qgis, hypothesis, ruff, markdown' 2>/dev/null; then
  echo "setup: creating test venv $VENV"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
  cons="$VENV/numpy-pin.cfg"
  /usr/bin/python3 - > "$cons" <<'PY'
import numpy, scipy
print(f"numpy=={numpy.__version__}")
print(f"scipy=={scipy.__version__}")
PY
  "$VENV/bin/pip" install -q --disable-pip-version-check -c "$cons" -r "$here/requirements-test.txt"
fi

if [ "${1:-}" = peers ]; then
  if [ ! -x "$PEERS/bin/python" ] || ! "$PEERS/bin/python" -c 'import access, esda, spopt, libpysal' 2>/dev/null; then
    echo "setup: creating peer venv $PEERS (pysal access, esda, spopt)"
    /usr/bin/python3 -m venv "$PEERS"
    "$PEERS/bin/pip" install -q --disable-pip-version-check -r "$here/requirements-peers.txt"
  fi
fi
echo "setup: ok ($(dpkg-query -W -f='qgis ${Version}' qgis-providers))"
