"""The ontology (ontology/kg.ttl) and the SHACL shapes (ontology/shapes.ttl).

The files parse with both RDF libraries kg uses, declare every term the graph builder
writes with Chinese and English labels and comments, and the shapes accept a small graph
written the way the builder writes it and reject broken ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, SH, Graph, Literal, Namespace, URIRef

import kg.rdf.vocab as vocab
from kg.errors import KgError
from kg.rdf.vocab import (
    CLASSES,
    KG,
    ONTOLOGY_FILE,
    PROPERTIES,
    SHAPES_FILE,
    check_vocabulary,
    ontology_dir,
)

KGNS = Namespace(KG)
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")

#: The eight fact predicates of shared/spec/facts.md.
FACT_PREDICATES = (
    "holdsPost",
    "attended",
    "convened",
    "heldOn",
    "partOf",
    "targets",
    "stated",
    "achieved",
)
DATATYPE_PROPERTIES = {
    "heldOn",
    "articleId",
    "source",
    "editor",
    "originalTitle",
    "publishedTime",
    "evidence",
    "evidenceStart",
    "evidenceEnd",
    "extractor",
    "confidence",
    "deadline",
    "attestations",
}

PREFIXES = """\
@prefix kg:     <https://w3id.org/kg-news/ontology#> .
@prefix id:     <https://w3id.org/kg-news/id/> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix time:   <http://www.w3.org/2006/time#> .
"""

#: A graph written the way the builder writes it: one article, a person holding a post,
#: the meeting the person attended, the provenance node of the holdsPost fact, and the
#: post holding.
CONFORMING = (
    PREFIXES
    + """
id:article-linhai-2021-03-06 a kg:Article ;
    kg:articleId "linhai-2021-03-06" ;
    schema:headline "临海区召开2021年宣传思想文化工作会议"@zh ;
    schema:datePublished "2021-03-06"^^xsd:date ;
    schema:url <https://news.example.cn/linhai/2021-03/06/content_1024.htm> ;
    kg:source "临海新闻网" ;
    kg:editor "陈晓梅" ;
    kg:originalTitle "凝心聚力开新局"@zh ;
    kg:publishedTime "09:30:00"^^xsd:time .

id:person-linzhiyuan a kg:Person ;
    rdfs:label "林志远"@zh ;
    kg:holdsPost id:post-quweishuji ;
    kg:attended id:meeting-xuanchuan-2021 .

id:post-quweishuji a kg:Post ;
    rdfs:label "区委书记"@zh ;
    skos:altLabel "临海区委书记"@zh ;
    kg:jurisdiction id:place-linhai .

id:place-linhai a kg:Place ;
    rdfs:label "临海区"@zh ;
    kg:convened id:meeting-xuanchuan-2021 .

id:meeting-xuanchuan-2021 a kg:Meeting ;
    rdfs:label "2021年宣传思想文化工作会议"@zh ;
    kg:heldOn "2021-03-05"^^xsd:date .

id:fact-1 a kg:Fact ;
    rdf:subject id:person-linzhiyuan ;
    rdf:predicate kg:holdsPost ;
    rdf:object id:post-quweishuji ;
    prov:wasDerivedFrom id:article-linhai-2021-03-06 ;
    kg:evidence "临海区委书记林志远出席会议并讲话。"@zh ;
    kg:evidenceStart "120"^^xsd:integer ;
    kg:evidenceEnd "137"^^xsd:integer ;
    kg:extractor "rules" ;
    kg:confidence 0.93 .

id:holding-1 a kg:PostHolding ;
    org:member id:person-linzhiyuan ;
    kg:post id:post-quweishuji ;
    org:memberDuring [
        a time:Interval ;
        time:hasBeginning [ a time:Instant ; time:inXSDDate "2021-03-06"^^xsd:date ] ;
        time:hasEnd [ a time:Instant ; time:inXSDDate "2021-03-06"^^xsd:date ]
    ] ;
    kg:attestations "1"^^xsd:integer ;
    kg:latestArticle id:article-linhai-2021-03-06 .
"""
)

#: The article the broken facts below are derived from.
ARTICLE = (
    PREFIXES
    + """
id:article-1 a kg:Article ; kg:articleId "linhai-2021-03-06" .
id:person-1 a kg:Person ; rdfs:label "林志远"@zh .
id:post-1 a kg:Post ; rdfs:label "区委书记"@zh .
"""
)

FACT_TEMPLATE = """
id:fact-1 a kg:Fact ;
    rdf:subject id:person-1 ;
    rdf:predicate kg:holdsPost ;
    rdf:object id:post-1 ;
    prov:wasDerivedFrom id:article-1 ;
    {evidence}
    kg:evidenceStart "0"^^xsd:integer ;
    kg:evidenceEnd "{end}"^^xsd:integer ;
    kg:extractor "rules" ;
    kg:confidence {confidence} .
"""
EVIDENCE = 'kg:evidence "区委书记林志远讲话。"@zh ;'


def fact(evidence: str = EVIDENCE, end: int = 10, confidence: str = "0.8") -> str:
    """A graph holding one fact about id:person-1, with the given values."""
    return ARTICLE + FACT_TEMPLATE.format(evidence=evidence, end=end, confidence=confidence)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_dir() / SHAPES_FILE, format="turtle")


def conforms(data: str, shapes: Graph) -> tuple[bool, str]:
    """Whether the Turtle ``data`` conforms to ``shapes``, and the report text."""
    graph = Graph().parse(data=data, format="turtle")
    ok, _, text = validate(graph, shacl_graph=shapes, inference="none")
    return bool(ok), str(text)


# --- parsing ------------------------------------------------------------------------


@pytest.mark.parametrize("name", [ONTOLOGY_FILE, SHAPES_FILE])
def test_parses_with_rdflib(name: str) -> None:
    graph = Graph().parse(ontology_dir() / name, format="turtle")
    assert len(graph) > 50


@pytest.mark.parametrize("name", [ONTOLOGY_FILE, SHAPES_FILE])
def test_parses_with_pyoxigraph(name: str) -> None:
    triples = list(ox.parse(path=ontology_dir() / name, format=ox.RdfFormat.TURTLE))
    assert len(triples) > 50


def test_ontology_dir_is_the_repository_folder() -> None:
    here = Path(__file__).resolve().parents[2] / "ontology"
    assert (ontology_dir() / ONTOLOGY_FILE).resolve() == (here / ONTOLOGY_FILE).resolve()


# --- the ontology declares the vocabulary -------------------------------------------


def test_vocabulary_is_declared() -> None:
    check_vocabulary()


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert not list(ontology.objects(ONTOLOGY_IRI, OWL.imports))
    dcterms = Namespace("http://purl.org/dc/terms/")
    for prop in (dcterms.title, dcterms.description, RDFS.comment):
        langs = {o.language for o in ontology.objects(ONTOLOGY_IRI, prop)}
        assert {"zh", "en"} <= langs, prop


def test_terms_have_the_right_kind(ontology: Graph) -> None:
    for name in CLASSES:
        assert (KGNS[name], RDF.type, OWL.Class) in ontology, name
    for name in PROPERTIES:
        kind = OWL.DatatypeProperty if name in DATATYPE_PROPERTIES else OWL.ObjectProperty
        assert (KGNS[name], RDF.type, kind) in ontology, name


def test_no_undeclared_extras(ontology: Graph) -> None:
    """Every kg: term the ontology defines is one the builder knows."""
    defined = {
        str(s)
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(KG)
    }
    assert defined == {KG + t for t in CLASSES + PROPERTIES}


@pytest.mark.parametrize("name", CLASSES + PROPERTIES)
def test_term_is_labelled_in_chinese_and_english(ontology: Graph, name: str) -> None:
    rows = ontology.query(
        "SELECT ?p (LANG(?o) AS ?lang) WHERE { ?t ?p ?o . VALUES ?p { rdfs:label rdfs:comment } }",
        initBindings={"t": KGNS[name]},
        initNs={"rdfs": RDFS},
    )
    found = {(row.p, str(row.lang)) for row in rows}  # type: ignore[union-attr]
    for prop in (RDFS.label, RDFS.comment):
        for lang in ("zh", "en"):
            assert (prop, lang) in found, f"kg:{name} lacks an @{lang} {prop}"


def test_fact_classes_are_disjoint(ontology: Graph) -> None:
    rows = ontology.query(
        "SELECT ?c WHERE { ?d a owl:AllDisjointClasses ; owl:members/rdf:rest*/rdf:first ?c }",
        initNs={"owl": OWL, "rdf": RDF},
    )
    members = {str(row.c) for row in rows}  # type: ignore[union-attr]
    assert members == {KG + c for c in CLASSES if c != "PostHolding"}


# --- the shapes ---------------------------------------------------------------------


def test_every_class_has_a_shape(shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    assert targeted == {KGNS[c] for c in CLASSES}


def test_fact_predicates_are_the_eight(shapes: Graph) -> None:
    rows = shapes.query(
        "SELECT ?p WHERE { ?s sh:path rdf:predicate ; sh:in/rdf:rest*/rdf:first ?p }",
        initNs={"sh": SH, "rdf": RDF},
    )
    assert {str(row.p) for row in rows} == {KG + p for p in FACT_PREDICATES}  # type: ignore[union-attr]


def test_shapes_accept_a_conforming_graph(shapes: Graph) -> None:
    ok, report = conforms(CONFORMING, shapes)
    assert ok, report


def test_shapes_accept_partial_dates(shapes: Graph) -> None:
    data = (
        PREFIXES
        + """
    id:m1 a kg:Meeting ; rdfs:label "文明城市创建誓师大会"@zh ; kg:heldOn "2021-03"^^xsd:gYearMonth .
    id:m2 a kg:Meeting ; rdfs:label "全区经济工作会议"@zh ; kg:heldOn "2021"^^xsd:gYear .
    id:g1 a kg:Goal ; rdfs:label "基本建成北部文化高地"@zh ; kg:deadline "2025"^^xsd:gYear .
    """
    )
    ok, report = conforms(data, shapes)
    assert ok, report


def test_the_broken_fact_template_is_fine_when_unbroken(shapes: Graph) -> None:
    ok, report = conforms(fact(), shapes)
    assert ok, report


BROKEN = [
    pytest.param(fact(confidence="1.5"), KGNS.confidence, id="confidence-above-one"),
    pytest.param(fact(confidence='"0.5"'), KGNS.confidence, id="confidence-not-decimal"),
    pytest.param(fact(evidence=""), KGNS.evidence, id="evidence-missing"),
    pytest.param(
        fact(evidence='kg:evidence "区委书记林志远讲话。" ;'), KGNS.evidence, id="evidence-untagged"
    ),
    pytest.param(fact(end=0), KGNS.evidenceStart, id="evidence-empty-range"),
    pytest.param(
        fact().replace("rdf:predicate kg:holdsPost", "rdf:predicate kg:knows"),
        RDF.predicate,
        id="predicate-not-a-fact-predicate",
    ),
    pytest.param(
        PREFIXES
        + """
        id:person-1 a kg:Person ; rdfs:label "林志远"@zh ; kg:holdsPost id:meeting-1 .
        id:meeting-1 a kg:Meeting ; rdfs:label "2021年宣传思想文化工作会议"@zh .
        """,
        KGNS.holdsPost,
        id="holds-post-points-to-meeting",
    ),
    pytest.param(
        PREFIXES + 'id:person-1 a kg:Person ; rdfs:label "Lin Zhiyuan"@en .',
        RDFS.label,
        id="label-not-chinese",
    ),
    pytest.param(
        PREFIXES + 'id:m1 a kg:Meeting ; rdfs:label "全区大会"@zh ; kg:heldOn "3月5日" .',
        KGNS.heldOn,
        id="held-on-not-a-date",
    ),
    pytest.param(
        PREFIXES
        + """
        id:person-1 a kg:Person ; rdfs:label "林志远"@zh .
        id:post-1 a kg:Post ; rdfs:label "区委书记"@zh .
        id:article-1 a kg:Article ; kg:articleId "a1" .
        id:holding-1 a kg:PostHolding ; org:member id:person-1 ; kg:post id:post-1 ;
            kg:attestations "0"^^xsd:integer ; kg:latestArticle id:article-1 .
        """,
        KGNS.attestations,
        id="attestations-not-positive",
    ),
    pytest.param(
        PREFIXES
        + """
        id:person-1 a kg:Person ; rdfs:label "林志远"@zh .
        id:post-1 a kg:Post ; rdfs:label "区委书记"@zh .
        id:holding-1 a kg:PostHolding ; org:member id:person-1 ; kg:post id:post-1 ;
            kg:attestations "1"^^xsd:integer ; kg:latestArticle id:person-1 .
        """,
        KGNS.latestArticle,
        id="latest-article-not-an-article",
    ),
]


@pytest.mark.parametrize(("data", "path"), BROKEN)
def test_shapes_reject_broken_data(shapes: Graph, data: str, path: URIRef) -> None:
    """Each broken graph fails, and only on the property it breaks."""
    graph = Graph().parse(data=data, format="turtle")
    ok, results, text = validate(graph, shacl_graph=shapes, inference="none")
    assert not ok, text
    assert isinstance(results, Graph)
    assert set(results.objects(None, SH.resultPath)) == {path}, text


# --- check_vocabulary fails on a missing term ---------------------------------------


@pytest.fixture
def fresh_vocabulary_cache() -> Iterator[None]:
    check_vocabulary.cache_clear()
    yield
    check_vocabulary.cache_clear()


@pytest.mark.usefixtures("fresh_vocabulary_cache")
def test_check_vocabulary_raises_on_a_missing_term(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocab, "CLASSES", vocab.CLASSES + ("Nonexistent",))
    with pytest.raises(KgError, match="Nonexistent"):
        vocab.check_vocabulary()
    monkeypatch.undo()
    check_vocabulary.cache_clear()
    vocab.check_vocabulary()
