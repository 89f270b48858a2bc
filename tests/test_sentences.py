"""Where a finished text's sentences end (assistant/sentences.py): one splitter for quoting, ranking,
cutting passages and checking a model's reply."""

from __future__ import annotations

from assistant.answer.compose import best_sentences
from assistant.sentences import is_finished, is_title, sentence_starts, split_paragraphs, split_sentences


def test_titles_initials_and_decimals_do_not_end_a_sentence() -> None:
    text = "Mr. Beale paid 3.5 pounds to S. F. Ukridge, e.g. for eggs. Then it rained!  Did it? Yes…  Gone."
    assert split_sentences(text) == [
        "Mr. Beale paid 3.5 pounds to S. F. Ukridge, e.g. for eggs.",
        "Then it rained!",
        "Did it?",
        "Yes…",
        "Gone.",
    ]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    assert split_sentences("“The missus went to Axminster, Mr. Ukridge, sir.” He grinned.") == [
        "“The missus went to Axminster, Mr. Ukridge, sir.”",
        "He grinned.",
    ]


def test_a_blank_line_ends_a_sentence_and_a_wrapped_line_does_not() -> None:
    text = "Chapter One\n\nUkridge came down the\nlane in a mackintosh. The hens\nscattered."
    assert split_sentences(text) == [
        "Chapter One",
        "Ukridge came down the lane in a mackintosh.",
        "The hens scattered.",
    ]


def test_chinese_ends_at_full_stops_and_semicolons_and_joins_wrapped_lines_without_a_space() -> None:
    assert split_sentences("任天堂是一家日本\n公司；总部在京都。“它做游戏机。”好的") == [
        "任天堂是一家日本公司；",
        "总部在京都。",
        "“它做游戏机。”",
        "好的",
    ]


def test_a_quote_is_the_whole_sentence_however_many_full_stops_it_holds() -> None:
    passage = (
        "It was a hot day and the hens were loud. Mr. Beale paid 3.5 pounds for the incubator, said Mrs. "
        "Medley, who had watched the whole affair from the window of the kitchen. Then it rained."
    )
    assert best_sentences("How much did Mr. Beale pay for the incubator?", passage) == (
        "Mr. Beale paid 3.5 pounds for the incubator, said Mrs. Medley, who had watched the whole affair from "
        "the window of the kitchen."
    )


def test_a_heading_or_a_cut_piece_is_not_a_finished_sentence() -> None:
    assert is_finished("She was wearing a Panama.") and is_finished("“I saw your light,” he said, “and I held on.”")
    assert is_finished("他终于到了杭州。") and is_finished("“Fine evening?”")
    assert not is_finished("XVII: Of a Sentimental Nature") and not is_finished("and then, as the tide came in,")


def test_a_texts_sentences_are_its_paragraphs_sentences_in_order() -> None:
    text = "“Then,” said Ukridge. “Sit on them.”\n\n“Yes, dear.”\n  \nHe paused. Mr. Beale came in."
    paragraphs = split_paragraphs(text)
    assert len(paragraphs) == 3
    assert [s for p in paragraphs for s in split_sentences(p)] == split_sentences(text)


def test_each_sentence_starts_where_it_stands_in_the_text() -> None:
    text = "Feed the tomatoes every Sunday.\nThe water butt\nleaks at the tap. It needs a washer.\n\n- Bins: Tuesday"
    starts = sentence_starts(text)
    assert [text[s : s + 9] for s in starts] == ["Feed the ", "The water", "It needs ", "- Bins: T"]


def test_a_title_line_is_short_ends_in_a_word_and_is_neither_a_sentence_an_item_nor_broken_off_speech() -> None:
    assert is_title("Allotment jobs") and is_title("阳台花草")
    assert not is_title("Water the beans before it gets hot.")
    assert not is_title("- Seeds: order from Kings by March")
    assert not is_title("“I was only going to say—”")
    assert not is_title("A very long line that goes on about the shed and the greenhouse and the compost bins")
