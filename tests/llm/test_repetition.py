"""The guard that ends a reply when the model loops: pure text in, no model needed."""

from __future__ import annotations

from assistant.llm.repetition import LOOP_WORDS, RepetitionGuard


def stream(text: str, piece: int = 3) -> RepetitionGuard:
    guard = RepetitionGuard()
    for i in range(0, len(text), piece):
        guard.feed(text[i : i + piece])
        if guard.looping:
            break
    return guard


def test_a_sentence_said_over_and_over_is_kept_once() -> None:
    guard = stream("Hello! I hope you're using me. " * 30)
    assert guard.looping
    assert guard.final() == "Hello! I hope you're using me."


def test_a_repeated_paragraph_is_cut_where_the_repeat_began() -> None:
    paragraph = (
        "The garden was quiet in the morning, and the old gardener walked slowly between the roses, "
        "counting the buds that had opened overnight. "
    )
    guard = stream("Once upon a time. " + paragraph * 4)
    assert guard.looping and guard.final() == ("Once upon a time. " + paragraph).rstrip()


def test_a_single_word_loop_keeps_the_first_word() -> None:
    guard = stream("Yes " * 40, piece=1)
    assert guard.looping and guard.final() == "Yes"


def test_ordinary_prose_that_reuses_phrases_is_not_cut() -> None:
    text = (
        "I think that the best way to learn is to practise. I think that the best time to practise is "
        "in the morning, and I think that the best place is a quiet room. On the other hand, on the "
        "other side of the river, the town was busy."
    )
    guard = stream(text)
    assert not guard.looping and guard.final() == text
    assert guard.shown() == text  # nothing held back once the text is complete and no run is open


def test_held_back_text_is_released_as_soon_as_the_run_breaks() -> None:
    guard = RepetitionGuard()
    guard.feed("the cat sat. the cat ")
    assert guard.shown() == "the cat sat. "  # "the cat" again: maybe a loop, held for now
    guard.feed("ran away. ")
    assert guard.shown() == "the cat sat. the cat ran away. "


def test_chinese_loops_are_found_character_by_character() -> None:
    guard = stream("北京是中国的首都，也是一座历史悠久的城市。" * 5, piece=2)
    assert guard.looping and guard.final() == "北京是中国的首都，也是一座历史悠久的城市。"


def test_the_loop_length_is_words_not_characters() -> None:
    eleven = " ".join(f"w{i}" for i in range(LOOP_WORDS - 1))
    assert not stream(f"{eleven}. {eleven}. done").looping
    twelve = " ".join(f"w{i}" for i in range(LOOP_WORDS))
    assert stream(f"{twelve}. {twelve}. more").looping


def test_the_load_proposes_a_thread_count(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.llm import threads

    loadavg = tmp_path / "loadavg"
    monkeypatch.setattr(threads, "LOADAVG", loadavg)
    monkeypatch.setattr(threads, "own_runnable", lambda: None)  # the caller says how many are ours
    chooser = threads.ThreadChooser(cores=4)
    loadavg.write_text("0.50 0.40 0.30 1/300 12345\n")  # only the caller runs
    assert chooser.start() == 4
    loadavg.write_text("2.00 1.00 0.50 6/300 12345\n")  # 4 decoding threads of ours, 2 other programs
    assert chooser.proposal(ours=4) == 2, "a program that appears is believed at once"
    loadavg.write_text("0.50 0.40 0.30 2/300 12345\n")  # 2 of ours, nothing else
    assert chooser.proposal(ours=2) == 2, "one that goes quiet only after a second reading"
    assert chooser.proposal(ours=2) == 4
    loadavg.write_text("9.00 9.00 9.00 12/300 12345\n")  # a build on every core
    assert chooser.proposal(ours=2) == 1, "never fewer than one thread"
    assert threads.ThreadChooser(fixed=3, cores=4).start() == 3, "the setting fixes the count"
    loadavg.unlink()
    assert threads.ThreadChooser(cores=4).start() == 3, "unknown load: leave a core free"


def test_our_own_runnable_threads_are_read_from_proc() -> None:
    from assistant.llm import threads

    assert (threads.own_runnable() or 0) >= 1, "the thread asking is running, and is counted"


def decode(chooser, pace: dict[int, float], pieces: int, threads: int) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    """Feeds `pieces` pieces whose time depends on the thread count; returns the last count and the history."""
    seen = []
    for _ in range(pieces):
        threads = chooser.step(threads, pace[threads])
        seen.append(threads)
    return threads, seen


def test_measured_speed_decides_whether_a_proposed_count_stays(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.llm import threads

    loadavg = tmp_path / "loadavg"
    monkeypatch.setattr(threads, "LOADAVG", loadavg)
    monkeypatch.setattr(threads, "own_runnable", lambda: None)  # the caller says how many are ours
    loadavg.write_text("0.10 0.10 0.10 1/300 1\n")
    quiet = {1: 0.020, 2: 0.012}  # a quiet machine: two threads are faster
    chooser = threads.ThreadChooser(cores=2)
    count = chooser.start()
    assert count == 2
    loadavg.write_text("0.10 0.10 0.10 3/300 1\n")  # a program appears beside our 2 threads
    busy = {1: 0.020, 2: 0.400}  # two threads now stall at every barrier
    count, seen = decode(chooser, busy, 40, count)
    assert count == 1 and seen.count(2) < 20, "the load lowered the count, and the timing kept it"

    # The load looks free again, but two threads are still slower (say the neighbour runs in bursts):
    # the trial is undone after its first far slower piece, and not retried for a while.
    loadavg.write_text("0.10 0.10 0.10 1/300 1\n")
    count, seen = decode(chooser, busy, 200, count)
    assert count == 1
    assert seen.count(2) <= 4, f"each failed trial costs one piece, and they grow rarer: {seen.count(2)}"

    # A reading that says "busy" when it is not (a low-priority job): the lower count is tried and
    # given up, since it is slower.
    chooser = threads.ThreadChooser(cores=2)
    loadavg.write_text("0.10 0.10 0.10 3/300 1\n")
    count, seen = decode(chooser, quiet, 100, 2)
    assert count == 2 and seen.count(1) <= 8

    assert threads.ThreadChooser(fixed=1, cores=2).step(1, 9.0) == 1, "the setting is never second-guessed"
