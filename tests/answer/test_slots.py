"""Which words ask for an everyday slot and which phrasings state it (a pure table: no model)."""

from __future__ import annotations

from assistant.answer.slots import asked_slots, asks_for, named_by_slot, stated_slots


def test_a_statement_in_other_words_names_the_asked_slot() -> None:
    assert named_by_slot("Who is my employer?", "I started a new job at Globex.") == {"employ"}
    assert named_by_slot("What company am I with now?", "Got hired by Initech in May.") == {"compani"}
    assert named_by_slot("Who is my girlfriend?", "我的伴侣是陈静。") == {"girlfriend"}
    assert named_by_slot("我女朋友叫什么？", "I'm seeing someone new, Anna.") >= {"朋友"}
    assert named_by_slot("Which city am I living in now?", "Home is Shanghai now.") == {"citi", "live"}
    assert named_by_slot("Who's my GP?", "I switched to a new doctor, Dr. Li.") == {"gp"}


def test_chit_chat_with_the_slots_words_does_not_state_it() -> None:
    assert named_by_slot("Who is my employer?", "Work was awful today.") == set()
    assert named_by_slot("我在哪里上班？", "今天工作有点累。") == set()
    assert named_by_slot("Where do I live?", "Traffic was terrible on the way home.") == set()
    assert named_by_slot("我开什么车？", "下班路上堵车了。") == set()
    assert named_by_slot("What do I drive?", "I drive to work on Mondays.") == set()


def test_work_out_asks_for_the_gym_not_the_employer() -> None:
    assert stated_slots("Where do I work out?", "I work at Acme.") == set()
    assert stated_slots("Where do I work out?", "My gym is Iron Temple.") == {"gym"}


def test_a_person_is_asked_for_only_through_the_slot_the_question_asks() -> None:
    assert asks_for("Who am I seeing?", "girlfriend")
    assert not asks_for("Who am I seeing?", "friend")
    assert not asks_for("Where do I live?", "朋友")


def test_chinese_phrasings_of_employer_and_car() -> None:
    assert named_by_slot("我的雇主是谁？", "我现在是Globex的员工。") == {"雇主"}
    assert stated_slots("What do I drive?", "我开的是蓝色本田思域。") == {"car"}


def test_everyday_changes_state_the_slot() -> None:
    assert stated_slots("Where do I work?", "I started at the bakery on Elm Street last month.") == {"employer"}
    assert stated_slots("What car do I drive?", "Traded the Corolla for a Golf at the weekend.") == {"car"}
    assert stated_slots("Who is my doctor?", "Switched to Dr Patel at the new practice.") == {"doctor"}
    assert stated_slots("What phone do I have?", "Dropped the Galaxy in the canal, so I'm on an iPhone 15 now.") == {
        "phone"
    }
    assert stated_slots("Who is my manager?", "After the reorg I report to Priya now.") == {"manager"}
    assert stated_slots("What diet do I follow?", "Went fully vegan in March, no more cheese.") == {"diet"}
    assert stated_slots("我开什么车？", "把思域卖了，换了一辆比亚迪汉。") == {"car"}
    assert stated_slots("我开什么车？", "特斯拉卖了，换了辆比亚迪。") == {"car"}  # 一 left out


def test_someone_elses_change_and_an_occasion_state_no_slot() -> None:
    assert stated_slots("Where do I work?", "My brother just started at Google, he's thrilled.") == set()
    assert stated_slots("What car do I drive?", "Rented a Jeep for the road trip, fun but thirsty.") == set()
    assert stated_slots("Which gym do I go to?", "Met Tom at the gym.") == set()


def test_for_a_living_asks_what_the_user_does_not_where_they_live() -> None:
    assert stated_slots("What do I do for a living?", "I live in Leeds.") == set()
    assert stated_slots("What do I do for a living?", "Passed my final exam, so I'm officially a solicitor now!") == {
        "job"
    }


def test_doing_a_professions_work_states_the_job_and_where() -> None:
    assert stated_slots("我在哪里工作？", "我在阿里巴巴做产品经理。") == {"employer"}
    assert "job" in stated_slots("我做什么工作？", "我在阿里巴巴做产品经理。")
    assert stated_slots("我在哪里工作？", "周末在家做饭。") == set()  # cooking at home is no job


def test_a_bicycle_or_a_train_is_not_the_users_car() -> None:
    assert [s.name for s in asked_slots("我开什么车？")] == ["car"]
    assert [s.name for s in asked_slots("汽车停在哪里？")] == ["car"]
    for question in ("自行车借给谁了？", "几点的火车？", "公交车几点来？", "出租车叫了吗？"):
        assert asked_slots(question) == [], question


def test_what_someone_does_asks_for_their_job() -> None:
    assert [s.name for s in asked_slots("What does my cousin do?")] == ["job"]
    assert asked_slots("What do I do on Sundays?") == [] and asked_slots("What did I do yesterday?") == []
    # Said of one of the user's people, "is a" gives the job; of a thing, it does not.
    assert stated_slots("What does my cousin do?", "My cousin Kofi is an electrician.") == {"job"}
    assert stated_slots("What does my cousin do?", "Kofi works as an electrician.") == {"job"}
    assert stated_slots("What does my cousin do?", "My car is a Golf.") == set()
    assert stated_slots("我姐姐做什么工作？", "我姐姐是一名律师。") == {"job"}
    assert stated_slots("我姐姐做什么工作？", "我姐姐是个好人。") == set()
