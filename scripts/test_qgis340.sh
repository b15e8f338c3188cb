#!/usr/bin/env bash
# CI leg 2: the whole test suite on QGIS 3.40 LTR (Debian trixie), in a chroot.
#  - builds a Debian trixie chroot with debootstrap (minbase), or reuses it when a previous
#    build completed (marker files in the chroot); default /var/tmp/tc-trixie, outside the
#    repository (override with TC_TRIXIE_ROOT),
#  - installs QGIS and Debian's numpy/pandas/scipy/matplotlib there with apt (trixie: numpy 2,
#    pandas 2, Python 3.13),
#  - clones the repository's committed HEAD (what a fresh CI clone holds; not git archive,
#    whose export-ignore rules leave the tests out) into <chroot>/work/tc, gives it a .venv
#    with the test tools (pinned to Debian's scientific stack, as scripts/setup.sh does),
#    links the plugin into the chroot's QGIS profile with scripts/install_plugin.sh, and runs
#    the suite with scripts/test.sh (Qt offscreen), as leg 1 does on the host.
# Needs root (debootstrap, mount, chroot); re-runs itself with sudo otherwise. Exits with the
# suite's status. Every mount it makes is undone on exit, also on failure or Ctrl-C.
# Extra arguments go to pytest (bash scripts/test_qgis340.sh tests/unit -q).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ "$(id -u)" -ne 0 ]; then
  exec sudo TC_TRIXIE_ROOT="${TC_TRIXIE_ROOT:-}" bash "${BASH_SOURCE[0]}" "$@"
fi

CHROOT="${TC_TRIXIE_ROOT:-/var/tmp/tc-trixie}"
CHROOT="${CHROOT%/}"
MIRROR="http://deb.debian.org/debian"
# qgis: /usr/bin/qgis_process(.bin); python3-gdal: the tests' `from osgeo import ogr`;
# poppler-utils: pdftotext/pdfinfo read the exported maps; git: tests/test_package.py packages
# HEAD with scripts/package.sh; qttools5-dev-tools: its lrelease (i18n test).
APT_PACKAGES="python3-qgis qgis qgis-providers python3-gdal python3-numpy python3-pandas python3-scipy python3-matplotlib python3-venv python3-pip gdal-bin poppler-utils xvfb xauth git qttools5-dev-tools"
# test-only reference libraries (issue 15), installed when trixie has them
TEST_APT_PACKAGES="python3-libpysal python3-sklearn python3-shapely python3-geopandas"
BASE_MARKER="$CHROOT/.tc-debootstrap-complete"   # debootstrap finished
PKG_MARKER="$CHROOT/.tc-packages-complete"       # holds the package list installed last
WORK=/work/tc                                    # the repository's copy, inside the chroot
VENV_KEEP=/opt/tc-venv                           # $WORK/.venv, kept here between runs
START=$SECONDS

case "$CHROOT" in
  ""|/|/var|/var/tmp|/tmp|"$ROOT"|"$ROOT"/*) echo "TC_TRIXIE_ROOT=$CHROOT: not a chroot path" >&2; exit 2;;
esac

echo "== QGIS 3.40 leg (Debian trixie chroot $CHROOT)"

# One leg at a time per chroot.
mkdir -p "$(dirname "$CHROOT")"
exec 9>"$CHROOT.lock"
flock 9

# Undo every mount under the chroot (newest first), and stop anything this leg left running in
# it, so the host is left clean whatever happened.
chroot_mounts() {
  awk -v root="$CHROOT" 'index($2, root "/") == 1 { print $2 }' /proc/self/mounts | tac
}
cleanup() {
  local rc=$? pid mnt
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    if [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$CHROOT" ]; then
      echo "stopping process $pid left in the chroot" >&2
      kill "$pid" 2>/dev/null || true
    fi
  done
  for mnt in $(chroot_mounts); do
    umount "$mnt" 2>/dev/null || umount -l "$mnt" || echo "could not unmount $mnt" >&2
  done
  return $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Run a command in the chroot with a clean environment (nothing of the host's leaks in).
in_chroot() {
  chroot "$CHROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# 1. The chroot: debootstrap once; a chroot without the marker is a broken build → redo it.
if [ ! -f "$BASE_MARKER" ]; then
  if ! command -v debootstrap >/dev/null 2>&1; then
    echo "== installing debootstrap on the host"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
  fi
  if [ -n "$(chroot_mounts)" ]; then cleanup; fi
  if [ -n "$(chroot_mounts)" ]; then echo "still mounted under $CHROOT; not removing it" >&2; exit 1; fi
  rm -rf "$CHROOT"
  echo "== debootstrap trixie (minbase) → $CHROOT"
  debootstrap --variant=minbase trixie "$CHROOT" "$MIRROR" >"$CHROOT.debootstrap.log" 2>&1 || {
    tail -30 "$CHROOT.debootstrap.log" >&2; exit 1; }
  # A throwaway system: no fsync per file, no manuals, no services started by packages.
  echo force-unsafe-io > "$CHROOT/etc/dpkg/dpkg.cfg.d/tc-unsafe-io"
  printf '%s\n' 'path-exclude /usr/share/man/*' 'path-exclude /usr/share/doc/*' \
    'path-include /usr/share/doc/*/copyright' > "$CHROOT/etc/dpkg/dpkg.cfg.d/tc-nodoc"
  printf '#!/bin/sh\nexit 101\n' > "$CHROOT/usr/sbin/policy-rc.d"
  chmod +x "$CHROOT/usr/sbin/policy-rc.d"
  touch "$BASE_MARKER"
fi

# 2. Mounts (/dev recursively, as a slave: unmounting it never touches the host's /dev/pts)
#    and name resolution.
mount -t proc proc "$CHROOT/proc"
mount --rbind /dev "$CHROOT/dev"
mount --make-rslave "$CHROOT/dev"
cp -L --remove-destination /etc/resolv.conf "$CHROOT/etc/resolv.conf"

# 3. QGIS 3.40 and the Python stack from trixie (again only when the list changed).
if [ "$(cat "$PKG_MARKER" 2>/dev/null)" != "$APT_PACKAGES $TEST_APT_PACKAGES" ]; then
  echo "== apt-get install (trixie): $APT_PACKAGES"
  in_chroot apt-get update -q
  in_chroot apt-get install -y -q --no-install-recommends $APT_PACKAGES >"$CHROOT.apt.log" 2>&1 || {
    tail -30 "$CHROOT.apt.log" >&2; exit 1; }
  # Test-only reference libraries (libpysal, sklearn, shapely, geopandas): each installed when
  # trixie has it; the tests that need a missing one skip and say why (pytest.importorskip).
  TEST_APT=""
  for pkg in $TEST_APT_PACKAGES; do
    if in_chroot apt-cache show "$pkg" >/dev/null 2>&1; then TEST_APT="$TEST_APT $pkg"; else echo "(not in trixie: $pkg)"; fi
  done
  if [ -n "$TEST_APT" ]; then
    in_chroot apt-get install -y -q --no-install-recommends $TEST_APT >>"$CHROOT.apt.log" 2>&1 || {
      echo "the reference libraries did not install (their tests will skip):" >&2; tail -10 "$CHROOT.apt.log" >&2; }
  fi
  in_chroot apt-get clean
  echo "$APT_PACKAGES $TEST_APT_PACKAGES" > "$PKG_MARKER"
fi

# The host's CA bundle (pip inside verifies PyPI with it; it may hold a proxy's CA). Copied
# after apt: trixie's ca-certificates package, pulled in by QGIS, rewrites the file.
mkdir -p "$CHROOT/etc/ssl/certs"
cp -L --remove-destination /etc/ssl/certs/ca-certificates.crt "$CHROOT/etc/ssl/certs/ca-certificates.crt"

# 4. The committed tree, as a clone (not the work tree's uncommitted edits: CI tests a clone;
#    a clone, not `git archive`, because .gitattributes export-ignores tests/ and scripts/ and
#    tests/test_package.py needs a git checkout).
if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  echo "note: testing the committed HEAD; uncommitted changes in $ROOT are not part of it"
fi
HEAD_COMMIT="$(git -C "$ROOT" rev-parse HEAD)"
# The venv survives the fresh clone: moved aside and back to the same path (venvs are not
# relocatable, but its path never changes).
if [ -x "$CHROOT$WORK/.venv/bin/python" ] && [ ! -L "$CHROOT$WORK/.venv" ]; then
  rm -rf "${CHROOT:?}$VENV_KEEP"
  mkdir -p "$(dirname "$CHROOT$VENV_KEEP")"
  mv "$CHROOT$WORK/.venv" "$CHROOT$VENV_KEEP"
fi
rm -rf "${CHROOT:?}$WORK"
mkdir -p "$(dirname "$CHROOT$WORK")"
git clone -q "$ROOT" "$CHROOT$WORK"
if [ "$(git -C "$CHROOT$WORK" rev-parse HEAD)" != "$HEAD_COMMIT" ]; then   # a detached HEAD
  git -C "$CHROOT$WORK" checkout -q --detach "$HEAD_COMMIT"
fi
if [ -d "$CHROOT$VENV_KEEP" ]; then mv "$CHROOT$VENV_KEEP" "$CHROOT$WORK/.venv"; fi
echo "tree: ${HEAD_COMMIT:0:7} → $CHROOT$WORK"

in_chroot /bin/bash -euo pipefail -c '
  WORK="$1" VENV="$1/.venv"
  if [ ! -x "$VENV/bin/python" ]; then
    /usr/bin/python3 -m venv --system-site-packages "$VENV"
  fi
  # Pin the scientific stack to trixie'"'"'s versions so pip never upgrades them.
  /usr/bin/python3 - > /tmp/tc-constraints.txt <<PY
import importlib
for mod, dist in (("numpy", "numpy"), ("pandas", "pandas"), ("scipy", "scipy"), ("matplotlib", "matplotlib"),
                  ("shapely", "shapely"), ("sklearn", "scikit-learn"), ("libpysal", "libpysal"),
                  ("geopandas", "geopandas")):
    try:
        print(f"{dist}=={importlib.import_module(mod).__version__}")
    except ImportError:
        pass
PY
  # --cert: the venv'"'"'s pip (ensurepip'"'"'s wheel) would use its own certifi bundle, not the host'"'"'s
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    --cert /etc/ssl/certs/ca-certificates.crt -c /tmp/tc-constraints.txt -r "$WORK/requirements-dev.txt"
  # esda without its dependencies (Debian'"'"'s or none: the tests needing it then skip)
  if [ -f "$WORK/requirements-reference.txt" ]; then
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
      --cert /etc/ssl/certs/ca-certificates.crt -c /tmp/tc-constraints.txt -r "$WORK/requirements-reference.txt" \
      || echo "(esda not installed: its tests skip)"
  fi
  rm -f /tmp/tc-constraints.txt
  cd "$WORK"
  QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c "
import sys, numpy, pandas, scipy, matplotlib
from osgeo import gdal
from qgis.core import Qgis
print(\"QGIS\", Qgis.QGIS_VERSION, \"| Python\", sys.version.split()[0], \"| numpy\", numpy.__version__,
      \"| pandas\", pandas.__version__, \"| scipy\", scipy.__version__,
      \"| matplotlib\", matplotlib.__version__, \"| GDAL\", gdal.__version__)"
  # scripts/install_plugin.sh (and tests/qgis/test_models.py) call /usr/bin/qgis_process.bin:
  # trixie ships it next to the /usr/bin/qgis_process wrapper, as bookworm does.
  if [ ! -x /usr/bin/qgis_process.bin ]; then echo "no /usr/bin/qgis_process.bin in the chroot" >&2; exit 1; fi
  bash scripts/install_plugin.sh
' tc "$WORK"

# 5. The whole suite, exactly as leg 1 runs it (scripts/test.sh: offscreen pytest).
echo "== pytest on QGIS 3.40"
set +e
in_chroot /bin/bash -c 'cd "$1" && shift && bash scripts/test.sh "$@"' tc "$WORK" "$@"
rc=$?
set -e
echo "== QGIS 3.40 leg: pytest exit $rc, $((SECONDS - START)) s"
exit $rc
