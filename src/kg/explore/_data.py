"""What the explorer draws, read from a knowledge graph: entities and the facts between them.

The two queries here serve both sides: Python runs them over the whole store, and the
page (given an ``endpoint``) runs them again for one entity, with the ``#FOCUS`` comment
line replaced by a ``VALUES`` restriction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from kg.rdf.vocab import PREFIXES


class SupportsQuery(Protocol):
    """What the explorer reads a graph through: :meth:`kg.KnowledgeGraph.query`, or any
    object that runs SPARQL SELECT over the union of the store's graphs (kg's prefixes
    predeclared) and returns rows of Python values."""

    def query(self, sparql: str, /, **bindings: Any) -> list[dict[str, Any]]:
        """Rows of the SELECT query ``sparql``, one dict per solution."""
        ...


#: Every fact between two entities, with its evidence and its article's title and date.
#: The ``#FOCUS`` line is a comment; the page swaps it for a restriction to one entity.
FACTS_QUERY = """
SELECT ?s ?slabel ?stype ?o ?olabel ?otype ?predicate ?evidence ?article ?title ?date
WHERE {
  GRAPH ?g {
    #FOCUS
    ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?evidence ;
       prov:wasDerivedFrom ?a .
    FILTER (isIRI(?o))
    ?a kg:articleId ?article .
    OPTIONAL { ?a schema:headline ?title }
    OPTIONAL { ?a schema:datePublished ?date }
    ?s rdfs:label ?slabel ; a ?sc . ?o rdfs:label ?olabel ; a ?oc .
  }
  FILTER (STRSTARTS(STR(?sc), STR(kg:)) && STRSTARTS(STR(?oc), STR(kg:)))
  BIND (STRAFTER(STR(?sc), "#") AS ?stype)
  BIND (STRAFTER(STR(?oc), "#") AS ?otype)
  BIND (STRAFTER(STR(?p), "#") AS ?predicate)
}
"""

#: Other names of entities (``skos:altLabel``); ``#FOCUS`` as in :data:`FACTS_QUERY`.
ALIASES_QUERY = """
SELECT DISTINCT ?x ?alias
WHERE { GRAPH ?g {
  #FOCUS
  ?x skos:altLabel ?alias .
} }
"""


def with_prefixes(query: str) -> str:
    """``query`` with the ``PREFIX`` lines it needs, for an endpoint that knows none."""
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in sorted(PREFIXES.items())]
    return "\n".join(lines) + "\n" + query


@dataclass(frozen=True)
class EntityNode:
    """An entity the explorer can draw.

    Attributes:
        id: A key unique in the graph (the entity's IRI).
        label: The entity's name.
        type: Its type, one of :data:`kg.ENTITY_TYPES` (others are drawn in grey).
        aliases: Its other names.
    """

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactEdge:
    """One fact between two entities, as one article states it.

    Attributes:
        source: The :attr:`EntityNode.id` of the subject.
        target: The :attr:`EntityNode.id` of the object.
        predicate: The predicate, one of :data:`kg.PREDICATES`.
        evidence: The sentence the fact was read from.
        article: The article id.
        title: The article's headline, where known.
        date: The article's publication date (ISO), where known.
    """

    source: str
    target: str
    predicate: str
    evidence: str = ""
    article: str = ""
    title: str | None = None
    date: str | None = None


def network_of(graph: SupportsQuery) -> tuple[list[EntityNode], list[FactEdge]]:
    """The entities of ``graph`` that take part in facts, and those facts.

    Args:
        graph: The knowledge graph (a :class:`kg.KnowledgeGraph`, or any
            :class:`SupportsQuery`).

    Returns:
        The entities (each once, with its aliases) and one edge per fact and article.
    """
    aliases: dict[str, set[str]] = {}
    for row in graph.query(ALIASES_QUERY):
        aliases.setdefault(row["x"], set()).add(row["alias"])
    nodes: dict[str, tuple[str, str]] = {}
    edges: list[FactEdge] = []
    for row in graph.query(FACTS_QUERY):
        # An entity named differently in two articles keeps the first name seen.
        nodes.setdefault(row["s"], (row["slabel"], row["stype"]))
        nodes.setdefault(row["o"], (row["olabel"], row["otype"]))
        edges.append(
            FactEdge(
                source=row["s"],
                target=row["o"],
                predicate=row["predicate"],
                evidence=row["evidence"],
                article=row["article"],
                title=row["title"],
                date=None if row["date"] is None else str(row["date"]),
            )
        )
    entities = [
        EntityNode(
            id=iri,
            label=label,
            type=kind,
            aliases=tuple(sorted(aliases.get(iri, set()) - {label})),
        )
        for iri, (label, kind) in nodes.items()
    ]
    return entities, edges
