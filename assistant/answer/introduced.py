"""Whether a passage says who or what a name is, or only mentions it.

A novel introduces its own people and places ("an artist friend of mine, one Lickford", "a youth called
Albert", "Vickers, the butcher", "Mr. Garnick his name is", "I am Appleby") and mentions the world's as
its readers know them ("If Maxim Gorky were invited to lunch by Trotsky", "I saw that it was Yeovil",
"dozens I had seen at Malta"). "Who was Maxim Gorky?" or "Where is Malta?" asked beside the book is
answered by what the world knows, not by the sentence that names him; "Who is Lickford?" by the book.
"""

from __future__ import annotations

import re

# A run of capitalised words inside the question (its first word is capitalised anyway).
_RUN = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_POSSESSIVE = re.compile(r"['’]s$")
_TITLE = r"(?:(?:Mr|Mrs|Miss|Dr|Professor|Captain|Lady|Lord|Sir)\.?\s+)"
# Capitalised too, as a sentence opens: "My brother-in-law Rhys runs a garage" (session 18).
_DETERMINER = r"(?:[Tt]he|[Aa]|[Aa]n|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our|[Oo]ne)"


def _introductions(last: str) -> re.Pattern[str]:
    name = re.escape(last)
    return re.compile(
        # "one Lickford", "a youth called Albert", "a man of the name of Beale", "by name, Derrick"
        rf"\b(?:one|called|named|name\s+of|by\s+name,?|christened|known\s+as)\s+{_TITLE}?(?:[A-Z][\w'’-]*\s+)*"
        rf"{name}\b"
        # "Vickers, the butcher, had been …", "Lickford, who was …"; not a clause after a place ("at Malta,
        # the owner has a fancy …")
        rf"|\b{name},\s+(?:{_DETERMINER}\s+(?:[a-z-]+\s+){{0,3}}[a-z-]+[,.;:—)]|who\b|whose\b)"
        # "Beale was a man of few words", "Norah is my cousin"
        rf"|\b{name}\s+(?:is|was|are|were)\s+{_DETERMINER}\s"
        # "Mr. Garnick his name is", "I am Appleby", "the butcher Vickers"
        rf"|\b{name}\s+(?:his|her|its)\s+name\s+is\b|\bI\s+am\s+{_TITLE}?{name}\b"
        rf"|\b{_DETERMINER}\s+[a-z-]+\s+{name}\b"
    )


def asked_names(question: str) -> list[str]:
    """The names a question gives as it spells them, each by its last word ("Maxim Gorky" → "Gorky")."""
    return [_POSSESSIVE.sub("", run.split()[-1]).rstrip(".") for run in _RUN.findall(question.strip())]


# "Who was Maxim Gorky?", "What was the Entente Cordiale?", "Where is Malta?": what a name is, not how
# tall or old ("How old is Tom Chase?" is answered by "Chase was twenty-five").
_WHAT_IT_IS = re.compile(r"^\s*(?:who|what|where)(?:\s+(?:is|was|are|were)|['’]s)\b", re.IGNORECASE)


def asks_what_it_is(question: str) -> bool:
    """Whether a question asks who, what or where something is (its names say which)."""
    return bool(_WHAT_IT_IS.match(question))


def introduces(question: str, text: str) -> bool:
    """Whether `text` says who or what one of the names `question` gives is, rather than only naming it."""
    return any(_introductions(last).search(text) for last in asked_names(question) if last)


# "What is a potboy?", "What is a Cochin China chicken?", "What does 'waukeesis' mean?": what a kind of thing
# or a word is, asked by its last word.
_DEFINITION_ASKED = re.compile(
    r"^\s*what\s+(?:is|was|are|were)\s+(?:a|an)\s+(?:[\w'’-]+\s+)*?(?P<thing>[\w’-]+?)\s*[?.!]?\s*$"
    r"|^\s*what\s+does\s+(?:the\s+(?:word|phrase|name)\s+)?['‘“\"]?(?:[\w'’-]+\s+)*?(?P<word>[\w’-]+?)"
    r"['’”\"]?\s+mean\s*[?.!]?\s*$",
    re.IGNORECASE,
)


def definition_asked(question: str) -> str | None:
    """The word whose meaning a question asks, when it asks only what a kind of thing or a word is."""
    m = _DEFINITION_ASKED.match(question)
    return (m["thing"] or m["word"]) if m else None


def defines(word: str, text: str) -> bool:
    """Whether `text` says what `word` is or means ("a potboy is a boy who …", "waukeesis, that is …"),
    not only uses it ("it was the potboy, from the Net and Mackerel")."""
    w = re.escape(word)
    return bool(
        re.search(
            rf"\b{w}s?\s+(?:is|was|are|were|means?|meant)\s+(?:a|an|the|one|someone|something|to)\b"
            rf"|\b{w}s?[’”\"]?,\s+(?:that\s+is|i\.\s?e\.|which\s+(?:is|means)|meaning)\b"
            rf"|\b(?:called|named|known\s+as|means?|meaning)\s+(?:a|an|the)?\s*['‘“\"]?{w}",
            text,
            re.IGNORECASE,
        )
    )
