#!/usr/bin/env bash
# README command 1: set up a Debian (bookworm) machine and run the main job on the bundled samples.
#  - installs QGIS and the Python packages it uses from apt (numpy/pandas/scipy/matplotlib
#    must be Debian's: pip's numpy 2 breaks Debian's pandas),
#  - makes .venv (--system-site-packages, /usr/bin/python3) with the test tools,
#  - compiles the translations (i18n/*.qm, not committed) with lrelease,
#  - installs this folder as the QGIS plugin "territorial_clusters" in the default profile,
#  - runs the main job with qgis_process (scripts/main_job.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
APT_PACKAGES="python3-qgis qgis qgis-providers xvfb xauth python3-venv python3-numpy python3-pandas python3-scipy python3-matplotlib poppler-utils gdal-bin pyqt5-dev-tools qttools5-dev-tools"
# Test-only reference libraries (issue 15: the tests check neighbours, Moran's I / LISA and
# constrained Ward against them); the plugin never imports them.
TEST_APT_PACKAGES="python3-libpysal python3-sklearn python3-shapely python3-geopandas"
if ! dpkg -s $APT_PACKAGES $TEST_APT_PACKAGES >/dev/null 2>&1; then
  echo "== installing QGIS and Python packages from apt"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $APT_PACKAGES $TEST_APT_PACKAGES
fi

echo "== Python virtual environment (.venv, with the system's QGIS, numpy, pandas, scipy)"
if [ ! -x .venv/bin/python ]; then
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
# Pin the scientific stack (and the reference libraries) to Debian's versions so pip never
# upgrades them.
CONSTRAINTS="$(mktemp)"
/usr/bin/python3 - > "$CONSTRAINTS" <<'PY'
import importlib
for mod, dist in [("numpy", "numpy"), ("pandas", "pandas"), ("scipy", "scipy"), ("matplotlib", "matplotlib"),
                  ("shapely", "shapely"), ("sklearn", "scikit-learn"), ("libpysal", "libpysal"),
                  ("geopandas", "geopandas")]:
    try:
        print(f"{dist}=={importlib.import_module(mod).__version__}")
    except ImportError:
        pass
PY
.venv/bin/python -m pip install -q --disable-pip-version-check -c "$CONSTRAINTS" -r requirements-dev.txt
# esda (PyPI; 2.5.1: the last release that works with Debian's shapely 1.8), without its
# dependencies: libpysal, scikit-learn, scipy and pandas are Debian's, never pip's.
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -c "$CONSTRAINTS" -r requirements-reference.txt
rm -f "$CONSTRAINTS"
.venv/bin/python -c "import numpy, pandas, scipy, qgis.core; print('numpy', numpy.__version__, 'pandas', pandas.__version__, 'QGIS', qgis.core.Qgis.QGIS_VERSION)"

echo "== translations (i18n/*.ts → i18n/*.qm, lrelease)"
bash scripts/update_translations.sh --qm-only

echo "== installing the plugin into the QGIS profile"
bash scripts/install_plugin.sh

echo "== main job"
bash scripts/main_job.sh
