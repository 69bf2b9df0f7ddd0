"""Length-preserving text normalisation.

Matching runs on a normalised copy of the text whose every character sits at the same
offset as in the original, so offsets found on the copy slice the text the user gave.
NFKC is applied one character at a time and kept only where it yields exactly one
character; CJK punctuation (，。、：；！？（）“”) is kept as written because it is the
offsets' reference and carries clause structure that NFKC would flatten.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_KEEP = set("，。、：；！？（）“”‘’《》【】〔〕—…·")
_SPACES = set("\u3000\xa0\u2002\u2003\u2009\u200b\t")


@cache
def _table() -> dict[int, str]:
    """Every character of the Basic Multilingual Plane that normalises to one other
    character, built once; ``str.translate`` then runs at C speed."""
    table = {ord(ch): " " for ch in _SPACES}
    for code in range(0x80, 0x10000):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:  # a lone surrogate (from the Python API only)
            table[code] = "\ufffd"  # cannot be encoded for the segmenter; one for one
            continue
        if ch in _KEEP or ch in _SPACES:
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and folded != ch:
            table[code] = folded
    return table


@cache
def _foldable() -> re.Pattern[str]:
    """A character class of the characters :func:`_table` changes: most articles hold
    none, and searching for one is much cheaper than translating every character."""
    codes = sorted(_table())
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    members = "".join(
        re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else "")
        for first, last in ranges
    )
    return re.compile(f"[{members}]")


def normalize(text: str) -> str:
    """Return ``text`` with full-width letters and digits folded, at the same length.

    Args:
        text: Any text.

    Returns:
        A string of exactly ``len(text)`` characters: ``normalize(t)[i]`` is the
        normalised form of ``t[i]``.
    """
    if text.isascii() or not _foldable().search(text):
        return text
    return text.translate(_table())
