"""The turn handler with the real model and a real SQLite file."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from assistant.assistant import Assistant
from assistant.errors import AssistantError, ModelError


@pytest.fixture
def assistant(home: Path) -> Assistant:
    a = Assistant.open()
    a.settings.override(temperature=0.0, seed=3, max_tokens=64)
    return a


def test_a_turn_is_answered_streamed_and_stored(assistant: Assistant) -> None:
    pieces: list[str] = []
    result = assistant.handle("What is the capital of France?", on_token=pieces.append)
    assert result.action == "reply" and result.reply and len(pieces) > 1
    assert "".join(pieces).strip() == result.reply
    stored = assistant.conversations.messages(result.conversation)
    assert [(m.role, m.content) for m in stored] == [
        ("user", "What is the capital of France?"),
        ("assistant", result.reply),
    ]
    assert stored[1].model == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert stored[1].completion_tokens == result.tokens > 0 and stored[1].prompt_tokens > 0
    assert assistant.conversations.get(result.conversation).title == "What is the capital of France?"


def test_a_conversation_continues_with_its_history(assistant: Assistant) -> None:
    first = assistant.handle("Tell me about penguins.")
    second = assistant.handle("Tell me more.", first.conversation)
    assert second.conversation == first.conversation
    assert len(assistant.conversations.messages(first.conversation)) == 4
    # The history went into the prompt: the second prompt is longer than the question alone.
    assert assistant.conversations.messages(first.conversation)[3].prompt_tokens > 40


def test_a_long_conversation_stays_inside_the_window(home: Path) -> None:
    a = Assistant.open()
    a.settings.override(context_size=512, max_tokens=32, temperature=0.0)
    conv = a.conversations.create()
    for i in range(80):
        a.conversations.add_message(conv.id, "user", f"Remark number {i} about my garden and its roses.")
        a.conversations.add_message(conv.id, "assistant", f"Noted remark {i}; roses need sun and water.")
    result = a.handle("Summarise briefly.", conv.id)
    last = a.conversations.messages(conv.id)[-1]
    assert result.reply and last.prompt_tokens <= 512 - 32


def test_stop_keeps_the_partial_reply_marked_interrupted(assistant: Assistant) -> None:
    assistant.settings.override(max_tokens=300)
    seen: list[str] = []

    def on_token(piece: str) -> None:
        seen.append(piece)
        if len(seen) == 4:
            assistant.stop()

    result = assistant.handle("Write a long story about a lighthouse keeper.", on_token=on_token)
    assert result.interrupted and result.reply
    last = assistant.conversations.messages(result.conversation)[-1]
    assert last.interrupted and last.content == result.reply


def test_ctrl_c_in_the_terminal_stops_the_reply_as_the_window_does(assistant: Assistant) -> None:
    from assistant.cli.stopping import ctrl_c_stops

    assistant.settings.override(max_tokens=300)
    seen: list[str] = []

    def on_token(piece: str) -> None:
        seen.append(piece)
        if len(seen) == 3:
            os.kill(os.getpid(), signal.SIGINT)

    with ctrl_c_stops(assistant):
        result = assistant.handle("Write a long story about a dragon.", on_token=on_token)
    assert result.interrupted
    assert assistant.conversations.messages(result.conversation)[-1].content == result.reply
    assert result.reply.startswith("".join(seen[:3]).strip())


def test_ctrl_c_with_no_reply_being_written_interrupts_as_usual(assistant: Assistant) -> None:
    from assistant.cli.stopping import ctrl_c_stops

    with pytest.raises(KeyboardInterrupt), ctrl_c_stops(assistant):
        os.kill(os.getpid(), signal.SIGINT)


@pytest.mark.parametrize("text", ["", "   \n "])
def test_empty_message_is_refused_and_nothing_stored(assistant: Assistant, text: str) -> None:
    with pytest.raises(AssistantError, match="empty"):
        assistant.handle(text)
    assert assistant.conversations.list() == []


def test_huge_message_is_refused_in_one_line(assistant: Assistant) -> None:
    with pytest.raises(AssistantError, match="too long") as err:
        assistant.handle("blah " * 10_000)
    assert "\n" not in str(err.value)


def test_a_bad_model_stores_nothing(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 100)
    a = Assistant.open(model_path=str(bad))
    with pytest.raises(ModelError):
        a.handle("hello")
    assert a.conversations.list() == []


def test_switching_to_a_bad_model_keeps_the_current_one(assistant: Assistant, tmp_path: Path) -> None:
    assistant.handle("hi")
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError):
        assistant.settings.update(model_path=str(bad))
    assert assistant.settings.current.model_path is None
    assert assistant.handle("hello again").reply


def test_a_reminder_in_chat_is_parsed_by_rules_stored_and_confirmed(assistant: Assistant) -> None:
    from assistant.reminders import list_reminders

    pieces: list[str] = []
    result = assistant.handle("remind me in 20 minutes to stretch", on_token=pieces.append)
    assert result.action == "reminder" and result.model is None, "no model involved"
    assert result.reply.startswith("OK — ") and result.reply.endswith(": stretch") and pieces == [result.reply]
    assert result.reminder is not None and result.reminder.task == "stretch"
    stored = list_reminders(assistant.db)
    assert [r.task for r in stored] == ["stretch"] and stored[0].id == result.reminder.id
    messages = assistant.conversations.messages(result.conversation)
    assert [m.content for m in messages] == ["remind me in 20 minutes to stretch", result.reply]


def test_writing_while_the_user_sleeps_is_queued_for_the_worker_not_remembered(assistant: Assistant) -> None:
    # It was "Noted. I'll remember that you said: “keep writing the story while I sleep”", and nothing written.
    first = assistant.handle("Tell me a short story about a fox.")
    result = assistant.handle("keep writing the story while I sleep", conversation_id=first.conversation)
    [task] = assistant.tasks.list()
    assert result.action == "reply" and result.model is None and f"task {task.id}" in result.reply
    assert task.status == "queued" and first.reply.split()[-1] in task.prompt  # it continues that story
    assert all("keep writing" not in m.text for m in assistant.memories.list())


def test_a_reminder_without_a_time_is_a_question_back_and_nothing_is_stored(assistant: Assistant) -> None:
    from assistant.reminders import list_reminders

    result = assistant.handle("remind me to buy stamps")
    assert result.action == "clarify" and "time" in result.reply.lower()
    assert list_reminders(assistant.db) == []


def test_chinese_reminders_are_confirmed_in_chinese(assistant: Assistant) -> None:
    result = assistant.handle("每周三晚上八点提醒我倒垃圾")
    assert result.action == "reminder" and result.reply.startswith("好的——") and "（每周三）：倒垃圾" in result.reply
    assert result.reminder is not None and result.reminder.recurrence == "FREQ=WEEKLY;BYDAY=WE"
    refused = assistant.handle("提醒我买邮票")
    assert refused.action == "clarify" and refused.reply.startswith("没能设置这个提醒")


# Memory: grounded answers ------------------------------------------------------------------------


def test_remember_then_ask_cites_the_memory(assistant: Assistant) -> None:
    told = assistant.handle("remember that my cat is called Mochi")
    assert told.action == "remember" and told.model is None and "Mochi" in told.reply
    answer = assistant.handle("What is my cat called?")
    assert "Mochi" in answer.reply and "[1]" in answer.reply
    assert answer.citations and "Mochi" in answer.citations[0].text
    assert set(answer.to_json()["citations"][0]) == {"id", "text", "at", "kind", "place"}


def test_asked_about_the_user_with_nothing_remembered_it_says_it_does_not_know(assistant: Assistant) -> None:
    answer = assistant.handle("What is my dentist's name?")
    assert "don't know" in answer.reply and answer.citations == [] and answer.model is None


def test_the_newest_statement_wins_even_when_the_model_says_otherwise(assistant: Assistant) -> None:
    assistant.handle("I live in Hangzhou.")
    moved = assistant.handle("I moved to Shanghai for a new job.")
    assert "Shanghai" in moved.reply and moved.model is None, "a stated fact is acknowledged by the product"
    answer = assistant.handle("Where do I live now?")
    assert "Shanghai" in answer.reply and "Hangzhou" not in answer.reply
    assert [c.text for c in answer.citations] and all("Hangzhou" not in c.text for c in answer.citations)


def test_forget_removes_the_memory_and_its_profile_fact(assistant: Assistant) -> None:
    assistant.handle("remember that my bike is a blue Brompton")
    gone = assistant.handle("forget my bike")
    assert gone.action == "forget" and gone.forgotten and any("Brompton" in m.text for m in gone.forgotten)
    assert not [m for m in assistant.memory().list() if "Brompton" in m.text]
    assert "don't know" in assistant.handle("What bike do I have?").reply


def test_chinese_answers_are_built_from_memory_with_the_bundled_model(assistant: Assistant) -> None:
    told = assistant.handle("记住我的猫叫米饭")
    assert told.action == "remember" and told.reply.startswith("好的")
    answer = assistant.handle("我的猫叫什么名字？")
    assert answer.model is None and "米饭" in answer.reply and answer.citations
    other = assistant.handle("用一句话介绍一下北京。")
    assert other.model is None and "多语言模型" in other.reply, "no Chinese nonsense from an English-only model"


def test_every_user_turn_is_remembered_with_its_source(assistant: Assistant) -> None:
    result = assistant.handle("The garden needs more sun this year.")
    turns = [m for m in assistant.memory().list() if m.kind == "turn"]
    assert [m.text for m in turns] == ["The garden needs more sun this year."]
    assert turns[0].source.startswith(f"conversation:{result.conversation}/message:")


def test_a_remark_about_the_user_no_rule_reads_is_acknowledged_not_chatted_about(assistant: Assistant) -> None:
    result = assistant.handle("We adopted a puppy named Biscuit last week.")
    assert result.reply == "Noted. I'll remember that you said: “We adopted a puppy named Biscuit last week.”"
    assert result.grounded and not result.citations and result.model is None
    assert [m.text for m in assistant.memory().list() if m.kind == "turn"] == [
        "We adopted a puppy named Biscuit last week."
    ]
    assert assistant.handle("我弟弟住在巴黎。").reply == "好的，我记下了你说的：“我弟弟住在巴黎。”"
    # Chat that is not about the user is still the model's.
    assert not assistant.handle("Penguins are funny birds.").reply.startswith("Noted")


def test_in_one_conversation_the_model_does_not_parrot_product_replies(assistant: Assistant) -> None:
    first = assistant.handle("remember that my cat is called Mochi")
    cid = first.conversation
    assistant.handle("I moved to Shanghai for a new job.", cid)
    answer = assistant.handle("What is my cat called?", cid)
    assert "Mochi" in answer.reply and not answer.reply.startswith(("Noted", "OK, I'll remember"))
    assert answer.citations


def test_a_reminder_that_reads_two_ways_is_a_question_with_the_candidates(assistant: Assistant) -> None:
    from assistant.reminders import list_reminders

    result = assistant.handle("remind me next weekend to clean the car")
    assert result.action == "clarify" and "Which did you mean" in result.reply and " or " in result.reply
    assert "nothing is set yet" in result.reply and list_reminders(assistant.db) == []
    zh = assistant.handle("下周二5号提醒我买邮票")
    assert zh.action == "clarify" and "还是" in zh.reply and list_reminders(assistant.db) == []


def test_the_same_reminder_twice_in_chat_is_said_not_stored(assistant: Assistant) -> None:
    from assistant.reminders import list_reminders

    # A date, not "tomorrow": chat reads at the clock, and across midnight "tomorrow" names another day.
    first = assistant.handle("remind me on 4 March 2040 at 9am to water the ferns")
    again = assistant.handle("remind me on 4 March 2040 at 9am to water the ferns")
    assert first.action == "reminder" and again.action == "clarify"
    assert again.reply.startswith("You already have this reminder") and len(list_reminders(assistant.db)) == 1


def test_a_reply_cut_at_its_length_limit_says_so_where_it_ends(assistant: Assistant) -> None:
    from assistant.answer.room import CUT_SHORT

    assistant.settings.override(max_tokens=6)
    pieces: list[str] = []
    result = assistant.handle("Write a long story about a dragon.", on_token=pieces.append)
    assert not result.interrupted and result.reply.endswith(CUT_SHORT) and result.tokens >= 6
    assert "".join(pieces).endswith(CUT_SHORT)
    assert assistant.conversations.messages(result.conversation)[-1].content == result.reply


def test_a_reply_that_ends_by_itself_gets_no_mark(assistant: Assistant) -> None:
    from assistant.answer.room import CUT_SHORT

    result = assistant.handle("Say hello in one word.")
    assert result.reply and not result.reply.endswith(CUT_SHORT.strip())


@pytest.mark.parametrize("asked", ["What can you do?", "how can you help me", "Help", "你能做什么？"])
def test_what_the_assistant_can_do_is_said_by_the_product_not_invented(assistant: Assistant, asked: str) -> None:
    result = assistant.handle(asked)
    assert result.action == "reply" and result.model is None and not result.citations
    said = result.reply
    assert ("remind" in said and "Library" in said) or ("提醒" in said and "书库" in said)


def test_a_question_about_what_someone_else_can_do_goes_to_the_answer(assistant: Assistant) -> None:
    from assistant.grounding import asks_what_i_can_do

    for other in ("What can you do with leftover rice?", "What can a cat do?", "Can you help me write a poem?"):
        assert not asks_what_i_can_do(other), other


@pytest.mark.parametrize(
    "said",
    ["remind me in 20 minutes to stretch", "write a 2,000-word story in the background", "remember that I own a kayak"],
)
def test_a_command_whose_reply_cannot_be_stored_takes_back_what_it_did(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, said: str
) -> None:
    """The disk fills between the command's own write and the reply's: the turn is refused, and the
    reminder, task or memory it wrote goes with it, as does the user's message."""
    from assistant.errors import StorageError
    from assistant.reminders import list_reminders

    earlier = assistant.handle("remind me in 30 minutes to drink water")
    add_message = assistant.conversations.add_message

    def full_for_replies(conversation_id: str, role: str, content: str, **kw: object) -> object:
        if role == "assistant":
            raise StorageError("the disk holding assistant.db is full: free some space and try again")
        return add_message(conversation_id, role, content, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(assistant.conversations, "add_message", full_for_replies)
    for conversation in (None, earlier.conversation):
        with pytest.raises(StorageError) as refused:
            assistant.handle(said, conversation_id=conversation)
        assert str(refused.value).endswith("try again"), "nothing stays, so nothing is named"
    assert [r.task for r in list_reminders(assistant.db)] == ["drink water"]
    assert assistant.tasks.list() == []
    assert all("kayak" not in m.text for m in assistant.memories.list())
    assert [c.id for c in assistant.conversations.list()] == [earlier.conversation]
    assert len(assistant.conversations.messages(earlier.conversation)) == 2
