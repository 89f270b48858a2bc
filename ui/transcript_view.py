"""The chat's list view: never scrolls sideways, follows the newest reply unless the user has scrolled up
to read something, and shows a pointing hand over the buttons the delegate paints."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from .chat_model import ChatModel
from .message_delegate import MessageDelegate

NEAR_BOTTOM = 24  # pixels: this close to the end still counts as reading the newest message
# A streamed reply is measured and drawn again at most this often (ms), not once per token: the eye
# cannot tell, and a growing code block costs a Markdown and Pygments pass each time.
REDRAW_EVERY = 40


class TranscriptView(QListView):
    def __init__(self, model: ChatModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.delegate = MessageDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.following = True  # the view sticks to the newest message
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        # However the list was laid out again (by us, by Qt's own delayed layout, by a resize), a view
        # that follows stays at the end.
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        model.rowsInserted.connect(self._row_added)
        model.modelReset.connect(self._follow)
        model.dataChanged.connect(self._grew)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_EVERY)
        self._redraw.timeout.connect(self._redraw_last)

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - NEAR_BOTTOM

    def _scrolled(self, _value: int) -> None:
        # Only a scroll the user made changes whether we follow; a relayout that moves the maximum does not.
        if not self._relayouting:
            self.following = self.at_bottom()

    _relayouting = False

    def _relayout(self) -> None:
        self._redraw.stop()
        self._relayouting = True
        try:
            self.doItemsLayout()  # row heights depend on the text: measure the growing reply again
            if self.following:
                self.scrollToBottom()
        finally:
            self._relayouting = False

    def relayout_in_place(self) -> None:
        """Lay the list out again for messages measured since (their heights were estimates): following, it
        stays at the end; scrolled up, the message at the top of the view stays where the reader left it."""
        if self.following:
            self._relayout()
            return
        top = self.indexAt(QPoint(self.viewport().width() // 2, 0))
        offset = self.visualRect(top).top() if top.isValid() else 0
        self._relayouting = True
        try:
            self.doItemsLayout()
            if top.isValid():
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + self.visualRect(top).top() - offset)
        finally:
            self._relayouting = False

    def _range_changed(self, _low: int, _high: int) -> None:
        if self.following:
            self._relayouting = True
            try:
                self.scrollToBottom()
            finally:
                self._relayouting = False

    def _redraw_last(self) -> None:
        """The growing reply: while it keeps its height only its own row is drawn again; a new line
        re-lays out the list (rows below and the scroll range move)."""
        model = self.model()
        last = model.index(model.rowCount() - 1, 0)
        if last.isValid() and self.delegate.layout(last).height == self.visualRect(last).height():
            self.update(last)
        else:
            self._relayout()

    def _row_added(self, *_: object) -> None:
        self.following = True  # the user sent something, or a reply began: show it
        self._relayout()

    def _follow(self) -> None:
        self.following = True
        self._relayout()

    def _grew(self, *_: object) -> None:
        if not self._redraw.isActive():
            self._redraw.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.following:
            self.scrollToBottom()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index: QModelIndex = self.indexAt(event.position().toPoint())
        over = index.isValid() and self.delegate.hit(index, event.position(), self.visualRect(index)) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)
