"""Sentence splitting with offsets into the article text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Sentence

# A sentence ends at 。！？ (or their ASCII forms) plus any closing quotes or brackets,
# and at every line break: paragraphs never share a sentence (and a dateline, below,
# starts one).
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")


# A news agency's dateline (新华网北京7月26日电, 中广网北京7月10日消息, 中新网快讯：, 本报讯,
# 新浪体育讯) is in no sentence: a headline glued to the body before it (as THUCNews
# prints them) is a sentence of its own, and the agency's place is no actor of the next.
_DATELINE = re.compile(
    "(?:中国台湾|中国新闻|[\u4e00-\u9fff]{2})(?:网|社)(?:[\u4e00-\u9fff]{2,4})?\\d{1,2}月\\d{1,2}日(?:电|消息)"
    "|(?:中国台湾|中国新闻|[\u4e00-\u9fff]{2})网(?:快讯|消息)[:：]|(?:新浪|搜狐|腾讯|网易)[\u4e00-\u9fff]{0,2}讯|本报讯"
)

# What every dateline ends with: most sentences hold none, and a search for it is quick.
_DATELINE_END = re.compile("日电|日消息|网快讯|网消息|讯")

#: The most characters a sentence holds. Longer stretches without a full stop (lists of
#: phone numbers, glossaries, a page's run-on text: 4 of the 54k sentences of the
#: news corpus, none of them a sentence of prose) are cut into pieces of at most this
#: many at their last clause mark, so that the work spent on one sentence, which grows
#: faster than its length, stays bounded.
LONGEST = 1_000

# Where a piece of an overlong sentence may end: after a clause mark or a space.
_PIECE_END = re.compile(r"[，,；;：:、\s]")


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
        stop = match.end()
        begin = match.start()
        if _DATELINE_END.search(text, begin, stop):
            for dateline in _DATELINE.finditer(text, begin, stop):
                yield from _pieces(text, begin, dateline.start())
                begin = dateline.end()
        yield from _pieces(text, begin, stop)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` stripped, cut where it is longer than :data:`LONGEST`: after the
    last clause mark or space of its second half, or at the limit where it has none."""
    while end - start > LONGEST:
        limit = start + LONGEST
        cut = limit
        for mark in _PIECE_END.finditer(text, start + LONGEST // 2, limit):
            cut = mark.end()
        yield from _stripped(text, start, cut)
        start = cut
    yield from _stripped(text, start, end)


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` without its leading and trailing whitespace, unless nothing is left."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        begin = start + len(chunk) - len(chunk.lstrip())
        yield begin, begin + len(stripped)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """Yield the sentences of ``text[start:end]`` with offsets into ``text``, as
    :func:`sentence_spans` finds them."""
    for index, (s, e) in enumerate(sentence_spans(text, start, end)):
        yield Sentence(s, e, text[s:e], index)
