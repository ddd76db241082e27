#!/usr/bin/env bash
# Compile the translations (i18n/caremap_<lang>.ts -> .qm) with lrelease.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT/i18n"
LRELEASE=$(command -v lrelease || command -v lrelease-qt5 || echo /usr/lib/qt5/bin/lrelease)
shopt -s nullglob
for ts in caremap_*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
