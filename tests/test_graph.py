"""The knowledge graph on a real on-disk Oxigraph store in a temporary folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import kg
from kg.graph import KnowledgeGraph, named_queries, named_query, parameter
from kg.ingest import load_articles
from kg.rdf.mapping import article_graph

SAMPLES = Path(str(resources.files("kg.resources").joinpath("samples")))
SAMPLE_FILES = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix != ".md")


@pytest.fixture
def graph(tmp_path: Path) -> KnowledgeGraph:
    built = KnowledgeGraph(tmp_path / "store")
    summary = built.add(load_articles(SAMPLE_FILES))
    assert summary.articles == 6 and not summary.errors
    return built


def _quads(graph: KnowledgeGraph) -> set[str]:
    return {str(q) for q in graph.store.quads()}


def test_posts_of_a_person_come_with_evidence_and_article(graph: KnowledgeGraph) -> None:
    rows = graph.query_named("posts-of", name="高晓梅")
    assert {r["post"] for r in rows} == {"青山区委副书记", "青山区长"}
    for row in rows:
        assert "高晓梅" in row["evidence"] and row["article"] == "qingshan-2024-04-12"
        assert row["from"] == row["to"] == "2024-04-12"  # one article attests it


def test_attendees_of_a_day(graph: KnowledgeGraph) -> None:
    rows = graph.query_named("attendees-of", name="2024-04-10")
    assert {r["person"] for r in rows} >= {"林志远", "高晓梅", "周建国", "何文澜", "陈思雨"}


def test_goals_of_a_place_carry_their_deadline(graph: KnowledgeGraph) -> None:
    rows = graph.query_named("goals-of", name="青山区")
    assert any(r["goal"] == "基本建成江川南部文化强区" and r["deadline"] == "2027" for r in rows)


def test_the_graph_conforms_to_the_shapes(graph: KnowledgeGraph) -> None:
    conforms, report = graph.validate()
    assert conforms, report


def test_building_again_changes_nothing(graph: KnowledgeGraph) -> None:
    before = _quads(graph)
    graph.add(load_articles(SAMPLE_FILES))
    assert _quads(graph) == before


def test_removing_and_re_adding_one_article_touches_only_its_facts(graph: KnowledgeGraph) -> None:
    target = article_graph("sample-talks-2025-09-03")
    derived = "graph/derived"
    before = _quads(graph)
    others = {q for q in before if target.value not in q and derived not in q}
    assert graph.remove("sample-talks-2025-09-03")
    after = _quads(graph)
    assert not any(target.value in q for q in after)
    assert {q for q in after if derived not in q} == others
    graph.add(load_articles([str(SAMPLES / "samples.jsonl")]))
    assert _quads(graph) == before


def test_same_person_across_articles_is_one_entity(tmp_path: Path) -> None:
    first = kg.Article("a1", "江川市青山区委书记林志远出席会议。", date="2024-01-05")
    second = kg.Article("a2", "青山区委书记林志远调研企业。", date="2024-06-01")
    elsewhere = kg.Article("a3", "梧川市副市长林志远出席会议。", date="2024-07-01")
    plain = kg.Article("a4", "江川市青山区召开会议，林志远表示要抓落实。", date="2024-08-01")
    with KnowledgeGraph(tmp_path / "store") as graph:
        graph.add([first, second, elsewhere, plain])
        people = graph.query(
            "SELECT DISTINCT ?p WHERE { ?p a kg:Person ; rdfs:label ?n FILTER (STR(?n) = '林志远') }"
        )
        assert len(people) == 2  # 青山区's 林志远 and 梧川市's 林志远
        rows = graph.query_named("posts-of", name="林志远")
        spans = {(r["post"], r["from"], r["to"]) for r in rows}
        assert ("江川市青山区委书记", "2024-01-05", "2024-01-05") in spans
        assert ("梧川市副市长", "2024-07-01", "2024-07-01") in spans
        stated = graph.facts(subject="林志远", predicate="stated")
        assert len(stated) == 1
        qingshan = graph.query(
            "SELECT ?p WHERE { ?p kg:holdsPost/kg:jurisdiction/rdfs:label ?j . "
            "FILTER (STR(?j) = '青山区') }"
        )
        speaker = graph.query("SELECT ?p WHERE { ?p kg:stated ?s }")
        assert {r["p"] for r in speaker} <= {r["p"] for r in qingshan}


def test_posts_over_time_span_first_and_last_article(tmp_path: Path) -> None:
    articles = [
        kg.Article(f"a{i}", "江川市青山区委书记林志远出席会议。", date=day)
        for i, day in enumerate(["2021-03-08", "2022-05-01", "2023-09-30"])
    ]
    with KnowledgeGraph(tmp_path / "store") as graph:
        graph.add(articles)
        rows = graph.query(
            "SELECT ?from ?to ?n WHERE { ?h a kg:PostHolding ; kg:attestations ?n ; "
            "org:memberDuring [ time:hasBeginning/time:inXSDDate ?from ; "
            "time:hasEnd/time:inXSDDate ?to ] }"
        )
        assert rows == [{"from": "2021-03-08", "to": "2023-09-30", "n": 3}]
        held_2022 = graph.query(
            "SELECT DISTINCT ?name WHERE { ?h org:member/rdfs:label ?name ; kg:post/rdfs:label ?post ; "
            "org:memberDuring [ time:hasBeginning/time:inXSDDate ?from ; "
            "time:hasEnd/time:inXSDDate ?to ] "
            "FILTER (CONTAINS(STR(?post), '区委书记') && ?from <= '2022-12-31'^^xsd:date "
            "&& ?to >= '2022-01-01'^^xsd:date) }"
        )
        assert held_2022 == [{"name": "林志远"}]


def test_posts_of_gives_a_post_once_with_its_span_count_and_latest_evidence(
    tmp_path: Path,
) -> None:
    """However many articles attest a post, posts-of answers it in one row: the span,
    how many articles, and the evidence of the latest one (an undated article counts
    but is never the latest while a dated one attests the post)."""
    texts = {
        "a1": ("江川市青山区委书记林志远出席会议。", "2021-03-08"),
        "a3": ("江川市青山区委书记林志远调研企业。", "2023-09-30"),
        "a2": ("江川市青山区委书记林志远看望群众。", "2022-05-01"),
        "a9": ("江川市青山区委书记林志远主持会议。", None),
        "b1": ("江川市青山区委副书记高晓梅出席。", None),
    }
    articles = [kg.Article(key, text, date=day) for key, (text, day) in texts.items()]
    with KnowledgeGraph(tmp_path / "store") as graph:
        graph.add(articles)
        [row] = graph.query_named("posts-of", name="林志远")
        assert (row["post"], row["from"], row["to"]) == ("江川市青山区委书记", "2021-03-08", "2023-09-30")
        assert row["articles"] == 4 and row["article"] == "a3" and row["date"] == "2023-09-30"
        assert row["evidence"] == "江川市青山区委书记林志远调研企业。"
        [undated] = graph.query_named("posts-of", name="高晓梅")
        assert undated["articles"] == 1 and undated["article"] == "b1"
        assert undated["from"] is None and undated["date"] is None
        # Removing the latest article moves the answer to the one before it.
        graph.remove("a3")
        [row] = graph.query_named("posts-of", name="林志远")
        assert (row["to"], row["articles"], row["article"]) == ("2022-05-01", 3, "a2")


def test_entity_lookup_by_alias(graph: KnowledgeGraph) -> None:
    found = graph.entity("青山区")
    assert found is not None and found["type"] == "Place"
    assert any(f["predicate"] == "partOf" for f in found["facts"])
    assert graph.entity("没有这个人") is None


def test_iris_never_hold_raw_text(graph: KnowledgeGraph) -> None:
    for quad in graph.store.quads():
        for term in (quad.subject, quad.predicate, quad.graph_name):
            assert term.value.isascii(), term


def test_networkx_view(graph: KnowledgeGraph) -> None:
    network = graph.to_networkx()
    labels = {data["label"] for _, data in network.nodes(data=True)}
    assert {"林志远", "青山区", "江川市"} <= labels
    predicates = {data["predicate"] for *_, data in network.edges(data=True)}
    assert {"holdsPost", "attended", "partOf"} <= predicates


def test_gold_article_posts_and_attendees(tmp_path: Path, shared: Path) -> None:
    with KnowledgeGraph(tmp_path / "store") as graph:
        graph.add(load_articles([shared / "data/articles/guangming-2021-03-08.txt", *SAMPLE_FILES]))
        posts = graph.query_named("posts-of", name="刘胜")
        assert any(r["post"].endswith("区委书记") for r in posts)
        assert all(
            "刘胜" in r["evidence"] and r["article"] == "guangming-2021-03-08" for r in posts
        )
        attendees = {r["person"] for r in graph.query_named("attendees-of", name="2021-03-05")}
        assert attendees == {"刘胜", "蔡颖", "周荣生", "刘大岭", "张锋", "陈佩群"}
        conforms, report = graph.validate()
        assert conforms, report


def test_an_undated_article_keeps_the_span_of_dated_ones(tmp_path: Path) -> None:
    articles = [
        kg.Article("d1", "江川市青山区委书记林志远出席会议。", date="2022-02-01"),
        kg.Article("d2", "江川市青山区委书记林志远调研。"),
    ]
    with KnowledgeGraph(tmp_path / "store") as graph:
        graph.add(articles)
        rows = graph.query_named("posts-of", name="林志远")
        assert {(r["from"], r["to"]) for r in rows} == {("2022-02-01", "2022-02-01")}


def test_portable_queries_keep_their_answers_without_lateral() -> None:
    from kg.graph import _portable

    lateral = "SELECT * WHERE { ?a ?b ?c LATERAL { ?c ?d ?e } LATERAL { OPTIONAL { ?e ?f ?g } } }"
    assert _portable(lateral) == "SELECT * WHERE { ?a ?b ?c { ?c ?d ?e } OPTIONAL { ?e ?f ?g } }"
    for name in named_queries():
        assert "LATERAL" not in named_query(name, portable=True).replace("(LATERAL)", "")


def test_posts_of_answers_alike_with_and_without_lateral(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store") as graph:
        graph.add(load_articles([SAMPLES]))
        for name, value in (("posts-of", "高晓梅"), ("timeline-of", "林志远"), ("goals-of", "青山区")):
            rows = graph.query(named_query(name), name=parameter(value))
            portable = graph.query(named_query(name, portable=True), name=parameter(value))
            assert rows and sorted(map(str, rows)) == sorted(map(str, portable)), name


def test_the_derived_graph_after_adding_and_removing_is_the_one_built_from_scratch(
    tmp_path: Path,
) -> None:
    """The holdings are rewritten only where they change, whatever came before: adding a
    later article stretches a span, removing it shrinks it back, and the derived graph is
    then quad for quad the one a fresh store builds from the same articles."""
    from kg.graph import DERIVED_GRAPH

    text = "江川市青山区委书记林志远出席会议。"
    first = [kg.Article(f"a{i}", text, date=day) for i, day in enumerate(["2021-03-08", "2022-05-01"])]
    later = kg.Article("a9", text, date="2023-09-30")
    spans = (
        "SELECT ?to ?n WHERE { ?h a kg:PostHolding ; kg:attestations ?n ; "
        "org:memberDuring/time:hasEnd/time:inXSDDate ?to }"
    )
    with KnowledgeGraph(tmp_path / "grown") as graph:
        graph.add(first)
        graph.add([later])
        assert graph.query(spans) == [{"to": "2023-09-30", "n": 3}]
        assert graph.remove("a9")
        assert graph.query(spans) == [{"to": "2022-05-01", "n": 2}]
        grown = set(graph.store.quads(DERIVED_GRAPH))
    with KnowledgeGraph(tmp_path / "fresh") as graph:
        graph.add(first)
        fresh = set(graph.store.quads(DERIVED_GRAPH))
    assert grown == fresh and fresh
