"""Stop a reply when the model starts repeating itself, and never show the repeat.

Small models loop: the bundled 135M model answered "Say hello" with one paragraph repeated until
max_tokens, or "I hope you're using me" thirty times. Sampling penalties make loops rarer but not rare
enough (docs/benchmarks.md), so generation is also watched as it streams.

The guard tracks the longest run of recent words that already appeared, word for word, earlier in the
reply (a suffix match, found incrementally like a longest-common-substring table). While such a run is
growing, its text is held back rather than shown: it may be the start of a loop. When the run reaches
LOOP_WORDS the reply is cut where the repetition began, so what the user saw is exactly what is kept.
When the run breaks off (ordinary prose reuses "of the" all the time), the held text is released at
once, so normal replies stream with no visible delay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Words in spaced scripts; single characters in Chinese/Japanese, where there are no spaces.
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+(?:['’][^\W_]+)*")

# A loop: this many words in a row that already appeared in the same order. Measured on the bundled
# model: genuine replies of up to 500 words never repeated 12 words verbatim; loops do within one cycle.
LOOP_WORDS = 12


@dataclass
class RepetitionGuard:
    """Feed the reply's text as it grows; read what may be shown and whether a loop was found."""

    loop_words: int = LOOP_WORDS
    text: str = ""
    loop_at: int | None = None  # character offset where the repetition began, once a loop is found
    _starts: list[int] = field(default_factory=list)  # character offset of each complete word
    _positions: dict[str, list[int]] = field(default_factory=dict)  # word -> indexes where it occurred
    _runs: dict[int, int] = field(default_factory=dict)  # earlier index -> length of match ending there
    _scanned: int = 0  # text before this offset has been split into complete words
    _held_from: int | None = None  # start of the run being held back

    def feed(self, piece: str) -> None:
        if self.loop_at is not None:
            return
        self.text += piece
        for match in _TOKEN.finditer(self.text, self._scanned):
            if (
                not _is_cjk(match.group())
                and len(self.text) - match.end() < 2
                and (match.end() == len(self.text) or self.text[match.end()] in "'’")
            ):
                break  # the word may still grow with the next piece ("you" + "'re")
            self._add(match.group().casefold(), match.start())
            self._scanned = match.end()
            if self.loop_at is not None:
                return

    def _add(self, word: str, start: int) -> None:
        index = len(self._starts)
        self._starts.append(start)
        earlier = self._positions.setdefault(word, [])
        runs = {i: self._runs.get(i - 1, 0) + 1 for i in earlier}
        earlier.append(index)
        self._runs = runs
        longest = max(runs.values(), default=0)
        if longest == 0:
            self._held_from = None
            return
        self._held_from = self._starts[index - longest + 1]
        if longest >= self.loop_words:
            self.loop_at = self._held_from

    @property
    def looping(self) -> bool:
        return self.loop_at is not None

    def shown(self) -> str:
        """The text that may be shown now: everything but a run that might be the start of a loop."""
        if self.loop_at is not None:
            return self.text[: self.loop_at].rstrip()
        return self.text if self._held_from is None else self.text[: self._held_from]

    def final(self) -> str:
        """The whole reply once generation has ended."""
        return self.shown() if self.loop_at is not None else self.text


def _is_cjk(token: str) -> bool:
    return len(token) == 1 and ord(token) >= 0x3040
