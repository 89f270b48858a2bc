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
    db.table("_migrations").create({"name": str, "applied_at": str}, pk="name", if_not_exists=True)
    done = {row["name"] for row in db.table("_migrations").rows}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        with db.atomic():
            fn(db)
            db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))", [fn.__name__])
        applied.append(fn.__name__)
    return applied


@migration
def m001_conversations_messages(db: sqlite_utils.Database) -> None:
    db.table("conversations").create({"id": str, "title": str, "created": str, "updated": str}, pk="id")
    db.table("messages").create(
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
    db.table("messages").create_index(["conversation_id", "created"])
    db.table("settings").create({"key": str, "value": str}, pk="key")


@migration
def m002_message_tokens_and_state(db: sqlite_utils.Database) -> None:
    # Token counts let the context window be planned without re-tokenising history; `interrupted`
    # marks a reply the user stopped, kept as far as it got.
    db.table("messages").add_column("prompt_tokens", int)
    db.table("messages").add_column("completion_tokens", int)
    db.table("messages").add_column("interrupted", int, not_null_default=0)


@migration
def m003_reminders(db: sqlite_utils.Database) -> None:
    # SQLite is the source of truth for reminders; the worker's scheduler is rebuilt from it at start.
    # Instants are stored as fixed-width UTC text so text order is time order; `occurrence` and
    # `dtstart` are local wall times, because a recurrence ("every day at 9") lives on the wall clock.
    db.table("reminders").create(
        {
            "id": int,
            "task": str,
            "text": str,
            "due": str,
            "occurrence": str,
            "rrule": str,
            "dtstart": str,
            "tz": str,
            "status": str,
            "created": str,
            "updated": str,
            "fired_count": int,
        },
        pk="id",
        not_null={"task", "due", "occurrence", "dtstart", "tz", "status", "created", "updated"},
        defaults={"status": "scheduled", "fired_count": 0},
    )
    db.table("reminders").create_index(["status", "due"])
    # One row per time a reminder went off, written in the same transaction that advances the reminder,
    # so a restart can neither lose a firing nor repeat it; the unique index is a second guard.
    db.table("reminder_firings").create(
        {
            "id": int,
            "reminder_id": int,
            "due": str,
            "fired_at": str,
            "lateness_s": float,
            "late": int,
            "delivered": int,
        },
        pk="id",
        foreign_keys=[("reminder_id", "reminders", "id")],
        not_null={"reminder_id", "due", "fired_at"},
        defaults={"late": 0, "delivered": 0},
    )
    db.table("reminder_firings").create_index(["reminder_id", "due"], unique=True)
    db.table("reminder_firings").create_index(["delivered"])


@migration
def m004_offline_tasks(db: sqlite_utils.Database) -> None:
    # A long job the worker runs while the user is away. Each generated chunk is its own row, committed
    # with the task's progress, so a restart resumes after the last chunk instead of starting over.
    db.table("tasks").create(
        {
            "id": int,
            "prompt": str,
            "status": str,
            "target_words": int,
            "chunks_total": int,
            "chunks_done": int,
            "tokens": int,
            "error": str,
            "created": str,
            "updated": str,
            "finished": str,
        },
        pk="id",
        not_null={"prompt", "status", "created", "updated"},
        defaults={"status": "queued", "chunks_done": 0, "tokens": 0},
    )
    db.table("tasks").create_index(["status", "id"])
    db.table("task_chunks").create(
        {"task_id": int, "n": int, "text": str, "tokens": int, "created": str},
        pk=("task_id", "n"),
        foreign_keys=[("task_id", "tasks", "id")],
    )


@migration
def m005_message_citations(db: sqlite_utils.Database) -> None:
    # The memories a reply cited, as JSON [{"id","text","at","kind"}], so a reopened conversation still
    # shows why the assistant answered as it did.
    db.table("messages").add_column("citations", str)


@migration
def m006_reply_length_follows_the_model(db: sqlite_utils.Database) -> None:
    # max_tokens used to default to 512 and every save wrote the default out, so stored 512s are
    # (almost always) the old default, not a choice: they now follow the model's own reply length
    # (the catalogue's reply_tokens), which keeps the bundled model from rambling to 512 tokens.
    if "settings" in db.table_names():
        db.execute("UPDATE settings SET value = 'null' WHERE key = 'max_tokens' AND value = '512'")


@migration
def m007_books(db: sqlite_utils.Database) -> None:
    # The library: one row per book file (its text lives in the memory store as "document" passages
    # whose source names the book). `file_hash` is unique so the same file imported again adds nothing;
    # `position` is the passage the reader stopped at, kept here so "where was I?" survives a restart.
    db.table("books").create(
        {
            "id": str,
            "title": str,
            "author": str,
            "language": str,
            "format": str,
            "file_name": str,
            "size": int,
            "file_hash": str,
            "chapters": int,
            "passages": int,
            "pages": int,
            "added": str,
            "position": str,
            "progress": float,
            "read_at": str,
        },
        pk="id",
        not_null={"title", "format", "file_hash", "added"},
        defaults={
            "author": "",
            "language": "",
            "chapters": 0,
            "passages": 0,
            "pages": 0,
            "progress": 0.0,
            "position": "",
            "read_at": "",
        },
    )
    db.table("books").create_index(["file_hash"], unique=True)
    db.table("book_chapters").create(
        {"book_id": str, "n": int, "title": str, "passages": int, "first_passage": int, "first_page": int},
        pk=("book_id", "n"),
        foreign_keys=[("book_id", "books", "id")],
    )
    # A reminder set from the Library ("return this book on Friday") links back to its book; a table of
    # its own, so the reminders table keeps one owner.
    db.table("book_reminders").create({"reminder_id": int, "book_id": str}, pk="reminder_id")
    db.table("book_reminders").create_index(["book_id"])


@migration
def m008_reminder_firings_missed(db: sqlite_utils.Database) -> None:
    # A firing the person may not have seen: it fell due while nothing ran (late), or the process stopped
    # before its notification was handed over. Listed once as "missed while away", then acknowledged.
    firings = db.table("reminder_firings")
    firings.add_column("missed", int, not_null_default=0)
    firings.add_column("acknowledged", str)
    db.execute("UPDATE reminder_firings SET missed = late")
    firings.create_index(["missed", "acknowledged"])


@migration
def m009_message_grounded(db: sqlite_utils.Database) -> None:
    # Whether a reply was built from the user's memories and documents (1) or is the model's own general
    # knowledge (0), so a reopened conversation still shows which answers were which. Older replies: 1,
    # since nothing says otherwise and the window marks only what is known to be general.
    db.table("messages").add_column("grounded", int, not_null_default=1)
