"""Conversations and their messages in SQLite: the record of what was said (the data types are in
messages.py)."""

from __future__ import annotations

import builtins
import json
import uuid

import sqlite_utils

from .citation import Citation
from .clock import stamp
from .db import checkpoint, db_file, storage_errors
from .errors import NotFound
from .messages import Conversation, Message

TITLE_LENGTH = 60
FORGOTTEN = "[forgotten]"


class Conversations:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def _path(self) -> str:
        return db_file(self.db)

    def create(self, title: str = "") -> Conversation:
        now = stamp()
        conv = Conversation(id=uuid.uuid4().hex[:12], title=title, created=now, updated=now)
        with storage_errors(self._path()), self.db.atomic():
            self.db.table("conversations").insert({"id": conv.id, "title": conv.title, "created": now, "updated": now})
        return conv

    def get(self, conversation_id: str) -> Conversation:
        rows = list(
            self.db.query(
                "SELECT c.*, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS messages "
                "FROM conversations c WHERE c.id = ?",
                [conversation_id],
            )
        )
        if not rows:
            raise NotFound(f"no conversation with id {conversation_id!r}; `assistant conversations list` shows them")
        return Conversation(**rows[0])

    def list(self) -> builtins.list[Conversation]:
        return [
            Conversation(**row)
            for row in self.db.query(
                "SELECT c.*, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS messages "
                "FROM conversations c ORDER BY c.updated DESC"
            )
        ]

    def search(self, query: str) -> builtins.list[Conversation]:
        """Conversations whose title or any message contains `query` (case-insensitive; any script)."""
        pattern = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [
            Conversation(**row)
            for row in self.db.query(
                "SELECT c.*, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS messages "
                "FROM conversations c WHERE c.title LIKE :p ESCAPE '\\' OR EXISTS (SELECT 1 FROM messages m "
                "WHERE m.conversation_id = c.id AND m.content LIKE :p ESCAPE '\\') ORDER BY c.updated DESC",
                {"p": pattern},
            )
        ]

    def messages(self, conversation_id: str) -> builtins.list[Message]:
        return [
            Message.from_row(row)
            for row in self.db.query(
                "SELECT id, conversation_id, role, content, created, model, prompt_tokens, completion_tokens, "
                "interrupted, citations, grounded FROM messages WHERE conversation_id = ? ORDER BY rowid",
                [conversation_id],
            )
        ]

    def add_message(
        self,
        conversation_id: str,
        role: str,
        content: str,
        *,
        model: str | None = None,
        prompt_tokens: int | None = None,
        completion_tokens: int | None = None,
        interrupted: bool = False,
        citations: builtins.list[Citation] | None = None,
        grounded: bool = True,
    ) -> Message:
        msg = Message(
            id=uuid.uuid4().hex,
            conversation_id=conversation_id,
            role=role,
            content=content,
            created=stamp(),
            model=model,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            interrupted=interrupted,
            citations=citations or [],
            grounded=grounded,
        )
        row = {
            **msg.__dict__,
            "interrupted": int(interrupted),
            "grounded": int(grounded),
            "citations": json.dumps([c.to_json() for c in citations], ensure_ascii=False) if citations else None,
        }
        with storage_errors(self._path()), self.db.atomic():
            self.db.table("messages").insert(row)
            title = self.db.table("conversations").get(conversation_id)["title"]
            update = {"updated": msg.created}
            if not title and role == "user":  # the first question names the conversation
                first_line = content.strip().splitlines()[0] if content.strip() else ""
                update["title"] = first_line[:TITLE_LENGTH]
            self.db.table("conversations").update(conversation_id, update)
        return msg

    def ask(self, conversation_id: str | None, text: str) -> tuple[Conversation, Message]:
        """Store the user's message, in a new conversation when `conversation_id` is None: one commit, so
        a full disk leaves no empty conversation behind."""
        if conversation_id is not None:
            return self.get(conversation_id), self.add_message(conversation_id, "user", text)
        # atomic() nests (the two writes below are savepoints inside it): both rows commit, or neither.
        with storage_errors(self._path()), self.db.atomic():
            conv = self.create()
            asked = self.add_message(conv.id, "user", text)
        return conv, asked

    def delete_message(self, message_id: str) -> None:
        with storage_errors(self._path()), self.db.atomic():
            self.db.execute("DELETE FROM messages WHERE id = ?", [message_id])

    def redact(self, texts: builtins.list[str], memory_ids: builtins.list[str]) -> int:
        """Remove forgotten memories from the record of what was said: their words become "[forgotten]"
        in messages and titles, and citations of them are dropped. With secure_delete on and the log
        checkpointed, the old words are left in no page of the database or its -wal file.
        Returns how many messages changed."""
        changed = 0
        with storage_errors(self._path()), self.db.atomic():
            for text in (t for t in texts if len(t.strip()) >= 3):
                pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                # A title made from the first question may hold only the start of the words: such a title
                # is made again from the question once that is redacted.
                titled = list(
                    self.db.query(
                        "SELECT c.id, c.title, m.content FROM conversations c JOIN messages m ON m.rowid = (SELECT "
                        "min(rowid) FROM messages WHERE conversation_id = c.id AND role = 'user') "
                        "WHERE m.content LIKE :p ESCAPE '\\'",
                        {"p": pattern},
                    )
                )
                changed += self.db.execute(
                    "UPDATE messages SET content = replace(content, ?, ?) WHERE content LIKE ? ESCAPE '\\'",
                    [text, FORGOTTEN, pattern],
                ).rowcount
                for row in titled:
                    title = row["title"]
                    if title and row["content"].strip().startswith(title):
                        title = row["content"].replace(text, FORGOTTEN).strip().splitlines()[0][:TITLE_LENGTH]
                    self.db.table("conversations").update(row["id"], {"title": title.replace(text, FORGOTTEN)})
            for memory_id in memory_ids:
                changed += self.db.execute(
                    "UPDATE messages SET citations = NULL WHERE citations LIKE ?", [f'%"{memory_id}"%']
                ).rowcount
        checkpoint(self.db.conn, attempts=20)
        return changed

    def rename(self, conversation_id: str, title: str) -> None:
        self.get(conversation_id)
        with storage_errors(self._path()), self.db.atomic():
            self.db.table("conversations").update(conversation_id, {"title": title})

    def delete(self, conversation_id: str) -> Conversation:
        conv = self.get(conversation_id)
        with storage_errors(self._path()), self.db.atomic():
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
