"""The conversation list's glue: search, rename and delete through the core; open one in the chat; keep
the list in step with the chat (a reply changes titles and order)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .chat_controller import ChatController
from .conversation_panel import ConversationPanel
from .core_session import CoreSession

if TYPE_CHECKING:
    from assistant.messages import Conversation


class ConversationsController(QObject):
    def __init__(self, session: CoreSession, chat: ChatController, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.chat = chat
        self.panel = ConversationPanel()
        self.panel.open_requested.connect(chat.open_conversation)
        self.panel.new_requested.connect(chat.new_chat)
        self.panel.rename_requested.connect(self.rename)
        self.panel.delete_requested.connect(self.delete)
        self.panel.search_changed.connect(lambda _text: self.refresh())
        chat.reply_finished.connect(lambda _result: self.refresh())
        chat.busy_changed.connect(lambda busy: self.panel.new_button.setEnabled(not busy))
        chat.cleared.connect(self.panel.list.clearSelection)

    def show_conversations(self, conversations: list[Conversation]) -> None:
        self.panel.show_conversations(conversations, self.chat.conversation_id)

    def refresh(self) -> None:
        query = self.panel.search.text().strip()
        self.session.call(
            lambda a: a.conversations.search(query) if query else a.conversations.list(), self.show_conversations
        )

    def rename(self, conversation_id: str, title: str) -> None:
        self.session.call(lambda a: a.conversations.rename(conversation_id, title), lambda _: self.refresh())

    def delete(self, conversation_id: str) -> None:
        if self.session.assistant is None or self.chat.busy:
            return
        if conversation_id == self.chat.conversation_id:
            self.chat.new_chat()
        self.session.call(lambda a: a.conversations.delete(conversation_id), lambda _: self.refresh())
