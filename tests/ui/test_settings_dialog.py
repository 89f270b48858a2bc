"""The settings dialog's widgets take their ranges from the settings' one declaration, so the dialog and the
command line accept the same values (max_tokens 1 included)."""

from __future__ import annotations

from assistant.settings import DEFAULTS, spec
from ui.settings_dialog import SettingsDialog


def test_the_dialog_offers_exactly_the_declared_ranges(qtbot) -> None:
    dialog = SettingsDialog(DEFAULTS, "/data", None)
    qtbot.addWidget(dialog)
    for name, box in (("context_size", dialog.context_size), ("temperature", dialog.temperature)):
        s = spec(name)
        assert (box.minimum(), box.maximum()) == (s.low, s.high), name
        assert box.toolTip() == s.help
    # max_tokens: the declared range, plus 0 shown as "the model's own" length, which is saved as none.
    assert (dialog.max_tokens.minimum(), dialog.max_tokens.maximum()) == (0, spec("max_tokens").high)
    assert dialog.max_tokens.toolTip() == spec("max_tokens").help
    assert dialog.max_tokens.value() == 0 and dialog.chosen()["max_tokens"] is None
    assert [dialog.whisper_model.itemText(i) for i in range(dialog.whisper_model.count())] == list(
        spec("whisper_model").choices
    )
    dialog.max_tokens.setValue(1)
    assert dialog.chosen()["max_tokens"] == 1
