"""Extraction quality on the hand-checked gold in ../shared, and a run over every article.

The floor is the issue's: macro-F1 0.75 with no predicate below 0.5. The gold is
scored by ../shared/eval/score.py, the same scorer the project is judged by.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import kg
from kg.ingest import load_articles

MACRO_FLOOR = 0.75
PREDICATE_FLOOR = 0.5


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_articles(shared: Path) -> list[kg.Article]:
    ids = set()
    for path in (shared / "gold").glob("*.jsonl"):
        ids |= {
            json.loads(line)["article"]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line
        }
    found = [a for a in load_articles([shared / "data" / "news" / "politics.jsonl"]) if a.id in ids]
    found += list(load_articles([shared / "data" / "articles"]))
    return [a for a in found if a.id in ids]


def test_gold_macro_f1_above_the_floor(shared: Path) -> None:
    scorer = _scorer(shared)
    predicted = [f.to_json() for a in _gold_articles(shared) for f in kg.extract(a)]
    result = scorer.score(scorer.read_jsonl([shared / "gold"]), predicted)
    table = {p: round(row["f1"], 3) for p, row in result["per_predicate"].items()}
    assert result["macro"]["f1"] >= MACRO_FLOOR, table
    assert min(table.values()) >= PREDICATE_FLOOR, table


def test_every_corpus_article_goes_through(shared: Path) -> None:
    counts: Counter[str] = Counter()
    articles = 0
    for article in load_articles(sorted((shared / "data" / "news").glob("*.jsonl"))):
        for fact in kg.extract(article):
            counts[fact.predicate] += 1
            assert article.text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
        articles += 1
    print("facts per predicate over the corpus:", dict(counts))
    assert articles == 3906
    assert set(counts) == set(kg.PREDICATES)
