"""Segmenter backends: our dictionaries, and the same facts from jieba and rjieba."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from kg.ingest import load_articles
from kg.nlp.doc import PUNCTUATION_MARKS, Doc
from kg.nlp.segment import SEGMENTERS, cut_words, get_segmenter, tag_words, tokenize
from kg.pipeline import Pipeline


def _samples() -> list[str]:
    folder = Path(str(resources.files("kg.resources").joinpath("samples")))
    return sorted(str(p) for p in folder.iterdir() if p.suffix != ".md")


@pytest.mark.parametrize("name", sorted(SEGMENTERS))
def test_shipped_dictionaries_keep_districts_and_bodies_whole(name: str) -> None:
    words = [w for w, _ in get_segmenter(name).tag("区文明委全体会议在光明区召开，深圳市政府参加")]
    assert "区文明委" in words
    assert "深圳市" in words


@pytest.mark.parametrize("name", sorted(SEGMENTERS))
def test_tokens_carry_offsets_into_the_text(name: str) -> None:
    text = "前言。深圳市光明区委书记刘胜参加会议。"
    tokens = tokenize(get_segmenter(name), text, 3, len(text))
    assert tokens[0].start == 3 and tokens[-1].end == len(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_backends_give_the_same_facts_on_the_sample_articles() -> None:
    articles = list(load_articles(_samples()))
    assert len(articles) >= 5
    fast, reference = Pipeline(segmenter="rjieba"), Pipeline(segmenter="jieba")
    for article in articles:
        assert [f.to_json() for f in fast(article).facts] == [
            f.to_json() for f in reference(article).facts
        ], article.id


def test_a_name_jieba_splits_is_still_one_person() -> None:
    # Out of the box jieba cuts 刘大岭 into 刘 + 大岭 (a place); the post before it decides.
    facts = Pipeline()(next(load_articles([_samples()[0]]))).facts
    assert facts  # the sample reads
    from kg import extract

    found = extract("光明区委常委、宣传部部长刘大岭表示，要做好工作。")
    assert ("刘大岭", "宣传部部长") in {(f.subject.name, f.object.name) for f in found}


@pytest.mark.parametrize("name", sorted(SEGMENTERS))
def test_tagged_words_are_the_tokens(name: str) -> None:
    text = "前言。深圳市光明区委书记刘胜参加会议。"
    words = tag_words(get_segmenter(name), text, 3, len(text))
    tokens = tokenize(get_segmenter(name), text, 3, len(text))
    assert words.tokens() == tokens
    assert words.bounds == [t.start for t in tokens] + [len(text)]
    position = text.index("书记")
    assert tokens[words.count_before(position) - 1].start < position
    assert (
        words.count_before(position) == len(tokens)
        or tokens[words.count_before(position)].start >= position
    )


@pytest.mark.parametrize("name", sorted(SEGMENTERS))
def test_a_stretch_between_marks_gets_the_words_of_its_sentence(name: str) -> None:
    segmenter = get_segmenter(name)
    for article in load_articles(_samples()):
        doc = Doc.from_article(article, segmenter)
        for sentence in doc.sentences:
            whole = {(t.start, t.end, t.tag) for t in doc.tokens(sentence)}
            for offset in range(sentence.start, sentence.end):
                words = doc.words_at(sentence, offset, tagged=True)
                if words is None:
                    assert doc.norm[offset] in PUNCTUATION_MARKS
                    continue
                assert {(t.start, t.end, t.tag) for t in words.tokens()} <= whole


@pytest.mark.parametrize("name", sorted(SEGMENTERS))
def test_cut_gives_the_words_that_tag_gives(name: str) -> None:
    segmenter = get_segmenter(name)
    for article in load_articles(_samples()):
        assert segmenter.cut(article.text) == [w for w, _ in segmenter.tag(article.text)]
        words = cut_words(segmenter, article.text, 0, len(article.text))
        assert words.tags is None
        assert words.bounds == tag_words(segmenter, article.text, 0, len(article.text)).bounds
