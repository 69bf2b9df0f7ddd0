"""The batch tagger against python-crfsuite, and the batch paths of the recogniser and of
kg mentions against the per-sequence ones."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources as importlib_resources
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import load_articles
from kg.mentions import mention_record, mentions, mentions_many
from kg.model import Article
from kg.ner import Recognizer, Span, shipped_model_path
from kg.ner.batch import BatchTagger, CrfModel, SequenceBatch, WordTrie, code_points
from kg.ner.corpora import Example, read_cluener, read_peoples_daily
from kg.ner.features import CONVENTIONS, sequence_features
from kg.ner.train import train_examples
from kg.nlp.lexicon import alternation
from kg.nlp.segment import get_segmenter, tag_words

SAMPLES = Path(str(importlib_resources.files("kg.resources").joinpath("samples")))
# A sequence: its text, its words and their tags, as sequence_features takes them.
Triple = tuple[str, list[str], list[str]]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return list(load_articles(sorted(p for p in SAMPLES.iterdir() if p.suffix != ".md")))


@pytest.fixture(scope="module")
def taggers() -> dict[str, BatchTagger]:
    model = CrfModel.read(shipped_model_path())
    return {convention: BatchTagger(model, convention) for convention in CONVENTIONS}


def _words(text: str) -> Triple:
    pairs = get_segmenter().tag(text)
    return text, [word for word, _ in pairs], [tag for _, tag in pairs]


def _sequences(texts: Sequence[str], recognizer: Recognizer) -> list[Triple]:
    """The sequences the recogniser tags in ``texts``, each with its own words."""
    found = []
    for text in texts:
        words = tag_words(get_segmenter(), text, 0, len(text))
        found.extend(_words(text[b:e]) for b, e in recognizer.sequences(text, words=words))
    return found


def assert_as_crfsuite(
    tagger: BatchTagger, model: Path, sequences: list[Triple], marginals: bool = True
) -> None:
    """The batch tagger's labels are crfsuite's; its marginals crfsuite's within 1e-9."""
    reference = pycrfsuite.Tagger()
    reference.open(str(model))
    batch = SequenceBatch.from_lists(sequences)
    names = tagger.model.labels
    labels = tagger.labels(batch)
    probabilities = tagger.marginals(batch) if marginals else None
    for index, (text, words, tags) in enumerate(sequences):
        begin, end = batch.bounds[index], batch.bounds[index + 1]
        expected = reference.tag(sequence_features(text, words, tags, tagger.convention))
        assert [names[label] for label in labels[begin:end]] == expected, text
        if probabilities is not None:
            wanted = [[reference.marginal(name, t) for name in names] for t in range(len(text))]
            expected_marginals = np.reshape(wanted, (-1, len(names)))
            assert np.allclose(probabilities[begin:end], expected_marginals, 0, 1e-9)


def assert_same_spans(found: list[Span], expected: list[Span]) -> None:
    """Same spans; confidences equal within 1e-9 (numpy's exp is not libm's)."""
    assert [(s.start, s.end, s.text, s.type) for s in found] == [
        (s.start, s.end, s.text, s.type) for s in expected
    ]
    assert np.allclose([s.confidence for s in found], [s.confidence for s in expected], 0, 1e-9)


def test_the_model_file_is_read_to_the_bit() -> None:
    model = CrfModel.read(shipped_model_path())
    info = pycrfsuite.Tagger()
    info.open(str(shipped_model_path()))
    dump = info.info()
    assert model.labels == tuple(sorted(dump.labels, key=lambda label: int(dump.labels[label])))
    assert {name: str(index) for index, name in enumerate(model.attributes)} == dump.attributes
    rows = {name: index for index, name in enumerate(model.attributes)}
    labels = {name: index for index, name in enumerate(model.labels)}
    # The dump rounds to six decimals; the file holds the weights themselves.
    for (attribute, label), weight in dump.state_features.items():
        assert abs(model.state[rows[attribute], labels[label]] - weight) <= 5e-7
    assert np.count_nonzero(model.state) == len(dump.state_features)
    assert not model.state[-1].any()
    for (before, after), weight in dump.transitions.items():
        assert abs(model.transition[labels[before], labels[after]] - weight) <= 5e-7
    assert np.any(np.abs(model.state[model.state != 0] * 1e6 % 1) > 1e-3)


def test_a_file_that_is_no_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.crfsuite"
    path.write_bytes(b"not a model at all, just some bytes" * 4)
    with pytest.raises(ValueError, match="kg train-ner"):
        CrfModel.read(path)
    with pytest.raises(ValueError, match="convention"):
        BatchTagger(CrfModel.read(shipped_model_path()), "msra")


@pytest.mark.parametrize("convention", CONVENTIONS)
def test_scores_are_the_sums_crfsuite_makes_to_the_bit(
    taggers: dict[str, BatchTagger], articles: list[Article], convention: str
) -> None:
    tagger = taggers[convention]
    sequences = _sequences([a.text for a in articles], Recognizer.load(convention=convention))
    rows = {name: index for index, name in enumerate(tagger.model.attributes)}
    expected = []
    for text, words, tags in sequences:
        for features in sequence_features(text, words, tags, convention):
            # crfsuite adds each attribute's weights in turn, from zero.
            total = np.zeros(len(tagger.model.labels))
            for feature in features:
                if feature in rows:
                    total = total + tagger.model.state[rows[feature]]
            expected.append(total)
    assert np.array_equal(tagger.scores(SequenceBatch.from_lists(sequences)), np.array(expected))


def test_the_convention_changes_the_scores(taggers: dict[str, BatchTagger]) -> None:
    batch = SequenceBatch.from_lists([_words("财政部副部长刘建华出席开幕式。")])
    assert not np.array_equal(taggers["cluener"].scores(batch), taggers["pd"].scores(batch))


@pytest.mark.parametrize("convention", CONVENTIONS)
def test_labels_and_marginals_are_crfsuites_on_the_samples(
    taggers: dict[str, BatchTagger], articles: list[Article], convention: str
) -> None:
    for gate in (True, False):
        recognizer = Recognizer.load(convention=convention, gate=gate)
        sequences = _sequences([a.text for a in articles], recognizer)
        assert len(sequences) > 20
        assert_as_crfsuite(taggers[convention], shipped_model_path(), sequences)


@pytest.mark.parametrize(
    "texts",
    [
        ["李", "。", "a", "国"],
        ["𠀀𠁀说", "☃☃☃", "\ue000李强\ue001", "李\x00强在北京"],
        ["WTO总干事Ngozi在2024年访问ＡＰＥＣ会议", "ABC-123 x_y", "  李  强\t说"],
        ["王", "北京", "国务院总理李强在北京会见了来访的新西兰总理。" * 12, "张三说", "中共中央政治局委员"],
    ],
    ids=["one character", "characters the model never saw", "latin and digits", "lengths"],
)
def test_edge_cases_are_tagged_as_crfsuite_tags_them(
    taggers: dict[str, BatchTagger], texts: list[str]
) -> None:
    assert_as_crfsuite(taggers["cluener"], shipped_model_path(), [_words(text) for text in texts])


def test_nothing_to_tag(taggers: dict[str, BatchTagger]) -> None:
    empty = SequenceBatch.from_lists([])
    assert taggers["cluener"].labels(empty).shape == (0,)
    assert taggers["cluener"].marginals(empty).shape == (0, 9)
    assert len(taggers["cluener"].spans(empty).start) == 0
    recognizer = Recognizer.load()
    assert recognizer.spans_many([]) == []
    assert recognizer.spans_many([("", 0, 0), ("李强说", 1, 1), ("今天天气很好。", 0, 7)]) == [[], [], []]


@pytest.mark.parametrize("convention", CONVENTIONS)
@pytest.mark.parametrize("gate", [True, False])
def test_spans_many_finds_what_spans_finds(
    articles: list[Article], convention: str, gate: bool
) -> None:
    recognizer = Recognizer.load(convention=convention, gate=gate)
    texts = [article.text for article in articles]
    ranges = [(text, 0, len(text)) for text in texts]
    # Sentences of one text, and ranges that cut through clauses and words.
    ranges += [(texts[0], m.start(), m.end()) for m in re.finditer(r"[^。]+。?", texts[0])]
    ranges += [(text, 7, min(len(text), 61)) for text in texts]
    found = recognizer.spans_many(ranges)
    assert len(found) == len(ranges) and sum(map(len, found)) > 20
    for (text, start, end), spans in zip(ranges, found, strict=True):
        assert_same_spans(spans, recognizer.spans(text, start, end))


def test_the_batch_gate_cuts_the_sequences_that_sequences_gives(articles: list[Article]) -> None:
    for gate in (True, False):
        recognizer = Recognizer.load(gate=gate)
        ranges = [(a.text, 0, len(a.text)) for a in articles]
        ranges += [("今天天气很好，李明今天很高兴。财政部副部长刘建华出席。", 0, 27), ("", 0, 0)]
        batch, positions, starts = recognizer._batch_sequences(ranges)
        begins = positions[batch.bounds[:-1]]
        ends = positions[batch.bounds[1:] - 1] + 1
        owners = np.searchsorted(starts, begins, "right") - 1
        found: list[list[tuple[int, int]]] = [[] for _ in ranges]
        for owner, begin, end in zip(owners, begins, ends, strict=True):
            shift = ranges[owner][1] - starts[owner]
            found[owner].append((int(begin + shift), int(end + shift)))
        for (text, start, end), sequences in zip(ranges, found, strict=True):
            words = tag_words(get_segmenter(), text, start, end)
            assert sequences == recognizer.sequences(text, start, end, words)


class _Ragged:
    """A segmenter whose words do not make up the text: the last word of a text is cut
    short by a character, or a word runs on past the end."""

    name = "ragged"

    def __init__(self, overrun: bool) -> None:
        self.overrun = overrun

    def tag(self, text: str) -> list[tuple[str, str]]:
        pairs = get_segmenter().tag(text)
        if not pairs:
            return pairs
        word, tag = pairs[-1]
        return [*pairs[:-1], (word + "了" if self.overrun else word[:-1], tag)]

    def cut(self, text: str) -> list[str]:
        return [word for word, _ in self.tag(text)]


@pytest.mark.parametrize("overrun", [True, False])
def test_a_segmenter_whose_words_miss_the_text_is_read_as_spans_reads_it(
    articles: list[Article], overrun: bool
) -> None:
    recognizer = Recognizer(shipped_model_path(), segmenter=_Ragged(overrun))
    sentences = [m.group() for a in articles for m in re.finditer(r"[^。]+。", a.text)]
    found = recognizer.spans_many([(text, 0, len(text)) for text in sentences])
    assert sum(map(len, found)) > 20
    for text, spans in zip(sentences, found, strict=True):
        assert_same_spans(spans, recognizer.spans(text))


def test_a_model_from_kg_train_ner_is_tagged_as_crfsuite_tags_it(tmp_path: Path) -> None:
    sentences = [
        ("市长王小明在青岛调研。", ((0, 2, "Post"), (2, 5, "Person"), (6, 8, "Place"))),
        ("省委书记李红梅到烟台考察。", ((0, 4, "Post"), (4, 7, "Person"), (8, 10, "Place"))),
        ("烟台市生态环境局召开会议。", ((0, 8, "Organization"),)),
    ]
    path = tmp_path / "tiny.crfsuite"
    train_examples(path, [Example(t, s, "cluener") for t, s in sentences], max_iterations=30)
    texts = [text for text, _ in sentences] + ["县长赵刚出席青岛市交通运输局会议。", "李"]
    assert_as_crfsuite(BatchTagger.load(path, "cluener"), path, [_words(text) for text in texts])
    recognizer = Recognizer(path, gate=False)
    found = recognizer.spans_many([(text, 0, len(text)) for text in texts])
    for text, spans in zip(texts, found, strict=True):
        assert_same_spans(spans, recognizer.spans(text))


def test_ties_go_to_the_first_label_as_in_crfsuite(tmp_path: Path) -> None:
    # An L1 penalty this strong leaves every weight at zero: every path scores the same.
    path = tmp_path / "flat.crfsuite"
    example = Example("市长王小明在青岛调研。", ((0, 2, "Post"), (2, 5, "Person")), "cluener")
    train_examples(path, [example], c1=1000.0, c2=0.0, max_iterations=10)
    tagger = BatchTagger.load(path, "cluener")
    assert not tagger.model.state.any() and not tagger.model.transition.any()
    texts = ["市长王小明", "李", "在青岛调研。"]
    assert_as_crfsuite(tagger, path, [_words(text) for text in texts])
    assert set(tagger.labels(SequenceBatch.from_lists([_words(t) for t in texts]))) == {0}


def test_mentions_many_writes_what_mentions_writes(articles: list[Article]) -> None:
    recognizer = Recognizer.load()
    expected = [mention_record(a, s) for a in articles for s in mentions(a, recognizer)]
    # Small batches: several of them, and articles read as the results are consumed.
    streamed = mentions_many(iter(articles), recognizer, batch_characters=2000)
    found = [(article, spans) for article, spans in streamed]
    assert [article for article, _ in found] == articles
    assert [mention_record(a, s) for a, spans in found for s in spans] == expected
    assert len(expected) > 20
    for article, spans in found:
        assert all(article.text[s.start : s.end] == s.text for s in spans)


_LETTERS = st.text("abcd", min_size=1, max_size=4)


@settings(max_examples=150, deadline=None)
@given(
    kinds=st.lists(st.sets(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=3),
    stretches=st.lists(st.text("abcde", max_size=25), min_size=1, max_size=4),
)
def test_the_trie_finds_what_the_regex_finds(kinds: list[set[str]], stretches: list[str]) -> None:
    trie = WordTrie(kinds)
    codes = code_points("".join(stretches))
    bounds = np.cumsum([0, *map(len, stretches)])
    limits = np.repeat(bounds[1:], np.diff(bounds))
    for words, (starts, ends) in zip(kinds, trie.matches(codes, limits), strict=True):
        expected = [
            (offset + m.start(), offset + m.end())
            for offset, text in zip(bounds.tolist(), stretches, strict=False)
            for m in re.finditer(alternation(words), text)
        ]
        assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == expected


def test_thousands_of_real_sequences_are_tagged_as_crfsuite_tags_them(
    shared: Path, taggers: dict[str, BatchTagger]
) -> None:
    data = shared / "data"
    cluener = [e.text for e in read_cluener(data / "cluener" / "dev.json")][:700]
    daily = [e.text for e in read_peoples_daily(data / "peoples_daily_ner" / "example.test")][:700]
    with (data / "news" / "politics.jsonl").open(encoding="utf-8") as handle:
        politics = [json.loads(line)["text"] for line, _ in zip(handle, range(40), strict=False)]
    for convention, texts in (("cluener", cluener), ("pd", daily)):
        sequences = [_words(text) for text in texts]
        assert_as_crfsuite(taggers[convention], shipped_model_path(), sequences[::3])
        assert_as_crfsuite(taggers[convention], shipped_model_path(), sequences, marginals=False)
    for convention in CONVENTIONS:
        sequences = _sequences(politics, Recognizer.load(convention=convention))
        assert len(sequences) > 400
        assert_as_crfsuite(taggers[convention], shipped_model_path(), sequences[::2])
