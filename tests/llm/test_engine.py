"""The engine on the real bundled model: streaming, determinism, the context window, bad model files."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.llm.context import PromptTooLong
from assistant.llm.engine import Engine, GenerationOptions
from tests.helpers import gguf_with_metadata_string

GREEDY = GenerationOptions(temperature=0.0, seed=7, max_tokens=48)
HELLO = [{"role": "user", "content": "Say hello in five words."}]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(context_size=1024)


def test_streams_pieces_that_add_up_to_the_reply(engine: Engine) -> None:
    generation = engine.stream(HELLO, GREEDY)
    pieces = list(generation)
    done = generation.completion
    assert done is not None
    assert len(pieces) > 3, "a reply should arrive in several pieces, not at once"
    assert "".join(pieces) == done.text and done.text.strip()
    assert done.finish_reason in ("stop", "length")
    assert done.prompt_tokens > 5 and done.completion_tokens > 0
    assert done.first_token_seconds is not None and done.first_token_seconds <= done.seconds


def test_seed_and_zero_temperature_are_reproducible(engine: Engine) -> None:
    runs = {"".join(engine.stream(HELLO, GREEDY)) for _ in range(2)}
    assert len(runs) == 1


def test_max_tokens_and_stop_sequences(engine: Engine) -> None:
    prompt = [{"role": "user", "content": "Count from 1 to 30, separated by commas."}]
    short = engine.stream(prompt, GenerationOptions(temperature=0, seed=1, max_tokens=5))
    list(short)
    assert short.completion is not None and short.completion.finish_reason == "length"
    assert short.completion.completion_tokens <= 6
    stopped = engine.stream(prompt, GenerationOptions(temperature=0, seed=1, max_tokens=120, stop=["5"]))
    text = "".join(stopped)
    assert "5" not in text and stopped.completion is not None and stopped.completion.finish_reason == "stop"


def test_cancel_keeps_what_was_produced(engine: Engine) -> None:
    generation = engine.stream(
        [{"role": "user", "content": "Write a long story about a fox."}],
        GenerationOptions(temperature=0, seed=1, max_tokens=300),
    )
    got = []
    for piece in generation:
        got.append(piece)
        if len(got) == 5:
            generation.cancel()
    assert generation.completion is not None
    assert generation.completion.interrupted
    assert generation.completion.text == "".join(got)


def test_chat_template_comes_from_the_gguf(engine: Engine) -> None:
    assert "<|im_start|>" in engine.metadata["tokenizer.chat_template"]
    assert engine.count_tokens(HELLO) > engine.count_tokens([{"role": "user", "content": "hi"}])


def test_fit_keeps_system_and_latest_and_drops_oldest_turns(engine: Engine) -> None:
    system = {"role": "system", "content": "You are terse."}
    history = []
    for i in range(60):
        history += [
            {"role": "user", "content": f"Question {i}: tell me about the number {i}."},
            {"role": "assistant", "content": f"The number {i} is a number that comes after {i - 1}."},
        ]
    latest = {"role": "user", "content": "And the last one?"}
    fitted = engine.fit([system], history, latest, max_tokens=256)
    assert fitted[0] == system and fitted[-1] == latest
    assert engine.count_tokens(fitted) <= engine.context_size - 256
    assert fitted[1]["role"] == "user", "history is cut at a question, never mid-exchange"
    kept = fitted[1:-1]
    assert kept == history[-len(kept) :] and 0 < len(kept) < len(history)


def test_a_message_bigger_than_the_window_is_refused_in_one_line(engine: Engine) -> None:
    with pytest.raises(PromptTooLong) as err:
        engine.fit([], [], {"role": "user", "content": "word " * 3000}, max_tokens=256)
    assert "\n" not in str(err.value) and "too long" in str(err.value)


# Bad model files: each refused with one line that says why --------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        Engine.load(tmp_path / "nope.gguf")


def test_not_a_gguf(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("hello, I am not a model")
    with pytest.raises(ModelError, match="not a GGUF"):
        Engine.load(path)


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="folder"):
        Engine.load(tmp_path)


def test_corrupt_header(tmp_path: Path) -> None:
    path = tmp_path / "broken.gguf"
    path.write_bytes(b"GGUF" + bytes(range(256)) * 16)
    with pytest.raises(ModelError, match="cannot load broken.gguf") as err:
        Engine.load(path)
    assert "\n" not in str(err.value)


def test_truncated_download(tmp_path: Path, bundled_model: Path) -> None:
    path = tmp_path / "half.gguf"
    with bundled_model.open("rb") as f:
        path.write_bytes(f.read(bundled_model.stat().st_size // 2))
    with pytest.raises(ModelError, match="corrupted or incomplete"):
        Engine.load(path)


def test_unsupported_architecture(tmp_path: Path, bundled_model: Path) -> None:
    path = gguf_with_metadata_string(bundled_model, tmp_path / "alien.gguf", b"general.architecture", b"xyzzy")
    with pytest.raises(ModelError, match="unknown model architecture: 'xyzzy'"):
        Engine.load(path)


def test_base_model_without_chat_template(tmp_path: Path, bundled_model: Path) -> None:
    path = gguf_with_metadata_string(
        bundled_model, tmp_path / "base.gguf", b"tokenizer.chat_template", b"KEY:tokenizer.chat_templatX"
    )
    with pytest.raises(ModelError, match="no chat template"):
        Engine.load(path)
