"""Training: a tiny corpus we write gives a model that tags its own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ner import Recognizer
from kg.ner.corpora import Example
from kg.ner.train import augment, bio_labels, train_examples

SENTENCES = [
    ("市长王小明在青岛调研。", [(0, 2, "Post"), (2, 5, "Person"), (6, 8, "Place")]),
    ("省委书记李红梅到烟台考察。", [(0, 4, "Post"), (4, 7, "Person"), (8, 10, "Place")]),
    ("县长赵刚出席青岛市交通运输局会议。", [(0, 2, "Post"), (2, 4, "Person"), (6, 14, "Organization")]),
    ("区长陈立新在潍坊主持会议。", [(0, 2, "Post"), (2, 5, "Person"), (6, 8, "Place")]),
    ("烟台市生态环境局召开会议。", [(0, 8, "Organization")]),
]


def _examples(convention: str) -> list[Example]:
    return [Example(text, tuple(spans), convention) for text, spans in SENTENCES]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("ner") / "tiny.crfsuite"
    report = train_examples(output, _examples("cluener"), c1=0.0, c2=0.01, max_iterations=60)
    assert report.sentences == {"cluener": len(SENTENCES)}
    assert report.model_bytes == output.stat().st_size > 0
    assert {"B-PER", "I-PER", "B-POST", "B-ORG", "O"} <= set(report.labels)
    return output


def test_bio_labels_follow_the_spans() -> None:
    example = _examples("cluener")[0]
    assert bio_labels(example) == ["B-POST", "I-POST", "B-PER", "I-PER", "I-PER", "O"] + [
        "B-LOC",
        "I-LOC",
        "O",
        "O",
        "O",
    ]


def test_overlapping_spans_keep_the_first() -> None:
    example = Example("王小明", ((0, 3, "Person"), (1, 2, "Place")), "pd")
    assert bio_labels(example) == ["B-PER", "I-PER", "I-PER"]


def _between(example: Example) -> list[str]:
    spans = example.spans
    return [example.text[end:begin] for (_, end, _), (begin, _, _) in zip(spans, spans[1:], strict=False)]


def test_swapped_copies_keep_the_context_and_take_names_of_the_same_type() -> None:
    examples = _examples("cluener")
    copies = augment(examples, {"cluener": 2})
    assert len(copies) == 2 * len(examples)
    names: dict[str, set[str]] = {}
    for example in examples:
        for begin, end, kind in example.spans:
            names.setdefault(kind, set()).add(example.text[begin:end])
    for original, copy in zip(examples * 2, copies, strict=True):
        assert [kind for _, _, kind in copy.spans] == [kind for _, _, kind in original.spans]
        for begin, end, kind in copy.spans:
            assert copy.text[begin:end] in names[kind]
        # Posts stay as written.
        assert [copy.text[b:e] for b, e, kind in copy.spans if kind == "Post"] == [
            original.text[b:e] for b, e, kind in original.spans if kind == "Post"
        ]
        # What lies between the entities is the original's.
        assert _between(copy) == _between(original)
    assert augment(examples, {"cluener": 2}) == copies
    assert augment(examples, {"pd": 3}) == []


def test_a_tiny_model_tags_its_own_training_sentences(tiny_model: Path) -> None:
    recognizer = Recognizer(tiny_model, convention="cluener", gate=False)
    for text, spans in SENTENCES:
        found = [(s.start, s.end, s.type) for s in recognizer.spans(text)]
        assert found == spans, text


def test_training_is_reproducible(tiny_model: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.crfsuite"
    train_examples(again, _examples("cluener"), c1=0.0, c2=0.01, max_iterations=60)
    assert again.read_bytes() == tiny_model.read_bytes()
