"""The whole corpus of ../shared/data/news in one on-disk store: built, rebuilt, edited."""

from __future__ import annotations

from pathlib import Path

from kg.graph import KnowledgeGraph
from kg.ingest import load_articles
from kg.rdf.mapping import article_graph


def test_corpus_builds_idempotently_and_edits_one_article(tmp_path: Path, shared: Path) -> None:
    news = sorted((shared / "data" / "news").glob("*.jsonl"))
    with KnowledgeGraph(tmp_path / "store") as graph:
        first = graph.add(load_articles(news))
        assert first.articles == 3906 and not first.errors
        count = len(graph.store)
        assert graph.stats()["articles"] == 3906

        again = graph.add(load_articles(news))
        assert again.articles == 3906
        assert len(graph.store) == count

        target = article_graph("xwlb-20240304-03").value
        others_before = sum(
            1
            for q in graph.store.quads()
            if q.graph_name.value != target and not q.graph_name.value.endswith("/derived")
        )
        assert graph.remove("xwlb-20240304-03")
        others_after = sum(
            1
            for q in graph.store.quads()
            if q.graph_name.value != target and not q.graph_name.value.endswith("/derived")
        )
        assert others_after == others_before
        assert not graph.query_named("posts-of", name="洛桑江村") or all(
            r["article"] != "xwlb-20240304-03"
            for r in graph.query_named("posts-of", name="洛桑江村")
        )
        graph.add(a for a in load_articles(news) if a.id == "xwlb-20240304-03")
        assert len(graph.store) == count

        conforms, report = graph.validate()
        assert conforms, report[:2000]
