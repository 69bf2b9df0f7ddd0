"""Readers for the annotated corpora the recogniser is trained and scored on.

Each reader yields :class:`Example` objects: a sentence and its entity spans as
``(start, end, type)`` with half-open offsets and kg's type names. The sentence is
normalised as kg normalises an article before the recogniser sees it
(:func:`kg.nlp.normalize.normalize`, length-preserving: the offsets hold), so that training
and scoring see the text the recogniser sees at run time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import IngestError
from kg.nlp.normalize import normalize

#: CLUENER's types -> kg's; the types left out (book, game, movie, scene) are not entities
#: kg records.
CLUENER_TYPES = {
    "name": "Person",
    "government": "Organization",
    "organization": "Organization",
    "company": "Organization",
    "address": "Place",
    "position": "Post",
}

#: People's Daily's BIO types -> kg's.
PEOPLES_DAILY_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}


@dataclass(frozen=True, slots=True)
class Example:
    """One annotated sentence.

    Attributes:
        text: The sentence (normalised).
        spans: Its entities as ``(start, end, type)``, half-open, sorted by start.
        convention: The corpus whose span convention the annotation follows.
    """

    text: str
    spans: tuple[tuple[int, int, str], ...]
    convention: str


def read_cluener(path: Path) -> Iterator[Example]:
    """Read a CLUENER2020 JSON Lines file (``end`` offsets inclusive in the file).

    Raises:
        IngestError: A line is not a CLUENER record.
    """
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            try:
                record = json.loads(line)
                text = record["text"]
                spans = {
                    (begin, end + 1, CLUENER_TYPES[kind])
                    for kind, entities in record.get("label", {}).items()
                    if kind in CLUENER_TYPES
                    for places in entities.values()
                    for begin, end in places
                }
            except (ValueError, KeyError, TypeError) as error:
                raise IngestError(
                    str(path), f"not a CLUENER record ({error}); expected text and label", number
                ) from None
            yield Example(normalize(text), tuple(sorted(spans)), "cluener")


def read_peoples_daily(path: Path) -> Iterator[Example]:
    """Read a People's Daily NER file: ``char tag`` lines, sentences split by empty lines.

    Raises:
        IngestError: A line is neither empty nor ``char tag``.
    """
    chars: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line:
                if chars:
                    yield _bio_example("".join(chars), tags)
                chars, tags = [], []
                continue
            ch, _, tag = line.rpartition(" ")
            if len(ch) != 1 or not tag:
                raise IngestError(str(path), "expected one character, a space and a tag", number)
            chars.append(ch)
            tags.append(tag)
    if chars:
        yield _bio_example("".join(chars), tags)


def _bio_example(text: str, tags: list[str]) -> Example:
    spans: list[tuple[int, int, str]] = []
    begin, kind = -1, ""
    for position, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if begin >= 0 and (prefix != "I" or label != kind):
            spans.append((begin, position, PEOPLES_DAILY_TYPES[kind]))
            begin = -1
        if prefix == "B" or (prefix == "I" and begin < 0):
            begin, kind = position, label
    return Example(normalize(text), tuple(spans), "pd")
