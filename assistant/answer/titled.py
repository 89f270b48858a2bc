"""A surname after "Mrs." names someone else than the surname alone.

A novel calls its men by their surname ("Ukridge", "Beale") and their wives by it after "Mrs." ("Mrs.
Ukridge", "Mrs. Beale"). Read as terms, "Mrs. Beale" holds "Beale", so a passage where Mrs. Beale comes in
holds the man a question asks about: "What was Ukridge talking about when Beale interrupted him?" cited "I
did not wish to be interrupted by … the Hired Man or Mrs. Beale" over the passage where Beale interrupts.
So where a question names someone by a bare surname, a passage's "Mrs." of that surname does not name
him. A question that writes the title ("Mrs. Beale"), a whole name ("Jane Muspratt") or the family ("the
Ukridges", "Ukridge's wife") is left alone. "Miss" and "Lady" also come before given names ("Miss
Elizabeth", "Lady Catherine"), who are the person the bare name asks about: they are left alone too.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WIFE = re.compile(r"\bMrs\.?\s+(?P<name>[A-Z][\w’'-]*)")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@lru_cache(maxsize=1024)
def bare_surnames(question: str) -> frozenset[str]:
    """The names a question gives as one capitalised word inside it, with no title ("Mrs. Beale") or other
    name ("Jane Muspratt") beside it, and not as a family ("the Ukridges") or an owner ("Ukridge's")."""
    words = _WORD.findall(question)
    found = set()
    for i in range(1, len(words)):
        word, before = words[i], words[i - 1]
        after = words[i + 1] if i + 1 < len(words) else ""
        if not word[:1].isupper() or before[:1].isupper() or after[:1].isupper() or before == "the":
            continue
        if not word.endswith(("'s", "’s")) and f"{word}s" not in words:
            found.add(word)
    return frozenset(found)


def without_wives_of(question: str, text: str) -> str:
    """`text` without the "Mrs." of each surname the question gives bare (bare_surnames)."""
    bare = bare_surnames(question)
    if not bare:
        return text
    return _WIFE.sub(lambda m: " " if m.group("name") in bare else m.group(0), text)
