"""What `memory search` shows: passages in the order an answer ranks them, memories where the plain search
puts them. Real LanceDB in tmp_path and the real embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer import user_search
from assistant.answer.decision import Candidate
from assistant.answer.evidence import gather, passage_order
from assistant.answer.focus import by_focus
from assistant.memory import import_file
from assistant.memory.api import remember
from assistant.memory.model import Memory
from assistant.memory.retrieval import DOCUMENTS, search
from assistant.memory.store import MemoryStore

# Every passage names the farm and Ukridge; only one says, in one sentence, who was in charge of it.
PASSAGES = (
    "Ukridge talked about the farm all evening. The farm, Ukridge said, would make us rich, and the hens "
    "would lay as no hens had laid before. He was in charge of everything, he said, and of nothing.",
    "Before Ukridge arrived, Beale was in charge of the farm.",
    "The farm stood on the hill above the village. Ukridge liked the farm; Ukridge liked the view.",
    "Ukridge bought a farm cart and a horse for the farm, and the horse was in charge of the cart.",
)


def imported(store: MemoryStore, tmp_path: Path) -> None:
    for n, text in enumerate(PASSAGES, 1):
        path = tmp_path / f"part-{n}.md"
        path.write_text(text, "utf-8")
        import_file(path, store=store)


def test_passages_come_in_the_order_the_answer_ranks_them(store: MemoryStore, tmp_path: Path) -> None:
    imported(store, tmp_path)
    question = "Who was in charge of the farm before Ukridge arrived?"
    shown = [h.memory.id for h in user_search.search(store, question, 4)]
    assert shown == [c.memory.id for c in gather(store, question).passages][:4]
    assert "Beale" in store.get(shown[0]).text


def test_a_shorter_list_is_the_start_of_a_longer_one(store: MemoryStore, tmp_path: Path) -> None:
    imported(store, tmp_path)
    remember("I was in charge of the school farm when I was twelve.", store=store)
    for question in ("Who was in charge of the farm?", "What did Ukridge buy?", "hens"):
        longer = [h.memory.id for h in user_search.search(store, question, 5)]
        assert [h.memory.id for h in user_search.search(store, question, 2)] == longer[:2]


def test_memories_keep_the_places_the_plain_search_gives_them(store: MemoryStore, tmp_path: Path) -> None:
    imported(store, tmp_path)
    remember("I was in charge of the school farm when I was twelve.", store=store)
    question = "Who was in charge of the farm?"
    kinds = [h.memory.kind for h in user_search.search(store, question, 5)]
    assert kinds == [h.memory.kind for h in search(store, question, 5)]
    assert "document" in kinds and len(kinds) == len(set(h.memory.id for h in user_search.search(store, question, 5)))
    # Asked for remarks alone, no passage is searched for.
    assert all(h.memory.kind != "document" for h in user_search.search(store, question, 5, ["fact"]))


def _passage(n: int, text: str) -> Candidate:
    return Candidate(Memory(id=f"p{n}", text=text, kind="document"), score=1.0, similarity=0.3)


def test_in_chinese_retrievals_first_passage_stays_among_the_five_shown() -> None:
    # Retrieval put p0 first; six others hold every asked word in one clause, p0 only some of them, so
    # focus.py alone would show it seventh; fused with retrieval's order, it is fifth.
    pool = [_passage(0, "本剧的制作人是伍宗德。")]
    pool += [_passage(n, f"此剧第{n}集由电视台制作，主演是人气演员。") for n in range(1, 7)]
    order = [c.memory.id for c in passage_order("此剧的制作人是谁？", pool, None)]
    assert [c.memory.id for c in by_focus("此剧的制作人是谁？", pool)][-1] == "p0"
    assert order[:5] == ["p1", "p2", "p3", "p4", "p0"] and sorted(order) == sorted(c.memory.id for c in pool)
    # In English focus.py's order stands: there it is far better than retrieval's.
    pool = [_passage(0, "The producer came.")]
    pool += [_passage(n, f"The producer of the play, season {n}, was its writer.") for n in range(1, 7)]
    assert [c.memory.id for c in passage_order("Who was the producer of the play?", pool, None)][-1] == "p0"


def test_a_chinese_search_shows_the_five_the_answer_rests_on(store: MemoryStore, tmp_path: Path) -> None:
    texts = [f"第{n}集：电视剧《海港》由{name}担任制作人，在香港拍摄。" for n, name in enumerate("甲乙丙丁戊己", 1)]
    texts.append("此剧的监制是伍宗德，编剧是王晶。")
    for n, text in enumerate(texts, 1):
        path = tmp_path / f"part-{n}.md"
        path.write_text(text, "utf-8")
        import_file(path, store=store)
    question = "此剧的制作人是谁？"
    shown = [h.memory.id for h in user_search.search(store, question, 5)]
    assert shown == [c.memory.id for c in gather(store, question).passages]
    assert search(store, question, 1, kinds=["document"], tuning=DOCUMENTS)[0].memory.id in shown


def _imported(store: MemoryStore, tmp_path: Path, texts: list[str]) -> None:
    for n, text in enumerate(texts, 1):
        path = tmp_path / f"part-{n}.md"
        path.write_text(text, "utf-8")
        import_file(path, store=store)


def test_a_chinese_search_asks_for_an_unknown_name_as_written(store: MemoryStore, tmp_path: Path) -> None:
    # Each other passage holds 魏, 玩 and 妻子 in one sentence, but not the name 魏玩 (the dictionary lacks it).
    texts = [f"魏国第{n}位国君的妻子出身名门。国君年少时爱玩，常常出宫游玩。" for n in range(1, 7)]
    _imported(store, tmp_path, [*texts, "北宋女词人魏玩，字玉汝，是宰相曾布的妻子，封鲁国夫人。"])
    assert "魏玩" in user_search.search(store, "魏玩是谁的妻子？", 5)[0].memory.text


def test_a_chinese_search_finds_this_series_where_the_passage_says_the_series(
    store: MemoryStore, tmp_path: Path
) -> None:
    # 此 ("this") is in each other passage's 因此 ("so"), with 剧, 制作 and 人 in the same sentence.
    texts = [f"第{n}部喜剧在香港上映，因此制作公司请来了很多人。" for n in range(1, 7)]
    _imported(store, tmp_path, [*texts, "本剧的制作人是伍宗德，编剧是王晶。"])
    assert user_search.search(store, "此剧的制作人是谁？", 5)[0].memory.text.startswith("本剧的制作人")
