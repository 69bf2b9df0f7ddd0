"""Bytes to text for every reader: empty and binary files, UTF-8 or a legacy Chinese encoding.

UTF-8 is tried first, strictly; what is not UTF-8 is decoded as GB18030 (a superset of
GBK and GB2312) or Big5, whichever yields more common Chinese characters. Statistical
detectors guess poorly on a headline or a short JSON line; a byte sequence in the wrong
one of these two encodings still decodes, but into rare characters, kana and private-use
code points, so counting the characters a Chinese text mostly consists of tells them
apart even on a few characters. A UTF-8 byte order mark is dropped silently.

Notes (not errors) go to the ``kg.ingest`` logger at INFO: an article decoded from a
legacy encoding, an article without Chinese text.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import logging
import re
from pathlib import Path
from typing import NamedTuple

from kg.errors import IngestError

LOG = logging.getLogger("kg.ingest")

EMPTY = "empty file (0 bytes or only whitespace); remove it or add the article text"
BINARY = "not text (binary data); remove it, or save the article as UTF-8 text"
UNKNOWN_ENCODING = "not text in UTF-8, GB18030/GBK or Big5 (another encoding?); save it as UTF-8"

BOM = b"\xef\xbb\xbf"

#: How much of the start of a file tells text from binary data.
HEAD = 1 << 16
_CHUNK = 1 << 20

# C0 controls other than tab and the line and page breaks, and DEL: text has next to none.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_NON_SPACE_BYTES = re.compile(rb"\S")
_NON_SPACE = re.compile(r"\S")
#: A Chinese character (CJK unified ideographs and their extensions).
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")

# Legacy encodings in order of preference on a tie: mainland news first. Each is tried as
# the first codec of its group that decodes: cp950 is Microsoft's Big5, for the few
# characters Python's big5 lacks.
_LEGACY = [("GB18030", ("gb18030",)), ("Big5", ("big5", "cp950"))]
# Below this share of common characters among the non-ASCII ones, a decoding is garbage.
_MIN_COMMON_SHARE = 0.5
_SCORED_CHARACTERS = 1 << 16


def is_blank(data: bytes) -> bool:
    """Whether ``data`` holds nothing but ASCII whitespace."""
    return _NON_SPACE_BYTES.search(data) is None


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` (a whole file, or its start) is binary rather than text.

    A NUL byte anywhere, or control characters making up more than one in twenty of the
    first :data:`HEAD` bytes, give it away; text in any encoding kg reads has neither.
    """
    if b"\x00" in data:
        return True
    head = data[:HEAD]
    return len(_CONTROL_BYTES.findall(head)) * 20 > len(head)


def read_file(path: Path) -> str:
    """Read a whole text file, noting on the ``kg.ingest`` logger when it is not UTF-8.

    UTF-8 is decoded a chunk at a time, so a file of any size costs its text and a
    second copy while the chunks are joined, never its bytes as well.

    Args:
        path: The file.

    Returns:
        The text, without a UTF-8 byte order mark.

    Raises:
        IngestError: The file is empty, binary, or in none of the encodings kg reads.
        OSError: The file cannot be read.
    """
    source = str(path)
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    parts: list[str] = []
    with path.open("rb") as file:
        chunk = file.read(HEAD)
        if looks_binary(chunk):
            raise IngestError(source, BINARY)
        try:
            while chunk:
                if b"\x00" in chunk:
                    raise IngestError(source, BINARY)
                parts.append(decoder.decode(chunk))
                chunk = file.read(_CHUNK)
            parts.append(decoder.decode(b"", final=True))
        except UnicodeDecodeError:
            del parts
            file.seek(0)
            text = _decode_legacy_file(file.read(), source)
        else:
            text = "".join(parts)
            del parts
    if _NON_SPACE.search(text) is None:
        raise IngestError(source, EMPTY)
    return text


def _decode_legacy_file(data: bytes, source: str) -> str:
    """Decode a file that is not UTF-8, noting the encoding it is in."""
    if looks_binary(data):
        raise IngestError(source, BINARY)
    if data.startswith(BOM):
        raise IngestError(
            source,
            "not valid UTF-8 though it starts with a UTF-8 byte order mark; save it as UTF-8",
        )
    legacy = decode_legacy(data)
    if legacy is None:
        raise IngestError(source, UNKNOWN_ENCODING)
    LOG.info("%s: decoded as %s (not UTF-8)", source, legacy.name)
    return legacy.text


class Decoded(NamedTuple):
    """Text decoded from a legacy encoding."""

    text: str
    #: The encoding as people call it: ``GB18030``, ``Big5``.
    name: str
    #: The Python codec that decoded it.
    codec: str


def decode_legacy(data: bytes) -> Decoded | None:
    """``data`` decoded from the legacy Chinese encoding that fits it best.

    Args:
        data: Bytes that are not UTF-8.

    Returns:
        The text and its encoding, or None when no encoding decodes ``data`` into
        mostly common Chinese characters.
    """
    best: tuple[float, Decoded] | None = None
    for name, group in _LEGACY:
        decoded = _first_decoding(data, name, group)
        if decoded is None:
            continue
        share = _common_share(decoded.text)
        if share >= _MIN_COMMON_SHARE and (best is None or share > best[0]):
            best = (share, decoded)
    return None if best is None else best[1]


def _first_decoding(data: bytes, name: str, group: tuple[str, ...]) -> Decoded | None:
    """``data`` decoded by the first codec of ``group`` that decodes it strictly."""
    for codec in group:
        try:
            return Decoded(data.decode(codec), name, codec)
        except UnicodeDecodeError:
            continue
    return None


def _common_share(text: str) -> float:
    """The share of common Chinese characters and punctuation among the non-ASCII
    characters at the start of ``text``."""
    sample = text[:_SCORED_CHARACTERS]
    common = _common_characters()
    wide = sum(1 for character in sample if character > "\x7f")
    hits = sum(1 for character in sample if character in common)
    return hits / wide if wide else 0.0


@functools.cache
def _common_characters() -> frozenset[str]:
    """The characters most Chinese text is made of: GB2312's 3755 level-1 hanzi
    (simplified), Big5's 5401 common hanzi (traditional), CJK punctuation, the
    ideographic space and full-width digits (not full-width letters: garbage has many)."""
    characters = set("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·％\u3000０１２３４５６７８９")
    gb2312_level1 = itertools.product(range(0xB0, 0xD8), range(0xA1, 0xFF))
    big5_common = itertools.product(
        range(0xA4, 0xC7), itertools.chain(range(0x40, 0x7F), range(0xA1, 0xFF))
    )
    for codec, pairs in (("gb2312", gb2312_level1), ("big5", big5_common)):
        for pair in pairs:
            try:
                characters.add(bytes(pair).decode(codec))
            except UnicodeDecodeError:  # the gaps at the ends of the ranges
                continue
    return frozenset(characters)


def note_if_not_chinese(text: str, where: str) -> None:
    """Note an article without a Chinese character: it is read, but yields no facts."""
    if HAN.search(text) is None:
        LOG.info("%s: no Chinese text; it is read, but no facts will be found in it", where)
