"""The one door into the core, as Anki's `Collection` is one: every action of the window and the command
line is a call on an `Assistant`.

It holds the feature managers — `conversations`, `memories`, `reminders`, `tasks`, `settings` — and the
turn: `handle()` routes what the user said to the command room (commands.py: reminder, remember, forget,
read by rules) or the answer room (answer.py: plan → generate → check). The turn is stored before the
model sees it, so a crash or a failed model load never loses what the user said. `stop()` is the one way
to stop a reply, for the window's Stop button and the terminal's Ctrl+C alike.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from . import generation
from .bounded import check_utf8, clean_text
from .commands import Commands
from .config import data_dir
from .conversations import Conversations
from .db import open_db
from .errors import AssistantError
from .intents import continues_earlier_text, is_background_writing, is_reminder_request
from .llm.engine import Engine
from .llm.loaded import LoadedModel
from .memory.commands import parse_memory_command
from .settings import load_settings
from .settings_manager import SettingsManager
from .turn import OnToken, TurnResult
from .turn_undo import Undo, take_back

if TYPE_CHECKING:
    from .answer.room import Answerer
    from .books.details import Details
    from .books.manager import Books
    from .books.scope import Scope, Stopped, Unclear
    from .memory.memories import Memories
    from .memory.store import MemoryStore
    from .notify.base import Notifier
    from .reminders.manager import Reminders
    from .voice.voice import Voice
    from .worker import Worker
    from .worker.task_manager import Tasks

log = logging.getLogger(__name__)

MAX_INPUT_CHARS = 20_000


class Assistant:
    def __init__(self, db: sqlite_utils.Database, model_path: str | None = None):
        self.db = db
        saved = load_settings(db)
        self.model = LoadedModel(saved, model_path)
        self.settings = SettingsManager(db, saved, self.model)
        self.conversations = Conversations(db)
        self.data_folder = data_dir()  # where everything it keeps is: $ASSISTANT_HOME, or the platform's folder
        self.worker: Worker | None = None  # reminders and tasks, when this process runs them (start_worker)

    @classmethod
    def open(cls, model_path: str | None = None, db_file: Path | None = None) -> Assistant:
        """The assistant over the data folder's database (or `db_file`); `model_path` is for this run only."""
        return cls(open_db(db_file), model_path)

    def close(self) -> None:
        """Stop the worker and let go of the database and memory (before their files are deleted or replaced)."""
        self.stop()
        self.stop_worker()
        if "memories" in self.__dict__:
            self.memories.close()
        self.db.conn.close()

    def delete_all_data(self) -> list[str]:
        """Close, then remove every file in the data folder; returns the names removed. Open a new
        Assistant to start afresh."""
        from .data import delete_all_data

        self.close()
        return delete_all_data()

    # The feature managers that load heavy libraries are made on first use, so a command that does not
    # need LanceDB, the reminder parser or the scheduler does not import them.

    @cached_property
    def memories(self) -> Memories:
        from .answer import lexicon
        from .memory.memories import Memories

        lexicon.warm()  # the answers' dictionary loads while the memory opens, not at the first question
        return Memories()

    def memory(self) -> MemoryStore:
        """The memory store itself, for jobs that work on it directly (the nightly consolidation)."""
        return self.memories.store

    @cached_property
    def reminders(self) -> Reminders:
        from .reminders.manager import Reminders

        return Reminders(self.db)

    @cached_property
    def voice(self) -> Voice:
        from .voice.voice import Voice

        return Voice()

    @cached_property
    def tasks(self) -> Tasks:
        from .worker.task_manager import Tasks

        return Tasks(self.db)

    @cached_property
    def books(self) -> Books:
        """The library: books read into passages in the memory store, and where the user stopped."""
        from .books.manager import Books

        return Books(self.db, self.memories.store)

    # The model ------------------------------------------------------------------------------------

    @property
    def model_path(self) -> str | None:
        return self.model.path

    def engine(self) -> Engine:
        """The loaded model, loading it on first use (thread-safe; the window calls this off the UI thread)."""
        return self.model.engine()

    def start_worker(self, extra: Sequence[Notifier] = ()) -> bool:
        """Run reminders and tasks in this process, notifying through `extra` too (the window's tray).
        False when another process (`assistant worker`) already serves this data folder."""
        from .worker import WorkerRunning
        from .worker.run import worker_for

        worker = worker_for(headless=False, extra=extra)
        try:
            worker.start()
        except WorkerRunning:
            return False
        self.worker = worker
        return True

    def stop_worker(self) -> None:
        """Stop the worker this process runs, if any (its scheduler's threads end before this returns)."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.stop()

    # A turn ---------------------------------------------------------------------------------------

    def handle(
        self, text: str, conversation_id: str | None = None, on_token: OnToken | None = None, book: str | None = None
    ) -> TurnResult:
        """Answer `text` in a conversation (a new one when None), streaming pieces to `on_token`. `book`:
        the id of the book chosen for discussion in the chat; questions are then answered from it.

        stop() during generation ends it early: the partial reply is kept, marked interrupted, and
        returned with interrupted=True.
        """
        # One turn is one unit against restore and delete-all-data: its question, reply and memory all
        # land in the same generation (generation.py).
        with generation.shared():
            return self._handle(clean_text(check_utf8(text)), conversation_id, on_token, book)

    def _handle(self, text: str, conversation_id: str | None, on_token: OnToken | None, book: str | None) -> TurnResult:
        text = text.strip()
        if not text:
            raise AssistantError("the message is empty: type something to ask or tell the assistant")
        if len(text) > MAX_INPUT_CHARS:
            raise AssistantError(
                f"the message is too long ({len(text):,} characters, at most {MAX_INPUT_CHARS:,}); "
                "to give the assistant a long text, import it as a document"
            )
        if is_reminder_request(text):
            return self._remind(text, conversation_id, on_token, book)
        command = parse_memory_command(text)
        if command is not None:
            return self._commands.memory(command, text, conversation_id, on_token)
        if is_background_writing(text):
            return self._write_later(text, conversation_id, on_token)
        # The model loads before anything is stored, so a bad model file leaves no empty conversation.
        self.engine()
        from .answer.room import model_history

        history = model_history(self.conversations.messages(conversation_id)) if conversation_id else []
        conv, asked = self.conversations.ask(conversation_id, text)
        if conversation_id is None:
            undos = [Undo("the conversation is still there", lambda: self.conversations.delete(conv.id))]
        else:
            undos = [Undo("your message is still there", lambda: self._delete_from(conv.id, asked.id))]
        try:
            scope = self._scope(text, book)
            result = self._answerer.answer(conv.id, history, text, self.settings.current, on_token, scope)
            # Remembered after answering, so a remark is never offered as evidence for itself.
            self.memories.remember_turn(text, conversation_id=conv.id, message_id=asked.id)
        except Exception as e:
            # A refused turn (the model failed, the disk is full) leaves nothing behind: not the question,
            # not the reply, not an empty conversation (turn_undo.py). A crash still keeps the question.
            take_back(e, undos)
            raise
        return result

    def _delete_from(self, conversation_id: str, message_id: str) -> None:
        """Delete a message and every one after it (its reply)."""
        messages = self.conversations.messages(conversation_id)
        ids = [m.id for m in messages]
        for doomed in ids[ids.index(message_id) :] if message_id in ids else []:
            self.conversations.delete_message(doomed)

    def regenerate(self, conversation_id: str, on_token: OnToken | None = None, book: str | None = None) -> TurnResult:
        """Answer the conversation's last question again, replacing the last reply."""
        with generation.shared():
            return self._regenerate(conversation_id, on_token, book)

    def _regenerate(self, conversation_id: str, on_token: OnToken | None, book: str | None) -> TurnResult:
        self.engine()
        messages = self.conversations.messages(conversation_id)
        if not messages or messages[-1].role != "assistant" or len(messages) < 2:
            raise AssistantError("there is no reply to regenerate in this conversation yet")
        question = messages[-2]
        from .answer.room import model_history

        history = model_history(messages[:-2])
        self.conversations.delete_message(messages[-1].id)
        scope = self._scope(question.content, book)
        return self._answerer.answer(conversation_id, history, question.content, self.settings.current, on_token, scope)

    def _scope(self, text: str, book: str | None) -> Scope | Unclear | Stopped | Details | None:
        """The book (and chapter) a question is about: named in it, or chosen in the chat (books/scope.py)."""
        from .books.library import Library
        from .books.scope import read_scope

        return read_scope(text, Library(self.db), book)

    def _remind(self, text: str, conversation_id: str | None, on_token: OnToken | None, book: str | None) -> TurnResult:
        """A reminder; "remind me to return this book on …" names the book and links back to it."""
        from .books.library import Library
        from .books.scope import reminder_about_book

        library = Library(self.db)
        about = reminder_about_book(text, library, book)
        result = self._commands.remind(text, conversation_id, on_token, sentence=about[0] if about else None)
        if about and result.reminder is not None and result.reminder.id is not None:
            library.link_reminder(result.reminder.id, about[1].id)
        return result

    def _write_later(self, text: str, conversation_id: str | None, on_token: OnToken | None) -> TurnResult:
        """A writing job for the worker; "keep writing the story …" carries on from the last reply."""
        prompt = text
        if conversation_id and continues_earlier_text(text):
            replies = [m.content for m in self.conversations.messages(conversation_id) if m.role == "assistant"]
            if replies:  # its end is enough to continue from, and keeps the prompt inside a small context
                prompt = f"{text}\n\nThe story so far ends:\n{' '.join(replies[-1].split()[-200:])}"
        return self._commands.write_later(text, prompt, conversation_id, on_token, self.tasks)

    def stop(self) -> bool:
        """Stop the reply being generated, from any thread (the window's Stop button, Esc, the terminal's
        Ctrl+C); False when no reply was being generated."""
        return self.model.stop()

    @cached_property
    def _commands(self) -> Commands:
        return Commands(self.conversations, self.memories, self.reminders)

    @cached_property
    def _answerer(self) -> Answerer:
        from .answer.room import Answerer  # LanceDB and the answer code: 1.5 s a command that never answers paid

        return Answerer(self.conversations, self.memories, self.model)
