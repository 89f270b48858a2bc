"""The language model engine: one GGUF loaded through llama-cpp-python, streamed chat, constrained JSON.

Thin on purpose. The chat template comes from the GGUF's own metadata (llama-cpp-python applies it);
we render the same template ourselves only to count prompt tokens, so the context planner and the
model agree on what a prompt costs.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..errors import ModelError
from . import cpu
from .catalogue import bundled_model_path, reply_tokens_for
from .context import ChatMessage, fit_messages
from .repetition import RepetitionGuard
from .threads import ThreadChooser

if TYPE_CHECKING:  # imported for real only after the CPU check: importing loads llama.cpp's libraries
    import llama_cpp
    from llama_cpp import llama_types

log = logging.getLogger(__name__)

GGUF_MAGIC = b"GGUF"


@dataclass
class GenerationOptions:
    temperature: float = 0.7
    max_tokens: int = 512
    seed: int | None = None  # None: a fresh random seed per reply
    stop: list[str] = field(default_factory=list)
    # llama.cpp's repetition penalty over the last 64 tokens. 1.1 made the bundled model's loops rarer
    # without garbling its replies; higher values start swapping in odd words (docs/benchmarks.md).
    # The RepetitionGuard below catches the loops that remain.
    repeat_penalty: float = 1.1


@dataclass
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str  # "stop", "length", "repeat" (cut where the model began repeating itself) or "interrupted"
    seconds: float
    first_token_seconds: float | None

    @property
    def interrupted(self) -> bool:
        return self.finish_reason == "interrupted"


def check_gguf(path: Path) -> None:
    """Refuse what is plainly not a model file before llama.cpp spends time (or crashes) on it."""
    if not path.exists():
        raise ModelError(f"model file not found: {path}")
    if not path.is_file():
        raise ModelError(f"{path} is a folder, not a model file; give the path of a .gguf file")
    try:
        with path.open("rb") as f:
            magic = f.read(4)
    except OSError as e:
        raise ModelError(f"cannot read {path}: {e.strerror or e}") from e
    if magic != GGUF_MAGIC:
        raise ModelError(f"{path} is not a GGUF model file (llama.cpp models end in .gguf)")


class Engine:
    """A loaded model. Generation is serialised by a lock: llama.cpp contexts are not thread-safe."""

    def __init__(self, llm: llama_cpp.Llama, path: Path, threads: ThreadChooser | None = None):
        self._llm = llm
        self._threads = threads or ThreadChooser(fixed=llm.n_threads)
        self.path = path
        self.metadata: dict[str, str] = dict(llm.metadata)
        self.name = path.name  # the file is what the user chose and can find again; metadata names vary
        self.context_size = llm.n_ctx()
        self.threads: int = llm.n_threads  # what decoding uses now; see use_threads()
        self.reply_tokens = reply_tokens_for(path.name)  # used when the user has not set max_tokens
        self._lock = threading.Lock()
        template = self.metadata.get("tokenizer.chat_template")
        if not template:
            # Base (non-chat) models have no template; llama-cpp-python would silently fall back to a
            # llama-2 format and the model would answer with nothing or nonsense.
            raise ModelError(
                f"{path.name} has no chat template in its metadata: it looks like a base model, not a "
                "chat (instruct) model; choose an -Instruct GGUF"
            )
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        model = llm._model
        eos, bos = model.token_eos(), model.token_bos()
        self._formatter = Jinja2ChatFormatter(
            template=template,
            eos_token=model.token_get_text(eos) if eos != -1 else "",
            bos_token=model.token_get_text(bos) if bos != -1 else "",
        )
        try:
            # A template that raises would otherwise fail every chat after the question was stored.
            self._formatter(
                messages=_llama_messages([{"role": "system", "content": "Check."}, {"role": "user", "content": "Hi"}])
            )
        except Exception as e:
            raise ModelError(
                f"{path.name} cannot chat: its chat template fails ({type(e).__name__}); choose another GGUF"
            ) from e

    @classmethod
    def load(cls, path: Path | str | None = None, *, context_size: int = 2048, threads: int | None = None) -> Engine:
        """Load `path`, or the bundled model when None. Raises ModelError with the reason in one line."""
        path = Path(path).expanduser() if path else bundled_model_path()
        check_gguf(path)
        cpu.require_supported_cpu()
        import llama_cpp

        from . import llama_log

        llama_log.install()
        llama_log.take_first_error()
        started = time.perf_counter()
        chooser = ThreadChooser(fixed=threads)
        try:
            llm = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=context_size,
                n_threads=chooser.initial(),
                n_threads_batch=chooser.initial(),
                verbose=False,
            )
        except Exception as e:  # llama.cpp reports every load failure as a bare ValueError
            reason = llama_log.take_first_error() or str(e)
            log.error("loading %s failed: %s (%s)", path, reason, e)
            raise ModelError(f"cannot load {path.name}: {reason}") from e
        engine = cls(llm, path, chooser)
        log.info(
            "loaded %s (%s) in %.2f s, context %d",
            path,
            engine.name,
            time.perf_counter() - started,
            engine.context_size,
        )
        return engine

    def use_threads(self, wanted: int) -> None:
        """Decode (and read prompts) with `wanted` threads from the next token on; threads.py says how
        the count is chosen. Cheap: llama.cpp reads the count at each decode call."""
        if wanted != self.threads:
            import llama_cpp

            llama_cpp.llama_set_n_threads(self._llm._ctx.ctx, wanted, wanted)
            log.debug("decoding with %d threads (was %d)", wanted, self.threads)
            self.threads = wanted

    def threads_for_reply(self) -> None:
        """Start a reply with the thread count the chooser proposes from the machine's load now."""
        self.use_threads(self._threads.start())

    def threads_after_piece(self, seconds: float) -> None:
        """Tell the chooser how long the last piece took to decode; it may move the count."""
        self.use_threads(self._threads.step(self.threads, seconds))

    def check_chat(self) -> None:
        """A one-token chat through the model's own template and sampler: what `settings set model_path`
        and `doctor` require before calling a model working (loading alone proves little)."""
        try:
            with self._lock:
                self._llm.create_chat_completion(
                    messages=_llama_messages([{"role": "user", "content": "Hi"}]), max_tokens=1, temperature=0.0, seed=0
                )
        except Exception as e:
            log.error("chat check of %s failed: %s", self.path, type(e).__name__)
            raise ModelError(f"{self.name} loads but cannot chat ({type(e).__name__}); choose another GGUF") from e

    def count_tokens(self, messages: list[ChatMessage]) -> int:
        try:
            prompt = self._formatter(messages=_llama_messages(messages)).prompt
        except Exception as e:  # a template that only fails on some conversations
            raise ModelError(
                f"{self.name}'s chat template fails on this conversation ({type(e).__name__}); "
                "choose another GGUF or start a new conversation"
            ) from e
        return len(self._llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True))

    def count_text(self, text: str) -> int:
        """Tokens in plain text (no chat template): what a memory costs in the prompt."""
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False))

    def fit(
        self, pinned: list[ChatMessage], history: list[ChatMessage], latest: ChatMessage, max_tokens: int
    ) -> list[ChatMessage]:
        """The prompt to send: pinned (system, context) + as much recent history as fits + latest."""
        return fit_messages(pinned, history, latest, self.context_size - max_tokens, self.count_tokens)

    def stream(self, messages: list[ChatMessage], options: GenerationOptions | None = None) -> Generation:
        return Generation(self, messages, options or GenerationOptions())


def _llama_messages(messages: list[ChatMessage]) -> list[llama_types.ChatCompletionRequestMessage]:
    """Our plain {"role", "content"} messages are the shape llama-cpp-python's typed dicts describe."""
    return cast("list[llama_types.ChatCompletionRequestMessage]", messages)


class Generation:
    """Text pieces as the model produces them. `cancel()` may be called from any thread; once the
    iteration ends (finished, cancelled, or broken off by KeyboardInterrupt) `completion` holds the
    totals and what was produced so far."""

    def __init__(self, engine: Engine, messages: list[ChatMessage], options: GenerationOptions):
        self._engine = engine
        self._messages = messages
        self._options = options
        self._cancelled = threading.Event()
        self.completion: Completion | None = None

        self._pieces = self._run()

    def cancel(self) -> None:
        self._cancelled.set()

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        return next(self._pieces)

    def close(self) -> None:
        """End generation early (e.g. after Ctrl+C in the consumer) and settle `completion`."""
        self._pieces.close()
        if self.completion is None:  # closed before the first piece was asked for
            self.completion = Completion("", 0, 0, "interrupted", 0.0, None)

    def _run(self) -> Generator[str, None, None]:
        opts, engine = self._options, self._engine
        prompt_tokens = engine.count_tokens(self._messages)
        guard = RepetitionGuard()
        emitted = 0  # characters of guard.text already handed to the consumer
        finish = "interrupted"
        first: float | None = None
        started = time.perf_counter()
        with engine._lock:
            try:
                engine.threads_for_reply()
                chunks = engine._llm.create_chat_completion(
                    messages=_llama_messages(self._messages),
                    stream=True,
                    temperature=opts.temperature,
                    seed=opts.seed if opts.seed is not None else random.getrandbits(31),
                    max_tokens=opts.max_tokens,
                    stop=opts.stop,
                    repeat_penalty=opts.repeat_penalty,
                )
                stream = cast("Iterator[llama_types.CreateChatCompletionStreamResponse]", chunks)
                resumed = time.perf_counter()  # decoding time only: what the consumer does is not ours
                for chunk in stream:
                    if self._cancelled.is_set():
                        break
                    engine.threads_after_piece(time.perf_counter() - resumed)
                    choice = chunk["choices"][0]
                    piece = choice["delta"].get("content")
                    if isinstance(piece, str) and piece:
                        guard.feed(piece)
                        shown = guard.shown()
                        if len(shown) > emitted:
                            if first is None:
                                first = time.perf_counter() - started
                            piece, emitted = shown[emitted:], len(shown)  # counted before the consumer
                            yield piece  # may stop us here (Ctrl+C), and what it got is the reply
                        if guard.looping:
                            finish = "repeat"
                            break
                    if choice.get("finish_reason"):
                        finish = choice["finish_reason"] or "stop"
                    resumed = time.perf_counter()
                if self._cancelled.is_set():
                    finish = "interrupted"
                else:
                    finish = finish if finish != "interrupted" else "stop"
                if finish != "interrupted":
                    # Held-back text that turned out not to be a loop belongs to the reply.
                    rest = guard.final()[emitted:]
                    if rest:
                        if first is None:
                            first = time.perf_counter() - started
                        emitted += len(rest)
                        yield rest
            except Exception as e:
                log.exception("generation failed")
                raise ModelError(f"the model failed while answering: {e}") from e
            finally:
                # Interrupted: exactly what the user saw. Otherwise the guard's reply, which stops
                # before a loop began.
                text = guard.text[:emitted] if finish == "interrupted" else guard.final()
                self.completion = Completion(
                    text=text,
                    prompt_tokens=prompt_tokens,
                    completion_tokens=len(engine._llm.tokenize(text.encode("utf-8"), add_bos=False)) if text else 0,
                    finish_reason=finish,
                    seconds=time.perf_counter() - started,
                    first_token_seconds=first,
                )
