"""The Memory panel as a readable list: one line each, kinds and origins in words, facts before chat
remarks, replaced facts marked after the current one, questions and commands under their own filter."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt

from assistant.clock import stamp
from assistant.memory.model import Memory
from ui.memory_panel import MemoryPanel
from ui.memory_rows import ASKED_KIND, Group, arrange


def memory(id: str, text: str, kind: str, days_ago: float, source: str = "", superseded_by: str = "") -> Memory:
    """Whole `days_ago` are that calendar day at noon, so 1 is "Yesterday" at any hour of the run (24 hours
    back from just after midnight on the day after a DST change is two days back); a fraction is that long
    before now."""
    if days_ago == int(days_ago):
        created = datetime.combine(date.today() - timedelta(days=int(days_ago)), time(12)).astimezone()
    else:
        created = datetime.now().astimezone() - timedelta(days=days_ago)
    return Memory(
        id=id,
        text=text,
        kind=kind,
        created=stamp(created),
        source=source,
        superseded_by=superseded_by,
    )


def memories() -> list[Memory]:
    """Made when a test runs, not when the module is imported: a whole suite can cross midnight between."""
    return [
        memory("q", "What is my cat called?", "turn", 0.1, "conversation:885003c30e86/message:2"),
        memory("r", "remind me tomorrow at 9 to call the dentist", "turn", 0.2, "conversation:885003c30e86/message:4"),
        memory("lyon", "I live in Lyon", "profile", 1, "memory:t2"),
        memory("paris", "I live in Paris", "profile", 30, "memory:t1", superseded_by="lyon"),
        memory("said", "I had a long walk by the river today", "turn", 0.01, "conversation:885003c30e86/message:6"),
        memory(
            "ask", "Write a Python function that adds two numbers", "turn", 0.3, "conversation:885003c30e86/message:8"
        ),
        memory("note", "# Dentist\n\nDr. **Okafor** on\nMill Road", "document", 3, "file:notes.md:12"),
    ]


def test_facts_come_first_replaced_ones_after_and_questions_and_commands_apart() -> None:
    rows = arrange(memories(), "", searching=False)
    assert [r.memory.id for r in rows] == ["lyon", "note", "said", "paris"]
    assert [r.group for r in rows] == [Group.FACT, Group.DOCUMENT, Group.CHAT, Group.REPLACED]
    asked = arrange(memories(), ASKED_KIND, searching=False)
    assert sorted(r.memory.id for r in asked) == ["ask", "q", "r"]


def test_a_remark_the_profile_says_again_in_the_same_words_is_listed_once() -> None:
    told = memory("t3", "我的猫叫麻薯。", "fact", 2, "command")
    drawn = memory("t3~cat_name", "我的猫叫麻薯", "profile", 2, "memory:t3")
    other = memory("t4", "I moved to Lyon for a new job.", "turn", 1, "conversation:885003c30e86/message:9")
    from_it = memory("t4~home_city", "I live in Lyon", "profile", 1, "memory:t4")
    rows = arrange([told, drawn, other, from_it], "", searching=False)
    assert sorted(r.memory.id for r in rows) == ["t3~cat_name", "t4", "t4~home_city"]
    # Filtered to facts, the remark is what there is to show.
    assert [r.memory.id for r in arrange([told], "fact", searching=False)] == ["t3"]


def test_each_memory_is_one_line_with_its_kind_date_and_origin_in_words(qtbot) -> None:
    panel = MemoryPanel()
    qtbot.addWidget(panel)
    panel.show_memories(arrange(memories(), "", searching=False))
    items = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    lines = {item.data(0, Qt.ItemDataRole.UserRole): [item.text(c) for c in range(4)] for item in items}
    assert lines["note"] == [
        "Dentist Dr. Okafor on Mill Road",
        "From a file",
        lines["note"][2],
        "from notes.md, line 12",
    ]
    assert lines["lyon"][1] == "Profile" and lines["lyon"][2].startswith("Yesterday")
    assert lines["lyon"][3].startswith("drawn from what you said")
    assert lines["said"][3] in ("said in chat, Today", "said in chat, Yesterday"), "not conversation:885003c…"
    assert "replaced" in lines["paris"][0] and items[-1].font(0).strikeOut()
    assert not any("conversation:" in cell or "memory:" in cell for line in lines.values() for cell in line)
    # Forgetting or editing works on the memory's own words, not the line shown.
    items[1].setSelected(True)
    assert panel._selected() == [("note", "# Dentist\n\nDr. **Okafor** on\nMill Road")]


def test_an_empty_list_says_how_memories_get_there_or_that_a_search_found_none(qtbot) -> None:
    panel = MemoryPanel()
    qtbot.addWidget(panel)
    panel.show_memories([])
    assert not panel.empty_hint.isHidden() and "remember that" in panel.empty_hint.text()
    panel.query.setText("dentist")
    panel.show_memories([])
    assert panel.empty_hint.text() == "Nothing found."
    panel.show_memories(arrange(memories(), "dentist", searching=True))
    assert panel.empty_hint.isHidden()
