"""One article's facts as quads in the article's own named graph.

Provenance is kept with per-fact nodes (``kg:Fact``, a subclass of ``rdf:Statement``):
the asserted triple is written as is, and a fact node names it with ``rdf:subject`` /
``rdf:predicate`` / ``rdf:object`` and carries the article, evidence sentence, offsets,
extractor and confidence. Per-fact nodes work in every SPARQL 1.1 store (RDF 1.2
triple terms do not yet), and a triple attested by two articles simply has two nodes,
each in its article's graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from urllib.parse import quote

import pyoxigraph as ox

from kg.link import jurisdiction, mint
from kg.model import Article, Entity, ExtractionResult, Fact
from kg.rdf.vocab import GRAPH, ID, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, kg

_TYPE = ox.NamedNode(RDF + "type")
_LABEL = ox.NamedNode(RDFS + "label")
_ALT = ox.NamedNode(SKOS + "altLabel")


def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@cache
def _term(iri: str) -> ox.NamedNode:
    """A vocabulary term's node, made once."""
    return ox.NamedNode(iri)


@cache
def _kg(term: str) -> ox.NamedNode:
    return ox.NamedNode(kg(term))


def _zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def _typed(value: str | int, datatype: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=_term(XSD + datatype))


def article_graph(article_id: str) -> ox.NamedNode:
    """The named graph holding one article's facts."""
    return _node(f"{GRAPH}article/{quote(article_id, safe='')}")


def article_node(article_id: str) -> ox.NamedNode:
    """The IRI of the article itself."""
    return _node(f"{ID}article/{quote(article_id, safe='')}")


def date_literal(value: str) -> ox.Literal:
    """``2021-03-05`` as xsd:date, ``2021-03`` as xsd:gYearMonth, ``2021`` as xsd:gYear."""
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "string")
    return _typed(value, kind)


def article_quads(
    result: ExtractionResult, iris: dict[tuple[str, str], tuple[str, str]]
) -> list[ox.Quad]:
    """Every quad of one article: its metadata, its entities' types and names, its facts
    and their provenance, all in the article's named graph."""
    graph = article_graph(result.article.id)
    triples = list(_article(result.article))
    for entity in {
        (e.type, e.name): e for f in result.facts for e in (f.subject, f.object)
    }.values():
        if (entity.type, entity.name) in iris:
            iri, label = iris[(entity.type, entity.name)]
            triples.extend(_entity(entity, _node(iri), label))
    # Two facts can name one triple once names are linked (西藏 / 西藏自治区): the most
    # confident one speaks for it.
    seen: set[tuple[tuple[str, str], str]] = set()
    for fact in sorted(result.facts, key=lambda f: -f.confidence):
        key = (iris[(fact.subject.type, fact.subject.name)][0], fact.predicate)
        target = (
            fact.object.name
            if fact.predicate == "heldOn"
            else iris[(fact.object.type, fact.object.name)][0]
        )
        if (key, target) in seen:
            continue
        seen.add((key, target))
        triples.extend(_fact(fact, iris, article_node(result.article.id)))
    return [ox.Quad(s, p, o, graph) for s, p, o in dict.fromkeys(triples)]


Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def _article(article: Article) -> Iterator[Triple]:
    node = article_node(article.id)
    yield node, _TYPE, _kg("Article")
    yield node, _kg("articleId"), ox.Literal(article.id)
    if article.title:
        yield node, _term(SCHEMA + "headline"), _zh(article.title)
    if article.date:
        yield node, _term(SCHEMA + "datePublished"), _typed(article.date, "date")
    if article.time:
        yield node, _kg("publishedTime"), _typed(f"{article.time}:00"[:8], "time")
    if article.source:
        yield node, _kg("source"), ox.Literal(article.source)
    if article.original_title:
        yield node, _kg("originalTitle"), _zh(article.original_title)
    for editor in article.editors:
        yield node, _kg("editor"), ox.Literal(editor)
    if article.url:
        try:
            url: ox.NamedNode | ox.Literal = _node(article.url)
        except ValueError:  # not an IRI (spaces, say): keep it as a typed string
            url = _typed(article.url, "anyURI")
        yield node, _term(SCHEMA + "url"), url


def _entity(entity: Entity, node: ox.NamedNode, label: str) -> Iterator[Triple]:
    yield node, _TYPE, _kg(entity.type)
    yield node, _LABEL, _zh(label)
    for alias in sorted({entity.name, *entity.aliases} - {label}):
        yield node, _ALT, _zh(alias)
    for key, value in entity.attributes:
        if key == "deadline" and len(value) == 4:
            yield node, _kg("deadline"), _typed(value, "gYear")
    if entity.type == "Post":
        owner = jurisdiction(entity.name)
        if owner:
            kind, name = owner
            owner_node = _node(mint(kind, name))
            yield node, _kg("jurisdiction"), owner_node
            yield owner_node, _TYPE, _kg(kind)
            yield owner_node, _LABEL, _zh(name)


def _fact(
    fact: Fact, iris: dict[tuple[str, str], tuple[str, str]], article: ox.NamedNode
) -> Iterator[Triple]:
    subject = _node(iris[(fact.subject.type, fact.subject.name)][0])
    predicate = _kg(fact.predicate)
    if fact.predicate == "heldOn":
        obj: ox.NamedNode | ox.Literal = date_literal(fact.object.name)
    else:
        obj = _node(iris[(fact.object.type, fact.object.name)][0])
    yield subject, predicate, obj
    if fact.predicate == "partOf":
        both_orgs = fact.subject.type == fact.object.type == "Organization"
        both_places = fact.subject.type == fact.object.type == "Place"
        if both_orgs:
            yield subject, _term(ORG + "subOrganizationOf"), obj
        elif both_places:
            yield subject, _term(SCHEMA + "containedInPlace"), obj
    key = "\x1f".join((fact.article, subject.value, predicate.value, str(obj)))
    node = _node(f"{ID}fact/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:24]}")
    yield node, _TYPE, _kg("Fact")
    yield node, _term(RDF + "subject"), subject
    yield node, _term(RDF + "predicate"), predicate
    yield node, _term(RDF + "object"), obj
    yield node, _term(PROV + "wasDerivedFrom"), article
    yield node, _kg("evidence"), _zh(fact.evidence.text)
    yield node, _kg("evidenceStart"), _typed(fact.evidence.start, "integer")
    yield node, _kg("evidenceEnd"), _typed(fact.evidence.end, "integer")
    yield node, _kg("extractor"), ox.Literal(fact.extractor)
    yield node, _kg("confidence"), _typed(f"{fact.confidence:.3f}", "decimal")
