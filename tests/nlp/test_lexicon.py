"""Word lists and the lookups built on them."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kg.nlp.lexicon import (
    WordTags,
    alternation,
    alternatives,
    dictionary_tags,
    jieba_dictionary_entries,
    occurrences,
)

_CHARS = st.sampled_from(list("甲乙丙丁"))


@given(
    st.text(alphabet=_CHARS, max_size=40),
    st.sets(st.text(alphabet=_CHARS, min_size=1, max_size=4), min_size=1),
)
def test_occurrences_are_what_an_alternation_finds(text: str, words: set[str]) -> None:
    end = max(0, len(text) - 1)
    expected = [m.span() for m in re.compile(alternation(sorted(words))).finditer(text, 1, end)]
    assert occurrences(text, words, 1, end) == expected


@given(
    st.text(alphabet=_CHARS, max_size=40),
    st.sets(st.text(alphabet=_CHARS, min_size=1, max_size=4), min_size=1),
)
def test_alternation_matches_as_the_words_longest_first(text: str, words: set[str]) -> None:
    longest_first = "|".join(sorted(words, key=len, reverse=True))
    for suffix in ("", "(?!甲)"):  # also where what follows makes a longer word fail
        expected = re.compile(f"(?:{longest_first}){suffix}")
        found = re.compile(f"(?:{alternation(words)}){suffix}")
        assert [m.span() for m in found.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ]


@given(
    st.text(alphabet=_CHARS, max_size=40),
    st.sets(st.text(alphabet=_CHARS, min_size=1, max_size=4), min_size=1),
)
def test_the_alternatives_joined_are_the_alternation(text: str, words: set[str]) -> None:
    joined = re.compile("|".join(alternatives(words)))
    assert [m.span() for m in joined.finditer(text)] == [
        m.span() for m in re.compile(alternation(words)).finditer(text)
    ]


def test_the_shipped_word_table_is_the_installed_jiebas_dictionary() -> None:
    expected = dict(jieba_dictionary_entries())
    shipped = dictionary_tags()
    assert len(shipped) == len(expected) > 300_000, "rebuild it: make word-tags"
    assert dict(shipped.items()) == expected, "rebuild it: make word-tags"
    assert shipped.get("中国") == "ns" and shipped.get("习近平") == "nrfg"


def test_a_word_table_reads_back_what_was_saved(tmp_path: Path) -> None:
    source = tmp_path / "dict.txt"
    source.write_text("中国 9000 ns\n罕见 2 a\n说 500 v\n说 600 vg\n坏行\n", encoding="utf-8")
    table = dict(jieba_dictionary_entries(source))
    assert table == {"中国": "ns", "说": "vg"}  # rare words left out, the last tag kept
    WordTags.build(table).save(tmp_path / "words.marisa")
    opened = WordTags.open(tmp_path / "words.marisa")
    assert dict(opened.items()) == table and len(opened) == 2
    assert opened.get("说") == "vg" and "中国" in opened
    assert opened.get("中") is None and opened.get("中国人", "n") == "n" and "罕见" not in opened
    # what no trie key can hold is no word: a NUL (marisa ends keys there), a lone surrogate
    for odd in ("\x00", "\x00中", "中\x00", "\ud800中"):
        assert opened.get(odd) is None and odd not in opened, repr(odd)
    assert dictionary_tags().get("\x00青", "x") == "x" and "\x00青" not in dictionary_tags()
