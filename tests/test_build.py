"""Streaming builds: in-process, a process pool and a real Dask LocalCluster give the same
graph, in any order of the articles; ``kg build`` reports progress and a summary."""

from __future__ import annotations

import dataclasses
import itertools
import json
import pickle
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from kg.build import batched, extract_batch, make_engine
from kg.errors import ExtractionError, IngestError, KgError
from kg.graph import KnowledgeGraph
from kg.ingest import load_articles
from kg.model import Article

SAMPLES = Path(str(resources.files("kg.resources").joinpath("samples")))
SAMPLE_FILES = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix != ".md")


def _build(path: Path, articles: list[Article], **options: object) -> set[str]:
    with KnowledgeGraph(path) as graph:
        summary = graph.add(articles, **options)  # type: ignore[arg-type]
        assert summary.articles == len({a.id for a in articles}) and not summary.errors
        return {str(q) for q in graph.store.quads()}


@pytest.fixture(scope="module")
def articles(request: pytest.FixtureRequest) -> list[Article]:
    """The samples, and 120 real articles where ../shared is present."""
    found = list(load_articles(SAMPLE_FILES))
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news"
    if corpus.is_dir():
        found += list(itertools.islice(load_articles([corpus / "politics.jsonl"]), 120))
    return found


@pytest.fixture(scope="module")
def reference(articles: list[Article], tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The single-worker, in-order build everything else must equal."""
    return _build(tmp_path_factory.mktemp("one") / "store", articles, workers=1)


def test_a_process_pool_builds_the_same_graph(
    articles: list[Article], reference: set[str], tmp_path: Path
) -> None:
    assert _build(tmp_path / "store", articles, workers=2, batch_size=7) == reference


def test_a_pool_rebuilding_its_own_store_with_repeated_articles_changes_nothing(
    articles: list[Article], reference: set[str], tmp_path: Path
) -> None:
    store = tmp_path / "store"
    assert _build(store, articles, workers=2, batch_size=7) == reference
    # Every graph now exists (the workers' N-Quads replace them by update), and an
    # article twice in one batch is kept once.
    again = [articles[0], *reversed(articles)]
    with KnowledgeGraph(store) as graph:
        summary = graph.add(again, workers=2, batch_size=5)
        assert summary.articles == len(again) and not summary.errors
        assert {str(q) for q in graph.store.quads()} == reference


def test_workers_map_only_the_articles_no_other_article_can_change(
    articles: list[Article],
) -> None:
    import pyoxigraph as ox

    from kg.link import Linker
    from kg.rdf.mapping import article_quads

    batch = extract_batch([*articles, articles[0]], map_quads=True)
    linker = Linker()
    for result in batch.results:
        linker.observe(result)
    tentative = {r.article.id for r in batch.results if linker.tentative(r)}
    assert batch.mapped and tentative
    assert batch.mapped == {r.article.id for r in batch.results} - tentative - {articles[0].id}
    expected = {
        str(q)
        for r in batch.results
        if r.article.id in batch.mapped
        for q in article_quads(r, linker.link(r))
    }
    assert {str(q) for q in ox.parse(batch.nquads, format=ox.RdfFormat.N_QUADS)} == expected


def test_the_order_of_articles_and_batches_does_not_matter(
    articles: list[Article], reference: set[str], tmp_path: Path
) -> None:
    backwards = list(reversed(articles))
    assert _build(tmp_path / "store", backwards, workers=1, batch_size=3) == reference


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("group", [1, 400, 10**9])
def test_batches_written_in_groups_keep_the_last_version_of_each_article(
    articles: list[Article],
    reference: set[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
    group: int,
) -> None:
    """Writes of one batch each, of a few, and of the whole build give the same graph; an
    article met again (here a first version with another article's text, then the real
    one a few batches on) ends as its last version, whether or not the first is still
    waiting to be written."""
    monkeypatch.setattr("kg.graph.INGEST_QUADS", group)
    first = dataclasses.replace(articles[0], text=articles[-1].text)
    again = [first, *articles[1:5], articles[0], *articles[5:]]
    with KnowledgeGraph(tmp_path / "store") as graph:
        summary = graph.add(again, workers=workers, batch_size=2)
        assert summary.articles == len(again) and not summary.errors
        assert {str(q) for q in graph.store.quads()} == reference


def test_a_dask_local_cluster_builds_the_same_graph(
    articles: list[Article], reference: set[str], tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    assert _build(tmp_path / "store", articles, engine="dask", workers=2, batch_size=10) == reference


def test_dask_workers_on_a_running_scheduler(articles: list[Article], tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, dashboard_address=None, silence_logs=40
    ) as cluster:
        engine = make_engine("dask", scheduler=cluster.scheduler_address)
        try:
            batches = list(engine.map(batched(articles[:12], 4)))
        finally:
            engine.close()
    assert [r.article.id for b in batches for r in b.results] == [a.id for a in articles[:12]]


def test_batches_are_lazy_and_keep_order() -> None:
    seen: list[int] = []

    def numbers() -> itertools.count[int]:
        for n in itertools.count():
            seen.append(n)
            yield n  # type: ignore[misc]

    first = next(batched(numbers(), 5))  # type: ignore[arg-type]
    assert first == [0, 1, 2, 3, 4] and len(seen) == 5  # nothing read ahead


def test_an_article_that_breaks_an_extractor_is_reported_not_raised() -> None:
    broken = Article(id="broken", text=None)  # type: ignore[arg-type]
    good = Article(id="good", text="光明区委书记刘胜出席会议。", date="2024-03-08")
    batch = extract_batch([broken, good])
    assert [r.article.id for r in batch.results] == ["good"]
    [error] = batch.errors
    assert isinstance(error, ExtractionError) and "broken" in str(error)


def test_raising_on_the_first_error_keeps_what_came_before_it(
    articles: list[Article], tmp_path: Path
) -> None:
    """Without an error callback the first failing article stops the build; the batches
    before its batch are stored, though they had not filled a write yet."""
    broken = Article(id="broken", text=None)  # type: ignore[arg-type]
    with KnowledgeGraph(tmp_path / "store") as graph:
        with pytest.raises(ExtractionError, match="broken"):
            graph.add([*articles[:6], broken, *articles[6:]], batch_size=3)
        stored = {row["id"] for row in graph.query("SELECT ?id { ?a kg:articleId ?id }")}
    assert stored == {a.id for a in articles[:6]}


def test_errors_cross_process_boundaries_intact() -> None:
    for error in (IngestError("a.jsonl", "not JSON", line=3), ExtractionError("x", "people", "boom")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)


def test_unknown_engine_and_stray_scheduler_are_refused() -> None:
    with pytest.raises(KgError, match="no engine"):
        make_engine("spark")
    with pytest.raises(KgError, match="--engine dask"):
        make_engine("local", scheduler="tcp://127.0.0.1:8786")


def _kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_kg_build_prints_a_summary_and_a_progress_bar_only_when_asked(tmp_path: Path) -> None:
    quiet = _kg("build", *SAMPLE_FILES, "--store", str(tmp_path / "a"), "--workers", "2")
    assert quiet.returncode == 0, quiet.stderr
    assert "built 6 articles" in quiet.stderr and "holdsPost" in quiet.stderr
    assert "articles/s" not in quiet.stderr  # stderr is a pipe: no bar
    shown = _kg("build", *SAMPLE_FILES, "--store", str(tmp_path / "b"), "--progress")
    assert shown.returncode == 0 and "6/6" in shown.stderr and "articles/s" in shown.stderr


def test_kg_build_jsonl_errors_are_counted_and_the_rest_built(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "ok", "text": "光明区委书记刘胜出席会议。"}, ensure_ascii=False), "{oops"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = _kg("build", str(source), "--store", str(tmp_path / "s"), "--workers", "1")
    assert done.returncode == 1
    assert f"{source}:2" in done.stderr and "built 1 articles" in done.stderr
