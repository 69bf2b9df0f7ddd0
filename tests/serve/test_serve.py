"""The SPARQL endpoint as clients see it: a real server process on a loopback port,
queried with SPARQLWrapper and plain HTTP, over a store built from the sample articles."""

from __future__ import annotations

import asyncio
import csv
import gc
import inspect
import io
import json
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from SPARQLWrapper import JSON, POST, XML, SPARQLWrapper

import kg
from kg.graph import KnowledgeGraph, named_query
from kg.serve import create_app, run
from kg.serve._protocol import (
    GRAPH_FORMATS,
    SOLUTION_FORMATS,
    choose_format,
    forbidden_operation,
    negotiate,
    query_kind,
)
from kg.store import StoreError, bind
from tests.serving import Server, start, stop

SAMPLES = Path(str(resources.files("kg.resources").joinpath("samples")))
TOKEN = "s3cret-token"
PERSONS = "SELECT DISTINCT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } ORDER BY ?n"
PERSONS_GRAPH = "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }"
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SRX = "{http://www.w3.org/2005/sparql-results#}"


@dataclass
class Built:
    """A store built from the samples, and what the store itself answers."""

    path: Path
    persons: set[str]
    posts: dict[str, set[tuple[str, str]]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    path = tmp_path_factory.mktemp("serve") / "store"
    graph = KnowledgeGraph(path)
    paths = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix != ".md")
    summary = graph.add(kg.load_articles(paths))
    assert summary.articles == 6 and not summary.errors
    persons = {row["n"] for row in graph.query(PERSONS)}
    posts = {
        name: {(row["post"], row["article"]) for row in graph.query_named("posts-of", name=name)}
        for name in ("林志远", "高晓梅")
    }
    graph.close()
    # The store must be closed in this process before a server opens it: dropping the
    # last reference releases Oxigraph's lock on the folder.
    del graph
    gc.collect()
    return Built(path, persons, posts)


@pytest.fixture(scope="module")
def server(built: Built) -> Iterator[Server]:
    running = start(built.path)  # no --host: the default
    yield running
    stop(running)


@pytest.fixture(scope="module")
def limited(built: Built) -> Iterator[Server]:
    running = start(built.path, "--timeout", "1", "--max-rows", "5")
    yield running
    stop(running)


@pytest.fixture
def writable(built: Built, tmp_path: Path) -> Iterator[Server]:
    copy = tmp_path / "store"
    shutil.copytree(built.path, copy)
    running = start(copy, "--update-token", TOKEN, "--timeout", "3")
    yield running
    stop(running)


def get(server: Server, query: str, accept: str | None = None, **params: str) -> httpx.Response:
    headers = {"Accept": accept} if accept else {}
    return httpx.get(server.sparql, params={"query": query, **params}, headers=headers, timeout=30)


def json_names(body: bytes) -> set[str]:
    results = json.loads(body)
    return {b["n"]["value"] for b in results["results"]["bindings"]}


# The server process


def test_the_server_listens_on_loopback_by_default(server: Server) -> None:
    assert httpx.get(server.url + "/health").text.strip() == "ok"
    assert "Uvicorn running on http://127.0.0.1:" in server.log.read_text(encoding="utf-8")
    assert inspect.signature(run).parameters["host"].default == "127.0.0.1"


# Queries, compared with the store's own answers


def test_sparqlwrapper_json_gives_the_posts_the_store_holds(server: Server, built: Built) -> None:
    for name, expected in built.posts.items():
        client = SPARQLWrapper(server.sparql)
        client.setQuery(bind(named_query("posts-of"), {"name": ox.Literal(name, language="zh")}))
        client.setReturnFormat(JSON)
        results: Any = client.query().convert()
        rows = {(b["post"]["value"], b["article"]["value"]) for b in results["results"]["bindings"]}
        assert rows == expected
    assert {post for post, _ in built.posts["高晓梅"]} == {"青山区委副书记", "青山区长"}
    assert ("江川市青山区委书记", "qingshan-2024-04-12") in built.posts["林志远"]


def test_sparqlwrapper_xml_and_post(server: Server, built: Built) -> None:
    client = SPARQLWrapper(server.sparql)
    client.setQuery(PERSONS)
    client.setReturnFormat(XML)
    document: Any = client.query().convert()
    names = {node.firstChild.data for node in document.getElementsByTagName("literal")}
    assert names == built.persons

    client.setMethod(POST)
    client.setReturnFormat(JSON)
    results: Any = client.query().convert()
    assert {b["n"]["value"] for b in results["results"]["bindings"]} == built.persons


def test_select_in_every_result_format(server: Server, built: Built) -> None:
    response = get(server, PERSONS)
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert json_names(response.content) == built.persons

    response = get(server, PERSONS, "application/sparql-results+xml")
    assert response.headers["content-type"] == "application/sparql-results+xml"
    root = ET.fromstring(response.content)
    assert {e.text for e in root.iter(SRX + "literal")} == built.persons

    response = get(server, PERSONS, "text/csv")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["n"] and {row[0] for row in rows[1:]} == built.persons

    response = get(server, PERSONS, "text/tab-separated-values")
    assert response.headers["content-type"] == "text/tab-separated-values; charset=utf-8"
    lines = response.text.splitlines()
    assert (
        lines[0] == "?n"
        and {json.loads(line.removesuffix("@zh")) for line in lines[1:]} == built.persons
    )


def test_ask(server: Server) -> None:
    ask = 'ASK { ?p rdfs:label "高晓梅"@zh }'
    assert json.loads(get(server, ask).content)["boolean"] is True
    root = ET.fromstring(get(server, ask, "application/sparql-results+xml").content)
    assert root.findtext(SRX + "boolean") == "true"


def test_construct_as_turtle_and_json_ld(server: Server, built: Built) -> None:
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

    response = get(server, PERSONS_GRAPH)
    assert response.headers["content-type"] == "text/turtle; charset=utf-8"
    triples = list(ox.parse(response.content, ox.RdfFormat.TURTLE))
    assert {t.object.value for t in triples if t.predicate == label} == built.persons

    response = get(server, PERSONS_GRAPH, "application/ld+json")
    assert response.headers["content-type"] == "application/ld+json"
    json.loads(response.content)
    triples = list(ox.parse(response.content, ox.RdfFormat.JSON_LD))
    assert {t.object.value for t in triples if t.predicate == label} == built.persons


def test_get_post_form_and_post_body_agree(server: Server) -> None:
    by_get = get(server, PERSONS)
    by_form = httpx.post(server.sparql, data={"query": PERSONS})
    by_body = httpx.post(
        server.sparql,
        content=PERSONS.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert by_get.status_code == by_form.status_code == by_body.status_code == 200
    assert by_get.content == by_form.content == by_body.content


def test_format_parameter_overrides_accept(server: Server, built: Built) -> None:
    response = get(server, PERSONS, "application/sparql-results+xml", format="json")
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert json_names(response.content) == built.persons
    response = get(server, PERSONS_GRAPH, format="json-ld")
    assert response.headers["content-type"] == "application/ld+json"


def test_refusals(server: Server) -> None:
    response = get(server, PERSONS, "image/png")
    assert response.status_code == 406 and "text/csv" in response.text
    response = get(server, PERSONS_GRAPH, "text/csv")
    assert response.status_code == 406 and "text/turtle" in response.text

    response = get(server, "SELECT * WHERE { ?s ?p }")
    assert response.status_code == 400
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert "syntax error" in response.text and "1:" in response.text

    response = get(server, PERSONS, **{"default-graph-uri": "http://example.org/g"})
    assert response.status_code == 400 and "default-graph-uri not supported" in response.text

    response = httpx.post(server.sparql, content=b"x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert httpx.get(server.sparql).status_code == 400


def test_service_is_refused(server: Server) -> None:
    response = get(server, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert response.status_code == 400 and "SERVICE" in response.text
    response = get(server, "select * where { service silent ?x { ?s ?p ?o } }")
    assert response.status_code == 400
    # The words in a string, a comment or an IRI are no operations.
    harmless = 'SELECT ?x WHERE { BIND ("SERVICE LOAD" AS ?x) } # SERVICE <http://example.org/>'
    assert get(server, harmless).status_code == 200


# Updates


def test_updates_are_refused_by_default(server: Server) -> None:
    update = 'INSERT DATA { <http://example.org/x> rdfs:label "x" }'
    response = httpx.post(server.sparql, data={"update": update})
    assert response.status_code == 403 and "--update-token" in response.text
    response = httpx.post(
        server.sparql,
        content=update.encode(),
        headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 403


def test_updates_need_the_token(writable: Server) -> None:
    update = 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/x> rdfs:label "测试"@zh } }'
    ask = 'ASK { <http://example.org/x> rdfs:label "测试"@zh }'
    assert json.loads(get(writable, ask).content)["boolean"] is False

    assert httpx.post(writable.sparql, data={"update": update}).status_code == 403
    wrong = {"Authorization": "Bearer not-the-token"}
    assert httpx.post(writable.sparql, data={"update": update}, headers=wrong).status_code == 403
    assert httpx.get(writable.sparql, params={"update": update}).status_code == 405
    assert json.loads(get(writable, ask).content)["boolean"] is False

    right = {"Authorization": f"Bearer {TOKEN}"}
    response = httpx.post(writable.sparql, data={"update": update}, headers=right, timeout=30)
    assert response.status_code == 200, response.text
    assert json.loads(get(writable, ask).content)["boolean"] is True

    body = {"Content-Type": "application/sparql-update", **right}
    response = httpx.post(
        writable.sparql, content=b"DROP GRAPH <http://example.org/g>", headers=body, timeout=30
    )
    assert response.status_code == 200, response.text
    assert json.loads(get(writable, ask).content)["boolean"] is False

    response = httpx.post(
        writable.sparql, content=b"LOAD <http://example.org/data.ttl>", headers=body
    )
    assert response.status_code == 400 and "LOAD" in response.text


def test_an_update_past_the_time_limit_changes_nothing(writable: Server) -> None:
    slow = (
        "INSERT { GRAPH <http://example.org/g> { <http://example.org/x> rdfs:comment ?n } } "
        "WHERE { SELECT (COUNT(*) AS ?n) "
        "WHERE { GRAPH ?a { ?b ?c ?d } GRAPH ?e { ?f ?g ?h } GRAPH ?i { ?j ?k ?l } } }"
    )
    right = {"Authorization": f"Bearer {TOKEN}"}
    started = time.monotonic()
    response = httpx.post(writable.sparql, data={"update": slow}, headers=right, timeout=30)
    assert response.status_code == 503
    assert "update exceeded the 3 s time limit; nothing was changed" in response.text
    assert time.monotonic() - started < 10
    ask = "ASK { <http://example.org/x> ?p ?o }"
    assert json.loads(get(writable, ask).content)["boolean"] is False


# Limits


def test_a_query_past_the_time_limit_is_stopped(limited: Server) -> None:
    started = time.monotonic()
    response = get(limited, CROSS_JOIN)
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "query exceeded the 1 s time limit" in response.text
    assert elapsed < 5
    # The worker was replaced: the server still answers.
    assert get(limited, 'ASK { ?p rdfs:label "高晓梅"@zh }').status_code == 200


def test_too_many_rows_are_refused(limited: Server) -> None:
    response = get(limited, PERSONS)
    assert response.status_code == 400 and "more than 5 rows" in response.text
    assert get(limited, PERSONS + " LIMIT 5").status_code == 200
    response = get(limited, PERSONS_GRAPH)
    assert response.status_code == 400 and "more than 5 triples" in response.text


# The server in this process: start-up checks and pages


def test_a_missing_or_busy_store_stops_the_start(built: Built, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        create_app(tmp_path / "nothing")
    copy = tmp_path / "store"
    shutil.copytree(built.path, copy)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
            "print('open', flush=True); time.sleep(60)",
            str(copy),
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        with pytest.raises(StoreError, match="open for writing in another process"):
            create_app(copy)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def _page(app: Any) -> httpx.Response:
    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/")

    return asyncio.run(fetch())


def test_the_page_is_the_explorer_or_says_it_is_missing(built: Built) -> None:
    page = _page(create_app(built.path, explorer=lambda store: f"<p>explorer of {store}</p>"))
    assert page.status_code == 200 and page.text == f"<p>explorer of {built.path.resolve()}</p>"
    page = _page(create_app(built.path))
    assert page.status_code == 200
    assert "explorer is not installed" in page.text and 'href="sparql"' in page.text


# What the endpoint reads off a request


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", "SERVICE"),
        ("select * where {?s ?p ?o . SERVICE?x{}}", "SERVICE"),
        ("LOAD <http://x/data.ttl> INTO GRAPH <http://x/g>", "LOAD"),
        ("SELECT * WHERE { ?s ?p ?o }", None),
        ("SELECT ?service ?load WHERE { ?service ex:load ?load }", None),
        ('SELECT * WHERE { ?s ?p "SERVICE" , """LOAD\n""" , \'load\' }', None),
        ("SELECT * WHERE { ?s <http://x/#SERVICE> ?o } # LOAD", None),
        ('SELECT * WHERE { ?s ?p "x"@load ; service:p _:load }', None),
        ("SELECT * WHERE { ?s ?p ?o FILTER (?o<?p) } # x\nLOAD <http://x/>", "LOAD"),
    ],
)
def test_forbidden_operations(text: str, refused: str | None) -> None:
    reason = forbidden_operation(text)
    assert (reason is None) if refused is None else (reason is not None and refused in reason)


def test_query_kind() -> None:
    assert query_kind("PREFIX ex: <http://x/select#> # CONSTRUCT\nASK {}") == "solutions"
    assert query_kind("describe <http://x/>") == "graph"
    assert query_kind("CONSTRUCT WHERE { ?s ?p ?o }") == "graph"
    assert query_kind("nonsense") is None


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "json"),
        ("*/*", "json"),
        ("text/csv", "csv"),
        ("application/json", "json"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "xml"),
        ("text/csv;q=0.5, text/tab-separated-values", "tsv"),
        ("text/*", "csv"),
        ("application/sparql-results+json;q=0, */*", "xml"),
        ("image/png", None),
    ],
)
def test_negotiation_of_solution_formats(accept: str | None, expected: str | None) -> None:
    chosen = negotiate(SOLUTION_FORMATS, accept)
    assert (chosen.name if chosen else None) == expected


def test_format_parameter() -> None:
    assert choose_format("graph", "text/turtle", ["json"]) == GRAPH_FORMATS[1]
    assert (
        choose_format("solutions", None, ["tsv", "text/tab-separated-values"])
        == SOLUTION_FORMATS[3]
    )
    assert (
        choose_format("solutions", "*/*", ["application/sparql-results+xml"]) == SOLUTION_FORMATS[1]
    )
    assert choose_format("solutions", "*/*", ["png"]) is None
