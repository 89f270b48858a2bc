"""Paints a chat message as a bubble: who spoke and when, the Markdown rendered, code blocks with a copy
button, whether an answer came from the user's own notes, and the message's actions (copy, regenerate,
speak) as links under it.

A delegate rather than a widget per message (STYLE.md: a model and a delegate, not a pile of widgets), so
a long chat costs one document per visible size, cached; the buttons are painted and hit-tested here.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen, QTextDocument, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from .chat_model import ChatRow, RowRole
from .friendly_time import friendly
from .theme import appearance

if TYPE_CHECKING:
    from .markdown_html import CodeBlock

translate = QCoreApplication.translate  # a plain name lupdate recognises, with the context spelled out

Index = QModelIndex | QPersistentModelIndex

CACHED = 600  # measured messages kept (each holds a QTextDocument); an opened long chat fits
# Work done a message at a time waits this long between messages: a chain of zero-delay calls is served
# before the window's timers and input, and starved them for seconds (bench/ui.py).
NEXT_TURN = 1  # ms
RELAYOUT_EVERY = 40  # ms: messages measured in the meantime are laid out together
PAD = 12  # inside a bubble
GAP = 8  # around a bubble
STRIPE = 4  # the coloured edge that says where an answer came from
USER_SHARE = 0.8  # the user's bubbles take at most this share of the width, on the right


@dataclass
class Layout:
    """One message measured at one width: everything paint() and the hit test need."""

    doc: QTextDocument
    code: tuple[CodeBlock, ...]
    code_rects: list[QRectF]  # each code block's box, in the document's coordinates
    bubble: QRect  # relative to the row's top-left
    header: str
    badge: str  # "" when the reply does not say where it came from
    actions: list[tuple[str, str, QRect]]  # (name, label, where), relative to the row's top-left
    body_top: int
    height: int
    stale: bool = False  # drawn in the previous theme's colours: measured again before it is painted

    def code_buttons(self) -> list[QRect]:
        """The copy button in the top-right corner of each code block, relative to the row's top-left."""
        label_width = _small_metrics().horizontalAdvance(translate("MessageDelegate", "Copy")) + 16
        height = _small_metrics().height() + 6
        left, top = self.bubble.left() + PAD + STRIPE, self.bubble.top() + self.body_top
        return [
            QRect(int(left + r.right() - label_width - 6), int(top + r.top() + 6), label_width, height)
            for r in self.code_rects
        ]


def _small_font() -> QFont:
    font = QFont(appearance().app.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return font


def _small_metrics() -> QFontMetrics:
    return QFontMetrics(_small_font())


@lru_cache(maxsize=4096)
def estimate(role: str, text: str, badge: bool, width: int, point_size: int) -> int:
    """A message's height from its characters and lines alone, without rendering it (microseconds,
    where measuring takes 5-20 ms): what an opened conversation's older messages are laid out with
    until each is measured, one per turn of the event loop. `point_size` keys the cache to the font."""
    line_spacing, char_width, small = _font_sizes(point_size)
    widest = int((width - 2 * GAP) * (USER_SHARE if role == "user" else 1.0))
    per_line = max(10, (widest - 2 * PAD - STRIPE) // char_width)
    lines = sum(max(1, -(-len(line) // per_line)) for line in (text or "…").splitlines())
    extra = small + 4 if role != "user" and badge else 0
    return PAD + small + 6 + lines * line_spacing + 8 + extra + small + PAD + 2 * GAP


@lru_cache(maxsize=8)
def _font_sizes(point_size: int) -> tuple[int, int, int]:
    """(line spacing, average character width, small text height) at this text size."""
    metrics = QFontMetrics(appearance().app.font())
    return metrics.lineSpacing(), max(1, metrics.averageCharWidth()), _small_metrics().height()


class MessageDelegate(QStyledItemDelegate):
    copy_requested = Signal(int)  # row
    regenerate_requested = Signal(int)
    speak_requested = Signal(int)
    code_copy_requested = Signal(str)  # the code block's text
    link_activated = Signal(str)

    def __init__(self, view: QAbstractItemView, parent: QObject | None = None):
        super().__init__(parent or view)
        self.view = view
        self.busy = False  # while a reply is being written, it cannot be regenerated or spoken
        self._cache: OrderedDict[tuple[object, ...], Layout] = OrderedDict()
        self._point_size = appearance().point_size
        self._stale: list[QPersistentModelIndex] = []  # on screen, painted in the old colours for now
        self._recolour_queued = False
        self._unmeasured: list[QPersistentModelIndex] = []  # laid out at an estimate; the last is measured next
        self._queued: set[tuple[object, ...]] = set()  # their keys, so a relayout does not queue them twice
        self._measure_queued = False
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(RELAYOUT_EVERY)
        self._relayout.timeout.connect(self._lay_out_measured)
        appearance().changed.connect(self.invalidate)

    def invalidate(self) -> None:
        """The text size changed: every message is measured afresh. Only the theme changed: the sizes
        stand, and each message gets its new colours when it is next painted, so a switch costs the
        messages on screen, not the whole chat (bench/ui.py: 2.1 s for 40 messages with code before)."""
        if appearance().point_size != self._point_size:
            self._point_size = appearance().point_size
            self._cache.clear()
            self.view.scheduleDelayedItemsLayout()
        else:
            for laid in self._cache.values():
                laid.stale = True
        self.view.viewport().update()

    def _recolour_next(self) -> None:
        """One stale message on screen gets its new colours per turn of the event loop, so a theme switch
        never holds the UI thread for more than one message's rendering."""
        self._recolour_queued = False
        while self._stale:
            index = self._stale.pop()
            if index.isValid():
                self.layout(index, fresh=True)
                self.view.update(self.view.model().index(index.row(), 0))
                break
        if self._stale:
            self._recolour_queued = True
            QTimer.singleShot(NEXT_TURN, self._recolour_next)

    def _lay_out_measured(self) -> None:
        relayout = getattr(self.view, "relayout_in_place", None)  # the transcript keeps the reader's place
        if relayout is not None:
            relayout()
        else:
            self.view.scheduleDelayedItemsLayout()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy  # only the last reply's actions change (its key says so)
        self.view.scheduleDelayedItemsLayout()
        self.view.viewport().update()

    # Measuring -----------------------------------------------------------------------------------------

    def _width(self) -> int:
        return max(200, self.view.viewport().width())

    def _key(self, index: Index) -> tuple[ChatRow, bool, tuple[object, ...]]:
        row: ChatRow = index.data(RowRole)
        last = index.row() == index.model().rowCount() - 1
        key = (
            row.role,
            row.text,
            row.interrupted,
            row.mark,
            row.created,
            self._width(),
            appearance().point_size,
            last,
            last and self.busy,
        )
        return row, last, key

    def layout(self, index: Index, fresh: bool = False) -> Layout:
        """The message measured at the view's width; `fresh`: in the current theme's colours too."""
        row, last, key = self._key(index)
        cached = self._cache.get(key)
        if cached is not None and not (fresh and cached.stale):
            self._cache.move_to_end(key)
            return cached
        laid = self._measure(row, self._width(), last)
        self._cache[key] = laid
        if len(self._cache) > CACHED:
            self._cache.popitem(last=False)
        return laid

    def measured(self, index: Index) -> Layout | None:
        """The message's layout if it has been measured at this width, without measuring it."""
        return self._cache.get(self._key(index)[2])

    def _measure(self, row: ChatRow, width: int, last: bool) -> Layout:
        # Imported on the first message, not at start-up: markdown-it and Pygments cost ~0.25 s to import,
        # which the window would otherwise spend before it is shown.
        from .markdown_html import render

        colours = appearance().colours
        is_user = row.role == "user"
        widest = int((width - 2 * GAP) * (USER_SHARE if is_user else 1.0))
        text = row.text or "…"
        if row.interrupted:
            text += "\n\n" + translate("MessageDelegate", "*(stopped)*")
        rendered = render(text, colours)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(appearance().app.font())
        # A word longer than the line (a URL, a hash) breaks anywhere rather than pushing the width out.
        wrapping = QTextOption()
        wrapping.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(wrapping)
        doc.setDefaultStyleSheet(f"a {{ color: {colours.accent}; }}")
        doc.setHtml(rendered.html)
        doc.setTextWidth(widest - 2 * PAD - STRIPE)
        if is_user and not rendered.code_blocks:  # a short question gets a short bubble
            doc.setTextWidth(min(doc.idealWidth() + 1, widest - 2 * PAD - STRIPE))
        code_rects = [
            doc.documentLayout().frameBoundingRect(frame)
            for frame in doc.rootFrame().childFrames()
            if frame.frameFormat().background().style() != Qt.BrushStyle.NoBrush
        ]

        small = _small_metrics()
        speaker = translate("MessageDelegate", "You") if is_user else translate("MessageDelegate", "Assistant")
        header = f"{speaker}  ·  {friendly(row.created)}"
        badge = ""
        if not is_user and row.mark is True:
            badge = translate("MessageDelegate", "✓ From your notes")
        elif not is_user and row.mark is False:
            badge = translate("MessageDelegate", "Not from your notes — general knowledge, may be wrong")
        names = [("copy", translate("MessageDelegate", "Copy"))]
        if not is_user and not self.busy and row.text:
            names.append(("speak", translate("MessageDelegate", "Speak")))
            if last:
                names.append(("regenerate", translate("MessageDelegate", "Regenerate")))

        content_width = max(
            int(doc.size().width()),
            small.horizontalAdvance(header),
            small.horizontalAdvance(badge),
            sum(small.horizontalAdvance(n) + 18 for _, n in names),
        )
        bubble_width = min(widest, content_width + 2 * PAD + STRIPE)
        body_top = PAD + small.height() + 6
        y = body_top + int(doc.size().height()) + 8
        if badge:
            y += small.height() + 4
        left = GAP if not is_user else width - GAP - bubble_width
        actions: list[tuple[str, str, QRect]] = []
        x = left + PAD + STRIPE
        for name, label in names:
            w = small.horizontalAdvance(label) + 8
            actions.append((name, label, QRect(x - 4, GAP + y - 2, w, small.height() + 4)))
            x += w + 10
        y += small.height() + PAD
        bubble = QRect(left, GAP, bubble_width, y)
        laid = Layout(doc, rendered.code_blocks, code_rects, bubble, header, badge, actions, body_top, y + 2 * GAP)
        return laid

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Measured messages, and the newest (it grows as it streams), at their true height; any other
        message at an estimate, queued to be measured one per turn of the event loop, so opening a long
        conversation never holds the UI thread for more than one message (bench/ui.py: 3.3 s for 200
        messages with code when every message was measured as the list was laid out)."""
        row, last, key = self._key(index)
        width = self._width()
        if last:
            return QSize(width, self.layout(index).height)
        laid = self._cache.get(key)
        if laid is not None:
            return QSize(width, laid.height)
        if len(self._cache) < CACHED - 100:  # beyond what the cache holds, a message waits to be painted
            self._queue_measure(index, soon=False, key=key)
        return QSize(width, estimate(row.role, row.text, row.mark is not None, width, appearance().point_size))

    def _queue_measure(self, index: Index, soon: bool, key: tuple[object, ...] | None = None) -> None:
        """`soon`: on screen now, measured before the rest (which go newest first, as people scroll up)."""
        key = key or self._key(index)[2]
        if soon:
            self._unmeasured.append(QPersistentModelIndex(index))
        elif key not in self._queued:
            self._unmeasured.insert(0, QPersistentModelIndex(index))
        self._queued.add(key)
        if not self._measure_queued:
            self._measure_queued = True
            QTimer.singleShot(NEXT_TURN, self._measure_next)

    def _measure_next(self) -> None:
        self._measure_queued = False
        if not self._unmeasured:
            self._queued.clear()
        while self._unmeasured:
            index = self._unmeasured.pop()
            if index.isValid() and self.measured(index) is None:
                row: ChatRow = index.data(RowRole)
                known = row.mark is not None
                if self.layout(index).height != estimate(
                    row.role, row.text, known, self._width(), appearance().point_size
                ):
                    # One relayout for many measured messages: each costs every row's size hint, and
                    # view.update(index) would run a scheduled one at once.
                    if not self._relayout.isActive():
                        self._relayout.start()
                else:
                    self.view.viewport().update()
                break
        if self._unmeasured:
            self._measure_queued = True
            QTimer.singleShot(NEXT_TURN, self._measure_next)
        else:
            self._queued.clear()

    # Painting ------------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        found = self.measured(index)
        if found is None:  # laid out at an estimate: measured on a later turn, painted then
            self._queue_measure(index, soon=True)
            return
        laid = found
        if laid.stale:
            self._stale.append(QPersistentModelIndex(index))
            if not self._recolour_queued:
                self._recolour_queued = True
                QTimer.singleShot(NEXT_TURN, self._recolour_next)
        row: ChatRow = index.data(RowRole)
        colours = appearance().colours
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(option.rect.topLeft())
        bubble = QRectF(laid.bubble)
        is_user = row.role == "user"
        fill = QColor(colours.user_bubble if is_user else colours.reply_bubble)
        painter.setPen(QPen(QColor(colours.code_border), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        if not is_user and row.mark is not None:
            stripe = QColor(colours.accent if row.mark else colours.warning)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(stripe)
            painter.drawRoundedRect(QRectF(bubble.left() + 1, bubble.top() + 8, STRIPE, bubble.height() - 16), 2, 2)

        small = _small_font()
        metrics = QFontMetrics(small)
        text_left = laid.bubble.left() + PAD + STRIPE
        painter.setFont(small)
        painter.setPen(QColor(colours.muted_text))
        painter.drawText(QPointF(text_left, laid.bubble.top() + PAD + metrics.ascent()), laid.header)

        painter.save()
        painter.translate(text_left, laid.bubble.top() + laid.body_top)
        laid.doc.drawContents(painter)
        painter.restore()

        buttons = laid.code_buttons()
        painter.setFont(small)
        for rect in buttons:
            r = QRectF(rect)
            painter.setPen(QPen(QColor(colours.code_border), 1))
            painter.setBrush(palette.color(palette.ColorRole.Button))
            painter.drawRoundedRect(r, 4, 4)
            painter.setPen(palette.color(palette.ColorRole.ButtonText))
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, translate("MessageDelegate", "Copy"))

        if laid.badge:
            painter.setPen(QColor(colours.accent if row.mark else colours.warning))
            badge_y = laid.actions[0][2].top() - metrics.height() - 2
            painter.drawText(QPointF(text_left, badge_y + metrics.ascent()), laid.badge)
        painter.setPen(QColor(colours.accent))
        for _name, label, rect in laid.actions:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    # Clicking ------------------------------------------------------------------------------------------

    def hit(self, index: Index, pos: QPointF, row_rect: QRect) -> tuple[str, int] | None:
        """What is under `pos` (viewport coordinates): ("copy"|"speak"|"regenerate", row), ("code", n),
        ("link", 0), or None."""
        laid = self.layout(index)
        local = pos - QPointF(row_rect.topLeft())
        point = local.toPoint()
        for name, _label, rect in laid.actions:
            if rect.contains(point):
                return name, index.row()
        for n, rect in enumerate(laid.code_buttons()):
            if rect.contains(point):
                return "code", n
        in_doc = local - QPointF(laid.bubble.left() + PAD + STRIPE, laid.bubble.top() + laid.body_top)
        if laid.doc.documentLayout().anchorAt(in_doc):
            return "link", 0
        return None

    def button_rect(self, index: Index, name: str, n: int = 0) -> QRect:
        """Where a painted button is, in viewport coordinates (for tests and accessibility)."""
        laid = self.layout(index)
        origin = self.view.visualRect(index).topLeft()
        if name == "code":
            return laid.code_buttons()[n].translated(origin)
        return next(rect for action, _label, rect in laid.actions if action == name).translated(origin)

    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        found = self.hit(index, event.position(), option.rect)
        if found is None:
            return False
        what, n = found
        if what == "copy":
            self.copy_requested.emit(index.row())
        elif what == "speak":
            self.speak_requested.emit(index.row())
        elif what == "regenerate":
            self.regenerate_requested.emit(index.row())
        elif what == "code":
            self.code_copy_requested.emit(self.layout(index).code[n].code)
        elif what == "link":
            laid = self.layout(index)
            local = event.position() - QPointF(option.rect.topLeft())
            in_doc = local - QPointF(laid.bubble.left() + PAD + STRIPE, laid.bubble.top() + laid.body_top)
            self.link_activated.emit(laid.doc.documentLayout().anchorAt(in_doc))
        return True
