"""Inspect llama.cpp's shared libraries for instructions a portable build must not contain.

A build made with GGML_NATIVE=ON carries whatever the build host advertised: AMX tile instructions
(a general protection fault on a VM that advertises AMX but does not grant the tile registers) and
AVX-512 (SIGILL on every AVX2-only laptop). Neither crash shows on the machine that built it, so this
check reads the machine code itself. It needs `objdump` (binutils), which the build needs anyway.

    python -m assistant.llm.libcheck [FOLDER_OR_FILE ...]   (default: the installed llama_cpp/lib)

Exits 1 and names the library when one is found.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# AMX: tile configuration, loads/stores and the dot-product instructions (tdpbssd, tdpbf16ps, ...).
AMX = re.compile(r"\t(ldtilecfg|sttilecfg|tileloadd|tileloaddt1|tilestored|tilezero|tilerelease|tdp\w+)\b")
# AVX-512: only it addresses the 512-bit zmm registers (AT&T syntax: %zmm0).
AVX512 = re.compile(r"%zmm\d")


@dataclass
class LibReport:
    path: Path
    amx: int  # instructions found
    avx512: int

    @property
    def portable(self) -> bool:
        return self.amx == 0 and self.avx512 == 0


def installed_libraries() -> list[Path]:
    """The shared libraries llama-cpp-python loads: llama_cpp/lib/*.so* (llama, ggml, ggml-base, ggml-cpu)."""
    spec = importlib.util.find_spec("llama_cpp")  # found without importing: importing loads the libraries
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations))) / "lib"
    return distinct(sorted(p for p in folder.glob("*.so*") if p.is_file()))


def scan(path: Path) -> LibReport:
    objdump = shutil.which("objdump")
    if objdump is None:
        raise RuntimeError("objdump is missing: install binutils")
    amx = avx512 = 0
    with subprocess.Popen(
        [objdump, "-d", "--no-show-raw-insn", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        errors="replace",
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if "zmm" in line and AVX512.search(line):
                avx512 += 1
            elif AMX.search(line):
                amx += 1
    return LibReport(path, amx, avx512)


def libraries_in(targets: list[Path]) -> list[Path]:
    found: list[Path] = []
    for target in targets:
        if target.is_dir():
            found += sorted(p for p in target.rglob("*.so*") if p.is_file() and _is_llama_library(p))
        else:
            found.append(target)
    return distinct(found)


def distinct(paths: list[Path]) -> list[Path]:
    """One path per library: the wheel holds libllama.so, .so.0 and .so.0.5.0 as three identical copies."""
    seen: dict[str, Path] = {}
    for path in paths:
        seen.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), path)
    return list(seen.values())


def _is_llama_library(path: Path) -> bool:
    return path.name.startswith(("libllama", "libggml", "libmtmd"))


def main(argv: list[str]) -> int:
    libraries = libraries_in([Path(a) for a in argv]) if argv else installed_libraries()
    if not libraries:
        print("libcheck: no llama.cpp libraries found", file=sys.stderr)
        return 1
    bad = 0
    for report in map(scan, libraries):
        verdict = "ok" if report.portable else "NOT PORTABLE"
        print(f"{verdict:12} {report.path}  (AMX instructions: {report.amx}, AVX-512: {report.avx512})")
        bad += not report.portable
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
