"""Articles as JSON: JSON Lines (``.jsonl``, streamed) or one JSON document (``.json``).

Each item is an object with a string ``id`` and ``text`` and optional ``title``,
``date`` (ISO 8601, ``2021-03-08``), ``source`` and ``url``, each a string or null.
Other keys are ignored, and nothing is guessed: an item without ``date`` has none, even
when its id contains one. The readers yield an :class:`~kg.errors.IngestError` for an
item they cannot read and go on with the next, so one bad line costs one article.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path

from kg.errors import IngestError
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


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    """Read a JSON Lines file, one article per line; blank lines are skipped.

    Args:
        path: A UTF-8 file with one JSON object per line.

    Yields:
        An article for each good line, an error (with its line number) for each bad one.
    """
    first_seen: dict[str, str] = {}
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                article = _to_article(_parse_line(raw), path, first_seen, f"line {number}")
            except ValueError as error:
                yield IngestError(str(path), f"{error}; fix or remove the line", line=number)
            else:
                yield article


def read_json(path: Path) -> Iterator[Article | IngestError]:
    """Read a JSON file holding an array of article objects, or one object.

    Args:
        path: A UTF-8 JSON file.

    Yields:
        An article for each good item, an error naming the item for each bad one.

    Raises:
        IngestError: The file is not UTF-8 or not valid JSON.
    """
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise IngestError(str(path), "not UTF-8; save the file as UTF-8") from None
    except json.JSONDecodeError as error:
        raise IngestError(
            str(path), f"malformed JSON ({error.msg}, column {error.colno})", line=error.lineno
        ) from None
    first_seen: dict[str, str] = {}
    for number, item in enumerate(data if isinstance(data, list) else [data], start=1):
        try:
            article = _to_article(item, path, first_seen, f"item {number}")
        except ValueError as error:
            yield IngestError(str(path), f"item {number}: {error}; fix or remove the item")
        else:
            yield article


def _parse_line(raw: bytes) -> object:
    """Decode and parse one line of JSON Lines, with a readable reason if it fails."""
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 (bad byte at column {error.start + 1})") from None
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"malformed JSON ({error.msg}, column {error.colno})") from None


def _to_article(item: object, path: Path, first_seen: dict[str, str], where: str) -> Article:
    """Check one item and make it an article.

    Args:
        item: The parsed JSON value.
        path: The file it came from.
        first_seen: Where each id of the file was first seen; ``item``'s id is added.
        where: Where ``item`` is in the file (``line 3``, ``item 3``).

    Raises:
        ValueError: The item is not a valid article; the message says why.
    """
    if not isinstance(item, dict):
        raise ValueError(f"expected an object with 'id' and 'text', got {_describe(item)}")
    article = Article(
        id=_required(item, "id"),
        text=_required(item, "text"),
        title=_optional(item, "title"),
        date=_iso_date(_optional(item, "date")),
        source=_optional(item, "source"),
        url=_optional(item, "url"),
        path=str(path),
    )
    if article.id in first_seen:
        raise ValueError(f"duplicate id {article.id!r} (first at {first_seen[article.id]})")
    first_seen[article.id] = where
    return article


def _required(item: dict[str, object], key: str) -> str:
    """The string at ``key``, which must be there and not blank."""
    value = item.get(key)
    if isinstance(value, str) and value.strip():
        return value
    if key not in item:
        raise ValueError(f"{key!r} is missing")
    raise ValueError(f"{key!r} must be a non-empty string, got {_describe(value)}")


def _optional(item: dict[str, object], key: str) -> str | None:
    """The string at ``key``; None when it is absent, null or blank."""
    value = item.get(key)
    if value is None or isinstance(value, str):
        return value if value and value.strip() else None
    raise ValueError(f"{key!r} must be a string or null, got {_describe(value)}")


def _iso_date(value: str | None) -> str | None:
    """``value`` as an ISO date (``2021-03-08``), checked."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"'date' must be an ISO date like 2021-03-08, got {value!r}") from None


def _describe(value: object) -> str:
    """The JSON type of ``value`` in words, with the value when it is short."""
    kind = _JSON_TYPES[type(value)]
    shown = json.dumps(value, ensure_ascii=False)
    return f"{kind} {shown}" if len(shown) <= 40 else kind
