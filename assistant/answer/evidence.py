"""What retrieval finds for a question, as candidates for the decision: the user's own memories and
the passages of what they gave the assistant to read, searched separately because they are ranked
differently (retrieval.DOCUMENTS), and each checked for the asked terms in the other language."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np

from ..bounded import MAX_QUERY_CHARS
from ..language import is_chinese
from ..memory.embeddings import Embedder
from ..memory.model import Hit
from ..memory.retrieval import DOCUMENTS, Wanted, rows_naming, search_together
from ..memory.searchable import joined
from ..memory.store import MemoryStore
from ..sentences import split_sentences
from . import lexicon
from .acquainted import acquainted
from .corrections import corrected
from .decision import Asked, Candidate
from .focus import Closeness, by_focus
from .in_english import english_query, held_in_english
from .introductions import first_mentions, who_is
from .kinds import kind_asked, kinds_found
from .named_subject import gives_as_theirs, opening_name, zh_opening_person
from .newer import name_mentions, name_rows, slot_rows, slot_statements
from .replaced import current_for
from .restate import restated
from .routing import about_user, asked_about, names_often, names_their_people
from .speakers import BEFORE, read_back, speech_asked, with_speakers
from .spoken_of import roles, speaks_of_someone
from .terms import (
    PEOPLE,
    PETS,
    called_names,
    dictionary_translations,
    is_cjk_term,
    mentioned,
    names,
    pets_named,
    read_terms,
    relatives_named,
    term_words,
    terms,
    zh_kin,
)
from .word_vectors import word_vectors

PERSONAL_KINDS = ("turn", "fact", "profile", "summary")
# Twice the five a user reads: on the development years eight left the answer out behind remarks about
# friends ("My friend Ingrid lives in …" for "What did Ingrid give me?"); 16 found it (35 → 33 not right).
MEMORY_LIMIT = 16
PASSAGE_LIMIT = 5
# Passages are ranked again by the sentence that holds the question (focus.py) among this many that
# retrieval found: on the development book questions the answer was within the first 40 for 53 of 62
# and the first 5 for 34; 20 took it first for fewer (26 of 62 against 29), 60 for no more.
PASSAGE_POOL = 40
# Chinese passages past focus.py's first two: the orders fused (passage_order).
FOCUS_KEPT = 2
FUSION_OFFSET = 10
RETRIEVAL_SHARE = 0.5
# Measured word pairs across English and Chinese (terms.py): translations mostly ≥ 0.66, different
# words < 0.65. A missed translation costs little: the memory may still answer by sentence similarity.
TRANSLATION_COSINE = 0.65
# A translation by word vectors counts as a dictionary's first sense does.
VECTOR_SENSE = 1


_EMBEDDING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="question-embedding")


@dataclass
class Found:
    memories: list[Candidate]
    passages: list[Candidate]
    # What the question is about, when the passages found say more than its words: a question naming
    # someone the user's books keep mentioning is about the books (routing.names_often).
    asked: Asked | None = None


def gather(store: MemoryStore, question: str, *, now: datetime | None = None, where: str | None = None) -> Found:
    """Search memories and passages together, in one set of queries; `where` narrows the passages
    (one book or chapter)."""
    question = restated(question)
    slots = slot_rows(store, question)  # these run beside the search below
    people = name_rows(store, question)
    # Embedded on its own thread while the search starts its full-text queries, which do not need it.
    embedding = _EMBEDDING.submit(store.embedder.embed_query, question.strip()[:MAX_QUERY_CHARS])
    memories, passages = search_together(
        store,
        question,
        [
            Wanted(MEMORY_LIMIT, PERSONAL_KINDS, include_superseded=False),
            Wanted(PASSAGE_POOL, ("document",), where=where, tuning=DOCUMENTS, words=english_query(question)),
        ],
        now=now,
        vector=embedding,
    )
    vector = embedding.result()
    memories += slot_statements(slots, question, memories, vector)
    memories += name_mentions(people, question, memories, vector)
    memories = current_for(store, question, memories)

    # A question about the user is answered by a passage only when no memory answers and the passage
    # holds nearly all of it: which of a few close passages comes first is not worth embedding them for.
    asked = asked_about(question)
    asked_names = names(question)
    pool = passage_pool(question, passages)
    if asked is Asked.OPEN and _about_the_books(question, asked_names, pool):
        asked = Asked.DOCUMENT  # answered from the books or not at all: the model would invent about them
    closeness = None if asked is Asked.USER else closeness_to(store.embedder, vector)
    focused = passage_order(question, pool, closeness)[:PASSAGE_LIMIT]
    if focused and focused[0].memory.id == passages[0].memory.id:
        # Both orders' first, for a question about the books naming one person, is taken to be about them
        # though it says "he" ("A long thin man with a beard came up the path …" for "Who was the long thin
        # man … dunning Ukridge in the garden?"): fourth development set 16 → 18, no answer lost. Its name
        # counts among the words the choice weighs too ("The love grew like Jack's beanstalk" against
        # "Phyllis walked fast …" for "To what does the narrator compare how fast his love for Phyllis
        # grew?"): fifth 11 → 12. For any question naming one, "What is the freezing point of water in
        # Fahrenheit?" was cited (general 26 → 25); for two names as well (the gate spares one already), a
        # first of both named in the choice took "What was Ukridge talking about when Beale interrupted
        # him?" from the passage answering it.
        one_named = asked is Asked.DOCUMENT and len(asked_names) == 1
        focused[0] = replace(focused[0], first_of_both=True, of_the_one_named=one_named)
    if where or asked is Asked.DOCUMENT:
        focused = _introduced_first(store, question, passages, focused, vector, where)
    # Only someone the question names (or a role it asks by, "the professor") is carried over.
    if (asked_names or roles(question)) and not is_chinese(question):
        focused = _with_before(store, focused, question)
    candidates = _with_translations(store.embedder, question, memories)
    candidates = _of_kind(store.embedder, question, corrected(_known_as(question, candidates)))
    candidates = _about_their_people(store, question, candidates)
    asked_names = asked_names or called_names(question, [c.memory.text for c in candidates])
    if asked is Asked.OPEN and asked_names and _their_people(question, asked_names, candidates):
        asked = Asked.KNOWN  # the model would invent about them
    return Found(candidates, focused, asked)


def _not_the_worlds(question: str, asked: list[frozenset[str]]) -> list[frozenset[str]]:
    """The names asked that the dictionary does not know as the world's: a novel set in London that keeps
    naming Harrod's does not make "Who founded Harrods?" about the novel (it was answered "I don't know";
    GENERAL_DEV2). A name of the book's own (Ukridge, Combe Regis) still routes it to the book, and so does
    one the dictionary knows only as the end of a longer name: Hawk, the book's boatman, is in "Kitty Hawk"
    (a book question about him went from "I don't know" to general knowledge). Not in a
    Chinese question, whose Latin words are read without the first (terms.names): "Aunt Elizabeth", a hen of
    the book, is read as Elizabeth, a name of the world's (--zh-book-dev: one "I don't know" became general)."""
    if not asked or is_chinese(question):
        return asked
    world = lexicon.whole_world_names_in(question, asked)
    return [n for n in asked if n not in world]


def _with_before(store: MemoryStore, five: list[Candidate], question: str) -> list[Candidate]:
    """Each passage that says "he" or "she" with the whole passage before it in its book (Candidate.before),
    in one query for the five: unlike the lead, whether or not retrieval found that one, since the one that
    names who "he" is need not share a word with the question ("The dastard and varlet, Hawk." before
    "… found him at length leaning over the seawall").

    For a question about what someone said (speakers.speech_asked), every one of the five is read with the
    passages before it as well, for who speaks it (speakers.read_back): a speech that runs on from the
    passage before names its speaker only there ("“Pay?” bellowed Ukridge …" before "“When we get a
    connection …”"), and retrieval found only the first five's own predecessors for some of them."""
    asked = speech_asked(question)
    back = BEFORE if asked else 1
    wanted = {
        (c.memory.import_id, c.memory.position - b)
        for c in five
        if c.memory.kind == "document" and c.memory.import_id and (asked or speaks_of_someone(c.memory.text))
        for b in range(1, back + 1)
        if c.memory.position - b >= 0
    }
    if not wanted:
        return five
    texts = store.passage_texts(wanted)
    out = []
    for c in five:
        c = replace(c, before=texts.get((c.memory.import_id, c.memory.position - 1), ""))
        out.append(read_back(asked, c, texts) if asked and not any(c.speakers) else c)
    return out


def _about_the_books(question: str, asked: list[frozenset[str]], pool: list[Candidate]) -> bool:
    """Whether one of the names asked, not one the world's (_not_the_worlds), is in many of the passages
    found, whatever else the question names: "Why did Garnet go to Dorset?" is about the novel that keeps
    naming its narrator, though Dorset is written nowhere in it (session 18: the model told a life of Garnet
    as general knowledge). "How far is Dorset from London?" is not: London is the world's, and Dorset is in
    no passage."""
    return any(names_often([name], pool) for name in _not_the_worlds(question, asked))


def _their_people(question: str, asked: list[frozenset[str]], found: list[Candidate]) -> bool:
    """Whether the names asked about are people of the user's life: one of them spoken to, as or with
    someone known in a memory found ("Hey John!", acquainted.py), however the world knows it; or all of
    them talked about often, or named as one of theirs even once (routing.names_their_people). Names the
    dictionary knows as the world's count only in the first and last ways: a user who often mentions
    London or Einstein still gets general knowledge about them. (Only for a question with names: the
    set takes 0.7 s to build, at start-up on the dictionary's thread.)"""
    known = acquainted(c.memory.text for c in found if c.memory.kind != "document")
    world = lexicon.world_names_in(question, asked)
    # A world name is known only whole: a friend John does not make "John Lennon" theirs.
    if any(n <= known or (n & known and n not in world) for n in asked):
        return True
    return names_often([n for n in asked if n not in world], found) or names_their_people(asked, found, world)


def _introduced_first(
    store: MemoryStore, question: str, found: list[Hit], focused: list[Candidate], vector: np.ndarray, where: str | None
) -> list[Candidate]:
    """For "Who is Beale?" about a book, the passages that first mention him ahead of the ones found."""
    name = who_is(question)
    first = first_mentions(store, name, vector, where) if name else []
    if not first:
        return focused
    ids = {h.memory.id for h in first}
    # Ranked with the rest for their share of the question (the passage gate reads it) and best window.
    pool = by_focus(question, passage_pool(question, [*first, *(h for h in found if h.memory.id not in ids)]))
    introduced = sorted((c for c in pool if c.memory.id in ids), key=lambda c: c.memory.position)
    return [*introduced, *(c for c in focused if c.memory.id not in ids)][:PASSAGE_LIMIT]


_PARTNERS = frozenset(
    {
        *term_words("partner girlfriend boyfriend wife husband spouse"),
        "女朋友",
        "男朋友",
        "老婆",
        "老公",
        "妻子",
        "丈夫",
        "爱人",
        "对象",
    }
)
_SPLIT = re.compile(
    r"\b([A-Z][a-z]+) and I (?:broke up|split up|split|separated|divorced|are over)\b"
    r"|\b(?:broke up|split up|split|separated) (?:with|from) ([A-Z][a-z]+)\b|和([\u4e00-\u9fff]{2,3})分手"
)


def _split_from(text: str) -> set[str]:
    """The names of those the user says they have split up with, as terms.relatives_named keeps names."""
    return {
        name
        for m in _SPLIT.finditer(text)
        for part in m.groups()
        if part
        for name in (terms(part) if part.isascii() else {part[-2:]})
    }


def _known_as(question: str, found: list[Candidate]) -> list[Candidate]:
    """Each memory that names one of the user's people (or pets) the question asks about by relation
    ("When is my sister's birthday?"), marked with that relation, when another memory found says who
    they are ("my sister Anna"): so "Actually, Anna's birthday is on 14 May" is about the sister, and
    being newer, the answer; "Miso is on a diet" is about "my cat" when the user said "My cat Miso"."""
    asked = terms(question)
    people: dict[str, frozenset[str]] = {}
    partners: dict[str, tuple[str, str]] = {}  # relation → when it was said, and whom
    for c in found:
        said = c.memory.text if c.memory.kind != "document" else ""
        for relation, name in [*relatives_named(said).items(), *pets_named(said).items()]:
            # The relation as the question asks it: "sister", or 妹妹 by the dictionary.
            as_asked = frozenset({relation} & asked | set(dictionary_translations(question, asked, relation)))
            if as_asked:
                people[name] = people.get(name, frozenset()) | as_asked
                if relation in _PARTNERS and partners.get(relation, ("", ""))[0] < c.memory.created:
                    partners[relation] = (c.memory.created, name)
    # One partner at a time: the one named last, and not one the user has since split up with ("Lucy and I
    # broke up", then "我现在的女朋友叫小雪": "When is my girlfriend's birthday?" was told Lucy's; session 16).
    current = {name for _, name in partners.values()}
    for c in found:
        for ended in _split_from(c.memory.text):
            if ended in people and ended in current:
                named_at = max(at for at, name in partners.values() if name == ended)
                if c.memory.created > named_at:
                    current.discard(ended)
    for name in {name for name in people if name in {n for _, n in partners.values()} and name not in current}:
        del people[name]
    if not people:
        return found
    out = []
    for c in found:
        held = terms(c.memory.text)
        # A Chinese name is cut as the dictionary cuts it (朵朵 into 朵 and 朵): it is looked for whole.
        named = {name for name in people if name in held or (is_cjk_term(name) and name in c.memory.text)}
        known = frozenset().union(*(people[name] for name in named))
        out.append(replace(c, known_as=known) if known else c)
    return out


def passage_pool(question: str, hits: list[Hit]) -> list[Candidate]:
    """The passages retrieval found, as candidates for focus.py, with their leads (English only)."""
    if is_chinese(question):
        # An English passage states the asked terms it translates (in_english.py), as a memory does.
        asked = terms(question) | read_terms(question)
        return [_candidate(h, frozenset(held_in_english(question, asked, h.memory.text))) for h in hits]
    return with_speakers(question, _with_leads([_candidate(h) for h in hits]))


def passage_order(question: str, pool: list[Candidate], closeness: Closeness | None) -> list[Candidate]:
    """The passages found (`pool`, as retrieval ranked them), in the order an answer and `memory search`
    show them: by the sentence that holds the question (focus.py); for a Chinese question, past focus.py's
    first `FOCUS_KEPT`, by the two orders fused (reciprocal rank, retrieval's counted at `RETRIEVAL_SHARE`).

    Why only in Chinese: in English focus.py's order is far better than retrieval's (development book
    questions: the answer in the first five for 44 of 62 against 33), while in Chinese the two are as
    good (CMRC development 508 and 506 of 512; the held-out half 489 and 490) and miss different
    questions: focus.py can rank a passage first for a word the question only points with ("此剧的制作人
    是谁？": 此, "this", is a third of its weight) and push retrieval's right first passage to eleventh.
    Until session 15 retrieval's first alone was kept as the fifth. Fusing the rest holds more of both
    orders' best: on the development half with one content word removed in turn (1,650 questions) the
    answer is in the first three for 1,629 against 1,624 and in the five for 1,635 against 1,634; one
    word fewer (898) 882 against 879 in the first three; the development half itself unchanged (508).
    Fusing the first two as well put the answer first less often (development 499 → 498) and cited two
    CMRC answers fewer (490 → 488), since the answer takes its passage from the first three; keeping
    focus.py's first two leaves the cited passages as they were (490, quote 437). Offsets 3–40 and
    shares 0.25–0.75 all give 1,634–1,635 in the five: 10 and 0.5 are the middle."""
    focused = by_focus(question, pool, closeness)
    if not pool or not is_chinese(question):
        return focused
    found_at = {c.memory.id: i for i, c in enumerate(pool)}
    fused = {
        c.memory.id: 1 / (FUSION_OFFSET + i) + RETRIEVAL_SHARE / (FUSION_OFFSET + found_at[c.memory.id])
        for i, c in enumerate(focused)
    }
    return [*focused[:FOCUS_KEPT], *sorted(focused[FOCUS_KEPT:], key=lambda c: -fused[c.memory.id])]


def closeness_to(embedder: Embedder, vector: np.ndarray) -> Closeness:
    """The cosines of texts to the question whose embedding is `vector`."""
    return lambda texts: [float(c) for c in embedder.embed(texts) @ vector]


def _with_leads(pool: list[Candidate]) -> list[Candidate]:
    """Each passage whose predecessor in its book was found too, with that one's last sentence as its lead
    (Candidate.lead). Only those found: fetching the others cost a query, and a predecessor that does not
    touch the question rarely holds who "she" is (development book questions cited 31 → 33 of 62). Not for
    Chinese: a neighbour's character pairs match the question's by chance (CMRC development 487 → 482)."""
    found = {(c.memory.import_id, c.memory.position): c for c in pool if c.memory.import_id and c.memory.position >= 0}
    out = []
    for c in pool:
        before = found.get((c.memory.import_id, c.memory.position - 1))  # only an import's passages are keys
        sentences = split_sentences(before.memory.text) if before else []
        out.append(replace(c, lead=sentences[-1]) if sentences else c)
    return out


def _candidate(hit: Hit, translated: frozenset[str] = frozenset(), distance: int = 0) -> Candidate:
    searched = joined(hit.memory) if hit.memory.kind == "profile" else ""
    return Candidate(hit.memory, hit.score, hit.similarity, hit.vector, translated, searched, distance)


def _with_translations(embedder: Embedder, question: str, hits: list[Hit]) -> list[Candidate]:
    """Each memory with the asked terms it states in the other language than the question ("出生" in "I
    was born in Leeds"): by the dictionary (lexicon.py), or where it lacks the word, by word vectors."""
    zh = is_chinese(question)
    asked = _words(question, cjk=zh)
    asked_terms = terms(question)
    texts = [joined(hit.memory) if hit.memory.kind == "profile" else hit.memory.text for hit in hits]
    kin_words = PEOPLE | zh_kin().keys()
    if asked:  # every word not seen before in one batch: one embedder call per question, not per memory
        word_vectors(embedder, tuple(asked.values()) + tuple(w for t in texts for w in _words(t, cjk=not zh).values()))
    mine = word_vectors(embedder, tuple(asked.values())) if asked else None  # read once, not once a memory
    out = []
    for hit, text in zip(hits, texts, strict=True):
        literal = mentioned(asked_terms, text)
        found = {t: d for t, d in dictionary_translations(question, asked_terms, text).items() if t not in literal}
        theirs = list(_words(text, cjk=not zh).values())
        if theirs and mine is not None:
            similar = mine @ word_vectors(embedder, tuple(theirs)).T
            for term, row in zip(asked, similar, strict=True):
                # One of the user's people is translated by what they are to the user (terms.zh_kin), never
                # by a neighbouring word: 先生 and "teacher" are close, and "I'm a teacher." is not the husband.
                if row.max() >= TRANSLATION_COSINE and term not in literal and term not in kin_words:
                    found.setdefault(term, VECTOR_SENSE)
        out.append(_candidate(hit, frozenset(found), sum(found.values())))
    return out


def _about_their_people(store: MemoryStore, question: str, found: list[Candidate]) -> list[Candidate]:
    """For a question about the user alone, each memory opening with the name of one of their people
    marked with it (named_subject.py): the store is read for what else names them, once a name."""
    if not about_user(question) or terms(question) & (PEOPLE | PETS) or names(question):
        return found
    opening = {c.memory.id: n for c in found if c.memory.kind != "document" and (n := opening_name(c.memory.text))}
    theirs = {
        name
        for name in set(opening.values())
        if gives_as_theirs(
            name, (str(r["text"]) for r in rows_naming(store, [name], ("turn", "fact"), current_only=True))
        )
    }
    for c in found:  # a Chinese name, by what else the user said of it (named_subject.zh_opening_person)
        if c.memory.id not in opening and c.memory.kind != "document":
            if zh := zh_opening_person(c.memory.text, lambda name: _texts_naming(store, name)):
                opening[c.memory.id] = zh
                theirs.add(zh)
    return [replace(c, about=opening[c.memory.id]) if opening.get(c.memory.id) in theirs else c for c in found]


def _texts_naming(store: MemoryStore, name: str) -> list[str]:
    return [str(r["text"]) for r in rows_naming(store, [name], ("turn", "fact", "profile"), current_only=True)]


def _of_kind(embedder: Embedder, question: str, found: list[Candidate]) -> list[Candidate]:
    """Each memory marked with whether its words are things of the kind the question asks for (kinds.py)."""
    kind = kind_asked(question)
    if kind is None:
        return found
    said = kinds_found(kind, question, [c.memory.text for c in found], lambda words: word_vectors(embedder, words))
    return [replace(c, kind=k) if k else c for c, k in zip(found, said, strict=True)]


def _words(text: str, *, cjk: bool) -> dict[str, str]:
    """Terms of one script, each with the text an embedder should read for it."""
    if cjk:
        return {t: t for t in terms(text) if is_cjk_term(t)}
    return term_words(text)
