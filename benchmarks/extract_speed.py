"""Speed of ``kg extract`` against plain segmentation, on one core, in one run.

Measures, over the article texts (field ``text``) of a JSON Lines corpus:

1. ``jieba.Tokenizer().lcut`` (word segmentation only; the baseline),
2. ``jieba.posseg.POSTokenizer(tok).lcut`` (segmentation and part-of-speech tags),
3. ``rjieba.Jieba().tag`` (the same in jieba-rs),
4. the full ``kg`` pipeline (``Pipeline()``, backend rjieba, and ``Pipeline(segmenter="jieba")``)
   over ``kg.Article`` objects built before timing.

Every tokenizer and pipeline is built and warmed up outside the timed loops; each loop runs
sequentially in this process (no multiprocessing) and the best of ``--repeat`` runs is kept.
Reports seconds, characters per second and the rate relative to ``jieba.lcut``.
``--quick`` leaves out the two slow steps (``jieba.posseg`` and the pipeline on jieba).

Run from the repository root::

    .venv/bin/python benchmarks/extract_speed.py [--corpus PATH] [--limit N] [--repeat K] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / ".." / "shared" / "data" / "news" / "politics.jsonl"


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest wall time, in seconds, of ``repeat`` calls of ``run``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines corpus")
    parser.add_argument("--limit", type=int, default=None, help="first N articles (default all)")
    parser.add_argument("--repeat", type=int, default=1, help="best of K timings (default 1)")
    parser.add_argument(
        "--quick", action="store_true", help="leave out jieba.posseg and kg extract (jieba)"
    )
    args = parser.parse_args(argv)

    corpus: Path = args.corpus.resolve()
    if not corpus.is_file():
        print(f"../shared not present: {corpus} not found; nothing to measure.")
        return 0

    import jieba
    import jieba.posseg
    import rjieba

    from kg import Article
    from kg.pipeline import Pipeline

    with corpus.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()][: args.limit]
    texts: list[str] = [row["text"] for row in rows]
    articles = [
        Article(id=row["id"], text=row["text"], title=row.get("title"), date=row.get("date"))
        for row in rows
    ]
    chars = sum(len(text) for text in texts)

    tok = jieba.Tokenizer()
    tok.initialize()
    posseg = jieba.posseg.POSTokenizer(tok)
    rj = rjieba.Jieba()
    kg_rjieba, kg_jieba = Pipeline(), Pipeline(segmenter="jieba")
    for warm in (tok.lcut, posseg.lcut, rj.tag):
        warm(texts[0])
    for pipeline in (kg_rjieba, kg_jieba):
        pipeline(articles[0])

    def over_texts(fn: Callable[[str], object]) -> Callable[[], None]:
        def run() -> None:
            for text in texts:
                fn(text)

        return run

    def over_articles(pipeline: Pipeline) -> Callable[[], None]:
        def run() -> None:
            for article in articles:
                pipeline(article)

        return run

    cases: list[tuple[str, Callable[[], None]]] = [
        ("jieba.lcut", over_texts(tok.lcut)),
        ("jieba.posseg", over_texts(posseg.lcut)),
        ("rjieba.tag", over_texts(rj.tag)),
        ("kg extract (rjieba)", over_articles(kg_rjieba)),
        ("kg extract (jieba)", over_articles(kg_jieba)),
    ]
    if args.quick:
        cases = [case for case in cases if case[0] not in ("jieba.posseg", "kg extract (jieba)")]

    print(f"corpus:  {corpus}")
    print(f"size:    {len(texts):,} articles, {chars:,} characters")
    print(f"python:  {platform.python_version()} ({sys.implementation.name})")
    print(f"cpus:    os.cpu_count() = {os.cpu_count()} (measured on one core, sequentially)")
    print(f"repeat:  best of {args.repeat}")
    print()
    print(f"{'step':<20} {'seconds':>9} {'chars/s':>12}  vs jieba.lcut")
    baseline = 0.0
    for name, run in cases:
        seconds = best_of(args.repeat, run)
        rate = chars / seconds
        baseline = baseline or rate
        print(f"{name:<20} {seconds:>9.3f} {rate:>12,.0f}  {rate / baseline:>6.2f}x")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print()
    print(f"peak RSS: {peak_kib / 1024:,.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
