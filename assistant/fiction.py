"""A remark that tells what happens in a story, a book, a film, a dream or the user's own draft, not in the
user's life: "In the story, the narrator works as a lighthouse keeper", "Plot of my novel draft: Maya, a
nurse, moves to Lisbon", "The novel's heroine has a dog called Flush", "梦里我住在海边".

As a new user (session 17), "What do I do for a living?" was answered with the lighthouse keeper: the
remark states the job slot in the slot's own phrasing ("works as a"), and nothing said whose life it is.
Such a remark still answers a question about the story's people by name ("Where does Dorothea live?"), and
the profile rules read no fact of the user's from it (memory/extraction.py: "Quote I liked from the book: 'My
name is Ishmael.'" became the user's name).
"""

from __future__ import annotations

import re

_WORK = r"(?:story|book|novel|film|movie|show|series|play|dream|game|episode|chapter|draft|poem|song|script|comic)s?"

_EN_FICTION = re.compile(
    # Framed as what happens in a work: "In the story, …", "In my novel draft …", "From the book: …".
    rf"^\s*(?:in|from)\s+(?:the|my|this|that|a|his|her|their)\s+(?:[\w'-]+\s+){{0,2}}{_WORK}\b"
    # Notes on a work: "Reading notes, Middlemarch ch. 2: …", "Plot of my draft: …", "Quote I liked …". Not
    # the user's own "Plot 14 at the allotments", "Summary of my blood test: …", "Quote from the builder: £4,500".
    r"|^\s*(?:reading notes|book notes|ch(?:apter)?\.?\s*\d+)\b|^\s*(?:plot|synopsis)\s*(?::|of\b)"
    rf"|^\s*(?:summary|quote)\s+(?:i\s+(?:liked|loved)\b|(?:of|from)\s+(?:the|my|this|that|a)\s+(?:[\w'-]+\s+){{0,2}}{_WORK}\b)"
    # Its people: "the narrator works as …", "The novel's heroine has a dog".
    rf"|\b(?:the|its|(?:the|my)\s+{_WORK}'s)\s+(?:narrator|protagonist|heroine|hero|main character|villain)\b"
    r"|\bi (?:dreamt|dreamed|had a dream)\b|\bin my dream\b",
    re.IGNORECASE,
)
_ZH_FICTION = re.compile(
    r"^\s*在?(?:这本|那本|我的)?(?:小说|故事|书|电影|剧|梦|剧本)(?:里|中)|梦见|梦到|做梦|主人公|主角"
)


def tells_fiction(text: str) -> bool:
    """Whether the remark tells what happens in a story, book, film, dream or draft."""
    return bool(_EN_FICTION.search(text) or _ZH_FICTION.search(text))
