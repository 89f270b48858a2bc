"""The bilingual dictionary (CC-CEDICT) as the answer pipeline reads it."""

from __future__ import annotations

from assistant.answer.lexicon import chinese_words, english, words
from assistant.answer.terms import terms


def test_a_word_translates_by_its_senses_first_sense_first() -> None:
    give = english("送")
    assert give["deliv"] == 0 and give["give"] < give["send"]
    assert "lend" in english("借给") and "give" not in english("借给")
    assert "girlfriend" in english("女朋友") and english("不是一个词") == {}


def test_chinese_is_cut_into_the_dictionarys_words_longest_first() -> None:
    assert words("搅拌机借") == ["搅拌机", "借"]
    assert chinese_words("我把打气筒借给了Wang Fang。") == ["打气筒", "借"]  # 给 is a particle here
    assert chinese_words("I lent my drill to Tom.") == []


def test_chinese_terms_do_not_pair_characters_across_words() -> None:
    asked = terms("我的搅拌机借给谁了？")
    assert {"搅拌", "拌机", "借"} <= asked and "机借" not in asked
