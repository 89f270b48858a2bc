"""`assistant books add|list|show|remove`: the library from the command line, on the same core as the
window's Library panel."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..assistant import Assistant
from ..books.manager import Books
from ..books.model import Book
from . import emit


def _books() -> Books:
    return Assistant.open().books


def _summary(book: Book) -> str:
    by = f" by {book.author}" if book.author else ""
    pages = f", {book.pages} pages" if book.pages else ""
    read = f", {round(book.progress * 100)}% read" if book.progress else ""
    return (
        f"{book.id}  {book.title}{by}  ({book.format}, {book.language or 'language unknown'}, "
        f"{book.chapters} chapters, {book.passages} passages{pages}{read})"
    )


@click.group("books", invoke_without_command=True)
@click.pass_context
def books_group(ctx: click.Context) -> None:
    """Your library: books to read and discuss with the assistant (EPUB, PDF, DOCX, HTML, Markdown, text)."""
    if ctx.invoked_subcommand is None:  # alone: the list, as `reminders` alone is
        ctx.invoke(list_command)


@books_group.command("add")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def add_command(file: Path, as_json: bool) -> None:
    """Read FILE into the library. The same file again adds nothing."""
    books = _books()

    tty = sys.stderr.isatty()

    def progress(stage: str, fraction: float) -> None:
        # Shown to a person at a terminal only: scripts get the result, or one line saying why not.
        if tty:
            click.echo(f"\r{stage} {file.name}: {fraction:4.0%}", err=True, nl=False)

    try:
        result = books.add(file, progress)
    finally:
        if tty:
            click.echo("\r\033[K", err=True, nl=False)  # the progress line goes, whatever happened
    book = result.book
    out = {**book.to_json(), "added": result.added}
    if result.added:
        emit(out, as_json, f"added {_summary(book)}")
    else:
        emit(out, as_json, f"already in your library, nothing added: {_summary(book)}")


@books_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of books.")
def list_command(as_json: bool) -> None:
    """The books in the library, with how far you have read each."""
    shelf = _books().list()
    if not shelf and not as_json:
        click.echo("no books yet: `assistant books add FILE` (EPUB, PDF, DOCX, HTML, Markdown or text)")
        return
    emit([b.to_json() for b in shelf], as_json, "\n".join(_summary(b) for b in shelf))


@books_group.command("show")
@click.argument("book_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True)
def show_command(book_id: str, as_json: bool) -> None:
    """A book with its chapters (ID may be the first few characters of the id)."""
    books = _books()
    book = books.get(book_id)
    lines = [_summary(book)]
    for c in book.chapter_list:
        page = f"  p. {c.first_page}" if c.first_page else ""
        lines.append(f"  {c.n:>3}. {c.title}  ({c.passages} passages{page})")
    stopped = books.where_was_i(book.id)
    if stopped is not None:
        lines.append(f"you stopped at: {books.place_of(stopped) or stopped.id}")
    emit(book.to_json(with_chapters=True), as_json, "\n".join(lines))


@books_group.command("remove")
@click.argument("book_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True)
def remove_command(book_id: str, as_json: bool) -> None:
    """Remove a book and its passages for good (the file itself is not touched)."""
    book = _books().remove(book_id)
    emit({"removed": book.id, "title": book.title}, as_json, f"removed {book.id}  {book.title}")


COMMANDS = [books_group]
