"""Schema changes as an ordered list of small functions, each applied once and recorded in `_migrations`.

Never edit or reorder a migration that has shipped: add a new one. An old database upgrades itself by
running the ones it has not seen (the same scheme as simonw/llm).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every migration not yet recorded, each in its own transaction; return the names applied."""
    db["_migrations"].create({"name": str, "applied_at": str}, pk="name", if_not_exists=True)
    done = {row["name"] for row in db["_migrations"].rows}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        with db.conn:
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))", [fn.__name__]
            )
        applied.append(fn.__name__)
    return applied


@migration
def m001_conversations_messages(db: sqlite_utils.Database) -> None:
    db["conversations"].create(
        {"id": str, "title": str, "created": str, "updated": str}, pk="id"
    )
    db["messages"].create(
        {
            "id": str,
            "conversation_id": str,
            "role": str,
            "content": str,
            "created": str,
            "model": str,
        },
        pk="id",
        foreign_keys=[("conversation_id", "conversations", "id")],
    )
    db["messages"].create_index(["conversation_id", "created"])
    db["settings"].create({"key": str, "value": str}, pk="key")


@migration
def m002_message_tokens_and_state(db: sqlite_utils.Database) -> None:
    # Token counts let the context window be planned without re-tokenising history; `interrupted`
    # marks a reply the user stopped, kept as far as it got.
    db["messages"].add_column("prompt_tokens", int)
    db["messages"].add_column("completion_tokens", int)
    db["messages"].add_column("interrupted", int, not_null_default=0)
