"""The everyday things a person has one of at a time, and the words that ask for and state each.

"Who is my employer?" is answered by "I started a new job at Globex", "Who am I seeing?" by "我的伴侣是
陈静": no word in common, and word vectors cannot bridge them safely ("employer"/"work" 0.61 is below
"cat"/"dog" 0.67). So this one table says, for each slot, which words in a question *ask* for it and
which phrasings *state* it. A statement is matched by phrasings, not single words, because the slot's
words also fill chit-chat: "work" in "Work was awful today", "home" in "on the way home", 车 in
"下班路上堵车了" state no employer, home or car. English is matched on the lower-cased text with its
inflections written out (no lemmatiser guesses at "seeing" vs "see"), Chinese as written.

Kept small on purpose: a slot is added when it is a thing users have one of and ask about, and each
phrase when it cannot be chit-chat. Measured on the development years (docs/benchmarks.md, session 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .terms import terms as _terms


@dataclass(frozen=True)
class Slot:
    name: str
    asks: re.Pattern[str]  # in a question: it asks for this slot
    states: re.Pattern[str]  # in a remark: it states this slot


def _slot(name: str, asks: str, states: str) -> Slot:
    return Slot(name, re.compile(asks, re.IGNORECASE), re.compile(states, re.IGNORECASE))


SLOTS: tuple[Slot, ...] = (
    _slot(
        "home",
        r"\b(live|living|lives|home|city|town|based|reside|flat|apartment|staying)\b|住|家在|哪个城市|在哪儿生活",
        r"\b(live|living|lived) (in|at)\b|\b(moved|moving|relocated) (to|into)\b|\bbased (in|at)\b"
        r"|\bhome (is|now)\b|\b(new|my) (home|flat|apartment|house) (is|in)\b|\b(flat|apartment|house) in\b"
        r"|住在|住到|搬到|搬去|搬进|搬来|新家",
    ),
    _slot(
        "employer",
        r"\b(employer|company|job|firm|workplace|office|employed)\b|\bwork(?:ing)?\b(?!\s+out)|公司|上班|单位|工作|雇主",
        r"\b(work|works|worked|working) (at|for)\b|\bjob (at|with)\b|\bnew job\b|\b(joined|joining)\b"
        r"|\b(employer|company) is\b|\bhired (me|by|at)\b|\boffer from\b|\bemployed (by|at)\b"
        r"|在.{1,12}(工作|上班)|新工作|加入了|入职|跳槽|是.{1,12}的员工",
    ),
    _slot(
        "partner",
        r"\b(partner|girlfriend|boyfriend|wife|husband|spouse|fianc[eé]e?|seeing|dating|going out)\b|女朋友|男朋友"
        r"|伴侣|对象|老婆|老公|妻子|丈夫|爱人|约会",
        r"\bmy (partner|girlfriend|boyfriend|wife|husband|spouse|fianc[eé]e?)\b|\bseeing (someone|\w+ now)\b"
        r"|\b(i'm|i am) seeing\b|\bdating\b|\bgoing out with\b|\b(married|engaged) to\b|\b(are|been) together\b"
        r"|在一起|女朋友|男朋友|伴侣|对象是|老婆|老公|妻子|丈夫|爱人|约会",
    ),
    _slot(
        "food",
        # A favourite, not any meal: "What did I eat yesterday?" asks about an occasion.
        r"\b(favou?rite|most|best|love)\b.*\b(food|foods|eat|eating|dish|dishes|meal|cuisine)\b"
        r"|\b(food|foods|eat|eating|dish|dishes|meal|cuisine)\b.*\b(favou?rite|most|best)\b|最喜欢吃|最爱吃|最(喜欢|爱)的(食物|菜)|食物",
        r"\bfavou?rite (food|dish|meal|cuisine)\b|\blove eating\b|最喜欢的食物|最爱吃|最喜欢吃|最喜欢的菜",
    ),
    _slot(
        "car",
        r"\b(car|drive|driving|vehicle)\b|车",
        r"\bmy (new |old )?car\b|\b(drive|driving|drives)\b(?! (to|home|back))|\bbought (a|an) .{1,40}\bcar\b"
        r"|新车|我的车|开一辆|开着一辆|买了一辆|开的是",
    ),
    _slot(
        "doctor",
        r"\b(doctor|gp|physician)\b|医生|看病",
        r"\bmy (new |family )?(doctor|gp|physician)\b|\b(doctor|gp|physician) is\b|\bnew (family )?(doctor|gp)\b"
        r"|\bregistered with\b|\bappointment with\b|\b(is|as) my (family )?(doctor|gp)\b"
        r"|医生是|医生叫|找.{1,8}看病|看病找|换了.{0,4}医生|家庭医生",
    ),
    _slot(
        "gym",
        r"\b(gym|work out|working out|exercise|fitness)\b|健身",
        r"\bmy gym\b|\bgym (is|at)\b|\bmember(ship)? (at|of)\b|\bsigned up (at|with|for)\b"
        r"|\b(train|training|work out|working out) at\b|健身房是|去.{1,10}健身|健身卡|会员",
    ),
    _slot(
        "dog",
        r"\b(dog|puppy)\b|狗",
        r"\b(my|our) (new )?(dog|puppy)\b|\b(dog|puppy)('s name)? is (called|named)\b|\bnamed (our|my|the) "
        r"(new )?(dog|puppy)\b|\badopted an? (dog|puppy)\b|我的狗|我家.{0,2}狗|狗.{0,2}(叫|取名|名叫)",
    ),
    _slot(
        "cat",
        r"\b(cat|kitten)\b|猫",
        r"\b(my|our) (new )?(cat|kitten)\b|\b(cat|kitten)('s name)? is (called|named)\b"
        r"|\badopted an? (cat|kitten)\b|我的猫|我家.{0,2}猫|猫.{0,2}(叫|取名|名叫)",
    ),
)


def _normal(text: str) -> str:
    return text.replace("’", "'")


def asked_slots(question: str) -> list[Slot]:
    return [s for s in SLOTS if s.asks.search(_normal(question))]


def asks_for(question: str, word: str) -> bool:
    """Whether `word` names what the question asks for: "girlfriend" for "Who am I seeing?"."""
    return any(s.asks.search(word) for s in asked_slots(question))


@lru_cache(maxsize=4096)
def _slot_terms(question: str) -> dict[str, frozenset[str]]:
    """For each slot the question asks for, the question's terms that ask for it."""
    text = _normal(question)
    out: dict[str, frozenset[str]] = {}
    for slot in SLOTS:
        words = [m.group(0) for m in slot.asks.finditer(text)]
        if words:
            asked = _terms(text)
            out[slot.name] = frozenset(t for w in words for t in _terms(w) if t in asked)
    return out


def stated_slots(question: str, text: str) -> set[str]:
    """The slots the question asks for that `text` states."""
    normal = _normal(text)
    return {s.name for s in SLOTS if s.name in _slot_terms(question) and s.states.search(normal)}


def named_by_slot(question: str, text: str) -> set[str]:
    """The question's terms that `text` states in other words: "employer" in "I work at Globex" when
    asked "Who is my employer?"."""
    found: set[str] = set()
    normal = _normal(text)
    for slot in SLOTS:
        asking = _slot_terms(question).get(slot.name)
        if asking and slot.states.search(normal):
            found |= asking
    return found
