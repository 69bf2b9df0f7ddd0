"""Builds that are killed, refused or fed articles past their limits lose nothing: a
SIGKILL leaves whole batches only and a re-run ends where a clean build does; a second
writer is refused; an article past the size or time limit fails alone."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph import KnowledgeGraph
from kg.ingest import load_articles
from kg.store import EmbeddedStore, StoreError

SAMPLES = Path(str(resources.files("kg.resources").joinpath("samples")))
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news"
BATCH = 5


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON Lines file of articles: 300 real ones where ../shared is present, else the
    samples (ours) under 25 ids each."""
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    if CORPUS.is_dir():
        articles = list(itertools.islice(load_articles([CORPUS / "politics.jsonl"]), 300))
        rows = [{"id": a.id, "text": a.text, "date": a.date} for a in articles]
    else:
        samples = [a for a in load_articles([SAMPLES]) if a.date]
        rows = [
            {"id": f"{a.id}-{n}", "text": a.text, "date": a.date}
            for n in range(50)
            for a in samples
        ]
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _kg(*args: str, **options: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        **options,  # type: ignore[call-overload]
    )


def _build(corpus: Path, store: Path) -> list[str]:
    return ["build", str(corpus), "--store", str(store), "--workers", "1", "--batch-size", str(BATCH)]


def _quads(store: Path) -> set[str]:
    opened = EmbeddedStore(store, read_only=True)
    try:
        return {str(q) for q in opened.quads()}
    finally:
        opened.close()


def _articles(store: Path) -> int:
    opened = ox.Store.read_only(str(store))
    rows = opened.query(
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a "
        "<https://w3id.org/kg-news/ontology#Article> } }"
    )
    return int(next(iter(rows))["n"].value)  # type: ignore[index]


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], float]:
    """The quads of an uninterrupted build, and how long it took."""
    store = tmp_path_factory.mktemp("clean") / "store"
    start = time.monotonic()
    process = _kg(*_build(corpus, store))
    assert process.wait(timeout=600) == 0, process.stderr.read() if process.stderr else ""
    return _quads(store), time.monotonic() - start


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.75, 0.9])
def test_a_build_killed_midway_leaves_whole_batches_and_a_rerun_finishes_it(
    corpus: Path, clean: tuple[set[str], float], tmp_path: Path, fraction: float
) -> None:
    quads, seconds = clean
    store = tmp_path / "store"
    process = _kg(*_build(corpus, store))
    time.sleep(fraction * seconds)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    if store.exists() and any(store.iterdir()):
        # Whole batches only (or, past the last batch, everything).
        done = _articles(store)
        total = sum(1 for _ in open(corpus, encoding="utf-8"))
        assert done % BATCH == 0 or done == total
        print(f"killed after {fraction * seconds:.1f} s with {done} of {total} articles stored")
    rerun = _kg(*_build(corpus, store))
    assert rerun.wait(timeout=600) == 0, rerun.stderr.read() if rerun.stderr else ""
    assert _quads(store) == quads
    # Files of an ingestion the kill cut short are cleared by the next writer.
    assert not list(store.glob("bulk-*.sst"))


def test_files_of_an_unfinished_ingestion_are_cleared_and_the_data_kept(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with KnowledgeGraph(store) as graph:
        graph.add(load_articles([SAMPLES]))
    before = _quads(store)
    leftover = store / "bulk-1234567890.sst"
    leftover.write_bytes(b"an SST file a killed writer never handed over")
    EmbeddedStore(store).close()
    assert not leftover.exists()
    assert _quads(store) == before


def test_a_second_writer_is_refused_and_the_first_goes_on(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = _kg(*_build(corpus, store))
    try:
        deadline = time.monotonic() + 60
        while not (store / "LOCK").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        second = subprocess.run(
            [sys.executable, "-m", "kg.cli", *_build(SAMPLES, store)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if first.poll() is None:  # the first build was still writing
            assert second.returncode == 2
            assert "another process" in second.stderr and "one writer at a time" in second.stderr
    finally:
        assert first.wait(timeout=600) == 0
    with pytest.raises(StoreError):  # the finished store opens, and locks, as usual
        with KnowledgeGraph(store), KnowledgeGraph(store):
            pass


def test_articles_past_the_size_or_time_limit_fail_alone(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    rows = [
        {"id": "long", "text": "光明区委书记刘胜出席会议。" * 2000},
        {"id": "short", "text": "光明区委书记刘胜出席会议。"},
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    errors = tmp_path / "errors.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(source), "--store", str(tmp_path / "s"),
         "--workers", "1", "--max-chars", "1000", "--errors", str(errors)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    [record] = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    assert record["article"] == "long" and record["stage"] == "extract"
    assert "26,000 characters, over the limit of 1,000" in record["reason"]
    assert record["path"] == str(source)
    with KnowledgeGraph(tmp_path / "s", read_only=True) as graph:
        assert graph.query_named("posts-of", name="刘胜")


def test_an_article_past_the_time_limit_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.build
    from kg.build import Limits, extract_batch
    from kg.model import Article

    real = kg.build._pipeline("rjieba")
    real(Article(id="warm-up", text="光明区委书记刘胜出席会议。"))  # dictionaries load once

    def slow_on_one(article: Article) -> object:
        if article.id == "slow":  # an extractor stuck in a loop, say
            while True:
                time.sleep(0.01)
        return real(article)

    monkeypatch.setattr(kg.build, "_pipeline", lambda segmenter: slow_on_one)
    slow = Article(id="slow", text="光明区委书记刘胜出席会议。", date="2024-03-08")
    good = Article(id="good", text="光明区委书记刘胜出席会议。", date="2024-03-08")
    started = time.monotonic()
    batch = extract_batch([slow, good], limits=Limits(seconds=0.2))
    assert time.monotonic() - started < 10
    [error] = batch.errors
    assert error.extractor == "limits" and "took over 0.2 s" in str(error)  # type: ignore[attr-defined]
    assert [r.article.id for r in batch.results] == ["good"]  # the timer is gone afterwards


def test_exit_status_says_whether_everything_went_through(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "a", "text": "光明区委书记刘胜出席会议。"}) + "\n", "utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", "utf-8")

    def status(*paths: Path, store: str) -> int:
        args = ["build", *map(str, paths), "--store", str(tmp_path / store), "--workers", "1"]
        return subprocess.run(
            [sys.executable, "-m", "kg.cli", *args], capture_output=True, timeout=120
        ).returncode

    assert status(good, store="s0") == 0
    assert status(good, bad, store="s1") == 1
    assert status(bad, store="s2") == 2
    assert status(tmp_path / "missing.jsonl", store="s3") == 2
    os.makedirs(tmp_path / "empty")
    assert status(tmp_path / "empty", store="s4") == 2


def test_a_graph_written_twice_into_a_store_opened_empty_holds_the_second_version(
    tmp_path: Path,
) -> None:
    """A store opened empty knows the graphs it wrote without reading them back: the
    second write of a graph replaces the first, in that store and in one opened later."""
    graph = ox.NamedNode("https://example.org/graph/a")
    other = ox.NamedNode("https://example.org/graph/b")

    def quad(name: str, where: ox.NamedNode) -> ox.Quad:
        return ox.Quad(ox.NamedNode(f"https://example.org/{name}"), ox.NamedNode(
            "https://example.org/p"), ox.Literal(name), where)

    store = EmbeddedStore(tmp_path / "store")
    store.replace_graphs({graph: [quad("first", graph)], other: [quad("other", other)]})
    store.replace_graphs({graph: [quad("second", graph)]})
    assert {q.subject.value for q in store.quads(graph)} == {"https://example.org/second"}
    store.close()
    reopened = EmbeddedStore(tmp_path / "store")
    reopened.replace_graphs({graph: [quad("third", graph)]})
    assert {q.subject.value for q in reopened.quads(graph)} == {"https://example.org/third"}
    assert len(list(reopened.quads(other))) == 1
    reopened.close()
