"""Entity recognition quality and speed: the CRF recogniser against jieba's tags.

Scores, with exact-span precision, recall and F1 per type:

- ``../shared/data/cluener/dev.json`` (name -> Person; government, organization, company
  -> Organization; address -> Place; position -> Post), tagged in the CLUENER convention;
- ``../shared/data/peoples_daily_ner/example.test`` (PER, ORG, LOC), tagged in the
  People's Daily convention;

each by the recogniser on every sentence (ungated), by the recogniser as kg runs it
(gated: only clauses with a trigger), and by the baseline of jieba's tags computed in the
same run (kg's segmenter; ``nr*`` -> Person, ``ns`` -> Place, ``nt`` -> Organization; no
jieba tag stands for a post); the recogniser's spans come from its batch path
(:meth:`~kg.ner.Recognizer.spans_many`), which gives the spans of its per-sequence path.
Then the speed in characters per second over the politics corpus
``../shared/data/news/politics.jsonl`` in this one process (one core: the CPU time of
the batch path is printed beside its wall time), gated and ungated, segmentation
included: of the batch path (many articles at a time) and of the per-sequence path
(:meth:`~kg.ner.Recognizer.spans` on one article after another, python-crfsuite tagging
one sequence at a time), measured in the same run; and the fraction of characters the CRF
sees.

Neither scored set is trained on (``scripts/train_ner.py`` uses CLUENER train and
People's Daily example.dev). Prints figures, never passes or fails.

Run from the repository root::

    .venv/bin/python benchmarks/ner_eval.py [--model PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from kg.ner import Recognizer
from kg.ner.corpora import Example, read_cluener, read_peoples_daily
from kg.ner.score import Triple, TypeScore, score
from kg.nlp.segment import Segmenter, get_segmenter, tag_words

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / ".." / "shared" / "data"
CLUENER_DEV = DATA / "cluener" / "dev.json"
PEOPLES_DAILY_TEST = DATA / "peoples_daily_ner" / "example.test"
POLITICS = DATA / "news" / "politics.jsonl"
TYPES = ("Person", "Organization", "Place", "Post")


def jieba_spans(segmenter: Segmenter, text: str) -> list[Triple]:
    """The baseline: each word jieba tags ``nr*``, ``ns`` or ``nt`` as one span."""
    spans: list[Triple] = []
    position = 0
    for word, tag in segmenter.tag(text):
        kind = (
            "Person"
            if tag.startswith("nr")
            else {"ns": "Place", "nt": "Organization"}.get(tag)
        )
        if kind:
            spans.append((position, position + len(word), kind))
        position += len(word)
    return spans


def recognised(recognizer: Recognizer, texts: list[str]) -> list[list[Triple]]:
    """The recogniser's spans of each of ``texts`` as scored triples."""
    return [
        [(span.start, span.end, span.type) for span in spans]
        for spans in recognizer.spans_many([(text, 0, len(text)) for text in texts])
    ]


def evaluate(
    name: str, examples: list[Example], recognizers: dict[str, Recognizer], types: Iterable[str]
) -> None:
    """Score the baseline and each recogniser on ``examples`` and print one table."""
    segmenter = get_segmenter()
    columns = {"jieba tags": score((e.spans, jieba_spans(segmenter, e.text)) for e in examples)}
    for label, recognizer in recognizers.items():
        found = recognised(recognizer, [e.text for e in examples])
        pairs = zip(examples, found, strict=True)
        columns[label] = score((example.spans, spans) for example, spans in pairs)
    print(f"\n{name}: {len(examples)} sentences, {sum(len(e.text) for e in examples)} characters")
    header = "".join(f" | {label:^20}" for label in columns)
    print(f"{'type':13} {'gold':>5}{header}")
    print(f"{'':13} {'':>5}" + " | {:>6}{:>7}{:>7}".format("P", "R", "F1") * len(columns))
    for kind in types:
        gold = next((c[kind].gold for c in columns.values() if kind in c), 0)
        cells = []
        for label, scores in columns.items():
            entry = scores.get(kind, TypeScore())
            if label == "jieba tags" and kind == "Post":
                cells.append(f" | {'(no jieba tag)':>20}")
            else:
                cells.append(f" | {entry.precision:6.3f} {entry.recall:6.3f} {entry.f1:6.3f}")
        print(f"{kind:13} {gold:5d}" + "".join(cells))


def speed(recognizer: Recognizer, texts: list[str]) -> tuple[float, float, float, float]:
    """Characters per second over ``texts`` (best of two runs) of ``recognizer.spans_many``
    and the CPU time it took over its wall time, characters per second of
    ``recognizer.spans`` one text after another, and the fraction of characters the CRF
    tags."""
    characters = sum(map(len, texts))
    ranges = [(text, 0, len(text)) for text in texts]
    recognizer.spans_many(ranges[:10])  # reads the batch tables
    batch = cpu = single = float("inf")
    for _ in range(2):
        started, used = time.perf_counter(), time.process_time()
        recognizer.spans_many(ranges)
        if time.perf_counter() - started < batch:
            batch, cpu = time.perf_counter() - started, time.process_time() - used
        started = time.perf_counter()
        for text in texts:
            recognizer.spans(text)
        single = min(single, time.perf_counter() - started)
    segmenter = get_segmenter()
    tagged = sum(
        end - start
        for text in texts
        for start, end in recognizer.sequences(
            text, words=tag_words(segmenter, text, 0, len(text))
        )
    )
    return characters / batch, cpu / batch, characters / single, tagged / characters


def main() -> int:
    """Print the quality tables and the speed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=None, help="default: the shipped model")
    parser.add_argument("--limit", type=int, default=0, help="politics articles for speed (0: all)")
    args = parser.parse_args()
    missing = [p for p in (CLUENER_DEV, PEOPLES_DAILY_TEST, POLITICS) if not p.exists()]
    if missing:
        print(f"skipped: {', '.join(str(p) for p in missing)} not found (../shared is absent)")
        return 0
    get_segmenter().tag("预热")
    evaluate(
        "CLUENER dev (CLUENER convention)",
        list(read_cluener(CLUENER_DEV)),
        {
            "CRF, every sentence": Recognizer.load(args.model, convention="cluener", gate=False),
            "CRF, gated": Recognizer.load(args.model, convention="cluener", gate=True),
        },
        TYPES,
    )
    evaluate(
        "People's Daily test (People's Daily convention)",
        list(read_peoples_daily(PEOPLES_DAILY_TEST)),
        {
            "CRF, every sentence": Recognizer.load(args.model, convention="pd", gate=False),
            "CRF, gated": Recognizer.load(args.model, convention="pd", gate=True),
            "CRF, cluener conv.": Recognizer.load(args.model, convention="cluener", gate=False),
        },
        TYPES[:3],
    )
    with POLITICS.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    if args.limit:
        texts = texts[: args.limit]
    print(f"\nspeed over {len(texts)} politics articles, {sum(map(len, texts))} characters, one core:")
    print(f"  {'':15} {'batch':>18} {'(CPU/wall)':>10} {'per sequence':>18} {'ratio':>6}")
    for label, gate in (("gated", True), ("every sentence", False)):
        batch, cpu, single, fraction = speed(Recognizer.load(args.model, gate=gate), texts)
        print(
            f"  {label:15} {batch:12,.0f} char/s {cpu:10.2f} {single:12,.0f} char/s "
            f"{batch / single:5.1f}x   CRF sees {fraction:6.1%} of characters"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
