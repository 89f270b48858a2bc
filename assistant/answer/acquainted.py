"""The names a remark uses for someone the speaker knows, whatever else the world calls by them: a
friend called John is not John the Baptist, and a dog called Oscar is not the Academy Award.

The dictionary (lexicon.world_names) knows many given names as the world's ("St John", "Ave Maria"), so
alone it sends "Where did John go last week?" to the model's knowledge, which can only invent about the
user's friend. What tells a friend from a famous name is how the remarks speak of them: one speaks *to*
a friend ("Hey John!", "Thanks, Maria."), *as* one in an imported chat ("John: …"), or *with* one ("John
and I", "I told John", "Maria asked me"). Nobody writes that of London or Einstein, however often they
mention them: "I visited London", "Einstein said…" are not among these forms.

English only: a Chinese name has no capitals, and terms.called_names reads the ones the user gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .terms import names

_NAME = r"([A-Z][a-z]+(?:['’]s)?)"
_GREETING = r"(?:hey|hi|hello|thanks|thank you|bye|dear|congrats|congratulations|sorry|wow|cheers|morning|night)"
_TO_OR_WITH = "told|asked|texted|called|messaged|emailed|invited|hugged|thanked"
_TOGETHER = r"(?:talked|spoke|chatted|caught up|met up|hung out|had (?:lunch|dinner|coffee|drinks|a chat))"
# Who a remark speaks to, as whom it is from, and with: each form holds the name in its one group.
_FORMS = tuple(
    re.compile(form)
    for form in (
        # An imported chat's speaker, who speaks to or of someone: "John: Thanks! I loved Rome." (not a
        # note's heading: "London: flights booked for May").
        rf"^\s*{_NAME}\s*:(?=.*\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b)",
        rf"\b(?i:{_GREETING}),?\s+{_NAME}\s*[,.!?]",  # "Hey Gina!", "Thanks, Melanie!"
        rf",\s+{_NAME}\s*[!?]",  # "That's cool, Jon!"
        rf"\b{_NAME}\s+and\s+(?:I|me)\b",  # "John and I went hiking"
        rf"\b(?:[Mm]e|I)\s+and\s+{_NAME}\b",
        rf"\b{_NAME}\s+(?:{_TO_OR_WITH})\s+(?:me|us)\b",  # "Maria asked me"
        rf"\bI\s+(?:{_TO_OR_WITH}|met)\s+{_NAME}\b",  # "I told John"
        rf"\b(?i:{_TOGETHER})\s+(?:to|with)\s+{_NAME}\b",  # "Had lunch with Maria", "talked to John"
    )
)


def acquainted(texts: Iterable[str]) -> set[str]:
    """The name terms (as terms.names gives them) that `texts` speak to, as or with someone known."""
    found: set[str] = set()
    for text in texts:
        for form in _FORMS:
            for m in form.finditer(text):
                found |= {term for name in names(f"x {m.group(1)}") for term in name}
    return found
