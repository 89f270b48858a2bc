"""Our engine against plain llama_cpp.Llama, side by side in one run, on the same prompt and model.

Prints time to first token and generation speed (median of interleaved rounds, so a noisy neighbour
hurts both equally), the ratios against the targets (tokens/s >= 0.95x direct, first token <= 1.2x
direct), and `assistant chat --once` cold, process start to reply.

    .venv/bin/python bench/chat.py [--rounds 7] [--tokens 128] [--model PATH]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import llama_cpp

from assistant.llm.catalogue import bundled_model_path
from assistant.llm.engine import Engine, GenerationOptions

TOPICS = ["a lighthouse keeper", "a baker", "a fox", "a sailor", "a librarian", "a gardener", "a pilot",
          "a clockmaker", "a painter", "a beekeeper", "a postman", "a violinist"]


def prompt(i: int) -> list[dict[str, str]]:
    # A different prompt each round, so neither side is served from llama.cpp's prompt cache.
    return [{"role": "user", "content": f"Write a short story about {TOPICS[i % len(TOPICS)]} and a storm."}]
CONTEXT = 2048


def direct_round(llm: llama_cpp.Llama, tokens: int, i: int) -> tuple[float, float, int]:
    started = time.perf_counter()
    first = None
    count = 0
    for chunk in llm.create_chat_completion(messages=prompt(i), stream=True, temperature=0.0, seed=1,  # type: ignore[arg-type]
                                            max_tokens=tokens):
        if chunk["choices"][0]["delta"].get("content"):  # type: ignore[index,union-attr]
            count += 1
            if first is None:
                first = time.perf_counter() - started
    total = time.perf_counter() - started
    assert first is not None
    return first, total, count


def engine_round(engine: Engine, tokens: int, i: int) -> tuple[float, float, int]:
    started = time.perf_counter()
    first = None
    count = 0
    for _ in engine.stream(prompt(i), GenerationOptions(temperature=0.0, seed=1, max_tokens=tokens)):
        count += 1
        if first is None:
            first = time.perf_counter() - started
    total = time.perf_counter() - started
    assert first is not None
    return first, total, count


def cold_cli(model: Path | None) -> float:
    exe = Path(sys.executable).parent / "assistant"
    args = [str(exe), "chat", "--once", "Say hello", "--json", "--seed", "1", "--temperature", "0"]
    if model:
        args += ["--model", str(model)]
    with tempfile.TemporaryDirectory() as home:
        started = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env={**os.environ, "ASSISTANT_HOME": home})
        return time.perf_counter() - started


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--model", type=Path)
    args = parser.parse_args()
    model = args.model or bundled_model_path()

    print(f"machine: {cpu_name()}, {os.cpu_count()} cores; python {platform.python_version()}; "
          f"llama-cpp-python {llama_cpp.__version__}")
    print(f"model: {model.name}; context {CONTEXT}; greedy; up to {args.tokens} tokens; {args.rounds} rounds")

    started = time.perf_counter()
    direct = llama_cpp.Llama(model_path=str(model), n_ctx=CONTEXT, verbose=False)
    direct_load = time.perf_counter() - started
    started = time.perf_counter()
    engine = Engine.load(model, context_size=CONTEXT)
    engine_load = time.perf_counter() - started

    direct_round(direct, 8, -1)  # warm both: first calls pay for allocations
    engine_round(engine, 8, -1)
    results: dict[str, list[tuple[float, float, int]]] = {"direct": [], "engine": []}
    for i in range(args.rounds):
        results["direct"].append(direct_round(direct, args.tokens, i))
        results["engine"].append(engine_round(engine, args.tokens, i))

    def summary(rows: list[tuple[float, float, int]]) -> tuple[float, float, int]:
        ttft = statistics.median(r[0] for r in rows)
        tps = statistics.median(r[2] / (r[1] - r[0]) for r in rows)  # decode speed after the first token
        return ttft, tps, rows[0][2]

    d_ttft, d_tps, d_n = summary(results["direct"])
    e_ttft, e_tps, e_n = summary(results["engine"])
    print(f"{'':24}{'direct Llama':>14}{'our engine':>14}{'ratio':>8}  target")
    print(f"{'load (s)':24}{direct_load:14.3f}{engine_load:14.3f}{engine_load / direct_load:8.2f}")
    print(f"{'first token (ms)':24}{d_ttft * 1000:14.1f}{e_ttft * 1000:14.1f}{e_ttft / d_ttft:8.2f}  <= 1.20")
    print(f"{'tokens/s':24}{d_tps:14.1f}{e_tps:14.1f}{e_tps / d_tps:8.2f}  >= 0.95")
    print(f"{'pieces per reply':24}{d_n:14d}{e_n:14d}")
    colds = [cold_cli(args.model) for _ in range(3)]
    print(f"assistant chat --once, cold process start to reply: median {statistics.median(colds):.2f} s "
          f"(runs: {', '.join(f'{c:.2f}' for c in colds)})")


if __name__ == "__main__":
    main()
