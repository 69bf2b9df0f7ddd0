"""Invariants checked on generated texts: offsets, determinism, normalisation."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.nlp.normalize import normalize
from kg.nlp.sentences import split_sentences

# Pieces of news sentences we wrote, shuffled into articles with noise between them.
PIECES = [
    "3月5日，江川市青山区召开2024年宣传思想文化工作会议暨文明城区创建动员大会。",
    "江川市青山区委书记林志远，区委副书记、区长高晓梅，区领导陈思雨参加会议。",
    "林志远强调，要压实责任。",
    "他表示，将全力推进。",
    "到2027年，青山区基本建成南部文化强区。",
    "全年开展各类文体惠民活动1500余场，参与人次12.3万。",
    "国务院总理程远航在北京会见瑞典外长卡尔松。",
    "云岭省梧川市青禾县建成高标准农田12.6万亩。",
    "（责编：某某）",
    "ＡＢＣ１２３　全角字符，",
]
noise = st.text(
    alphabet=st.sampled_from(list("的了会议区市长书记，。、：“”（）() \n0123456789年月日")),
    max_size=20,
)
articles = (
    st.lists(st.one_of(st.sampled_from(PIECES), noise), min_size=1, max_size=8)
    .map("".join)
    .filter(str.strip)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_every_fact_has_evidence_that_slices_back(text: str) -> None:
    for fact in kg.extract(text, date="2024-04-12"):
        assert fact.evidence.text, fact
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
        assert 0.0 < fact.confidence <= 1.0
        assert fact.predicate in kg.PREDICATES


@settings(max_examples=30, deadline=None)
@given(articles)
def test_extraction_is_deterministic(text: str) -> None:
    first = [f.to_json() for f in kg.extract(text, date="2024-04-12")]
    second = [f.to_json() for f in kg.extract(text, date="2024-04-12")]
    assert first == second


@given(st.text())
def test_normalisation_keeps_every_offset(text: str) -> None:
    assert len(normalize(text)) == len(text)


@given(st.text(alphabet=st.sampled_from(list("甲乙丙。！？\n ，")), max_size=60))
def test_sentences_slice_back_and_do_not_overlap(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= previous_end and sentence.text.strip()
        previous_end = sentence.end


def test_full_width_digits_are_read_as_digits() -> None:
    facts = kg.extract("３月５日，江川市青山区召开全区工作会议。", date="2024-04-12")
    assert any(f.predicate == "heldOn" and f.object.name == "2024-03-05" for f in facts)
