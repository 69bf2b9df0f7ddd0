"""What extractors return: relations checked against the ontology's predicates, and
quick to build."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from kg.errors import RegistryError
from kg.extract import Relation
from kg.model import Mention, Sentence, quick_init


def _relation() -> Relation:
    sentence = Sentence(0, 4, "甲乙丙丁", 0)
    return Relation(
        Mention(0, 1, "甲"), "holdsPost", Mention(1, 2, "乙", "Post"), sentence, 0.9, "x"
    )


def test_an_unknown_predicate_is_refused() -> None:
    with pytest.raises(RegistryError):
        dataclasses.replace(_relation(), predicate="likes")


def test_quick_init_takes_the_fields_with_their_defaults() -> None:
    assert list(inspect.signature(Mention).parameters) == [
        f.name for f in dataclasses.fields(Mention)
    ]
    mention = Mention(3, 5, "刘胜")
    assert (mention.label, mention.name, mention.sentence) == ("Person", "", 0)
    assert mention == Mention(start=3, end=5, text="刘胜", label="Person")
    assert hash(mention) == hash(Mention(3, 5, "刘胜"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 4  # type: ignore[misc]
    with pytest.raises(TypeError):
        Mention(3, 5)  # type: ignore[call-arg]


def test_quick_init_refuses_default_factories() -> None:
    @dataclasses.dataclass(frozen=True)
    class WithFactory:
        items: list[str] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(WithFactory)
