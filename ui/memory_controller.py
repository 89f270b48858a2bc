"""The Memory panel's glue: search, forget, correct, import and export through the core; and one memory
opened on its own, from a reply's citation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from .core_session import CoreSession
from .friendly_time import friendly
from .memory_panel import MemoryPanel, ShownMemory, shown
from .memory_rows import ASKED_KIND, arrange
from .memory_words import kind_label, source_words

if TYPE_CHECKING:
    from assistant.assistant import Assistant
    from assistant.memory.model import ImportReport, Memory
    from assistant.memory.replacement import Replacement


class MemoryController(QObject):
    forgotten = Signal(list)  # the Memory rows removed
    edited = Signal(object)  # the corrected Memory
    import_finished = Signal(object)  # ImportReport, or the exception that refused the file

    def __init__(self, session: CoreSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.panel = MemoryPanel()
        self.panel.refresh_requested.connect(self.refresh)
        self.panel.forget_requested.connect(self.forget)
        self.panel.edit_requested.connect(self.edit)
        self.panel.import_requested.connect(self.import_from)
        self.panel.export_requested.connect(self.export_to)
        self.memory_box: QMessageBox | None = None  # the memory last opened from a citation

    def refresh(self, query: str, kind: str) -> None:
        stored_kind = "turn" if kind == ASKED_KIND else kind

        def rows(a: Assistant) -> list[ShownMemory]:
            found = a.memories.browse(query, stored_kind)
            partly = {i for i, r in a.memories.replaced(found).items() if not r.whole}
            return [shown(r) for r in arrange(found, kind, bool(query), partly)]

        self.session.call(rows, self.panel.show_memories)

    def open_memory(self, memory_id: str) -> None:
        def show(found: tuple[Memory, Replacement | None]) -> None:
            memory, replacement = found
            box = QMessageBox(self.panel.window())
            box.setWindowTitle(self.tr("Memory"))
            box.setText(memory.text)
            replaced = self.replaced_words(replacement) if replacement else ""
            box.setInformativeText(
                self.tr("Remembered {0} · {1}\nFrom: {2}").format(
                    friendly(memory.created), kind_label(memory.kind), source_words(memory.source, memory.created)
                )
                + replaced
            )
            forget = box.addButton(self.tr("Forget this"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Close)

            def closed(_result: int) -> None:
                if box.clickedButton() is forget:
                    self.forget([memory.id])

            box.finished.connect(closed)
            box.open()
            self.memory_box = box

        def read(a: Assistant) -> tuple[Memory, Replacement | None]:
            memory = a.memories.get(memory_id)
            return memory, a.memories.replaced([memory]).get(memory.id)

        self.session.call(read, show)

    def replaced_words(self, replacement: Replacement) -> str:
        """What newer memories replaced of one: whole, or, of a remark that says several things, only what
        changed ("I live in Leeds with my wife Jen" after "We moved to York" still says who the wife is)."""
        if replacement.whole:
            newer = replacement.parts[0].newer
            return (
                self.tr("\nReplaced by a newer fact: “{0}”").format(newer)
                if newer
                else self.tr("\nReplaced by a newer fact.")
            )
        lines = [
            self.tr("“{0}” is now “{1}”").format(r.said, r.newer)
            if r.newer
            else self.tr("“{0}” no longer holds").format(r.said)
            for r in replacement.parts
        ]
        return self.tr("\nPartly replaced: {0}. The rest of it is still current.").format("; ".join(lines))

    def forget(self, ids: list[str]) -> None:
        def done(removed: list[Memory]) -> None:
            self.session.status(self.tr("Forgotten for good: {0} memories").format(len(removed)))
            self.panel.refresh()
            self.forgotten.emit(removed)

        self.session.call(lambda a: a.memories.forget(ids), done)

    def edit(self, memory_id: str, text: str) -> None:
        def done(memory: Memory) -> None:
            self.session.status(self.tr("Memory corrected: {0}").format(memory.text))
            self.panel.refresh()
            self.edited.emit(memory)

        self.session.call(lambda a: a.memories.edit(memory_id, text), done)

    def import_from(self, path: str) -> None:
        if self.session.assistant is None:
            return
        self.panel.set_importing(True)
        self.session.status(self.tr("Importing {0}…").format(Path(path).name))

        def done(report: ImportReport) -> None:
            self.panel.set_importing(False)
            self.session.status(
                self.tr("Imported {0}: {1} new, {2} already known").format(
                    Path(report.file).name, report.added, report.unchanged
                )
            )
            self.panel.refresh()
            self.import_finished.emit(report)

        def failed(error: BaseException) -> None:
            self.panel.set_importing(False)
            self.session.failed(error)
            self.import_finished.emit(error)

        # A book (EPUB, PDF, DOCX, HTML) joins the library, as `memory import` does on the command line.
        self.session.call(lambda a: a.books.import_file(path) or a.memories.import_file(path), done, failed)

    def export_to(self, path: str) -> None:
        self.session.call(
            lambda a: a.memories.export_file(path),
            lambda n: self.session.status(self.tr("Exported {0} memories to {1}").format(n, path)),
        )
