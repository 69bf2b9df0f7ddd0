"""Export in every format and read it back: the same graph (rdflib.compare)."""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.graph import KnowledgeGraph
from kg.ingest import load_articles

SAMPLES = Path(str(resources.files("kg.resources").joinpath("samples")))


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    built = KnowledgeGraph(tmp_path_factory.mktemp("export") / "store")
    built.add(load_articles(sorted(str(p) for p in SAMPLES.iterdir() if p.suffix != ".md")))
    return built


def _original(graph: KnowledgeGraph) -> rdflib.Dataset:
    data = io.BytesIO()
    graph.export(data, "nq")
    return rdflib.Dataset().parse(data=data.getvalue(), format="nquads")


def _union(dataset: rdflib.Dataset) -> rdflib.Graph:
    union = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _graphs(dataset: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


@pytest.mark.parametrize(("name", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt")])
def test_triple_formats_round_trip(
    graph: KnowledgeGraph, tmp_path: Path, name: str, rdflib_format: str
) -> None:
    path = tmp_path / f"graph.{name}"
    graph.export(path, name)
    back = rdflib.Graph().parse(path, format=rdflib_format)
    assert len(back) > 1000
    assert isomorphic(back, _union(_original(graph)))


@pytest.mark.parametrize(
    ("name", "rdflib_format"), [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")]
)
def test_dataset_formats_round_trip(
    graph: KnowledgeGraph, tmp_path: Path, name: str, rdflib_format: str
) -> None:
    path = tmp_path / f"graph.{name}"
    graph.export(path, name)
    back = _graphs(rdflib.Dataset().parse(path, format=rdflib_format))
    original = _graphs(_original(graph))
    assert back.keys() == original.keys() and len(back) == 7  # 6 articles + derived
    for name_, expected in original.items():
        assert isomorphic(back[name_], expected), name_


def test_graphml_for_gephi(graph: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    graph.export(path, "graphml")
    back = nx.read_graphml(path)
    network = graph.to_networkx()
    assert back.number_of_nodes() == network.number_of_nodes() > 50
    assert back.number_of_edges() == network.number_of_edges()
    assert {d["type"] for _, d in back.nodes(data=True)} >= {"Person", "Meeting", "Place", "Post"}


def test_export_leaves_no_partial_file_on_failure(graph: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="unknown export format"):
        graph.export(tmp_path / "graph.xyz", "xyz")
    assert list(tmp_path.iterdir()) == []
