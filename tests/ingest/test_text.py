"""Plain-text articles, their news header and footer, and loading files and directories."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import load_articles, read_text
from kg.model import Article

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# A portal page as saved, with a no-break space in the title and full-width punctuation.
PORTAL_PAGE = (
    "青禾区：以水美乡村建设带动乡村振兴\u00a0打造宜居宜业和美家园\n"
    "\n"
    "2023年05月16日07:52\u00a0\u00a0来源：青禾日报\n"
    "\u00a0\n"
    "原标题：青禾区水美乡村建设全面提速\n"
    "\n"
    "5月15日，青禾区水美乡村建设推进会在碧溪镇召开。区委副书记、区长韩静出席会议并讲话。\n"
    "\n"
    "  会议指出，今年以来全区已完成河道清淤二十三公里，新建生态护岸八公里。\n"
    "\n"
    "（责编：赵立群、何晓冬）\n"
    "\n"
    "关注我们\n"
    "\n"
    "扫码关注我们\n"
)

PLAIN_BODY = (
    "6月3日，青禾区召开防汛工作部署会。\n会议要求各街道落实汛期值班制度，确保群众生活安全。\n"
)


def body(article: Article) -> str:
    start, end = article.body_span
    return article.text[start:end]


def test_portal_header_and_footer_fill_fields_and_bound_the_body() -> None:
    article = read_text(PORTAL_PAGE, "qinghe-water")

    assert article.id == "qinghe-water"
    assert article.text == PORTAL_PAGE
    assert article.title == "青禾区：以水美乡村建设带动乡村振兴 打造宜居宜业和美家园"
    assert (article.date, article.time, article.source) == ("2023-05-16", "07:52", "青禾日报")
    assert article.original_title == "青禾区水美乡村建设全面提速"
    assert article.editors == ("赵立群", "何晓冬")
    assert body(article).startswith("5月15日，青禾区水美乡村建设推进会")
    assert body(article).rstrip().endswith("新建生态护岸八公里。")
    for outside in ("青禾日报", "原标题", "责编", "关注我们"):
        assert outside not in body(article)
    assert article.body_end == PORTAL_PAGE.index("（责编")


@pytest.mark.parametrize(
    ("date_line", "date", "time", "source"),
    [
        ("2023年05月16日07:52  来源:青禾日报", "2023-05-16", "07:52", "青禾日报"),
        ("2023年05月16日 07:52 | 来源：青禾晚报", "2023-05-16", "07:52", "青禾晚报"),
        ("2023-05-16", "2023-05-16", None, None),
        ("2023年5月6日", "2023-05-06", None, None),
    ],
)
def test_date_lines(date_line: str, date: str, time: str | None, source: str | None) -> None:
    article = read_text(f"青禾区召开防汛工作部署会\n{date_line}\n\n{PLAIN_BODY}")

    assert article.title == "青禾区召开防汛工作部署会"
    assert (article.date, article.time, article.source) == (date, time, source)
    assert article.original_title is None
    assert body(article) == PLAIN_BODY


def test_half_width_footer() -> None:
    article = read_text(f"{PLAIN_BODY}\n(责编:蒋雨桐)\n\n扫码关注我们\n")

    assert article.title is None
    assert article.editors == ("蒋雨桐",)
    assert body(article) == PLAIN_BODY + "\n"


@pytest.mark.parametrize(
    "text",
    [
        PLAIN_BODY,
        "青禾区召开防汛工作部署会\n2023年13月45日\n" + PLAIN_BODY,  # no calendar date
        "2023-05-16\n" + PLAIN_BODY,  # a date line needs a title before it
    ],
)
def test_without_header_the_body_is_the_whole_text(text: str) -> None:
    article = read_text(text)

    assert (article.title, article.date, article.editors) == (None, None, ())
    assert article.body_span == (0, len(text))


def test_file_text_is_kept_verbatim(tmp_path: Path) -> None:
    text = "\ufeff" + PORTAL_PAGE.replace("\n", "\r\n")
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))

    [article] = load_articles([tmp_path / "crlf.txt"])

    assert article.id == "crlf"
    assert article.text == text[1:]  # only the BOM goes
    assert article.title == "青禾区：以水美乡村建设带动乡村振兴 打造宜居宜业和美家园"
    assert article.editors == ("赵立群", "何晓冬")
    assert body(article).startswith("5月15日")
    assert body(article).rstrip().endswith("新建生态护岸八公里。")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("gb18030", "青禾区召开防汛工作部署会\n2023年6月3日\n\n" + PLAIN_BODY),
        (
            "big5",
            "青禾區召開防汛工作部署會\n2023年6月3日\n\n"
            "6月3日，青禾區召開防汛工作部署會。\n會議要求各街道落實汛期值班制度，確保群眾生活安全。\n",
        ),
    ],
)
def test_legacy_chinese_encodings(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))

    [article] = load_articles([path])

    assert article.text == text
    assert article.title == text.splitlines()[0]
    assert article.date == "2023-06-03"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b" \n\r\n\t", "empty file"),
        ("\ufeff\n".encode(), "empty file"),
        ("2023年青禾区".encode("utf-16"), r"not text \(binary data\)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"not text \(binary data\)"),
        (bytes(range(0x80, 0x100)) * 4, "not text in UTF-8, GB18030/GBK or Big5"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)

    with pytest.raises(IngestError, match=reason) as raised:
        list(load_articles([path]))

    assert raised.value.source == str(path)
    assert raised.value.line is None


def test_one_path_alone(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PLAIN_BODY, encoding="utf-8")

    assert [article.id for article in load_articles(str(tmp_path))] == ["a"]
    assert [article.id for article in load_articles(tmp_path / "a.txt")] == ["a"]


def test_read_text_of_nothing() -> None:
    with pytest.raises(IngestError, match="no text") as raised:
        read_text("  \n", "blank")

    assert raised.value.source == "blank"


def test_directories_are_walked_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "deep" / "d.TXT").write_text(PLAIN_BODY, encoding="utf-8")
    (tmp_path / "b" / "c.jsonl").write_text(
        '{"id": "c1", "text": "青禾区发布夏季用电提示。"}\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(PLAIN_BODY, encoding="utf-8")
    (tmp_path / "e.txt").write_text(PLAIN_BODY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("不是文章", encoding="utf-8")
    (tmp_path / ".cache" / "x.txt").write_text(PLAIN_BODY, encoding="utf-8")

    ids = [article.id for article in load_articles([tmp_path])]

    assert ids == ["a", "c1", "d", "e"]


def test_errors_go_to_the_callback_and_loading_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(PLAIN_BODY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("不是文章", encoding="utf-8")
    errors: list[IngestError] = []

    articles = list(
        load_articles(
            [tmp_path, str(tmp_path / "missing.txt"), tmp_path / "notes.md"],
            errors=errors.append,
        )
    )

    assert [article.id for article in articles] == ["good"]
    assert [(Path(error.source).name, error.reason.split(";")[0]) for error in errors] == [
        ("empty.txt", "empty file (0 bytes or only whitespace)"),
        ("missing.txt", "no such file or directory"),
        ("notes.md", "not a kind of file kg reads"),
    ]


def test_without_a_callback_the_first_error_is_raised(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PLAIN_BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    articles = load_articles([tmp_path])

    assert next(articles).id == "a"
    with pytest.raises(IngestError, match="b.txt: empty file"):
        next(articles)


def test_shared_portal_article() -> None:
    path = SHARED / "data" / "articles" / "guangming-2021-03-08.txt"
    if not path.exists():
        pytest.skip(f"../shared not present: {path} not found")

    [article] = load_articles([path])

    assert article.id == "guangming-2021-03-08"
    assert article.title == "深圳光明:讲好高质量发展故事 描绘高颜值城市画卷"
    assert (article.date, article.time, article.source) == ("2021-03-08", "08:21", "深圳商报")
    assert article.original_title == "光明区讲好高质量发展故事 描绘高颜值城市画卷"
    assert article.editors == ("刘淞菱", "陈育柱")
    assert body(article).startswith("深圳市光明区2021年")
    assert "责编" not in body(article)
    assert "关注我们" not in body(article)
