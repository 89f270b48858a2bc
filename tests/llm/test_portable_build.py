"""The installed llama.cpp must run on any x86-64 CPU with AVX2, not just on the machine that built it.

A native build (llama.cpp's default) carries AMX or AVX-512 code when the build host has them; it runs
here and crashes elsewhere, so CI on the build host would never notice. These tests read the machine
code of the installed libraries instead of running it, and prove the reader finds such code by
compiling a small library that has some.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.llm import cpu, libcheck

pytestmark = pytest.mark.skipif(platform.machine() != "x86_64", reason="the portable baseline is x86-64's")


def test_the_installed_llama_cpp_has_no_amx_and_no_avx512() -> None:
    libraries = libcheck.installed_libraries()
    names = {p.name.split(".so")[0] for p in libraries}
    assert {"libllama", "libggml-cpu"} <= names, f"llama_cpp/lib should hold llama and ggml-cpu, found {names}"
    for report in map(libcheck.scan, libraries):
        assert report.amx == 0, f"{report.path.name} holds {report.amx} AMX instructions: a native build"
        assert report.avx512 == 0, f"{report.path.name} uses AVX-512 registers {report.avx512} times"


@pytest.fixture(scope="module")
def native_like_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shared library with what a native build on a Sapphire Rapids host would carry."""
    if shutil.which("cc") is None:
        pytest.skip("no C compiler")
    folder = tmp_path_factory.mktemp("native")
    source = folder / "native.c"
    source.write_text(
        "#include <immintrin.h>\n"
        "void tiles(const void *cfg, void *c, const void *a, const void *b) {\n"
        "  _tile_loadconfig(cfg); _tile_loadd(1, a, 64); _tile_loadd(2, b, 64);\n"
        "  _tile_dpbssd(0, 1, 2); _tile_stored(0, c, 64); _tile_release(); }\n"
        "__m512 wide(__m512 x, __m512 y) { return _mm512_fmadd_ps(x, y, x); }\n"
    )
    library = folder / "libggml-cpu.so"
    subprocess.run(
        ["cc", "-O2", "-shared", "-fPIC", "-mamx-tile", "-mamx-int8", "-mavx512f", str(source), "-o", str(library)],
        check=True,
    )
    return library


def test_the_check_finds_amx_and_avx512_in_a_native_like_library(native_like_library: Path) -> None:
    report = libcheck.scan(native_like_library)
    assert report.amx >= 5 and report.avx512 >= 1 and not report.portable


def test_the_check_as_a_command_fails_on_a_native_like_folder(native_like_library: Path) -> None:
    bad = subprocess.run(
        [sys.executable, "-m", "assistant.llm.libcheck", str(native_like_library.parent)],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and "NOT PORTABLE" in bad.stdout
    good = subprocess.run([sys.executable, "-m", "assistant.llm.libcheck"], capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr


def test_an_older_cpu_is_refused_in_one_line_before_llama_cpp_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    # An Ivy Bridge: AVX but no AVX2, FMA or BMI2.
    monkeypatch.setattr(cpu, "cpu_flags", lambda: frozenset("fpu sse sse2 ssse3 sse4_1 sse4_2 avx f16c".split()))
    assert cpu.missing_features() == ["avx2", "fma", "bmi2"]
    with pytest.raises(ModelError) as refused:
        cpu.require_supported_cpu()
    message = str(refused.value)
    assert "\n" not in message and "AVX2" in message and "FMA" in message


def test_this_cpu_is_supported_and_the_backend_says_what_it_uses() -> None:
    assert cpu.missing_features() == []
    summary = cpu.backend_summary()
    assert "AVX2" in summary and "AVX512" not in summary.replace(" ", "")
