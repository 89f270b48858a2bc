"""The words of a question that say what it asks about, and whether a text mentions them.

An answer must be about what was asked: "What's my horse called?" is not answered by "My rabbit is
called Clover", however close the two are as sentences. So the pipeline compares *terms*: English
words without function words, reduced to their dictionary form and stem ("lives", "living" and "lived"
are "live"; "gave" is "give"), and Chinese as
character pairs without the question's own particles (a Chinese word is mostly two characters, and
pairs need no dictionary). Across languages a term matches when the sentence embedder places the
two words together: measured with USE multilingual, a word and its translation score 0.80–0.92
("出生"/"born", "工作"/"work", "狗"/"dog"); most translations score 0.66 or more, some lower ("雨伞"/
"umbrella" 0.62), while different words across the languages stay below 0.65 ("cat"/"狗" 0.64,
"give"/"借" 0.61, "horse"/"兔子" 0.50, "live"/"出生" 0.40): evidence.py takes 0.65.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache

import simplemma
import snowballstemmer

from ..language import CJK, is_chinese
from ..sentences import split_sentences
from . import lexicon

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:[.:]\d+)*", re.UNICODE)
# Function words, question words and verbs that every question has: they say how something is asked,
# not what about.
_STOP = frozenset(
    """
a about above after again all also am an and any are as at be been before being below between both but by
can could did do does doing don't down during each few for from further had has have having he her here hers
him his how i i'm i've if in into is it it's its itself just me more most my myself no nor not now of off on
once only or other our ours out over own same she should so some such than that that's the their theirs them
then there these they this those through to too under until up very was we were what what's when where which
while who who's whom whose why will with would you your yours yourself yourselves 's
tell told say said know knew remember remind called call name named thing things really still currently every
today yesterday ever please kind sort get got go went going like many much
""".split()
)
# The question's own words and particles in Chinese. Words are removed first, then the text is split at
# particles that are rarely part of another word ("他" is kept: it is in "吉他" and "其他").
_ZH_FUNCTION_WORDS = re.compile(
    # "我有什么宠物？": 有 after the user and before the word that asks is the asking, not a thing the remark must
    # hold ("I've got a budgie called Joey" was "I don't know", sessions 18-19). Only the user's: "纽西兰鸡毛松有
    # 什么用途？" asks of a book's thing, and a development CMRC answer was lost without its 有.
    r"(?<=我|们|家)有(?=什么|几|多少|哪些)|什么|哪里|哪儿|哪个|哪些|哪家|怎么样|怎么|为什么|多少|是不是|有没有|"
    r"哪天|现在|目前|名字|知道|记得|告诉|请问"
)
_ZH_PARTICLES = "我你的了吗呢吧啊呀嘛把被给是在谁几叫也都还哪么"
_ZH_OWNER = re.compile(r"我们?(?:的|家)")

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)  # a passage's words recur across questions: stemming was a third of the decision
def _stem_only(word: str) -> str:
    return str(_stemmer.stemWord(word))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    # The dictionary form first, so irregular forms meet ("gave" → "give", "lent" → "lend"), then the
    # stem, so the forms a dictionary keeps apart meet too ("living" → "live").
    return str(_stemmer.stemWord(simplemma.lemmatize(word, lang="en").lower()))


# The texts whose terms are asked for recur: the question's own terms are asked for by every check of
# every candidate, and the same memories and passages come back question after question. A few
# thousand texts of up to 800 characters: a few megabytes.
_TEXTS_CACHED = 4096


def term_words(text: str) -> dict[str, str]:
    """The English content terms of `text`, each stem with the word it came from (what an embedder
    can read)."""
    return dict(_term_words(text))  # a copy: the cached one is shared


@lru_cache(maxsize=_TEXTS_CACHED)
def _term_words(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    words = _WORD.findall(CJK.sub(" ", text.replace("’", "'")))
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        low = word.lower().strip("'-")
        if low.endswith("'s"):
            low = low[:-2]
        if len(low) > 1 and low not in _STOP:
            # A capitalised word may be a name, which the lemmatiser would mistake ("Na" of "Li Na" is
            # its "to"): it is only stemmed, the same wherever it stands.
            stem = _stem_only(low) if word[:1].isupper() else _stem(low)
            if following.lower() in _PARTICLES and not word[:1].isupper():
                # "work out" is not "work": "Where do I work out?" is not answered by "I work at Acme".
                stem, low = f"{stem} {following.lower()}", f"{low} {following.lower()}"
            found.setdefault(stem, low)
            if i == 0 and word[:1].isupper() and (lemma := _stem(low)) != stem:
                # The first word is capitalised whatever it is: "Lent my drill to Priya" lends, and
                # "Maria moved in" names Maria (the lemmatiser's "mare"). It is read both ways.
                found.setdefault(lemma, low)
    return found


# Particles that make another verb of the word before them ("work out", "sign up", "give up").
_PARTICLES = frozenset({"out", "up"})


def terms(text: str) -> set[str]:
    """The content terms of `text`: English stems, and Chinese character pairs of each word (the word
    itself when it is one character)."""
    return set(_terms(text))  # a copy: callers may change theirs


@lru_cache(maxsize=_TEXTS_CACHED)
def _terms(text: str) -> frozenset[str]:
    found = set(_term_words(text))
    for piece in zh_pieces(text):
        # Pairs within the dictionary's words, not across them: "搅拌机借" is 搅拌机 and 借, and "机借"
        # is no term of it.
        for word in lexicon.words(piece):
            found |= word_terms(word)
    return frozenset(found)


# Words that frame a question about something read rather than say what it is about. A first-person
# novel's narrator is "I", never "the narrator" (whose stem met "narrative" and "narration"); "plan to" and
# "intend to" ask what someone set out to do, which a story tells in the doing ("we are going to keep
# fowls"). Rare among the passages found, they weighed most in focus.py's share (which the passage gate
# reads too). Development book sets (bench/answers.py --book-dev): the answer in the five the decision sees
# 45 → 47 of 62 and 20 → 21 of 30, cited 33 → 33 and 14 → 15; "according" and "account" as well changed
# nothing, "reason", "describe" and "mention" as well cited 32 of 62. The gate still counts them among the
# things asked: dropped there too, 3 more of the 62 cited a passage without the answer instead of saying
# nothing was found.
_FRAME = frozenset(_stem(w) for w in "narrator plan intend".split())


def read_terms(question: str) -> set[str]:
    """The terms of a question about a book or document, without the words that frame such a question,
    with the character pairs of names the dictionary does not know (`unknown_pairs`), and with a place,
    aspect or measure character asked for together with the character before it (`bound_pairs`)."""
    return (terms(question) | unknown_pairs(question) | bound_pairs(question)) - _FRAME - _BOUND


# Characters the dictionary leaves alone after a word that say where (中 上 里), how (过 着 得), which (之 所)
# or how many (张 支 个) of it. Alone they are in nearly every clause of a passage, so a passage that held
# them and one other asked-for term anywhere in three clauses ranked beside the one that writes "城市中".
# Asked for as the passage writes them, with the character before (and never alone: after a particle,
# "哪张专辑", the 张 is the question's own), CMRC development questions had the answer in the first five
# of `memory search` for 507 → 508 of 512 ("电视剧中的歌曲收录在哪张专辑？", missed by BM25 too, went first),
# and the same questions one word fewer (bench/answers.py --cmrc-dev) for 882 → 883 of 898, within the
# first three for 874 → 876; none went lower. With the lone character kept beside its pair,
# "塔身高23.5米象征着什么？" went from first to second in both sets; more characters (内 外 下 前 后 时 种 位
# 部 次 条 座 名) put one more answer first and moved nothing else.
_BOUND = frozenset("中上里过着之所得张支个")


def bound_pairs(text: str) -> set[str]:
    """Each character of `_BOUND` the dictionary cuts off after a word, as a pair with that word's last
    character: "在城市中" → 市中."""
    found: set[str] = set()
    for piece in zh_pieces(text):
        cut = lexicon.words(piece)
        found |= {before[-1] + word for before, word in zip(cut, cut[1:], strict=False) if word in _BOUND}
    return found


def unknown_pairs(text: str) -> set[str]:
    """The character pairs of each run of characters the dictionary cuts one by one: mostly names it does
    not know, "魏玩是谁的妻子？" → 魏玩 beside 魏 and 玩.

    Alone, 魏 and 玩 are found in any passage that has the two characters anywhere ("玩具", a "魏国" three
    clauses away), where the plain BM25 baseline's character pairs ask for the name itself. With the pairs
    as well (the single characters stay: a passage may give the family name alone), CMRC development
    questions had a passage holding the answer first in the order of `memory search` for 495 → 500 of 512
    (四加亭, 魏玩 twice, 第四区, 这张专辑), and none went lower. Not in `terms`: the personal answers use it,
    and a question about the user names people the dictionary knows or the user has said."""
    found: set[str] = set()
    for piece in zh_pieces(text):
        run: list[str] = []
        for word in [*lexicon.words(piece), ""]:
            if len(word) == 1:
                run.append(word)
                continue
            found |= {run[i] + run[i + 1] for i in range(len(run) - 1)}
            run = []
    return found


def word_terms(word: str) -> set[str]:
    """The terms of one Chinese word: its character pairs, or the character itself."""
    return {word} if len(word) == 1 else {word[i : i + 2] for i in range(len(word) - 1)}


def zh_pieces(text: str) -> list[str]:
    """The Chinese of `text` without the question's own words and particles: the runs terms are made of."""
    # "我家狗" and "我的狗" are "my dog": the owner is not part of the thing.
    runs = CJK.findall(_ZH_FUNCTION_WORDS.sub("，", _ZH_OWNER.sub("我", text)))
    return [piece for run in runs for piece in re.split(f"[{_ZH_PARTICLES}]+", run) if piece]


def names(text: str) -> list[frozenset[str]]:
    """The names among the capitalised words inside sentences ("Japan", "Hamlet", "Combe Regis"), each as
    the terms of its words: a run of capitalised words is one name ("Tom Chase"), since a passage names
    him as "Chase" or "Tom". Most are names, and a passage that lacks the name a question asks about is
    about something else."""
    return list(_names(text))  # a copy: the cached one is shared


# Asked of every candidate memory by several rules (named_subject.py for each of 160 a question), and of
# the same question again and again: 13,000 calls for 79 questions of the cost bench, 0.8 of 20 s in its
# profile. A pure function of the text.
@lru_cache(maxsize=_TEXTS_CACHED)
def _names(text: str) -> tuple[frozenset[str], ...]:
    found: list[frozenset[str]] = []
    # One splitter for the whole product: "Mrs. Beale" is one sentence's words, not "Mrs" ending one.
    for sentence in split_sentences(CJK.sub(" ", text)):
        run: list[str] = []
        for word in [*_WORD.findall(sentence)[1:], ""]:
            if word[:1].isupper() and word.lower() not in _STOP:
                run.append(_stem_only(word.lower()))
            elif run:
                if frozenset(run) not in found:
                    found.append(frozenset(run))
                run = []
    return tuple(found)


# The speaker in the first person, in either language ("I'm", "we’ve" and "my" all start with one of
# these words).
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|we|us|our|ours)\b|我|咱", re.IGNORECASE)


def in_first_person(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text))


# A remark that starts with its verb speaks of the speaker: "Started reading …", "Just finished …", "Moved
# into the bungalow on Church Lane".
_TELEGRAPHIC = re.compile(r"\s*(?:(?:just|finally|now|still|also|today)\s+)?[a-z]+(?:ed|ing)\b", re.IGNORECASE)


def opens_with_verb(text: str) -> bool:
    return bool(_TELEGRAPHIC.match(text))


@lru_cache(maxsize=65536)  # asked for each term of a question in each sentence of 40 passages
def is_cjk_term(term: str) -> bool:
    return bool(CJK.fullmatch(term))


def mentioned(asked: set[str], text: str, text_terms: AbstractSet[str] | None = None) -> set[str]:
    """The asked terms that `text` mentions in the same language: an English stem among its terms,
    a Chinese term anywhere in it (so "狗" is found in "我家小狗叫豆豆")."""
    have = _terms(text) if text_terms is None else text_terms
    return {
        t for t in asked if (t in text or t[0] in _POINTING and _pointed_at(t, text) if is_cjk_term(t) else t in have)
    }


# Words that point at what a text is about: a question's "此剧" ("this series") is the passage's "本剧" or
# "该剧". (Not 这: it mostly comes with a measure word, "这张专辑", where a passage's 该 does not.)
_POINTING = "此该本"


def _pointed_at(term: str, text: str) -> bool:
    """Whether `text` has a pointing word with the noun of a term that is one (`_pointing`), however it points."""
    return _pointing(term) and any(p + term[1:] in text for p in _POINTING)


@lru_cache(maxsize=4096)
def _pointing(term: str) -> bool:
    """A pointing word and the first character of what it points at ("此剧"), not a word of the dictionary
    ("本人", "此外", "本地" stay as they are).

    Questions written about a passage name its subject as the passage does, "this fish", and the passage
    says "本鱼" where the question says "此鱼": in CMRC development questions the passage holding the
    answer came first for 500 → 501 of 512 and within the first three for 505 → 507 ("此剧的制作人是谁？"
    went from fifth to first: a passage about James Bond held 此 in "因此"), and none came later. With
    这 as well, "这张专辑" found the "此张专辑" of another album, and one answer fewer was cited (490 → 489)."""
    return len(term) == 2 and term[0] in _POINTING and term not in lexicon.glossary()


# "my horse", "my best friend's", "our dog", "我的狗", "我家小狗": what the speaker says is theirs.
# A word may be joined by hyphens: "my in-laws", "my mother-in-law" (session 16: "Where do my in-laws live?"
# was answered by where the user lives).
_EN_OWNED = re.compile(r"\b(?:my|our)\s+([a-z]+(?:-[a-z]+)*)(?:\s+([a-z]+(?:-[a-z]+)*))?", re.IGNORECASE)
# Words between "my" and the thing itself ("my new doctor", "my best friend").
_EN_ADJECTIVES = frozenset(
    """
new old own favourite favorite first last only best current little big younger older elder dear front spare
""".split()
)
# "我家的宠物" is the pet, not "的宠物" (session 18: no remark was about it).
_ZH_OWNED = re.compile(
    r"我(?:们家的|家的|们的|们家|的|家)([\u4e00-\u9fff]{1,3}?)(?=[是叫在的了，。？?！!、也都还呢吗]|$)"
)
# People named without 的 ("我朋友", "我妈"): a remark about them is not about the speaker.
ZH_PEOPLE_WORDS = tuple(
    sorted(
        """
朋友 同事 同学 邻居 老板 领导 上司 室友 闺蜜 兄弟 姐妹
妈妈 妈 爸爸 爸 父亲 母亲 父母 爸妈 哥哥 哥 姐姐 姐 弟弟 弟 妹妹 妹 儿子 女儿 孩子 宝宝
老婆 老公 妻子 太太 丈夫 先生 爱人 对象 女朋友 男朋友 未婚妻 未婚夫
外婆 外公 奶奶 爷爷 姥姥 姥爷 祖母 祖父 舅舅 舅妈 叔叔 婶婶 阿姨 姑姑 姨妈 伯伯
表哥 表姐 表弟 表妹 堂哥 堂姐 堂弟 堂妹 嫂子 姐夫 妹夫 弟媳 侄子 侄女 外甥女 外甥 孙子 孙女
外孙 外孙女 儿媳 儿媳妇 女婿 老伴
岳父 岳母 公公 婆婆
""".split(),
        key=len,
        reverse=True,  # in an alternation the longer word first: 我姐夫 is not 我姐
    )
)
_ZH_PEOPLE = re.compile(f"我(?:的|家)?({'|'.join(ZH_PEOPLE_WORDS)})")


# The people one does a thing with: "Watching Slow Horses with my partner", "和妈妈一起去".
_EN_WITH = re.compile(
    r"\b(?:with|alongside)\s+(?:my|our)\s+(?:(?:little|big|older|younger|new)\s+)?([a-z]+)", re.IGNORECASE
)
_ZH_WITH = re.compile(r"(?:和|跟|与|陪)(?:我)?(" + "|".join(ZH_PEOPLE_WORDS) + r")(?:一起)")


# The people the user goes to or takes along, in a remark of the user's own doing: "I'm going to see my
# parents at Christmas" is what the user does at Christmas (session 16, "I don't know": it was taken for
# the parents' own).
_EN_VISITED = re.compile(
    r"^\s*(?:i|i'm|i am|i'll|i will|we|we're|we are|we'll)\b.{0,40}?\b(?:see|seeing|visit|visiting|meet|meeting"
    r"|take|taking|bring|bringing|pick up|picking up|stay with|staying with)\s+(?:my|our)\s+"
    r"(?:(?:little|big|older|younger|new)\s+)?([a-z]+)",
    re.IGNORECASE,
)


def companions(text: str) -> set[str]:
    """Terms of the user's people `text` names as company rather than as who it is about."""
    found = {_stem(m.group(1).lower()) for m in _EN_WITH.finditer(text)}
    found |= {_stem(m.group(1).lower()) for m in _EN_VISITED.finditer(text.replace("’", "'"))}
    return found | {m.group(1) for m in _ZH_WITH.finditer(text)}


def owned(text: str) -> set[str]:
    """Terms of the things the speaker calls theirs: "my horse" → {"hors"}; "My favourite food is" →
    {"food"}. Empty when the text names nothing as the speaker's."""
    return set(_owned(text))  # a copy: callers may change theirs


# Asked of every candidate by several rules (whose.py, subject.py, has_none.py): 24,000 calls for the 79
# questions of the cost bench, 0.5 of 14.5 s in its profile. A pure function of the text.
@lru_cache(maxsize=_TEXTS_CACHED)
def _owned(text: str) -> frozenset[str]:
    found: set[str] = set()
    for match in _EN_OWNED.finditer(text.replace("’", "'")):
        words = [w.lower() for w in match.groups() if w]
        noun = next((w for w in words if w not in _EN_ADJECTIVES), None)
        if noun and noun not in _STOP:
            found.add(_stem(noun))
    for match in _ZH_OWNED.finditer(text):
        found.add(match.group(1))
    found |= {m.group(1) for m in _ZH_PEOPLE.finditer(text)}
    found |= {
        _stem(m.group(1).lower()) for m in _EN_KIN_BY_NAME.finditer(text) if not _DETERMINED.search(text[: m.start()])
    }
    return frozenset(found)


# One of the user's people called by the word for them as by a name: "Mum's birthday is 2 April", "Dad is
# retired" (session 17: "Mum's birthday" was taken for someone else's, "I don't know" for "my mother's").
_EN_KIN_BY_NAME = re.compile(r"\b(Mum|Mom|Dad|Gran|Granny|Nan|Nana|Grandma|Grandpa|Grandad|Granddad)\b")
_DETERMINED = re.compile(r"\b(?:my|our|his|her|your|the|their|a|an)\s+$", re.IGNORECASE)


# "the neighbour's dog", "Tom's car", "邻居家的狗", "我朋友的猫": a thing that is someone else's. Words before
# "'s" that are contractions ("it's", "that's") are no owner.
# The plural too, of others called so ("The neighbours' holiday to Crete", "the Hendersons' dog": cited for
# where the user is going on holiday, session 15), not the user's own ("my kids' faces at the beach" is
# about the kids' beach days: a LoCoMo development answer was lost).
_EN_THEIRS = re.compile(r"\b([a-z]+)('s|(?<=s)')\s+([a-z]+)(?:\s+([a-z]+))?", re.IGNORECASE)
_OTHERS_PLURAL = re.compile(r"\bthe\s+$", re.IGNORECASE)
# The user's people in the plural: "My parents' anniversary is 20 July" is not the user's (cited for "When is
# my anniversary?", session 17). Not "my kids'": "my kids' faces" is the user's day (LoCoMo lost a gold
# answer with every plural possessive read so, session 15).
_KIN_PLURAL = frozenset("parents grandparents laws friends neighbours neighbors cousins sisters brothers".split())
_MY_BEFORE = re.compile(r"\b(?:my|our)\s+(?:[a-z-]+\s+)?(?:in-)?$", re.IGNORECASE)  # "my in-laws' house"
# "'s" for "has" before a change done: "Choir's moved to Tuesday evenings" was the choir's move, someone else's
# thing, and no change of when choir is (session 19).
_HAS_DONE = frozenset(
    "moved gone been got started changed switched left finished retired stopped quit joined become taken given"
    " decided booked cancelled canceled".split()
)
_NOT_OWNERS = frozenset("it that what who he she there here let where how which this one everyone nobody".split())
_ZH_OWNERS = "|".join((*ZH_PEOPLE_WORDS, "邻居", "别人", "人家", "他", "她", "他们", "她们"))
_ZH_THEIRS = re.compile(
    f"(?:{_ZH_OWNERS})(?:家的|的|家)([\u4e00-\u9fff]{{1,3}}?)(?=[是叫在很了，。？?！!、也都还呢吗真]|$)"
)


def possessions(text: str) -> list[tuple[str, str]]:
    """(owner, thing) for each thing `text` says is someone's: "My sister's dog is hilarious" →
    [("sister", "dog")], "同事的新车很帅" → [("同事", "新车")]; owners and English things as terms."""
    found: list[tuple[str, str]] = []
    text = text.replace("’", "'")
    called = {name: relation for relation, name in relatives_named(text).items()}
    for match in _EN_THEIRS.finditer(text):
        owner = match.group(1).lower()
        if owner in _NOT_OWNERS:
            continue
        before = text[: match.start()]
        kin_plural = owner in _KIN_PLURAL and _MY_BEFORE.search(before)
        if match.group(2) == "'" and not (match.group(1)[0].isupper() or _OTHERS_PLURAL.search(before) or kin_plural):
            continue
        words = [w.lower() for w in match.groups()[2:] if w]
        if match.group(2) == "'s" and words[0] in _HAS_DONE:
            continue  # "Choir's moved to Tuesday", "Jack's started school": has, not a thing of theirs
        noun = next((w for w in words if w not in _EN_ADJECTIVES), None)
        if noun and noun not in _STOP:
            # "My sister Anna's birthday": Anna is the sister, so the owner is both ("sister anna"), and
            # a question naming either is asking about her.
            relation = called.get(_stem_only(owner))
            owner = _stem(owner)
            found.append((f"{relation} {owner}" if relation else owner, _stem(noun)))
    found += [(m.group(0).split("的")[0].removesuffix("家"), m.group(1)) for m in _ZH_THEIRS.finditer(text)]
    return found


# "my sister Anna", "my brother is called Ben", "our neighbour's name is Hana": a relation and what
# they are called.
_EN_NAMED_RELATION = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:best|little|big|older|younger|eldest|oldest|youngest|new)\s+)?"
    r"([a-z]+(?:-[a-z]+)*)(?:\s+(?:is\s+)?(?:called|named)|'s\s+name\s+is)?\s+([A-Z][a-z]+)\b"
)


# "Miso is my cat", "Ann is my mum": the name first. A relation may be hyphenated, as the named one's above:
# "Rhys is my brother-in-law" (session 18: read as "brother", then as someone else than Rhys).
_EN_NAME_IS_RELATION = re.compile(
    r"\b([A-Z][a-z]+)\s+is\s+(?:[Mm]y|[Oo]ur)\s+(?:(?:little|big|older|younger|new)\s+)?([a-z]+(?:-[a-z]+)*)\b"
)


# "Oscar, my guinea pig, is three", "Ruth, my manager, is lovely": the name, then who they are between
# commas (the kind's last word: "pig"). Not after a word that only opens a sentence ("Thanks, my friend!").
_EN_NAME_APPOSITIVE = re.compile(
    r"\b(?!(?:Hey|Hi|Hello|Thanks|Sorry|Cheers|Bye|Dear|Well|Yes|No|Oh|Ok|Okay|Anyway|Honestly|So|And|But)\b)"
    r"([A-Z][a-z]+),\s+((?:[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+)?([a-z]+))\s*([,.;!])"
)


def apposition_joined(text: str) -> str:
    """`text` without the commas around each apposition: "Maya, my flatmate, works at the BBC" is one
    clause about Maya, not "works at the BBC" said by the user."""
    return _EN_NAME_APPOSITIVE.sub(
        lambda m: f"{m.group(1)} {m.group(2)}{'' if m.group(4) == ',' else m.group(4)}", text
    )


def relatives_named(text: str) -> dict[str, str]:
    """The people `text` names by relation and by name, as terms: "My sister Anna's birthday…" →
    {"sister": "anna"}. (A name is only stemmed, as terms() does with capitalised words.)"""
    return {relation: name for relation, name in _named(text).items() if relation in PEOPLE}


def pets_named(text: str) -> dict[str, str]:
    """The pets `text` names by kind and by name: "My cat Miso hates the vet." → {"cat": "miso"}."""
    return {kind: name for kind, name in _named(text).items() if kind in PETS}


# "我女朋友叫小林", "我家的猫叫咪咪": only after 叫, since 是 gives a job as often as a name ("我姐姐是护士").
# A Chinese name is two or three characters, three only where the name ends the clause ("我妹妹叫王小明，");
# it is kept by its last two ("小明"), which a question names whether it gives the whole name or not.
_ZH_PETS = ("小狗", "小猫", "兔子", "鹦鹉", "仓鼠", "乌龟", "猫", "狗", "马")
_ZH_KEPT = "|".join(sorted((*ZH_PEOPLE_WORDS, *_ZH_PETS), key=len, reverse=True))
# "我现在的女朋友叫小雪": a partner said as the present one.
_ZH_NAMED_RELATION = re.compile(
    f"我们?(?:现在|如今|新|现任)?(?:的|家的|家)?(?:有|养了|养着)?(?:一|两|三)?(?:个|只|条|位)?({_ZH_KEPT})[，,]?"
    r"(?:的名字)?(?:叫做|名叫|名字叫|叫)([\u4e00-\u9fff]{2}(?:[\u4e00-\u9fff](?=[，。！？、,.!?\s]|$))?)"
)


# Read for every candidate by relatives_named and pets_named (43,000 calls for the 79 questions of the
# cost bench, 0.9 of 20 s in its profile). A pure function of the text; the dict is shared, and both
# callers only read it.
@lru_cache(maxsize=_TEXTS_CACHED)
def _named(text: str) -> dict[str, str]:
    found = {_stem(m.group(1)): _stem_only(m.group(2).lower()) for m in _EN_NAMED_RELATION.finditer(text)}
    found |= {
        _stem(m.group(2)): _stem_only(m.group(1).lower())
        for m in _EN_NAME_IS_RELATION.finditer(text)
        if m.group(1).lower() not in _STOP
    }
    found |= {
        _stem(m.group(3)): _stem_only(m.group(1).lower())
        for m in _EN_NAME_APPOSITIVE.finditer(text)
        if m.group(1).lower() not in _STOP
    }
    return found | {m.group(1): m.group(2)[-2:] for m in _ZH_NAMED_RELATION.finditer(text)}


def only_names(text: str) -> bool:
    """A remark that does nothing but say who someone is: "Miso is my cat.", "My sister is called Anna",
    "我家的猫叫咪咪。" It tells what the cat is called, not what she eats."""
    for pattern in (_EN_NAMED_RELATION, _EN_NAME_IS_RELATION, _ZH_NAMED_RELATION):
        m = pattern.search(text)
        if m and not text[: m.start()].strip() and not text[m.end() :].strip(" .!。！"):
            return True
    return False


# "We adopted a greyhound called Biscuit", "Just bought an old van named Betsy": something the user got
# or has, and its name. No kind list is asked for (a greyhound is no word of PETS), since the verb says
# it is theirs; "We watched a film called Alien" names the world's film, not one of theirs.
_EN_OWN_CALLED = re.compile(
    r"\b(?:adopted|got|have|has|had|bought|rescued|took in|own|owns|keep|keeps|inherited)\s+"
    r"(?:a|an|our|my|two|three)\s+(?:[a-z-]+\s+){0,3}?(?:called|named)\s+([A-Z][a-z]+)\b",
    re.IGNORECASE,
)


def own_called(text: str) -> set[str]:
    """The names the speaker gives something they got or have, as terms: "We adopted a greyhound called
    Biscuit" → {"biscuit"}; none in a remark not in the first person."""
    if not in_first_person(text):
        return set()
    return {_stem_only(m.group(1).lower()) for m in _EN_OWN_CALLED.finditer(text) if m.group(1)[0].isupper()}


_EN_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")


# A Chinese name said as a surname and a title: "现在看病找李医生", "王老师" (session 15: once a newer remark had
# to give a name to say who the doctor is now, "现在看病找李医生" no longer replaced Dr. Schmidt).
_ZH_TITLED = re.compile(
    "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]"
    "(?:医生|大夫|老师|先生|女士|小姐|经理|总|律师|教授|阿姨|师傅)"
)


def gives_a_name(text: str) -> bool:
    """Whether `text` calls someone or something by a name: a capitalised word that is no common word
    (the first of a sentence too: "Luna is my dog"), or in Chinese, where names have no capitals, a word
    that gives one ("我女儿叫小雨", "新养的狗狗取名Biscuit")."""
    if is_chinese(text) and (re.search(r"叫|名", text) or _ZH_TITLED.search(text)):
        return True
    # A first word that is a verb's past or -ing form names no one: "Changed my mind, I actually …".
    words = _EN_CAPITALISED.findall(text)
    if words and text.lstrip().startswith(words[0]) and len(words[0]) > 4 and words[0].endswith(("ed", "ing")):
        words = words[1:]
    return any(w.lower() not in _STOP and w != "I" for w in words)


def called_names(question: str, said: list[str]) -> list[frozenset[str]]:
    """The names of the user's people and pets, as `said` gives them, that a Chinese question names:
    Chinese has no capitals, so names() cannot see "小林" in "小林是谁？" until the user has said who she is."""
    if not is_chinese(question):
        return []
    called = {name for text in said for name in (*relatives_named(text).values(), *pets_named(text).values())}
    return [frozenset({name}) for name in sorted(called) if name in question]


def others_own(text: str) -> set[str]:
    """Terms of the things `text` says are someone else's: "Walked the neighbour's dog" → {"dog"}."""
    return {thing for _, thing in possessions(text)}


# People the speaker may talk about: "my friend lives in Berlin" says nothing about where the speaker lives.
PEOPLE = frozenset(
    _stem(w)
    for w in """
friend friends sister brother mother mum mom dad father parents colleague coworker boss manager neighbour neighbor
son daughter kid kids children wife husband partner girlfriend boyfriend cousin aunt uncle grandma grandmother
grandpa grandfather roommate flatmate teacher classmate
gran granny nan nana grandad granddad niece nephew grandson granddaughter grandchildren grandkids
stepmum stepdad stepmother stepfather stepson stepdaughter auntie spouse twin
mother-in-law father-in-law sister-in-law brother-in-law in-laws grandparents
son-in-law daughter-in-law
mate pal bestie
""".split()
) | set(ZH_PEOPLE_WORDS)


# One relation in other words. Not terms of one another in general: "How many children does Melanie
# have?" is not answered by "…helping these kids" (measured, session 9); decide.py takes them as one
# only for the user's own ("my mother" and "my mum") and in a question for names answered by names.
KIN = tuple(
    frozenset(_stem(w) for w in group.split())
    for group in (
        "kid kids child children",
        "mum mom mother",
        "dad father",
        "grandma grandmother gran granny nan nana nanna",
        "grandpa grandfather grandad granddad gramps",
        # "I've got three grandkids" for "How many grandchildren do I have?" (session 19, "I don't know").
        "grandchild grandchildren grandkid grandkids",
        # "My manager at Monzo is Farida" for "Who is my boss?": the same person in other words (session 13).
        "boss manager supervisor",
        # "My best mate from uni is Chris" for "Who is my best friend?" (session 18, "I don't know").
        "friend friends mate mates pal pals bestie",
    )
)


def kin(asked: AbstractSet[str], held: AbstractSet[str]) -> set[str]:
    """The asked people's words that `held` (a text's terms) has in other words: "children" for "kids"."""
    return {a for a in asked for group in KIN if a in group and group & held}


# The animals a person keeps and calls by name.
PETS = frozenset(
    _stem(w)
    for w in """
dog puppy cat kitten rabbit bunny horse pony hamster parrot tortoise budgie guinea pig ferret gerbil goldfish
turtle lizard snake
""".split()
) | set(_ZH_PETS)


# The user's people in Chinese and what they are in English. The dictionary's glosses do not say it: 外婆
# is "(informal) mother's mother; maternal grandmother", read as "mother"; 先生 is "teacher" before
# "husband"; 舅舅 is "mother's brother", read as both. So "我外婆住在哪里？" was answered by "My mum lives
# in Cardiff" and "我先生是做什么的？" by "I'm a teacher." (session 16).
_ZH_KIN_WORDS = """
妈妈 妈 母亲: mother mum mom | 爸爸 爸 父亲: father dad | 父母 爸妈: parents
哥哥 哥 弟弟 弟 兄弟: brother | 姐姐 姐 妹妹 妹 姐妹: sister | 儿子: son | 女儿: daughter | 孩子 宝宝: child kid baby
老婆 妻子 太太: wife | 老公 丈夫 先生: husband | 爱人: wife husband partner spouse
对象: partner girlfriend boyfriend | 女朋友: girlfriend | 男朋友: boyfriend | 未婚妻 未婚夫: fiancé fiancée
外婆 姥姥 奶奶 祖母: grandmother grandma gran granny nan | 外公 姥爷 爷爷 祖父: grandfather grandpa granddad
舅舅 叔叔 伯伯: uncle | 舅妈 婶婶 阿姨 姑姑 姨妈: aunt auntie
表哥 表姐 表弟 表妹 堂哥 堂姐 堂弟 堂妹: cousin | 嫂子 弟媳: sister-in-law | 姐夫 妹夫: brother-in-law
侄子 外甥: nephew | 侄女 外甥女: niece | 孙子 外孙: grandson | 孙女 外孙女: granddaughter
儿媳 儿媳妇: daughter-in-law | 女婿: son-in-law | 老伴: wife husband partner spouse
岳父 公公: father-in-law | 岳母 婆婆: mother-in-law
朋友 闺蜜: friend | 同事: colleague coworker | 同学: classmate | 邻居: neighbour neighbor
老板 上司 领导: boss manager | 室友: roommate flatmate
"""


@cache
def zh_kin() -> dict[str, frozenset[str]]:
    """Each Chinese word for one of the user's people → the English term stems that name the same."""
    out: dict[str, frozenset[str]] = {}
    for entry in _ZH_KIN_WORDS.replace("\n", " | ").split("|"):
        if ":" in entry:
            chinese, english = entry.split(":")
            for word in chinese.split():
                out[word] = frozenset(term_words(english))
    return out


def owned_alike(asked: AbstractSet[str], held: AbstractSet[str]) -> set[str]:
    """The terms of `asked` (owned(), of a question) that `held` (owned(), of a remark) has too, one of the
    user's people in the other language as well: 爱人 for "my wife", "husband" for 我先生."""
    kin_of = zh_kin()
    english = {w for t in held for w in kin_of.get(t, ())}
    return {a for a in asked if a in held or kin_of.get(a, frozenset()) & held or a in english}


def _english(word: str) -> dict[str, int]:
    """The English term stems a Chinese word translates to (lexicon.english), a word for one of the user's
    people by what it means of them."""
    kin = zh_kin().get(word)
    return dict.fromkeys(kin, 0) if kin is not None else lexicon.english(word)


def dictionary_translations(question: str, asked: set[str], text: str) -> dict[str, int]:
    """The asked terms that `text` states in the other language, by the dictionary: an English term
    among the glosses of the text's Chinese words; a Chinese term (a word's character pair, or the word
    itself) whose word has a gloss among the text's English terms. Each with how far from its word's
    first sense the translation is (a worse translation ranks lower, current.current_of)."""
    found: dict[str, int] = {}
    if is_chinese(question):
        theirs = set(term_words(text))
        for word in lexicon.chinese_words(question) if theirs else []:
            senses = [sense for stem, sense in _english(word).items() if stem in theirs]
            if senses:
                for t in asked:
                    if is_cjk_term(t) and t in word:
                        found[t] = min(found.get(t, senses[0]), *senses) + 1
        return found
    english = {t for t in asked if not is_cjk_term(t)}
    for word in lexicon.chinese_words(text) if english else []:
        for stem, sense in _english(word).items():
            if stem in english:
                found[stem] = min(found.get(stem, sense + 1), sense + 1)
    return found
