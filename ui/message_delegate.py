"""Paints a chat message: Markdown rendered by QTextDocument, the user's on a tinted background."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .chat_model import InterruptedRole, RoleRole

PAD = 10


class MessageDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if index.data(InterruptedRole):
            text += self.tr("\n\n*(stopped)*")
        doc.setMarkdown(text or "…")
        width = option.rect.width() if option.rect.width() > 0 else 600
        doc.setTextWidth(max(100, width - 2 * PAD))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()) + 2 * PAD, int(doc.size().height()) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        palette = option.palette
        is_user = index.data(RoleRole) == "user"
        background = palette.color(QPalette.ColorRole.AlternateBase if is_user else QPalette.ColorRole.Base)
        painter.fillRect(option.rect.adjusted(2, 2, -2, -2), background)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(option.rect.adjusted(2, 2, -3, -3))
        doc = self._document(option, index)
        painter.translate(option.rect.left() + PAD, option.rect.top() + PAD)
        doc.drawContents(painter, QRectF(0, 0, option.rect.width() - 2 * PAD, option.rect.height()))
        painter.restore()
