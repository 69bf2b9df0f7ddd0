"""The entity recogniser where the extractors' patterns are unsure: names no pattern
reads become persons, places after the place they lie in become part of it, and the
model's slips at a name's edges do not count."""

from __future__ import annotations

import importlib

import pytest

from kg.model import Article
from kg.nlp.doc import Doc
from kg.nlp.segment import get_segmenter
from tests.conftest import triples

recognised = importlib.import_module("kg.extract.recognised")
people = importlib.import_module("kg.extract.people")

# Ours, in the style of the news: a foreign name in characters the transliteration list
# does not hold.
VISIT = "3月2日，国务院副总理刘国中在北京会见来访的斐济总理冯葆尼瓦一行。"


def test_a_name_only_the_model_reads_gets_its_post_and_meeting() -> None:
    facts = triples(VISIT, date="2025-03-05")
    assert ("冯葆尼瓦", "holdsPost", "斐济总理") in facts
    assert any(s == "冯葆尼瓦" and p == "attended" for s, p, _ in facts)


def test_without_the_model_the_patterns_alone_miss_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people, "person_at", lambda doc, start: None)
    assert not any(s == "冯葆尼瓦" for s, _, _ in triples(VISIT, date="2025-03-05"))


def test_names_listed_without_posts_and_a_name_opening_its_clause() -> None:
    text = (
        "3月5日，全国政协十四届三次会议举行第二次全体会议。"
        "冯葆尼委员代表民进中央发言。江晓岚、卢国懿、孙东生等委员出席会议。"
    )
    facts = triples(text, date="2025-03-05")
    # the name before its title, not in it; 委员 of no body named is no post (the contract)
    assert ("冯葆尼", "attended", "全国政协十四届三次会议第二次全体会议") in facts
    assert not any(p == "holdsPost" for _, p, _ in facts), facts
    assert ("孙东生", "attended", "全国政协十四届三次会议第二次全体会议") in facts
    assert not any(s.endswith("等") for s, _, _ in facts)


def _doc(text: str) -> Doc:
    return Doc.from_article(Article(id="t", text=text), get_segmenter())


def test_the_model_is_asked_once_a_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    model = recognised._model()
    original = model.spans
    monkeypatch.setattr(
        model, "spans", lambda text, start, end: calls.append((start, end)) or original(text, start, end)
    )
    doc = _doc("斐济总理冯葆尼瓦表示，愿同中方加强合作。")
    assert recognised.person_at(doc, 4) == "冯葆尼瓦"
    assert recognised.person_before(doc, 8) == "冯葆尼瓦"
    assert calls == [(0, 10)]


def _spans(monkeypatch: pytest.MonkeyPatch, spans: list[object]) -> None:
    monkeypatch.setattr(recognised, "clause_spans", lambda doc, offset: spans)


def test_a_word_the_model_ran_into_a_name_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.ner import Span

    text = "会议听取了主任委员林志远作的报告，应冯葆尼瓦总理邀请。"
    _spans(monkeypatch, [Span(9, 13, "林志远作", "Person", 0.95), Span(17, 22, "应冯葆尼瓦", "Person", 0.9)])
    doc = _doc(text)
    assert recognised.person_at(doc, 9) == "林志远"
    assert recognised.person_before(doc, 22) == "冯葆尼瓦"
    assert recognised.person_at(doc, 17) is None  # the name starts after 应


def test_unsure_or_unnamelike_spans_are_not_names(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.ner import Span

    _spans(monkeypatch, [Span(0, 3, "林志远", "Person", 0.5), Span(8, 10, "会议", "Person", 0.99)])
    doc = _doc("林志远主持会议，会议强调。")
    assert recognised.person_at(doc, 0) is None
    assert recognised.person_at(doc, 8) is None


def test_a_two_character_reading_of_a_three_character_name_loses() -> None:
    assert recognised.better_name("李春临", "李春") == "李春临"
    assert recognised.better_name("普拉昌", "普拉昌达") == "普拉昌达"
    assert recognised.better_name(None, "冯葆尼瓦") == "冯葆尼瓦"
    assert recognised.better_name("林志远", None) == "林志远"


def test_a_transliteration_the_model_cuts_short_is_read_whole() -> None:
    """斯凯里|特: the model stops inside a foreign name where a word of the segmenter runs
    over its end (特到); three transliteration characters are no Chinese name that a
    fourth would run into, whatever their first (斯 is also a surname)."""
    assert recognised.better_name("斯卡里特", "斯卡里") == "斯卡里特"
    assert recognised.better_name("马林马林", "马林") == "马林"  # two characters: a surname's


def test_a_name_with_characters_the_patterns_stop_at_is_read_by_the_model() -> None:
    # 一 is a numeral to the name patterns; after a title the model reads the name.
    text = "受国务院委托，司法部部长唐一平作了说明。"
    assert ("唐一平", "holdsPost", "司法部部长") in triples(text, date="2025-03-05")


def test_how_one_speaks_is_no_part_of_a_name() -> None:
    """吴淡淡地说: the model may run 淡淡地 into the surname; a doubled character and 地 end
    no name."""
    assert not recognised._acceptable("吴淡淡地", 0.99)
    assert recognised._acceptable("吴淡", 0.99)
