"""Split a reply into sentences as it streams in, so speech can start before the reply is finished.

Hand-written rather than a library: the segmenters on PyPI work on finished text, and here a boundary
must be decided from a prefix, holding back only the few characters that could still change it (the
space after a full stop, a closing quote). English and Chinese punctuation are both boundaries.
"""

from __future__ import annotations

import re

from ..sentences import is_abbreviation

# Full stops that end a sentence only when followed by white space (or the end of the reply).
_LATIN_END = ".!?…"
# Chinese and full-width ends need no space after them.
_CJK_END = "。！？；"
_CLOSERS = "\"'”’)]）」』】"
# A run-on reply with no full stop is still spoken in pieces, broken at a comma past this length.
SOFT_LIMIT = 160
_SOFT_BREAKS = ",，、;:："


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[:dot])
    if not word:
        return False
    return is_abbreviation(word.group(1))


def _boundary(text: str, final: bool) -> int | None:
    """Index just past the first sentence end in `text`, or None if none is certain yet."""
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and text[:i].strip():
            return i + 1
        if ch in _CJK_END:
            end = i + 1
            while end < n and (text[end] in _CJK_END or text[end] in _CLOSERS):
                end += 1
            if end == n and not final:
                return None  # a closing quote may still come
            return end
        if ch in _LATIN_END:
            end = i + 1
            while end < n and (text[end] in _LATIN_END or text[end] in _CLOSERS):
                end += 1
            if end == n:
                return n if final else None  # "3." may become "3.5": wait for the next character
            if text[end].isspace() and not (ch == "." and _is_abbreviation(text, i)):
                return end
            i = end
            continue
        i += 1
    return None


class SentenceStream:
    """Feed text chunks as they arrive; get back each sentence once it is certainly complete."""

    def __init__(self, soft_limit: int = SOFT_LIMIT):
        self.soft_limit = soft_limit
        self._buffer = ""

    def feed(self, chunk: str) -> list[str]:
        self._buffer += chunk
        return self._take(final=False)

    def flush(self) -> list[str]:
        """The rest, at the end of the reply."""
        return self._take(final=True)

    def _take(self, final: bool) -> list[str]:
        out: list[str] = []
        while True:
            cut = _boundary(self._buffer, final)
            if cut is None and len(self._buffer) > self.soft_limit:
                cut = self._soft_cut()
            if cut is None:
                break
            sentence, self._buffer = self._buffer[:cut].strip(), self._buffer[cut:]
            if sentence:
                out.append(sentence)
        if final:
            rest, self._buffer = self._buffer.strip(), ""
            if rest:
                out.append(rest)
        return out

    def _soft_cut(self) -> int | None:
        window = self._buffer[: self.soft_limit]
        at = max(window.rfind(c) for c in _SOFT_BREAKS)
        if at <= 0:
            at = window.rfind(" ")
        return at + 1 if at > 0 else None


def split_sentences(text: str) -> list[str]:
    """All sentences of a finished text."""
    stream = SentenceStream()
    return stream.feed(text) + stream.flush()
