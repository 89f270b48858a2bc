"""The chat transcript on its own, as real widgets offscreen: bubbles, code blocks with their copy button,
wrapping, following the newest reply, the per-message actions and the grounded mark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from assistant.citation import Citation
from ui.chat_model import ChatModel, ChatRow
from ui.theme import appearance
from ui.transcript_view import REDRAW_EVERY, TranscriptView

CODE = "def greet(name):\n    return 'hello ' + name  # " + "a very long comment " * 30
REPLY = f"Here you are:\n\n```python\n{CODE}\n```\n\nAnd a second one:\n\n```\nls -la\n```\n"


@pytest.fixture
def view(qtbot) -> TranscriptView:
    v = TranscriptView(ChatModel())
    qtbot.addWidget(v)
    v.resize(600, 400)
    v.show()
    qtbot.waitExposed(v)
    return v


def click(qtbot, view: TranscriptView, row: int, name: str, n: int = 0) -> None:
    rect = view.delegate.button_rect(view.model().index(row), name, n)
    assert view.viewport().rect().contains(rect), f"the {name} button is on screen"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_code_block_is_highlighted_wrapped_and_copied_with_its_button(qtbot, view: TranscriptView) -> None:
    view.model().append(ChatRow("user", "Show me a function"))
    view.model().append(ChatRow("assistant", REPLY))
    laid = view.delegate.layout(view.model().index(1))
    assert [block.language for block in laid.code] == ["python", ""]
    assert len(laid.code_rects) == 2, "each code block is a box of its own"
    assert "<span" in laid.doc.toHtml(), "Pygments coloured the Python"
    # The 600-character line wraps inside its block: nothing is wider than the view.
    assert view.horizontalScrollBar().maximum() == 0
    assert laid.bubble.right() <= view.viewport().width()
    assert all(r.width() <= view.viewport().width() for r in laid.code_rects)
    view.scrollTo(view.model().index(1), TranscriptView.ScrollHint.PositionAtTop)
    qtbot.wait(50)
    with qtbot.waitSignal(view.delegate.code_copy_requested) as copied:
        click(qtbot, view, 1, "code", 0)
    assert copied.args == [CODE]
    with qtbot.waitSignal(view.delegate.code_copy_requested) as copied:
        click(qtbot, view, 1, "code", 1)
    assert copied.args == ["ls -la"]


def test_raw_html_in_a_reply_is_shown_as_text(qtbot, view: TranscriptView) -> None:
    view.model().append(ChatRow("assistant", 'Try <img src="file:///etc/passwd"> or <b>bold</b>'))
    doc = view.delegate.layout(view.model().index(0)).doc
    assert "<img" in doc.toPlainText() and "<b>bold</b>" in doc.toPlainText()


def test_copy_speak_and_regenerate_sit_under_each_message(qtbot, view: TranscriptView) -> None:
    model = view.model()
    for text, role in (
        ("first question", "user"),
        ("first answer", "assistant"),
        ("second question", "user"),
        ("second answer", "assistant"),
    ):
        model.append(ChatRow(role, text))
    names = [[name for name, _label, _rect in view.delegate.layout(model.index(r)).actions] for r in range(4)]
    assert names == [["copy"], ["copy", "speak"], ["copy"], ["copy", "speak", "regenerate"]], (
        "only the last reply can be regenerated"
    )
    with qtbot.waitSignal(view.delegate.regenerate_requested) as regenerated:
        click(qtbot, view, 3, "regenerate")
    assert regenerated.args == [3]
    with qtbot.waitSignal(view.delegate.copy_requested) as copied:
        click(qtbot, view, 3, "copy")
    assert copied.args == [3]
    view.delegate.set_busy(True)
    assert [n for n, _l, _r in view.delegate.layout(model.index(3)).actions] == ["copy"], (
        "no regenerating or speaking while a reply is being written"
    )


def test_the_view_follows_the_reply_unless_the_user_scrolled_up(qtbot, view: TranscriptView) -> None:
    model = view.model()
    for n in range(12):
        model.append(ChatRow("user" if n % 2 == 0 else "assistant", f"message {n}\n\n" + "words " * 60))
    model.append(ChatRow("assistant", ""))
    for _ in range(20):
        model.extend_last("more words in the reply being written. ")
    qtbot.wait(REDRAW_EVERY * 3)  # a growing reply is redrawn on a short timer, not per token
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum(), "the newest reply is in view as it grows"
    bar.setValue(0)  # the user scrolls up to read something
    for _ in range(20):
        model.extend_last("still more words. ")
    qtbot.wait(REDRAW_EVERY * 3)
    assert bar.value() == 0, "reading higher up is not interrupted"
    bar.setValue(bar.maximum())
    model.extend_last("and the end.")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() and "the end" in model.rows[-1].text, timeout=1000)
    assert bar.value() == bar.maximum(), "back at the bottom, it follows again"


def test_grounded_and_general_answers_look_different(qtbot, view: TranscriptView) -> None:
    model = view.model()
    mochi = Citation("m1", "My cat is called Mochi", "2026-11-30T09:00:00.000000Z", "profile")
    model.append(ChatRow("assistant", "Your cat is Mochi [1].", citations=[mochi], grounded=True))
    model.append(ChatRow("assistant", "Paris is the capital of France.", grounded=False))
    model.append(ChatRow("assistant", "Hello!"))
    model.append(ChatRow("assistant", "OK — Fri 4 Dec, 09:00: call the dentist", grounded=True))
    badges = [view.delegate.layout(model.index(r)).badge for r in range(4)]
    assert badges[0] and badges[1] and badges[0] != badges[1]
    assert badges[2] == "", "a reply that does not say is shown as before"
    assert badges[3] == "", "a reminder set cites no note: it is not marked 'from your notes'"
    image = view.grab().toImage()
    stripe = [
        image.pixelColor(
            QPoint(view.delegate.layout(model.index(r)).bubble.left() + 2, view.visualRect(model.index(r)).center().y())
        ).name()
        for r in range(2)
    ]
    colours = appearance().colours
    assert stripe == [colours.accent, colours.warning]


def test_a_user_message_is_a_short_bubble_on_the_right_with_speaker_and_time(qtbot, view: TranscriptView) -> None:
    view.model().append(ChatRow("user", "hi", created="2026-11-30T09:05:00+00:00"))
    laid = view.delegate.layout(view.model().index(0))
    assert laid.bubble.right() > view.viewport().width() - 20 and laid.bubble.width() < view.viewport().width() / 2
    assert laid.header.startswith("You") and ":" in laid.header


def test_a_theme_switch_repaints_in_the_new_colours_without_measuring_again(qtbot, view: TranscriptView) -> None:
    from ui.theme import DARK_COLOURS, LIGHT_COLOURS, Theme

    view.model().append(ChatRow("assistant", REPLY))
    index = view.model().index(0)
    appearance().set_theme(Theme.LIGHT)
    light = view.delegate.layout(index, fresh=True)
    try:
        appearance().set_theme(Theme.DARK)
        assert view.delegate.layout(index) is light, "the size stands: nothing is measured on a switch"
        dark = view.delegate.layout(index, fresh=True)
        assert dark.height == light.height
        assert DARK_COLOURS.code_background in dark.doc.toHtml()
        assert LIGHT_COLOURS.code_background in light.doc.toHtml()
    finally:
        appearance().set_theme(Theme.SYSTEM)


def test_a_long_conversation_opens_at_its_end_and_is_measured_a_message_at_a_time(qtbot, view: TranscriptView) -> None:
    model = view.model()
    rows = [ChatRow("user" if n % 2 == 0 else "assistant", f"message {n}\n\n{REPLY}") for n in range(120)]
    model.set_rows(rows)
    measured_at_once = sum(view.delegate.measured(model.index(r)) is not None for r in range(len(rows)))
    assert measured_at_once < 10, "opening lays out the older messages at an estimate, not by rendering each"
    qtbot.waitUntil(
        lambda: all(view.delegate.measured(model.index(r)) is not None for r in range(len(rows))), timeout=20000
    )
    qtbot.wait(50)  # the last relayout
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum(), "the newest message is in view"
    last = model.index(len(rows) - 1)
    assert view.visualRect(last).height() == view.delegate.layout(last).height
    first = model.index(0)
    assert view.visualRect(first).height() == view.delegate.layout(first).height, "true heights once measured"


def test_reading_higher_up_a_long_conversation_stays_put_while_its_messages_are_measured(
    qtbot, view: TranscriptView
) -> None:
    model = view.model()
    rows = [ChatRow("user" if n % 2 == 0 else "assistant", f"message {n}\n\n{REPLY}") for n in range(120)]
    model.set_rows(rows)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the user scrolls up to read
    reading = view.indexAt(QPoint(view.viewport().width() // 2, 0))
    offset = view.visualRect(reading).top()
    qtbot.waitUntil(
        lambda: all(view.delegate.measured(model.index(r)) is not None for r in range(len(rows))), timeout=20000
    )
    qtbot.wait(100)  # the last relayout
    assert view.indexAt(QPoint(view.viewport().width() // 2, 0)) == reading, "the same message at the top"
    assert abs(view.visualRect(reading).top() - offset) <= 2, "at the same place"
    assert not view.following


def test_a_stored_conversation_shows_its_newest_messages_first_and_the_older_a_turn_later(qtbot) -> None:
    from ui.chat_panel import SHOWN_FIRST, ChatPanel
    from ui.voice_input import VoiceInput

    panel = ChatPanel(VoiceInput())
    qtbot.addWidget(panel)
    panel.resize(600, 500)
    panel.show()
    rows = [ChatRow("user" if n % 2 == 0 else "assistant", f"message {n}\n\n{REPLY}") for n in range(200)]
    panel.show_conversation(rows)
    assert panel.model.rows == rows[-SHOWN_FIRST:] and panel.stack.currentWidget() is panel.view
    qtbot.waitUntil(lambda: panel.model.rowCount() == 200, timeout=5000)
    assert panel.model.rows == rows, "all of it, in order"
    qtbot.wait(100)
    bar = panel.view.verticalScrollBar()
    assert bar.value() == bar.maximum(), "still at its end"

    # Another chat shown before the older messages arrive: they do not join it.
    panel.show_conversation(rows)
    other = [ChatRow("user", "a new question")]
    panel.show_conversation(other)
    qtbot.wait(50)
    assert panel.model.rows == other
