#!/usr/bin/env bash
# Sets everything up if needed, then runs the assistant (`app`) or the gates and the whole test suite
# (`test`: ruff check, mypy, pytest), or
# builds the one-folder bundle and smoke-tests it (`bundle`: packaging/build.sh, packaging/smoke.sh).
#
#   packaging/bootstrap.sh app  [assistant arguments…]
#   packaging/bootstrap.sh test [pytest arguments…]
#   packaging/bootstrap.sh bundle
#
# System packages come from apt-get (installed when missing and we are root; otherwise the one line to
# run is printed). Python packages go into .venv/ at the repository root, reinstalled only when
# pyproject.toml changes. llama-cpp-python has no wheel on the index: packaging/llama-build.sh builds a
# portable one once (~6 min) into a cache folder keyed by its version and build flags, so later set-ups,
# fresh clones included, reuse it, and a native build made some other way never comes back.
set -euo pipefail

mode=${1:-app}
[ $# -gt 0 ] && shift
usage="usage: packaging/bootstrap.sh app|test|bundle [arguments…]"
# Before anything is installed: `--help` or a misspelt mode must not set up a whole .venv first.
case "$mode" in
  app | test | bundle) ;;
  -h | --help | help)
    echo "$usage"
    sed -n '2,4p' "$0" | sed 's/^# //'
    exit 0
    ;;
  *)
    echo "$usage" >&2
    exit 2
    ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# What the app needs at run time: speech (espeak-ng, PortAudio, sox), Qt's X11/EGL libraries, desktop
# notifications, a font with Chinese characters (1.6 MB); a compiler for llama-cpp-python's one-time build.
app_packages="espeak-ng libespeak-ng1 sox libportaudio2 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0
  libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libnotify-bin fonts-wqy-microhei build-essential cmake"
# Only the tests need these: a virtual screen and a way to find windows on it (x11-utils: xev and xprop,
# with which bench/ui.py times a window's map event). The bundle's smoke test uses the screen too.
test_packages="xvfb xdotool xauth x11-utils"

wanted=$app_packages
case "$mode" in test | bundle) wanted="$app_packages $test_packages" ;; esac

missing=()
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "bootstrap: installing system packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: some system packages are missing; install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    [ "$mode" = test ] && exit 1
    echo "bootstrap: continuing; the parts that need them will say so (assistant doctor)." >&2
  fi
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "bootstrap: Python 3.11 or newer is needed (found: $("$python" --version 2>&1)); set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv/" >&2
  "$python" -m venv .venv
fi

# Reinstall only when the dependencies or llama.cpp's build flags changed. The test set-up installs the
# test extras too.
. packaging/llama-build.sh
extras=""
[ "$mode" = test ] && extras="[test]"
base=".venv/.installed-$( (cat pyproject.toml; echo "$LLAMA_BUILD_KEY") | sha256sum | cut -c1-16)"
stamp="$base${extras:+-test}"
if [ ! -f "$stamp" ] && [ ! -f "$base-test" ]; then  # a test install serves the app too
  echo "bootstrap: installing Python packages into .venv/" >&2
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  wheel=$(llama_wheel .venv/bin/python)
  # The portable wheel first, replacing whatever llama-cpp-python was there; then the project, which
  # finds its pinned llama-cpp-python already satisfied.
  .venv/bin/python -m pip install -q --no-deps --force-reinstall "$wheel"
  .venv/bin/python -m pip install -q -e ".${extras}"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

case "$mode" in
  app)
    exec .venv/bin/assistant "$@"
    ;;
  test)
    # The gates first, each one line when it passes: lint (ruff) and types (mypy, configured in
    # pyproject.toml). Then the tests.
    .venv/bin/ruff check --quiet . || exit 1
    .venv/bin/ruff format --check --quiet . || { echo "bootstrap: run .venv/bin/ruff format ." >&2; exit 1; }
    .venv/bin/python -m mypy || exit 1
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "$@"
    ;;
  bundle)
    packaging/build.sh
    exec packaging/smoke.sh
    ;;
esac
