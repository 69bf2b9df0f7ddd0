"""Plain-text articles, with the header and footer that Chinese news portals add.

A page saved from a portal reads like this::

    青禾区召开生态环境保护大会 部署全年治水任务

    2023年04月12日09:30  来源:青禾日报

    原标题:青禾区部署全年治水任务

    4月11日，青禾区生态环境保护大会在区行政中心召开。……

    (责编:赵立群、何晓冬)

    关注我们

The header (title, date line, optional original title) and the editors footer fill the
:class:`~kg.model.Article` fields; the body lies between them, and what follows the
footer is portal boilerplate. A title followed by a bare date line (``2023-04-12`` or
``2023年4月12日``) is a header too. :attr:`Article.text` is the text exactly as given,
line endings included, because every offset refers to it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from kg.errors import IngestError
from kg.ingest._decode import note_if_not_chinese, read_file
from kg.model import Article

_DATE_LINE = re.compile(
    r"(?P<year>\d{4})[年/-](?P<month>\d{1,2})[月/-](?P<day>\d{1,2})日?"
    r"\s*(?:(?P<hour>\d{1,2})[:：](?P<minute>\d{2}))?"
    r"(?:[\s|｜]*来源\s*[:：]\s*(?P<source>.+))?"
)
_ORIGINAL_TITLE = re.compile(r"原标题\s*[:：]\s*(?P<title>.+)")
# What str.splitlines() breaks lines at, and whitespace within a line.
_BREAK = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{_BREAK}]*(?:\r\n|[{_BREAK}])?")
_SPACE = f"[^\\S{_BREAK}]*"
# The editors footer as a whole line: found by one scan of the text, not line by line, as
# an article can be megabytes long.
_FOOTER = re.compile(
    f"(?:(?<=[{_BREAK}])|^){_SPACE}[(（]{_SPACE}责编{_SPACE}[:：]{_SPACE}"
    f"(?P<names>[^)）{_BREAK}]+)[)）]{_SPACE}(?=[{_BREAK}]|\\Z)"
)
_EDITOR_SEPARATOR = re.compile(r"[、,，/\s]+")
_NON_SPACE = re.compile(r"\S")


def read_text_file(path: Path) -> Iterator[Article]:
    """Read one plain-text article.

    Args:
        path: A text file in UTF-8 (a BOM is allowed), GB18030/GBK or Big5.

    Yields:
        The article, its id the file name without extension. Without a header date, a
        file name ending in a date (``report-2025-06-18.txt``) gives the date.

    Raises:
        IngestError: The file is empty, binary or in no known encoding.
    """
    source = str(path)
    text = read_file(path)
    note_if_not_chinese(text, source)
    article = read_text(text, path.stem, path=source)
    named = _DATE_IN_NAME.search(path.stem)
    if article.date is None and named:
        article = replace(article, date=named.group(1))
    yield article


_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})$")


def read_text(
    text: str, article_id: str = "text", *, path: str | None = None, title: str | None = None
) -> Article:
    """Make an article of a string, reading a news header and footer if it has them.

    Args:
        text: The article text; it becomes :attr:`Article.text` unchanged.
        article_id: The id to give the article.
        path: The file the text came from, for messages.
        title: The headline if known from elsewhere (an HTML page's metadata): a first
            line that reads the same is header, even without a date line after it.

    Returns:
        The article, with the body span excluding header and footer.

    Raises:
        IngestError: The text is empty or only whitespace.
    """
    if _NON_SPACE.search(text) is None:
        raise IngestError(path or article_id, "no text (empty or only whitespace); remove it")
    header = _read_header(text, title)
    editors: tuple[str, ...] = ()
    body_end = None
    # The last footer wins: what follows it is portal boilerplate.
    for footer in _FOOTER.finditer(text, header.end):
        editors = tuple(name for name in _EDITOR_SEPARATOR.split(footer["names"]) if name)
        body_end = footer.start()
    body_start = 0
    if header.end:
        first = _NON_SPACE.search(text, header.end, len(text) if body_end is None else body_end)
        body_start = first.start() if first else header.end
    return Article(
        id=article_id,
        text=text,
        title=header.title,
        date=header.date,
        time=header.time,
        source=header.source,
        original_title=header.original_title,
        editors=editors,
        body_start=body_start,
        body_end=body_end,
        path=path,
    )


class _Header(NamedTuple):
    """What a news header says, and the offset just past it (0 when there is none)."""

    title: str | None = None
    date: str | None = None
    time: str | None = None
    source: str | None = None
    original_title: str | None = None
    end: int = 0


def _first_lines(text: str, count: int) -> list[tuple[int, int, str]]:
    """The first ``count`` non-blank lines of ``text``, stripped, each with the offsets it
    starts at and ends at (after its line break)."""
    lines: list[tuple[int, int, str]] = []
    for match in _LINE.finditer(text):
        if line := match[0].strip():
            lines.append((match.start(), match.end(), line))
            if len(lines) == count:
                break
    return lines


def _read_header(text: str, title: str | None) -> _Header:
    """Read the header from the first non-blank lines of ``text``: title, date line, 原标题."""
    lines = _first_lines(text, 3)
    dated = _read_date_line(lines[1][2]) if len(lines) >= 2 else None
    if dated is not None:
        original = _ORIGINAL_TITLE.fullmatch(lines[2][2]) if len(lines) > 2 else None
        return dated._replace(
            title=_squeeze(lines[0][2]),
            original_title=_squeeze(original["title"]) if original else None,
            end=lines[2 if original else 1][1],
        )
    if title and lines and _squeeze(lines[0][2]) == _squeeze(title):
        return _Header(title=_squeeze(title), end=lines[0][1])
    return _Header()


def _read_date_line(line: str) -> _Header | None:
    """The date, time and source of a header's date line; None if ``line`` is not one."""
    match = _DATE_LINE.fullmatch(line)
    if match is None:
        return None
    try:
        date = datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
        time = datetime.time(int(match["hour"]), int(match["minute"])) if match["hour"] else None
    except ValueError:  # not a calendar date or clock time, so not a date line
        return None
    return _Header(
        date=date.isoformat(),
        time=None if time is None else time.strftime("%H:%M"),
        source=_squeeze(match["source"]) if match["source"] else None,
    )


def _squeeze(value: str) -> str:
    """Collapse runs of whitespace (portals put no-break spaces in titles) to one space."""
    return " ".join(value.split())
