"""The vocabulary, read from the ontology file shipped with kg.

Every class and property the graph builder writes is named here and must be declared
in ``ontology/kg.ttl`` (or be a term of the W3C vocabularies it imports); a term
missing there is an error when the vocabulary is first loaded, not when a graph is
serialised. ``KG`` is the ontology namespace; ``ID`` and ``GRAPH`` are where entity and
named-graph IRIs are minted.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import KgError
from kg.model import ENTITY_TYPES, PREDICATES

KG = "https://w3id.org/kg-news/ontology#"
ID = "https://w3id.org/kg-news/id/"
GRAPH = "https://w3id.org/kg-news/graph/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
TIME = "http://www.w3.org/2006/time#"

PREFIXES = {
    "kg": KG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "org": ORG,
    "schema": SCHEMA,
    "prov": PROV,
    "time": TIME,
}

#: Classes of the ontology, by the entity type names of the fact contract and our own.
CLASSES = (*ENTITY_TYPES, "Article", "Fact", "PostHolding")

#: kg: properties the builder writes: the eight fact predicates and the provenance and
#: metadata terms.
PROPERTIES = (
    *PREDICATES,
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
    "post",
    "attestations",
    "latestArticle",
    "jurisdiction",
)

ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl`` and ``shapes.ttl`` (shipped inside the package)."""
    return Path(str(resources.files("kg").joinpath("ontology")))


@cache
def declared_terms() -> frozenset[str]:
    """IRIs declared in the ontology as classes or properties."""
    import pyoxigraph as ox

    store = ox.Store()
    with open(ontology_dir() / ONTOLOGY_FILE, "rb") as handle:
        store.load(handle, ox.RdfFormat.TURTLE)
    rows = store.query(
        "SELECT DISTINCT ?t WHERE { ?t a ?k . VALUES ?k { owl:Class owl:ObjectProperty "
        "owl:DatatypeProperty owl:AnnotationProperty rdf:Property } }",
        prefixes=PREFIXES,
    )
    assert isinstance(rows, ox.QuerySolutions)
    return frozenset(row["t"].value for row in rows)


@cache
def check_vocabulary() -> None:
    """Fail unless every class and property the builder writes is in the ontology.

    Raises:
        KgError: A term is missing; the message lists them.
    """
    declared = declared_terms()
    missing = [KG + t for t in CLASSES + PROPERTIES if KG + t not in declared]
    if missing:
        raise KgError(
            f"ontology {ontology_dir() / ONTOLOGY_FILE} does not declare {', '.join(missing)}; "
            "add them there before building graphs"
        )


def kg(term: str) -> str:
    """The IRI of a kg: term, checked against the ontology."""
    check_vocabulary()
    if term not in CLASSES and term not in PROPERTIES:
        raise KgError(f"kg:{term} is not a term the graph builder knows")
    return KG + term
