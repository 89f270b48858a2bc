from assistant.memory.extraction import extract_facts


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
    for text in ["The weather is lovely today.", "My friend Tom lives in Berlin.", "我朋友小李住在北京。",
                 "I like tea.", "My sister's dog is called Max."]:
        assert extract_facts(text) == [], text
