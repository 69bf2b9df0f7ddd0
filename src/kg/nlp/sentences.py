"""Sentence splitting with offsets into the article text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Sentence

# A sentence ends at 。！？ (or their ASCII forms) plus any closing quotes or brackets,
# and at every line break: paragraphs never share a sentence.
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """Yield the sentences of ``text[start:end]`` with offsets into ``text``.

    Leading and trailing whitespace is left out of each sentence; empty ones are skipped.

    Args:
        text: The article text.
        start: Where the body starts.
        end: Where the body ends (``None``: the end of ``text``).
    """
    end = len(text) if end is None else end
    index = 0
    for match in _SENTENCE.finditer(text, start, end):
        s, e = match.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield Sentence(s, e, text[s:e], index)
            index += 1
