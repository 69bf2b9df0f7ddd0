"""Word lists the extractors consult: jieba's own dictionary plus the ones kg ships.

Lookups here never depend on the segmenter backend, so extraction that asks "is this a
common word?" gives the same answer under jieba and rjieba.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import overload

import marisa_trie

from kg import resources

#: How many answers to keep for the word tests that extraction asks again and again of the
#: same words (is this a name? a prefix of a post?): they only depend on the word lists.
WORD_CACHE_SIZE = 1 << 16


#: The file kg ships jieba's dictionary in (:func:`dictionary_tags`), in ``kg.resources``.
WORD_TAGS_FILE = "jieba_words.marisa"
# jieba's words seen fewer times than this in its corpus are left out: rare readings.
_MIN_FREQUENCY = 3


class WordTags:
    """A read-only word -> part-of-speech tag table in a marisa trie (``marisa-trie``).

    jieba's dictionary as a dict holds ~50 MB in every process that loads it (308k words,
    each a string object); the trie is a 1.3 MB file that each process maps and the
    operating system shares, at about 0.5 µs more a lookup.
    """

    __slots__ = ("_trie",)

    def __init__(self, trie: marisa_trie.BytesTrie) -> None:
        self._trie = trie

    @classmethod
    def build(cls, table: Mapping[str, str]) -> WordTags:
        """The table of ``table``'s words and tags."""
        return cls(marisa_trie.BytesTrie((word, tag.encode()) for word, tag in table.items()))

    @classmethod
    def open(cls, path: Path) -> WordTags:
        """The table saved at ``path``, memory-mapped."""
        return cls(marisa_trie.BytesTrie().mmap(str(path)))

    def save(self, path: Path) -> None:
        """Write the table to ``path``."""
        self._trie.save(str(path))

    @overload
    def get(self, word: str) -> str | None: ...
    @overload
    def get(self, word: str, default: str) -> str: ...
    def get(self, word: str, default: str | None = None) -> str | None:
        """The tag of ``word``, or ``default`` when it is not in the table."""
        found = self._lookup(word)
        return default if found is None else found[0].decode()

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not None

    def _lookup(self, word: str) -> list[bytes] | None:
        # marisa ends a key at a NUL character (so '\x00青' would find every key starting
        # with 青's bytes), and a lone surrogate has no UTF-8: neither is any word here.
        if "\x00" in word:
            return None
        try:
            found: list[bytes] | None = self._trie.get(word)
        except UnicodeEncodeError:
            return None
        return found

    def __len__(self) -> int:
        return len(self._trie)

    def items(self) -> Iterator[tuple[str, str]]:
        """Every ``(word, tag)`` pair, in the trie's order."""
        return ((word, tag.decode()) for word, tag in self._trie.items())


def jieba_dictionary_entries(path: Path | None = None) -> Iterator[tuple[str, str]]:
    """``(word, tag)`` of each word in jieba's main dictionary (``dict.txt`` of the
    installed jieba, or ``path``) seen at least three times in its corpus."""
    if path is None:
        spec = importlib.util.find_spec("jieba")
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError("jieba is not installed")
        path = Path(spec.submodule_search_locations[0]) / "dict.txt"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and int(parts[1]) >= _MIN_FREQUENCY:
                yield parts[0], parts[2]


@cache
def dictionary_tags() -> WordTags:
    """jieba's main dictionary: word -> part-of-speech tag (built from jieba's ``dict.txt``
    by ``scripts/build_word_tags.py`` and shipped, so that no process parses it)."""
    return WordTags.open(Path(str(importlib_resources.files(resources) / WORD_TAGS_FILE)))


@cache
def _shipped_tags() -> dict[str, str]:
    return {word: tag for word, _, tag in resources.user_dictionary()}


def word_tag(word: str) -> str:
    """The part-of-speech tag of ``word`` from the dictionaries, whatever the backend.

    Our shipped words come first, then jieba's dictionary; a word in neither (a name
    the segmenter guessed) is tagged ``ns`` when it is a known place's formal name (毛里求斯
    共和国), ``nz`` when it is all Chinese and holds no
    function character, ``x`` otherwise.
    """
    tag = _shipped_tags().get(word) or dictionary_tags().get(word)
    if tag:
        return tag
    state = word.removesuffix("共和国")
    if state != word and state in place_names():
        return "ns"  # 毛里求斯共和国: a known country's formal name, its 和 and all
    if all("\u4e00" <= ch <= "\u9fff" for ch in word) and not set(word) & _FUNCTION_CHARS:
        return "nz"
    return "x"


# Characters that do not occur inside a name the segmenter guessed ("日同", "松和" are
# pieces of "5日同俄罗斯…" and "阿克松和…", not words).
_FUNCTION_CHARS = frozenset("的了在和与同及对向从到将把被是为日月年原中时后前并")


def is_common_word(word: str) -> bool:
    """Whether ``word`` is a dictionary word that is not a person's name."""
    tag = dictionary_tags().get(word)
    return tag is not None and not tag.startswith("nr")


def alternation(words: Iterable[str]) -> str:
    """A regex that matches any of ``words`` (escaped), the longest of those that match
    at a position first, then shorter ones: what the alternation of the words sorted
    longest first does.

    The words are laid out as a trie (北京(?:市|)|上海市 rather than 北京市|北京|上海市),
    so that the regex engine tries one character at a time instead of every word in turn.
    """
    return _group(alternatives(words))


def alternatives(words: Iterable[str]) -> list[str]:
    """The branches of :func:`alternation`, one for each first character of ``words``.

    Joined with other branches that each start with a character, they make a pattern
    whose possible first characters the regex engine knows, so that it skips quickly to
    where a match may start.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _branches(trie)


_END = ""  # the key that marks the end of a word in a trie node


def _branches(node: dict[str, dict]) -> list[str]:
    # The words that match at one position all lie on one path of the trie, so the
    # order of a node's branches never matters. Where a word ends and longer ones go on,
    # an empty last branch tries the longer words first, the word itself when what
    # follows fails.
    branches = [
        re.escape(ch) + _group(_branches(child)) for ch, child in sorted(node.items()) if ch
    ]
    if _END in node and branches:
        branches.append("")
    return branches


def _group(branches: list[str]) -> str:
    if len(branches) == 1:
        return branches[0]
    return f"(?:{'|'.join(branches)})" if branches else ""


def occurrences(text: str, words: set[str], start: int, end: int) -> list[tuple[int, int]]:
    """Where ``words`` occur in ``text[start:end]``: leftmost first, the longest of those
    that start together, no overlaps. What ``re.compile(alternation(words))`` finds, without
    compiling a pattern for a set of words used once."""
    found = []
    for word in words:
        position = text.find(word, start, end)
        while position >= 0:
            found.append((position, position + len(word)))
            position = text.find(word, position + 1, end)
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


@cache
def place_names() -> dict[str, str]:
    """Every known place name and short form -> its full name."""
    table = {name: name for name in resources.places()}
    for short, full in resources.place_short_forms().items():
        table.setdefault(short, full)
    return table
