"""Whether one of the user's remarks is on the subject a question asks about: the terms it states, in
either language or other words, and how near it is."""

from __future__ import annotations

import re

from ..fiction import tells_fiction
from ..language import CJK, is_chinese
from ..sentences import split_sentences
from . import lexicon
from .addressed import spoken_to_only
from .answer_kind import (
    answer_of_kind,
    asks_where,
    gives_no_number,
    gives_no_thing,
    says_where,
    when_only_as_time,
)
from .decision import DEFAULT, Candidate, Thresholds
from .expects import Expects, expects
from .has_none import says_none
from .introductions import who_is
from .kinds import kind_words, liking_of_another_kind, member_holds, names_none_in_chinese
from .lending import with_someone
from .liking import asks_liking, favourite, liking, opposite_liking
from .own_name import asks_own_name, states_own_name
from .routing import about_user, terms
from .slots import asked_slots, asks_for, named_by_slot, slots_of, stated_slots
from .someone_else import names_no_one_else
from .synonyms import IN_LAWS, in_other_words
from .tense import ASKS_WHEN, asks_about_now, happened
from .terms import (
    PEOPLE,
    PETS,
    companions,
    gives_a_name,
    kin,
    mentioned,
    names,
    only_names,
    opens_with_verb,
    others_own,
    owned,
    owned_alike,
    pets_named,
    relatives_named,
    word_terms,
    zh_pieces,
)
from .terms import terms as _terms
from .whose import (
    other_sex,
    own_thing,
    owner_missing,
    said_of_another,
    someone_elses,
    their_person_unnamed,
    user_clause_states,
)


def named(asked: set[str], c: Candidate, question: str = "") -> set[str]:
    """The asked terms a candidate states, in either language, or in the words that state the asked
    slot (slots.py: "employer" in "I started a new job at Globex") when the question is given."""
    found = stated_in(asked, c.text, c)
    if not question:
        return found
    mine = kin(asked & owned(question), owned(c.memory.text))  # "my mum" for "my mother"
    found |= in_other_words(asked, c.text)  # "can't stand" for "hate", "a trip" for "travel"
    return found | mine | (named_by_slot(question, c.text) & asked) | _whole_words(question, asked, c.translated)


def stated_in(asked: set[str], text: str, c: Candidate) -> set[str]:
    """The asked terms `text` states, or the candidate states in another language or as the relation the
    user calls someone by: what every reading of a memory or passage counts as held."""
    return mentioned(asked, text) | c.translated | (c.known_as & asked)


def _whole_words(question: str, asked: set[str], translated: frozenset[str]) -> set[str]:
    """A Chinese word translated is translated whole: "laptop" for 笔记本 names 笔记 as well as 记本,
    though the dictionary's gloss ("notebook") let only one of its pairs through."""
    found: set[str] = set()
    for piece in zh_pieces(question) if translated else []:
        for word in lexicon.words(piece):
            pairs = word_terms(word) & asked
            if len(pairs) > 1 and pairs & translated:
                found |= pairs
    return found


def coverage(asked: set[str], c: Candidate, question: str = "") -> float:
    return len(named(asked, c, question)) / len(asked) if asked else 0.0


IN_LAW_TERMS = frozenset(t for w in IN_LAWS for t in _terms(w))


def off_subject(question: str, c: Candidate) -> bool:
    """Evidence about another thing or person than the one asked: "my rabbit" for "my horse", "my
    friend lives in …" for "where do I live"."""
    if other_sex(question, c.memory.text):
        return True
    if (in_law := owned(question) & IN_LAW_TERMS) and in_other_words(in_law, c.text):
        return False  # "my wife's brother" is the asked brother-in-law, not the wife (synonyms.py)
    if their_person_unnamed(question, c):
        return True
    if c.memory.kind != "document" and tells_fiction(c.memory.text) and about_user(question):
        return True  # "In the story, the narrator works as a lighthouse keeper" is not the user's job
    if spoken_to_only(question, c.memory.text):
        return True  # "Caroline: Woohoo Melanie! I passed the interviews" is no news of Melanie's
    if said_of_another(question, c.memory.text) and not c.known_as & terms(question):
        return True  # unless the one named is the one asked about ("Leo works at…", Leo the brother)
    if user_clause_states(question, c.memory.text):
        return False
    asked = terms(question)
    if someone_elses(question, asked, c) or owner_missing(question, c):
        return True
    theirs = owned(c.memory.text)
    mine = owned(question)
    has = _NAME_HAS.match(c.memory.text)
    if (
        (mine or about_user(question))
        and not theirs
        and has
        and mentioned(asked, c.memory.text)
        and not (mentioned(asked, has[1]) or kin(asked, _terms(has[1])))
    ):
        return True  # "Chloe has two cats, Mochi and Tofu" are not "my cats"; "Dad had …" is the asked dad's
    their_has = _KIN_HAS.search(c.memory.text)
    if (mine or about_user(question)) and their_has and not _asks_of(asked, _terms(their_has[1])):
        return True  # "My aunt has a cat called Pickle" is not "my cat"
    if (
        mine
        and others_own(c.memory.text)
        and not theirs
        and not c.known_as & mine
        and not stated_slots(question, c.text)
    ):
        return True  # "the neighbour's dog", "邻居家的狗" is not "my dog"
    if not theirs:
        return False
    stated = named(asked, c)
    # The people it is about that the question does not ask for: "我朋友" is someone else, "my
    # girlfriend" is who "Who am I seeing?" asks for.
    # A relation called by the name the question asks about is the one asked about ("my sister Anna" for
    # "When is Anna's birthday?").
    called = relatives_named(c.memory.text)
    others = {w for w in theirs & PEOPLE if not asks_for(question, w) and called.get(w) not in asked}
    others -= companions(c.memory.text)  # "with my partner": the user's doing, in company
    if mine:
        # "our holiday" for "my trip"; not "My sister lives at 22 Mill Road" for "my house", said of another
        said = stated | theirs | kin(mine, theirs) | (set() if others else in_other_words(mine, c.text))
        if mine & said or any(m in c.text for m in mine if not m.isascii()):
            return False
        # The asked thing in other words ("我的伴侣" for "我女朋友"), about no one else.
        return not (named_by_slot(question, c.text) and not others)
    # The question asks about the user; a statement whose owner is another person is about them.
    return bool(others) and not (theirs & asked)


# Someone named who has the thing: "Chloe has two cats", "Leo got a puppy".
_NAME_HAS = re.compile(
    r"\s*(?!(?:I|We|You|They|He|She|It|Just|Finally|Now|Then|So|Also|Still|Today|Recently|Already|Never"
    r"|Always|Really|Actually)\b)([A-Z][a-z]+)\s+(?:has|have|had|got|owns|keeps|adopted|bought)\b"
)


# One of the user's people who has the thing: "My aunt has a cat called Pickle".
_KIN_HAS = re.compile(
    r"\b(?:my|our)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:has|have|had|got|owns|keeps|adopted|bought)\b", re.IGNORECASE
)


def _asks_of(asked: set[str], held: set[str]) -> bool:
    """Whether the person `held` names (as terms) is one the question asks about, or is no person."""
    return not held & PEOPLE or bool(held & asked or kin(asked, held))


def _asked_part(question: str, text: str) -> str:
    """The sentences of `text` that hold a term of the question, or all of it when none does in the
    question's own words (a remark in the other language): a long remark's "go-to spot" in passing is no
    favourite of what it says about a dance class (LoCoMo development, session 14)."""
    asked = terms(question)
    held = [s for s in split_sentences(text) if mentioned(asked, s)]
    return " ".join(held) if held else text


def on_subject(question: str, c: Candidate, t: Thresholds = DEFAULT) -> bool:
    """Evidence about what was asked. An event ("What did Tom give me?") must be named in full: Tom
    giving, not Tom sending a video; a state ("Where do I live?") may be stated in other words."""
    text = c.memory.text
    if off_subject(question, c) or opposite_liking(question, text) or liking_of_another_kind(question, text):
        return False
    if c.kind < 0:
        return False  # "I can't stand cold weather" names no food
    if favourite(text) and favourite(_asked_part(question, text)) and not liking(question):
        return False  # "我最喜欢的颜色是绿色" is no colour of "my front door"
    asked_liking = asks_liking(question)
    if asked_liking and not liking(text) and (asked_liking < 0 or _terms(question) & PEOPLE):
        # "My wife Mei teaches maths" says nothing of what she likes doing, "我每天吃一片维生素D" nothing the
        # user hates. A liking of the user's own may be said in words no rule reads ("If I could only eat
        # one thing it'd be pizza" for "What do I like to eat most?", years 121-129); a dislike rarely is.
        if not stated_slots(question, c.text):
            return False
    if names_no_one_else(question, text):
        return False  # "My brother Sam is getting married" does not say whom he marries
    if _introduces(question, text) or (asks_own_name(question) and states_own_name(text)):
        return True
    if about_user(question) and says_none(question, text):
        return True  # "I don't have a car" for "What car do I drive?"
    if _HEARSAY.match(text) and about_user(question) and not stated_slots(question, c.text):
        return False  # "Everyone says holidays in Crete are great" is not where the user goes (cited on main)
    if gives_no_number(question, text) or gives_no_thing(question, text) or when_only_as_time(question, text):
        return False
    if (
        asks_where(question)
        and not asked_slots(question)
        and not CJK.search(text)
        and not says_where(text)
        and not with_someone(text)
    ):
        # "Our holiday is booked for June" says not where it is (cited on main, session 15). A slot's
        # statement says it in the slot's phrasing ("I work for the council"); a thing lent, whom it is
        # with ("Mum borrowed my suitcase", session 18).
        return False
    asked = terms(question)
    stated = named(asked, c, question)
    member = set()
    if c.kind > 0 and (not asked_liking or liking(text) == asked_liking):
        # A thing of the kind asked holds the kind's word: "I'm really into jazz" for "What music do I
        # like?" (cosine 0.39, with no word of the question), liked as the question asks.
        member = member_holds(question, c.text, stated)
        stated |= member
    if not asks_about_now(question) and asked and stated != asked:
        return False
    if (
        asked_slots(question)
        and not ASKS_WHEN.search(question)
        and happened(c.memory.text)
        and not stated_slots(question, c.text)
    ):
        return False  # "Met Tom at the gym" does not say which gym is the user's
    missing = asked - stated
    lacking = slots_of(question, missing)
    if (
        stated
        and stated <= PEOPLE | c.known_as
        and missing
        and all(slots_of(question, {w}) for w in missing)
        and not lacking & stated_slots(question, c.text)
        and expects(question) is not Expects.DATE
    ):
        # "Leo is my brother" names him, not where he works ("When am I seeing Sam?" asks a day, said any way)
        return False
    if (
        missing & kind_words(question)
        and (c.kind < 0 or names_none_in_chinese(question, c.text))
        and stated
        and stated <= PEOPLE | PETS | c.known_as
    ):
        # A thing of a kind asked of someone, and a remark that names only them: "我女儿叫朵朵，今年六岁" for
        # "What instrument does my daughter play?" (cosine 0.26; session 16).
        return False
    if missing and only_names(c.memory.text) and not ASKS_NAME.search(question):
        return False  # "Miso is my cat" for "What does my cat eat?"
    calls_them = asked & (PEOPLE | PETS) & stated_in(asked, c.text, c)
    if (
        (ASKS_NAME.search(question) and asked & (PEOPLE | PETS))
        or (asks_who_they_are(question) and calls_them)  # "我和李娜在一起了" says who, by a slot
    ) and not gives_a_name(c.memory.text):
        return False  # "我女儿在学钢琴" does not say what the daughter is called, "My wife loves hotpot" who she is
    if member and stated == asked:
        # All of the question with a thing of the kind asked: "I'm really into climbing these days" for
        # "What sport do I do?" (cosine 0.21).
        return c.similarity >= t.slot_similarity
    if stated == asked and liking(question) and liking(text) == liking(question):
        # All of the question and the liking it asks, which no term holds: "Mei loves hiking" (cosine
        # 0.17) for "What does my wife like doing?", Mei being the wife.
        return c.similarity >= t.slot_similarity
    if stated == asked and own_thing(question, c.text) and answer_of_kind(question, c.text):
        # The user's own thing, all of the question, and an answer of the kind asked: "Our holiday to
        # Crete is from 2 to 9 August" for "When is my holiday?" (cosine 0.20; session 14).
        return c.similarity >= t.slot_similarity
    if c.known_as & asked and stated == asked and stated_slots(question, c.text):
        return True  # "Anna moved to Berlin" for "Where does my sister live?", Anna being the sister
    if stated == asked and stated_slots(question, c.text) and owned_alike(owned(question), owned(text)):
        # The slot stated of the one the question calls the user's in the same words: "My husband lectures
        # in physics at Leeds" for "What does my husband do?" (cosine 0.22; session 15).
        return c.similarity >= t.slot_similarity
    if (
        stated == asked
        and asks_where(question)
        and stated_slots(question, c.text)
        and about_user(question)
        and opens_with_verb(text)
    ):
        # The user's own doing, told with its verb first, in the slot's phrasing: "Moved into the bungalow on
        # Church Lane in May" for "Where do I live?" (cosine 0.02, under any floor; session 19, "I don't know"),
        # when it names a place ("Moved to tears by the ending" names none). Only where: "Moved in with Daniel"
        # alone is not who the partner is (test_decide).
        return answer_of_kind(question, text) or c.similarity >= t.slot_similarity
    if (
        stated == asked
        and in_other_words(asked, c.text) - mentioned(asked, c.text)
        and (ASKS_WHEN.search(question) or not happened(c.memory.text))
    ):
        # All of the question, part of it in the table's other words (synonyms.py), which the sentence
        # vectors do not see: "Our holiday in Iceland starts on 3 March" for "When is my trip?" is 0.19.
        # Not a remark about one occasion ("We had lunch at Nando's" for "What do I eat?", 0.17), unless
        # an occasion is asked about.
        return c.similarity >= t.slot_similarity
    if stated and stated <= named_by_slot(question, c.text) and not (missing and stated <= PEOPLE | PETS):
        # Not the pet or person alone when more is asked of them: "Our dog Pepper is a border collie" for
        # "我的狗怕什么？" (found in a store of 25 remarks, session 16).
        return c.similarity >= min(t.slot_similarity, t.named_similarity)
    if _gives_names(question, stated | kin(asked, _terms(c.memory.text)), c.memory.text):
        return c.similarity >= t.slot_similarity
    if (
        stated
        and stated <= PEOPLE | PETS | c.known_as
        and missing
        and (expects(question) is not None or asks_where(question))
        and not answer_of_kind(question, c.text)
    ):
        # Whom it is about, and no answer of the kind asked: "My girlfriend Lucy is a vet" for "When is my
        # girlfriend's birthday?" (cosine 0.32; session 16).
        return False
    if (
        stated
        and stated <= PETS | c.known_as
        and stated & PETS
        and missing - _what_word(question)
        and not ASKS_NAME.search(question)
    ):
        # The pet, and nothing of what is asked of it: "Our dog Pepper is a border collie" for "What is my
        # dog scared of?" (cosine 0.4; session 16), where it answers "What breed is my dog?" without the
        # word. People are asked of with words of doing that a remark need not hold ("我爸是做什么的？").
        return False
    return c.similarity >= (t.named_similarity if stated else t.unnamed_similarity)


_WHAT_WORD = re.compile(r"^\s*(?:what|which)\s+([a-z]+)\b|什么([\u4e00-\u9fff]{1,2})", re.IGNORECASE)


def _what_word(question: str) -> set[str]:
    """The terms of the word a question asks what of ("breed" of "What breed is my dog?", 品种 of "我的狗是
    什么品种？"): a remark gives one without the word ("Our dog is a beagle")."""
    m = _WHAT_WORD.search(question)
    return _terms(m.group(1) or m.group(2)) if m else set()


# What others say or what was heard, not the user's own life: "Everyone says holidays in Crete are great",
# "Apparently the new gym is good", "I heard Lisbon is lovely in May".
_HEARSAY = re.compile(
    r"\s*(?:(?:everyone|everybody|people|they)\s+(?:says?|said|tells?\s+me|told\s+me|reckons?)"
    r"|apparently|supposedly|rumou?r has it|word is|i\s+(?:heard|read|was told)(?!\s+(?:from|back|nothing)\b)"
    r"|someone\s+told\s+me)\b",
    re.IGNORECASE,
)


def _introduces(question: str, text: str) -> bool:
    """ "Who is Daniel?" and a remark calling him one of the user's people or pets: "My husband Daniel
    works as a nurse" says who he is (cosine 0.24, below the floor for a named remark; session 13)."""
    name = who_is(question)
    asked = _terms(name) if name else set()
    return bool(asked) and asked <= {*relatives_named(text).values(), *pets_named(text).values()}


ASKS_NAME = re.compile(r"\b(called|named|names?)\b|叫什么|名字", re.IGNORECASE)
# Who one of the user's people or pets is, the question ending on them: "Who is my wife?", "Who's our
# vet?", "我老婆是谁？", "谁是我的班主任？"; not "Who is my sister dating?".
_EN_WHO_THEY_ARE = re.compile(
    r"^\s*who(?:'s|’s|\s+(?:is|are|was|were))\s+(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?([\w-]+)\s*\??\s*$", re.I
)
_ZH_WHO_THEY_ARE = re.compile(r"^\s*(?:我们?(?:的|家的|家)?\w{1,4}是谁|谁是我们?(?:的|家的|家)?\w{1,4})\s*[？?]?\s*$")


def asks_who_they_are(question: str) -> bool:
    """Whether the question asks who one of the user's people is, which a remark about them that gives no
    name does not answer ("My wife loves hotpot", later than "My wife Mei teaches maths", session 16)."""
    if _ZH_WHO_THEY_ARE.match(question):
        return True
    m = _EN_WHO_THEY_ARE.match(question)
    return m is not None and bool(_terms(m.group(1)) & (PEOPLE | PETS))


def _gives_names(question: str, stated: set[str], text: str) -> bool:
    """A question asking what the user's people or pets are called, and a remark naming them and giving
    names: "We have two kids, Ingrid and Leo." for "What are my kids called?" (cosine 0.24, under the
    floor for a remark that names only part of the question)."""
    if not (ASKS_NAME.search(question) and stated & (PEOPLE | PETS)):
        return False
    return bool("叫" in text if is_chinese(text) else names(text))
