"""Word lists and the lookups built on them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kg.nlp.lexicon import alternation, alternatives, occurrences

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
