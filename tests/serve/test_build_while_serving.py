"""One writer, many readers: ``kg serve`` answers queries while a build adds articles
through it, every answer is the store before or after a batch, and a build that opens
the store itself is refused while the server has it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from importlib import resources
from pathlib import Path

import httpx
import pytest

import kg
from kg.graph import KnowledgeGraph
from tests.serving import start, stop

SAMPLES = Path(str(resources.files("kg.resources").joinpath("samples")))
BATCH = 4
ARTICLES = 24
COUNT = """SELECT (COUNT(DISTINCT ?g) AS ?n) (COUNT(?f) AS ?facts) WHERE {
  GRAPH ?g { ?a a kg:Article . OPTIONAL { ?f prov:wasDerivedFrom ?a } } }"""
TOKEN = "s3cret-token-for-tests"


def _corpus(path: Path) -> Path:
    """Our samples again under new ids: ``ARTICLES`` articles to add."""
    samples = [a for a in kg.load_articles([SAMPLES]) if a.date]
    with open(path, "w", encoding="utf-8") as out:
        for n in range(ARTICLES):
            article = samples[n % len(samples)]
            row = {"id": f"again-{n:03d}", "text": article.text, "date": article.date}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def test_queries_answered_throughout_a_build_see_whole_batches(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with KnowledgeGraph(store) as graph:
        first = graph.add(kg.load_articles([SAMPLES / "samples.jsonl"])).articles
    server = start(store, "--update-token", TOKEN, "--processes", "2")
    try:
        # The server holds the store: a build that opens it itself is refused ...
        direct = subprocess.run(
            [sys.executable, "-m", "kg.cli", "build", str(SAMPLES), "--store", str(store)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert direct.returncode == 2 and "build through it" in direct.stderr

        # ... and one that goes through the server is taken batch by batch.
        answers: list[int] = []
        failures: list[str] = []
        done = threading.Event()

        def client() -> None:
            with httpx.Client(timeout=120) as http:
                while not done.is_set():
                    reply = http.post(
                        server.sparql,
                        data={"query": COUNT},
                        headers={"Accept": "application/sparql-results+json"},
                    )
                    if reply.status_code != 200:
                        failures.append(f"{reply.status_code}: {reply.text[:200]}")
                        continue
                    [row] = reply.json()["results"]["bindings"]
                    answers.append(int(row["n"]["value"]))

        clients = [threading.Thread(target=client) for _ in range(4)]
        for thread in clients:
            thread.start()
        try:
            build = subprocess.run(
                [sys.executable, "-m", "kg.cli", "build", str(_corpus(tmp_path / "more.jsonl")),
                 "--store", server.sparql, "--workers", "1", "--batch-size", str(BATCH)],
                capture_output=True, text=True, timeout=600,
                env={**os.environ, "KG_STORE_TOKEN": TOKEN},
            )  # fmt: skip
        finally:
            done.set()
            for thread in clients:
                thread.join()
        assert build.returncode == 0, build.stderr
        assert not failures, failures[:3]
        assert answers, "no query was answered during the build"
        whole = {first + k * BATCH for k in range(ARTICLES // BATCH + 1)}
        assert set(answers) <= whole, sorted(set(answers) - whole)
        assert len(set(answers)) >= 2, "no answer came from the middle of the build"
        final = httpx.post(
            server.sparql, data={"query": COUNT}, headers={"Accept": "application/sparql-results+json"}
        ).json()["results"]["bindings"][0]
        assert int(final["n"]["value"]) == first + ARTICLES
    finally:
        stop(server)


@pytest.mark.parametrize("reader", ["query", "stats"])
def test_readers_are_refused_while_a_build_writes(tmp_path: Path, reader: str) -> None:
    store = tmp_path / "store"
    with KnowledgeGraph(store) as graph:
        graph.add(kg.load_articles([SAMPLES / "samples.jsonl"]))
        args = ["query", "ASK { ?s ?p ?o }"] if reader == "query" else ["stats"]
        refused = subprocess.run(
            [sys.executable, "-m", "kg.cli", *args, "--store", str(store)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert refused.returncode == 2 and "being written by a build" in refused.stderr
    allowed = subprocess.run(
        [sys.executable, "-m", "kg.cli", *args, "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert allowed.returncode == 0, allowed.stderr
