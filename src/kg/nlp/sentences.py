"""Sentence splitting with offsets into the article text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Sentence

# A sentence ends at 。！？ (or their ASCII forms) plus any closing quotes or brackets,
# and at every line break: paragraphs never share a sentence.
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield the ``[start, end)`` spans of the sentences of ``text[start:end]``.

    Leading and trailing whitespace is left out of each sentence; empty ones are skipped.

    Args:
        text: The article text.
        start: Where the body starts.
        end: Where the body ends (``None``: the end of ``text``).
    """
    end = len(text) if end is None else end
    for match in _SENTENCE.finditer(text, start, end):
        chunk = match.group()
        stripped = chunk.strip()
        if stripped:
            begin = match.start() + len(chunk) - len(chunk.lstrip())
            yield begin, begin + len(stripped)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """Yield the sentences of ``text[start:end]`` with offsets into ``text``, as
    :func:`sentence_spans` finds them."""
    for index, (s, e) in enumerate(sentence_spans(text, start, end)):
        yield Sentence(s, e, text[s:e], index)
