"""Exact-span scoring on spans we make by hand."""

from __future__ import annotations

import pytest

from kg.ner.score import score


def test_only_exact_start_end_and_type_count() -> None:
    gold = [(0, 2, "Person"), (3, 8, "Organization"), (9, 11, "Place")]
    predicted = [(0, 2, "Person"), (3, 7, "Organization"), (9, 11, "Person")]
    scores = score([(gold, predicted)])
    assert (scores["Person"].gold, scores["Person"].predicted, scores["Person"].correct) == (1, 2, 1)
    assert scores["Organization"].correct == 0
    assert scores["Place"].recall == 0.0
    assert scores["Person"].precision == pytest.approx(0.5)
    assert scores["Person"].f1 == pytest.approx(2 / 3)


def test_counts_add_up_over_sentences_and_empty_types_score_zero() -> None:
    scores = score([([(0, 2, "Post")], [(0, 2, "Post")]), ([(1, 3, "Post")], [])])
    assert scores["Post"].recall == pytest.approx(0.5)
    assert scores["Post"].precision == pytest.approx(1.0)
    empty = score([([], [(0, 1, "Place")])])["Place"]
    assert (empty.recall, empty.f1) == (0.0, 0.0)
