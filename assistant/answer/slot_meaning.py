"""Whether a remark is about a slot by what it means, when it uses none of the slot's words.

"Officially in a relationship with Maria!" is about the partner and "Just accepted a position at Acme"
about the employer, though neither says partner, employer, job or company (slots.py cannot see them),
and each is far from the question's own words (cosine 0.02-0.20). The remark is compared instead with
a few statements written for each slot from what the slot means, in English and Chinese (not from any
test set's phrasings): it is about the asked slot when it is closer to that slot's statements than to
any other slot's, and than to everyday remarks about nothing in particular, by a margin
(decision.Thresholds.meaning_margin).

Alone this is weak with the bundled embedder: the true remarks lead by 0.04-0.05 on the development
years, and so do "Drove to the coast with Zhang Wei" (home) and "I lent my suitcase to Priya" (employer).
current.rival therefore takes it only for a remark that reports no single past action (reports_action).

The statements are embedded once per process and embedder (152 sentences: about 100 ms of CPU).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..memory.embeddings import Embedder
from .slots import asked_slots

if TYPE_CHECKING:  # current.py imports Likeness from here
    from .decision import Candidate

# What each slot (slots.SLOTS) means, said the ways a person would say it, in both languages. A value
# is named where a statement needs one; the values differ between statements so that no one value
# stands for the slot.
PROTOTYPES: dict[str, tuple[str, ...]] = {
    "home": (
        "I live in a small flat in the city centre.",
        "We moved house and now live in another city.",
        "Our new address is on the other side of town.",
        "We've settled into our new place by the sea.",
        "I'm renting a room near the university now.",
        "我住在市中心的一套小公寓里。",
        "我们搬家了，现在住在另一个城市。",
        "我的新家在城东。",
        "我在海边租了一套房子。",
    ),
    "employer": (
        "I work for a software company.",
        "I got a new job at a different firm.",
        "I've been hired by a bank and start next month.",
        "I took an offer from a startup and handed in my notice.",
        "My new role at the agency begins on Monday.",
        "我在一家科技公司上班。",
        "我换了工作，去了一家新公司。",
        "我被一家银行录用了，下个月入职。",
        "我拿到了一家外企的offer。",
    ),
    "job": (
        "I work as a teacher.",
        "I changed careers and became an accountant.",
        "My profession is nursing.",
        "I'm a freelance photographer these days.",
        "I trained as an electrician and now do that full time.",
        "我是一名护士。",
        "我转行当了程序员。",
        "我的职业是律师。",
        "我现在做自由设计师。",
    ),
    "partner": (
        "I'm seeing someone new and we're very happy.",
        "We got married last spring.",
        "I have a boyfriend now.",
        "We've been a couple for two years.",
        "I fell in love with her and we're together now.",
        "我有女朋友了。",
        "我们结婚了。",
        "我在和一个人谈恋爱。",
        "我和他确定关系了。",
    ),
    "food": (
        "My favourite food is sushi.",
        "Nothing tastes better to me than a good curry.",
        "I could eat dumplings every single day.",
        "Tacos are the dish I love most.",
        "If I had to choose one meal forever it would be lasagne.",
        "我最喜欢吃饺子。",
        "火锅是我最爱的食物。",
        "我每天都想吃面条。",
        "要说最爱的菜，还是红烧肉。",
    ),
    "car": (
        "I drive a small silver hatchback.",
        "We bought a new car last week.",
        "I sold my old car and got an electric one.",
        "My everyday ride is a blue estate.",
        "I've been driving a second-hand SUV since spring.",
        "我开一辆白色的轿车。",
        "我们新买了一辆车。",
        "我把旧车卖了，换了辆电动车。",
        "我现在开一辆二手的越野车。",
    ),
    "doctor": (
        "My family doctor is Dr Smith.",
        "I see a new doctor at the local clinic.",
        "I registered with a different medical practice.",
        "My GP retired, so someone else looks after me now.",
        "我的家庭医生是王医生。",
        "我换了一个新的医生。",
        "我在社区诊所看病。",
        "我现在固定找一位大夫看病。",
    ),
    "gym": (
        "I exercise at a fitness club near my office.",
        "I've joined a new gym.",
        "I have a membership at the sports centre.",
        "I lift weights at the leisure centre three times a week.",
        "我在公司附近的健身房锻炼。",
        "我办了一张新的健身卡。",
        "我每周去健身中心练三次。",
        "我换了一家健身房。",
    ),
    "dog": (
        "We have a dog called Max.",
        "We adopted a puppy from the shelter.",
        "Our dog loves long walks.",
        "Our new spaniel pup is settling in.",
        "我们家养了一只狗。",
        "我们领养了一只小狗。",
        "我的狗叫豆豆。",
        "家里新来了一只小柯基。",
    ),
    "cat": (
        "We have a cat named Luna.",
        "We adopted a kitten.",
        "Our cat sleeps on the sofa all day.",
        "Our new tabby purrs all night.",
        "我家养了一只猫。",
        "我们领养了一只小猫。",
        "我的猫叫咪咪。",
        "家里新来了一只橘猫。",
    ),
    "phone": (
        "I use an Android phone.",
        "I bought a new smartphone.",
        "I switched to a different phone brand.",
        "My mobile is an old iPhone.",
        "我用的是安卓手机。",
        "我新买了一部手机。",
        "我换了一个牌子的手机。",
        "我的手机是苹果的。",
    ),
    "hobby": (
        "In my free time I paint.",
        "I've taken up rock climbing.",
        "My hobby is playing the guitar.",
        "These days I spend my weekends birdwatching.",
        # A group the user belongs to for pleasure: "I'm in a book club that meets on the first Tuesday"
        # was nearer the employer's statements than any other's (session 13).
        "I sing in a choir that meets every week.",
        "I'm a member of a local walking group.",
        "I go to a pottery class every Wednesday evening.",
        "我业余时间喜欢画画。",
        "我最近开始学吉他。",
        "我的爱好是下棋。",
        "周末我都去钓鱼。",
        "我参加了一个合唱团，每周排练一次。",
    ),
    "school": (
        "I'm studying biology at university.",
        "I transferred to a different course.",
        "I enrolled in an evening college programme.",
        "I'm in the second year of a law degree.",
        "我在大学读计算机专业。",
        "我转到了另一个专业。",
        "我在读研究生。",
        "我考上了一所新的学校。",
    ),
    "manager": (
        "My boss is a woman called Sarah.",
        "I report to a new manager since the team changed.",
        "Our department has a new head and I work under her.",
        "My supervisor left and someone else leads our team now.",
        "我的领导是张经理。",
        "我们部门换了新上司。",
        "我现在归李总管。",
        "我们组来了一位新主管。",
    ),
    "diet": (
        "I don't eat meat any more.",
        "I'm a vegetarian.",
        "I follow a low-carb diet.",
        "I've cut out dairy and sugar completely.",
        "我吃素。",
        "我现在不吃肉了。",
        "我在控制饮食，不吃甜食。",
        "我戒了碳水。",
    ),
}
# Remarks about nothing a person has one of: a remark closer to these than to the slot says nothing of it.
EVERYDAY: tuple[str, ...] = (
    "The weather was lovely today.",
    "I'm so tired after this week.",
    "Watched a film on the sofa tonight.",
    "Had coffee with a friend this afternoon.",
    "A friend sent me a present in the post.",
    "Traffic on the ring road was awful.",
    "I need to buy groceries and pay the bills.",
    "Went for a walk in the park with my sister.",
    # What else a person tells an assistant about themselves, none of it a slot: without these, "I'm
    # allergic to peanuts" was nearer the dog's statements than anything here.
    "I'm allergic to penicillin.",
    "The spare key is under the flowerpot by the door.",
    "I keep the receipts in the kitchen drawer.",
    "My passport expires next spring.",
    "I take vitamin D every morning.",
    "The boiler needs servicing before winter.",
    "I'm saving up for a holiday.",
    "My blood type is O negative.",
    "今天天气很好。",
    "这周好累啊。",
    "晚上看了一部电影。",
    "下午和朋友喝了咖啡。",
    "朋友给我寄了个礼物。",
    "明天要去超市买东西。",
    "我对青霉素过敏。",
    "备用钥匙在门口的花盆下面。",
    "我的护照明年春天到期。",
    "我每天早上吃维生素。",
)


@dataclass(frozen=True)
class Likeness:
    """A remark's cosine to the nearest statement of the slots asked and to the nearest of anything else."""

    own: float
    other: float

    @property
    def margin(self) -> float:
        return self.own - self.other


class _Statements:
    """The statements' vectors, embedded once per embedder (by name: vectors of two models differ)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_model: dict[str, tuple[np.ndarray, list[str]]] = {}

    def get(self, embedder: Embedder) -> tuple[np.ndarray, list[str]]:
        with self._lock:
            if embedder.name not in self._by_model:
                labels = [s for s, texts in PROTOTYPES.items() for _ in texts] + ["" for _ in EVERYDAY]
                texts = [t for ts in PROTOTYPES.values() for t in ts] + list(EVERYDAY)
                self._by_model[embedder.name] = (np.asarray(embedder.embed(texts), dtype=np.float32), labels)
            return self._by_model[embedder.name]


_STATEMENTS = _Statements()


def likeness(embedder: Embedder, question: str, remarks: Sequence[Candidate]) -> dict[str, Likeness]:
    """Each remark's likeness (by memory id) to the slots the question asks for, against every other
    slot's statements and everyday remarks; remarks without a vector are left out."""
    slots = {s.name for s in asked_slots(question)}
    with_vector = [c for c in remarks if c.vector is not None]
    matrix, labels = _STATEMENTS.get(embedder)
    own = np.array([label in slots for label in labels])
    if not own.any() or not with_vector:
        return {}
    scores = np.stack([np.asarray(c.vector, dtype=np.float32) for c in with_vector]) @ matrix.T
    return {
        c.memory.id: Likeness(float(row[own].max()), float(row[~own].max()))
        for c, row in zip(with_vector, scores, strict=True)
    }
