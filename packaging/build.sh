#!/usr/bin/env bash
# Builds the one-folder bundle dist/assistant/ (run dist/assistant/assistant) with PyInstaller, from
# packaging/assistant.spec and the packages in .venv/ (set up by packaging/bootstrap.sh). The folder holds
# Python, the Qt window, the bundled language model, the Whisper models and the embedder: copy it to
# another x86-64 Linux machine and run it there; only espeak-ng (apt-get install espeak-ng) is needed
# for speech. Check it with packaging/smoke.sh.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
fail() { echo "build: $*" >&2; exit 1; }

# Pinned so a bundle built later is built the same way.
pyinstaller=6.22.3 hooks_contrib=2026.9

[ -x .venv/bin/python ] || fail "no .venv/: set it up first with packaging/bootstrap.sh app (or use packaging/bootstrap.sh bundle)"
installed=$(.venv/bin/python -c 'from importlib.metadata import version as v
print(v("pyinstaller"), v("pyinstaller-hooks-contrib"))' 2>/dev/null || true)
if [ "$installed" != "$pyinstaller $hooks_contrib" ]; then
  echo "build: installing PyInstaller $pyinstaller into .venv/" >&2
  .venv/bin/python -m pip install -q "pyinstaller==$pyinstaller" "pyinstaller-hooks-contrib==$hooks_contrib" \
    || fail "cannot install PyInstaller into .venv/"
fi

mkdir -p build
log=build/pyinstaller.log
echo "build: building dist/assistant/ (under a minute; log in $log)" >&2
start=$EPOCHREALTIME
if ! .venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
     --distpath dist --workpath build/pyinstaller packaging/assistant.spec >"$log" 2>&1; then
  fail "PyInstaller failed: $(grep -v '^\s*$' "$log" | tail -1) (full log: $log)"
fi
us=$((${EPOCHREALTIME/./} - ${start/./}))
echo "build: dist/assistant/assistant ready, $(du -sh dist/assistant | cut -f1) in $((us / 1000000)) s;" \
  "check it with packaging/smoke.sh" >&2
