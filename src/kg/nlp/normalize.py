"""Length-preserving text normalisation.

Matching runs on a normalised copy of the text whose every character sits at the same
offset as in the original, so offsets found on the copy slice the text the user gave.
NFKC is applied one character at a time and kept only where it yields exactly one
character; CJK punctuation (，。、：；！？（）“”) is kept as written because it is the
offsets' reference and carries clause structure that NFKC would flatten.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_KEEP = set("，。、：；！？（）“”‘’《》【】〔〕—…·")
_SPACES = set("\u3000\xa0\u2002\u2003\u2009\u200b\t")


@lru_cache(maxsize=8192)
def _normalise_char(ch: str) -> str:
    if ch in _KEEP:
        return ch
    if ch in _SPACES:
        return " "
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def normalize(text: str) -> str:
    """Return ``text`` with full-width letters and digits folded, at the same length.

    Args:
        text: Any text.

    Returns:
        A string of exactly ``len(text)`` characters: ``normalize(t)[i]`` is the
        normalised form of ``t[i]``.
    """
    if text.isascii():
        return text
    return "".join(_normalise_char(ch) for ch in text)
