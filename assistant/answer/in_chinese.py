"""An English question about Chinese notes, in the notes' own words: the bilingual dictionary read backwards.

A user who keeps notes in Chinese ("每月15号交房租。") may ask in English ("When is the rent due?"). The
dictionary (lexicon.py, CC-CEDICT) translates a Chinese word into English stems, and the notes' lines are
read that way (terms.dictionary_translations), but only through short glosses: 房租 is glossed "rent for
a room or house", five words, an explanation by lexicon's measure, so "rent" was never found in the line.
Read backwards, the first word of a gloss names the thing (rent, for a room or house), and the English
word asked is held by a Chinese text holding one of the words glossed so.

The reverse index is built once, on first use (about a second, after the dictionary's own load; only a
question meeting a text with Chinese in it asks for it), from the entries of two characters or more (a single
character is a piece of too many words to be looked for inside a text) and their first senses.
"""

from __future__ import annotations

import re
import threading
from functools import cache

from ..language import CJK, is_chinese
from . import lexicon

# A dictionary word's first senses name it ("rent for a room or house"); later ones are other uses.
REVERSE_SENSES = 2
# The shape words of a gloss (more than lexicon's: a reverse index must not list "of" or "for").
_FILLER = frozenset("to sb sth one's oneself a an the of for or and in on at with by".split())
_LATIN = re.compile(r"[a-z][a-z'-]*")

_lock = threading.Lock()


@cache
def _reverse() -> dict[str, frozenset[str]]:
    """English stem → the Chinese words (two characters or more) whose first senses give it: every word
    of a gloss of up to three words ("secret code", "password"), the first word of a longer one."""
    from .terms import _stem_only

    written: dict[str, set[str]] = {}
    for word, glosses in lexicon.glossary().items():
        if len(word) < 2 or not CJK.fullmatch(word):
            continue
        senses = [g.strip() for g in glosses.split("/") if g.strip() and not lexicon.NOT_A_GLOSS.match(g.strip())]
        for gloss in senses[:REVERSE_SENSES]:
            found = [w for w in _LATIN.findall(lexicon.PARENS.sub(" ", gloss).lower()) if w not in _FILLER]
            for english in found if len(found) <= 3 else found[:1]:
                written.setdefault(english, set()).add(word)
    out: dict[str, set[str]] = {}
    for english, words in written.items():  # each English word stemmed once, not once a gloss
        out.setdefault(_stem_only(english), set()).update(words)
    return {stem: frozenset(words) for stem, words in out.items()}


def reverse() -> dict[str, frozenset[str]]:
    with _lock:  # one build, even when two questions come together
        return _reverse()


def held_in_chinese(question: str, asked: set[str], text: str) -> set[str]:
    """The asked English terms that a text with Chinese in it holds by a Chinese word the dictionary
    glosses so: "rent" in "每月15号交房租。" (房租, "rent for a room or house")."""
    if is_chinese(question) or not CJK.search(text):
        return set()
    index = reverse()
    return {t for t in asked if not CJK.search(t) and any(w in text for w in index.get(t, ()))}
