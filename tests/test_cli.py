"""The kg command as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

SAMPLES = Path(str(resources.files("kg.resources").joinpath("samples")))
REQUIRED = {
    "article",
    "subject",
    "subject_type",
    "predicate",
    "object",
    "object_type",
    "evidence",
    "start",
    "end",
    "confidence",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, check=False
    )


def test_extract_writes_the_fact_contract(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    done = run(
        "extract",
        str(SAMPLES / "qingshan-2024-04-12.txt"),
        str(SAMPLES / "samples.jsonl"),
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(REQUIRED <= set(row) for row in rows)
    texts = {
        "qingshan-2024-04-12": (SAMPLES / "qingshan-2024-04-12.txt").read_text(encoding="utf-8")
    }
    for line in (SAMPLES / "samples.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        texts[item["id"]] = item["text"]
    for row in rows:
        assert texts[row["article"]][row["start"] : row["end"]] == row["evidence"]
    assert {row["article"] for row in rows} == set(texts)
    assert "4 articles" in done.stderr


def test_table_format_lists_people_and_posts() -> None:
    done = run("extract", str(SAMPLES / "qingshan-2024-04-12.txt"), "--format", "table")
    assert done.returncode == 0
    assert "林志远" in done.stdout and "区委书记" in done.stdout


def test_bad_articles_are_named_and_the_rest_go_through(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "ok", "text": "区长高晓梅出席会议。"}\nnot json\n{"id": true, "text": "x"}\n',
        encoding="utf-8",
    )
    done = run("extract", str(bad))
    assert done.returncode == 1
    assert f"{bad}:2" in done.stderr and f"{bad}:3" in done.stderr
    assert '"article": "ok"' in done.stdout


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    done = run("extract", str(empty))
    assert done.returncode == 2
    assert "empty.txt" in done.stderr


def test_demo_prints_facts_for_every_sample() -> None:
    done = run("demo")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n== ") >= 5
    assert "Summary:" in done.stdout


def test_build_query_export_validate_stats(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    done = run("build", str(SAMPLES), "--store", store)
    assert done.returncode == 0, done.stderr
    assert "6 articles" in done.stderr

    table = run("query", "--store", store, "--named", "posts-of", "林志远")
    assert table.returncode == 0 and "区委书记" in table.stdout

    as_json = run(
        "query",
        "--store",
        store,
        "--format",
        "json",
        "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } ORDER BY ?n LIMIT 3",
    )
    rows = json.loads(as_json.stdout)["results"]["bindings"]
    assert len(rows) == 3 and all(r["n"]["xml:lang"] == "zh" for r in rows)
    for fmt, sep in (("csv", ","), ("tsv", "\t")):
        out = run(
            "query",
            "--store",
            store,
            "--format",
            fmt,
            "SELECT ?a ?t WHERE { ?x kg:articleId ?a ; schema:headline ?t }",
        ).stdout
        # five of the six samples have a headline (the plain-text one has no header)
        assert out.splitlines()[0].replace("?", "") == f"a{sep}t" and len(out.splitlines()) == 6

    exported = tmp_path / "graph.trig"
    assert run("export", "--store", store, "--format", "trig", "-o", str(exported)).returncode == 0
    assert exported.stat().st_size > 10_000

    valid = run("validate", "--store", store)
    assert valid.returncode == 0 and "conforms" in valid.stdout

    stats = json.loads(run("stats", "--store", store).stdout)
    assert stats["articles"] == 6 and stats["predicates"]["holdsPost"] > 10


def test_bad_sparql_is_a_clear_error(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    run("build", str(SAMPLES / "samples.jsonl"), "--store", store)
    done = run("query", "--store", store, "SELEKT nothing")
    assert done.returncode == 2 and "SPARQL" in done.stderr


def test_mentions_writes_spans_that_slice_back_to_the_article(tmp_path: Path) -> None:
    text = (
        "3月2日，国务院副总理刘国中在北京会见来访的斐济总理冯葆尼瓦一行。"
        "南湾市委副书记、市长宣可涵主持召开市政府常务会议。"
    )
    source = tmp_path / "articles.jsonl"
    source.write_text(
        json.dumps({"id": "visit", "text": text}, ensure_ascii=False)
        + "\n{broken\n",
        encoding="utf-8",
    )
    out = tmp_path / "mentions.jsonl"
    done = run("mentions", str(source), "-o", str(out))
    assert done.returncode == 1, done.stderr  # the broken line fails alone
    assert "articles.jsonl:2" in done.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(
        set(row) == {"article", "start", "end", "text", "type", "confidence"} for row in rows
    )
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)
    found = {(row["text"], row["type"]) for row in rows}
    assert {("刘国中", "Person"), ("冯葆尼瓦", "Person"), ("宣可涵", "Person")} <= found
    assert any(t == "Post" for _, t in found) and any(t == "Place" for _, t in found)
    assert all(0 < row["confidence"] <= 1 for row in rows)


def test_train_ner_writes_a_model_mentions_can_use(tmp_path: Path) -> None:
    # A tiny CLUENER-style corpus of our own: enough for the model to learn its names.
    lines = []
    for name, post in (("林志远", "书记"), ("高晓梅", "区长"), ("韩嘉怡", "副区长")) * 4:
        sentence = f"青山区{post}{name}出席会议。"
        start = sentence.index(name)
        lines.append(
            {
                "text": sentence,
                "label": {
                    "name": {name: [[start, start + len(name) - 1]]},
                    "position": {post: [[3, 3 + len(post) - 1]]},
                    "address": {"青山区": [[0, 2]]},
                },
            }
        )
    corpus = tmp_path / "train.json"
    corpus.write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8"
    )
    model = tmp_path / "model.crfsuite"
    done = run("train-ner", "--cluener", str(corpus), "-o", str(model), "--max-iterations", "50")
    assert done.returncode == 0, done.stderr
    assert model.stat().st_size > 0
    article = tmp_path / "a.jsonl"
    article.write_text(
        json.dumps({"id": "a", "text": "青山区书记林志远出席会议。"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    found = run("mentions", str(article), "--model", str(model))
    assert found.returncode == 0, found.stderr
    rows = [json.loads(line) for line in found.stdout.splitlines()]
    assert ("林志远", "Person") in {(row["text"], row["type"]) for row in rows}


def test_train_ner_without_data_is_a_clear_error(tmp_path: Path) -> None:
    done = run("train-ner", "-o", str(tmp_path / "m.crfsuite"))
    assert done.returncode == 2 and "--cluener" in done.stderr


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "extract", str(SAMPLES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()  # like `kg extract ... | head -1`
    process.stdout.close()
    errors = process.stderr.read()
    process.wait(timeout=120)
    assert json.loads(first)["article"]
    assert "Traceback" not in errors and "BrokenPipeError" not in errors
