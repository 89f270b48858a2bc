"""The part of a question that sets the scene rather than says what is asked.

"What was Phyllis wearing when she came to the clearing?" asks what she wore; "when she came to the
clearing" only says when. The passage that tells the scene ("I would work my way through the woods till I
came to a small clearing") holds more of the question's words than the one that answers ("She was
wearing a Panama"), so among passages that hold the question equally by its names, the one holding more
of what is asked is the answer more often (passage_choice.best_passage).

The scene is what follows when, while, until, before or after inside the question, up to a comma, when
someone or something named comes next: "when she came …", "after the professor was rescued", "before
Ukridge arrives", "after the dinner". "After a relative of Ukridge's wife" and "during the epidemic" are
part of what is asked, and a question that begins "When …" asks for the time. English only.
"""

from __future__ import annotations

import re

from .terms import terms

_SCENE = re.compile(
    r"(?<=\s)(?:when|while|until|before|after)\s+(?:I|you|he|she|it|we|they|the\s+\w+|[A-Z]\w*)\b[^,;?]*"
)


def asked_apart_from_scene(question: str, asked: set[str]) -> set[str]:
    """The terms of `asked` the question asks with, less those only in a clause that says when."""
    scene = terms(" ".join(m.group(0) for m in _SCENE.finditer(question)))
    return asked - scene
