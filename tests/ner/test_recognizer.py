"""The shipped recogniser on sentences we write in the style of government news."""

from __future__ import annotations

import json
import pickle

import pytest

from kg.ner import Recognizer, Span, recognizer, shipped_model_path
from kg.ner.features import word_lists_digest
from kg.nlp.segment import get_segmenter, tag_words

# sentence -> (type, text) pairs the shipped model must find in it
CASES = {
    "国务院总理李强在北京会见了来访的新西兰总理。": {("Person", "李强"), ("Organization", "国务院")},
    "山东省青岛市市长赵一鸣主持召开会议。": {("Person", "赵一鸣"), ("Post", "市长")},
    "广东省委书记黄志远到深圳市宝安区调研。": {("Person", "黄志远"), ("Place", "深圳市宝安区")},
    "中共中央政治局委员、外交部部长王毅会见了来访的客人。": {("Person", "王毅")},
    "财政部副部长刘建华出席开幕式并致辞。": {("Person", "刘建华"), ("Organization", "财政部")},
}
TYPES = {"Person", "Organization", "Place", "Post"}


@pytest.mark.parametrize("text", sorted(CASES))
def test_finds_the_entities_of_government_news(text: str) -> None:
    found = {(span.type, span.text) for span in recognizer().spans(text)}
    assert CASES[text] <= found


@pytest.mark.parametrize("text", sorted(CASES))
def test_spans_slice_back_to_the_text_with_a_confidence(text: str) -> None:
    padded = "前言。" + text + "后记"
    spans = recognizer().spans(padded, 3, 3 + len(text))
    assert spans
    for span in spans:
        assert padded[span.start : span.end] == span.text
        assert 3 <= span.start < span.end <= 3 + len(text)
        assert span.type in TYPES
        assert 0.0 < span.confidence <= 1.0
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_words_the_caller_has_give_the_same_spans() -> None:
    text = "前言。财政部副部长刘建华出席开幕式并致辞。"
    words = tag_words(get_segmenter(), text, 3, len(text))
    assert recognizer().spans(text, 3, words=words) == recognizer().spans(text, 3)


def test_the_gate_skips_clauses_without_a_trigger() -> None:
    text = "今天天气很好，大家都很高兴，财政部副部长刘建华出席开幕式。"
    gated = Recognizer.load()
    assert gated.sequences(text) == [(text.index("财"), len(text))]
    ungated = Recognizer.load(gate=False)
    assert ungated.sequences(text) == [(0, len(text))]
    # The clauses left out hold no entity: the person is read either way (how the rest of
    # the clause splits may differ, as the CRF sees more context without the gate).
    def persons(recognizer: Recognizer) -> set[str]:
        return {s.text for s in recognizer.spans(text) if s.type == "Person"}

    assert persons(gated) == persons(ungated) == {"刘建华"}
    assert all(s.start >= text.index("财") for s in gated.spans(text))


def test_no_entity_in_plain_text() -> None:
    assert recognizer().spans("今天天气很好，大家都很高兴。") == []
    assert recognizer().spans("") == []


def test_the_recogniser_pickles_by_reopening_its_model() -> None:
    copy = pickle.loads(pickle.dumps(Recognizer.load(convention="pd")))
    assert copy.convention == "pd"
    assert copy.model == shipped_model_path()
    assert copy.spans("财政部副部长刘建华出席开幕式。") == Recognizer.load(convention="pd").spans(
        "财政部副部长刘建华出席开幕式。"
    )


def test_the_conventions_differ_on_posts() -> None:
    text = "财政部副部长刘建华出席开幕式。"
    assert "Post" in {s.type for s in Recognizer.load(convention="cluener").spans(text)}
    assert "Post" not in {s.type for s in Recognizer.load(convention="pd").spans(text)}


def test_an_unknown_convention_is_refused() -> None:
    with pytest.raises(ValueError, match="cluener"):
        Recognizer.load(convention="msra")


def test_span_is_a_frozen_record() -> None:
    span = Span(0, 2, "李强", "Person", 0.9)
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]


def test_the_gate_lets_through_a_clause_with_a_name_the_segmenter_tags() -> None:
    text = "今天天气很好，李明今天很高兴。"
    assert Recognizer.load().sequences(text) == []
    words = tag_words(get_segmenter(), text, 0, len(text))
    assert Recognizer.load().sequences(text, words=words) == [(text.index("李"), len(text))]
    assert ("Person", "李明") in {(s.type, s.text) for s in recognizer().spans(text)}


def test_the_shipped_model_was_trained_on_the_word_lists_shipped_with_it() -> None:
    """The features read kg's word lists (gazetteer, surnames, user dictionary): a change
    to them changes the model ``make ner-model`` builds, so the shipped one must be
    built again with it (or the change kept out of these lists)."""
    card = json.loads(shipped_model_path().with_name("model.json").read_text(encoding="utf-8"))
    assert card["word_lists"] == word_lists_digest(), (
        "the word lists the recogniser's features read changed since the shipped model was "
        "trained: run make ner-model"
    )
