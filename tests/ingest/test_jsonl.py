"""JSON Lines and JSON articles: good items load, each bad one is an error of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import load_articles

MEETING = "5月20日，青禾区委常委会召开会议，研究部署夏季安全生产工作。"
FAIR = "青禾区春季招聘会在区人力资源市场举行，提供岗位三千余个。"


def load(path: Path) -> tuple[list[str], list[tuple[int | None, str]]]:
    """The ids loaded from ``path`` and the (line, reason) of each error."""
    errors: list[IngestError] = []
    ids = [article.id for article in load_articles([path], errors=errors.append)]
    assert all(error.source == str(path) for error in errors)
    return ids, [(error.line, error.reason) for error in errors]


def test_bad_lines_are_errors_with_line_numbers_and_good_lines_load(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "qh-1", "text": MEETING, "date": "2023-05-20", "url": None}),
        "",
        '{"id": "qh-2", "text": ',
        json.dumps({"id": "qh-3", "title": "缺少正文"}),
        json.dumps({"id": 4, "text": FAIR}),
        json.dumps({"id": "qh-1", "text": FAIR}),
        "   ",
        json.dumps({"id": "xwlb-20230521-03", "text": FAIR, "source": "青禾新闻"}),
        json.dumps({"id": "qh-5", "text": 17}),
        json.dumps(["qh-6", FAIR]),
        json.dumps({"id": "qh-3", "text": FAIR}),  # line 4 failed, so its id is free
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    ids, errors = load(path)

    # A number as id is taken as its digits.
    assert ids == ["qh-1", "4", "xwlb-20230521-03", "qh-3"]
    assert [line for line, _ in errors] == [3, 4, 6, 9, 10]
    reasons = dict(errors)
    assert reasons[3].startswith("not valid JSON: ")
    assert reasons[4].startswith("no text field")
    assert reasons[6] == (
        f"duplicate id 'qh-1' (first seen at {path}:1); give each article its own id"
    )
    assert reasons[9].startswith("'text' must be a string, got a number 17")
    assert reasons[10].startswith("not a JSON object with 'id' and 'text' but an array")
    assert all(reasons[line].endswith("fix or remove the line") for line in (3, 4, 9, 10))


def test_fields(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    items = [
        {
            "id": "qh-1",
            "text": MEETING,
            "title": "青禾区委常委会部署安全生产",
            "date": "2023-05-20",
            "source": "青禾日报",
            "url": "https://news.qinghe.example.cn/2023/0520/c1.html",
            "extra": "ignored",
        },
        {"id": "xwlb-20230521-03", "text": FAIR, "url": None},
    ]
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")

    first, second = load_articles([path])

    assert (first.title, first.date, first.source) == (
        "青禾区委常委会部署安全生产",
        "2023-05-20",
        "青禾日报",
    )
    assert first.url == "https://news.qinghe.example.cn/2023/0520/c1.html"
    assert first.text == MEETING
    assert first.body_span == (0, len(MEETING))
    assert first.path == str(path)
    # The id looks dated, but only a ``date`` field gives a date.
    assert (second.date, second.url, second.title) == (None, None, None)


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        ({"id": "a", "text": MEETING, "date": "2023年5月20日"}, "'date' must be an ISO date"),
        ({"id": "a", "text": MEETING, "title": ["标题"]}, "'title' must be a string or null"),
        ({"id": "", "text": MEETING}, "no id field ('id' is missing, null or empty)"),
        ({"id": "a", "text": "  "}, "no text field ('text' is missing, null or empty)"),
    ],
)
def test_invalid_fields(tmp_path: Path, item: dict[str, object], reason: str) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")

    ids, errors = load(path)

    assert ids == []
    assert len(errors) == 1 and errors[0][0] == 1
    assert reason in errors[0][1]


def test_a_line_that_is_not_utf8_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    bad = json.dumps({"id": "gbk", "text": FAIR}, ensure_ascii=False).encode("gb18030")
    good = json.dumps({"id": "ok", "text": MEETING}).encode()
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + bad + b"\n")

    ids, errors = load(path)

    assert ids == ["ok"]
    assert errors[0][0] == 2 and errors[0][1].startswith("not UTF-8")


def test_json_array_and_single_object(tmp_path: Path) -> None:
    array = tmp_path / "array.json"
    array.write_text(
        json.dumps([{"id": "a", "text": MEETING}, {"id": "a", "text": FAIR}, {"id": "b"}]),
        encoding="utf-8",
    )
    single = tmp_path / "single.json"
    single.write_text(json.dumps({"id": "c", "text": FAIR}), encoding="utf-8")

    assert load(array) == (
        ["a"],
        [
            (
                None,
                f"item 2: duplicate id 'a' (first seen at {array} item 1); "
                "give each article its own id",
            ),
            (
                None,
                "item 3: no text field ('text' is missing, null or empty); fix or remove the item",
            ),
        ],
    )
    assert load(single) == (["c"], [])


def test_malformed_json_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"id": "a", "text": "青禾区"},\n  {"id": \n]', encoding="utf-8")

    with pytest.raises(IngestError, match="not valid JSON: Expecting value") as raised:
        list(load_articles([path]))

    assert (raised.value.source, raised.value.line) == (str(path), 4)


def test_without_a_callback_a_bad_line_is_raised_after_the_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "a", "text": MEETING}) + "\n{oops}\n", encoding="utf-8")
    articles = load_articles([path])

    assert next(articles).id == "a"
    with pytest.raises(IngestError, match=r"news.jsonl:2: not valid JSON"):
        next(articles)
