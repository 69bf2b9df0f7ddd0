"""The ``kg`` command: a thin layer over the Python API."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TextIO

from kg.errors import IngestError, KgError
from kg.ingest import load_articles
from kg.model import PREDICATES, ExtractionResult
from kg.nlp.segment import DEFAULT_SEGMENTER, SEGMENTERS
from kg.pipeline import Pipeline

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING_DONE = 0, 1, 2


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    with open(partial, "w", encoding="utf-8") as handle:
        yield handle
    partial.replace(target)  # readers never see a half-written file


def _write_table(result: ExtractionResult, out: TextIO) -> None:
    article = result.article
    out.write(f"# {article.id}  {article.title or ''}  {article.date or ''}\n")
    people: dict[str, list[str]] = {}
    for fact in result.facts:
        if fact.subject.type == "Person":
            people.setdefault(fact.subject.name, [])
        if fact.predicate == "holdsPost":
            people[fact.subject.name].append(fact.object.name)
    width = max((len(name) for name in people), default=4)
    for name, posts in people.items():
        padded = name.ljust(width, "\u3000")
        out.write(f"  {padded}  {'、'.join(posts) or '-'}\n")


def _extract(args: argparse.Namespace) -> int:
    pipeline = Pipeline(segmenter=args.segmenter, extractors=args.extractors)
    failures: list[IngestError | KgError] = []
    counts: Counter[str] = Counter()
    articles = 0

    def report(error: IngestError) -> None:
        failures.append(error)
        print(f"kg: skipped {error}", file=sys.stderr)

    with _output(args.output) as out:
        for article in load_articles(args.paths, errors=report):
            try:
                result = pipeline(article)
            except KgError as error:
                failures.append(error)
                print(f"kg: {error}", file=sys.stderr)
                continue
            articles += 1
            if args.format == "table":
                _write_table(result, out)
                continue
            for fact in result.facts:
                counts[fact.predicate] += 1
                out.write(json.dumps(fact.to_json(), ensure_ascii=False) + "\n")
    summary = ", ".join(f"{p} {counts[p]}" for p in PREDICATES)
    print(
        f"kg: {articles} articles, {sum(counts.values())} facts ({summary}), "
        f"{len(failures)} errors",
        file=sys.stderr,
    )
    if failures:
        return EXIT_SOME_FAILED if articles else EXIT_NOTHING_DONE
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    samples = resources.files("kg.resources").joinpath("samples")
    paths = sorted(str(p) for p in Path(str(samples)).iterdir() if p.suffix != ".md")
    pipeline = Pipeline(segmenter=args.segmenter)
    totals: Counter[str] = Counter()
    for article in load_articles(paths):
        result = pipeline(article)
        print(f"\n== {article.id}  {article.title or ''}  ({article.date or 'no date'})")
        for fact in result.facts:
            totals[fact.predicate] += 1
            print(
                f"  {fact.subject.name} --{fact.predicate}--> {fact.object.name}"
                f"  [{fact.confidence:.2f}]"
            )
    print(
        "\nSummary: "
        + ", ".join(f"{p} {totals[p]}" for p in PREDICATES)
        + f"; {sum(totals.values())} facts in {len(paths)} files"
    )
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``kg`` command."""
    parser = argparse.ArgumentParser(prog="kg", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract facts from articles as JSON Lines")
    extract.add_argument(
        "paths", nargs="+", help="article files (.txt .jsonl .json .html) or folders"
    )
    extract.add_argument("-o", "--output", help="write here instead of standard output")
    extract.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="jsonl: one fact a line (default); table: people and their posts",
    )
    extract.add_argument("--segmenter", choices=sorted(SEGMENTERS), default=DEFAULT_SEGMENTER)
    extract.add_argument(
        "--extractors",
        nargs="+",
        metavar="NAME",
        help="run only these extractors (and those they need)",
    )
    extract.set_defaults(run=_extract)

    demo = commands.add_parser(
        "demo", help="extract the bundled sample articles and print the facts"
    )
    demo.add_argument("--segmenter", choices=sorted(SEGMENTERS), default=DEFAULT_SEGMENTER)
    demo.set_defaults(run=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kg`` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KgError as error:
        print(f"kg: {error}", file=sys.stderr)
        return EXIT_NOTHING_DONE


if __name__ == "__main__":
    sys.exit(main())
