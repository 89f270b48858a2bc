"""The command room: turns the product carries out itself, read by rules and never by the model.

A reminder ("remind me …" / "提醒我…"), remember ("remember that …" / "记住…") and forget ("forget …" /
"忘掉…"). Each is stored as an exchange in the conversation like any other turn, its reply sent whole.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING

from .citation import Citation
from .conversations import Conversation, Conversations
from .language import is_chinese
from .memory.commands import MemoryCommand
from .reminders.model import ReminderError, ReminderQuestion
from .reminders.questions import clarifying_question
from .turn import Action, OnToken, StoredReminder, TurnResult

if TYPE_CHECKING:
    from .memory.memories import Memories
    from .reminders.manager import Reminders
    from .worker.task_manager import Tasks

CHINESE_REMINDER_HELP = "请说清楚什么时候、提醒什么，例如“周五上午九点提醒我交房租”或“每周一早上八点提醒我开会”。"


class Commands:
    def __init__(self, conversations: Conversations, memories: Memories, reminders: Reminders):
        self.conversations = conversations
        self.memories = memories
        self.reminders = reminders

    def conversation(self, conversation_id: str | None) -> Conversation:
        return self.conversations.get(conversation_id) if conversation_id else self.conversations.create()

    def _reply(
        self,
        conversation_id: str | None,
        text: str,
        reply: str,
        action: Action,
        on_token: OnToken | None,
        citations: list[Citation] | None = None,
        reminder: StoredReminder | None = None,
        forgotten: list[Citation] | None = None,
    ) -> TurnResult:
        started = time.perf_counter()
        conv = self.conversation(conversation_id)
        self.conversations.add_message(conv.id, "user", text)
        self.conversations.add_message(conv.id, "assistant", reply, model=None, citations=citations)
        if on_token:
            on_token(reply)
        return TurnResult(
            action=action,
            reply=reply,
            conversation=conv.id,
            model=None,
            tokens=0,
            seconds=round(time.perf_counter() - started, 3),
            citations=citations or [],
            reminder=reminder,
            forgotten=forgotten,
        )

    def remind(
        self,
        text: str,
        conversation_id: str | None,
        on_token: OnToken | None,
        now: datetime | None = None,
        sentence: str | None = None,
    ) -> TurnResult:
        """`sentence`: what the parser reads, when it is not what the user typed ("return this book" with
        the book's title in place of "this book"); the conversation keeps the user's own words."""
        zh = is_chinese(text)
        try:
            new = self.reminders.from_sentence(sentence or text, now)
        except ReminderQuestion as e:
            # Two readings, or words not understood: ask back with the candidates, store nothing.
            return self._reply(conversation_id, text, clarifying_question(e, zh), Action.CLARIFY, on_token)
        except ReminderError as e:
            # In a conversation a refusal is an answer, not a failure: say what is missing.
            reason = str(e)[:1].lower() + str(e)[1:]
            reply = f"没能设置这个提醒：{CHINESE_REMINDER_HELP}" if zh else f"I couldn't set that reminder: {reason}"
            return self._reply(conversation_id, text, reply, Action.CLARIFY, on_token)
        if new.duplicate_of is not None:
            return self._reply(conversation_id, text, new.confirmation(chinese=zh), Action.CLARIFY, on_token)
        return self._reply(
            conversation_id, text, new.confirmation(chinese=zh), Action.REMINDER, on_token, reminder=new.reminder
        )

    def write_later(
        self, text: str, prompt: str, conversation_id: str | None, on_token: OnToken | None, tasks: Tasks
    ) -> TurnResult:
        """Queue a long writing job for the worker ("keep writing the story while I sleep")."""
        from .errors import AssistantError
        from .worker.tasks import target_words

        zh = is_chinese(text)
        try:
            task = tasks.add(prompt, target_words(text))  # the length asked for, not one inside the story
        except AssistantError as e:
            reason = str(e)[:1].lower() + str(e)[1:]
            reply = f"没能排上这个写作任务：{e}" if zh else f"I couldn't queue that writing job: {reason}"
            return self._reply(conversation_id, text, reply, Action.CLARIFY, on_token)
        if zh:
            reply = (
                f"好的，我会在后台写（任务 {task.id}，约 {task.target_words:,} 字）。写好时会告诉你；"
                f"`assistant tasks show {task.id}` 可以查看已写的部分。"
            )
        else:
            reply = (
                f"I'll write it in the background: task {task.id}, about {task.target_words:,} words. You'll be "
                f"told when it is ready; `assistant tasks show {task.id}` shows what is written so far."
            )
        return self._reply(conversation_id, text, reply, Action.REPLY, on_token)

    def memory(
        self, command: MemoryCommand, text: str, conversation_id: str | None, on_token: OnToken | None
    ) -> TurnResult:
        zh = is_chinese(text)
        if command.action == "remember":
            stored = self.memories.add(command.content, kind="fact", source="command")
            reply = f"好的，我记住了：“{stored[0].text}”" if zh else f"OK, I'll remember that: “{stored[0].text}”"
            return self._reply(
                conversation_id, text, reply, Action.REMEMBER, on_token, citations=[Citation.of(stored[0])]
            )
        found = self.memories.find_to_forget(command.content)
        if not found:
            reply = (
                f"我没有记着关于“{command.content}”的内容。"
                if zh
                else f"I have nothing about “{command.content}” to forget."
            )
            return self._reply(conversation_id, text, reply, Action.FORGET, on_token, forgotten=[])
        removed = self.memories.forget([m.id for m in found])
        listed = "; ".join(f"“{m.text}”" for m in removed)
        reply = (
            f"已永久删除 {len(removed)} 条记忆：{listed}" if zh else f"Forgotten for good ({len(removed)}): {listed}"
        )
        result = self._reply(
            conversation_id, text, reply, Action.FORGET, on_token, forgotten=[Citation.of(m) for m in removed]
        )
        # Shown once, then gone from the record too: the reply just stored quotes the words.
        self.conversations.redact([m.text for m in removed], [m.id for m in removed])
        return result
