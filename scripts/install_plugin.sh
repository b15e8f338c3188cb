#!/usr/bin/env bash
# Link this folder into the default QGIS profile as plugin "territorial_clusters" and enable it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROFILE="${QGIS_PROFILE_DIR:-$HOME/.local/share/QGIS/QGIS3/profiles/default}"
mkdir -p "$PROFILE/python/plugins"
ln -sfn "$ROOT" "$PROFILE/python/plugins/territorial_clusters"
export QT_QPA_PLATFORM=offscreen
/usr/bin/qgis_process.bin plugins enable territorial_clusters >/dev/null 2>&1 || true
if ! /usr/bin/qgis_process.bin list 2>/dev/null | grep -q "territorialclusters:ranktypology"; then
  echo "The plugin did not load in qgis_process; run: QT_QPA_PLATFORM=offscreen /usr/bin/qgis_process.bin plugins" >&2
  exit 1
fi
echo "plugin linked: $PROFILE/python/plugins/territorial_clusters -> $ROOT"
