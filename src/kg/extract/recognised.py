"""The entity recogniser (:mod:`kg.ner`) where the extractors' patterns are unsure.

The patterns read most names, posts and places off the characters and word lists; the
recogniser is asked, one clause at a time and only where a pattern is in doubt (a title
followed by characters no name reading explains, a transliterated name whose end is
unclear, a known place followed by an unknown one), so that extraction keeps its speed.
What it finds in a clause is kept for the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from kg import resources
from kg.extract.names import TRANSLIT, TRANSLITERATED_RUN
from kg.nlp.doc import Doc
from kg.nlp.lexicon import is_common_word

if TYPE_CHECKING:
    from kg.ner import Recognizer, Span

#: How sure the recogniser must be of a name (its weakest character) to be taken.
PERSON_CONFIDENCE = 0.75

_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
_CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?\n]")

# Characters the model sometimes runs into a name that stand before or after one in
# news ("应普京总统邀请", "刘奇作关于…的报告", "张加宁会为听众…", "通伦互致贺电").
_BEFORE_NAME = frozenset("应和与同在由对向请据让经")
# What stands right before a transliterated name (同施泰因迈尔总统, 、朔尔茨总理).
_BEFORE_FOREIGN_NAME = frozenset("，。、；：“（同和与及应请对向")
_AFTER_NAME = frozenset("作会在和与同等为说对向将是也就称到从陪互")


@cache
def _model() -> Recognizer:
    """The shipped model, run on every clause it is given (the callers are the gate)."""
    from kg.ner import Recognizer

    return Recognizer.load(gate=False)


def clause_spans(doc: Doc, offset: int) -> list[Span]:
    """The recogniser's spans in the clause of ``doc`` that holds ``offset`` (tagged
    once a clause and document)."""
    kept: dict[int, list[Span]] = doc.derived("recognised", (), lambda d: {})
    marks: list[int] = doc.derived(
        "clause marks", (), lambda d: [m.start() for m in _CLAUSE_MARK.finditer(d.norm)]
    )
    after = bisect_left(marks, offset)  # the first mark at or after offset
    start = marks[after - 1] + 1 if after else 0
    if start not in kept:
        end = marks[after] if after < len(marks) else len(doc.norm)
        kept[start] = _model().spans(doc.norm, start, end) if end > start else []
    return kept[start]


def person_at(doc: Doc, start: int) -> str | None:
    """The name the recogniser reads as a person's starting at ``start`` (a character it
    ran into the name before it is not counted), if it is sure of it and it reads as a
    name."""
    for span in clause_spans(doc, start):
        if span.type == "Person" and span.start <= start < span.end:
            begin, name = _trim(doc.norm[span.start : span.end])
            if span.start + begin == start and _acceptable(name, span.confidence):
                # The model stops at a hyphen: 迪亚斯|-卡内尔 is one name.
                run = TRANSLITERATED_RUN.match(doc.norm, start)
                return run.group() if run and run.group().startswith(name + "-") else name
    return None


def person_before(doc: Doc, end: int) -> str | None:
    """The name the recogniser reads as a person's ending at ``end`` (as before 总统)."""
    for span in clause_spans(doc, max(end - 1, 0)):
        if span.type == "Person" and span.start < end <= span.end:
            begin, name = _trim(doc.norm[span.start : span.end])
            if span.start + begin + len(name) == end and _acceptable(name, span.confidence):
                return _whole_name_before(doc.norm, end - len(name), name)
    return None


def _whole_name_before(text: str, start: int, name: str) -> str:
    """``name`` (at ``start``) with what the model left off before it: the transliteration
    characters back to a word that stands before names (同施泰因|迈尔总统: the model reads
    迈尔 only), and the parts a hyphen joins to it (迪亚斯-|卡内尔)."""
    if TRANSLITERATED_RUN.fullmatch(name):
        first = start
        while (
            first > max(0, start - 8) and text[first - 1] in TRANSLIT and text[first - 1] != "·"
        ):
            first -= 1
        if first < start and (first == 0 or text[first - 1] in _BEFORE_FOREIGN_NAME):
            name, start = text[first:start] + name, first
    while start > 1 and text[start - 1] == "-":
        first = start - 1
        while first > 0 and TRANSLITERATED_RUN.fullmatch(text, first - 1, start - 1):
            first -= 1
        if first == start - 1:
            break
        name = text[first:start] + name
        start = first
    return name


def places_over(doc: Doc, start: int, end: int, taken: list[tuple[int, int]]) -> list[Span]:
    """The places the recogniser reads that start at the place ``doc.norm[start:end]``, or
    at a place before it whose chain leads to it, and run past its end: 陕西榆林府谷 for 榆林,
    where the places found so far, ``taken``, cover 陕西."""
    return [
        span
        for span in clause_spans(doc, start)
        if span.type == "Place"
        and span.start <= start < end < span.end
        and all(
            any(begin <= position < stop for begin, stop in taken)
            for position in range(span.start, start)
        )
    ]


def _acceptable(name: str, confidence: float) -> bool:
    return (
        confidence >= PERSON_CONFIDENCE
        and _NAME.fullmatch(name) is not None
        and name not in resources.not_names()
        and not is_common_word(name)
        and _MANNER.search(name) is None
    )


# How something is done, run into the name before it (吴淡淡地说, 李笑眯眯地表示).
_MANNER = re.compile(r"(.)\1地$")


def _trim(name: str) -> tuple[int, str]:
    """Where the name starts in the span, and the name."""
    begin = 0
    if len(name) >= 3 and name[0] in _BEFORE_NAME:
        begin, name = 1, name[1:]
    if len(name) >= 3 and name[-1] in _AFTER_NAME and "·" not in name:
        name = name[:-1]
    return begin, name


def better_name(read: str | None, recognised: str | None) -> str | None:
    """Of the name the patterns read and the one the recogniser reads at the same place,
    the one to take: the recogniser's, unless it is two characters where the patterns
    read those and one more (李春|临: the model cuts such names short more often than not)."""
    if recognised is None:
        return read
    if read and len(recognised) == 2 and len(read) == 3 and read.startswith(recognised):
        return read
    if (
        read
        and len(read) > len(recognised)
        and read.startswith(recognised)
        and TRANSLITERATED_RUN.fullmatch(read)
        and (
            len(read) >= 5 or len(recognised) >= 3 or recognised[0] not in resources.surnames()
        )
    ):
        # 别尔德|穆哈梅多夫: a transliterated name read whole, where the model stops at a
        # character that also starts Chinese names (not 高波 read as 高波高波).
        return read
    return recognised
