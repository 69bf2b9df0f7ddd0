"""The entity recogniser under the extractors: names no pattern reads become persons,
and the model's slips at a name's edges do not."""

from __future__ import annotations

import importlib

import pytest

import kg
from kg.model import Article
from kg.nlp.doc import Doc
from kg.nlp.segment import get_segmenter

recognised = importlib.import_module("kg.extract.recognised")
people = importlib.import_module("kg.extract.people")

# Ours, in the style of the news: a foreign name in characters the transliteration list
# does not hold.
VISIT = "3月2日，国务院副总理刘国中在京会见来访的斐济总理冯葆尼瓦一行。"


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.predicate, f.object.name) for f in kg.extract(text, date="2025-03-05")}


def test_a_name_only_the_model_reads_gets_its_post_and_meeting() -> None:
    facts = _facts(VISIT)
    assert ("冯葆尼瓦", "holdsPost", "斐济总理") in facts
    assert any(s == "冯葆尼瓦" and p == "attended" for s, p, _ in facts)


def test_without_the_model_the_patterns_alone_miss_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people, "person_names", lambda doc: [])
    assert not any(s == "冯葆尼瓦" for s, _, _ in _facts(VISIT))


def _names(text: str) -> list[str]:
    doc = Doc.from_article(Article(id="t", text=text), get_segmenter())
    return recognised.person_names(doc)


def test_a_name_cut_short_where_it_is_written_whole_elsewhere_is_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kg.ner import Span

    text = "区长林志远听取汇报。林志远表示，要抓好落实。"
    spans = [Span(2, 4, "林志", "Person", 0.95), Span(10, 13, "林志远", "Person", 0.97)]
    monkeypatch.setattr(recognised, "recognised", lambda doc: spans)
    assert _names(text) == ["林志远"]


def test_a_word_the_model_ran_into_a_name_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.ner import Span

    text = "会议听取了主任委员林志远作的报告，应冯葆尼瓦总理邀请。"
    spans = [Span(9, 13, "林志远作", "Person", 0.95), Span(17, 22, "应冯葆尼瓦", "Person", 0.9)]
    assert [text[s.start : s.end] for s in spans] == [s.text for s in spans]
    monkeypatch.setattr(recognised, "recognised", lambda doc: spans)
    assert _names(text) == ["林志远", "冯葆尼瓦"]


def test_unsure_or_unnamelike_spans_are_not_names(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.ner import Span

    text = "林志远主持会议，会议强调。"
    spans = [Span(0, 3, "林志远", "Person", 0.5), Span(8, 10, "会议", "Person", 0.99)]
    monkeypatch.setattr(recognised, "recognised", lambda doc: spans)
    assert _names(text) == []
