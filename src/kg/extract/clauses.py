"""What the extractors share: clauses, the actors that goals and achievements are
attributed to, and mentions looked up by offset."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from kg.model import Mention, Sentence
from kg.nlp.doc import Doc

_SEPARATOR = re.compile(r"[，；：,;:。！？!?]")
_OPENING, _CLOSING = "“（(《", "”）)》"


def clauses(doc: Doc, sentence: Sentence) -> list[tuple[int, int]]:
    """The ``[start, end)`` clauses of a sentence, split at ，；： outside quotes
    (computed once per sentence)."""
    cached = doc.clause_cache.get(sentence.index)
    if cached is not None:
        return cached
    text = doc.norm
    found: list[tuple[int, int]] = []
    start = sentence.start
    quoted = any(ch in text[sentence.start : sentence.end] for ch in _OPENING)
    for match in _SEPARATOR.finditer(text, sentence.start, sentence.end):
        position = match.start()
        if quoted:
            inside = text[start:position]
            if sum(inside.count(ch) for ch in _OPENING) > sum(inside.count(ch) for ch in _CLOSING):
                continue
        if position > start:
            found.append((start, position))
        start = position + 1
    if start < sentence.end:
        found.append((start, sentence.end))
    doc.clause_cache[sentence.index] = found
    return found


def actors(doc: Doc) -> list[Mention]:
    """Organisations and places of the article, in text order."""
    return sorted(
        (m for m in doc.mentions if m.label in ("Organization", "Place")),
        key=lambda m: (m.start, -m.end),
    )


def innermost(mentions: list[Mention]) -> Mention:
    """Of adjacent mentions (深圳市 + 光明区), the last; else the first."""
    current = mentions[0]
    for mention in mentions[1:]:
        if mention.start == current.end:
            current = mention
        elif mention.start > current.end:
            break
    return current


def home_actor(doc: Doc) -> Mention | None:
    """The place or body the article mentions most, standing for "the article's actor"."""
    counts = Counter(m.canonical for m in actors(doc) if m.label == "Place")
    if not counts:
        counts = Counter(m.canonical for m in actors(doc))
    if not counts:
        return None
    name = counts.most_common(1)[0][0]
    return next(m for m in actors(doc) if m.canonical == name)


def actor_before(doc: Doc, found: list[Mention], start: int, end: int) -> Mention | None:
    """The actor written in ``[start, end)``, the clause before its verb, if any."""
    inside = [m for m in found if start <= m.start and m.end <= end and not _venue(doc.norm, m)]
    return innermost(inside) if inside else None


def _venue(text: str, mention: Mention) -> bool:
    return bool(
        re.search(
            r"(在|于|赴|到|至|来自|对|向|同|与|和)$",
            text[max(0, mention.start - 1) : mention.start],
        )
    )


class ByStart:
    """Mentions sorted by where they start, looked up by offset.

    Attributes:
        mentions: The mentions, by start (those that start together in the order given).
    """

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in ``[start, end)``."""
        return self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def any_starting_in(self, start: int, end: int) -> bool:
        """Whether a mention starts in ``[start, end)``."""
        return bisect_left(self._starts, start) < bisect_left(self._starts, end)


def covered(mentions: Iterable[Mention]) -> set[int]:
    """The offsets that ``mentions`` cover."""
    return {offset for m in mentions for offset in range(m.start, m.end)}
