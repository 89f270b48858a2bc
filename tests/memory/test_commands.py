import pytest

from assistant.memory.commands import MemoryCommand, parse_memory_command


@pytest.mark.parametrize(
    ("said", "action", "content"),
    [
        ("remember that my locker code is 4411.", "remember", "my locker code is 4411"),
        ("Please remember I prefer window seats", "remember", "I prefer window seats"),
        ("Can you remember that Ana's birthday is 3 May?", "remember", "Ana's birthday is 3 May"),
        ("记住我的生日是五月三日。", "remember", "我的生日是五月三日"),
        ("请记住：我对花生过敏", "remember", "我对花生过敏"),
        ("forget my locker code", "forget", "my locker code"),
        ("Please forget about the trip to Rome.", "forget", "the trip to Rome"),
        ("忘掉我的生日", "forget", "我的生日"),
        ("忘记旺财吧", "forget", "旺财吧"),
    ],
)
def test_commands_are_understood(said: str, action: str, content: str) -> None:
    assert parse_memory_command(said) == MemoryCommand(action, content)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "said",
    [
        "Do you remember my sister?",
        "remember to buy milk",
        "I remember that day",
        "forget it",
        "forget about it",
        "What do you remember about me?",
        "",
        "   ",
        "我记得那天下雨了",
    ],
)
def test_ordinary_turns_are_not_commands(said: str) -> None:
    assert parse_memory_command(said) is None


def test_a_misheard_remember_that_is_still_a_memory() -> None:
    # Whisper base heard espeak-ng's "remember that my favourite colour is green" this way.
    command = parse_memory_command("Remember to my favorite color is green.")
    assert command is not None and command.action == "remember"
    assert command.content == "my favorite color is green"
    assert parse_memory_command("remember to call the bank") is None


def test_edit_keeps_the_id_and_date_and_replaces_the_words(tmp_path) -> None:
    from assistant.memory import edit, open_store, remember

    store = open_store(tmp_path / "memory")
    original = remember("my cat is called Mochi", store=store)[0]
    fixed = edit(original.id, "my cat is called Miso", store=store)
    assert (fixed.id, fixed.created) == (original.id, original.created)
    texts = [m.text for m in store.list()]
    assert "my cat is called Miso" in texts and not [t for t in texts if "Mochi" in t]
