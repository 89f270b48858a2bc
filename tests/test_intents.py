"""Which turns are reminders: a request to be reminded later, not a question asked with "remind me"."""

from __future__ import annotations

from assistant.intents import is_background_writing, is_reminder_request


def test_reminders_are_recognised() -> None:
    assert is_reminder_request("remind me to call Ana tomorrow at 9")
    assert is_reminder_request("Remind me in 20 minutes to check the oven")
    assert is_reminder_request("明天上午九点提醒我交房租")


def test_asking_to_be_told_again_is_a_question() -> None:
    assert not is_reminder_request("Remind me what my dog is called.")
    assert not is_reminder_request("Can you remind me who my doctor is?")
    assert not is_reminder_request("提醒我一下我的狗叫什么？")


def test_writing_while_the_user_is_away_is_a_background_task() -> None:
    for text in (
        "keep writing the story while I sleep",
        "Write a 2,000-word story about a fox overnight",
        "can you continue the story in the background?",
        "趁我睡觉的时候继续写这个故事",
        "在后台写一篇三千字的小说",
        "I'm off to bed, keep writing the story while I sleep",
        "我睡觉的时候你能写一篇故事吗",
    ):
        assert is_background_writing(text), text


def test_talk_about_writing_or_sleeping_is_not_a_task() -> None:
    for text in (
        "I love writing while I sleep badly",  # no request: a remark
        "What did you write while I slept?",
        "I sleep badly",
        "write me a haiku about autumn",  # a short reply, answered now
        "我睡觉的时候总是做梦",
        "我在后台写代码",
        "你知道吗，我睡觉的时候会写诗",
    ):
        assert not is_background_writing(text), text
