#!/usr/bin/env bash
# Builds llama-cpp-python once per (version, build flags) into its own cache folder and prints the
# wheel's path. Sourced by bootstrap.sh; run alone it just prints the path (building when needed).
#
# Why not let pip build it: llama.cpp's default is GGML_NATIVE=ON (-march=native), which compiles in
# whatever the build host's CPU advertises — AMX tiles on a VM that does not grant them (general
# protection fault at ldtilecfg), AVX-512 that an AVX2 laptop lacks (SIGILL). And pip's wheel cache keys
# on the version only, so a native wheel built once would come back whatever CMAKE_ARGS say. Here the
# wheel lives in a folder named after a hash of the version *and* the flags: change either and it is
# rebuilt, never mixed up.
#
# The flags: one x86-64 baseline of AVX2 + FMA + F16C (and BMI2, on by default once NATIVE is off):
# every Intel CPU since Haswell (2013) and AMD since Excavator (2015). No AVX-512, no AMX. llama.cpp's
# runtime-dispatched CPU backends (GGML_BACKEND_DL + GGML_CPU_ALL_VARIANTS) were the other choice; llama-cpp-python 0.3.36 never calls
# ggml_backend_load_all(), so such a build loads no backend at all ("no backends are loaded",
# abetlen/llama-cpp-python#2069). docs/benchmarks.md has the measurements behind the choice.
set -euo pipefail

llama_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LLAMA_VERSION=$(sed -n 's/.*"llama-cpp-python==\([0-9.]*\)".*/\1/p' "$llama_root/pyproject.toml")
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"
LLAMA_BUILD_KEY=$(printf '%s\n%s\n' "$LLAMA_VERSION" "$LLAMA_CMAKE_ARGS" | sha256sum | cut -c1-16)
LLAMA_WHEEL_DIR=${ASSISTANT_WHEEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/assistant-wheels}/llama-cpp-python-$LLAMA_VERSION-$LLAMA_BUILD_KEY

# llama_wheel PYTHON: the portable wheel's path, built with PYTHON's pip the first time (~6 min on 2 cores).
llama_wheel() {
  local python=$1 wheel
  wheel=$(ls "$LLAMA_WHEEL_DIR"/llama_cpp_python-*.whl 2>/dev/null | head -1 || true)
  if [ -z "$wheel" ]; then
    echo "bootstrap: building llama-cpp-python $LLAMA_VERSION for any x86-64 CPU with AVX2 (once, about 6 min)" >&2
    local tmp
    tmp=$(mktemp -d "${LLAMA_WHEEL_DIR%/*}/.build.XXXXXX" 2>/dev/null || { mkdir -p "${LLAMA_WHEEL_DIR%/*}"; mktemp -d "${LLAMA_WHEEL_DIR%/*}/.build.XXXXXX"; })
    # --no-cache-dir: never take pip's cached (possibly native) wheel, never leave ours there either.
    if ! CMAKE_ARGS="$LLAMA_CMAKE_ARGS" FORCE_CMAKE=1 "$python" -m pip wheel -q --no-deps --no-cache-dir \
         --no-binary llama-cpp-python -w "$tmp" "llama-cpp-python==$LLAMA_VERSION" >"$tmp/build.log" 2>&1; then
      echo "bootstrap: building llama-cpp-python failed; the last lines of its log ($tmp/build.log):" >&2
      tail -20 "$tmp/build.log" >&2
      return 1
    fi
    # One rename, so a killed build never leaves a folder that looks finished.
    mv "$tmp" "$LLAMA_WHEEL_DIR" 2>/dev/null || rm -rf "$tmp"
    wheel=$(ls "$LLAMA_WHEEL_DIR"/llama_cpp_python-*.whl | head -1)
  fi
  echo "$wheel"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  llama_wheel "${PYTHON:-python3}"
fi
