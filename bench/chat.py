"""Our engine against the best raw llama_cpp.Llama configuration, quiet and with a busy neighbour.

Each configuration runs in its own process (threads and environment are fixed when llama.cpp loads),
and the configurations are interleaved round by round, so a noisy neighbour hurts all of them alike.
Raw Llama is swept over threads 1..physical cores; the best of the sweep is the baseline our engine
(at its own default) is held against. Then the same with a second busy process on the machine (one
core spinning, like a browser tab or a build), and `assistant chat --once` end to end: cold (a new
process) and warm (a second question to an assistant already open, as the window does).

tok/s is a whole reply's tokens over its wall time, the first token's wait included: the speed a user
sees, and the same definition on both sides.

    .venv/bin/python bench/chat.py [--rounds 3] [--tokens 128] [--model PATH]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOPICS = [
    "a lighthouse keeper",
    "a baker",
    "a fox",
    "a sailor",
    "a librarian",
    "a gardener",
    "a pilot",
    "a clockmaker",
    "a painter",
    "a beekeeper",
    "a postman",
    "a violinist",
]
CONTEXT = 2048


def prompt(i: int) -> list[dict[str, str]]:
    # A different prompt each time, so neither side is served from llama.cpp's prompt cache.
    return [{"role": "user", "content": f"Write a short story about {TOPICS[i % len(TOPICS)]} and a storm."}]


def measure(kind: str, threads: int, model: str, tokens: int, prompts: int, offset: int) -> dict[str, float]:
    """Runs in a child process: load, warm up, then time `prompts` replies. Returns medians.

    `threads` 0 is our engine choosing for itself. Both sides count the same thing: the reply's text
    tokenized again (our engine may hand several tokens over as one piece while its repetition guard
    holds a run back, so counting pieces would undercount it)."""
    from assistant.llm.engine import Engine, GenerationOptions

    rows = []
    if kind == "raw":
        import llama_cpp

        llm = llama_cpp.Llama(
            model_path=model, n_ctx=CONTEXT, n_threads=threads, n_threads_batch=threads, verbose=False
        )

        def stream(i: int, n: int):  # type: ignore[no-untyped-def]
            for chunk in llm.create_chat_completion(
                messages=prompt(i),
                stream=True,
                temperature=0.0,  # type: ignore[arg-type]
                seed=1,
                max_tokens=n,
            ):
                text = chunk["choices"][0]["delta"].get("content")  # type: ignore[index,union-attr]
                if text:
                    yield text

        tokenize = llm.tokenize
    else:
        engine = Engine.load(model, context_size=CONTEXT, threads=threads or None)

        def stream(i: int, n: int):  # type: ignore[no-untyped-def]
            yield from engine.stream(prompt(i), GenerationOptions(temperature=0.0, seed=1, max_tokens=n))

        tokenize = engine._llm.tokenize

    for _ in stream(-1, 8):  # the first call pays for allocations
        pass
    for i in range(offset, offset + prompts):
        started = time.perf_counter()
        first = None
        text = ""
        for piece in stream(i, tokens):
            text += piece
            if first is None:
                first = time.perf_counter() - started
        total = time.perf_counter() - started
        assert first is not None
        count = len(tokenize(text.encode("utf-8"), add_bos=False))
        rows.append((first, count / total))
    return {"ttft_ms": statistics.median(r[0] for r in rows) * 1000, "tps": statistics.median(r[1] for r in rows)}


def spin(stop: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    x = 0
    while not stop.is_set():
        for _ in range(100_000):
            x += 1


def run_config(kind: str, threads: int, model: str, tokens: int, prompts: int, offset: int) -> dict[str, float]:
    code = (
        f"import json, bench.chat as b; print(json.dumps(b.measure({kind!r}, {threads}, {model!r}, "
        f"{tokens}, {prompts}, {offset})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def chat_once(home: str, model: Path | None) -> float:
    exe = Path(sys.executable).parent / "assistant"
    args = [str(exe), "chat", "--once", "What is a good name for a cat?", "--json", "--seed", "1"]
    if model:
        args += ["--model", str(model)]
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env={**os.environ, "ASSISTANT_HOME": home})
    return time.perf_counter() - started


def warm_turns(model: Path | None, count: int) -> list[float]:
    from assistant.assistant import Assistant

    with tempfile.TemporaryDirectory() as home:
        os.environ["ASSISTANT_HOME"] = home
        assistant = Assistant.open(model_path=str(model) if model else None)
        assistant.handle("Hello")  # loads the model: the window does this in the background at start
        times = []
        for i in range(count):
            started = time.perf_counter()
            assistant.handle(f"What is a good name for a {['cat', 'dog', 'horse', 'fish', 'bird'][i % 5]}?")
            times.append(time.perf_counter() - started)
        return times


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
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--prompts", type=int, default=3, help="replies timed per configuration per round")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--model", type=Path)
    args = parser.parse_args()

    import llama_cpp

    from assistant.llm.catalogue import bundled_model_path
    from assistant.llm.cpu import backend_summary
    from assistant.llm.threads import physical_cores

    model = str(args.model or bundled_model_path())
    cores = physical_cores()
    print(
        f"machine: {cpu_name()}, {os.cpu_count()} logical / {cores} physical cores; python "
        f"{platform.python_version()}; llama-cpp-python {llama_cpp.__version__}; build: {backend_summary()}"
    )
    print(
        f"model: {Path(model).name}; context {CONTEXT}; greedy; up to {args.tokens} tokens; "
        f"{args.rounds} rounds x {args.prompts} replies; ours: threads follow the load (llm/threads.py)"
    )

    # Ours at each fixed count too: what our engine costs by itself, apart from the count it chooses.
    configs = [("raw", t) for t in range(1, cores + 1)] + [("ours", t) for t in range(1, cores + 1)] + [("ours", 0)]
    results: dict[tuple[str, str, int], list[dict[str, float]]] = {}
    for busy in (False, True):
        stop = multiprocessing.Event()
        spinner = multiprocessing.Process(target=spin, args=(stop,), daemon=True) if busy else None
        if spinner:
            spinner.start()
        try:
            for r in range(args.rounds):
                for kind, threads in configs:
                    row = run_config(kind, threads, model, args.tokens, args.prompts, r * args.prompts)
                    results.setdefault(("busy" if busy else "quiet", kind, threads), []).append(row)
                    # As it goes, so a long run under load shows something before it ends.
                    load = "busy" if busy else "quiet"
                    print(f"  {load} round {r + 1}: {kind} {threads or 'adaptive'}: {row}", flush=True)
        finally:
            stop.set()
            if spinner:
                spinner.join()

    def med(key: tuple[str, str, int], field: str) -> float:
        return statistics.median(row[field] for row in results[key])

    print(f"\n{'configuration':28}{'quiet tok/s':>12}{'quiet ttft ms':>14}{'busy tok/s':>12}{'busy ttft ms':>14}")
    for kind, threads in configs:
        count = f"{threads} thread{'s' if threads > 1 else ''}"
        name = f"{'raw Llama' if kind == 'raw' else 'our engine'}, {count}" if threads else "our engine (adaptive)"
        print(
            f"{name:28}{med(('quiet', kind, threads), 'tps'):12.1f}{med(('quiet', kind, threads), 'ttft_ms'):14.1f}"
            f"{med(('busy', kind, threads), 'tps'):12.1f}{med(('busy', kind, threads), 'ttft_ms'):14.1f}"
        )
    for load in ("quiet", "busy"):
        best = max(range(1, cores + 1), key=lambda t: med((load, "raw", t), "tps"))
        ours = med((load, "ours", 0), "tps")
        library_default = max(1, (os.cpu_count() or 2) // 2)  # llama-cpp-python's own default
        print(
            f"{load}: ours / best raw ({best} threads) = {ours / med((load, 'raw', best), 'tps'):.2f} "
            f"(target >= 0.90); ours / llama-cpp-python's default ({library_default} threads) = "
            f"{ours / med((load, 'raw', library_default), 'tps'):.2f}"
        )

    with tempfile.TemporaryDirectory() as home:
        colds = [chat_once(home, args.model) for _ in range(3)]
    print(
        "\nassistant chat --once, a one-line question, new process to reply: "
        f"median {statistics.median(colds):.2f} s "
        f"(runs: {', '.join(f'{c:.2f}' for c in colds)})"
    )
    warms = warm_turns(args.model, 5)
    print(
        f"the same question to an open assistant (warm): median {statistics.median(warms):.2f} s "
        f"(runs: {', '.join(f'{c:.2f}' for c in warms)})"
    )


if __name__ == "__main__":
    main()
