"""Bad input, handled per article: each bad file or line is one clear error (or a note),
and the good articles next to it are all read. Every input is written here, in tmp_path."""

from __future__ import annotations

import json
import logging
import os
import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg.ingest
from kg.errors import IngestError
from kg.ingest import count_articles, load_articles
from kg.model import Article

EMPTY = "empty file (0 bytes or only whitespace); remove it or add the article text"
BINARY = "not text (binary data); remove it, or save the article as UTF-8 text"
NO_ARTICLE = (
    "no article text found (a navigation or login page?); save the page of the article itself"
)

MEETING = "5月20日，青禾区委常委会召开会议，研究部署夏季安全生产工作。区委书记周明远主持会议。"
FAIR = "青禾区春季招聘会在区人力资源市场举行，提供岗位三千余个，吸引求职者两千余人次。"
# The same news in traditional characters, as a Big5 page would have it.
FAIR_TRADITIONAL = "青禾區春季招聘會在區人力資源市場舉行，提供崗位三千餘個，吸引求職者兩千餘人次。"

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    b"\x1f\xf3\xffa\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x01\x01\x01\x00\x18\xdd\x8d\xb4"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


class Loaded:
    """What one load_articles call gave: the articles, the errors and the notes."""

    def __init__(self, articles: list[Article], errors: list[IngestError], notes: list[str]):
        self.articles = articles
        self.errors = errors
        self.notes = notes

    @property
    def ids(self) -> list[str]:
        return [article.id for article in self.articles]

    @property
    def reasons(self) -> list[tuple[str, int | None, str]]:
        """(file name, line, reason) of each error."""
        return [(Path(error.source).name, error.line, error.reason) for error in self.errors]


@pytest.fixture
def load(caplog: pytest.LogCaptureFixture) -> Iterator[object]:
    """load(*paths): load the paths, collecting articles, errors and kg.ingest notes."""

    def run(*paths: Path | str) -> Loaded:
        caplog.clear()
        errors: list[IngestError] = []
        with caplog.at_level(logging.INFO, logger="kg.ingest"):
            articles = list(load_articles(list(paths), errors=errors.append))
        notes = [r.getMessage() for r in caplog.records if r.name == "kg.ingest"]
        for error in errors:
            assert_one_clear_line(error)
        return Loaded(articles, errors, notes)

    yield run


def assert_one_clear_line(error: IngestError) -> None:
    """The message: path (and line) first, the reason, then what to do; one line."""
    where = error.source if error.line is None else f"{error.source}:{error.line}"
    assert str(error) == f"{where}: {error.reason}"
    assert "\n" not in str(error) and "\r" not in str(error)
    what, _, to_do = error.reason.rpartition("; ")
    assert what and to_do, error.reason


def write_good(directory: Path) -> list[str]:
    """A good .txt, .jsonl, .json and .html article in ``directory``; their ids."""
    (directory / "good-text.txt").write_text(MEETING, encoding="utf-8")
    (directory / "good-lines.jsonl").write_text(
        json.dumps({"id": "good-line", "text": FAIR}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (directory / "good-doc.json").write_text(
        json.dumps([{"id": "good-item", "text": MEETING}]), encoding="utf-8"
    )
    (directory / "good-page.html").write_text(page(MEETING, FAIR), encoding="utf-8")
    return ["good-item", "good-line", "good-page", "good-text"]


def page(*paragraphs: str, charset: str = "utf-8", title: str = "青禾区召开常委会会议") -> str:
    """A saved news page: navigation, the article, related links, the site footer."""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>{title}--青禾新闻网</title>
<meta property="og:title" content="{title}"></head>
<body><nav><a href="/">首页</a> <a href="/politics">时政频道</a> <a href="/login">登录</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<aside><h3>相关新闻</h3><ul><li><a href="/a1">碧溪湿地公园正式开园迎客</a></li></ul></aside>
<footer>青禾新闻网版权所有</footer></body></html>"""


def ids_sorted(loaded: Loaded) -> list[str]:
    return sorted(loaded.ids)


# 1. Empty files.


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".json", ".html"])
@pytest.mark.parametrize(
    "content",
    [b"", b"  \n\t\r\n \n", b"\xef\xbb\xbf", "\ufeff \n\u3000\n".encode()],
    ids=["zero-bytes", "whitespace", "bom", "bom-and-ideographic-space"],
)
def test_empty_files(tmp_path: Path, load, suffix: str, content: bytes) -> None:
    good = write_good(tmp_path)
    (tmp_path / f"empty{suffix}").write_bytes(content)

    loaded = load(tmp_path)

    assert loaded.reasons == [(f"empty{suffix}", None, EMPTY)]
    assert ids_sorted(loaded) == good


# 2. Binary files.


def random_bytes(size: int, *, nul: bool) -> bytes:
    generator = random.Random(6)
    data = bytes(generator.randrange(256) for _ in range(size))
    return data if nul else data.replace(b"\x00", b"\x01")


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".json", ".html"])
@pytest.mark.parametrize(
    "content",
    [
        PNG,
        random_bytes(4096, nul=True),
        random_bytes(4096, nul=False),
        random_bytes(40, nul=False),
        MEETING.encode() + b"\x00" + FAIR.encode(),
        "青禾区召开会议。".encode("utf-16"),
    ],
    ids=["png", "random", "random-without-nul", "short-random", "nul-in-text", "utf-16"],
)
def test_binary_files(tmp_path: Path, load, suffix: str, content: bytes) -> None:
    good = write_good(tmp_path)
    (tmp_path / f"binary{suffix}").write_bytes(content)

    loaded = load(tmp_path)

    assert loaded.reasons == [(f"binary{suffix}", None, BINARY)]
    assert ids_sorted(loaded) == good


def test_random_high_bytes_are_no_known_encoding(tmp_path: Path, load) -> None:
    (tmp_path / "latin.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)

    loaded = load(tmp_path)

    assert loaded.reasons == [
        (
            "latin.txt",
            None,
            "not text in UTF-8, GB18030/GBK or Big5 (another encoding?); save it as UTF-8",
        )
    ]


# 3. GBK/GB18030 and Big5.

SIMPLIFIED = [MEETING, FAIR, "青禾区召开会议。", "会议", "区长韩静讲话"]
TRADITIONAL = [FAIR_TRADITIONAL, "青禾區召開會議。", "區長韓靜講話", "會議"]
ENCODED = [
    *((text, "gb18030", "GB18030") for text in SIMPLIFIED),
    *((text, "gbk", "GB18030") for text in SIMPLIFIED[:2]),
    *((text, "big5", "Big5") for text in TRADITIONAL),
]


@pytest.mark.parametrize(("text", "encoding", "name"), ENCODED)
def test_legacy_encodings_of_text_files(
    tmp_path: Path, load, text: str, encoding: str, name: str
) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(f"{text}\n".encode(encoding))

    loaded = load(path)

    assert loaded.errors == []
    assert [article.text for article in loaded.articles] == [f"{text}\n"]
    assert loaded.notes == [f"{path}: decoded as {name} (not UTF-8)"]


@pytest.mark.parametrize(("text", "encoding", "name"), ENCODED)
def test_legacy_encodings_of_json_lines(
    tmp_path: Path, load, text: str, encoding: str, name: str
) -> None:
    path = tmp_path / "legacy.jsonl"
    lines = [
        {"id": "ascii", "text": "Qinghe district, 2023"},
        {"id": "first", "text": text, "title": text[:4]},
        {"id": "second", "text": text + text},
    ]
    path.write_bytes(
        b"".join(json.dumps(line, ensure_ascii=False).encode(encoding) + b"\n" for line in lines)
    )

    loaded = load(path)

    assert loaded.errors == []
    assert [article.text for article in loaded.articles] == [line["text"] for line in lines]
    assert loaded.articles[1].title == text[:4]
    assert loaded.notes == [
        f"{path}:1: no Chinese text; it is read, but no facts will be found in it",
        f"{path}: decoded as {name} (not UTF-8)",
    ]


TRADITIONAL_PAGE = """<!DOCTYPE html>
<html lang="zh-TW"><head>{meta}<title>青禾區春季招聘會--青禾新聞網</title></head>
<body><nav><a href="/">首頁</a> <a href="/politics">時政頻道</a> <a href="/login">登錄</a></nav>
<article><h1>青禾區春季招聘會</h1>
<p>{paragraph}</p>
</article>
<aside><h3>相關新聞</h3><ul><li><a href="/a1">碧溪濕地公園正式開園迎客</a></li></ul></aside>
<footer>青禾新聞網版權所有</footer></body></html>"""


@pytest.mark.parametrize(
    ("html", "encoding", "name", "paragraphs"),
    [
        (page(MEETING, FAIR, charset="gb2312"), "gb18030", "GB18030", [MEETING, FAIR]),
        # A page that says the wrong thing about itself.
        (page(MEETING, FAIR, charset="utf-8"), "gbk", "GB18030", [MEETING, FAIR]),
        (
            TRADITIONAL_PAGE.format(meta='<meta charset="big5">', paragraph=FAIR_TRADITIONAL),
            "big5",
            "Big5",
            [FAIR_TRADITIONAL],
        ),
        (
            TRADITIONAL_PAGE.format(meta="", paragraph=FAIR_TRADITIONAL),
            "big5",
            "Big5",
            [FAIR_TRADITIONAL],
        ),
    ],
    ids=["gb18030", "gbk-said-utf-8", "big5", "big5-unsaid"],
)
def test_legacy_encodings_of_pages(
    tmp_path: Path, load, html: str, encoding: str, name: str, paragraphs: list[str]
) -> None:
    path = tmp_path / "legacy.html"
    path.write_bytes(html.encode(encoding))

    loaded = load(path)

    assert loaded.errors == []
    [article] = loaded.articles
    start, end = article.body_span
    assert article.text[start:end].split("\n") == paragraphs
    assert loaded.notes == [f"{path}: decoded as {name} (not UTF-8)"]


def test_a_utf8_byte_order_mark_is_dropped_silently(tmp_path: Path, load) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode() + MEETING.encode())
    (tmp_path / "bom.jsonl").write_bytes(
        "\ufeff".encode() + json.dumps({"id": "line", "text": FAIR}).encode() + b"\n"
    )

    loaded = load(tmp_path)

    assert [(a.id, a.text) for a in loaded.articles] == [("line", FAIR), ("bom", MEETING)]
    assert (loaded.errors, loaded.notes) == ([], [])


# 4. Pages that are not articles.

NAVIGATION = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾新闻网-首页</title>
</head><body><nav><a href="/">首页</a> <a href="/politics">时政</a> <a href="/economy">经济</a></nav>
<div class="list"><ul>
<li><a href="/a1">青禾区召开生态环境保护大会 部署全年治水任务</a> 2023-04-12</li>
<li><a href="/a2">青禾区举办春季招聘会 提供岗位三千余个</a> 2023-04-11</li>
<li><a href="/a3">碧溪湿地公园正式开园迎客</a> 2023-04-10</li>
<li><a href="/a4">青禾区委常委会召开会议 研究部署夏季安全生产工作</a> 2023-04-09</li>
</ul></div></body></html>"""
# Headlines that read like sentences are still navigation when they are all links.
HEADLINE_LINKS = """<html><head><meta charset="utf-8"><title>要闻</title></head><body><ul>
<li><a href="/a1">青禾区召开生态环境保护大会，部署全年治水任务。</a></li>
<li><a href="/a2">青禾区举办春季招聘会，提供岗位三千余个。</a></li>
<li><a href="/a3">碧溪湿地公园正式开园迎客，市民纷纷前往游览。</a></li>
</ul></body></html>"""
LOGIN_WALL = """<html><head><meta charset="utf-8"><title>用户登录--青禾新闻网</title></head>
<body><div class="login"><h2>用户登录</h2>
<p>您访问的内容需要登录后才能查看全文，请先登录。</p>
<form action="/login" method="post"><label>用户名</label><input name="user">
<label>密码</label><input type="PASSWORD" name="pw"><button type="submit">登录</button></form>
<p>还没有账号？<a href="/register">立即注册</a></p></div></body></html>"""
EMPTY_PAGE = "<!DOCTYPE html><html><head><title>青禾新闻网</title></head><body></body></html>"


@pytest.mark.parametrize(
    "html",
    [NAVIGATION, HEADLINE_LINKS, LOGIN_WALL, EMPTY_PAGE, "<html><body><p>  </p></body></html>"],
    ids=["navigation", "headline-links", "login-wall", "empty-page", "blank-paragraph"],
)
def test_pages_that_are_not_articles(tmp_path: Path, load, html: str) -> None:
    good = write_good(tmp_path)
    (tmp_path / "not-article.html").write_text(html, encoding="utf-8")

    loaded = load(tmp_path)

    assert loaded.reasons == [("not-article.html", None, NO_ARTICLE)]
    assert ids_sorted(loaded) == good


def test_short_and_real_articles_are_still_read(tmp_path: Path, load) -> None:
    (tmp_path / "short.html").write_text(
        page("3月12日，青禾区干部群众在碧溪河畔义务植树两千余株。")
    )
    # A long article may have a login box for comments and links in its text.
    (tmp_path / "long.html").write_text(
        page(MEETING, f'<a href="/fair">{FAIR}</a>', MEETING.replace("5月20日", "次日")).replace(
            "</article>", '<form><input type="password"></form></article>'
        )
    )
    sample = Path(kg.__file__).parent / "resources" / "samples" / "longhu-2023-10-09.html"

    loaded = load(tmp_path, sample)

    assert loaded.errors == []
    assert loaded.ids == ["long", "short", "longhu-2023-10-09"]
    assert "义务植树两千余株" in loaded.articles[1].text
    assert "邓文博" in loaded.articles[2].text


# 5. A 20 MB article.


def test_a_20_mb_article_is_read_whole_in_few_copies(tmp_path: Path, load) -> None:
    path = tmp_path / "huge-2023-05-20.txt"
    line = (MEETING + FAIR + "\n").encode()
    lines = (20 << 20) // len(line)
    header = "青禾区全年工作汇编\n2023年05月20日08:00  来源:青禾日报\n\n".encode()
    footer = "(责编:赵立群、何晓冬)\n\n关注我们\n".encode()
    with path.open("wb") as file:
        file.write(header)
        for _ in range(lines // 1000):
            file.write(line * 1000)
        file.write(footer)
    size = path.stat().st_size
    assert size > 20_000_000

    tracemalloc.start()
    try:
        loaded = load(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert loaded.errors == []
    [article] = loaded.articles
    assert len(article.text.encode()) == size
    assert (article.title, article.date, article.source) == (
        "青禾区全年工作汇编",
        "2023-05-20",
        "青禾日报",
    )
    assert article.editors == ("赵立群", "何晓冬")
    start, end = article.body_span
    assert article.text[start : start + len(MEETING)] == MEETING
    assert article.text[end:].startswith("(责编")
    # Its text (two bytes a character here) and the parts joined into it, never its bytes.
    assert peak < 1.5 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"


# 6. No Chinese.


@pytest.mark.parametrize(
    "text",
    ["Qinghe district held a meeting on May 20.\n", "2023 05 20 3200 22.5 27.7%\n", "！？……\n"],
    ids=["english", "numbers", "punctuation"],
)
def test_text_without_chinese_is_read_with_a_note(tmp_path: Path, load, text: str) -> None:
    path = tmp_path / "foreign.txt"
    path.write_text(text, encoding="utf-8")
    lines = tmp_path / "foreign.jsonl"
    lines.write_text(json.dumps({"id": "line", "text": text}) + "\n", encoding="utf-8")

    loaded = load(path, lines)

    assert loaded.errors == []
    assert [(article.id, article.text) for article in loaded.articles] == [
        ("foreign", text),
        ("line", text),
    ]
    assert loaded.notes == [
        f"{path}: no Chinese text; it is read, but no facts will be found in it",
        f"{lines}:1: no Chinese text; it is read, but no facts will be found in it",
    ]


# 7. JSON Lines.


def test_bad_json_lines(tmp_path: Path, load) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": MEETING}, ensure_ascii=False).encode(),  # 1
        b'{"id": "broken", "text": "' + MEETING.encode(),  # 2: the line break ends it
        b'["ok-2", "not an object"]',  # 3
        b'"just a string"',  # 4
        json.dumps({"id": "no-text"}).encode(),  # 5
        json.dumps({"id": "empty-text", "text": " \n"}).encode(),  # 6
        json.dumps({"id": "null-text", "text": None}).encode(),  # 7
        json.dumps({"id": "list-text", "text": ["青禾区"]}).encode(),  # 8
        json.dumps({"id": 20230520, "text": FAIR}).encode(),  # 9: the number is its id
        json.dumps({"id": True, "text": FAIR}).encode(),  # 10
        json.dumps({"id": ["a"], "text": FAIR}).encode(),  # 11
        json.dumps({"id": "ok-1", "text": FAIR}).encode(),  # 12: a duplicate
        b"",  # 13
        b"   \t",  # 14
        b'{"id": "bad-utf8", "text": "' + MEETING.encode()[:7] + b'"}',  # 15: cut in a character
        b'{"id": "nan", "text": "x", "title": NaN}',  # 16
        b'{"id": "surrogate", "text": "\\ud800"}',  # 17
        json.dumps({"id": "ok-3", "text": FAIR}, ensure_ascii=False).encode(),  # 18
        json.dumps({"id": 1.5, "text": FAIR}).encode(),  # 19
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")

    loaded = load(path)

    assert loaded.ids == ["ok-1", "20230520", "ok-3", "1.5"]
    fix = "fix or remove the line"
    assert [(line, reason) for _, line, reason in loaded.reasons] == [
        (2, f"not valid JSON: Unterminated string starting at (column 26); {fix}"),
        (3, f"not a JSON object with 'id' and 'text' but an array; {fix}"),
        (4, f"not a JSON object with 'id' and 'text' but a string \"just a string\"; {fix}"),
        (5, f"no text field ('text' is missing, null or empty); {fix}"),
        (6, f"no text field ('text' is missing, null or empty); {fix}"),
        (7, f"no text field ('text' is missing, null or empty); {fix}"),
        (8, f"'text' must be a string, got an array; {fix}"),
        (10, f"'id' must be a string or a number, got a boolean true; {fix}"),
        (11, f"'id' must be a string or a number, got an array; {fix}"),
        (12, f"duplicate id 'ok-1' (first seen at {path}:1); give each article its own id"),
        (15, f"not UTF-8 (invalid bytes at byte 35 of the line); {fix}"),
        (16, f"not valid JSON: NaN is not a JSON value; {fix}"),
        (17, f"'text' holds an unpaired surrogate (\\ud800) at character 1; {fix}"),
    ]


def test_duplicate_ids_across_files_of_one_load(tmp_path: Path, load) -> None:
    first = tmp_path / "a.jsonl"
    first.write_text(
        "\n".join(json.dumps({"id": i, "text": MEETING}) for i in ["x", "y", "a-text"]) + "\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.jsonl"
    second.write_text(
        "\n".join(json.dumps({"id": i, "text": FAIR}) for i in ["z", "y", "x"]) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "c.json").write_text(json.dumps([{"id": "z", "text": FAIR}]), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a-text.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "sub" / "z.txt").write_text(MEETING, encoding="utf-8")
    again = "give each article its own id"

    loaded = load(tmp_path)

    assert loaded.ids == ["x", "y", "a-text", "z"]
    assert loaded.reasons == [
        ("b.jsonl", 2, f"duplicate id 'y' (first seen at {first}:2); {again}"),
        ("b.jsonl", 3, f"duplicate id 'x' (first seen at {first}:1); {again}"),
        ("c.json", None, f"item 1: duplicate id 'z' (first seen at {second}:1); {again}"),
        ("a-text.txt", None, f"duplicate id 'a-text' (first seen at {first}:3); {again}"),
        ("z.txt", None, f"duplicate id 'z' (first seen at {second}:1); {again}"),
    ]
    # Each call starts afresh.
    assert load(second).ids == ["z", "y", "x"]


def test_a_line_not_in_utf8_costs_that_line_only(tmp_path: Path, load) -> None:
    path = tmp_path / "news.jsonl"
    good = [json.dumps({"id": f"ok-{n}", "text": FAIR}, ensure_ascii=False) for n in range(3)]
    gbk = json.dumps({"id": "gbk", "text": MEETING}, ensure_ascii=False).encode("gbk")
    path.write_bytes(
        good[0].encode()
        + b"\n"
        + gbk
        + b"\n"
        + good[1].encode()
        + b"\n\xff\xfe\n"
        + good[2].encode()
    )

    loaded = load(path)

    assert loaded.ids == ["ok-0", "ok-1", "ok-2"]
    assert [(line, reason.split(" (")[0]) for _, line, reason in loaded.reasons] == [
        (2, "not UTF-8"),
        (4, "not UTF-8"),
    ]
    assert loaded.notes == []


def test_json_lines_count_stays_cheap(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"id": n, "text": FAIR}) for n in range(5)) + "\n")

    assert count_articles([path, tmp_path / "missing.txt"]) == 5


# 8. Paths that cannot be read.


def test_missing_file_and_broken_links(tmp_path: Path, load) -> None:
    good = write_good(tmp_path)
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "broken-dir").symlink_to(tmp_path / "gone")  # no article kind: skipped
    outside = tmp_path.parent / f"{tmp_path.name}-link.jsonl"
    outside.symlink_to(tmp_path / "gone.jsonl")
    try:
        loaded = load(tmp_path, tmp_path / "missing.txt", outside)
    finally:
        outside.unlink()

    gone = "which does not exist); fix or remove the link"
    assert loaded.reasons == [
        ("broken.txt", None, f"broken symbolic link (to {tmp_path / 'gone.txt'}, {gone}"),
        ("missing.txt", None, "no such file or directory; check the path"),
        (outside.name, None, f"broken symbolic link (to {tmp_path / 'gone.jsonl'}, {gone}"),
    ]
    assert ids_sorted(loaded) == good


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".json", ".html"])
def test_permission_denied_on_a_file(
    tmp_path: Path, load, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    good = write_good(tmp_path)
    locked = tmp_path / f"locked{suffix}"
    locked.write_text(MEETING, encoding="utf-8")
    read_bytes, path_open = Path.read_bytes, Path.open

    def deny(path: Path) -> None:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))

    def denied_read_bytes(self: Path) -> bytes:
        deny(self)
        return read_bytes(self)

    def denied_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        deny(self)
        return path_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_bytes", denied_read_bytes)
    monkeypatch.setattr(Path, "open", denied_open)

    loaded = load(tmp_path)

    assert loaded.reasons == [
        (locked.name, None, "cannot read the file (permission denied); make it readable (chmod +r)")
    ]
    assert ids_sorted(loaded) == good


def test_a_directory_that_cannot_be_listed(
    tmp_path: Path, load, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_good(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(MEETING, encoding="utf-8")
    scandir = os.scandir

    def denied_scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied_scandir)

    loaded = load(tmp_path)

    assert loaded.reasons == [
        (
            "locked",
            None,
            "cannot list the directory (permission denied); make it readable (chmod +rx)",
        )
    ]
    assert ids_sorted(loaded) == good


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and lists whatever its permissions")
def test_real_permissions(tmp_path: Path, load) -> None:
    good = write_good(tmp_path)
    (tmp_path / "locked.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "locked-dir").mkdir()
    (tmp_path / "locked-dir" / "inside.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    (tmp_path / "locked-dir").chmod(0)
    try:
        loaded = load(tmp_path)
    finally:
        (tmp_path / "locked.txt").chmod(0o644)
        (tmp_path / "locked-dir").chmod(0o755)

    assert [(name, reason.split(";")[0]) for name, _, reason in loaded.reasons] == [
        ("locked-dir", None, "cannot list the directory (permission denied)"),
        ("locked.txt", None, "cannot read the file (permission denied)"),
    ]
    assert ids_sorted(loaded) == good


# 9. Huge directories, streamed.


class CountingScandir:
    """os.scandir that counts the entries handed out."""

    def __init__(self) -> None:
        self.consumed = 0
        self.scandir = os.scandir

    def __call__(self, path: str | os.PathLike[str]) -> object:
        counter = self
        scan = self.scandir(path)

        class Counted:
            def __enter__(self) -> Counted:
                return self

            def __exit__(self, *exc: object) -> None:
                scan.close()

            def __iter__(self) -> Counted:
                return self

            def __next__(self) -> os.DirEntry[str]:
                entry = next(scan)
                counter.consumed += 1
                return entry

            def close(self) -> None:
                scan.close()

        return Counted()


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory of 20,000 tiny articles."""
    directory = tmp_path_factory.mktemp("crowded")
    for number in range(20_000):
        (directory / f"{number:05d}.txt").write_bytes("青禾区召开会议。".encode())
    return directory


def test_a_huge_directory_is_streamed_not_listed(
    crowded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = CountingScandir()
    monkeypatch.setattr(os, "scandir", counting)

    articles = load_articles(crowded)
    first = next(articles)

    # More entries than are sorted: the first article comes after 10,001 of 20,000.
    assert counting.consumed == 10_001
    rest = [article.id for article in articles]
    assert counting.consumed == 20_000
    ids = [first.id, *rest]
    assert len(ids) == len(set(ids)) == 20_000


def test_the_sort_limit_applies_per_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.ingest, "_SORT_LIMIT", 5)
    counting = CountingScandir()
    monkeypatch.setattr(os, "scandir", counting)
    (tmp_path / "few").mkdir()
    for name in "dcba":
        (tmp_path / "few" / f"{name}.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "many").mkdir()
    for number in range(40):
        (tmp_path / "many" / f"{number:02d}.txt").write_text(MEETING, encoding="utf-8")

    articles = load_articles(tmp_path)
    ids = [next(articles).id for _ in range(5)]

    assert ids[:4] == ["a", "b", "c", "d"]  # sorted, few enough
    assert counting.consumed == 2 + 4 + 6  # the top, all of few, 6 entries of many
    assert len([ids[4], *(article.id for article in articles)]) == 40


def test_a_deep_tree_is_walked_without_recursion(tmp_path: Path, load) -> None:
    chain = [tmp_path / "d"]
    for _ in range(1100):  # deeper than Python's recursion limit
        chain.append(chain[-1] / "d")
    for directory in chain:
        directory.mkdir()
    (chain[-1] / "bottom.txt").write_text(MEETING, encoding="utf-8")
    try:
        assert load(tmp_path).ids == ["bottom"]
    finally:
        # pytest's clean-up of old temporary directories recurses: leave no deep tree.
        (chain[-1] / "bottom.txt").unlink()
        for directory in reversed(chain):
            directory.rmdir()
