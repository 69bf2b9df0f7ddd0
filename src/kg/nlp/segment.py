"""Word segmentation and part-of-speech tagging behind one interface.

Two backends share the same user dictionaries: ``jieba`` (the reference, through a
``jieba.Tokenizer`` this module owns, never jieba's module-wide instance) and ``rjieba``
(the jieba-rs binding, much faster). Each backend returns tokens with offsets into the
text it was given.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Protocol

from kg.errors import RegistryError
from kg.model import Token
from kg.resources import user_dictionary

# Tags below are jieba's: nr person, ns place, nt organisation, plus our own for the
# dictionary words we ship (post titles and organisation heads).


class Segmenter(Protocol):
    """Segments a text into tagged words."""

    name: str

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Return ``(word, tag)`` pairs that concatenate back to ``text``."""
        ...

    def cut(self, text: str) -> list[str]:
        """Return the words of :meth:`tag`, without their tags."""
        ...


class JiebaSegmenter:
    """The reference backend: jieba's own HMM tagger on a tokenizer we own."""

    name = "jieba"

    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        for word, freq, tag in user_dictionary():
            tokenizer.add_word(word, freq, tag)
        self._tagger = jieba.posseg.POSTokenizer(tokenizer)

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Return ``(word, tag)`` pairs for ``text``."""
        return [(pair.word, pair.flag) for pair in self._tagger.cut(text)]

    def cut(self, text: str) -> list[str]:
        """Return the words of :meth:`tag` (the tagger's, which jieba's plain cut may
        split otherwise)."""
        return [pair.word for pair in self._tagger.cut(text)]


class RjiebaSegmenter:
    """The fast backend: jieba-rs through ``rjieba``, same dictionaries."""

    name = "rjieba"

    def __init__(self) -> None:
        import rjieba

        self._jieba = rjieba.Jieba()
        for word, freq, tag in user_dictionary():
            self._jieba.add_word(word, freq, tag)

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Return ``(word, tag)`` pairs for ``text``."""
        return self._jieba.tag(text)

    def cut(self, text: str) -> list[str]:
        """Return the words of :meth:`tag`: jieba-rs tags the words it cuts this way."""
        return self._jieba.cut(text)


SEGMENTERS: dict[str, Callable[[], Segmenter]] = {
    "jieba": JiebaSegmenter,
    "rjieba": RjiebaSegmenter,
}

DEFAULT_SEGMENTER = "rjieba"


@cache
def get_segmenter(name: str = DEFAULT_SEGMENTER) -> Segmenter:
    """Return the (shared, stateless once built) segmenter registered as ``name``.

    Raises:
        RegistryError: No backend of that name.
    """
    try:
        factory = SEGMENTERS[name]
    except KeyError:
        raise RegistryError(
            f"unknown segmenter {name!r}; choose one of {', '.join(sorted(SEGMENTERS))}"
        ) from None
    return factory()


@dataclass(slots=True)
class TaggedWords:
    """A segmented text as parallel sequences, cheaper to build than one :class:`Token` a
    word (and not frozen, which would make it dearer still).

    Attributes:
        bounds: Where each word starts, then where the last one ends (offsets into the
            text that was segmented): word ``i`` is ``text[bounds[i]:bounds[i + 1]]``.
        words: The words.
        tags: Their part-of-speech tags; ``None`` when only the words were asked for.
    """

    bounds: list[int]
    words: Sequence[str]
    tags: Sequence[str] | None = None

    def count_before(self, offset: int) -> int:
        """How many words start before ``offset``."""
        return bisect_left(self.bounds, offset, 0, len(self.words))

    def tokens(self) -> list[Token]:
        """The words as tokens (of tagged words)."""
        if self.tags is None:
            raise ValueError("the words were not tagged")
        return [
            Token(start, end, word, tag)
            for start, end, word, tag in zip(
                self.bounds[:-1], self.bounds[1:], self.words, self.tags, strict=True
            )
        ]


def tag_words(segmenter: Segmenter, text: str, start: int, end: int) -> TaggedWords:
    """Tag ``text[start:end]``; the words' offsets are into ``text``."""
    pairs = segmenter.tag(text[start:end])
    if not pairs:
        return TaggedWords([start], (), ())
    words, tags = zip(*pairs, strict=True)
    return TaggedWords(list(accumulate(map(len, words), initial=start)), words, tags)


def cut_words(segmenter: Segmenter, text: str, start: int, end: int) -> TaggedWords:
    """The words of ``text[start:end]`` as :func:`tag_words` finds them, without tags."""
    words = segmenter.cut(text[start:end])
    return TaggedWords(list(accumulate(map(len, words), initial=start)), words)


def tokenize(segmenter: Segmenter, text: str, start: int, end: int) -> list[Token]:
    """Tag ``text[start:end]`` and return tokens with offsets into ``text``."""
    return tag_words(segmenter, text, start, end).tokens()
