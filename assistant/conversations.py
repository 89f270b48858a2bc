"""Conversations and their messages in SQLite: the record of what was said."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from .db import storage_errors
from .errors import NotFound

TITLE_LENGTH = 60


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class Message:
    id: str
    conversation_id: str
    role: str  # "user" or "assistant"
    content: str
    created: str
    model: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    interrupted: bool = False
    citations: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Message:
        return cls(**{**row, "interrupted": bool(row.get("interrupted")),
                      "citations": json.loads(row["citations"]) if row.get("citations") else []})


@dataclass
class Conversation:
    id: str
    title: str
    created: str
    updated: str
    messages: int = 0


class Conversations:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def _path(self) -> str:
        return self.db.conn.execute("PRAGMA database_list").fetchone()[2] or "the database"

    def create(self, title: str = "") -> Conversation:
        stamp = now_iso()
        conv = Conversation(id=uuid.uuid4().hex[:12], title=title, created=stamp, updated=stamp)
        with storage_errors(self._path()), self.db.conn:
            self.db["conversations"].insert(
                {"id": conv.id, "title": conv.title, "created": stamp, "updated": stamp}
            )
        return conv

    def get(self, conversation_id: str) -> Conversation:
        rows = list(self.db.query(
            "SELECT c.*, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS messages "
            "FROM conversations c WHERE c.id = ?", [conversation_id]))
        if not rows:
            raise NotFound(f"no conversation with id {conversation_id!r}; `assistant conversations list` shows them")
        return Conversation(**rows[0])

    def list(self) -> list[Conversation]:
        return [Conversation(**row) for row in self.db.query(
            "SELECT c.*, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS messages "
            "FROM conversations c ORDER BY c.updated DESC")]

    def search(self, query: str) -> list[Conversation]:
        """Conversations whose title or any message contains `query` (case-insensitive; any script)."""
        pattern = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [Conversation(**row) for row in self.db.query(
            "SELECT c.*, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS messages "
            "FROM conversations c WHERE c.title LIKE :p ESCAPE '\\' OR EXISTS (SELECT 1 FROM messages m "
            "WHERE m.conversation_id = c.id AND m.content LIKE :p ESCAPE '\\') ORDER BY c.updated DESC",
            {"p": pattern})]

    def messages(self, conversation_id: str) -> list[Message]:
        return [Message.from_row(row) for row in self.db.query(
            "SELECT id, conversation_id, role, content, created, model, prompt_tokens, completion_tokens, "
            "interrupted, citations FROM messages WHERE conversation_id = ? ORDER BY rowid", [conversation_id])]

    def add_message(self, conversation_id: str, role: str, content: str, *, model: str | None = None,
                    prompt_tokens: int | None = None, completion_tokens: int | None = None,
                    interrupted: bool = False, citations: list[dict[str, Any]] | None = None) -> Message:
        msg = Message(id=uuid.uuid4().hex, conversation_id=conversation_id, role=role, content=content,
                      created=now_iso(), model=model, prompt_tokens=prompt_tokens,
                      completion_tokens=completion_tokens, interrupted=interrupted, citations=citations or [])
        row = {**msg.__dict__, "interrupted": int(interrupted),
               "citations": json.dumps(citations, ensure_ascii=False) if citations else None}
        with storage_errors(self._path()), self.db.conn:
            self.db["messages"].insert(row)
            title = self.db["conversations"].get(conversation_id)["title"]
            update = {"updated": msg.created}
            if not title and role == "user":  # the first question names the conversation
                first_line = content.strip().splitlines()[0] if content.strip() else ""
                update["title"] = first_line[:TITLE_LENGTH]
            self.db["conversations"].update(conversation_id, update)
        return msg

    def delete_message(self, message_id: str) -> None:
        with storage_errors(self._path()), self.db.conn:
            self.db.execute("DELETE FROM messages WHERE id = ?", [message_id])

    def rename(self, conversation_id: str, title: str) -> None:
        self.get(conversation_id)
        with storage_errors(self._path()), self.db.conn:
            self.db["conversations"].update(conversation_id, {"title": title})

    def delete(self, conversation_id: str) -> Conversation:
        conv = self.get(conversation_id)
        with storage_errors(self._path()), self.db.conn:
            self.db.execute("DELETE FROM messages WHERE conversation_id = ?", [conversation_id])
            self.db.execute("DELETE FROM conversations WHERE id = ?", [conversation_id])
        return conv

    def to_markdown(self, conversation_id: str) -> str:
        conv = self.get(conversation_id)
        lines = [f"# {conv.title or 'Conversation'}", "", f"_{conv.id} · started {conv.created}_", ""]
        for m in self.messages(conversation_id):
            who = "You" if m.role == "user" else f"Assistant ({m.model})" if m.model else "Assistant"
            lines += [f"**{who}** · {m.created}", "", m.content + (" _(interrupted)_" if m.interrupted else ""), ""]
        return "\n".join(lines)
