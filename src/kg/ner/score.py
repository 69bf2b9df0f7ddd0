"""Exact-span scoring: a predicted span counts when its start, end and type all match a
gold span of the same sentence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: A span as scored: ``(start, end, type)``.
Triple = tuple[int, int, str]


@dataclass(slots=True)
class TypeScore:
    """Counts for one entity type.

    Attributes:
        gold: Gold spans.
        predicted: Predicted spans.
        correct: Predicted spans that match a gold span exactly.
    """

    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        """Correct over predicted (0 when nothing was predicted)."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Correct over gold (0 when there is no gold span)."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score(pairs: Iterable[tuple[Iterable[Triple], Iterable[Triple]]]) -> dict[str, TypeScore]:
    """Score sentences given as ``(gold spans, predicted spans)`` pairs, per type.

    Returns:
        Type -> counts, for every type seen in either gold or predicted spans.
    """
    scores: dict[str, TypeScore] = {}
    for gold, predicted in pairs:
        gold_set = set(gold)
        predicted_set = set(predicted)
        for _, _, kind in gold_set:
            scores.setdefault(kind, TypeScore()).gold += 1
        for triple in predicted_set:
            entry = scores.setdefault(triple[2], TypeScore())
            entry.predicted += 1
            entry.correct += triple in gold_set
    return scores
