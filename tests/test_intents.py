"""Which turns are reminders: a request to be reminded later, not a question asked with "remind me"."""

from __future__ import annotations

from assistant.intents import is_reminder_request


def test_reminders_are_recognised() -> None:
    assert is_reminder_request("remind me to call Ana tomorrow at 9")
    assert is_reminder_request("Remind me in 20 minutes to check the oven")
    assert is_reminder_request("明天上午九点提醒我交房租")


def test_asking_to_be_told_again_is_a_question() -> None:
    assert not is_reminder_request("Remind me what my dog is called.")
    assert not is_reminder_request("Can you remind me who my doctor is?")
    assert not is_reminder_request("提醒我一下我的狗叫什么？")
