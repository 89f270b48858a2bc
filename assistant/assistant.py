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
from .conversations import Conversation, Conversations, Message
from .db import open_db
from .errors import AssistantError
from .grounding import (
    Citation,
    check_reply,
    context_block,
    dont_know,
    is_about_user,
    keep_valid_citations,
    memory_answer,
    model_cannot_write_chinese,
    noted,
    relevant_profile,
    usable_evidence,
)
from .intents import is_reminder_request
from .language import is_chinese, is_question
from .llm.catalogue import load_catalogue
from .llm.engine import Engine, Generation, GenerationOptions
from .memory import (
    Memory,
    MemoryCommand,
    MemoryStore,
    extract_facts,
    find_to_forget,
    forget,
    open_store,
    parse_memory_command,
    relevant_memories,
    remember,
    remember_turn,
)
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
NO_SENSE = ("Sorry, I couldn't produce a sensible answer to that. "
            "Try rephrasing, or use a bigger model (see `assistant models`).")
MAX_INPUT_CHARS = 20_000
CHINESE_REMINDER_HELP = "请说清楚什么时候、提醒什么，例如“明天上午九点提醒我交房租”或“每周一早上八点提醒我开会”。"


@dataclass
class TurnResult:
    # What the turn did: "reply" (answered), "reminder" (a reminder was stored), "remember" (a memory
    # was stored), "forget" (memories were removed), "clarify" (a command that could not be carried out
    # as said; the reply says what is missing).
    action: str
    reply: str
    conversation: str
    model: str | None
    tokens: int  # tokens the model generated for this reply
    seconds: float
    interrupted: bool = False
    citations: list[dict[str, Any]] = field(default_factory=list)
    reminder: dict[str, Any] | None = None  # the stored reminder, for action "reminder"
    forgotten: list[dict[str, Any]] | None = None  # what was removed, for action "forget"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def model_history(messages: list[Message]) -> list[dict[str, str]]:
    """The conversation as the model should see it: exchanges the product answered itself (commands,
    acknowledgements, answers quoted from memory) are left out, so the model does not learn to imitate
    them; what they stored is in memory and reaches the prompt from there."""
    history: list[dict[str, str]] = []
    for question, answer in zip(messages, messages[1:], strict=False):
        if question.role == "user" and answer.role == "assistant" and answer.model is not None:
            history += [{"role": "user", "content": question.content},
                        {"role": "assistant", "content": answer.content}]
    return history


def repeats_earlier_reply(reply: str, history: list[dict[str, str]]) -> bool:
    said = " ".join(reply.replace("[1]", "").split()).lower()
    return any(m["role"] == "assistant" and len(m["content"]) > 12
               and " ".join(m["content"].split()).lower() in said for m in history)


class Assistant:
    def __init__(self, db: sqlite_utils.Database, settings: Settings, model_path: str | None = None):
        self.db = db
        self.settings = settings
        self.conversations = Conversations(db)
        self._model_override = model_path
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        self._current: Generation | None = None
        self._memory: MemoryStore | None = None

    @classmethod
    def open(cls, model_path: str | None = None, db_file: Path | None = None) -> Assistant:
        db = open_db(db_file)
        return cls(db, load_settings(db), model_path)

    def close(self) -> None:
        """Let go of the database and memory (before their files are deleted or replaced)."""
        self.stop()
        with self._engine_lock:
            self._memory = None
        self.db.conn.close()

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
        command = parse_memory_command(text)
        if command is not None:
            return self._memory_command(command, text, conversation_id, on_token)
        # The model loads before anything is stored, so a bad model file leaves no empty conversation.
        engine = self.engine()
        conv = self._conversation(conversation_id)
        history = model_history(self.conversations.messages(conv.id))
        asked = self.conversations.add_message(conv.id, "user", text)
        result = self._answer(engine, conv.id, history, text, on_token)
        # Remembered after answering, so a remark is never offered as evidence for itself.
        remember_turn(text, conversation_id=conv.id, message_id=asked.id, store=self.memory())
        return result

    def _conversation(self, conversation_id: str | None) -> Conversation:
        return self.conversations.get(conversation_id) if conversation_id else self.conversations.create()

    def _command_reply(self, conversation_id: str | None, text: str, reply: str, action: str,
                       on_token: Callable[[str], None] | None, **extra: Any) -> TurnResult:
        """A turn the product answered itself: stored like any other, the reply sent as one piece."""
        started = time.perf_counter()
        conv = self._conversation(conversation_id)
        self.conversations.add_message(conv.id, "user", text)
        self.conversations.add_message(conv.id, "assistant", reply, model=None, citations=extra.get("citations"))
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

    def memory(self) -> MemoryStore:
        """The long-term memory, opened on first use (LanceDB and the embedder load once)."""
        with self._engine_lock:
            if self._memory is None:
                self._memory = open_store()
            return self._memory

    def _memory_command(self, command: MemoryCommand, text: str, conversation_id: str | None,
                        on_token: Callable[[str], None] | None) -> TurnResult:
        zh = is_chinese(text)
        if command.action == "remember":
            stored = remember(command.content, kind="fact", source="command", store=self.memory())
            reply = (f"好的，我记住了：“{stored[0].text}”" if zh
                     else f"OK, I'll remember that: “{stored[0].text}”")
            return self._command_reply(conversation_id, text, reply, "remember", on_token,
                                       citations=[asdict(Citation.of(stored[0]))])
        found = find_to_forget(command.content, store=self.memory())
        if not found:
            reply = (f"我没有记着关于“{command.content}”的内容。" if zh
                     else f"I have nothing about “{command.content}” to forget.")
            return self._command_reply(conversation_id, text, reply, "forget", on_token, forgotten=[])
        removed = forget([m.id for m in found], store=self.memory())
        listed = "; ".join(f"“{m.text}”" for m in removed)
        reply = (f"已永久删除 {len(removed)} 条记忆：{listed}" if zh
                 else f"Forgotten for good ({len(removed)}): {listed}")
        return self._command_reply(conversation_id, text, reply, "forget", on_token,
                                   forgotten=[asdict(Citation.of(m)) for m in removed])

    def regenerate(self, conversation_id: str,
                   on_token: Callable[[str], None] | None = None) -> TurnResult:
        """Answer the conversation's last question again, replacing the last reply."""
        engine = self.engine()
        messages = self.conversations.messages(conversation_id)
        if not messages or messages[-1].role != "assistant" or len(messages) < 2:
            raise AssistantError("there is no reply to regenerate in this conversation yet")
        question = messages[-2]
        history = model_history(messages[:-2])
        self.conversations.delete_message(messages[-1].id)
        return self._answer(engine, conversation_id, history, question.content, on_token)

    def stop(self) -> None:
        """Stop the reply being generated, from any thread (the window's stop button, Esc)."""
        if self._current is not None:
            self._current.cancel()

    def _answer(self, engine: Engine, conversation_id: str, history: list[dict[str, str]], text: str,
                on_token: Callable[[str], None] | None) -> TurnResult:
        started = time.perf_counter()
        s = self.settings
        recall = relevant_memories(text, budget=engine.context_size // 4, measure=engine.count_text,
                                   store=self.memory())
        found = usable_evidence(recall.memories)
        matched = recall.matched_profile + [m for m in relevant_profile(text, recall.profile)
                                            if m not in recall.matched_profile]
        evidence = sorted(found + [m for m in matched if m not in found], key=lambda m: m.created, reverse=True)
        shown = evidence + [m for m in recall.profile if m not in evidence]  # numbered [1], [2] … in this order
        if not self._writes_chinese(engine):
            # Chinese text in the prompt tips an English-only model into Chinese nonsense (measured).
            shown = [m for m in shown if not is_chinese(m.text)]
        about_user = is_about_user(text)
        if about_user and not evidence:
            return self._product_reply(conversation_id, dont_know(text), on_token, started)
        stated = [] if is_question(text) else extract_facts(text)
        if stated:
            # The user told us something about themselves: acknowledge exactly what will be kept, rather
            # than let a small model riff on it (it answered "I live in Hangzhou." in Chinese nonsense).
            return self._product_reply(conversation_id, noted(text, stated), on_token, started)
        if is_chinese(text) and not self._writes_chinese(engine):
            # The bundled model writes fluent-looking nonsense in Chinese (measured): the product answers.
            if evidence:
                return self._product_reply(conversation_id, memory_answer(text, evidence[0]), on_token, started,
                                           [evidence[0]])
            return self._product_reply(conversation_id, dont_know(text) if about_user else model_cannot_write_chinese(),
                                       on_token, started)

        system = SYSTEM_PROMPT.format(today=datetime.now().strftime("%A %d %B %Y"))
        if shown:
            system += "\n\n" + context_block(shown)
        # Room for the reply is kept out of the window, but never more than half of it: a long
        # max_tokens setting must not push the question itself out.
        longest = s.max_tokens or engine.reply_tokens
        reserve = min(longest, engine.context_size // 2)
        prompt = engine.fit([{"role": "system", "content": system}], history, {"role": "user", "content": text},
                            reserve)
        room = engine.context_size - engine.count_tokens(prompt)
        generation = engine.stream(prompt, GenerationOptions(temperature=s.temperature,
                                                             max_tokens=min(longest, room), seed=s.seed))
        # An answer about the user is checked before it is shown, so it is not streamed.
        stream_to = None if about_user else on_token
        self._current = generation
        try:
            for piece in generation:
                if stream_to:
                    stream_to(piece)
        except KeyboardInterrupt:
            log.info("reply interrupted by the user")
        finally:
            generation.close()
            self._current = None
        done = generation.completion
        assert done is not None  # close() always settles it
        reply = done.text.strip() or ("" if done.interrupted else NO_ANSWER)
        cited: list[Memory] = []
        if about_user and not done.interrupted:
            checked = check_reply(text, reply, evidence)
            if checked.grounded and repeats_earlier_reply(reply, history):
                # A small model parrots earlier replies; a repeat does not answer this question.
                checked = check_reply(text, "", evidence)
            if not checked.grounded:
                log.info("model reply replaced by the memory it contradicted or ignored: %r", reply[:200])
            reply, cited = checked.reply, checked.cited
            if on_token:
                on_token(reply)
        elif shown:
            reply, cited = keep_valid_citations(reply, shown)
        if not is_chinese(text) and is_chinese(reply) and not self._writes_chinese(engine):
            log.info("English-only model answered in CJK text; not shown: %r", reply[:200])
            reply, cited = NO_SENSE, []
        citations = [asdict(Citation.of(m)) for m in cited]
        self.conversations.add_message(
            conversation_id, "assistant", reply, model=engine.name, prompt_tokens=done.prompt_tokens,
            completion_tokens=done.completion_tokens, interrupted=done.interrupted, citations=citations,
        )
        return TurnResult(action="reply", reply=reply, conversation=conversation_id, model=engine.name,
                          tokens=done.completion_tokens, seconds=round(time.perf_counter() - started, 3),
                          interrupted=done.interrupted, citations=citations)

    def _product_reply(self, conversation_id: str, reply: str, on_token: Callable[[str], None] | None,
                       started: float, cited: list[Memory] | None = None) -> TurnResult:
        """An answer the product built itself (from memory or a template), stored like the model's."""
        citations = [asdict(Citation.of(m)) for m in cited or []]
        self.conversations.add_message(conversation_id, "assistant", reply, model=None, citations=citations)
        if on_token:
            on_token(reply)
        return TurnResult(action="reply", reply=reply, conversation=conversation_id, model=None, tokens=0,
                          seconds=round(time.perf_counter() - started, 3), citations=citations)

    def _writes_chinese(self, engine: Engine) -> bool:
        """False for catalogue models known to be English-only (the bundled one); a user's own GGUF is
        trusted to know its languages."""
        for entry in load_catalogue():
            if entry.file == engine.path.name:
                return "zh" in entry.languages or "multilingual" in entry.languages
        return True
