"""Statements of the asked slot that the question's own search does not find, and later remarks that
may have changed the answer in words no rule reads.

"Where do I work?" retrieves what is worded like it ("I work as a nurse at St Mary's", a year of "Work
was great today"); the remark that changed it may share no word and little meaning with the question
("I started at the bakery on Elm Street last month": cosine 0.06, below 14 of the 31 chit-chat
templates). On the knowledge-update development set (bench/answers.py --updates) 34 of 92 later
statements were not among the 16 memories retrieved. So a question about how a slot is now also
searches the full-text index with the slot's own words (slots.py), and keeps what states the slot in
a phrasing the table knows; current.current_of then lets the newest statement win, as for any other.

A later remark in words no table knows ("Sold the Kia, the Skoda's much comfier", "帕萨特出手了，提了辆
理想L6") cannot be read as the new value, but it can be seen to end the old one: it names the answer's
own value (the Kia) with a word of ending (sold, left, retired, 离职, 出手, 腻了). Then the answer is
not stated as current: `settle` makes it "you told me X on …; later, on …, you said Y", both cited.
Only an ending counts: "The BMW needs new tyres", "Rufus stole a sausage", "苏州今天下大雨了" name the
value and change nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np

from ..memory.model import Hit, Memory
from ..memory.retrieval import _rows_of as rows_of  # the search's own: replica rows, vectors as NumPy
from ..memory.retrieval import hit_of, rows_naming
from ..memory.schema import from_row
from ..memory.store import MemoryStore, quote
from .changed import changes, subject_of
from .class_ending import ended_by_class
from .current import rival, value_terms
from .decision import Asked, Candidate, Decision, Outcome, usable
from .expects import Expects, expects
from .kinds import kind_asked, kinds_found
from .lending import CAME_BACK, returned
from .liking import liking
from .named_subject import gives_as_theirs, opening_name, zh_opening_person
from .restate import restated
from .routing import asked_about
from .slot_meaning import likeness
from .slots import asked_slots, stated_slots
from .tense import asks_about_now, happened, hedged
from .terms import is_cjk_term, mentioned, names, relatives_named, term_words
from .terms import terms as text_terms
from .word_vectors import word_vectors

# Full-text rows read per index: statements of a slot are few, chit-chat with its words is many ("Work
# was great today" every week, "我朋友X住在Y" a hundred times a year). On the wider development years
# (111-119) 48 rows left "我住在多伦多" behind friends' homes: 128 gave 639 of 666 right against 631,
# at about one query's cost (a full-text query costs about the same for 512 rows as for 64).
LIMIT = 128
KINDS = "kind IN ('turn', 'fact') AND superseded_by = ''"
_SLOT_SEARCH = ThreadPoolExecutor(max_workers=1, thread_name_prefix="slot-search")


def _rows(store: MemoryStore, text: str, column: str, limit: int, condition: str) -> list[dict[str, object]]:
    """A full-text query's rows; ids only when the store keeps a copy in memory (the window, a chat):
    turning 128 rows' vectors into Python objects cost more than the query (p95 +80 ms measured)."""
    replica = store.replica()
    return rows_of(store.text_search(text, column, limit, condition, ids_only=replica is not None), replica)


def slot_rows(store: MemoryStore, question: str) -> Future[list[dict[str, object]]] | None:
    """The full-text search by the asked slots' own words, started on its own thread so that it runs
    while the question's own search does (its two queries cost about 10 ms after it); None when the
    question asks about no slot as it is now."""
    slots = asked_slots(question)
    if not slots or not asks_about_now(question) or hedged(question):
        return None
    words = " ".join(s.search for s in slots).split()
    english = " ".join(w for w in words if not is_cjk_term(w))
    chinese = " ".join(w for w in words if is_cjk_term(w))

    def search() -> list[dict[str, object]]:
        rows: dict[str, dict[str, object]] = {}
        for text, column in ((english, "text"), (chinese, "cjk")):
            if text:
                for row in _rows(store, text, column, LIMIT, KINDS):
                    rows.setdefault(str(row["id"]), row)
        return list(rows.values())

    return _SLOT_SEARCH.submit(search)


# A person the question names ("What did Li Na give me?", "Kenji送了我什么？"): capitalised words that are
# terms, so "What", "Which" and "I" are not.
_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def people_asked(question: str) -> list[str]:
    if asked_about(question) is not Asked.USER:
        return []
    return [n for n in _NAME.findall(question) if all(text_terms(w) for w in n.split())]


def name_rows(store: MemoryStore, question: str) -> Future[list[dict[str, object]]] | None:
    """The full-text search by the names a question about the user asks about, on the slot search's
    thread: chit-chat that names the same people ("Cooked noodles for Li Na tonight", "Heard Li Na
    moved to Leeds" every few days) fills the 16 memories the question retrieves, and "Li Na gave me a
    ceramic teapot" is left out (fresh development years 121-129: 20 false "I don't know")."""
    who = people_asked(question)
    if not who:
        return None
    # Matched as written, not through the word index: a name inside Chinese ("Kenji送了我国际象棋") is
    # no token of it, and the n-gram index leaves Latin letters of remarks out (memory/script.py).
    return _SLOT_SEARCH.submit(rows_naming, store, who, ("turn", "fact"), current_only=True)


def name_mentions(
    rows: Future[list[dict[str, object]]] | None, question: str, found: list[Hit], vector: np.ndarray
) -> list[Hit]:
    """Memories naming every person the question names (`rows`, from name_rows) that are not in `found`."""
    who = [n.lower() for n in people_asked(question)]
    return _added(rows, lambda text: all(n in text.lower() for n in who), found, vector)


def slot_statements(
    rows: Future[list[dict[str, object]]] | None, question: str, found: list[Hit], vector: np.ndarray
) -> list[Hit]:
    """Memories stating a slot the question asks about now (`rows`, from slot_rows) that are not in
    `found`, with their cosine to the question (`vector`), scored as the last of what the search found."""
    return _added(rows, lambda text: bool(stated_slots(question, text)), found, vector)


def _added(
    rows: Future[list[dict[str, object]]] | None, keep: Callable[[str], bool], found: list[Hit], vector: np.ndarray
) -> list[Hit]:
    if rows is None:
        return []
    have = {h.memory.id for h in found}
    fresh = [r for r in rows.result() if r["id"] not in have and keep(str(r["text"]))]
    floor = min((h.score for h in found), default=0.0)
    return [hit_of(row, vector, floor) for row in fresh]


# Words that end a thing the user had: the remark that names it is about it no longer being so.
_EN_ENDING = re.compile(
    r"\b(sold|sell|selling|traded|trading|swapped|left|leaving|quit|quitting|retired|retiring|gone|goodbye|"
    r"passed away|died|lost|split|broke up|done with|are done|ended|cancell?ed|no longer|any ?more|"
    r"in ages|gave up|giving up|replaced|instead|moved (away|out)|former|used to|ex|"
    r"handed in (my|our) notice|resigned|resigning|laid off|made redundant|fired|"
    r"stolen|smashed|broke|broken|wrote off|written off|totall?ed|"
    # A marriage or a pet ended (session 17: "Tom and I got divorced", "We had to give Max away" left the
    # husband and the dog stated).
    r"divorced|divorcing|separated|rehomed?|re-homed?|put (?:\w+ ){0,2}down"
    # A plan put off or called off, naming what was planned ("June's trip is off"): _PUT_OFF.
    r"|postponed?|postponing|deferr?(?:ed|ing)?|rescheduled?|called off|put (?:it |them )?off(?! \w+ing\b)"
    r"|pushed back"
    r"|(?:give|gave|given|giving) (?:\w+ ){0,2}away"
    # A thing lent or borrowed came back: "Tom gave the key back" ends "Gave Tom the spare key" (session 18).
    rf"|{CAME_BACK}"
    # A medicine stopped by the doctor: "Doctor switched me off atorvastatin onto rosuvastatin" (session 19).
    r"|(?:switched|taken|took|came|come|coming) (?:me |him |her |us )?off)\b",
    re.IGNORECASE,
)
_ZH_ENDING = re.compile(
    r"卖了|卖掉|出手|离职|辞职|分手|不再|没再|退休|走了|去世|丢了|腻了|换了|搬走|干不下去|离开|以前|之前|吹了|结束|离婚|送人了"
    r"|推迟|延期|改期|取消了"
)
# A plan put off names the plan, not its old time: "The Crete trip is postponed till autumn" after "We're
# going to Crete in June", "Arjun's decided to defer for a year" after "Arjun starts university in
# September" (session 19, as a new user: June and September were stated as current).
_PUT_OFF = re.compile(
    # Not "I put off telling Mum about the party": that puts off the telling.
    r"\b(postponed?|postponing|deferr?(?:ed|ing)?|rescheduled?|called off|put (?:it |them )?off(?! \w+ing\b)"
    r"|pushed back|cancell?ed)\b|推迟|延期|改期|取消了",
    re.IGNORECASE,
)
LATER_LIMIT = 32  # a common word of the value ("work") brings chit-chat: 8 rows missed "Leaving Barclays"


_ZH_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _zh_names(value: set[str], text: str) -> list[list[str]]:
    """The Chinese names of three characters or more that `value`'s character pairs spell in `text`, each
    as its pairs in order: 阿里巴巴 → [阿里, 里巴, 巴巴]. A name is said by its first two characters as
    often as in full (阿里 for 阿里巴巴, 字节 for 字节跳动) or by three of them (帕萨特 for 大众帕萨特), so
    "我从阿里辞职了" names it, where one pair of three was not half of the value (a stale "我在阿里巴巴工作"
    was stated, session 16)."""
    found: list[list[str]] = []
    for run in _ZH_RUN.findall(text):
        chain: list[str] = []
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if pair in value:
                chain.append(pair)
                continue
            if len(chain) > 1:
                found.append(chain)
            chain = []
        if len(chain) > 1:
            found.append(chain)
    return found


def _zh_named(value: set[str], answer: str, later: str) -> bool:
    for name in _zh_names(value, answer):
        whole = name[0] + "".join(pair[1] for pair in name[1:])
        if name[0] in later or any(whole[i : i + 3] in later for i in range(len(whole) - 2)):
            return True
    return False


# The thing an ending is done to: "I sold my guitar" ends "I play guitar in a covers band", which it names by
# one of three words (session 16: the guitar was stated as played).
_EN_ENDED_THING = re.compile(
    r"\b(?:sold|selling|quit|quitting|left|leaving|gave up|given up|giving up|stopped|lost|got rid of|ditched"
    r"|packed in|retired from|resigned from|dropped|(?:switched|taken|took|came|come) (?:me |him |her |us )?off)"
    # The determiner as a word of its own: "quit alcohol" ended "lcohol" when "a" could be read as one.
    r"\s+(?:(?:my|our|the|a|an|playing|going to|doing)\s+)?([\w'-]+)",
    re.IGNORECASE,
)


def _ended_thing(text: str) -> set[str]:
    return {t for m in _EN_ENDED_THING.finditer(text) for t in text_terms(m.group(1))}


# Names in a list: "Miso and Tofu", "Tom, Ella and Sam", "Jo & Al".
_LISTED = re.compile(
    r"(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)*(?:(?:,? and |, | & )(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)*)+"
)


def _listed_together(text: str) -> set[str]:
    """The terms of the names `text` lists together."""
    return {t for m in _LISTED.finditer(text) for t in text_terms(m.group())}


def ends(question: str, answer: Memory, later: Memory) -> bool:
    """`later` names what `answer` says the slot is and says it ended (pure: tests need no store).

    Naming is every name in the value ("Globex" of "I work at Globex as a data analyst": "Handed in my
    notice at Globex"), or without one, at least half of the value's terms: one shared word of a long
    answer ("new" of "Got the keys to our new place in Cardiff") is not naming it ("tacos are my new
    obsession")."""
    value = value_terms(question, answer)
    if not value or later.created <= answer.created:
        return False
    if returned(question, answer.text, later.text):
        return True
    if puts_off(question, answer, later):
        return True
    said = mentioned(value, later.text)
    # Of several listed together, the one asked about is what may have ended: "Tofu died" changes nothing
    # of "Who's Miso?" though "two cats, Miso and Tofu" names both.
    listed = _listed_together(answer.text)
    members = listed & text_terms(question)
    if members and not members & text_terms(later.text):
        return False
    # A name is named by any of its words ("the Kia" for "a Kia Rio"); a Chinese one by its head or three
    # of its characters (_zh_names).
    value_names = [name & value for name in names(answer.text) if name & value]
    if value_names and not all(name & said for name in value_names):
        # One of several said together ("two cats, Miso and Tofu") ends the answer as it was told: "Tofu
        # died in October" left "Miso and Tofu" stated as the cats' names. Names not listed together are
        # different things ("Left London" does not end "I work at Globex in London").
        if not any(name & said for name in value_names if name <= listed):
            return False
    if (
        not value_names
        and not _zh_named(value, answer.text, later.text)
        and not _ended_thing(later.text) & value
        and 2 * len(said) < len(value)
    ):
        return False
    # A liking turned round ends it too: "Actually I love broccoli now" after "I hate broccoli".
    turned = liking(answer.text) and liking(later.text) == -liking(answer.text)
    return bool(_EN_ENDING.search(later.text) or _ZH_ENDING.search(later.text) or turned)


def puts_off(question: str, answer: Memory, later: Memory) -> bool:
    """`later` puts off or calls off the plan a "when" question asks about (pure)."""
    return (
        later.created > answer.created
        and expects(question) is Expects.DATE
        and bool(_PUT_OFF.search(later.text))
        and _names_the_plan(question, later.text)
    )


def _names_the_plan(question: str, later: str) -> bool:
    """`later` names what a "when" question asks about: each person it names, else half its words."""
    asked = text_terms(question)
    people = [name for name in names(question) if name & asked]
    if people:
        return all(mentioned(set(name), later) for name in people)
    return bool(asked) and 2 * len(mentioned(asked, later)) >= len(asked)


@dataclass
class NewerThan:
    """What is read of the memories newer than an answer, once for both ending_remark and rivals: the
    answer's own vector and the NEAREST newer memories nearest it (without the in-memory copy a LanceDB
    vector query, 20-30 ms; each of the two read it for itself)."""

    store: MemoryStore
    answer: Memory

    @cached_property
    def since(self) -> str:
        return f"created > {quote(self.answer.created)} AND {KINDS}"

    @cached_property
    def vector(self) -> np.ndarray:
        return _stored_vector(self.store, self.answer)

    @cached_property
    def nearest(self) -> list[dict[str, object]]:
        return _nearest(self.store, self.vector, self.answer.created, self.since)


def ending_remark(store: MemoryStore, question: str, answer: Memory, newer: NewerThan | None = None) -> Memory | None:
    """The newest later remark that names what `answer` says and says it ended, or None: searched in
    the full-text index by the value's own words, among memories newer than the answer."""
    value = value_terms(question, answer)
    if not value:
        return None
    newer = newer or NewerThan(store, answer)
    since = newer.since
    # The index stems words itself ("Barclays" → "barclay"; ours is "barclai"): it is given the words.
    words = term_words(answer.text)
    english = " ".join(sorted(words[t] for t in value if t in words))
    chinese = " ".join(sorted(t for t in value if is_cjk_term(t)))
    later: dict[str, Memory] = {}
    for text, column in ((english, "text"), (chinese, "cjk")):
        if text:
            for row in _rows(store, text, column, LATER_LIMIT, since):
                later.setdefault(str(row["id"]), from_row(row))
    said = [
        c.memory
        for c in usable([Candidate(m, 0.0, 0.0) for m in later.values()])
        if ends(question, answer, c.memory) and not hedged(c.memory.text)
    ]
    if expects(question) is Expects.DATE:
        # A plan put off is found by meaning: it names the plan, not the old time the value's words search
        # for. Only a "when" question reads the nearest remarks before an ending is known to be missing.
        nearest = [from_row(r) for r in newer.nearest[:RIVAL_LIMIT]]
        said += [m for m in nearest if puts_off(question, answer, m) and not hedged(m.text)]
    if said:
        return max(said, key=lambda m: m.created, default=None)
    nearest = [from_row(r) for r in newer.nearest[:RIVAL_LIMIT]]
    # A stop said of the class the answer's thing is in names none of its words: "I've given up caffeine"
    # after "I drink about three coffees a day" (class_ending.py). Read among the newer remarks nearest it.
    return ended_by_class(
        answer,
        [m for m in nearest if not hedged(m.text)],
        lambda words: word_vectors(store.embedder, words),
    )


def changed_remark(store: MemoryStore, question: str, answer: Memory, newer: NewerThan) -> Memory | None:
    """The newest later remark that names what `answer` gives the value of and says it changed
    (changed.py), searched in the full-text index by those words among memories newer than the answer."""
    words = term_words(f"{question} {answer.text}")
    subject = " ".join(sorted(words[t] for t in subject_of(question, answer) if t in words))
    if not subject:
        return None
    rows = _rows(store, subject, "text", LATER_LIMIT, newer.since)
    said = [m for m in map(from_row, rows) if changes(question, answer, m)]
    return max(said, key=lambda m: m.created, default=None)


# Newer remarks read near the answer's own statement: on the fresh development years (121-129) the
# remark that replaced a stale answer was among the 32 newer memories nearest the answer for 22 of 33,
# and among the 16 the question retrieved for 5.
RIVAL_LIMIT = 32
NEAREST = 256  # rows read to find them, most of them repeats and occasions


def rivals(store: MemoryStore, question: str, answer: Memory, newer: NewerThan | None = None) -> list[Candidate]:
    """Remarks newer than `answer` that may be about the same thing, each with its cosine to the answer:
    the nearest to the answer's own vector, and those with the asked slot's words (the full-text index),
    since "My place in Chengdu finally feels like home" is far from "I live in Toronto" in meaning
    (0.17) but names the home."""
    newer = newer or NewerThan(store, answer)
    vector, since = newer.vector, newer.since
    rows: dict[str, dict[str, object]] = {}
    seen: set[str] = set()

    def read(found: list[dict[str, object]]) -> None:
        # What is said again and again ("Skipped the gym again." thirty times a season) and what tells
        # of one occasion ("Met Mateo at the gym.") filled the 32 nearest the answer: each is read once.
        kept = 0
        for row in found:
            text = str(row["text"])
            if text not in seen and (stated_slots(question, text) or not happened(text)):
                rows.setdefault(str(row["id"]), row)
                kept += 1
            seen.add(text)
            if kept == RIVAL_LIMIT:
                break

    read(newer.nearest)
    words = " ".join(s.search for s in asked_slots(question)).split()
    for text, column in (
        (" ".join(w for w in words if not is_cjk_term(w)), "text"),
        (" ".join(w for w in words if is_cjk_term(w)), "cjk"),
    ):
        if text:
            read(_rows(store, text, column, NEAREST, since))
    found = [Candidate(h.memory, h.score, h.similarity, h.vector) for h in (hit_of(r, vector) for r in rows.values())]
    # Nor is a remark that opens with one of the user's people by name: "阿杰现在在一家酒店当主厨" is the
    # husband's job, not a newer statement of the user's (session 16), nor "Dev started a new job at
    # Southmead" when "My husband Dev" was said (session 18: his job was told as the user's workplace).
    # Unless the answer names them too: "旺财送给了乡下的奶奶，现在家里的狗是豆豆" is about "我的狗叫旺财".
    found = [c for c in found if (who := _their_person(store, c.memory.text)) is None or who in answer.text]
    # Of another kind than the one asked, no remark is a new value: "I'm really into jazz these days" was
    # told beside "I play badminton every Wednesday night" for "What sport do I play?" (session 14).
    kinds = kinds_found(
        kind_asked(question),
        question,
        [c.memory.text for c in found],
        lambda words: word_vectors(store.embedder, words),
    )
    return [c for c, k in zip(found, kinds, strict=True) if k >= 0]


def _their_person(store: MemoryStore, text: str) -> str | None:
    """The name of one of the user's people (or pets) `text` opens with, by what else the user said."""
    said = lambda name: _texts_naming(store, name)  # noqa: E731
    name = opening_name(text)
    if name is not None and gives_as_theirs(name, said(name)):
        return name
    return zh_opening_person(text, said)


def _texts_naming(store: MemoryStore, name: str) -> list[str]:
    return [str(r["text"]) for r in rows_naming(store, [name], ("turn", "fact", "profile"), current_only=True)]


def _stored_vector(store: MemoryStore, memory: Memory) -> np.ndarray:
    """The memory's own vector from the copy in memory, or embedded again when the store keeps no copy
    (a one-off command: about 1 ms, where reading the row back from LanceDB costs a query)."""
    replica = store.replica()
    at = replica.position.get(memory.id) if replica is not None else None
    if replica is None or at is None:
        return store.embedder.embed([memory.text])[0]
    return np.asarray(replica.vectors[at], dtype=np.float32)


def _nearest(store: MemoryStore, vector: np.ndarray, after: str, condition: str) -> list[dict[str, object]]:
    """The NEAREST memories nearest `vector` created after `after`, best first: over the copy in memory
    when the store keeps one (a LanceDB vector query costs 20-30 ms whatever its filter), else LanceDB."""
    replica = store.replica()
    if replica is None:
        return rows_of(store.vector_search(vector, NEAREST, condition), None)
    mask = replica.mask(("turn", "fact"), True) & (replica.created > after)
    return replica.nearest(replica.vectors @ vector, mask, NEAREST)


def _known_by_answer(question: str, answer: Memory, later: list[Candidate]) -> list[Candidate]:
    """Each later remark naming one of the user's people the answer gives by name and relation, marked
    with the relation as asked: "Raj got promoted to finance director!" is the husband's, after "My
    husband Raj is an accountant" (session 16: the accountant was stated)."""
    asked = text_terms(question)
    people = {
        name: frozenset({relation} & asked)
        for relation, name in relatives_named(answer.text).items()
        if relation in asked
    }
    if not people:
        return later
    out = []
    for c in later:
        known = frozenset().union(*(r for name, r in people.items() if name in text_terms(c.memory.text)))
        out.append(replace(c, known_as=c.known_as | known) if known else c)
    return out


def settle(store: MemoryStore, question: str, decision: Decision) -> Decision:
    """The decision, or when a later remark ends what its answer says, the hedge with both; or when a
    newer remark near the answer's own statement states the slot (or plainly means it: slot_meaning.py),
    that remark as the answer, and when it only names the slot's subject or is near its meaning, the
    hedge with both."""
    question = restated(question)
    if decision.outcome is not Outcome.MEMORY or not asks_about_now(question) or hedged(question):
        return decision
    answer = decision.evidence[0]
    newer = NewerThan(store, answer)
    newest = ending_remark(store, question, answer, newer)
    if newest is not None:
        return replace(
            decision,
            evidence=[answer, newest],
            uncertain=True,
            reason="a later remark no rule reads names the answer's value and says it ended",
        )
    if decision.uncertain:
        return decision
    later = _known_by_answer(question, answer, rivals(store, question, answer, newer))
    found = rival(question, Candidate(answer, 0.0, 1.0), later, meaning=likeness(store.embedder, question, later))
    if found is None:
        changed = changed_remark(store, question, answer, newer)
        if changed is None:
            return decision
        return replace(
            decision,
            evidence=[answer, changed],
            uncertain=True,
            reason="a later remark names what the answer is about and says it changed",
        )
    remark, replaces = found
    if replaces:
        return replace(
            decision,
            evidence=[remark.memory],
            earlier=[answer, *decision.earlier],
            reason="a newer statement of the asked slot (or plainly of its meaning), found near the answer's own",
        )
    return replace(
        decision,
        evidence=[answer, remark.memory],
        uncertain=True,
        reason="a newer remark naming the asked subject or near its meaning, found near the answer's own",
    )
