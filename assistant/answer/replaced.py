"""A remark the user has since partly corrected: outdated for what changed, evidence for the rest.

"I live in Leeds with my wife Jen", then "We moved to York": the first remark still says who the wife is,
and must never answer where the user lives. Which of a remark's subjects were replaced is stored
(memory/retrieval.replaced_subjects); whether a question asks about one of them is read here, by the
facts the rules draw from the remark, in both languages' words: a question that one of them would
answer (a slot it states, or all of the question's terms) asks about that subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..memory.extraction import extract_facts, statements
from ..memory.model import Hit, Memory
from ..memory.retrieval import replaced_subjects
from ..memory.store import MemoryStore
from .routing import terms
from .slots import stated_slots
from .tense import asks_before


def asks_replaced(question: str, remark: Memory, replaced: set[str]) -> bool:
    """Whether `question` asks about one of the `replaced` subjects of `remark`."""
    facts = [f for f in extract_facts(remark.text) if f.subject in replaced]
    if len({f.subject for f in facts}) < len(replaced):
        return True  # a replaced subject the rules no longer read in it: outdated whole, as it was stored
    asked = terms(question)
    return any(
        stated_slots(question, said) or (asked and asked <= terms(said))
        for f in facts
        for said in statements(f.subject, f.value)
    )


def current_for(store: MemoryStore, question: str, found: Sequence[Hit]) -> list[Hit]:
    """`found` without the remarks outdated for what the question asks. A question about how it was
    before ("Where did I live before?") is answered by them."""
    replaced = {} if asks_before(question) else replaced_subjects(store, [h.memory for h in found])
    if not replaced:
        return list(found)
    return [
        h for h in found if h.memory.id not in replaced or not asks_replaced(question, h.memory, replaced[h.memory.id])
    ]
