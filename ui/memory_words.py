"""A memory's kind and origin as words in the UI's language: "Fact", "said in chat on 3 Nov",
"from notes.md, line 12" — never "conversation:885003c30e86/message:…".

The core's `source` strings are read here only to choose a translated sentence; what each part means is
documented with the store (assistant/memory/model.py).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from assistant.memory.places import file_place

from .friendly_time import day, parse

translate = QCoreApplication.translate  # a plain name lupdate recognises, with the context spelled out

_BOOK = re.compile(r"^book:[^/]+/chapter:(?P<chapter>\d+)(?:/page:(?P<page>\d+))?")


def kind_label(kind: str) -> str:
    labels = {
        "profile": translate("MemoryWords", "Profile"),
        "fact": translate("MemoryWords", "Fact"),
        "turn": translate("MemoryWords", "Note"),
        "document": translate("MemoryWords", "From a file"),
        "summary": translate("MemoryWords", "Summary"),
    }
    return labels.get(kind, kind)


def one_line(text: str, limit: int = 200) -> str:
    """The memory's words on one line: Markdown marks at line starts dropped, whitespace collapsed."""
    lines = [re.sub(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s?|\d+[.)]\s+)", "", line) for line in text.splitlines()]
    flat = " ".join(" ".join(lines).split()).replace("**", "").replace("__", "").replace("`", "")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def source_words(source: str, created: str) -> str:
    when = parse(created)
    on = day(when) if when else ""
    if source.startswith("conversation:"):
        return translate("MemoryWords", "said in chat, {0}").format(on)
    if source in ("command", "cli"):
        return translate("MemoryWords", "told, {0}").format(on)
    if source.startswith("memory:"):
        return translate("MemoryWords", "drawn from what you said, {0}").format(on)
    if source.startswith("nightly:"):
        return translate("MemoryWords", "summary of {0}").format(source.removeprefix("nightly:"))
    file = file_place(source)
    if file:
        return translate("MemoryWords", "from {0}, line {1}").format(file.name, file.lines[0])
    found = _BOOK.match(source)
    if found:
        if found["page"]:
            return translate("MemoryWords", "from a book, chapter {0}, page {1}").format(
                found["chapter"], found["page"]
            )
        return translate("MemoryWords", "from a book, chapter {0}").format(found["chapter"])
    if source.startswith("file:"):
        return translate("MemoryWords", "from {0}").format(source.removeprefix("file:"))
    return source or translate("MemoryWords", "origin not recorded")
