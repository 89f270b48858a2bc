"""Which evidence answers a question, or that none does: a pure function of the question and what
retrieval found, testable without a model or a store.

The question is first routed by what it asks (routing.py): about the user ("Where do I live?"), about
something they gave the assistant to read ("In the book, who …", "第三章讲了什么"), or open ("Who is
Ukridge?", "List three French cities"), which the evidence then settles. Evidence answers only when it is
on the subject that was asked (subject.py, whose.py, terms.py), and of several statements on that subject
the newest wins, whether or not an extraction rule read it (current.py, tense.py); a passage answers when it
passes the gate (passage_choice.py). What goes in and comes out is in decision.py, with the thresholds,
calibrated on development data by `bench/answers.py --calibrate` (docs/benchmarks.md says how and what
was chosen).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..language import is_chinese
from ..memory.model import Memory
from ..memory.places import passage_place
from .anchor import Anchor, anchored
from .current import current_of, doubted, replacing
from .decision import DEFAULT, Asked, Candidate, Decision, Outcome, Thresholds, usable
from .introduced import asks_what_it_is, introduces
from .kinds import kind_words
from .liking import turned_round
from .named_subject import opening_liker
from .note_lines import answering_line, is_list
from .passage_choice import best_passage, first_of_both, passage_answers
from .restate import restated
from .routing import about_user, asked_about, asks_advice, passage_terms, terms
from .slots import stated_slots
from .subject import coverage, off_subject, on_subject, stated_in
from .synonyms import in_other_words
from .tense import asks_before, ended, former, states
from .terms import PEOPLE, PETS, in_first_person, names, opens_with_verb
from .terms import terms as _terms


def _notes_hold(asked: set[str], c: Candidate) -> float:
    """The share of the question the user's own notes hold, some of it in the table's other words: "policy
    no. DL-88213-X" holds the number of "What is my insurance policy number?" (synonyms.py)."""
    return len(stated_in(asked, c.text, c) | in_other_words(asked, c.text)) / len(asked) if asked else 0.0


# "What book am I reading?": the noun after "what" is the kind of answer asked for, and a remark giving
# one by its title ("Started reading Middlemarch on the train") says it without that word.
# Only works known by a title: a name after "Which doctor do I see?" may be anyone's ("I'm seeing someone
# new, Maria" was cited for it).
_TITLED = "book|novel|show|series|programme|program|film|movie|game|podcast|album|song|play|musical"
_EN_KIND_ASKED = re.compile(rf"^\s*(?:what|which)\s+({_TITLED})\s+(?:am|do|did|was|have|had)\s+i\b", re.IGNORECASE)


def _names_all(asked: set[str], c: Candidate, t: Thresholds) -> bool:
    """A remark naming all of the question in its own words: a word vector took the "书" of "我最喜欢的书是
    Dune" for "reading" ("What book am I reading?" cited the favourite)."""
    return coverage(asked, replace(c, translated=frozenset())) >= t.memory_coverage


def _gives_kind(rest: set[str], c: Candidate, t: Thresholds) -> bool:
    """A remark naming all of the question but the kind of answer asked for (`rest`), and giving one by
    its title (a capitalised name inside the sentence). Far from the question as a sentence (cosine
    0.24), it is taken on its words alone."""
    if not _names_all(rest, c, t) or not names(c.memory.text):
        return False
    # The user's own doing: "Tom is reading Dune" says what Tom reads.
    return in_first_person(c.memory.text) or opens_with_verb(c.memory.text)


def _titled(
    question: str, about: str, memories: list[Candidate], taken: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """The remarks, other than `taken`, that give the kind of answer asked for by its title. The
    question is read first: most ask for no titled kind, and then no remark is looked at."""
    kind = _EN_KIND_ASKED.search(question)
    if not kind:
        return []
    asked = terms(question)
    rest = asked - _terms(kind.group(1))
    if rest == asked or not rest:
        return []
    return [
        c
        for c in states(about, usable(memories))
        if c not in taken and not off_subject(about, c) and _gives_kind(rest, c, t)
    ]


def _own(about: str, memories: list[Candidate], t: Thresholds, anchor: Anchor | None) -> list[Candidate]:
    """The user's remarks on the asked subject. For "Where did I live before Bath?" the subject is where
    they lived (`about`), and a remark naming Bath states the anchor, not the answer (anchor.py)."""
    said = [
        c
        for c in states(about, memories)
        if not (anchor and anchor.names(c.memory.text)) and not _of_someone_named(about, c)
    ]
    own = [c for c in said if on_subject(about, c, t) and not _turned_round(c, memories)]
    if not own and not anchor:
        # Only that it ended was said, in the slot's own phrasing: "I no longer work at Tesco" answers "Where
        # do I work?" (session 17, "I don't know"), though it is not what "What medication do I take?" is.
        own = [
            c
            for c in memories
            if ended(c) and stated_slots(about, c.text) and not _of_someone_named(about, c) and on_subject(about, c, t)
        ]
    return own + replacing(about, own, [c for c in said if c not in own], t)


def _of_someone_named(question: str, c: Candidate) -> bool:
    """A question about the user alone, and a remark about one of their people by name that says nothing
    of the user (Candidate.about), or that opens with someone's liking or team by name whoever they are
    (named_subject.opening_liker): "Nina hates coriander" for "What food do I hate?", "Jo supports
    Liverpool" for "Which team do I support?"."""
    if not (c.about or opening_liker(c.memory.text)) or not about_user(question):
        return False
    asked = terms(question)
    return not (asked & (PEOPLE | PETS) or names(question) or c.known_as & asked)


def _turned_round(c: Candidate, memories: list[Candidate]) -> bool:
    """A liking the user has since said the opposite of ("Actually I love broccoli now")."""
    later = [m.memory.text for m in memories if m.memory.created > c.memory.created]
    return bool(later) and turned_round(c.memory.text, later)


def _before_now(question: str, own: list[Candidate]) -> list[Candidate]:
    """Of the remarks on the subject, those telling how it was: said as former ("I used to live in
    Manchester"), or else the slot's statements older than its newest."""
    said = [c for c in own if former(c.memory.text)]
    if said:
        return said
    stating = [c for c in own if stated_slots(question, c.text)]
    newest = max((c.memory.created for c in stating), default="")
    return [c for c in stating if c.memory.created < newest]


def _newest(asked: Asked, about: str, own: list[Candidate], t: Thresholds) -> Decision:
    """The user's newest statement on the asked subject, or the two when a later one may change it."""
    answer, earlier = current_of(about, own, t)
    later = doubted(about, answer, own, t)
    if later is not None:
        return Decision(
            asked,
            Outcome.MEMORY,
            [answer.memory, later.memory],
            [c.memory for c in earlier],
            reason="a later remark on the asked subject in words no rule reads",
            uncertain=True,
        )
    said = [c.memory for c in earlier]
    return Decision(asked, Outcome.MEMORY, [answer.memory], said, reason="the newest statement on the asked subject")


def _note_line(asked: Asked, question: str, passages: list[Candidate], spare: int) -> Decision | None:
    """The line of the user's notes (not a book's) that answers, quoted alone (note_lines.py): of the
    passages found, the line holding most of the question, the first passage's on a tie. `spare`: how many
    of three or more things asked it may lack (a question about the user may ask in verbs the notes do
    not use: "What variety of potatoes did I plant?" for "3 April: potatoes (Charlotte) planted …")."""
    found = [
        (line, c)
        for c in passages
        if passage_place(c.memory.source) is None
        and (line := answering_line(question, passage_terms(question), c.memory.text, spare))
    ]
    if not found:
        return None
    line, c = max(found, key=lambda pair: len(pair[0].held))
    return Decision(
        asked,
        Outcome.PASSAGE,
        [c.memory],
        reason="a line of the user's notes holds the question",
        window=(line.sentence, line.sentence + line.count),
    )


def _unanswered_list(question: str, passage: Memory) -> bool:
    """A list of the user's notes no line of which answers an open question: "What's a normal blood
    pressure?" is not answered by their own reading on a page of health notes."""
    return passage_place(passage.source) is None and is_list(passage.text)


def decide(
    question: str,
    memories: list[Candidate],
    passages: list[Candidate],
    t: Thresholds = DEFAULT,
    asked: Asked | None = None,
) -> Decision:
    """`memories` and `passages` best first, as retrieval ranked them; `asked` when retrieval knew more
    than the question's words (evidence.gather: a name the user's books keep mentioning)."""
    question = restated(question)
    asked = asked or asked_about(question)
    question_terms = terms(question)
    anchor = anchored(question)
    about = anchor.rest if anchor else question
    own = _own(about, usable(memories), t, anchor)
    readable = [c for c in passages if passage_answers(question, c, t, asked)]
    passage = best_passage(question, readable, t) if readable else None
    nearby = [c.memory for c in readable if c is not passage][: t.nearby_passages]
    quoted = (
        Decision(asked, Outcome.PASSAGE, [passage.memory], reason="a passage holds the question's terms", nearby=nearby)
        if passage
        else None
    )

    if asked is Asked.DOCUMENT:
        # "What's my favourite book?", "Where do I keep my notes?" ask what the user said about books,
        # answered by a remark that names all of it in the question's own words.
        said = [c for c in own if _names_all(question_terms, c, t)]
        said += _titled(question, about, memories, said, t)
        if said and about_user(question) and not is_chinese(question):
            return _newest(asked, about, said, t)
        if quoted:
            return quoted
        if first := first_of_both(question, passages, t):
            return Decision(asked, Outcome.PASSAGE, [first.memory], reason="both orders of the passages put it first")
        return Decision(asked, Outcome.DONT_KNOW, reason="no passage holds enough of the question's terms")
    if asked is Asked.USER:
        own = own or _titled(question, about, memories, own, t)  # "What show am I watching?"
        if own and not anchor and asks_before(question):
            own = _before_now(question, own)
            if not own:
                return Decision(asked, Outcome.DONT_KNOW, reason="only the value as it is now was said")
        if own:
            return _newest(asked, about, own, t)
        # "How often should I water the tomatoes?" is answered by the user's garden notes, which say how
        # often without the word "often": the words that ask for a kind of answer need not be held, as in
        # any passage, while two terms are left to say what it is about. One alone ("How long have I had
        # the Fiesta?": "Fiesta") is held by every passage that mentions it.
        held = passage_terms(question)
        if line := _note_line(asked, question, passages, spare=1):
            return line
        # A book is no record of the user's life: "Where was I born?" quoted a novel's "the born leader".
        notes = [c for c in readable if passage_place(c.memory.source) is None]
        note = best_passage(question, notes, t) if notes else None
        if note and _notes_hold(held if len(held) > 1 else question_terms, note) >= t.memory_coverage:
            return Decision(asked, Outcome.PASSAGE, [note.memory], reason="a passage holds the question")
        if asks_advice(question):
            return Decision(asked, Outcome.GENERAL, reason="advice asked, and nothing the user gave says")
        return Decision(asked, Outcome.DONT_KNOW, reason="nothing the user said is on the asked subject")
    if line := _note_line(asked, question, passages, spare=0):
        return line
    if quoted and not _unanswered_list(question, quoted.evidence[0]):
        return quoted
    # The kind asked for is what the answer is, not a word it holds: "Jo hates mushrooms" holds all of "What
    # food does Jo hate?" but "food" (kinds.py has said whether its words are all of another kind).
    held = question_terms - kind_words(question)
    strong = [c for c in own if coverage(held, c, question) >= t.memory_coverage]
    # "Who is Dev?" is answered by the remark that says who he is ("My husband Dev is a nurse"), not by the
    # newest that names him ("Dev started a new job at Southmead", cited as a new user, session 18).
    if asks_what_it_is(question):
        strong = [c for c in strong if introduces(question, c.memory.text)] or strong
    if strong:
        answer, earlier = current_of(question, strong, t)
        return Decision(
            asked,
            Outcome.MEMORY,
            [answer.memory],
            [c.memory for c in earlier],
            reason="a memory holds the question's terms",
        )
    if asked is Asked.KNOWN:
        return Decision(asked, Outcome.DONT_KNOW, reason="nothing the user gave holds a question about their people")
    if (first := first_of_both(question, passages, t, asked)) and not _unanswered_list(question, first.memory):
        return Decision(asked, Outcome.PASSAGE, [first.memory], reason="both orders of the passages put it first")
    return Decision(asked, Outcome.GENERAL, reason="nothing the user gave holds the question: general knowledge")
