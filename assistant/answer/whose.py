"""Whose thing or life a remark speaks of: the user's, or someone else's that the question did not ask
about ("Hana's new car" for "my car")."""

from __future__ import annotations

import re

from ..language import is_chinese
from .decision import Candidate
from .named_subject import opening_name
from .routing import about_user, has_name, terms
from .slots import asks_for, stated_slots, statement_starts
from .synonyms import in_other_words
from .terms import (
    PEOPLE,
    PETS,
    ZH_PEOPLE_WORDS,
    apposition_joined,
    dictionary_translations,
    in_first_person,
    kin,
    mentioned,
    names,
    others_own,
    owned,
    owned_alike,
    possessions,
)
from .terms import terms as _terms

# A partner is asked for by words of one sex or none: the partner slot (slots.py) holds them all, so "My
# husband Daniel works as a nurse" answered "What is my wife's name?".
_WOMEN = frozenset(_terms("wife girlfriend")) | {"老婆", "妻子", "女朋友"}
_MEN = frozenset(_terms("husband boyfriend")) | {"老公", "丈夫", "男朋友"}


def other_sex(question: str, text: str) -> bool:
    """The question calls a partner by a word of one sex, the remark calls the user's by the other's."""
    asked, held = owned(question), owned(text)
    return any(asked & one and held & other and not held & one for one, other in ((_WOMEN, _MEN), (_MEN, _WOMEN)))


def owner_missing(question: str, c: Candidate) -> bool:
    """A question about a thing of one of the user's people ("Who is my daughter's teacher?"), and a
    remark that does not name that person in any words: "I'm a primary school teacher" is the user; nor
    the person asked for, when that is one ("我女儿在学钢琴" names the daughter, not her teacher)."""
    held = _terms(c.memory.text)

    def lacks(people: set[str]) -> bool:
        said = mentioned(people, c.memory.text) | kin(people, held) | ((c.translated | c.known_as) & people)
        return bool(people) and not said  # "Anna's birthday" is the sister's when Anna is the sister

    return any(lacks(_terms(owner) & PEOPLE) or lacks(_terms(thing) & PEOPLE) for owner, thing in possessions(question))


def someone_elses(question: str, asked: set[str], c: Candidate) -> bool:
    """The asked thing as someone else's ("Hana's new car is a bit flashy", "同事的新车很帅" for "my car"),
    or the one asked about named only as the owner of another thing ("My sister's dog is hilarious"
    does not say what the sister is called). An owner the question asks for is the answer itself ("my
    girlfriend's name is Anna" for "Who am I dating?")."""
    for owner, thing in possessions(c.memory.text):
        if asks_for(question, owner) or _ASKS_WHOSE.match(question):
            continue  # "Whose ladder do I have?" asks for the owner: "Borrowed Jake's ladder" names him
        # The thing in the other language: "My sister's dog" for "我家狗叫什么？" translates 狗; so may the
        # owner: "My sister's birthday" for "我妹妹的生日" is the asked sister's.
        asked_owner = (
            mentioned(asked, owner)
            or (c.translated and dictionary_translations(question, asked, owner))
            or c.known_as & asked  # "Anna's birthday" for "my sister's birthday", Anna being the sister
            or kin(asked, _terms(owner))  # "My mum's birthday" for "my mother's birthday"
        )
        # The thing in other words too: "Tom's flights to Tokyo" are travel, not the user's (session 15).
        # And the thing the question asks for: "Hana's boyfriend" is not who "Who am I dating?" asks for.
        wanted = asks_for(question, thing) or bool(in_other_words(asked, thing))  # "fiancé" for "marrying"
        if (mentioned(asked, thing) or in_other_words(asked, thing) or wanted or c.translated) and not asked_owner:
            return True
        # By name too, as the one the remark opens with: "Carl's wife Deb is a nurse" is not what "my
        # brother" does, Carl being the brother ("… a nurse at St Mary's hospital" is the husband's job).
        opening = opening_name(c.memory.text)
        by_name = c.known_as & asked and opening and _terms(opening) == {owner}
        # Unless that thing is what the question asks for: "My brother's new girlfriend Lena" says whom
        # "Who is my brother dating?" asks for (session 15).
        if (mentioned(asked, owner) or by_name) and not mentioned(asked, thing) and not wanted:
            if _runs_on_into(c.memory.text, thing, question, _terms(owner)):
                continue  # "Arjun's student loan" is the loan "When does Arjun get his loan?" asks about
            if owner in _elliptical_owners(question):
                continue  # "at my mum's" names no thing of hers: "Mum's building" may be it
            return True
    return False


_ASKS_WHOSE = re.compile(r"^\s*whose\b", re.IGNORECASE)

# A possessive's first word and the word after it: possessions() keeps only the first.
_THEIR_PHRASE = re.compile(r"['’]s\s+([\w-]+)\s+([\w-]+)")
# What a question asks as someone's: "his loan", "Nadia's licence".
_ASKED_AS_THEIRS = re.compile(r"\b(?:his|her|their|its|my|our|\w+['’]s)\s+(?=([\w-]+))", re.IGNORECASE)


def _runs_on_into(text: str, thing: str, question: str, owner: set[str]) -> bool:
    """The thing a possessive names is the first word of the thing the question asks as someone's
    ("student" of "Arjun's student loan" for "his loan"), not another thing of the owner's. Only the word
    right after it: "My brother's girlfriend Lena works at Google" says not where the brother works."""
    wanted = {t for m in _ASKED_AS_THEIRS.finditer(question) for t in _terms(m[1])} - owner
    return any(_terms(m[1]) == {thing} and _terms(m[2]) & wanted for m in _THEIR_PHRASE.finditer(text))


# A possessive with its thing left unsaid, as a home is: "What's the gate code at my mum's?", "我…" has none.
_ELLIPTICAL = re.compile(
    r"\b(?:my|our)\s+([a-z-]+)'s?(?=\s*(?:[?.!,;]|$|\b(?:on|at|in|for|this|next|tonight)\b))", re.IGNORECASE
)


def _elliptical_owners(question: str) -> set[str]:
    return {t for m in _ELLIPTICAL.finditer(question.replace("’", "'")) for t in _terms(m.group(1))}


# Someone named, or a relation, right before what states the slot: "Heard Fatima moved to Berlin",
# "Wang Fang搬到成都去了", "同事搬家了". An adverb is not a name ("Finally moved to York").
# "Brian's a retired postman": the name, then "'s" for "is" (session 19: the user's job).
_EN_NAME_BEFORE = re.compile(
    r"\b(?!(?:Just|Now|Then|So|Also|Still|Today|Heard|Got|And|But)\b)[A-Z][a-z]+(?<!ly)(?:'s|’s)?\s+$"
)
_ZH_NAME_BEFORE = re.compile(f"(?:[A-Za-z]+|{'|'.join(ZH_PEOPLE_WORDS)})\\s*$")


def said_of_another(question: str, text: str) -> bool:
    """A remark that says nothing of the speaker and states the asked slot of someone it names, other
    than the one asked about: "Priya moved to Toronto" answers "Where does Priya live?"."""
    if in_first_person(text):
        return False
    asked = terms(question)
    for start in statement_starts(question, text):
        before = _CLAUSE.split(text[:start])[-1]
        name = (_ZH_NAME_BEFORE if is_chinese(text) else _EN_NAME_BEFORE).search(before)
        # "Gran lives in Hove" is where "my grandmother" lives: the word for her used as her name.
        if name and not mentioned(asked, name.group()) and not kin(asked, _terms(name.group())):
            return True
    return False


_CLAUSE = re.compile(r"[;,.!?；，。！？]")


def user_clause_states(question: str, text: str) -> bool:
    """A clause of its own states the asked slot and names no one else: "Mittens went to my sister's;
    we've got a kitten now, Pepper", "新买了一部小米14，旧手机给我妈了" are about the user's cat and phone,
    though they name a sister and a mother ("My brother just started at Google" is one clause: his job)."""
    parts = [part for part in _CLAUSE.split(apposition_joined(text)) if part.strip()]
    return any(
        stated_slots(question, part)
        and not (owned(part) & PEOPLE)
        and not others_own(part)
        and not (k and _GOES_ON.match(part))
        for k, part in enumerate(parts)
    )


# A clause that opens with a verb of the third person goes on with the one the clause before is about:
# "My sister Ana is 30, lives in Porto" is where the sister lives (cited for "Where do I live?", session 17).
_GOES_ON = re.compile(r"\s*(?:and\s+|also\s+|now\s+)?(?!(?:this|his|its|as|us|yes|plus|thus|is)\b)[a-z]+s\b")


def own_thing(question: str, text: str) -> bool:
    """The thing the question asks about is the user's in the remark: called theirs in both ("my holiday",
    "our holiday"), or asked of the user by its plain word ("Where am I going on holiday?") and called
    theirs in the remark ("Our holiday to Crete is booked for June": "I don't know" as a new user, session
    15), one of their people asked about in neither."""
    mine = owned(question)
    if owned_alike(mine, owned(text)):
        return True
    if not about_user(question) or mine:
        return False
    theirs = owned(text)
    if terms(question) & theirs - PEOPLE - PETS:
        return True
    # Or said of no one at all, as the user says their own plans: "Flights to Tokyo booked for April!",
    # "Holiday to Crete booked for June!" (its first word is the asked thing, not someone's name).
    opening = opening_name(text)
    someone = opening and not _terms(opening) <= terms(question)
    return not (theirs or others_own(text) or someone or in_first_person(text))


def about_another(question: str, c: Candidate) -> bool:
    """A remark about someone else's thing or life: "Hana's new car", "Heard Fatima moved to Berlin",
    "My friend Tom lives in Leeds". Unlike off_subject it does not ask the remark to call the thing the
    user's in the question's own words: "Finally got my own car" is about "我家的车"."""
    text = c.memory.text
    if others_own(text) or said_of_another(question, text) or someone_elses(question, terms(question), c):
        return True
    if their_person_unnamed(question, c) or other_sex(question, text):
        return True
    if terms(question) & {t for m in _THIRD_PERSONS.finditer(text) for t in _terms(m.group(1))}:
        return True  # "Marco lives in Milan with his girlfriend Sofia" is not who the user is seeing
    held = _terms(text)
    if any(not has_name(name, held) for name in names(question)):
        return True  # "My flat in Reading has a blue door" is not where "Mei's parents" live now
    return bool({w for w in owned(text) & PEOPLE if not asks_for(question, w)}) and not user_clause_states(
        question, text
    )


# A thing of someone the remark speaks of: "his girlfriend", "her new car".
_THIRD_PERSONS = re.compile(r"\b(?:his|her|their)\s+(?:(?:new|old|own|current)\s+)?([a-z]+)\b", re.IGNORECASE)


def their_person_unnamed(question: str, c: Candidate) -> bool:
    """A question about one of the user's people other than the one it asks for ("What does my husband
    do?"), and a remark that names them in no words: "I'm a software engineer" (later than "My husband
    Daniel works as a nurse") is the user's own job, not a newer statement of his."""
    people = {w for w in owned(question) & PEOPLE if not asks_for(question, w)}
    held = _terms(c.memory.text)
    said = mentioned(people, c.memory.text) | kin(people, held) | ((c.translated | c.known_as) & people)
    return bool(people) and not said
