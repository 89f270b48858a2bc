"""The few asked words a remark says in other words: "I can't stand olives" answers "What food do I
hate?", "saving up for a trip to Japan" answers "Where am I planning to travel?", "only wet food now"
answers "What does my cat eat?".

The word vectors cannot be asked: with the bundled embedder "trip"/"travel" score 0.88 and "hate"/
"dislike" 0.78, but "eat"/"drink" 0.69 and "cat"/"dog" 0.67, above "holiday"/"travel" (0.61) and
"love"/"enjoy" (0.63); a gloss thesaurus links words that are not one (session 9). Nor lexicon.py, which
is the bilingual dictionary. So the table is written by hand and read in one direction, from the asked
word to the words that say it: a holiday is travel, but travel is not always a holiday ("I'm on a
business trip to Leeds" does not say when the user's holiday is), and eating is not a favourite ("I eat
porridge most mornings" is not "What is my favourite food?", so "food" is not said by "eat"). Kept small
on purpose, like slots.py: a word is added when an everyday question asks with it, and only the words
that cannot mean anything else say it.
KIN (terms.py) is the same for the user's people, read in both directions and only for the user's own.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .liking import NOT_INTO
from .terms import terms


def _stem(word: str) -> str:
    (stem,) = terms(word)
    return stem


# A count, in digits or words, as an age is said.
_COUNT = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ][a-z]+)?"
)

# Animals kept as pets, as a remark names them.
_PET_KINDS = (
    r"cats?|kittens?|dogs?|pupp(?:y|ies)|rabbits?|bunn(?:y|ies)|hamsters?|guinea pigs?|gerbils?|rats?|mice|ferrets?"
    r"|parrots?|budgies?|canar(?:y|ies)|tortoises?|turtles?|goldfish|horses?|pon(?:y|ies)|snakes?|lizards?|geckos?"
    # A dog is as often said by its breed: "a border collie called Skye".
    r"|collies?|spaniels?|labradors?|terriers?|poodles?|retrievers?|beagles?|dachshunds?|greyhounds?"
    r"|whippets?|pugs?|huskies|husky|alsatians?|lurchers?|cockapoos?|labradoodles?|sheepdogs?"
)

# A medicine's dose or form, as one says what one takes.
_MEDICINE = r"\d+(?:\.\d+)?\s?(?:mg|mcg|µg)|tablets?|pills?|capsules?|inhalers?|injections?|prescribed|prescription"

_INTO = (
    r"(?:i'm|i am|we're|really|been|getting|got|is|are|'s) into|(?:big|huge|massive|great) fan of|crazy about"
    r"|mad about|hooked on|obsessed with|can't get enough of|passionate about"
)

_SPOUSE = r"(?:wife|husband|partner|hubby|spouse|fianc[eé]e?)"
_SIBLING = r"(?:sister|sis|brother)"
IN_LAWS = frozenset(
    {"brother-in-law", "sister-in-law", "mother-in-law", "father-in-law", "in-laws", "son-in-law", "daughter-in-law"}
)

# The asked word → the words and phrases that say it, their inflections written out as slots.py writes
# them (the lemmatiser makes "tripped" a trip). Liking's polarity is kept apart by liking.opposite_liking:
# a dislike is never said by a liking, whatever the words.
_SAID_BY: dict[str, str] = {
    "dislike": r"hate|hates|hated|hating|detest|detests|detested|loathe|loathes|loathed|can't stand|cannot stand"
    r"|don't like|do not like|" + NOT_INTO,
    "hate": r"dislike|dislikes|disliked|detest|detests|detested|loathe|loathes|loathed|can't stand|cannot stand"
    r"|don't like|do not like|" + NOT_INTO,
    # "like" is no term (terms._STOP: "What is my boss like?"), so only its first-person forms say it.
    # No past forms: "I loved the show last night" tells of one evening.
    # Being into a thing or a fan of it (session 15: "I'm crazy about salsa dancing" was "I don't know"
    # for "What do I enjoy?"); "into" alone is a preposition ("moved into a flat").
    "enjoy": r"love|loves|adore|adores|i like|i really like|we like|we really like|" + _INTO,
    "love": r"adore|adores|enjoy|enjoys|" + _INTO,
    # A team is supported by its fans: "I'm a huge Arsenal fan" for "Which team do I support?".
    "support": r"fan|fans|supporter|supporters|season tickets?",
    # Whom someone marries is their fiancé(e), or their spouse once married: "My sister's fiancé is called
    # Omar" for "Who is my sister marrying?", "My brother's wife is called Anna" for "Who is my brother
    # married to?" (session 15). Whose they are is for subject.off_subject.
    "marry": r"fianc(?:[eé]e?s?)?|engaged to|wife|husband|spouse",  # "fianc": a possession's stem (terms.py)
    # "Flights to Tokyo booked for April!" (session 15): a flight is travel, whatever it is for.
    "travel": r"trip|trips|holiday|holidays|vacation|vacations|journey|journeys|flight|flights",
    "trip": r"holiday|holidays|vacation|vacations|journey|journeys",
    "holiday": r"vacation|vacations",
    "vacation": r"holiday|holidays",
    # "How old is Elsa?": an age is said by the number someone turned or is, never by "old" ("My daughter
    # Elsa just turned seven", tried as a new user, was "I don't know").
    # "… a tortoise named Shelly who is 40.": a bare count ending the clause after "who is", "she's", a
    # name or "my son" ("Our son Oliver is nine and he's obsessed with dinosaurs", session 13).
    "old": rf"(?:turned|turns|turning|aged)\s+(?:{_COUNT})|(?:{_COUNT})(?:\s+|-)years?(?:\s+|-)old"
    rf"|(?:who|she|he|(?-i:[A-Z][a-z]+)|(?:my|our)\s+[a-z]+(?:-[a-z]+)*)(?:\s+is|'s)\s+(?:{_COUNT})"
    r"(?=\s*(?:now\b|today\b|and\b|but\b|[.,;!]|$))"
    # A year of birth gives the age; so does a count after a name in a list, as one introduces oneself or
    # one's children: "I was born in 1988", "I'm Tom, 42, a plumber", "My kids are Mia, 6, and Noah, 4"
    # (session 17, "I don't know" for all three).
    r"|\bborn in (?:19|20)\d{2}\b|(?-i:[A-Z][a-z]+),\s+(?:\d{1,2})(?=\s*(?:,|and\b|[.;!]|$))",
    # A time of day is said by a clock time: "The party is at 7" for "What time is the party?" (session 17,
    # answered as general knowledge). Not a count of something ("at 7 years", "at 7%").
    "time": r"\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)"
    r"|(?<=at )\d{1,2}(?=\s*(?:[.,;!]|$|not\b|on\b|tonight\b|tomorrow\b|today\b|sharp\b|this\b|next\b|every\b))"
    r"|noon|midday|midnight",
    # A year is said by one written: "What year did I get married?" for "We got married on 14 June 2015".
    "year": r"(?:19|20)\d{2}",
    # An anniversary is of the wedding: "We got married on 14 June 2015" for "When is my anniversary?".
    "anniversary": r"married|wedding",
    # Tried as a new user (session 13): "My grandmother passed away in 2019" for "When did my grandmother
    # die?", "My brother Sam is getting married next June" for "When is Sam's wedding?".
    "die": r"passed away|passed on",
    "wedding": r"married|marrying|marries|marry",
    # A start said by how long it has gone on: "I've played the cello since spring" for "When did I start
    # the cello?" (session 13, "I don't know"). Only "since" before a time, not "since you asked", nor
    # before an event of its own ("since we chatted", "since my last visit", "since then": LoCoMo's "I
    # donated my car to a shelter I volunteer at" was cited for when Maria started volunteering).
    "start": r"since\s+(?:(?:last|early|late|the|about|around)\s+)?(?:spring|summer|autumn|fall|winter|january"
    r"|february|march|april|may|june|july|august|september|october|november|december|christmas|easter"
    r"|\d{4}|\d{1,2}|childhood|school|uni|university|college|i was|the age|age|lockdown)\b",
    # The lemmatiser keeps "broke" (an adjective too): "I broke my toe in July" for "When did I break my
    # toe?" (session 13 left it; session 14).
    "break": r"broke|broken",
    # A number written short before it, as notes write one: "policy no. DL-88213-X", "No 14", "nr 5"
    # ("What is my insurance policy number?" was "I don't know" from the user's own notes, session 15).
    "number": r"(?:no|nos|num|nr)(?=\.?\s*:?\s*[A-Z]{0,4}[-\s]?\d)",
    # A meal is eaten: "curry for dinner" says what the user ate.
    "eat": r"food|foods|meal|meals|breakfast|breakfasts|lunch|lunches|dinner|dinners|supper|suppers",
    "meal": r"breakfast|breakfasts|lunch|lunches|dinner|dinners|supper|suppers",
    # Where someone studies is where they are at university or college: "My niece Ella just started
    # university in Exeter" (session 16). Not school, where children are taken as often as taught.
    "study": r"studies|studying|studied|university|universities|uni|college|degree",
    # A pet is said by its kind, had or named: "We have a cat called Bean and a dog called Rolo" for "What are
    # my pets called?" (session 18, "I don't know" as a new user); not "I'm allergic to cats", nor "I've
    # always wanted a dog".
    "pet": rf"(?:my|our|have|has|got|adopted|keep|keeps)\s+(?:(?:an?|two|three|four|\d+|new|little|old)\s+)*"
    rf"(?:[a-z]+\s+)?(?:{_PET_KINDS})|(?:{_PET_KINDS})\s+(?:called|named)",
    # A medicine is said by its dose or form: "I'm on 50mg sertraline" for "What medication am I on?" (session
    # 18, "I don't know" as a new user: "am I on" holds no other term).
    "medication": _MEDICINE,
    "medicine": _MEDICINE,
    "meds": _MEDICINE,
    # A school is named by its kind: "Our kids go to Fairfield Primary" for "Which school do my kids go to?"
    # (session 18, "I don't know" as a new user). Capitalised, as a name: "my primary concern" is none.
    "school": r"(?-i:[A-Z][\w'-]*\s+(?:Primary|Academy|Nursery|Grammar|Infants|Juniors|Prep|Kindergarten))",
    # What a thing cost is what was paid for it, or a price written (session 18: "Paid £340 for the new
    # sofa" for "How much did the sofa cost?", answered as general knowledge).
    "cost": r"paid|pay|spent|spend|(?:[£$€¥]\s?\d[\d,.]*(?:k|m)?)|\d[\d,.]*\s?(?:quid|pounds|dollars|euros|yuan|块|元)",
    "price": r"paid|pay|spent|(?:[£$€¥]\s?\d[\d,.]*(?:k|m)?)|\d[\d,.]*\s?(?:quid|pounds|dollars|euros|yuan)",
    # One's in-laws by whose they are: "My wife's brother Sam is a pilot" for "What does my brother-in-law
    # do?" (session 18, "I don't know"). One way only: "my sister's husband" asked is not said by
    # "brother-in-law", who may be the wife's brother.
    "brother-in-law": rf"{_SPOUSE}'s? brothers?|{_SIBLING}'s? (?:husband|hubby|partner)|姐夫|妹夫|大舅子|小舅子",
    "sister-in-law": rf"{_SPOUSE}'s? sisters?|{_SIBLING}'s? (?:wife|partner)|嫂子|弟媳|小姨子|小姑子",
    "mother-in-law": rf"{_SPOUSE}'s? (?:mum|mom|mother)|岳母|婆婆",
    "father-in-law": rf"{_SPOUSE}'s? (?:dad|father)|岳父|公公",
    "in-laws": rf"{_SPOUSE}'s? (?:parents|family|folks)",
    # A child's spouse, asked as the relation's word (in_laws.py reads the question's "my daughter's husband"
    # as it): "My daughter Sue's husband Gary" says the son-in-law.
    "son-in-law": r"daughter's? (?:husband|hubby|partner)|女婿",
    "daughter-in-law": r"son's? (?:wife|partner)|儿媳",
    # Which days are said by their names: "Our nanny Rosa comes on Mondays and Wednesdays" for "Which days
    # does the nanny come?" (session 18, answered as general knowledge).
    "day": r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|every other (?:week|day)",
    # A reading is its figures: "135 over 85", "120/80" (a blood pressure, a meter).
    "read": r"\d+\s*(?:over|/)\s*\d+",
    # The last digits of a number are what it ends in: "My passport number ends in 4471".
    "last": r"ends in|ending in|ends with|ending with",
    # A grandchild is said as a grandkid, grandson or granddaughter: "I've got three grandkids" for "How many
    # grandchildren do I have?" (session 19, "I don't know").
    "grandchild": r"grandkids?|grandsons?|granddaughters?|grandchildren",
    "grandkid": r"grandchild|grandchildren|grandsons?|granddaughters?",
    "digit": r"\d{2,}",
}
# Chinese has no word boundaries: these are read anywhere in the text. "我外婆今年八十五岁了" for "我外婆多大
# 了？" (session 16): an age is a count of years, 岁; "我儿子在北京上大学" for "我儿子在哪上学？".
_ZH_COUNT = r"[\d一二三四五六七八九十百两几]+"
_ZH_SAID_BY: dict[str, str] = {
    "多大": rf"{_ZH_COUNT}\s*(?:周)?岁",
    "几岁": rf"{_ZH_COUNT}\s*(?:周)?岁",
    "宠物": r"(?:养了?|有)(?:一|两|三|几)?(?:只|条|匹|个)?(?:小)?(?:猫|狗|兔|鹦鹉|仓鼠|乌龟|金鱼)"
    r"|(?:猫|狗|兔子|鹦鹉|仓鼠|乌龟)叫",
    "上学": r"上(?:大学|小学|中学|初中|高中|幼儿园)|读(?:大学|小学|中学|初中|高中|研究生|博士|书)|念书",
}
# A Chinese asked word said in an English remark as its English word is: "I've got a budgie called Joey" for
# "我有什么宠物？", "My granddaughter Ellie is 9" for "我孙女几岁了？" (session 19, "I don't know" for both).
_ZH_ASKS_AS = {"宠物": "pet", "岁": "old", "几岁": "old", "多大": "old"}
_ZH_SAID_BY["岁"] = _ZH_SAID_BY["几岁"]
# An address says the house and its number: "I live at 14 Elm Street" for "What's my house number?",
# "我家住在幸福路88号" (session 16, "I don't know" for both).
_ADDRESS = (
    r"\b\d{1,5}[a-z]?,?\s+(?:(?-i:[A-Z])[\w'-]*\s+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way"
    r"|crescent|place|terrace|gardens|grove|court|row|hill|park|square|mews)\b"
    r"|[\u4e00-\u9fff]{1,8}(?:路|街|道|巷|弄|胡同)[\d一二三四五六七八九十百]+号"
)
_ANYWHERE = {"house": _ADDRESS, "number": _ADDRESS, "address": _ADDRESS}
_SAID: dict[str, re.Pattern[str]] = {
    _stem(asked): re.compile(
        rf"\b(?:{words})\b" + (f"|{_ANYWHERE[asked]}" if asked in _ANYWHERE else ""), re.IGNORECASE
    )
    for asked, words in _SAID_BY.items()
} | {
    asked: re.compile(words + (rf"|(?i:\b(?:{_SAID_BY[_ZH_ASKS_AS[asked]]})\b)" if asked in _ZH_ASKS_AS else ""))
    for asked, words in _ZH_SAID_BY.items()
}
_SAID |= {_stem(asked): re.compile(words, re.IGNORECASE) for asked, words in _ANYWHERE.items() if asked not in _SAID_BY}


def in_other_words(asked: AbstractSet[str], text: str) -> set[str]:
    """The asked terms that `text` says in the words of the table: {"hate"} for "I can't stand olives"
    asked "What food do I hate?"."""
    said = asked & _SAID.keys()
    return set(_in_other_words(frozenset(said), text)) if said else set()


@lru_cache(maxsize=4096)
def _in_other_words(asked: frozenset[str], text: str) -> frozenset[str]:
    plain = text.replace("’", "'")
    return frozenset(a for a in asked if _SAID[a].search(plain))
