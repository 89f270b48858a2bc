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
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from .terms import ZH_PEOPLE_WORDS
from .terms import terms as _terms


@dataclass(frozen=True)
class Slot:
    name: str
    asks: re.Pattern[str]  # in a question: it asks for this slot
    states: re.Pattern[str]  # in a remark: it states this slot
    # Words a full-text search finds its statements by (answer/newer.py), English stemmed by the index,
    # Chinese as written: a statement in words far from the question ("I started at the bakery on Elm
    # Street" for "Where do I work?", cosine 0.06) is not among the memories the question retrieves.
    search: str = ""


def _slot(name: str, asks: str, states: str, search: str = "") -> Slot:
    return Slot(name, re.compile(asks, re.IGNORECASE), re.compile(states, re.IGNORECASE), search)


# A change of one thing for another says the slot is now something else whatever the slot's words:
# "Traded the Corolla for a Golf", "Cancelled PureGym and joined …", "把思域卖了，换了一辆…". Written with
# their inflections, like the rest of the table.
_SWITCH = r"(switch|switches|switched|switching|change|changed|changing|move|moved|moving|transfer|transferred)"

# Doing a profession's work: "做产品经理", "当一名护士", "任高级工程师". The profession's own word is
# needed, so "在家做饭" states no job.
_ZH_PROFESSION = (
    r"(经理|工程师|设计师|老师|教师|医生|护士|律师|会计|程序员|销售|记者|编辑|厨师|司机"
    r"|主管|总监|研究员|分析师|顾问|店长|主任|开发|研发|运营|测试|实习生?)"
)
_ZH_DOING = rf"(做|当|任)(一名|一个|个)?.{{0,6}}{_ZH_PROFESSION}"
# A job said by the work it does, not by its name (session 15, "I don't know" as a new user): "My wife Mei
# teaches maths", "My brother drives a bus", "Mum runs a bakery", "Dad fixes boilers for a living" (the
# remark's "for a living" is normalised as the question's is). Teaching someone a thing is no job ("My
# wife teaches me to cook"), driving a car is the car slot, running is running 5k: a vehicle of a trade and
# a place of business are needed.
_EN_TRADE = (
    r"\b(teach|teaches|teaching|lecture|lectures|lecturing|tutor|tutors|tutoring)\b"
    r"(?! (me|us|him|her|them|my|our|his|their|myself|yourself|the kids|the children)\b)"
    r"|\b(drive|drives|driving) (a|an|the) (bus|buses|taxi|cab|lorry|lorries|truck|van|tram|train|ambulance|forklift)\b"
    r"|\b(run|runs|running|own|owns) (a|an|her|his|their|my|our) (own |small |little |family |local )?(\w+ )?"
    r"(business|shop|company|firm|practice|restaurant|caf[eé]|bakery|pub|bar|salon|studio|farm|hotel|garage"
    r"|nursery|agency|clinic|stall)\b"
    r"|\b(nurse|nurses|nursing) (at|in)\b|\bas an occupation\b"
)
# The same in Chinese: "在中学教数学", "教书", "开出租车", "开了一家面包店".
_ZH_TRADE = (
    r"教书|在.{1,12}教|教.{0,3}(数学|语文|英语|物理|化学|生物|历史|地理|音乐|美术|体育|钢琴|小学|中学|大学)"
    r"|开(出租车?|公交车?|货车|卡车|的士)|开了?一家"
)
# One of the user's people who is one: "我妈妈是护士" ("我是护士" is the user's own, above).
# Their name may come first: "我妻子叫小梅，是护士" (session 16, "I don't know" for "What does my wife do?").
_ZH_NAME_FIRST = r"(?:叫[\u4e00-\u9fffA-Za-z]{1,4}[，,、]?)?"
_ZH_THEY_ARE = rf"({'|'.join(ZH_PEOPLE_WORDS)}){_ZH_NAME_FIRST}是(一名|一个|个)?.{{0,6}}{_ZH_PROFESSION}"

SLOTS: tuple[Slot, ...] = (
    _slot(
        "home",
        r"\b(live|living|lives|home|city|town|based|reside|flat|apartment|staying|address)\b"
        # Moving house, not moving in with someone (the partner slot) or moving a thing.
        r"|\b(move|moved|moving|relocate|relocated)\b(?=\s+(to|from|into|house|here|there|away|out)\b|\s*\?)"
        r"|住|家在|哪个城市|在哪儿生活|搬家|搬到|搬去|搬来",
        r"\b(live|lives|living|lived) (in|at)\b|\b(moved|moving|relocated) (to|into)\b|\bbased (in|at)\b"
        # "We moved from Manchester to Bath in the summer" (session 13, a new user's "I don't know").
        r"|\b(moved|relocated) from (?-i:[A-Z])[^,.;]{0,40}? to (?-i:[A-Z])"
        r"|\bhome (is|now)\b|\b(new|my) (home|flat|apartment|house) (is|in)\b|\b(flat|apartment|house) in\b"
        r"|\bour new (place|flat|home|house|apartment)\b|\bkeys to (our|my|the) new\b|\bsigned the lease\b"
        r"|住在|住到|搬到|搬去|搬进|搬来|新家|新房子",
        "live moved flat apartment house place home keys lease 住 搬 新家 房子",
    ),
    _slot(
        "employer",
        r"\b(employer|company|job|firm|workplace|office|employed)\b|\bwork(?:ing)?\b(?!\s+out)|公司|上班|单位|工作|雇主",
        r"\b(work|works|worked|working) (at|for)\b|\bjob (at|with)\b|\bnew job\b|\b(joined|joining)\b"
        r"|\b(employer|company) is\b|\bhired (me|by|at)\b|\boffer from\b|\bemployed (by|at)\b"
        r"|\b(i|i've|i have) (just )?(started|start) (at|with)\b|\bfirst (day|week) (at|with)\b"
        # Where one does a trade's work: "I teach chemistry at a secondary school in Bristol" (session 18:
        # "Where do I work?" was "I don't know").
        r"|\b(teach|teaches|teaching|lecture|lectures|lecturing|tutor|tutors|tutoring|nurse|nurses|nursing)\b"
        r"(?! (me|us|him|her|them|my|our|his|their|myself|yourself|the kids|the children)\b)[^,.;]{0,40}? at\b"
        # Or a job with its employer's name: "I'm a solicitor at Hughes and Co." (not a regular at the Crown).
        r"|\b(i'm|i am) an? (?!(member|regular|guest|customer|patient|student|client|visitor|fan)\b)[a-z]+"
        r"( [a-z]+)? (at|for|with) (?-i:[A-Z])"
        rf"|在.{{1,12}}(工作|上班)|在.{{1,12}}{_ZH_DOING}|新工作|加入了|入职|跳槽|是.{{1,12}}的员工"
        # A change of job said as such: "我换工作了，现在在腾讯" (session 16: the old bank was stated).
        r"|换了?(工作|公司|单位)|\b(changed|switched|changing|switching) (jobs|job|companies)\b",
        "work job started joined hired company employer first day 上班 工作 公司 入职 跳槽",
    ),
    _slot(
        "job",
        r"\b(profession|occupation|career|job|for work)\b|职业|做什么工作|干什么工作|什么工作",
        r"\b(i'm|i am|i work as|working as|works? as) (now |officially |currently |still )?(an?|the)\b"
        # The work done some way before the job: "works from home as a translator", "I work night shifts as a
        # paramedic" (session 19: "What's my job?" was "I don't know"); not "work out as a way to relax".
        r"|\b(work|works|working) (?!(out|as)\b)[^,.;]{1,40}? as (an?|the)\b"
        r"|\b(became|become|becoming) (an?|the)\b"
        r"|\b(mum|mom|mother|dad|father|sister|brother|wife|husband|partner|girlfriend|boyfriend|son|daughter"
        # More of the user's people (session 19: "My nephew Sam is a barber in Hull" was "I don't know").
        r"|nephew|niece|grandson|granddaughter|son-in-law|daughter-in-law|brother-in-law|sister-in-law"
        r"|friend|cousin|aunt|uncle)( \w+)? is (now |still )?an? \b"
        r"|\bretrained as\b|\bfreelance\b|\bhanded in my notice\b"
        # A job done before, as a retired person says it: "Brian's a retired postman", "I was a school
        # secretary for 30 years" (session 19: "What did Brian do for a living?" went to the model).
        r"|\ban? (?:retired|former|semi-retired) [a-z]+|\bwas an? [a-z]+(?: [a-z]+)? for (?:\d+|[a-z]+) years\b"
        # As one introduces oneself in a list: "I'm Tom, 42, a plumber" (session 17, "I don't know").
        r"|\b(i'm|i am) (?-i:[A-Z])[a-z]+, (\d{1,3}, )?an? \b"
        # A new post said by the promotion: "Raj got promoted to finance director!" (session 16: the old
        # "accountant" was stated).
        r"|\b(promoted|promotion) to\b|升职|升为|升任"
        rf"|{_EN_TRADE}"
        # A trade named by its ending, as most are: "我是急救员", "我是理发师" (session 19: "I don't know"); not a
        # membership ("我是会员").
        r"|我是[\u4e00-\u9fff]{1,4}(?<![会党成团队学])[员师](?=[。，,.！!；;]|$)"
        rf"|我是(一名|一个|个)|当了?.{{1,6}}(了|。)|开始当|职业是|转行|辞职|{_ZH_DOING}|{_ZH_THEY_ARE}|{_ZH_TRADE}",
        "work job freelance became officially notice retrained teach teaches drives runs living 当 职业 辞职 转行 教",
    ),
    _slot(
        "partner",
        r"\b(partner|girlfriend|boyfriend|wife|husband|spouse|fianc[eé]e?|seeing|dating|going out|married to"
        r"|marrying)\b|女朋友|男朋友"
        r"|伴侣|对象|老婆|老公|妻子|丈夫|爱人|约会",
        r"\bmy (partner|girlfriend|boyfriend|wife|husband|spouse|fianc[eé]e?)\b|\bseeing (someone|\w+ now)\b"
        # One of the user's people's: "My brother's new girlfriend Lena" (whose is for subject.off_subject).
        r"|'s (new |current )?(partner|girlfriend|boyfriend|wife|husband|spouse|fianc[eé]e?)\b"
        r"|\b(i'm|i am|i've been|been) seeing\b|\bdating\b|\bgoing out with\b|\b(married|engaged) to\b"
        r"|\b(are|been) together\b|\b(moved|moving) in with\b|\b(split|broke) up\b"
        r"|在一起|女朋友|男朋友|伴侣|对象是|老婆|老公|妻子|丈夫|爱人|约会|分手",
        "partner girlfriend boyfriend seeing dating together split moved 在一起 女朋友 男朋友 分手",
    ),
    _slot(
        "food",
        # A favourite, not any meal: "What did I eat yesterday?" asks about an occasion.
        r"\b(favou?rite|most|best|love)\b.*\b(food|foods|eat|eating|dish|dishes|meal|cuisine)\b"
        r"|\b(food|foods|eat|eating|dish|dishes|meal|cuisine)\b.*\b(favou?rite|most|best)\b|最喜欢吃|最爱吃|最(喜欢|爱)的(食物|菜)|食物",
        r"\bfavou?rite (food|dish|meal|cuisine)\b|\blove eating\b|\bnothing beats\b|\b(new|latest) obsession\b"
        r"|\bobsessed with\b|\bgone off\b|\bcan't get enough of\b|最喜欢的食物|最爱吃|最喜欢吃|最喜欢的菜",
        "favourite food dish love beats obsession 最喜欢 最爱",
    ),
    _slot(
        "car",
        # 车 alone, but not a bicycle, train, bus or taxi: "自行车借给谁了？" asks for no car.
        r"\b(car|drive|driving|vehicle)\b|(?<!自行)(?<!火)(?<!公交)(?<!出租)(?<!摩托)(?<!单)(?<!列)车",
        r"\bmy (new |old )?car\b|\b(drive|driving|drives)\b(?! (to|home|back))|\bbought (a|an) .{1,40}\bcar\b"
        r"|\b(traded|swapped|exchanged) (in )?(the|my|our) .{1,30}\b(for|in for)\b|\bpicked up (my|our) new\b"
        # 一 before the measure word is often left out: "换了辆比亚迪", "提了辆理想".
        r"|新车|我的车|开(着)?一?辆|(买|换|提)了一?辆|开的是|提车",
        "car drive traded new picked 车 开 换了一辆",
    ),
    _slot(
        "doctor",
        r"\b(doctor|gp|physician)\b|医生|看病",
        r"\bmy (new |family )?(doctor|gp|physician)\b|\b(doctor|gp|physician) is\b|\bnew (family )?(doctor|gp)\b"
        r"|\bregistered with\b|\bappointment with\b|\b(is|as) my (family )?(doctor|gp)\b"
        rf"|\b{_SWITCH} to (dr|doctor)\b|\bnew (surgery|practice|clinic)\b|\bis looking after me\b"
        r"|医生是|医生叫|找.{1,8}看病|看病找|换了.{0,4}医生|家庭医生",
        "doctor gp dr surgery practice registered switched 医生 看病",
    ),
    _slot(
        "gym",
        r"\b(gym|work out|working out|exercise|fitness)\b|健身",
        r"\bmy gym\b|\bgym (is|at)\b|\bmember(ship)? (at|of)\b|\bsigned up (at|with|for)\b"
        r"|\b(train|training|work out|working out) at\b|\b(joined|join|joining) .{0,30}\bgym\b"
        r"|\bcancell?ed .{0,20}gym|健身房是|去.{1,10}健身|健身卡|会员|健身.{0,3}年卡",
        "gym fitness joined signed member membership 健身 年卡 会员",
    ),
    _slot(
        "dog",
        r"\b(dog|puppy)\b|狗",
        r"\b(my|our) (new )?(dog|puppy)\b|\b(dog|puppy)('s name)? is (called|named)\b|\bnamed (our|my|the) "
        r"(new )?(dog|puppy)\b|\badopted an? (dog|puppy)\b"
        r"|\b(got|adopted|getting) (a|an) .{0,20}\b(dog|puppy|greyhound|labrador|beagle|terrier|spaniel|collie"
        r"|poodle)\b"
        r"|我的狗|我家.{0,2}狗|狗.{0,2}(叫|取名|名叫)|家里的狗|养了.{0,6}狗",
        "dog puppy adopted 狗",
    ),
    _slot(
        "cat",
        r"\b(cat|kitten)\b|猫",
        r"\b(my|our) (new )?(cat|kitten)\b|\b(cat|kitten)('s name)? is (called|named)\b"
        r"|\badopted an? (cat|kitten)\b|\b(got|adopted|getting) (a|an) .{0,20}\b(cat|kitten)\b|\bno more pets\b"
        r"|我的猫|我家.{0,2}猫|猫.{0,2}(叫|取名|名叫)|家里的猫|(领养|养)了.{0,6}猫",
        "cat kitten adopted pets 猫",
    ),
    _slot(
        "phone",
        r"\b(phone|mobile|smartphone)\b|手机",
        r"\bmy (new )?(phone|mobile|smartphone)\b|\b(phone|mobile) is\b"
        rf"|\b(upgraded|{_SWITCH}) to (a|an|the) \w+|\b(i'm|i am) on (a|an) .{{1,20}}\bnow\b"
        # "I have a Pixel", "using an old iPhone for now", "got a new Galaxy": a phone by its make.
        r"|\b(i (use|have)|using|got|bought) (a|an|my|the)( new| old| used| spare)? "
        r"(iphone|pixel|galaxy|samsung|oneplus|xiaomi|huawei|nokia|motorola)\b"
        r"|手机是|新买了.{0,3}(部|台)|换了.{0,4}手机|用的是.{0,10}手机",
        "phone mobile upgraded iphone pixel galaxy samsung 手机 新买",
    ),
    _slot(
        "hobby",
        r"\b(hobby|hobbies|for fun|pastime|free time|sport|sports)\b|爱好|业余|运动",
        r"\bhobb(y|ies) (is|are)\b|\b(my|a) hobby\b|\bi play \w+ (every|on|at|twice|most)\b"
        r"|\b(got|getting|been) (really )?into\b|\b(took|taking|take) up\b|\bgave up\b|\bnow instead\b"
        r"|爱好是|迷上了|喜欢上了|开始学|每周(去|练)",
        "hobby play into took gave instead 爱好 迷上 每周",
    ),
    _slot(
        "school",
        r"\b(study|studying|studies|course|degree|major|school|college|university|uni)\b|专业|学校|大学|读书|上学|学的是",
        # "Reading" a subject only at a named place: "I'm reading Middlemarch at the moment" is a book.
        r"\b(i'm|i am) (studying|doing a)\b|\bstudying \w+ at\b|\breading \w+ at (?-i:[A-Z])"
        r"|\bi go to .{0,30}\b(college|school|university|academy)\b"
        rf"|\b{_SWITCH} (my )?(course|major|degree)\b|\btransferred to\b|\benrolled (in|at|on)\b"
        r"|\bmy (course|major|degree) (is|in)\b|在读|专业|转到了|转学|就读",
        "studying course degree college university school transferred enrolled 专业 学校 转到",
    ),
    _slot(
        "manager",
        r"\b(manager|boss|supervisor|report to)\b|领导|上司|老板|经理|主管",
        r"\bmy (new )?(manager|boss|supervisor|line manager)\b|\b(manager|boss|supervisor) is\b|\bi report to\b"
        r"|\breport(ing)? to \w+ now\b|\bnew (manager|boss|supervisor)\b"
        r"|领导是|上司是|老板是|归.{1,6}管|(新|现在的)(领导|上司|老板|经理)",
        "manager boss supervisor report 领导 上司 老板 经理",
    ),
    _slot(
        "diet",
        r"\b(diet|vegan|vegetarian|keto|fasting)\b|饮食|吃素|素食",
        r"\b(i'm|i am|went|gone|going|now|become|became) (fully |strictly |a |an )?"
        r"(vegan|vegetarian|pescatarian|keto|paleo)\b"
        r"|\bon (a|an) .{0,20}\bdiet\b|\b(follow|following|doing) .{0,20}\b(diet|fasting)\b"
        r"|\bquit (keto|sugar|meat|dairy)\b|\bno more (meat|cheese|dairy|sugar|carbs)\b"
        r"|吃素|素食|不吃(肉|素)|开始吃|饮食",
        "diet vegan vegetarian keto fasting quit 吃素 素食 饮食",
    ),
    _slot(
        "age",
        r"\bhow old\b|\b(my|your) age\b|几岁|多大|年龄|多少岁",
        # A number alone after "I'm" is an age only where nothing follows it ("I'm 34.", not "I'm 5
        # minutes away").
        r"\b(i'm|i am) (now |nearly |almost )?\d{1,3}(?=\s*(years|yrs|now|today|this year)\b|\s*[.!,;]|\s*$)"
        r"|\bturn(ed|ing|s)? \d{1,3}\b|\b\d{1,3} years old\b|\bmy \d{1,3}(st|nd|rd|th) birthday\b"
        # One of the user's people or pets: "My son is 8 actually" (session 17: the son's older age stood).
        r"|\b(my|our) (little |eldest |youngest |older |younger )?(son|daughter|kid|boy|girl|sister|brother|mum|mom"
        r"|mother|dad|father|wife|husband|partner|gran|granny|grandma|grandmother|grandad|grandpa|grandfather"
        r"|niece|nephew|cousin|dog|cat|puppy|kitten)( [A-Z][a-z]+)? is (now |nearly |almost |just )?\d{1,3}"
        r"(?=\s*(years|yrs|now|today|this year|actually)\b|\s*[.!,;]|\s*$)"
        # A year of birth: "I was born in 1988" for "How old am I?" (session 17, "I don't know").
        r"|\bborn in (19|20)\d{2}\b|(19|20)\d{2}\s*年\s*(出生|生的|生人)"
        r"|我(今年|现在)?(已经)?[\d一二三四五六七八九十]+岁|满[\d一二三四五六七八九十]+岁"
        # Anyone's age said as now: "我外婆今年八十五岁了" (session 16: "I don't know" for "我外婆多大了？").
        r"|(?:今年|现在|已经)[\d一二三四五六七八九十百两]+(?:周)?岁|[\d一二三四五六七八九十百两]+(?:周)?岁了",
        "turned years old birthday 岁",
    ),
)


# "What do I do for a living?" asks for the job: its term is not "live", and it is not the employer.
_EN_LIVING = re.compile(r"\bfor a living\b", re.IGNORECASE)
# So does "What does my sister do?", the whole question (not "What do I do on Sundays?").
_EN_DOING = re.compile(r"^(\s*what (?:do|does) (?:[\w']+ ){1,3}do)(?=\s*[?.!]*\s*$)", re.IGNORECASE)


def normalised(text: str) -> str:
    text = _EN_LIVING.sub("as an occupation", text.replace("’", "'"))
    return _EN_DOING.sub(r"\1 as an occupation", text)


# Slots that are a person: asked for when the question asks who they are, not when it asks a thing of
# theirs. "When is my husband's birthday?", "What does my husband do?" asked the partner slot, so "我老公
# 不吃辣" (it names the partner) replaced "My husband Daniel works as a nurse" as the newer statement.
_PEOPLE_SLOTS = frozenset({"partner", "doctor", "manager"})
# "my husband's birthday", "我老公的生日": a thing of theirs; "my partner's name" is who they are.
_THEIRS = re.compile(r"^(?:'s|s')\s+(?!name\b)\w|^的(?!名字)", re.IGNORECASE)
# Nor what they like: "What does my wife like doing?" asks a liking of hers, and "My wife Mei teaches
# maths" (a statement of the partner) was its answer (session 13).
# Nor their team or game: "Which team does my wife support?" was answered "我老婆特别爱吃火锅" as the newest
# statement of the partner (session 15).
_THEIR_LIKING = re.compile(
    r"^\s+(?:really\s+)?(?:like|likes|love|loves|enjoy|enjoys|hate|hates|dislike|dislikes|prefer|prefers"
    r"|support|supports|follow|follows|play|plays|watch|watches)\b|^喜欢|^爱吃",
    re.IGNORECASE,
)


def asked_slots(question: str) -> list[Slot]:
    return list(_asked_slots(question))


# Asked about the same question for every memory found, and for each of the later remarks newer.py reads:
# about 40 times a question at 0.045 ms each: 2 ms of CPU (bench/answers.py --only-cost, session 19).
@lru_cache(maxsize=4096)
def _asked_slots(question: str) -> tuple[Slot, ...]:
    text = normalised(question)
    asked = [s for s in SLOTS if s.asks.search(text)]
    if any(s.name not in _PEOPLE_SLOTS for s in asked):  # "Where does my husband work?" asks his employer
        return tuple(s for s in asked if s.name not in _PEOPLE_SLOTS)
    return tuple(
        s
        for s in asked
        if not all(
            _THEIRS.match(text[m.end() :]) or _THEIR_LIKING.match(text[m.end() :]) for m in s.asks.finditer(text)
        )
    )


def asks_a_person(question: str) -> bool:
    """Whether every slot the question asks for is a person: who the partner, doctor or manager is."""
    slots = asked_slots(question)
    return bool(slots) and all(s.name in _PEOPLE_SLOTS for s in slots)


def asks_for(question: str, word: str) -> bool:
    """Whether `word` names what the question asks for: "girlfriend" for "Who am I seeing?"."""
    return any(s.asks.search(word) for s in asked_slots(question))


@lru_cache(maxsize=4096)
def _slot_terms(question: str) -> dict[str, frozenset[str]]:
    """For each slot the question asks for, the question's terms that ask for it."""
    text = normalised(question)
    out: dict[str, frozenset[str]] = {}
    for slot in asked_slots(question):
        words = [m.group(0) for m in slot.asks.finditer(text)]
        if words:
            asked = _terms(text)
            out[slot.name] = frozenset(t for w in words for t in _terms(w) if t in asked)
    return out


def slots_of(question: str, words: AbstractSet[str]) -> set[str]:
    """The slots the question asks for with these of its terms ("work" in "Where does my brother work?")."""
    return {name for name, asking in _slot_terms(question).items() if asking & words}


def stated_slots(question: str, text: str) -> set[str]:
    """The slots the question asks for that `text` states."""
    normal = normalised(text)
    return {s.name for s in SLOTS if s.name in _slot_terms(question) and s.states.search(normal)}


def other_slots(question: str, text: str) -> set[str]:
    """The slots `text` states that the question does not ask for: "I've just moved to Shenzhen for
    work" states where the user lives, not where they work."""
    normal = normalised(text)
    return {s.name for s in SLOTS if s.name not in _slot_terms(question) and s.states.search(normal)}


def statement_starts(question: str, text: str) -> list[int]:
    """Where in `text` a phrasing that states a slot the question asks for begins."""
    normal = normalised(text)
    return [m.start() for s in SLOTS if s.name in _slot_terms(question) for m in s.states.finditer(normal)]


def names_slot(question: str, text: str) -> bool:
    """Whether `text` uses a word that asks for a slot the question asks about: "Our family car is a
    blue Honda Civic now" and "My place in Chengdu finally feels like home" name the car and the home in
    no phrasing that states them, but they are about them."""
    normal = normalised(text)
    return any(
        not _MODIFIES.match(normal, m.end()) and not _TOWARDS.search(normal[: m.start()])
        for s in SLOTS
        if s.name in _slot_terms(question)
        for m in s.asks.finditer(normal)
    )


# The slot's word as what owns or describes another thing is not about the slot: "公司的咖啡不错" is
# about the coffee, "the gym's showers" about showers.
_MODIFIES = re.compile(r"的|'s\b")
# Nor is it where one goes: "on the way home", "drove to work", "最近开红色丰田卡罗拉上班" (drives the car
# to work), "去上班".
_TOWARDS = re.compile(
    r"\b(to|from|way|went|got|get|go|going|head(ed|ing)?|drove|drive|driving|walked|walk|cycled|commute)\s+$"
    r"|(去|到|回|下|开.{0,10})$",
    re.IGNORECASE,
)


def named_by_slot(question: str, text: str) -> set[str]:
    """The question's terms that `text` states in other words: "employer" in "I work at Globex" when
    asked "Who is my employer?"."""
    found: set[str] = set()
    normal = normalised(text)
    for slot in SLOTS:
        asking = _slot_terms(question).get(slot.name)
        if asking and slot.states.search(normal):
            found |= asking
    return found
