"""What an extractor is, what it returns, and the registry that finds one by name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Protocol

from kg.errors import RegistryError
from kg.model import PREDICATES, Mention, Sentence, quick_init
from kg.nlp.doc import Doc


@quick_init
@dataclass(frozen=True)
class Relation:
    """A relation between two mentions, found in one sentence.

    ``object`` is a mention of label ``Date`` (its name the ISO date) for ``heldOn``.
    """

    subject: Mention
    predicate: str
    object: Mention
    sentence: Sentence
    confidence: float
    extractor: str

    def __post_init__(self) -> None:
        if self.predicate not in PREDICATES:
            raise RegistryError(
                f"extractor {self.extractor!r}: unknown predicate {self.predicate!r}"
            )


@dataclass
class Extraction:
    """What one extractor found in one article."""

    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


class Extractor(Protocol):
    """An extractor: a named function of an annotated article.

    Attributes:
        name: The registered name.
        requires: Names of extractors whose mentions this one reads from ``doc.mentions``.
    """

    @property
    def name(self) -> str:
        """The name the extractor is registered and selected by."""

    @property
    def requires(self) -> tuple[str, ...]:
        """Names of extractors whose mentions this one reads from ``doc.mentions``."""

    def __call__(self, doc: Doc) -> Extraction: ...


@dataclass(frozen=True)
class FunctionExtractor:
    """An extractor made from a plain function by :func:`register`."""

    name: str
    requires: tuple[str, ...]
    function: Callable[[Doc], Extraction]

    def __call__(self, doc: Doc) -> Extraction:
        return self.function(doc)


EXTRACTORS: dict[str, Extractor] = {}
ENTRY_POINT_GROUP = "kg.extractors"


def register(
    name: str, requires: tuple[str, ...] = ()
) -> Callable[[Callable[[Doc], Extraction]], Callable[[Doc], Extraction]]:
    """Register a function ``doc -> Extraction`` as the extractor ``name``."""

    def decorate(function: Callable[[Doc], Extraction]) -> Callable[[Doc], Extraction]:
        EXTRACTORS[name] = FunctionExtractor(name, requires, function)
        return function

    return decorate


def _load_entry_points() -> None:
    for point in entry_points(group=ENTRY_POINT_GROUP):
        if point.name not in EXTRACTORS:
            extractor = point.load()
            EXTRACTORS[point.name] = extractor


def get_extractors(names: list[str] | None = None) -> list[Extractor]:
    """The extractors named (all registered ones when ``None``), in an order that
    runs every extractor after those it requires.

    Raises:
        RegistryError: An unknown name, or requirements that form a cycle.
    """
    _load_entry_points()
    wanted = list(EXTRACTORS) if names is None else names
    ordered: list[Extractor] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if any(e.name == name for e in ordered):
            return
        if name in visiting:
            raise RegistryError(f"extractor requirements form a cycle through {name!r}")
        if name not in EXTRACTORS:
            raise RegistryError(
                f"unknown extractor {name!r}; registered: {', '.join(sorted(EXTRACTORS))}"
            )
        visiting.add(name)
        for required in EXTRACTORS[name].requires:
            visit(required)
        visiting.discard(name)
        ordered.append(EXTRACTORS[name])

    for name in wanted:
        visit(name)
    return ordered
