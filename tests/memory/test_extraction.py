from assistant.memory.extraction import extract_facts, statements


def subjects(text: str) -> dict[str, str]:
    return {f.subject: f.value for f in extract_facts(text)}


def test_english_facts() -> None:
    assert subjects("I just moved to Shanghai for a new job.") == {"home_city": "Shanghai"}
    assert subjects("My dog's name is Biscuit and he is cute") == {"name_of:dog": "Biscuit"}
    assert subjects("I started a new job at Acme Corp last week.") == {"employer": "Acme Corp"}
    assert subjects("My doctor is Dr. Okafor.") == {"name_of:doctor": "Dr. Okafor"}
    assert subjects("My favorite movie is Alien") == {"favorite:film": "Alien"}


def test_chinese_facts_share_subjects_with_english() -> None:
    assert subjects("我搬到了上海。") == {"home_city": "上海"}
    assert subjects("我现在在腾讯上班") == {"employer": "腾讯"}
    assert subjects("我的狗叫旺财。") == {"name_of:dog": "旺财"}
    assert subjects("我最喜欢的食物是饺子") == {"favorite:food": "饺子"}


def test_chit_chat_and_other_peoples_facts_are_not_the_users() -> None:
    for text in [
        "The weather is lovely today.",
        "My friend Tom lives in Berlin.",
        "我朋友小李住在北京。",
        "I like tea.",
        "My sister's dog is called Max.",
    ]:
        assert extract_facts(text) == [], text


def test_everyday_phrasings_of_the_same_facts() -> None:
    assert subjects("We finally moved to Leeds, the flat is small but nice.") == {"home_city": "Leeds"}
    assert subjects("These days I'm based in Toronto.") == {"home_city": "Toronto"}
    assert subjects("I drive a blue Honda Civic now.") == {"car": "a blue Honda Civic"}
    assert subjects("I just bought a white Tesla as my car.") == {"car": "a white Tesla"}
    assert subjects("I'm seeing someone new, Anna.") == {"name_of:spouse": "Anna"}
    assert subjects("We named our new dog Doudou.") == {"name_of:dog": "Doudou"}
    assert subjects("I switched to a new doctor, Dr. Li.") == {"name_of:doctor": "Dr. Li"}
    assert subjects("Honestly sushi is my favourite food.") == {"favorite:food": "sushi"}
    assert subjects("I go to the gym at Iron Temple now.") == {"gym": "Iron Temple"}
    assert subjects("我最爱吃饺子了。") == {"favorite:food": "饺子"}
    assert subjects("我现在开一辆红色丰田卡罗拉。") == {"car": "红色丰田卡罗拉"}
    assert subjects("我换了个医生，现在是李医生。") == {"name_of:doctor": "李医生"}
    assert subjects("我现在去铁庙健身。") == {"gym": "铁庙"}


def test_look_alikes_that_state_no_fact() -> None:
    for text in [
        "I'm based in the office today.",
        "I drive to work every day.",
        "I'm seeing a movie tonight.",
        "我在公园锻炼",
        "我今天开车去上班了",
        "That is my favourite song",
        "我现在去超市买东西",
    ]:
        assert extract_facts(text) == [], text


def test_a_fact_reads_the_same_in_both_languages() -> None:
    assert statements("home_city", "Leeds") == ("I live in Leeds", "我住在Leeds")
    assert statements("name_of:spouse", "Anna") == ("My partner is called Anna", "我的伴侣叫Anna")
    assert statements("favorite:food", "sushi") == ("My favourite food is sushi", "我最喜欢的食物是sushi")
    assert statements("car", "a red Toyota") == ("My car is a red Toyota", "我的车是a red Toyota")
    # and every statement reads back as the same fact, which is how a profile fact is re-derived
    for subject, value in [
        ("home_city", "Leeds"),
        ("employer", "Acme"),
        ("name_of:dog", "Rex"),
        ("favorite:food", "sushi"),
        ("gym", "Iron Temple"),
    ]:
        for statement in statements(subject, value):
            assert {f.subject: f.value for f in extract_facts(statement)} == {subject: value}, statement


def test_when_a_move_or_a_job_happened_is_not_part_of_the_place() -> None:
    said = {
        "We moved to Bristol in June.": "I live in Bristol",
        "I moved to Leeds two years ago": "I live in Leeds",
        "We relocated to Cape Town over the summer": "I live in Cape Town",
        "I work as a nurse at St Mary's on Mondays": "I work as a nurse at St Mary's",
    }
    for text, statement in said.items():
        assert [f.statement for f in extract_facts(text)] == [statement], text
    # A time that is what the remark says stays: the MOT is due in April.
    assert [f.statement for f in extract_facts("My car is due its MOT in April.")] == ["My car is due its MOT in April"]
