"""`assistant books …` and `memory import` of a book, as a user runs them: a real process and data folder."""

from __future__ import annotations

import json
from pathlib import Path

from make_books import make_epub, make_pdf

from tests.helpers import run_cli


def test_books_add_list_show_remove_keep_their_json_shapes(home: Path, tmp_path: Path) -> None:
    epub = make_epub(tmp_path / "book.epub")
    added = json.loads(run_cli("books", "add", str(epub), "--json", home=home).stdout)
    assert {k: added[k] for k in ("title", "author", "language", "format", "chapters")} == {
        "title": "The Lighthouse Keeper",
        "author": "A. Tester",
        "language": "en",
        "format": "epub",
        "chapters": 3,
    }
    assert added["passages"] >= 3 and added["added"] is True
    again = run_cli("books", "add", str(epub), home=home)
    assert again.returncode == 0 and "already in your library, nothing added" in again.stdout
    shelf = json.loads(run_cli("books", "list", "--json", home=home).stdout)
    assert [b["id"] for b in shelf] == [added["id"]] and shelf[0]["progress"] == 0
    shown = json.loads(run_cli("books", "show", added["id"], "--json", home=home).stdout)
    assert shown["chapters"] == [{"title": t, "passages": 1} for t in ("The Storm", "The Rescue", "The Letter")]
    assert run_cli("books", "remove", added["id"], home=home).returncode == 0
    assert json.loads(run_cli("books", "list", "--json", home=home).stdout) == []


def test_a_book_that_cannot_be_read_is_one_line_and_stores_nothing(home: Path, tmp_path: Path) -> None:
    secret = make_pdf(tmp_path / "secret.pdf", password="x")
    p = run_cli("books", "add", str(secret), home=home)
    lines = [line for line in p.stderr.splitlines() if line.strip()]
    assert p.returncode != 0 and len(lines) == 1 and "password" in lines[0] and "Traceback" not in p.stderr
    assert json.loads(run_cli("books", "list", "--json", home=home).stdout) == []


def test_memory_import_of_a_pdf_adds_it_to_the_library(home: Path, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "book.pdf")
    report = json.loads(run_cli("memory", "import", str(pdf), "--json", home=home).stdout)
    assert report["format"] == "pdf" and report["added"] == 3
    assert json.loads(run_cli("books", "list", "--json", home=home).stdout)[0]["pages"] == 3


def test_chat_book_answers_from_the_chosen_book_and_refuses_an_unknown_one(home: Path, tmp_path: Path) -> None:
    added = json.loads(run_cli("books", "add", str(make_epub(tmp_path / "b.epub")), "--json", home=home).stdout)
    p = run_cli("chat", "--once", "What happens in chapter 2?", "--book", added["id"][:6], "--json", home=home)
    turn = json.loads(p.stdout)
    assert "Anselm" in turn["reply"] and turn["model"] is None
    assert turn["citations"] and {c["place"].split(", para.")[0] for c in turn["citations"]} == {
        "The Lighthouse Keeper, “The Rescue”"
    }
    unknown = run_cli("chat", "--once", "Who is Anselm?", "--book", "ffffff", home=home)
    lines = [line for line in unknown.stderr.splitlines() if line.strip()]
    assert unknown.returncode != 0 and len(lines) == 1 and "no book with id ffffff" in lines[0]


def test_interactive_chat_chooses_and_clears_a_book_with_slash_book(home: Path, tmp_path: Path) -> None:
    added = json.loads(run_cli("books", "add", str(make_epub(tmp_path / "b.epub")), "--json", home=home).stdout)
    said = "\n".join([f"/book {added['id'][:5]}", "What happens in chapter 2?", "/book nonsense", "/book", "/quit", ""])
    p = run_cli("chat", home=home, input=said)
    assert p.returncode == 0, p.stderr
    assert "discussing “The Lighthouse Keeper”" in p.stderr and "no book with id nonsense" in p.stderr
    assert "no book chosen" in p.stderr and "Traceback" not in p.stderr
    assert "Chapter 2" in p.stdout or "“The Rescue” of “The Lighthouse Keeper”" in p.stdout
    assert "Anselm" in p.stdout
