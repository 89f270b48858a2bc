"""Offline tasks: long jobs the worker runs while the user is away, with progress, result and cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .status_words import task_status

if TYPE_CHECKING:
    from assistant.worker.task_model import Task


class TasksPanel(QWidget):
    add_requested = Signal(str)
    open_requested = Signal(int)
    cancel_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText(self.tr("e.g. write a 3,000-word bedtime story about a brave snail"))
        self.prompt.returnPressed.connect(self._add)
        add = QPushButton(self.tr("Start"))
        add.clicked.connect(self._add)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Progress"), self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.open_requested.emit(self._id(item)))
        self.tree.itemSelectionChanged.connect(self._selection)
        self.open_button = QPushButton(self.tr("Open result"))
        self.open_button.clicked.connect(lambda: self._act(self.open_requested.emit))
        self.cancel_button = QPushButton(self.tr("Cancel task"))
        self.cancel_button.clicked.connect(lambda: self._act(self.cancel_requested.emit))
        row = QHBoxLayout()
        row.addWidget(self.prompt, 1)
        row.addWidget(add)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        self.tasks: dict[int, Task] = {}
        self._selection()

    def _add(self) -> None:
        text = self.prompt.text().strip()
        if text:
            self.add_requested.emit(text)
            self.prompt.clear()

    def show_tasks(self, tasks: list[Task]) -> None:
        selected = self._selected()
        self.tasks = {t.id: t for t in tasks}
        self.tree.clear()
        for task in tasks:
            item = QTreeWidgetItem([task.title, "", task_status(task.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, task.id)
            item.setToolTip(0, task.prompt)
            self.tree.addTopLevelItem(item)
            bar = QProgressBar()
            bar.setValue(task.percent)
            bar.setFormat(self.tr("%p% · {0}/{1} parts").format(task.chunks_done, task.chunks_total))
            self.tree.setItemWidget(item, 1, bar)
            if task.id == selected:
                item.setSelected(True)
        self.tree.resizeColumnToContents(0)
        self._selection()

    @staticmethod
    def _id(item: QTreeWidgetItem) -> int:
        return int(item.data(0, Qt.ItemDataRole.UserRole))

    def _selected(self) -> int | None:
        items = self.tree.selectedItems()
        return self._id(items[0]) if items else None

    def _selection(self) -> None:
        task = self.tasks.get(self._selected() or -1)
        self.open_button.setEnabled(task is not None and task.chunks_done > 0)
        self.cancel_button.setEnabled(task is not None and task.status in ("queued", "running"))

    def _act(self, action) -> None:  # type: ignore[no-untyped-def]
        task_id = self._selected()
        if task_id is not None:
            action(task_id)
