"""The data model every stage shares: articles, sentences, tokens, mentions, entities, facts.

Only frozen dataclasses live here (and the decorator that makes them quick to build):
no I/O and no imports from other stages. Offsets are half-open ``[start, end)``
character offsets into :attr:`Article.text`, the text the user gave, and every span's
``text`` equals that slice.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any, TypeVar, cast

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """Give the frozen dataclass ``cls`` an ``__init__`` that stores its fields at once.

    The ``__init__`` that ``dataclass(frozen=True)`` writes sets each field through
    ``object.__setattr__``, which is most of what making one of the many spans, mentions
    and facts of an article costs. This one takes the same arguments with the same
    defaults, fills the instance's ``__dict__`` in one call and then runs
    ``__post_init__`` if the class has one: the instance is the same.
    """
    declared = fields(cast(Any, cls))
    names = [f.name for f in declared]
    defaults = {f.name: f.default for f in declared if f.default is not MISSING}
    if any(f.default_factory is not MISSING for f in declared):
        raise TypeError(f"{cls.__name__}: quick_init does not handle default factories")
    parameters = ", ".join(f"{n}=_default_{n}" if n in defaults else n for n in names)
    body = f"self.__dict__.update({', '.join(f'{n}={n}' for n in names)})"
    if hasattr(cls, "__post_init__"):
        body += "; self.__post_init__()"
    namespace = {f"_default_{name}": value for name, value in defaults.items()}
    # Written out and compiled, as dataclasses writes the __init__ it makes.
    exec(f"def __init__(self, {parameters}):\n    {body}\n", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", init)  # noqa: B010 (mypy refuses assigning to a method)
    return cls


#: Entity types of the fact contract (``shared/spec/facts.md``).
ENTITY_TYPES = (
    "Person",
    "Organization",
    "Place",
    "Post",
    "Meeting",
    "Goal",
    "Achievement",
    "Statement",
)

#: Predicates of the fact contract, with the literal type of ``heldOn``'s object.
PREDICATES = (
    "holdsPost",
    "attended",
    "convened",
    "heldOn",
    "partOf",
    "targets",
    "stated",
    "achieved",
)

DATE_TYPE = "Date"


@dataclass(frozen=True)
class Article:
    """One article as read from its source.

    Attributes:
        id: The article id: the ``id`` field for JSON Lines, the file name without
            extension otherwise.
        text: The text the user gave; every offset refers to it.
        title: The headline, where known.
        date: Publication date as ISO 8601 (``2021-03-08``), where known.
        time: Publication time (``08:21``), where known.
        source: The publishing outlet or data set.
        url: Where the article was published.
        original_title: The original headline of a republished article.
        editors: Editors named in the page footer.
        body_start: Offset where the body (the text to extract from) starts.
        body_end: Offset where the body ends; ``None`` means the end of ``text``.
        path: The file the article was read from, for messages.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    time: str | None = None
    source: str | None = None
    url: str | None = None
    original_title: str | None = None
    editors: tuple[str, ...] = ()
    body_start: int = 0
    body_end: int | None = None
    path: str | None = None

    @property
    def body_span(self) -> tuple[int, int]:
        """The ``[start, end)`` span of the body within :attr:`text`."""
        end = len(self.text) if self.body_end is None else self.body_end
        return self.body_start, end


@quick_init
@dataclass(frozen=True)
class Span:
    """A ``[start, end)`` slice of an article's text."""

    start: int
    end: int
    text: str


@quick_init
@dataclass(frozen=True)
class Sentence(Span):
    """A sentence of the body, the unit that evidence is given in."""

    index: int = 0


@quick_init
@dataclass(frozen=True)
class Token(Span):
    """A segmented word with its part-of-speech tag (jieba's tag set)."""

    tag: str = "x"


@quick_init
@dataclass(frozen=True)
class Mention(Span):
    """A typed mention of an entity.

    Attributes:
        label: One of :data:`ENTITY_TYPES`.
        name: The canonical name the mention resolves to (defaults to ``text``).
        sentence: Index of the sentence the mention is in.
    """

    label: str = "Person"
    name: str = ""
    sentence: int = 0

    @property
    def canonical(self) -> str:
        """The name this mention stands for."""
        return self.name or self.text


@quick_init
@dataclass(frozen=True)
class Entity:
    """One entity of an article, however often it is mentioned.

    Attributes:
        type: One of :data:`ENTITY_TYPES`.
        name: Canonical name.
        aliases: Other names the article uses for it.
        attributes: Extra typed values, e.g. ``("deadline", "2025")`` for a goal.
    """

    type: str
    name: str
    aliases: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()


@quick_init
@dataclass(frozen=True)
class Evidence:
    """The sentence a fact came from."""

    text: str
    start: int
    end: int


@quick_init
@dataclass(frozen=True)
class Fact:
    """A relation between two entities (or an entity and a date), with its evidence.

    Attributes:
        article: The article id.
        subject: The subject entity.
        predicate: One of :data:`PREDICATES`.
        object: The object entity; for ``heldOn`` an entity of type ``Date``.
        evidence: The sentence the fact came from.
        confidence: How sure the extractor is, in ``[0, 1]``.
        extractor: The registered name of the extractor that found it.
    """

    article: str
    subject: Entity
    predicate: str
    object: Entity
    evidence: Evidence
    confidence: float
    extractor: str

    def to_json(self) -> dict[str, Any]:
        """The fact as one line of ``kg extract`` output (see ``shared/spec/facts.md``)."""
        row: dict[str, Any] = {
            "article": self.article,
            "subject": self.subject.name,
            "subject_type": self.subject.type,
            "predicate": self.predicate,
            "object": self.object.name,
            "object_type": self.object.type,
            "evidence": self.evidence.text,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "confidence": round(self.confidence, 3),
            "extractor": self.extractor,
        }
        if self.subject.aliases:
            row["subject_aliases"] = list(self.subject.aliases)
        if self.object.aliases:
            row["object_aliases"] = list(self.object.aliases)
        for key, value in self.object.attributes:
            row[key] = value
        return row


@dataclass
class ExtractionResult:
    """What extraction found in one article: its entities and facts."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
