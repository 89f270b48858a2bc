"""Personal answers tried as a new user, fifth pass (session 15): a job said by the work it does, a
liking said as "into" or "a fan of", a kind asked and its member said, someone else's liking, a plan said
as a noun phrase, a relative's partner, a number in the user's notes written "no."."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.answer.decide import Outcome
from assistant.answer.slots import stated_slots
from assistant.memory.api import remember
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided

DAY = datetime(2026, 10, 1, tzinfo=UTC)


def told(store: MemoryStore, *remarks: str) -> None:
    for i, text in enumerate(remarks):
        remember(text, store=store, at=DAY + timedelta(days=i))


def cited(store: MemoryStore, question: str) -> str | None:
    d = decided(store, question, settled=True)
    return d.evidence[0].text if d.outcome is Outcome.MEMORY else None


@pytest.mark.parametrize(
    "remark",
    [
        "My wife Mei teaches maths.",
        "I teach history at a secondary school.",
        "My brother drives a bus for Arriva.",
        "Mum runs a small bakery in Hull.",
        "Dad fixes boilers for a living.",
        "My sister nurses at the children's hospital.",
        "我老婆在中学教数学。",
        "我妈开了一家面包店。",
    ],
)
def test_a_job_said_by_the_work_it_does_states_the_job(remark: str) -> None:
    assert stated_slots("What does my wife do?", remark) == {"job"}


@pytest.mark.parametrize(
    "remark", ["My wife teaches me to cook.", "I drive a Kia Rio.", "I run 5k every morning.", "I run a tight ship."]
)
def test_teaching_someone_driving_a_car_or_running_states_no_job(remark: str) -> None:
    assert stated_slots("What does my wife do?", remark) == set()


def test_what_the_wife_does_is_her_teaching_not_the_users_job(store: MemoryStore) -> None:
    told(store, "My wife Mei teaches maths.", "Our wedding anniversary is on 9 June.")
    assert cited(store, "What does my wife do?") == "My wife Mei teaches maths."
    assert cited(store, "What do I do for a living?") is None
