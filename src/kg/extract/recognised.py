"""What the entity recogniser (:mod:`kg.ner`) finds in an article, for the extractors:
computed once a document, over the sentences the extractors look at."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg import resources
from kg.extract.names import name_at
from kg.nlp.doc import Doc
from kg.nlp.lexicon import is_common_word

if TYPE_CHECKING:
    from kg.ner import Span

#: How sure the recogniser must be of a name (its weakest character) to be taken.
PERSON_CONFIDENCE = 0.8

_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")


def recognised(doc: Doc) -> list[Span]:
    """The recogniser's spans over the article's sentences (computed once a document)."""
    return doc.derived("recognised", (), _recognise)


def _recognise(doc: Doc) -> list[Span]:
    from kg.ner import recognizer

    model = recognizer()
    found: list[Span] = []
    for sentence in doc.sentences:
        found.extend(model.spans(doc.norm, sentence.start, sentence.end))
    return found


# Characters the model sometimes runs into a name that stand before or after one in
# news ("应普京总统邀请", "刘奇作关于…的报告", "张加宁会为听众…").
_BEFORE_NAME = frozenset("应和与同在由对向请据让经")
_AFTER_NAME = frozenset("作会在和与同等为说对向将是也就称到从陪")


def person_names(doc: Doc) -> list[str]:
    """Names the recogniser is sure are persons' and that read as names: Chinese names
    of two to four characters or transliterations with a middle dot, not common words
    or words kg knows are not names; a character that stands before or after names in
    news and that the model took into one is cut off."""
    not_names = resources.not_names()
    found = []
    for span in recognised(doc):
        if span.type != "Person" or span.confidence < PERSON_CONFIDENCE:
            continue
        begin, name = _trim(doc.norm[span.start : span.end])
        if _NAME.fullmatch(name) and name not in not_names and not is_common_word(name):
            # Two characters where the characters read as a name of three (李春|临): the
            # model cut it short more often than not; the name readers decide.
            read = name_at(doc.norm, span.start + begin) if len(name) == 2 else None
            if read is None or len(read) != 3 or not read.startswith(name):
                found.append((span.start + begin, name))
    # A name cut short in one place (李家 of 李家超述职) where it is written whole.
    names = {name for _, name in found} | resources.persons()
    text = doc.norm
    return list(
        dict.fromkeys(
            name
            for start, name in found
            if not any(
                other != name and other.startswith(name) and text.startswith(other, start)
                for other in names
            )
        )
    )


def _trim(name: str) -> tuple[int, str]:
    """Where the name starts in the span, and the name."""
    begin = 0
    if len(name) >= 3 and name[0] in _BEFORE_NAME:
        begin, name = 1, name[1:]
    if len(name) >= 3 and name[-1] in _AFTER_NAME and "·" not in name:
        name = name[:-1]
    return begin, name
