"""Articles as JSON: JSON Lines (``.jsonl``, streamed) or one JSON document (``.json``).

Each item is an object with an ``id`` (a string; a number is taken as its digits) and a
non-empty string ``text``, and optional ``title``, ``date`` (ISO 8601, ``2021-03-08``),
``source`` and ``url``, each a string or null. Other keys are ignored, and nothing is
guessed: an item without ``date`` has none, even when its id contains one. The readers
yield an :class:`~kg.errors.IngestError` for an item they cannot read and go on with the
next, so one bad line costs one article.

Files are UTF-8; a file in GB18030/GBK or Big5 is decoded too, with a note. A JSON Lines
file is never read whole: its encoding is settled by the first line that is not ASCII
(UTF-8 if that line is; otherwise the legacy encoding it reads best in), and after that a
line in another encoding is an error of its own.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import IngestError
from kg.ingest._decode import (
    BINARY,
    BOM,
    EMPTY,
    HEAD,
    LOG,
    decode_legacy,
    is_blank,
    looks_binary,
    note_if_not_chinese,
    read_file,
)
from kg.ingest._ids import ArticleIds, duplicate
from kg.model import Article

_JSON_TYPES = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    list: "an array",
    dict: "an object",
    type(None): "null",
}

# A \ud800 escape decodes to a lone surrogate, which no output can encode.
_SURROGATE = re.compile("[\ud800-\udfff]")
# What would break a message's line or its encoding: separators, controls, surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def read_jsonl(path: Path, *, ids: ArticleIds | None = None) -> Iterator[Article | IngestError]:
    """Read a JSON Lines file, one article per line; blank lines are skipped.

    Args:
        path: A file with one JSON object per line, in UTF-8 (or GB18030/GBK or Big5).
        ids: The ids read so far, to report a duplicate across files; by default,
            duplicates are looked for within this file.

    Yields:
        An article for each good line, an error (with its line number) for each bad one.

    Raises:
        IngestError: The file is empty or binary.
    """
    source = str(path)
    seen = ArticleIds() if ids is None else ids
    lines = _LineDecoder(source)
    blank = True
    with path.open("rb") as file:
        if looks_binary(file.read(HEAD)):
            raise IngestError(source, BINARY)
        file.seek(0)
        for number, raw in enumerate(file, start=1):
            if number == 1 and raw.startswith(BOM):
                raw = raw[len(BOM) :]
                lines.codec = "utf-8"
            if is_blank(raw):
                continue
            try:
                line = lines.decode(raw.rstrip(b"\r\n"))
            except ValueError as error:
                blank = False
                yield IngestError(source, f"{error}; fix or remove the line", line=number)
                continue
            if not line.strip():  # spaces beyond ASCII, such as U+3000
                continue
            blank = False
            try:
                article = _to_article(_parse(line), path)
            except ValueError as error:
                yield IngestError(source, f"{error}; fix or remove the line", line=number)
                continue
            if first := seen.claim(article.id, source, number):
                yield IngestError(source, duplicate(article.id, first), line=number)
                continue
            note_if_not_chinese(article.text, f"{source}:{number}")
            yield article
    if blank:
        raise IngestError(source, EMPTY)


def read_json(path: Path, *, ids: ArticleIds | None = None) -> Iterator[Article | IngestError]:
    """Read a JSON file holding an array of article objects, or one object.

    Args:
        path: A JSON file in UTF-8 (or GB18030/GBK or Big5).
        ids: The ids read so far, to report a duplicate across files; by default,
            duplicates are looked for within this file.

    Yields:
        An article for each good item, an error naming the item for each bad one.

    Raises:
        IngestError: The file is empty, binary, in no known encoding, or not valid JSON.
    """
    source = str(path)
    seen = ArticleIds() if ids is None else ids
    text = read_file(path)
    try:
        data = _parse(text)
    except _InvalidJson as error:
        raise IngestError(source, f"{error}; fix the file", line=error.line) from None
    for number, item in enumerate(data if isinstance(data, list) else [data], start=1):
        try:
            article = _to_article(item, path)
        except ValueError as error:
            yield IngestError(source, f"item {number}: {error}; fix or remove the item")
            continue
        if first := seen.claim(article.id, source, number, item=True):
            yield IngestError(source, f"item {number}: {duplicate(article.id, first)}")
            continue
        note_if_not_chinese(article.text, f"{source} item {number}")
        yield article


class _LineDecoder:
    """Decodes the lines of one JSON Lines file, settling its encoding on the way."""

    def __init__(self, source: str) -> None:
        self.source = source
        #: None until a line that is not ASCII settles it.
        self.codec: str | None = None
        self.name = "UTF-8"

    def decode(self, raw: bytes) -> str:
        """One line as text.

        Raises:
            ValueError: The line is not in the file's encoding.
        """
        try:
            # UTF-8 first, strictly, even in a legacy file: no GB18030 or Big5 text of
            # more than a few characters is also valid UTF-8.
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            if self.codec is None and (legacy := decode_legacy(raw)):
                self.codec, self.name = legacy.codec, legacy.name
                LOG.info("%s: decoded as %s (not UTF-8)", self.source, self.name)
                return legacy.text
            if self.codec in (None, "utf-8"):
                raise ValueError(
                    f"not UTF-8 (invalid bytes at byte {error.start + 1} of the line)"
                ) from None
            try:
                return raw.decode(self.codec)
            except UnicodeDecodeError as legacy_error:
                raise ValueError(
                    f"neither UTF-8 nor {self.name} like the lines before (invalid bytes at "
                    f"byte {legacy_error.start + 1} of the line)"
                ) from None
        if self.codec is None and not raw.isascii():
            self.codec = "utf-8"
        return line


class _InvalidJson(ValueError):
    """Text that is not valid JSON; the message says why, ``line`` where."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def _parse(text: str) -> object:
    """Parse JSON, strictly (no NaN or Infinity), with a readable reason if it fails."""
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise _InvalidJson(
            f"not valid JSON: {error.msg} (column {error.colno})", line=error.lineno
        ) from None
    except RecursionError:
        raise _InvalidJson("not valid JSON: nested too deeply") from None
    except ValueError as error:  # a number too long to convert, NaN
        raise _InvalidJson(f"not valid JSON: {error}") from None


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON value")


def _to_article(item: object, path: Path) -> Article:
    """Check one item and make it an article.

    Args:
        item: The parsed JSON value.
        path: The file it came from.

    Raises:
        ValueError: The item is not a valid article; the message says why.
    """
    if not isinstance(item, dict):
        raise ValueError(f"not a JSON object with 'id' and 'text' but {_describe(item)}")
    return Article(
        id=_id(item),
        text=_text(item),
        title=_optional(item, "title"),
        date=_iso_date(_optional(item, "date")),
        source=_optional(item, "source"),
        url=_optional(item, "url"),
        path=str(path),
    )


def _id(item: dict[str, object]) -> str:
    """The article id: a string, or a number taken as its digits."""
    value = item.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValueError("no id field ('id' is missing, null or empty)")
    if not isinstance(value, str):
        raise ValueError(f"'id' must be a string or a number, got {_describe(value)}")
    return _checked(value, "id")


def _text(item: dict[str, object]) -> str:
    """The article text, which must be there and not blank."""
    value = item.get("text")
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValueError("no text field ('text' is missing, null or empty)")
    if not isinstance(value, str):
        raise ValueError(f"'text' must be a string, got {_describe(value)}")
    return _checked(value, "text")


def _optional(item: dict[str, object], key: str) -> str | None:
    """The string at ``key``; None when it is absent, null or blank."""
    value = item.get(key)
    if value is None or isinstance(value, str):
        return _checked(value, key) if value and value.strip() else None
    raise ValueError(f"'{key}' must be a string or null, got {_describe(value)}")


def _checked(value: str, key: str) -> str:
    """``value``, which must be encodable: a lone surrogate (an unpaired \\ud800 escape)
    could not be written out."""
    if bad := _SURROGATE.search(value):
        raise ValueError(
            f"'{key}' holds an unpaired surrogate (\\u{ord(bad[0]):04x}) at character "
            f"{bad.start() + 1}"
        )
    return value


def _iso_date(value: str | None) -> str | None:
    """``value`` as an ISO date (``2021-03-08``), checked."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(
            f"'date' must be an ISO date like 2021-03-08, got {_short(value)}"
        ) from None


def _describe(value: object) -> str:
    """The JSON type of ``value`` in words, with the value when it is a short scalar."""
    kind = _JSON_TYPES[type(value)]
    if isinstance(value, list | dict):
        return kind
    shown = _shown(value)
    return f"{kind} {shown}" if len(shown) <= 40 else kind


def _short(value: str) -> str:
    """``value`` quoted, cut to a readable length."""
    shown = _shown(value)
    return shown if len(shown) <= 40 else shown[:36] + '..."'


def _shown(value: object) -> str:
    """``value`` as JSON on one line, anything unprintable escaped."""
    return _UNPRINTABLE.sub(_escape, json.dumps(value, ensure_ascii=False))


def _escape(match: re.Match[str]) -> str:
    return match[0].encode("unicode_escape", "backslashreplace").decode("ascii")
