"""The remote store against real SPARQL servers: a graph built into the server holds
exactly what an embedded build holds, and kg's queries, the CLI and ``kg serve`` answer
from it as they do from the embedded store."""

from __future__ import annotations

import csv
import gc
import io
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

import kg
from kg.graph import KnowledgeGraph, named_queries
from kg.rdf.mapping import article_graph
from kg.store import EmbeddedStore, StoreError, open_store
from kg.store.remote import (
    RemoteStore,
    RemoteStoreError,
    _Credentials,
    public_url,
    update_endpoint,
    with_prefixes,
)
from tests import serving

from .conftest import SparqlServer, free_port, start_oxigraph, stop

SAMPLES = Path(str(resources.files("kg.resources").joinpath("samples")))
SAMPLE_FILES = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix != ".md")
TOKEN = "s3cret-token"
PERSONS = "SELECT DISTINCT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } ORDER BY ?n"
#: A value for each named query that takes one: every query has rows to compare.
PARAMETERS = {
    "attendees-of": "2024-04-10",
    "entity": "青山区",
    "goals-of": "青山区",
    "posts-of": "高晓梅",
    "timeline-of": "林志远",
}


@dataclass
class Reference:
    """The samples built into an embedded store, and what it answers."""

    path: Path
    quads: set[str]
    graphs: set[str]
    rows: dict[str, Counter[tuple[tuple[str, str], ...]]]
    persons: list[str]


def _rows(graph: KnowledgeGraph) -> dict[str, Counter[tuple[tuple[str, str], ...]]]:
    """Every named query's rows, as a multiset (row order is not compared)."""
    rows = {}
    for name in named_queries():
        bindings = {"name": PARAMETERS[name]} if name in PARAMETERS else {}
        rows[name] = Counter(
            tuple(sorted((k, str(v)) for k, v in row.items()))
            for row in graph.query_named(name, **bindings)
        )
    return rows


def _quads(store: EmbeddedStore | RemoteStore) -> set[str]:
    return {str(q) for q in store.quads()}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    path = tmp_path_factory.mktemp("embedded") / "store"
    graph = KnowledgeGraph(path)
    summary = graph.add(kg.load_articles(SAMPLE_FILES))
    assert summary.articles == 6 and not summary.errors
    built = Reference(
        path,
        _quads(graph.store),
        {g.value for g in graph.store.named_graphs()},
        _rows(graph),
        [row["n"] for row in graph.query(PERSONS)],
    )
    assert all(built.rows.values()), "every named query has rows to compare"
    graph.close()
    del graph  # releases the folder's lock for the CLI's processes
    gc.collect()
    return built


def _build(url: str) -> KnowledgeGraph:
    graph = KnowledgeGraph(url)
    summary = graph.add(kg.load_articles(SAMPLE_FILES))
    assert summary.articles == 6 and not summary.errors
    return graph


# Building into a server


def test_open_store_opens_a_remote_store_for_a_url(oxigraph: SparqlServer, tmp_path: Path) -> None:
    assert isinstance(open_store(oxigraph.url), RemoteStore)
    assert isinstance(open_store(str(tmp_path / "store")), EmbeddedStore)


def test_a_build_holds_the_quads_of_an_embedded_build(
    server: SparqlServer, reference: Reference
) -> None:
    graph = _build(server.url)
    assert _quads(graph.store) == reference.quads
    assert len(graph.store) == len(reference.quads)
    assert {g.value for g in graph.store.named_graphs()} == reference.graphs


def test_every_named_query_answers_as_on_the_embedded_store(
    server: SparqlServer, reference: Reference
) -> None:
    graph = _build(server.url)
    assert _rows(graph) == reference.rows
    assert graph.query("ASK { ?p a kg:Person }") == [{"ask": True}]
    assert graph.query("ASK { ?p a kg:Nothing }") == [{"ask": False}]
    triples = graph.query("CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }")
    assert sorted({t["object"] for t in triples}) == reference.persons


def test_building_twice_replaces_the_article_graphs(
    server: SparqlServer, reference: Reference
) -> None:
    _build(server.url)
    graph = _build(server.url)
    assert _quads(graph.store) == reference.quads
    assert len(graph.store) == len(reference.quads)


def test_replace_graphs_replaces_an_existing_graph(server: SparqlServer) -> None:
    store = RemoteStore(server.url)
    first, second = article_graph("first"), article_graph("second")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

    def quad(subject: str, name: str, graph: ox.NamedNode) -> ox.Quad:
        return ox.Quad(
            ox.NamedNode(f"https://w3id.org/kg-news/id/{subject}"),
            label,
            ox.Literal(name, language="zh"),
            graph,
        )

    store.replace_graphs({first: [quad("a", "旧", first)], second: [quad("b", "乙", second)]})
    store.replace_graphs({first: [quad("a", '新\n"引号"', first)]})
    assert set(store.quads(first)) == {quad("a", '新\n"引号"', first)}
    assert set(store.quads(second)) == {quad("b", "乙", second)}
    assert len(store) == 2


def test_remove_graph(server: SparqlServer, reference: Reference) -> None:
    graph = _build(server.url)
    gone = article_graph("qingshan-2024-04-12")
    kept = article_graph("longhu-2023-10-09")
    assert graph.store.remove_graph(gone)
    assert not list(graph.store.quads(gone))
    assert list(graph.store.quads(kept))
    assert gone not in graph.store.named_graphs()
    assert not graph.store.remove_graph(gone)
    assert graph.remove("longhu-2023-10-09") and not graph.remove("longhu-2023-10-09")
    assert not graph.query_named("posts-of", name="邓文博")


def test_a_large_batch_is_split_only_when_the_server_refuses_it(server: SparqlServer) -> None:
    # 12,000 triples in one graph: one block of an INSERT DATA that Virtuoso's parser
    # refuses (past about 5,000), which the Oxigraph server takes whole.
    store = RemoteStore(server.url)
    graph = article_graph("large")
    quads = [
        ox.Quad(
            ox.NamedNode(f"https://w3id.org/kg-news/id/n/{i}"),
            ox.NamedNode("https://w3id.org/kg-news/ontology#evidence"),
            ox.Literal(f"第{i}句。", language="zh"),
            graph,
        )
        for i in range(12_000)
    ]
    store.replace_graphs({graph: quads})
    assert len(store) == len(quads)
    if server.name == "virtuoso":
        with pytest.raises(StoreError, match="cut the results off at 10000 rows"):
            list(store.quads())
    else:
        assert set(store.quads()) == set(quads)
    store.replace_graphs({graph: quads[:10]})
    assert len(store) == 10


def test_dump_and_load_round_trip(oxigraph: SparqlServer, reference: Reference) -> None:
    graph = _build(oxigraph.url)
    dumped = io.BytesIO()
    graph.store.dump(dumped, ox.RdfFormat.N_QUADS)
    oxigraph.clear()
    assert len(graph.store) == 0
    graph.store.load(io.BytesIO(dumped.getvalue()), ox.RdfFormat.N_QUADS)
    assert _quads(graph.store) == reference.quads


def test_a_read_only_store_refuses_writes(oxigraph: SparqlServer) -> None:
    store = RemoteStore(oxigraph.url, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.update("DROP ALL")
    with pytest.raises(StoreError, match="read-only"):
        store.remove_graph(article_graph("x"))


# Errors


def test_an_unreachable_server_is_a_store_error_naming_the_url() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError, match=f"cannot reach the SPARQL server at {url}"):
        KnowledgeGraph(url).query(PERSONS)


def test_a_refused_query_or_update_is_a_store_error_with_the_servers_answer(
    oxigraph: SparqlServer,
) -> None:
    store = RemoteStore(oxigraph.url)
    with pytest.raises(RemoteStoreError) as refused:
        store.query("SELECT ?x WHERE { ?x ?y ")
    assert refused.value.status == 400
    message = str(refused.value)
    assert oxigraph.url in message and "HTTP 400" in message and "error at" in message
    with pytest.raises(StoreError, match="refused the update"):
        store.update("INSERT DATA { <a> }")


def test_a_default_graph_that_is_not_the_union_is_an_error(tmp_path: Path) -> None:
    server = start_oxigraph(tmp_path)  # without --union-default-graph
    try:
        graph = _build(server.url)
        with pytest.raises(StoreError, match="not the union of its named graphs"):
            graph.query(PERSONS)
        # The Oxigraph server takes the option per request too.
        per_request = KnowledgeGraph(server.url + "?union-default-graph")
        assert per_request.query(PERSONS)
    finally:
        stop(server)


def test_credentials_are_kept_out_of_messages() -> None:
    url = f"http://someone:s3cret@127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError) as refused:
        RemoteStore(url).query(PERSONS)
    assert "s3cret" not in str(refused.value)
    assert public_url(url) == url.replace("someone:s3cret@", "")


def test_basic_credentials_are_sent_when_the_server_asks() -> None:
    seen: list[str | None] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        if request.headers.get("authorization") != "Basic dXNlcjpwdw==":
            return httpx.Response(401, headers={"WWW-Authenticate": 'Basic realm="kg"'})
        return httpx.Response(200, text="ok")

    with httpx.Client(
        transport=httpx.MockTransport(server), auth=_Credentials("user", "pw")
    ) as client:
        assert client.post("http://test/q", data={"query": "ASK {}"}).text == "ok"
        assert client.post("http://test/q", data={"query": "ASK {}"}).text == "ok"
    # Asked once; sent at once from then on.
    assert seen == [None, "Basic dXNlcjpwdw==", "Basic dXNlcjpwdw=="]


# Endpoints and prefixes


@pytest.mark.parametrize(
    ("query", "update"),
    [
        ("http://localhost:7878/query", "http://localhost:7878/update"),
        ("http://localhost:3030/ds", "http://localhost:3030/ds/update"),
        ("http://localhost:3030/ds/query", "http://localhost:3030/ds/update"),
        (
            "http://localhost:7200/repositories/kg",
            "http://localhost:7200/repositories/kg/statements",
        ),
        ("http://localhost:8890/sparql", "http://localhost:8890/sparql"),
        ("http://dba:dba@localhost:8890/sparql-auth", "http://dba:dba@localhost:8890/sparql-auth"),
        ("http://localhost:7019", "http://localhost:7019"),
        ("http://localhost:7019/", "http://localhost:7019/"),
        ("https://qlever.example.org/api/kg", "https://qlever.example.org/api/kg"),
    ],
)
def test_update_endpoints(query: str, update: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_UPDATE_URL", raising=False)
    assert update_endpoint(query) == update
    monkeypatch.setenv("KG_UPDATE_URL", "http://elsewhere/update")
    assert update_endpoint(query) == "http://elsewhere/update"


def test_prefixes_are_declared_unless_the_text_declares_them() -> None:
    text = with_prefixes("PREFIX kg: <http://other/> SELECT * WHERE { ?s kg:p ?o }")
    assert text.count("PREFIX kg:") == 1 and "PREFIX rdfs: <" in text
    assert "PREFIX org: <http://www.w3.org/ns/org#>" in with_prefixes("ASK {}")


# The CLI and kg serve


def kg_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, check=False
    )


def _csv_rows(text: str) -> list[dict[str, str]]:
    return sorted(csv.DictReader(io.StringIO(text)), key=lambda row: sorted(row.items()))


def test_the_cli_builds_into_and_queries_a_server(
    oxigraph: SparqlServer, reference: Reference
) -> None:
    built = kg_cli("build", *SAMPLE_FILES, "--store", oxigraph.url)
    assert built.returncode == 0, built.stderr
    assert f"holds {len(reference.quads)} quads" in built.stderr
    person = "高晓梅"
    remote = kg_cli(
        "query", "--store", oxigraph.url, "--format", "csv", "--named", "posts-of", person
    )
    local = kg_cli(
        "query", "--store", str(reference.path), "--format", "csv", "--named", "posts-of", person
    )
    assert remote.returncode == 0 and local.returncode == 0, remote.stderr + local.stderr
    assert _csv_rows(remote.stdout) == _csv_rows(local.stdout)
    assert len(_csv_rows(remote.stdout)) == 2


@pytest.fixture
def served(oxigraph: SparqlServer, tmp_path: Path) -> Iterator[str]:
    _build(oxigraph.url)
    server = serving.start(
        oxigraph.url,
        "--processes",
        "1",
        "--log-level",
        "warning",
        "--update-token",
        TOKEN,
        logs=tmp_path,
    )
    try:
        yield server.url
    finally:
        serving.stop(server)


def _select(url: str, sparql: str, **headers: str) -> httpx.Response:
    return httpx.get(url + "/sparql", params={"query": sparql}, headers=headers, timeout=30)


def test_kg_serve_answers_from_the_server(served: str, reference: Reference) -> None:
    response = _select(served, PERSONS)
    assert response.status_code == 200, response.text
    rows = response.json()["results"]["bindings"]
    assert [row["n"]["value"] for row in rows] == reference.persons
    as_csv = _select(served, PERSONS, accept="text/csv")
    assert as_csv.text.split("\r\n")[1:-1] == reference.persons
    graph = _select(
        served, "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }"
    )
    assert graph.headers["content-type"].startswith("text/turtle")
    assert len(list(ox.parse(graph.content, ox.RdfFormat.TURTLE))) == len(reference.persons)
    assert _select(served, "ASK { ?p a kg:Person }").json() == {"head": {}, "boolean": True}
    refused = _select(served, "SELECT ?x WHERE { ?x ")
    assert refused.status_code == 400 and "refused the query" in refused.text


def test_kg_serve_serves_the_explorer_and_token_updates_of_the_server(
    served: str, oxigraph: SparqlServer
) -> None:
    page = httpx.get(served + "/", timeout=60)
    assert page.status_code == 200 and "高晓梅" in page.text
    graph = article_graph("qingshan-2024-04-12")
    update = httpx.post(
        served + "/sparql",
        data={"update": f"DROP GRAPH {graph}"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    assert update.status_code == 200, update.text
    assert not list(RemoteStore(oxigraph.url).quads(graph))


def test_kg_serve_stops_at_the_start_when_the_server_is_unreachable() -> None:
    from kg.serve import create_app

    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError, match=url):
        create_app(url)


def test_credentials_by_digest_on_virtuoso(virtuoso_server: SparqlServer) -> None:
    url = virtuoso_server.url.replace("://", "://dba:dba@") + "-auth"
    store = RemoteStore(url)
    graph = article_graph("digest")
    store.replace_graphs(
        {
            graph: [
                ox.Quad(
                    ox.NamedNode("https://w3id.org/kg-news/id/x"),
                    ox.NamedNode("https://w3id.org/kg-news/ontology#p"),
                    ox.Literal("值"),
                    graph,
                )
            ]
        }
    )
    assert store.remove_graph(graph)
    with pytest.raises(StoreError, match="refused the user name and password"):
        RemoteStore(url.replace("dba:dba", "dba:wrong")).query("ASK { ?s ?p ?o }")
