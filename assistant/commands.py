"""The command room: turns the product carries out itself, read by rules and never by the model.

A reminder ("remind me …" / "提醒我…"), remember ("remember that …" / "记住…") and forget ("forget …" /
"忘掉…"). Each is stored as an exchange in the conversation like any other turn, its reply sent whole.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from .citation import Citation
from .conversations import Conversations
from .language import is_chinese
from .memory.commands import MemoryCommand
from .reminders.model import ReminderError, ReminderQuestion
from .reminders.questions import clarifying_question
from .turn import Action, OnToken, StoredReminder, TurnResult
from .turn_undo import Undo, take_back

if TYPE_CHECKING:
    from .memory.memories import Memories
    from .reminders.manager import Reminders
    from .worker.task_manager import Tasks

CHINESE_REMINDER_HELP = "请说清楚什么时候、提醒什么，例如“周五上午九点提醒我交房租”或“每周一早上八点提醒我开会”。"


def _mid_sentence(error: Exception) -> str:
    """An error's line continuing a reply's sentence: "I couldn't set that reminder: no time given…"."""
    line = str(error)
    return line[:1].lower() + line[1:]


@dataclass
class Said:
    """What a command did and says back; `stored` takes back what it wrote if the reply cannot be stored."""

    reply: str
    action: Action
    citations: list[Citation] | None = None
    reminder: StoredReminder | None = None
    forgotten: list[Citation] | None = None
    stored: Undo | None = None


class Commands:
    def __init__(self, conversations: Conversations, memories: Memories, reminders: Reminders):
        self.conversations = conversations
        self.memories = memories
        self.reminders = reminders

    def _turn(
        self, conversation_id: str | None, text: str, on_token: OnToken | None, act: Callable[[], Said]
    ) -> TurnResult:
        """Store the user's message, then `act` (the command itself), then the reply. The message goes
        first, with a new conversation in the same commit, so a full disk refuses the turn before the
        command stores anything; a failure after it takes the turn back (turn_undo.py)."""
        started = time.perf_counter()
        conv, asked = self.conversations.ask(conversation_id, text)
        if conversation_id is None:
            undos = [Undo("the conversation is still there", lambda: self.conversations.delete(conv.id))]
        else:
            undos = [Undo("your message is still there", lambda: self.conversations.delete_message(asked.id))]
        try:
            said = act()
            if said.stored:
                undos.append(said.stored)
            self.conversations.add_message(conv.id, "assistant", said.reply, model=None, citations=said.citations)
        except Exception as e:
            take_back(e, undos)
            raise
        if on_token:
            on_token(said.reply)
        return TurnResult(
            action=said.action,
            reply=said.reply,
            conversation=conv.id,
            model=None,
            tokens=0,
            seconds=round(time.perf_counter() - started, 3),
            citations=said.citations or [],
            reminder=said.reminder,
            forgotten=said.forgotten,
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
        return self._turn(conversation_id, text, on_token, lambda: self._set_reminder(text, sentence, now))

    def _set_reminder(self, text: str, sentence: str | None, now: datetime | None) -> Said:
        zh = is_chinese(text)
        try:
            new = self.reminders.from_sentence(sentence or text, now)
        except ReminderQuestion as e:
            # Two readings, or words not understood: ask back with the candidates, store nothing.
            return Said(clarifying_question(e, zh), Action.CLARIFY)
        except ReminderError as e:
            # In a conversation a refusal is an answer, not a failure: say what is missing.
            return Said(
                f"没能设置这个提醒：{CHINESE_REMINDER_HELP}"
                if zh
                else f"I couldn't set that reminder: {_mid_sentence(e)}",
                Action.CLARIFY,
            )
        if new.duplicate_of is not None:
            return Said(new.confirmation(chinese=zh), Action.CLARIFY)
        reminder_id = new.reminder.id
        stored = (
            None
            if reminder_id is None
            else Undo(f"reminder {reminder_id} is still set", lambda: self.reminders.discard(reminder_id))
        )
        return Said(new.confirmation(chinese=zh), Action.REMINDER, reminder=new.reminder, stored=stored)

    def write_later(
        self, text: str, prompt: str, conversation_id: str | None, on_token: OnToken | None, tasks: Tasks
    ) -> TurnResult:
        """Queue a long writing job for the worker ("keep writing the story while I sleep")."""
        return self._turn(conversation_id, text, on_token, lambda: self._queue_task(text, prompt, tasks))

    def _queue_task(self, text: str, prompt: str, tasks: Tasks) -> Said:
        from .errors import AssistantError
        from .worker.tasks import target_words

        zh = is_chinese(text)
        try:
            task = tasks.add(prompt, target_words(text))  # the length asked for, not one inside the story
        except AssistantError as e:
            return Said(
                f"没能排上这个写作任务：{e}" if zh else f"I couldn't queue that writing job: {_mid_sentence(e)}",
                Action.CLARIFY,
            )
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
        return Said(reply, Action.REPLY, stored=Undo(f"task {task.id} is still queued", lambda: tasks.discard(task.id)))

    def memory(
        self, command: MemoryCommand, text: str, conversation_id: str | None, on_token: OnToken | None
    ) -> TurnResult:
        result = self._turn(conversation_id, text, on_token, lambda: self._remember_or_forget(command, text))
        if result.forgotten:
            # Shown once, then gone from the record too: the reply just stored quotes the words.
            self.conversations.redact([c.text for c in result.forgotten], [c.id for c in result.forgotten])
        return result

    def _remember_or_forget(self, command: MemoryCommand, text: str) -> Said:
        zh = is_chinese(text)
        if command.action == "remember":
            stored = self.memories.add(command.content, kind="fact", source="command")
            reply = f"好的，我记住了：“{stored[0].text}”" if zh else f"OK, I'll remember that: “{stored[0].text}”"
            undo = Undo(
                f"the memory “{stored[0].text}” is still stored", lambda: self.memories.forget([m.id for m in stored])
            )
            return Said(reply, Action.REMEMBER, citations=[Citation.of(stored[0])], stored=undo)
        found = self.memories.find_to_forget(command.content)
        if not found:
            reply = (
                f"我没有记着关于“{command.content}”的内容。"
                if zh
                else f"I have nothing about “{command.content}” to forget."
            )
            return Said(reply, Action.FORGET, forgotten=[])
        removed = self.memories.forget([m.id for m in found])
        listed = "; ".join(f"“{m.text}”" for m in removed)
        reply = (
            f"已永久删除 {len(removed)} 条记忆：{listed}" if zh else f"Forgotten for good ({len(removed)}): {listed}"
        )
        # What is forgotten cannot come back; if the reply cannot be stored the error line says so.
        gone = Undo(f"{'it was' if len(removed) == 1 else f'{len(removed)} were'} forgotten all the same", None)
        return Said(reply, Action.FORGET, forgotten=[Citation.of(m) for m in removed], stored=gone)
