"""Discussing a book in the window, offscreen over the real core and model: "Discuss in chat" from the
Library sets the chip by the message box, questions are then answered from that book with citations that
open the reader, × clears it; a "return this book" reminder in the Reminders tab links back to the book."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "books"))

from make_books import make_epub  # noqa: E402

from tests.ui.core_thread import on_core  # noqa: E402
from tests.ui.test_main_window import wait_ready  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

HARBOUR = [("Morning", ["Marta sold mackerel at the harbour market every morning before the ferry came in."])]


def send(qtbot, window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    window.chat.panel.input.setPlainText(text)
    with qtbot.waitSignal(window.chat.reply_finished, timeout=120000) as done:
        window.chat.send()
    return done.args[0]


def test_a_book_chosen_from_the_library_scopes_the_chat_until_cleared(qtbot, home: Path, tmp_path: Path) -> None:
    window = MainWindow(run_worker=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.assistant is not None, timeout=120000)
    wait_ready(qtbot, window)
    keeper = on_core(qtbot, window, lambda a: a.books.add(make_epub(tmp_path / "keeper.epub")).book)
    on_core(
        qtbot,
        window,
        lambda a: a.books.add(make_epub(tmp_path / "harbour.epub", title="Harbour Days", chapters=HARBOUR)),
    )
    window.tabs.setCurrentWidget(window.library.panel)
    shelf = window.library.panel
    qtbot.waitUntil(lambda: shelf.tree.topLevelItemCount() == 2, timeout=10000)
    shelf.tree.topLevelItem(0).setSelected(True)
    assert shelf.discuss_button.isEnabled()
    shelf.discuss_button.click()

    chip = window.chat.panel.book_chip
    assert window.tabs.currentWidget() is window.chat.panel
    assert chip.isVisible() and chip.book_id == keeper.id and "The Lighthouse Keeper" in chip.label.text()
    overview = send(qtbot, window, "What happens in chapter 2?")  # two books, but one is chosen: no question back
    assert "Anselm" in overview.reply and overview.citations
    assert all(c.id.startswith(f"book-{keeper.id}-") for c in overview.citations)
    with qtbot.waitSignal(window.library.opened, timeout=10000) as opened:
        window._open_cited(overview.citations[0].id)  # the citation chip under the reply
    assert opened.args == [keeper.id, overview.citations[0].id]

    window.tabs.setCurrentWidget(window.chat.panel)
    window.chat.new_chat()
    assert chip.book_id == keeper.id  # a new chat keeps the book until it is cleared
    chip.clear_button.click()
    assert not chip.isVisible() and chip.book_id == ""
    asked = send(qtbot, window, "What happens in chapter 2?")
    assert asked.reply.startswith("Which book do you mean?")
    window.chat.discuss(keeper.id, keeper.title)
    window.library.panel.remove_requested.emit(keeper.id)  # what "Remove" does once confirmed
    assert not chip.isVisible() and chip.book_id == ""  # a removed book is no longer discussed
    qtbot.waitUntil(lambda: shelf.tree.topLevelItemCount() == 1, timeout=10000)  # removed, on the core thread


def test_a_return_reminder_set_in_the_library_opens_its_book(qtbot, home: Path, tmp_path: Path) -> None:
    window = MainWindow(run_worker=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.assistant is not None, timeout=120000)
    wait_ready(qtbot, window)
    keeper = on_core(qtbot, window, lambda a: a.books.add(make_epub(tmp_path / "keeper.epub")).book)
    window.library.remind(keeper.id, "every Friday at 5pm")
    # On the core thread after it, as the window's own calls run: the test thread never shares the connection.
    # Not "tomorrow", which is asked about between midnight and 04:00.
    window.session.call(lambda a: a.reminders.from_sentence("remind me to water the plants on Friday at 9am"))
    panel = window.reminders.panel
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=10000)
    items = [panel.tree.topLevelItem(i) for i in range(2)]
    qtbot.waitUntil(lambda: any(item.data(1, 256) for item in items), timeout=10000)  # Qt.UserRole
    book_item = next(item for item in items if "The Lighthouse Keeper" in item.text(1))
    other = next(item for item in items if item is not book_item)
    other.setSelected(True)
    assert not panel.book_button.isVisible()
    other.setSelected(False)
    book_item.setSelected(True)
    assert panel.book_button.isVisible()
    with qtbot.waitSignal(window.library.opened, timeout=10000) as opened:
        panel.book_button.click()
    assert opened.args[0] == keeper.id and window.tabs.currentWidget() is window.library.panel
