"""What a question asks about, in both languages (pure functions)."""

from __future__ import annotations

from assistant.answer.terms import (
    apposition_joined,
    companions,
    mentioned,
    names,
    only_names,
    owned,
    pets_named,
    read_terms,
    relatives_named,
    term_words,
    terms,
)


def test_function_words_go_and_word_forms_meet() -> None:
    assert terms("What's my horse called?") == {"hors"}
    assert terms("Where do I live now?") == terms("I lived there") - {"there"} == {"live"}
    assert terms("What did Tom give me?") == {"tom", "give"} <= terms("Tom gave me a teapot")
    assert "lend" in terms("I lent my drill to Ana.")
    # A remark that starts with its verb: the capital is the sentence's, not a name's.
    assert {"lend", "drill"} <= terms("Lent my drill to Priya last week.")
    assert "maria" in terms("Maria moved in last week.")  # and a name there is still a name


def test_chinese_terms_leave_out_the_question_and_the_owner() -> None:
    assert terms("我在哪里出生？") == {"出生"}
    assert terms("我家狗叫什么？") == terms("我的狗叫什么名字？") == {"狗"}
    assert "吉他" in terms("我把吉他借给了Tom。")  # 他 inside a word is not the pronoun
    assert mentioned({"狗"}, "我家小狗叫豆豆。") == {"狗"}


def test_a_question_about_a_text_asks_for_a_name_the_dictionary_lacks_as_written() -> None:
    # The dictionary cuts 魏玩 into 魏 and 玩, which any passage may hold apart ("魏国", "游玩").
    assert read_terms("魏玩是谁的妻子？") == {"魏", "玩", "魏玩", "妻子"}
    assert "魏玩" not in terms("魏玩是谁的妻子？")  # the personal answers' terms are as they were
    assert read_terms("松平康忠是什么时期的武将？") >= {"松平", "平康", "康忠", "松", "忠", "时期", "武将"}
    assert read_terms("Who is Beale?") == {"beal"}


def test_a_place_or_measure_character_is_asked_for_with_the_word_before_it() -> None:
    # 中 alone is in nearly every clause; "剧中" is how the passage writes it.
    assert read_terms("电视剧中的歌曲收录在哪张专辑？") == {"电视", "视剧", "剧中", "歌曲", "收录", "专辑"}
    assert read_terms("在城市中的公园叫什么？") == {"城市", "市中", "公园"}
    assert {"任过", "担任"} <= read_terms("严曾经担任过哪些职务？")
    assert "过" not in read_terms("严曾经担任过哪些职务？")
    assert "剧中" not in terms("电视剧中的歌曲收录在哪张专辑？")  # the personal answers' terms are as they were


def test_a_pointing_word_is_found_however_the_text_points() -> None:
    assert mentioned({"此剧", "制作"}, "本剧的制作人是伍宗德。") == {"此剧", "制作"}
    assert mentioned({"此鱼"}, "该鱼分布于南海。") == {"此鱼"}
    assert mentioned({"此剧"}, "因此，这部喜剧很受欢迎。") == set()
    # A word of the dictionary is itself: 本人 ("myself") is not 此人 ("this person").
    assert mentioned({"本人"}, "此人来自上海。") == set()


def test_what_the_speaker_calls_theirs() -> None:
    assert owned("My rabbit is called Clover") == {"rabbit"}
    assert owned("My favourite food is pizza.") == {"food"}
    assert owned("My girlfriend's name is Anna.") == {"girlfriend"}
    assert owned("Had my first appointment with my new GP.") == {"appoint", "gp"}
    assert owned("我朋友Tom住在上海。") == {"朋友"}
    assert owned("I live in Leeds.") == set()


def test_people_named_as_company() -> None:
    assert companions("Watching Slow Horses with my partner.") == {"partner"}
    assert companions("Lunch with our little sister on Sunday") == {"sister"}
    assert companions("周末和妈妈一起去爬山。") == {"妈妈"}
    assert companions("My partner is watching Slow Horses.") == set()


def test_a_remark_that_only_says_who_someone_is() -> None:
    assert only_names("Miso is my cat.") and only_names("My sister is called Anna") and only_names("我家的猫叫咪咪。")
    assert not only_names("Miso is my cat and eats only wet food.")
    assert not only_names("Yesterday Miso is my cat's name, says Tom.")


def test_a_verb_with_its_particle_is_another_term() -> None:
    assert terms("Where do I work out?") == {"work out"} == terms("I work out at FitLife") - {"fitlif"}
    assert "work" not in terms("Where do I work out?") and "work" in terms("I work at Acme")


def test_things_someone_else_owns() -> None:
    from assistant.answer.terms import others_own

    assert others_own("Walked the neighbour's dog today.") == {"dog"}
    assert others_own("邻居家的狗很可爱。") == {"狗"}
    assert others_own("我朋友的猫叫Mimi。") == {"猫"}
    assert others_own("It's my dog Rex.") == set() and others_own("My dog's name is Rex.") == set()


def test_changing_the_terms_given_changes_no_later_answer() -> None:
    # The terms of a text are cached: each caller gets its own copy.
    first = terms("My dog is called Biscuit")
    first.add("cat")
    words = term_words("My dog is called Biscuit")
    words["cat"] = "cat"
    assert "cat" not in terms("My dog is called Biscuit")
    assert "cat" not in term_words("My dog is called Biscuit")


def test_people_the_user_names_by_relation() -> None:
    assert relatives_named("My brother is called Ben.") == {"brother": "ben"}
    assert relatives_named("My sister Anna's birthday is on 12 May.") == {"sister": "anna"}
    assert relatives_named("Our neighbour's name is Hana.") == {"neighbour": "hana"}
    # The name first (session 10); a pronoun or "this" is no name.
    assert relatives_named("Leo is my little brother.") == {"brother": "leo"}
    assert pets_named("Miso is my cat.") == {"cat": "miso"}
    assert pets_named("This is my cat.") == {} and relatives_named("She is my sister.") == {}
    assert relatives_named("My girlfriend Maria moved in.") == {"girlfriend": "maria"}
    assert relatives_named("my dog Rex") == {}  # a pet is no relation


def test_a_name_given_in_apposition() -> None:
    # "Oscar, my guinea pig": the kind's last word, between commas or at the end (session 12).
    assert pets_named("Oscar, my guinea pig, is three now.") == {"pig": "oscar"}
    assert relatives_named("Ruth, my manager, is lovely.") == {"manag": "ruth"}
    assert relatives_named("I met Tom, my old flatmate.") == {"flatmat": "tom"}
    assert relatives_named("Thanks, my friend!") == {} and relatives_named("Honestly, my sister.") == {}
    # Its commas do not make a clause of what the named one does.
    assert apposition_joined("Maya, my flatmate, works at the BBC.") == "Maya my flatmate works at the BBC."
    assert apposition_joined("I met Tom, my old flatmate.") == "I met Tom my old flatmate."


def test_a_title_with_a_full_stop_is_part_of_the_name() -> None:
    assert names("What did Mrs. Beale say to Mr. Garnet?") == [frozenset({"mrs", "beal"}), frozenset({"mr", "garnet"})]


def test_pets_the_user_names() -> None:
    assert pets_named("My cat Miso hates the vet.") == {"cat": "miso"}
    assert pets_named("My sister Anna's birthday is on 12 May.") == {}


def test_a_quantifier_says_how_often_not_what_about() -> None:
    # "every" as "each" and "all": "cooking chicken every day" asks about the cooking, not "every".
    assert terms("Which artist is Mrs. Beale likened to, cooking chicken every day?") >= {"cook", "chicken", "day"}
    assert "everi" not in terms("Which artist is Mrs. Beale likened to, cooking chicken every day?")
