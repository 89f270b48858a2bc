"""The knowledge-update development set (bench/answer_sets.py UPDATES) as four users' months of remarks,
and how its answers and profiles are scored. Used by `bench/answers.py --updates`.

Each user holds one case of every slot (case i of a slot goes to user (i - slot's position) mod 4, so
every user has updates in both languages and remarks that only share a slot's words), the older
statement in the first two months, the later remark in months four and five, and the year generator's
chit-chat (tests/memory/year.py) two to four times a day in between. Seeded: the same every run.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from answer_sets import UPDATES, UPDATES_UNREAD, Update
from year import _ADJ, _MOOD, _NOISE_EN, _NOISE_WIDER_EN, _NOISE_WIDER_ZH, _NOISE_ZH, _PEOPLE, _SHOWS, SUBJECTS, Remark

USERS = 4
START = datetime(2025, 6, 1, tzinfo=UTC)
DAYS = 180


@dataclass(frozen=True)
class Case:
    slot: str
    update: Update
    old: Remark
    new: Remark

    @property
    def gold(self) -> str:
        return self.new.id if self.update.changes else self.old.id

    @property
    def outdated(self) -> list[str]:
        return [self.old.id] if self.update.changes else []

    @property
    def group(self) -> str:
        return "later remark changes it" if self.update.changes else "later remark only shares words"


@dataclass(frozen=True)
class User:
    remarks: list[Remark]
    cases: list[Case]


def users(seed: int = 4, unread: bool = False) -> list[User]:
    """`unread`: the second set (answer_sets.UPDATES_UNREAD), later remarks in words no rule reads."""
    rng = random.Random(seed)
    table = UPDATES_UNREAD if unread else UPDATES
    out = []
    for k in range(USERS):
        remarks: list[Remark] = []

        def remark(text: str, day: int, k: int = k, remarks: list[Remark] = remarks) -> Remark:
            at = START + timedelta(days=day, hours=rng.randint(7, 22), minutes=rng.randint(0, 59))
            r = Remark(
                f"u{k}-{len(remarks):05d}", text, at, "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
            )
            remarks.append(r)
            return r

        cases = []
        for s, (slot, listed) in enumerate(table.items()):
            # Case i of a slot goes to user (i - s) mod 4: each user has both languages and both kinds.
            for u in [u for i, u in enumerate(listed) if (i + s) % USERS == k]:
                old = remark(u.old, rng.randint(0, 60))
                new = remark(u.new, rng.randint(95, 150))
                cases.append(Case(slot, u, old, new))
        cities, foods = SUBJECTS["home"][0], SUBJECTS["food"][0]
        for day in range(DAYS):
            for _ in range(rng.randint(2, 4)):
                adj, mood, city, food = rng.choice(_ADJ), rng.choice(_MOOD), rng.choice(cities), rng.choice(foods)
                zh = rng.random() < 0.4
                template = rng.choice(_NOISE_ZH + _NOISE_WIDER_ZH if zh else _NOISE_EN + _NOISE_WIDER_EN)
                remark(
                    template.format(
                        adj=adj[0],
                        adj_zh=adj[1],
                        mood=mood[0],
                        mood_zh=mood[1],
                        food=food[0],
                        food_zh=food[1],
                        city=city[0],
                        city_zh=city[1],
                        show=rng.choice(_SHOWS),
                        person=rng.choice(_PEOPLE),
                    ),
                    day,
                )
        remarks.sort(key=lambda r: r.at)
        out.append(User(remarks, cases))
    return out


def profile_class(case: Case, facts: list[tuple[str, str | None]]) -> str:
    """How the profile shows one case. `facts`: (origin id, id of the "and later" remark or None) of
    each current profile fact."""
    from_old = [later for origin, later in facts if origin == case.old.id]
    from_new = any(origin == case.new.id for origin, _ in facts)
    if case.update.changes:
        if from_new or case.new.id in from_old:
            return "current (or old + and later)"
        if from_old and all(later is None for later in from_old):
            return "stale fact shown as current"
        return "old + a wrong 'and later'" if from_old else "not in the profile"
    if from_new or any(later is not None for later in from_old):
        return "false update shown"
    return "current (or old + and later)" if from_old else "not in the profile"


PROFILE_CLASSES = (
    "current (or old + and later)",
    "stale fact shown as current",
    "old + a wrong 'and later'",
    "false update shown",
    "not in the profile",
)


def tally(rows: list[tuple[str, str]]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    for group, c in rows:
        out.setdefault(group, Counter())[c] += 1
    return out
