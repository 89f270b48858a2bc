"""The one place that turns a user's turn into an action and a reply.

Both the command line and the window call `Assistant.handle()`; neither has logic of its own about what a
message means. The turn is stored before the model sees it, so a crash or a failed model load never
loses what the user said.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from .config import Settings
from .conversations import Conversation, Conversations
from .db import open_db
from .errors import AssistantError
from .intents import is_reminder_request
from .language import is_chinese
from .llm.engine import Engine, Generation, GenerationOptions
from .reminders import ReminderError, add_reminder, confirmation, parse_reminder
from .reminders.clock import iso, local_zone
from .reminders.display import confirmation_zh
from .reminders.recurrence import upcoming
from .settings import load_settings, save_settings

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are a private assistant that runs entirely on the user's own computer. "
    "Today is {today}. Answer briefly and plainly. "
    "If you do not know something about the user, say that you do not know."
)
NO_ANSWER = "I don't have an answer to that."
MAX_INPUT_CHARS = 20_000
CHINESE_REMINDER_HELP = "请说清楚什么时候、提醒什么，例如“明天上午九点提醒我交房租”或“每周一早上八点提醒我开会”。"


@dataclass
class TurnResult:
    # What the turn did: "reply" (answered), "reminder" (a reminder was stored), "clarify" (a command
    # that could not be carried out as said; the reply says what is missing).
    action: str
    reply: str
    conversation: str
    model: str | None
    tokens: int  # tokens the model generated for this reply
    seconds: float
    interrupted: bool = False
    citations: list[dict[str, Any]] = field(default_factory=list)
    reminder: dict[str, Any] | None = None  # the stored reminder, for action "reminder"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Assistant:
    def __init__(self, db: sqlite_utils.Database, settings: Settings, model_path: str | None = None):
        self.db = db
        self.settings = settings
        self.conversations = Conversations(db)
        self._model_override = model_path
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        self._current: Generation | None = None

    @classmethod
    def open(cls, model_path: str | None = None, db_file: Path | None = None) -> Assistant:
        db = open_db(db_file)
        return cls(db, load_settings(db), model_path)

    # The model ------------------------------------------------------------------------------------

    @property
    def model_path(self) -> str | None:
        return self._model_override or self.settings.model_path

    def engine(self) -> Engine:
        """The loaded model, loading it on first use (thread-safe; the window calls this off the UI thread)."""
        with self._engine_lock:
            if self._engine is None:
                self._engine = Engine.load(
                    self.model_path, context_size=self.settings.context_size, threads=self.settings.threads
                )
            return self._engine

    def use_model(self, path: str | None) -> Engine:
        """Switch to `path` (None: the bundled model) and remember the choice. The new file is loaded
        first, so a bad file leaves the current model in use and the setting unchanged."""
        self.apply_settings(dataclasses.replace(self.settings, model_path=path))
        return self.engine()

    def apply_settings(self, new: Settings) -> None:
        """Save `new`; when the model or its context size changes, load it first, so a file that does not
        work leaves everything as it was (ModelError says why)."""
        if new.model_path:
            new = dataclasses.replace(new, model_path=str(Path(new.model_path).expanduser().resolve()))
        reload = (new.model_path, new.context_size, new.threads) != (
            self.settings.model_path, self.settings.context_size, self.settings.threads) or self._model_override
        engine = Engine.load(new.model_path, context_size=new.context_size, threads=new.threads) if reload else None
        save_settings(self.db, new)
        with self._engine_lock:
            self.settings = new
            if engine is not None:
                self._engine, self._model_override = engine, None

    # A turn ---------------------------------------------------------------------------------------

    def handle(self, text: str, conversation_id: str | None = None,
               on_token: Callable[[str], None] | None = None) -> TurnResult:
        """Answer `text` in a conversation (a new one when None), streaming pieces to `on_token`.

        Ctrl+C (KeyboardInterrupt) or stop() during generation ends it early: the partial reply is
        kept, marked interrupted, and returned with interrupted=True.
        """
        text = text.strip()
        if not text:
            raise AssistantError("the message is empty: type something to ask or tell the assistant")
        if len(text) > MAX_INPUT_CHARS:
            raise AssistantError(
                f"the message is too long ({len(text):,} characters, at most {MAX_INPUT_CHARS:,}); "
                "to give the assistant a long text, import it as a document"
            )
        if is_reminder_request(text):
            return self._remind(text, conversation_id, on_token)
        # The model loads before anything is stored, so a bad model file leaves no empty conversation.
        engine = self.engine()
        conv = self._conversation(conversation_id)
        history = [{"role": m.role, "content": m.content} for m in self.conversations.messages(conv.id)]
        self.conversations.add_message(conv.id, "user", text)
        return self._answer(engine, conv.id, history, text, on_token)

    def _conversation(self, conversation_id: str | None) -> Conversation:
        return self.conversations.get(conversation_id) if conversation_id else self.conversations.create()

    def _command_reply(self, conversation_id: str | None, text: str, reply: str, action: str,
                       on_token: Callable[[str], None] | None, **extra: Any) -> TurnResult:
        """A turn the product answered itself: stored like any other, the reply sent as one piece."""
        started = time.perf_counter()
        conv = self._conversation(conversation_id)
        self.conversations.add_message(conv.id, "user", text)
        self.conversations.add_message(conv.id, "assistant", reply, model=None)
        if on_token:
            on_token(reply)
        return TurnResult(action=action, reply=reply, conversation=conv.id, model=None, tokens=0,
                          seconds=round(time.perf_counter() - started, 3), **extra)

    def _remind(self, text: str, conversation_id: str | None,
                on_token: Callable[[str], None] | None) -> TurnResult:
        now = datetime.now(local_zone())
        try:
            parsed = parse_reminder(text, now)
        except ReminderError as e:
            # In a conversation a refusal is an answer, not a failure: say what is missing.
            reason = str(e)[:1].lower() + str(e)[1:]
            reply = (f"没能设置这个提醒：{CHINESE_REMINDER_HELP}" if is_chinese(text)
                     else f"I couldn't set that reminder: {reason}")
            return self._command_reply(conversation_id, text, reply, "clarify", on_token)
        stored = add_reminder(self.db, parsed, now=now)
        times = upcoming(parsed.rrule, parsed.start_wall, parsed.first, 3)
        return self._command_reply(
            conversation_id, text, confirmation_zh(parsed) if is_chinese(text) else confirmation(parsed),
            "reminder", on_token,
            reminder={"id": stored.id, "task": stored.task, "next": [iso(t) for t in times],
                      "recurrence": stored.rrule},
        )

    def regenerate(self, conversation_id: str,
                   on_token: Callable[[str], None] | None = None) -> TurnResult:
        """Answer the conversation's last question again, replacing the last reply."""
        engine = self.engine()
        messages = self.conversations.messages(conversation_id)
        if not messages or messages[-1].role != "assistant" or len(messages) < 2:
            raise AssistantError("there is no reply to regenerate in this conversation yet")
        question = messages[-2]
        history = [{"role": m.role, "content": m.content} for m in messages[:-2]]
        self.conversations.delete_message(messages[-1].id)
        return self._answer(engine, conversation_id, history, question.content, on_token)

    def stop(self) -> None:
        """Stop the reply being generated, from any thread (the window's stop button, Esc)."""
        if self._current is not None:
            self._current.cancel()

    def _answer(self, engine: Engine, conversation_id: str, history: list[dict[str, str]], text: str,
                on_token: Callable[[str], None] | None) -> TurnResult:
        s = self.settings
        system = {"role": "system", "content": SYSTEM_PROMPT.format(today=datetime.now().strftime("%A %d %B %Y"))}
        # Room for the reply is kept out of the window, but never more than half of it: a long
        # max_tokens setting must not push the question itself out.
        reserve = min(s.max_tokens, engine.context_size // 2)
        prompt = engine.fit([system], history, {"role": "user", "content": text}, reserve)
        room = engine.context_size - engine.count_tokens(prompt)
        generation = engine.stream(prompt, GenerationOptions(temperature=s.temperature,
                                                             max_tokens=min(s.max_tokens, room), seed=s.seed))
        self._current = generation
        try:
            for piece in generation:
                if on_token:
                    on_token(piece)
        except KeyboardInterrupt:
            log.info("reply interrupted by the user")
        finally:
            generation.close()
            self._current = None
        done = generation.completion
        assert done is not None  # close() always settles it
        reply = done.text.strip() or ("" if done.interrupted else NO_ANSWER)
        self.conversations.add_message(
            conversation_id, "assistant", reply, model=engine.name, prompt_tokens=done.prompt_tokens,
            completion_tokens=done.completion_tokens, interrupted=done.interrupted,
        )
        return TurnResult(action="reply", reply=reply, conversation=conversation_id, model=engine.name,
                          tokens=done.completion_tokens, seconds=round(done.seconds, 3),
                          interrupted=done.interrupted)
