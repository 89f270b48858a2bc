"""What this computer's processor can run, checked before llama.cpp is loaded.

Our llama.cpp is built for one x86-64 baseline (packaging/llama-build.sh): AVX2, FMA, F16C and BMI2.
On a processor without them the library dies with SIGILL on its first instruction that uses them —
possibly while it is being loaded — so the check has to happen before `import llama_cpp`, and say in one
line what is wrong instead of letting the process crash.
"""

from __future__ import annotations

import functools
import platform
from pathlib import Path

from ..errors import ModelError

# The instruction sets the portable build is compiled with (see packaging/llama-build.sh).
REQUIRED = ("avx", "avx2", "fma", "f16c", "bmi2")


@functools.cache
def cpu_flags() -> frozenset[str] | None:
    """The processor's feature flags as Linux reports them, or None where we cannot tell.

    Linux lists a vector extension only when the kernel also saves its registers (XSAVE), so a flag
    here means the process may really use it — unlike the raw CPUID bits that made a native build
    pick AMX on a VM that never granted the tile registers."""
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("flags"):
            return frozenset(line.split(":", 1)[1].split())
    return None


def missing_features(flags: frozenset[str] | None = None) -> list[str]:
    """Which of REQUIRED this processor lacks; [] when all are there or when we cannot tell."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return []  # other architectures get their own build; nothing to check against here
    flags = cpu_flags() if flags is None else flags
    if flags is None:
        return []
    return [name for name in REQUIRED if name not in flags]


def require_supported_cpu() -> None:
    """Raise ModelError (one line) when the language model cannot run on this processor."""
    missing = missing_features()
    if missing:
        raise ModelError(
            "this processor lacks "
            + ", ".join(name.upper() for name in missing)
            + ", which the language model needs (any Intel CPU since 2013 or AMD CPU since 2015 has them); "
            "reminders, memory and speech still work"
        )


def backend_summary() -> str:
    """The CPU features the loaded llama.cpp was compiled with, as llama.cpp itself reports them."""
    import llama_cpp  # only after require_supported_cpu(): importing loads the library

    info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
    # "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | ..." → the ones on.
    on = [part.split("=")[0].strip() for part in info.replace("CPU :", "|").split("|") if part.strip().endswith("= 1")]
    return " ".join(on) if on else info.strip()
