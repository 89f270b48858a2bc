"""A generated year of one user's remarks: facts, later updates of some, one-off events, and chit-chat,
in English and Chinese, with questions whose answer is exactly one remark.

Random (seeded) choices of phrasing, language, values and dates keep tests from being tuned to a fixed
list. The last phrasing of most subjects ("Home is {v} now.", "新车是{v}。") was written after the
extraction rules and deliberately left unknown to them: ranking must also work when no profile fact
is drawn and supersession is not detected. Do not add rules for those phrasings; add new unknown ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta


@dataclass
class Remark:
    id: str
    text: str
    at: datetime
    lang: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text, "at": self.at.isoformat(), "kind": "turn"}


@dataclass
class Question:
    text: str
    answer: str  # id of the remark that answers it (the current statement)
    outdated: list[str] = field(default_factory=list)  # ids of statements it replaced
    lang: str = "en"
    kind: str = "profile"  # "profile" (a fact that may change) or "event" (said once)


@dataclass
class Year:
    remarks: list[Remark]
    questions: list[Question]


# subject: (values as (en, zh), English statements, Chinese statements, English questions, Chinese questions)
SUBJECTS: dict[str, tuple[list[tuple[str, str]], list[str], list[str], list[str], list[str]]] = {
    "home": (
        [
            ("Hangzhou", "杭州"),
            ("Shanghai", "上海"),
            ("Beijing", "北京"),
            ("Shenzhen", "深圳"),
            ("Chengdu", "成都"),
            ("Berlin", "柏林"),
            ("Toronto", "多伦多"),
            ("Leeds", "利兹"),
        ],
        [
            "I live in {v}.",
            "I moved to {v} last month.",
            "I've just moved to {v} for work.",
            "These days I'm based in {v}.",
            "We finally moved to {v}, the flat is small but nice.",
            "Home is {v} now.",
            "Just signed the lease on a flat in {v}.",
        ],
        ["我住在{v}。", "我搬到了{v}。", "我现在住在{v}，挺喜欢这里的。", "上个月我搬去了{v}。", "我的新家在{v}。"],
        ["Where do I live?", "Which city am I living in now?", "What city is my home in?"],
        ["我住在哪里？", "我现在住在哪个城市？"],
    ),
    "employer": (
        [
            ("Acme", "Acme"),
            ("Globex", "Globex"),
            ("Tencent", "腾讯"),
            ("Alibaba", "阿里巴巴"),
            ("Huawei", "华为"),
            ("Initech", "Initech"),
        ],
        [
            "I work at {v}.",
            "I started a new job at {v}.",
            "I joined {v} this week.",
            "I now work for {v}.",
            "Got the offer from {v} and accepted it.",
        ],
        ["我在{v}工作。", "我加入了{v}。", "我现在在{v}上班。", "{v}那边的新工作开始了。"],
        ["Where do I work?", "Which company do I work for?", "Who is my employer?"],
        ["我在哪家公司工作？", "我现在在哪里上班？"],
    ),
    "dog": (
        [("Rex", "Rex"), ("Biscuit", "Biscuit"), ("Luna", "Luna"), ("Wangcai", "旺财"), ("Doudou", "豆豆")],
        [
            "My dog is called {v}.",
            "My dog's name is {v}.",
            "We named our new dog {v}.",
            "Adopted a puppy and called her {v}.",
        ],
        ["我的狗叫{v}。", "我家小狗叫{v}。", "新养的狗狗取名{v}。"],
        ["What's my dog's name?", "What is my dog called?"],
        ["我的狗叫什么名字？", "我家狗叫什么？"],
    ),
    "food": (
        [("dumplings", "饺子"), ("sushi", "寿司"), ("hotpot", "火锅"), ("pizza", "披萨"), ("noodles", "面条")],
        [
            "My favourite food is {v}.",
            "My favorite food is {v} now.",
            "Honestly {v} is my favourite food.",
            "Nothing beats {v} for me.",
        ],
        ["我最喜欢的食物是{v}。", "我最爱吃{v}了。", "{v}永远是我的最爱。"],
        ["What is my favourite food?", "Which food do I like most?"],
        ["我最喜欢吃什么？", "我最喜欢的食物是什么？"],
    ),
    "car": (
        [
            ("a red Toyota Corolla", "红色丰田卡罗拉"),
            ("a blue Honda Civic", "蓝色本田思域"),
            ("a white Tesla Model 3", "白色特斯拉Model 3"),
            ("a green Volkswagen Golf", "绿色大众高尔夫"),
        ],
        [
            "My car is {v}.",
            "I drive {v} now.",
            "I just bought {v} as my car.",
            "Traded in the old car, now driving {v}.",
        ],
        ["我的车是{v}。", "我现在开一辆{v}。", "新车是{v}。"],
        ["What car do I drive?", "What is my car?"],
        ["我开什么车？", "我的车是什么？"],
    ),
    "partner": (
        [("Anna", "安娜"), ("Wei", "小伟"), ("Maria", "玛丽亚"), ("Chen Jing", "陈静")],
        [
            "My partner is called {v}.",
            "My girlfriend's name is {v}.",
            "I'm seeing someone new, {v}.",
            "Been going out with {v} for a few weeks.",
        ],
        ["我女朋友叫{v}。", "我的伴侣是{v}。", "最近在和{v}约会。"],
        ["What is my partner's name?", "Who am I dating?"],
        ["我女朋友叫什么？", "我的伴侣是谁？"],
    ),
    "doctor": (
        [("Dr. Okafor", "奥卡福医生"), ("Dr. Li", "李医生"), ("Dr. Schmidt", "施密特医生")],
        ["My doctor is {v}.", "I switched to a new doctor, {v}.", "Had my first appointment with my new GP, {v}."],
        ["我的医生是{v}。", "我换了个医生，现在是{v}。", "现在看病找{v}。"],
        ["Who is my doctor?", "What is my doctor's name?"],
        ["我的医生是谁？"],
    ),
    "gym": (
        [
            ("FitLife on Mill Road", "磨坊路的FitLife"),
            ("the YMCA downtown", "市中心的YMCA"),
            ("Iron Temple", "铁庙健身"),
        ],
        ["My gym is {v}.", "I go to the gym at {v} now.", "Signed up at {v} for the year."],
        ["我的健身房是{v}。", "我现在去{v}健身。", "办了{v}的健身卡。"],
        ["Which gym do I go to?", "What is my gym?"],
        ["我在哪个健身房锻炼？"],
    ),
}

# More phrasings, written for session 3 (issue 15) before any run on them, used only by
# `generate_year(wider=True)` so that the years of the earlier seeds stay as they were: statements a user
# might make in other words, questions asked in other words, and chit-chat that uses a subject's words
# without stating it ("Met Tom at the gym."). subject: (en statements, zh statements, en questions, zh questions)
WIDER: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "home": (
        ["I'm renting a place in {v} now.", "Our new address is in {v}.", "Settled in {v} after the move."],
        ["我现在在{v}生活。", "刚在{v}租了房子。", "我们家搬来{v}了。"],
        ["Which city do I call home?", "Where am I staying now?"],
        ["我家在哪个城市？", "我现在在哪儿生活？"],
    ),
    "employer": (
        ["I'm employed by {v} now.", "First day at {v} today!", "{v} hired me as an engineer."],
        ["我入职{v}了。", "我跳槽到{v}了。", "我现在是{v}的员工。"],
        ["Who do I work for?", "What's the name of my company?"],
        ["我现在在哪个单位？", "我的雇主是谁？"],
    ),
    "dog": (
        ["Our puppy is named {v}.", "{v} the dog keeps chewing my shoes."],
        ["我们的小狗名叫{v}。", "家里的狗是{v}。"],
        ["What do I call my dog?", "What's the name of my puppy?"],
        ["我的小狗叫啥？"],
    ),
    "food": (
        ["I could eat {v} every day.", "{v} is my all-time favourite."],
        ["我最爱的是{v}。", "吃的东西里我最喜欢{v}。"],
        ["What's my favourite thing to eat?", "What food do I love most?"],
        ["我最爱吃的是什么？"],
    ),
    "car": (
        ["Picked up my new {v} today.", "Sold the old car; I've got {v} now."],
        ["我买了一辆{v}。", "我开的是{v}。"],
        ["Which car do I own?", "What do I drive?"],
        ["我现在开的是什么车？"],
    ),
    "partner": (
        ["I've been dating {v} since spring.", "{v} and I are together now."],
        ["我和{v}在一起了。", "我的对象是{v}。"],
        ["Who is my partner?", "Who am I going out with?"],
        ["我的对象是谁？", "我在和谁约会？"],
    ),
    "doctor": (
        ["{v} is my new family doctor.", "I'm registered with {v} now."],
        ["我的家庭医生是{v}。", "我现在找{v}看病。"],
        ["Who do I see when I'm ill?", "Which GP am I registered with?"],
        ["我看病找哪个医生？"],
    ),
    "gym": (
        ["I train at {v} now.", "Joined {v} to get fit."],
        ["我在{v}办了会员。", "最近在{v}锻炼。"],
        ["Where do I exercise?", "Which gym am I with?"],
        ["我在哪里健身？"],
    ),
}
# Session 5 (issue 15): phrasings written before any run on them, the way people mention these things in
# passing, used only by `generate_year(spoken=True)` (the development seeds 121-129 of bench/answers.py):
# statements in words the earlier sets do not use, questions asked in other words, and chit-chat about
# other people's homes, cars, dogs and gyms. subject: (en statements, zh statements, en questions, zh questions)
SPOKEN: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "home": (
        [
            "Loving life in {v} so far.",
            "Been living in {v} since the spring.",
            "My place in {v} finally feels like home.",
        ],
        ["在{v}定居了。", "我现在家在{v}。", "搬家到{v}以后通勤方便多了。"],
        ["What city do I live in?", "Where's home these days?"],
        ["我家现在在哪？"],
    ),
    "employer": (
        [
            "Just accepted a position at {v}.",
            "Been at {v} for a month now and loving it.",
            "Signed my contract with {v} today.",
        ],
        ["在{v}上班一个月了。", "我已经去{v}报到了。", "我在{v}做事。"],
        ["Which company employs me?", "Where am I working these days?"],
        ["我在哪个公司上班？"],
    ),
    "dog": (
        ["{v}, my dog, loves the park.", "Our dog {v} turned two today.", "The new puppy, {v}, is settling in well."],
        ["我家狗狗{v}今天又拆家了。", "{v}是我们家的狗。"],
        ["What's my dog called again?", "What's the name of my dog?"],
        ["我家的狗叫啥名字？"],
    ),
    "food": (
        ["{v} is hands down my favourite thing to eat.", "If I could only eat one thing it'd be {v}."],
        ["我最喜欢的还是{v}。", "{v}是我的心头好。"],
        ["What's my favourite meal?", "Which dish do I love most?"],
        ["我最爱吃什么？"],
    ),
    "car": (
        ["Finally got my own car, {v}.", "Our family car is {v} now.", "Driving {v} these days."],
        ["家里的车换成了{v}。", "最近开{v}上班。"],
        ["What kind of car do I have?", "Which car am I driving now?"],
        ["我家的车是什么？"],
    ),
    "partner": (
        [
            "{v} and I have been a couple since summer.",
            "Spending the weekend with my girlfriend {v}.",
            "Officially in a relationship with {v}!",
        ],
        ["我现在的女朋友是{v}。", "我和{v}谈恋爱了。"],
        ["Who's my girlfriend these days?", "Who am I in a relationship with?"],
        ["我现在和谁在谈恋爱？"],
    ),
    "doctor": (
        ["My GP these days is {v}.", "Changed practices, I'm now seeing {v}."],
        ["我的主治医生换成了{v}。", "以后看病就去找{v}了。"],
        ["Who's my doctor these days?", "Which doctor am I seeing?"],
        ["我现在的医生是谁？"],
    ),
    "gym": (
        ["Got a membership at {v}.", "Working out at {v} most mornings.", "I'm a member of {v} now."],
        ["办了张{v}的卡。", "每天早上去{v}练一小时。"],
        ["What gym do I use?", "Where do I go to the gym?"],
        ["我平时在哪个健身房？"],
    ),
}
_NOISE_SPOKEN_EN = [
    "{person}'s new car is a bit flashy.",
    "Skipped the gym again.",
    "My sister's dog is hilarious.",
    "Cooked {food} for {person} tonight.",
    "Heard {person} moved to {city}.",
    "Long day at the office.",
]
_NOISE_SPOKEN_ZH = ["{person}搬到{city_zh}去了。", "今天没去健身房。", "同事的新车很帅。", "晚饭做了{food_zh}。"]
_NOISE_WIDER_EN = [
    "Drove to the coast with {person}.",
    "Met {person} at the gym.",
    "Walked the neighbour's dog today.",
    "The office was {adj} today.",
    "Dinner at {person}'s place was {adj}.",
]
_NOISE_WIDER_ZH = ["今天开车去了郊区。", "邻居家的狗很可爱。", "在健身房碰到了{person}。", "公司的咖啡{adj_zh}。"]

_ITEMS = [
    ("umbrella", "雨伞"),
    ("drill", "电钻"),
    ("camera", "相机"),
    ("tent", "帐篷"),
    ("bike pump", "打气筒"),
    ("ladder", "梯子"),
    ("projector", "投影仪"),
    ("guitar", "吉他"),
    ("laptop charger", "笔记本充电器"),
    ("blender", "搅拌机"),
    ("telescope", "望远镜"),
    ("suitcase", "行李箱"),
]
_PEOPLE = [
    "Tom",
    "Priya",
    "Kenji",
    "Sofia",
    "Ahmed",
    "Lucy",
    "Mateo",
    "Olga",
    "Ravi",
    "Hana",
    "Zhang Wei",
    "Li Na",
    "Wang Fang",
    "Liu Yang",
    "Chen Hao",
    "Fatima",
    "Diego",
    "Ingrid",
]
_PLACES = [
    ("the farmers market", "农贸市场"),
    ("IKEA", "宜家"),
    ("the airport shop", "机场商店"),
    ("a flea market", "跳蚤市场"),
    ("the bookstore on Elm Street", "榆树街书店"),
]
_BOUGHT = [
    ("a ceramic teapot", "陶瓷茶壶"),
    ("a wool scarf", "羊毛围巾"),
    ("a bonsai tree", "盆景"),
    ("a chess set", "国际象棋"),
    ("a desk lamp", "台灯"),
    ("a rice cooker", "电饭锅"),
]

_NOISE_EN = [
    "The weather is {adj} today.",
    "I had {food} for lunch.",
    "Watching {show} tonight.",
    "Feeling {mood} this morning.",
    "Traffic was terrible on the way home.",
    "My friend {person} lives in {city}.",
    "I might try {food} somewhere new this weekend.",
    "Work was {adj} today.",
    "Just finished a long run.",
    "{person} sent me a funny video.",
    "I need to do laundry.",
    "Coffee tastes {adj} today.",
]
_NOISE_ZH = [
    "今天天气{adj_zh}。",
    "中午吃了{food_zh}。",
    "晚上看了{show}。",
    "今天心情{mood_zh}。",
    "下班路上堵车了。",
    "我朋友{person}住在{city_zh}。",
    "周末想去吃{food_zh}。",
    "今天工作有点累。",
    "刚跑完步。",
    "该洗衣服了。",
]
_ADJ = [("great", "很好"), ("awful", "很差"), ("grey", "阴沉"), ("odd", "有点怪"), ("lovely", "不错")]
_MOOD = [("tired", "一般"), ("happy", "很好"), ("anxious", "有点焦虑"), ("calm", "平静")]
_SHOWS = ["Severance", "The Bear", "Dune", "漫长的季节", "繁花"]


def generate_year(
    seed: int = 0,
    *,
    noise_per_day: tuple[int, int] = (3, 8),
    events: int = 30,
    start: datetime = datetime(2025, 1, 1, tzinfo=UTC),
    zh_share: float = 0.4,
    wider: bool = False,
    spoken: bool = False,
) -> Year:
    """`wider` adds the WIDER phrasings and chit-chat, `spoken` the SPOKEN phrasings and both sets of
    chit-chat (each a different year for the same seed)."""
    rng = random.Random(seed)
    more = WIDER if wider else SPOKEN if spoken else None
    subjects = (
        {
            name: (values, en + more[name][0], zh + more[name][1], q_en + more[name][2], q_zh + more[name][3])
            for name, (values, en, zh, q_en, q_zh) in SUBJECTS.items()
        }
        if more
        else SUBJECTS
    )
    noise_en = _NOISE_EN + (_NOISE_WIDER_EN if wider or spoken else []) + (_NOISE_SPOKEN_EN if spoken else [])
    noise_zh = _NOISE_ZH + (_NOISE_WIDER_ZH if wider or spoken else []) + (_NOISE_SPOKEN_ZH if spoken else [])
    remarks: list[Remark] = []
    questions: list[Question] = []
    counter = 0

    def at(day: int) -> datetime:
        return start + timedelta(days=day, hours=rng.randint(7, 22), minutes=rng.randint(0, 59))

    def remark(text: str, day: int, lang: str) -> Remark:
        nonlocal counter
        counter += 1
        r = Remark(f"r{seed}-{counter:06d}", text, at(day), lang)
        remarks.append(r)
        return r

    def lang() -> str:
        return "zh" if rng.random() < zh_share else "en"

    for _subject, (values, en, zh, q_en, q_zh) in subjects.items():
        updates = rng.choice([0, 1, 1, 2])
        chosen = rng.sample(values, updates + 1)
        days = sorted(rng.sample(range(0, 330), updates + 1))
        said = []
        for (v_en, v_zh), day in zip(chosen, days, strict=False):
            language = lang()
            template = rng.choice(zh if language == "zh" else en)
            said.append(remark(template.format(v=v_zh if language == "zh" else v_en), day, language))
        current, outdated = said[-1], [r.id for r in said[:-1]]
        questions.append(Question(rng.choice(q_en), current.id, outdated, "en"))
        questions.append(Question(rng.choice(q_zh), current.id, outdated, "zh"))

    # One-off events, each said once and asked about once: every lent item and every giver is unique,
    # so each question has exactly one answer.
    items = rng.sample(range(len(_ITEMS)), min(events // 2, len(_ITEMS)))
    givers = rng.sample(_PEOPLE, min(events - len(items), len(_PEOPLE)))
    lenders = rng.sample(_PEOPLE, len(items))
    for i, person in zip(items, lenders, strict=False):
        item_en, item_zh = _ITEMS[i]
        day = rng.randint(0, 360)
        if lang() == "zh":
            r = remark(f"我把{item_zh}借给了{person}。", day, "zh")
        else:
            r = remark(f"I lent my {item_en} to {person}.", day, "en")
        ask_zh = rng.random() < zh_share
        text = f"我的{item_zh}借给谁了？" if ask_zh else f"Who did I lend my {item_en} to?"
        questions.append(Question(text, r.id, lang="zh" if ask_zh else "en", kind="event"))
    for person in givers:
        thing_en, thing_zh = rng.choice(_BOUGHT)
        place_en, place_zh = rng.choice(_PLACES)
        day = rng.randint(0, 360)
        if lang() == "zh":
            r = remark(f"{person}送了我{thing_zh}，是在{place_zh}买的。", day, "zh")
        else:
            r = remark(f"{person} gave me {thing_en} from {place_en}.", day, "en")
        ask_zh = rng.random() < zh_share
        text = f"{person}送了我什么？" if ask_zh else f"What did {person} give me?"
        questions.append(Question(text, r.id, lang="zh" if ask_zh else "en", kind="event"))

    city = [v for v in SUBJECTS["home"][0]]
    food = [v for v in SUBJECTS["food"][0]]
    for day in range(365):
        for _ in range(rng.randint(*noise_per_day)):
            adj, mood = rng.choice(_ADJ), rng.choice(_MOOD)
            c, f = rng.choice(city), rng.choice(food)
            fill = {
                "adj": adj[0],
                "adj_zh": adj[1],
                "mood": mood[0],
                "mood_zh": mood[1],
                "food": f[0],
                "food_zh": f[1],
                "city": c[0],
                "city_zh": c[1],
                "show": rng.choice(_SHOWS),
                "person": rng.choice(_PEOPLE),
            }
            language = lang()
            template = rng.choice(noise_zh if language == "zh" else noise_en)
            remark(template.format(**fill), day, language)

    remarks.sort(key=lambda r: r.at)
    return Year(remarks, questions)


@dataclass
class Score:
    questions: int
    found: int  # the answer (or the profile fact drawn from it) in the top k
    outdated_above: int  # questions where an outdated statement ranked above the answer
    misses: list[tuple[str, list[str]]]  # (question, top texts) for the ones not found

    @property
    def recall(self) -> float:
        return self.found / self.questions if self.questions else 0.0


def score(search: object, year: Year, k: int = 5) -> Score:
    """Recall@k of the current statement, and how often an outdated one ranks above it.
    `search(question, k)` returns hits with .memory.id/.memory.source/.memory.text."""
    found = outdated_above = 0
    misses = []
    for q in year.questions:
        hits = search(q.text, k)  # type: ignore[operator]

        def origin(hit: object) -> str:
            m = hit.memory  # type: ignore[attr-defined]
            return m.source.removeprefix("memory:") if m.source.startswith("memory:") else m.id

        origins = [origin(h) for h in hits]
        if q.answer in origins:
            found += 1
            first = origins.index(q.answer)
            if any(o in q.outdated for o in origins[:first]):
                outdated_above += 1
        else:
            misses.append((q.text, [h.memory.text for h in hits]))  # type: ignore[attr-defined]
            if any(o in q.outdated for o in origins):
                outdated_above += 1
    return Score(len(year.questions), found, outdated_above, misses)
