"""Which of the user's remarks on a subject says how things are now: the newest, what it replaced, and a
later remark that may have changed it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import numpy as np

from ..fiction import tells_fiction
from ..language import CJK
from ..memory.model import Memory
from .answer_kind import CALENDAR
from .decision import DEFAULT, Candidate, Thresholds, usable
from .liking import liking
from .routing import terms
from .slot_meaning import Likeness
from .slots import asked_slots, asks_a_person, names_slot, other_slots, stated_slots
from .subject import ASKS_NAME, coverage, named, on_subject
from .tense import asks_about_now, ended, former, happened, hedged, reports_action
from .terms import PEOPLE, PETS, gives_a_name, mentioned, names, others_own
from .whose import about_another


def _cosine(a: Candidate, b: Candidate) -> float:
    if a.vector is None or b.vector is None:
        return 0.0
    return float(np.asarray(a.vector) @ np.asarray(b.vector))


def current_of(question: str, found: list[Candidate], t: Thresholds = DEFAULT) -> tuple[Candidate, list[Candidate]]:
    """The answer among on-subject statements (best first), and the older ones on its subject.

    The best is the one naming most of what was asked, then the best ranked. For a question about how
    things are now, retrieval's order is not trusted for time: a statement the rules could not read is
    never marked as replacing the old one, so the newest statement about the same thing (similar to the
    best, and scoring close to it) wins."""
    asked = terms(question)
    # Similarity, not the fused score, among equals: the score also rewards recency and shared words.
    # Among those naming as much, the closest to the question's own words: "Olga送了我羊毛围巾" over
    # "Olga sent me a funny video" for "Olga送了我什么？" (送 is "to send" only in its sixth sense).
    # A statement of the asked slot in a phrasing slots.py knows comes before a remark that only shares
    # its words ("My gym is Iron Temple" before "Met Tom at the gym").
    best = max(
        found,
        key=lambda c: (
            bool(stated_slots(question, c.text)),
            round(coverage(asked, c, question), 2),
            -c.distance,
            c.similarity,
        ),
    )
    if not asks_about_now(question) and not asked_slots(question):  # "What did I name my dog?" asks now
        return best, []
    covered = named(asked, best, question)
    slots = stated_slots(question, best.text)

    def same_thing(c: Candidate) -> bool:
        if best.memory.subject and c.memory.subject == best.memory.subject:
            return True  # the rules read both as the same subject
        if slots & stated_slots(question, c.text):
            return True  # both say what the asked slot is, in phrasings slots.py knows
        if slots and happened(c.memory.text):
            # The best says what the slot is; a remark about one occasion that shares its words does
            # not ("今天开车去了郊区" does not say which car, "Met Tom at the gym" not which gym).
            return False
        if _cosine(best, c) < t.current_topic:
            return False
        if asks_a_person(question) and not gives_a_name(CALENDAR.sub("", c.memory.text)):
            return False  # "The doctor upped my amlodipine" does not say who the doctor is now
        # Names exactly what the best names ("my doctor is …" / "现在看病找李医生"), or ranks close to it.
        # Naming only whom it is about is not enough: "Pepper hates the vacuum cleaner" names all of
        # "What kind of dog is Pepper?" (the dog being Pepper) and is not the newer "My dog Pepper is a
        # border collie" (session 13); "Anna's birthday is on 14 May" names the birthday too.
        return bool(covered - who and named(asked, c, question) == covered) or best.score - c.score <= t.current_margin

    who = PEOPLE | PETS | set().union(*names(question))

    same = [c for c in found if c is not best and same_thing(c)]
    answer = max([best, *same], key=lambda c: c.memory.created)
    earlier = [
        c
        for c in [best, *same]
        if c is not answer
        and c.memory.created < answer.memory.created
        and c.memory.text.strip() != answer.memory.text.strip()
    ]
    return answer, earlier


def replacing(question: str, own: list[Candidate], rest: list[Candidate], t: Thresholds = DEFAULT) -> list[Candidate]:
    """Statements of the asked slot, too far from the question's words to answer it alone, that are newer
    than one that does (`own`): they may replace it (Thresholds.replacing_similarity)."""
    if not asks_about_now(question):
        return []
    dates = [c.memory.created for c in own if stated_slots(question, c.text)]
    if not dates:
        return []
    loose = replace(t, slot_similarity=t.replacing_similarity)
    return [
        c
        for c in rest
        if c.memory.created > min(dates) and stated_slots(question, c.text) and on_subject(question, c, loose)
    ]


def doubted(question: str, answer: Candidate, found: list[Candidate], t: Thresholds = DEFAULT) -> Candidate | None:
    """A later remark on the asked subject that may have changed what the answer states, in words no
    rule reads ("Wangcai the dog keeps chewing my shoes" after "My dog is called Luna", "最近在磨坊路的
    FitLife锻炼" after "Signed up at the YMCA"), or None. The rules cannot tell whether it replaces the
    statement, so the answer says both, with their days, rather than state either as how things are:
    a stated replaced fact is the worst answer there is, and a second dog is possible too."""
    if not asks_about_now(question) or not stated_slots(question, answer.text):
        return None
    asked = terms(question)
    newer = [
        c
        for c in found
        if c.memory.created > answer.memory.created
        and c.memory.text.strip() != answer.memory.text.strip()
        and not stated_slots(question, c.text)
        and not happened(c.memory.text)
        and not others_own(c.memory.text)  # "邻居家的狗很可爱" is not a change of the user's dog
        and not other_slots(question, c.text)  # "I've just moved to Shenzhen for work" is about home
        and c.similarity >= t.named_similarity
        and named(asked, c, question)
        and (gives_a_name(CALENDAR.sub("", c.memory.text)) or not asks_a_person(question))
    ]
    return max(newer, key=lambda c: c.memory.created, default=None)


def rival(
    question: str,
    answer: Candidate,
    later: list[Candidate],
    t: Thresholds = DEFAULT,
    meaning: Mapping[str, Likeness] | None = None,
) -> tuple[Candidate, bool] | None:
    """The newest of `later` (remarks found near the answer's own statement, newer.rivals; `similarity`
    is their cosine to the answer, not to the question) that may have replaced what the answer states,
    and whether it states the asked slot in a phrasing slots.py knows (it replaces the answer) or only
    names the slot's subject (the answer says both). None when the answer states no slot asked now.

    Searched by the answer, because the remark that changed it may share nothing with the question's
    words ("Officially in a relationship with Maria!" for "Who am I seeing?", cosine 0.02) while it is
    about the same thing as the answer ("My partner is called Anna", 0.27).

    `meaning` (memory id → its likeness to the asked slot, slot_meaning.py) lets a remark in none of the
    slot's words be told beside the answer too ("Just accepted a position at Alibaba" after "我在华为
    工作"), when it does not name the answer's own value: saying that again changes nothing."""
    if not asks_about_now(question) or hedged(question) or not stated_slots(question, answer.text):
        return None
    value = value_terms(question, answer.memory)
    found: list[tuple[Candidate, bool]] = []
    for c in usable(later):
        text = c.memory.text
        if c.memory.created <= answer.memory.created or text.strip() == answer.memory.text.strip():
            continue
        if hedged(text) or former(text):  # a wish, or how things once were, replaces nothing
            continue
        if tells_fiction(text):  # nor a story's: "In the story, the narrator works as a lighthouse keeper"
            continue
        if ended(c) and not mentioned(value, text):
            continue  # "I no longer work at Tesco" ends another job than "I work at Aldi now" (session 17)
        if about_another(question, c):
            continue
        # A person is said by their name: "Our wedding anniversary is on 9 June" is near the partner slot's
        # meaning, but it does not say who the wife is (session 13); "The doctor upped my amlodipine to
        # 10mg" names the doctor, but not who they are (session 14).
        # Nor what a pet is called by a remark with no name: "我家的猫最近胖了" for "What's my cat called?". A
        # Chinese name may follow 是 ("现在家里的狗是豆豆"), which gives_a_name cannot tell from a job.
        named = (
            gives_a_name(CALENDAR.sub("", text))
            or not (asks_a_person(question) or ASKS_NAME.search(question))
            or (not asks_a_person(question) and bool(CJK.search(text)) and "是" in text)
        )
        # Nor is what the user can't stand their new hobby: "I can't stand country music" was told beside
        # "I play badminton every Wednesday night" for "What sport do I play?" (session 14).
        person = named and (liking(text) >= 0 or bool(liking(question)))
        if stated_slots(question, c.text) and named:
            # Not "My wife loves hotpot", which replaced "My wife Mei teaches maths" for "Who is my wife?"
            # (the partner slot's "my wife", with no name; cited on main, session 15).
            found.append((c, True))
        elif (
            not happened(text)
            and not other_slots(question, text)
            and names_slot(question, text)
            and c.similarity >= t.rival_similarity
            and person
        ):
            found.append((c, False))
        elif (
            meaning
            and c.memory.id in meaning
            and _means_slot(question, text, value, meaning[c.memory.id], t)
            and person
        ):
            like = meaning[c.memory.id]
            found.append((c, like.margin >= t.meaning_sure_margin and like.own >= t.meaning_sure))
    return max(found, key=lambda f: f[0].memory.created, default=None)


def value_terms(question: str, answer: Memory) -> set[str]:
    """What the answer says the slot is, as terms: the answer's terms that the question does not ask
    ("I drive a Kia Rio" for "What car do I drive?" → kia, rio)."""
    return terms(answer.text) - terms(question)


def _means_slot(question: str, text: str, value: set[str], likeness: Likeness, t: Thresholds) -> bool:
    """A remark about the asked slot by its meaning alone: no occasion, no other slot's phrasing, not the
    answer's own value again, and nearer the slot's statements than anything else's by the margin."""
    return (
        not happened(text)
        and not reports_action(text)
        and not other_slots(question, text)
        and not (value and mentioned(value, text))
        and likeness.own >= t.meaning_floor
        and likeness.margin >= t.meaning_margin
    )
