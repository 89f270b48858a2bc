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

from ..fiction import tells_fiction
from ..language import is_question


@dataclass(frozen=True)
class Fact:
    subject: str  # e.g. "home_city", "name_of:dog"
    value: str  # e.g. "Shanghai"
    statement: str  # the fact in the user's own voice, "I live in Shanghai": it is searched like a remark


# A value ends at punctuation or at a word that starts a new clause or a time ("… for a new job").
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_WHEN = (
    rf"in (?:the )?(?:\d{{4}}|{_MONTHS}|spring|summer|autumn|fall|winter)"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"|(?:a|an|one|two|three|four|five|six|\d+|a few|several) (?:days?|weeks?|months?|years?) ago|recently|earlier"
    r"|next|tomorrow|tonight|over the|at the (?:start|end|beginning)"
)
_END = (
    r"(?=\s*(?:[,.;!?，。；！？]|\b(?:and|but|because|now|since|these days|for|last|yesterday|today|"
    r"this|with|that|which|who|where|when|so|in \d{4})\b|$))"
)
# Where one lives or works: a time after it is when, not part of the place ("Bristol in June"). Not for
# "my car is due its MOT in April", whose time is what it says.
_PLACE_END = _END.replace("in \\d{4}", _WHEN)
# A value may hold a title's full stop ("Dr. Okafor"), otherwise it stops at punctuation.
_VALUE = r"(?P<v>(?:(?:Dr|Mr|Mrs|Ms|Prof|St)\.\s|[^,.;!?，。；！？]){1,60}?)"
_ZH_VALUE = r"(?P<v>[^,.;!?，。；！？]{1,20}?)"
_ZH_END = r"(?=[了啦呢啊吧]?\s*(?:[,.;!?，。；！？]|工作|上班|$))"

# English relation words and their language-neutral subject; Chinese ones map to the same subjects.
_RELATIONS = {
    "wife": "spouse",
    "husband": "spouse",
    "partner": "spouse",
    "girlfriend": "spouse",
    "boyfriend": "spouse",
    "dog": "dog",
    "cat": "cat",
    "boss": "boss",
    "manager": "boss",
    "doctor": "doctor",
    "dentist": "dentist",
    "landlord": "landlord",
    "best friend": "best_friend",
}
_ZH_RELATIONS = {
    "妻子": "spouse",
    "老婆": "spouse",
    "丈夫": "spouse",
    "老公": "spouse",
    "女朋友": "spouse",
    "男朋友": "spouse",
    "狗": "dog",
    "小狗": "dog",
    "猫": "cat",
    "小猫": "cat",
    "老板": "boss",
    "领导": "boss",
    "医生": "doctor",
    "牙医": "dentist",
    "房东": "landlord",
    "伴侣": "spouse",
    "爱人": "spouse",
}
# Chinese names of favourites, mapped to the English subject so either language supersedes the other.
_ZH_FAVOURITES = {
    "食物": "food",
    "菜": "food",
    "水果": "fruit",
    "颜色": "colour",
    "电影": "film",
    "书": "book",
    "运动": "sport",
    "饮料": "drink",
    "歌": "song",
    "城市": "city",
}
_EN_FAVOURITES = {"color": "colour", "movie": "film", "dish": "food", "meal": "food"}
# "my X is Y" for attributes a person has one of at a time.
_ATTRIBUTES = {
    "phone number": "phone",
    "phone": "phone",
    "email": "email",
    "email address": "email",
    "address": "address",
    "birthday": "birthday",
    "car": "car",
    "bike": "bicycle",
    "bicycle": "bicycle",
    "job": "job",
    "blood type": "blood_type",
    "gym": "gym",
    "hometown": "hometown",
    "commute": "commute",
    "salary": "salary",
}
_ZH_ATTRIBUTES = {
    "电话": "phone",
    "手机号": "phone",
    "邮箱": "email",
    "地址": "address",
    "生日": "birthday",
    "车": "car",
    "自行车": "bicycle",
    "工作": "job",
    "血型": "blood_type",
    "健身房": "gym",
    "老家": "hometown",
}

_EN_RULES: list[tuple[str, re.Pattern[str], str]] = [
    (
        "home_city",
        re.compile(
            rf"\bI(?:'ve| have)? (?:just |recently |finally )?(?:moved|relocated) to {_VALUE}{_PLACE_END}", re.I
        ),
        "I live in {v}",
    ),
    (
        "home_city",
        re.compile(rf"\bI(?:'m| am)? (?:now |currently |still )?liv(?:e|ing) in {_VALUE}{_PLACE_END}", re.I),
        "I live in {v}",
    ),
    (
        "home_city",
        re.compile(
            rf"\bwe(?:'ve| have)? (?:just |recently |finally )?(?:moved|relocated) to {_VALUE}{_PLACE_END}", re.I
        ),
        "I live in {v}",
    ),
    # Only a proper name: "I'm based in the office today" is not a home.
    (
        "home_city",
        re.compile(rf"\b[Ii](?:'m| am) (?:now |currently )?based in (?P<v>[A-Z][^,.;!?]{{0,40}}?){_PLACE_END}"),
        "I live in {v}",
    ),
    (
        "employer",
        re.compile(
            rf"\bI(?:'ve| have)? (?:just )?(?:started (?:a new job|working) (?:at|for)|joined) {_VALUE}{_PLACE_END}",
            re.I,
        ),
        "I work at {v}",
    ),
    ("employer", re.compile(rf"\bI (?:now |currently )?work (?:at|for) {_VALUE}{_PLACE_END}", re.I), "I work at {v}"),
    # Not a comparison: "I work as hard as a mule" has no job in it.
    ("job", re.compile(rf"\bI (?:now )?work as (?!\w+ as\b)(?:an? )?{_VALUE}{_PLACE_END}", re.I), "I work as {v}"),
    ("name", re.compile(rf"\b(?:my name is|call me) {_VALUE}{_PLACE_END}", re.I), "My name is {v}"),
    (
        "car",
        re.compile(rf"\bI (?:now |currently )?drive (?P<v>(?:an?|the) [^,.;!?]{{1,50}}?){_PLACE_END}", re.I),
        "My car is {v}",
    ),
    ("car", re.compile(rf"\bI(?:'ve| have)? (?:just )?bought {_VALUE} as my (?:new )?car\b", re.I), "My car is {v}"),
    (
        "gym",
        re.compile(rf"\bI (?:now )?(?:go to|train at|work out at) the gym (?:at|in) {_VALUE}{_PLACE_END}", re.I),
        "My gym is {v}",
    ),
    (
        "name_of:spouse",
        re.compile(
            rf"\bI(?:'m| am) (?:now )?(?:seeing|dating|with) (?:someone new|someone),? "
            rf"(?:called |named )?(?P<v>[A-Z][\w-]*(?: [A-Z][\w-]*)?){_PLACE_END}"
        ),
        "My partner is called {v}",
    ),
]
# Named by the user in passing: "we named our new dog Rex", "I switched to a new doctor, Dr. Li".
_EN_NAMING = re.compile(
    rf"\b(?:we|I) (?:named|called) (?:our|my) (?:new )?(?P<r>dog|cat) {_VALUE}{_END}"
    rf"|\bI (?:switched|changed|moved) to a new (?P<r2>doctor|dentist|landlord),? "
    rf"(?:called |named )?{_VALUE.replace('v>', 'v2>')}{_END}",
    re.I,
)
# "Honestly sushi is my favourite food": the value comes first, after an optional filler word.
_EN_FAVOURITE_FIRST = re.compile(
    r"^(?:(?:honestly|actually|really|now|these days|nowadays),?\s+)?(?P<v>[\w' -]{1,40}?) is my (?:new )?"
    r"fav(?:ou|o)rite (?P<a>[a-z]+)\b",
    re.I,
)


def _clean(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip(" '\"“”‘’")
    return value


def extract_facts(text: str) -> list[Fact]:
    """The durable facts a remark states, at most one per subject (the first statement wins)."""
    if is_question(text):
        return []  # "what is my cat called?" states nothing, and must not replace what the cat is called
    if tells_fiction(text):
        return []  # "Quote I liked from the book: 'My name is Ishmael.'" is no name of the user's (session 17)
    found: dict[str, Fact] = {}

    def add(subject: str, value: str, template: str) -> None:
        value = _clean(value)
        if value and subject not in found and len(value) <= 60:
            statement = statements(subject, value)[0] if template == _FIXED["job"][0] else template.format(v=value)
            found[subject] = Fact(subject, value, statement)

    for subject, pattern, template in _EN_RULES:
        m = pattern.search(text)
        if m:
            add(subject, m.group("v"), template)
    rel = "|".join(sorted(map(re.escape, _RELATIONS), key=len, reverse=True))
    for m in re.finditer(
        rf"\bmy (?P<r>{rel})(?:'s name)? is (?:called |named )?{_VALUE}{_END}"
        rf"|\bmy (?P<r2>{rel}) (?:is )?(?:called|named) {_VALUE.replace('v>', 'v2>')}{_END}",
        text,
        re.I,
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
    m = _EN_FAVOURITE_FIRST.search(text)
    if m and m.group("v").lower() not in ("it", "this", "that", "what", "which"):
        what = m.group("a").lower()
        add(f"favorite:{_EN_FAVOURITES.get(what, what)}", m.group("v"), f"My favourite {what} is {{v}}")
    for m in _EN_NAMING.finditer(text):
        word = (m.group("r") or m.group("r2")).lower()
        add(f"name_of:{_RELATIONS[word]}", m.group("v") or m.group("v2"), f"My {word} is called {{v}}")
    _extract_zh(text, add)
    return list(found.values())


def _extract_zh(text: str, add: object) -> None:
    emit = add
    for pattern, subject, template in (
        (rf"我(?:最近|刚|已经|现在)?(?:搬到|搬去)了?{_ZH_VALUE}{_ZH_END}", "home_city", "我住在{v}"),
        (rf"我(?:现在|目前)?住在{_ZH_VALUE}{_ZH_END}", "home_city", "我住在{v}"),
        (rf"我(?:现在|目前)?在{_ZH_VALUE}(?:工作|上班)", "employer", "我在{v}工作"),
        (rf"我(?:刚)?(?:加入了|入职了?){_ZH_VALUE}{_ZH_END}", "employer", "我在{v}工作"),
        (rf"我叫{_ZH_VALUE}{_ZH_END}", "name", "我叫{v}"),
        (rf"我(?:现在|目前)?(?:开|开着|开的是)(?:一辆|辆){_ZH_VALUE}{_ZH_END}", "car", "我的车是{v}"),
        # Habitual only: "我去公园锻炼" is an outing, "我现在去铁庙健身" is where one trains.
        (rf"我(?:现在|目前|平时|一般)都?(?:去|在){_ZH_VALUE}健身", "gym", "我的健身房是{v}"),
        (rf"我最(?:爱|喜欢)吃(?:的是)?{_ZH_VALUE}{_ZH_END}", "favorite:food", "我最喜欢的食物是{v}"),
        (
            rf"我换了(?:个|一个|一位)?(?:新)?医生[，,]?(?:现在是|叫){_ZH_VALUE}{_ZH_END}",
            "name_of:doctor",
            "我的医生是{v}",
        ),
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


# ----- a fact in both languages -----
# Profile facts are searched in both languages, so "我住在哪里？" finds "I live in Leeds" by its frame
# words as well as by meaning (the value itself stays as the user said it).
_EN_NOUNS = {"spouse": "partner", "best_friend": "best friend", "bicycle": "bike", "blood_type": "blood type"}
_ZH_NOUNS = {
    "spouse": "伴侣",
    "dog": "狗",
    "cat": "猫",
    "boss": "老板",
    "doctor": "医生",
    "dentist": "牙医",
    "landlord": "房东",
    "best_friend": "最好的朋友",
    "phone": "电话",
    "email": "邮箱",
    "address": "地址",
    "birthday": "生日",
    "car": "车",
    "bicycle": "自行车",
    "job": "工作",
    "blood_type": "血型",
    "gym": "健身房",
    "hometown": "老家",
    "commute": "通勤",
    "salary": "工资",
    "food": "食物",
    "fruit": "水果",
    "colour": "颜色",
    "film": "电影",
    "book": "书",
    "sport": "运动",
    "drink": "饮料",
    "song": "歌",
    "city": "城市",
}
_FIXED = {
    "home_city": ("I live in {v}", "我住在{v}"),
    "employer": ("I work at {v}", "我在{v}工作"),
    "job": ("I work as {v}", "我的工作是{v}"),
    "name": ("My name is {v}", "我叫{v}"),
}


def statements(subject: str, value: str) -> tuple[str, str]:
    """The fact as the user would state it in English and in Chinese."""
    if subject in _FIXED:
        en, zh = _FIXED[subject]
        if subject == "job" and value[:1].islower() and not re.match(r"(?:an?|the) ", value):
            value_en = f"{'an' if value[0] in 'aeio' else 'a'} {value}"  # "I work as a nurse", not "as nurse"
            return en.format(v=value_en), zh.format(v=value)
        return en.format(v=value), zh.format(v=value)
    family, _, what = subject.partition(":")
    noun = what or family
    en_noun, zh_noun = _EN_NOUNS.get(noun, noun.replace("_", " ")), _ZH_NOUNS.get(noun, noun)
    if family == "name_of":
        return f"My {en_noun} is called {value}", f"我的{zh_noun}叫{value}"
    if family == "favorite":
        return f"My favourite {en_noun} is {value}", f"我最喜欢的{zh_noun}是{value}"
    return f"My {en_noun} is {value}", f"我的{zh_noun}是{value}"
