"""Durable facts about the user, found in what they say by rules (English and Chinese).

Rules are the dependable path: they are deterministic and cheap enough to run on every turn and on a
10,000-line import. Each rule knows the *subject* a statement is about ("home_city"), which is what
lets a later statement on the same subject supersede an earlier one. Subjects are language-neutral,
so "我搬到了上海" supersedes "I live in Hangzhou". Only single-valued subjects are listed: "I like
tea" does not make "I like coffee" false, so likes are not extracted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import is_question


@dataclass(frozen=True)
class Fact:
    subject: str  # e.g. "home_city", "name_of:dog"
    value: str  # e.g. "Shanghai"
    statement: str  # the fact in the user's own voice, "I live in Shanghai": it is searched like a remark


# A value ends at punctuation or at a word that starts a new clause or a time ("… for a new job").
_END = (
    r"(?=\s*(?:[,.;!?，。；！？]|\b(?:and|but|because|now|since|these days|for|last|yesterday|today|"
    r"this|with|that|which|who|where|when|so|in \d{4})\b|$))"
)
# A value may hold a title's full stop ("Dr. Okafor"), otherwise it stops at punctuation.
_VALUE = r"(?P<v>(?:(?:Dr|Mr|Mrs|Ms|Prof|St)\.\s|[^,.;!?，。；！？]){1,60}?)"
_ZH_VALUE = r"(?P<v>[^,.;!?，。；！？]{1,20}?)"
_ZH_END = r"(?=[了啦呢啊吧]?\s*(?:[,.;!?，。；！？]|工作|上班|$))"

# English relation words and their language-neutral subject; Chinese ones map to the same subjects.
_RELATIONS = {
    "wife": "spouse", "husband": "spouse", "partner": "spouse", "girlfriend": "spouse",
    "boyfriend": "spouse", "dog": "dog", "cat": "cat", "boss": "boss", "manager": "boss",
    "doctor": "doctor", "dentist": "dentist", "landlord": "landlord", "best friend": "best_friend",
}
_ZH_RELATIONS = {
    "妻子": "spouse", "老婆": "spouse", "丈夫": "spouse", "老公": "spouse", "女朋友": "spouse",
    "男朋友": "spouse", "狗": "dog", "小狗": "dog", "猫": "cat", "小猫": "cat", "老板": "boss",
    "领导": "boss", "医生": "doctor", "牙医": "dentist", "房东": "landlord", "伴侣": "spouse", "爱人": "spouse",
}
# Chinese names of favourites, mapped to the English subject so either language supersedes the other.
_ZH_FAVOURITES = {"食物": "food", "菜": "food", "水果": "fruit", "颜色": "colour", "电影": "film", "书": "book",
                  "运动": "sport", "饮料": "drink", "歌": "song", "城市": "city"}
_EN_FAVOURITES = {"color": "colour", "movie": "film", "dish": "food", "meal": "food"}
# "my X is Y" for attributes a person has one of at a time.
_ATTRIBUTES = {
    "phone number": "phone", "phone": "phone", "email": "email", "email address": "email",
    "address": "address", "birthday": "birthday", "car": "car", "bike": "bicycle", "bicycle": "bicycle",
    "job": "job", "blood type": "blood_type", "gym": "gym", "hometown": "hometown",
    "commute": "commute", "salary": "salary",
}
_ZH_ATTRIBUTES = {
    "电话": "phone", "手机号": "phone", "邮箱": "email", "地址": "address", "生日": "birthday",
    "车": "car", "自行车": "bicycle", "工作": "job", "血型": "blood_type", "健身房": "gym", "老家": "hometown",
}

_EN_RULES: list[tuple[str, re.Pattern[str], str]] = [
    ("home_city", re.compile(rf"\bI(?:'ve| have)? (?:just |recently |finally )?(?:moved|relocated) to {_VALUE}{_END}",
                             re.I), "I live in {v}"),
    ("home_city", re.compile(rf"\bI(?:'m| am)? (?:now |currently |still )?liv(?:e|ing) in {_VALUE}{_END}", re.I),
     "I live in {v}"),
    ("employer", re.compile(
        rf"\bI(?:'ve| have)? (?:just )?(?:started (?:a new job|working) (?:at|for)|joined) {_VALUE}{_END}", re.I),
     "I work at {v}"),
    ("employer", re.compile(rf"\bI (?:now |currently )?work (?:at|for) {_VALUE}{_END}", re.I), "I work at {v}"),
    ("job", re.compile(rf"\bI (?:now )?work as (?:an? )?{_VALUE}{_END}", re.I), "I work as {v}"),
    ("name", re.compile(rf"\b(?:my name is|call me) {_VALUE}{_END}", re.I), "My name is {v}"),
]


def _clean(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip(" '\"“”‘’")
    return value


def extract_facts(text: str) -> list[Fact]:
    """The durable facts a remark states, at most one per subject (the first statement wins)."""
    if is_question(text):
        return []  # "what is my cat called?" states nothing, and must not replace what the cat is called
    found: dict[str, Fact] = {}

    def add(subject: str, value: str, template: str) -> None:
        value = _clean(value)
        if value and subject not in found and len(value) <= 60:
            found[subject] = Fact(subject, value, template.format(v=value))

    for subject, pattern, template in _EN_RULES:
        m = pattern.search(text)
        if m:
            add(subject, m.group("v"), template)
    rel = "|".join(sorted(map(re.escape, _RELATIONS), key=len, reverse=True))
    for m in re.finditer(
        rf"\bmy (?P<r>{rel})(?:'s name)? is (?:called |named )?{_VALUE}{_END}"
        rf"|\bmy (?P<r2>{rel}) (?:is )?(?:called|named) {_VALUE.replace('v>', 'v2>')}{_END}",
        text, re.I,
    ):
        word = (m.group("r") or m.group("r2")).lower()
        add(f"name_of:{_RELATIONS[word]}", m.group("v") or m.group("v2"), f"My {word} is called {{v}}")
    attr = "|".join(sorted(map(re.escape, _ATTRIBUTES), key=len, reverse=True))
    for m in re.finditer(rf"\bmy (?:new )?(?P<a>{attr}) is (?:now )?{_VALUE}{_END}", text, re.I):
        word = m.group("a").lower()
        add(_ATTRIBUTES[word], m.group("v"), f"My {word} is {{v}}")
    for m in re.finditer(rf"\bmy fav(?:ou|o)rite (?P<a>[a-z]+(?: [a-z]+)?) is (?:now )?{_VALUE}{_END}", text, re.I):
        what = m.group("a").lower()
        add(f"favorite:{_EN_FAVOURITES.get(what, what)}", m.group("v"), f"My favourite {what} is {{v}}")
    _extract_zh(text, add)
    return list(found.values())


def _extract_zh(text: str, add: object) -> None:
    emit = add  # type: ignore[assignment]
    for pattern, subject, template in (
        (rf"我(?:最近|刚|已经|现在)?(?:搬到|搬去)了?{_ZH_VALUE}{_ZH_END}", "home_city", "我住在{v}"),
        (rf"我(?:现在|目前)?住在{_ZH_VALUE}{_ZH_END}", "home_city", "我住在{v}"),
        (rf"我(?:现在|目前)?在{_ZH_VALUE}(?:工作|上班)", "employer", "我在{v}工作"),
        (rf"我(?:刚)?(?:加入了|入职了?){_ZH_VALUE}{_ZH_END}", "employer", "我在{v}工作"),
        (rf"我叫{_ZH_VALUE}{_ZH_END}", "name", "我叫{v}"),
        (rf"我最喜欢的(?P<a>[\u4e00-\u9fff]{{1,4}})是{_ZH_VALUE}{_ZH_END}", None, "我最喜欢的{a}是{v}"),
    ):
        m = re.search(pattern, text)
        if m:
            a = m.groupdict().get("a")
            subject = subject or f"favorite:{_ZH_FAVOURITES.get(a or '', a)}"
            emit(subject, m.group("v"), template.replace("{a}", a or ""))  # type: ignore[operator]
    rel = "|".join(sorted(map(re.escape, _ZH_RELATIONS), key=len, reverse=True))
    for m in re.finditer(rf"我(?:的|家)?(?P<r>{rel})(?:的名字)?(?:叫|是){_ZH_VALUE}{_ZH_END}", text):
        emit(f"name_of:{_ZH_RELATIONS[m.group('r')]}", m.group("v"), f"我的{m.group('r')}叫{{v}}")  # type: ignore[operator]
    attr = "|".join(sorted(map(re.escape, _ZH_ATTRIBUTES), key=len, reverse=True))
    for m in re.finditer(rf"我的(?:新)?(?P<a>{attr})(?:现在)?是{_ZH_VALUE}{_ZH_END}", text):
        emit(_ZH_ATTRIBUTES[m.group("a")], m.group("v"), f"我的{m.group('a')}是{{v}}")  # type: ignore[operator]
