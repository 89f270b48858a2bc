"""The Library tab offscreen over the real core: a book added in the background with progress, opened at
a cited passage with it highlighted, and opened again where the reader stopped."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QTextCursor

sys.path.insert(0, str(Path(__file__).parents[1] / "books"))

from make_books import make_pdf  # noqa: E402

from tests.ui.core_thread import on_core  # noqa: E402
from tests.ui.test_main_window import StallWatch, wait_ready  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.reader_view import HIGHLIGHT  # noqa: E402


def highlighted_text(window: MainWindow) -> str:
    document = window.library.panel.reader.page.document()
    cursor = QTextCursor(document)
    marked = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().color() == HIGHLIGHT:
                marked.append(fragment.text())
            it += 1
        block = block.next()
    del cursor
    return " ".join(marked)


def test_a_long_pdf_imports_in_the_background_and_opens_at_a_cited_passage(qtbot, home: Path, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: window.assistant is not None and "Ready" in window.statusBar().currentMessage(), timeout=120000
    )  # the model loads on the core thread; a busy machine takes longer
    wait_ready(qtbot, window)
    pdf = make_pdf(tmp_path / "keeper.pdf", pages_per_chapter=20, filler=4)
    window.tabs.setCurrentWidget(window.library.panel)
    watch = StallWatch()
    with qtbot.waitSignal(window.library.import_finished, timeout=300000) as blocker:
        window.library.add(str(pdf))
        assert window.library.panel.progress.isVisible()
    result = blocker.args[0]
    assert not isinstance(result, Exception), result
    assert result.added and result.book.pages == 60 and result.book.chapters == 3
    assert watch.longest < 0.5, f"the UI thread stalled for {watch.longest:.3f} s during the import"
    assert not window.library.panel.progress.isVisible()
    qtbot.waitUntil(lambda: window.library.panel.tree.topLevelItemCount() == 1, timeout=10000)

    found = on_core(qtbot, window, lambda a: a.books.search("harbour master thanking Tobias", result.book.id, limit=1))
    cited = found[0].memory
    with qtbot.waitSignal(window.library.opened, timeout=10000) as opened:
        window._open_cited(cited.id)  # what clicking the citation under a reply does
    assert opened.args == [result.book.id, cited.id]
    assert window.tabs.currentWidget() is window.library.panel
    assert window.library.panel.stack.currentWidget() is window.library.panel.reader
    assert "harbour master" in highlighted_text(window)
    assert window.library.panel.reader.chapters.currentText() == "The Letter"

    # Reading on: scroll down, and the passage at the top is kept as the place the reader stopped.
    reader = window.library.panel.reader
    bar = reader.page.verticalScrollBar()
    with qtbot.waitSignal(reader.position_changed, timeout=5000) as moved:
        bar.setValue(bar.maximum())
    # Saved on the core thread as the signal arrived, so a read queued behind it sees the place.
    assert on_core(qtbot, window, lambda a: a.books.get(result.book.id).position) == moved.args[1]
    stopped = moved.args[1]

    # Back to the shelf and "Read" again: the book opens where the reader stopped (the place is in the
    # database, so a restart finds it too: tests/books/test_library.py reopens it from the files).
    window.library.panel.show_shelf()
    with qtbot.waitSignal(window.library.opened, timeout=10000) as reopened:
        window.library.panel.open_requested.emit(result.book.id)
    assert reopened.args == [result.book.id, stopped]
    assert reader.passage_at_top() is not None and reader.passage_at_top().id == stopped
