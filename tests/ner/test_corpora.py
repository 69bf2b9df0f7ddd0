"""Readers of the annotated corpora, on files we write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ner.corpora import read_cluener, read_peoples_daily


def test_cluener_offsets_become_half_open_and_types_are_kgs(tmp_path: Path) -> None:
    path = tmp_path / "train.json"
    record = {
        "text": "市长王小明在青岛市政府讲话",
        "label": {
            "position": {"市长": [[0, 1]]},
            "name": {"王小明": [[2, 4]]},
            "government": {"青岛市政府": [[6, 10]]},
            "book": {"讲话": [[11, 12]]},
        },
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (example,) = read_cluener(path)
    assert example.convention == "cluener"
    assert example.spans == ((0, 2, "Post"), (2, 5, "Person"), (6, 11, "Organization"))
    assert [example.text[s:e] for s, e, _ in example.spans] == ["市长", "王小明", "青岛市政府"]


def test_peoples_daily_bio_lines_become_spans(tmp_path: Path) -> None:
    path = tmp_path / "example.dev"
    lines = ["李 B-PER", "华 I-PER", "到 O", "天 B-LOC", "津 I-LOC", "", "团 B-ORG", "中 I-ORG", "央 I-ORG"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = read_peoples_daily(path)
    assert first.text == "李华到天津"
    assert first.spans == ((0, 2, "Person"), (3, 5, "Place"))
    assert second.spans == ((0, 3, "Organization"),)
    assert second.convention == "pd"


def test_text_is_normalised_as_kg_normalises_articles(tmp_path: Path) -> None:
    path = tmp_path / "example.dev"
    lines = ["增 O", "长 O", "５ O", "％ O", "", "Ａ B-ORG", "Ｂ I-ORG", "Ｃ I-ORG", "公 I-ORG", "司 I-ORG"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = read_peoples_daily(path)
    assert first.text == "增长5%"
    assert second.text[slice(*second.spans[0][:2])] == "ABC公司"


def test_a_malformed_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("李 B-PER\n李华\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"bad.txt:2"):
        list(read_peoples_daily(path))
