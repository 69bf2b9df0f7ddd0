"""Shared fixtures: the facts of a text, and where ../shared is."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def triples(text: str, date: str | None = "2024-03-08") -> set[tuple[str, str, str]]:
    """(subject, predicate, object) names of the facts extracted from ``text``."""
    return {(f.subject.name, f.predicate, f.object.name) for f in kg.extract(text, date=date)}


@pytest.fixture
def shared() -> Path:
    """The read-only shared folder; tests that need it skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared not present at {SHARED}: real articles and gold are not available")
    return SHARED
