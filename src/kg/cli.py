"""The ``kg`` command: a thin layer over the Python API."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import pyoxigraph as ox

from kg import serve
from kg.build import BATCH_SIZE, DEFAULT_LIMITS, ENGINES, Limits, default_workers
from kg.errors import ExtractionError, IngestError, KgError
from kg.graph import BuildSummary, KnowledgeGraph, named_queries, named_query, parameter
from kg.ingest import count_articles, load_articles
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


def _mentions(args: argparse.Namespace) -> int:
    from kg.mentions import mention_record, mentions_many
    from kg.ner import Recognizer

    recognizer = Recognizer.load(args.model)
    failures = 0
    spans = articles = 0

    def report(error: IngestError) -> None:
        nonlocal failures
        failures += 1
        print(f"kg: skipped {error}", file=sys.stderr)

    with _output(args.output) as out:
        # Many articles are tagged at a time (several times faster than one by one).
        found = mentions_many(load_articles(args.paths, errors=report), recognizer, args.segmenter)
        for article, article_spans in found:
            articles += 1
            for span in article_spans:
                spans += 1
                out.write(json.dumps(mention_record(article, span), ensure_ascii=False) + "\n")
    print(f"kg: {articles} articles, {spans} mentions, {failures} errors", file=sys.stderr)
    if failures:
        return EXIT_SOME_FAILED if articles else EXIT_NOTHING_DONE
    return EXIT_OK


def _train_ner(args: argparse.Namespace) -> int:
    from kg.ner.train import train

    if args.cluener is None and not args.peoples_daily:
        raise KgError("give training data: --cluener FILE and/or --peoples-daily FILE...")
    settings = {
        key: value
        for key, value in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.max_iterations))
        if value is not None
    }
    report = train(
        Path(args.output),
        cluener=Path(args.cluener) if args.cluener else None,
        peoples_daily=[Path(p) for p in args.peoples_daily],
        **settings,  # type: ignore[arg-type]
    )
    print(f"kg: {report}", file=sys.stderr)
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    samples = resources.files("kg.resources").joinpath("samples")
    paths = sorted(str(p) for p in Path(str(samples)).iterdir() if p.suffix != ".md")

    def show(result: ExtractionResult) -> None:
        article = result.article
        print(f"\n== {article.id}  {article.title or ''}  ({article.date or 'no date'})")
        for fact in result.facts:
            print(
                f"  {fact.subject.name} --{fact.predicate}--> {fact.object.name}"
                f"  [{fact.confidence:.2f}]"
            )

    with KnowledgeGraph(args.store, segmenter=args.segmenter) as graph:
        summary = graph.add(load_articles(paths), results=show)
        print(f"\nSummary: {summary}")
        print(f"Built {summary.articles} articles into {args.store} ({len(graph.store)} quads).")
        for name, value in (
            ("posts-of", "高晓梅"),
            ("attendees-of", "2024-04-10"),
            ("goals-of", "青山区"),
        ):
            print(f"\n$ kg query --store {args.store} --named {name} {value}")
            rows = graph.query_named(name, name=value)
            _print_table(
                [{k: v for k, v in row.items() if k != "evidence"} for row in rows], sys.stdout
            )
        page = graph.explore(Path(args.store).parent / "demo-graph.html")
        print(f"\nExplorer: open {page} in a browser (works offline).")
    return EXIT_OK


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _print_table(rows: list[dict[str, object]], out: TextIO, limit: int = 60) -> None:
    if not rows:
        out.write("(no results)\n")
        return
    columns = list(rows[0])
    cells = [[_cell(row[c], limit) for c in columns] for row in rows]
    widths = [max(_width(c), *(_width(r[i]) for r in cells)) for i, c in enumerate(columns)]
    for line in [columns, ["-" * w for w in widths], *cells]:
        out.write(
            "  ".join(v + " " * (w - _width(v)) for v, w in zip(line, widths, strict=True)).rstrip()
        )
        out.write("\n")


def _cell(value: object, limit: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _build(args: argparse.Namespace) -> int:
    failures: list[KgError] = []
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    bar = _progress_bar(args.paths) if show else None

    def say(line: str) -> None:
        if bar is not None:
            bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def report(error: KgError) -> None:
        failures.append(error)
        say(f"kg: skipped {error}")

    def progress(summary: BuildSummary) -> None:
        if bar is not None:
            bar.update(summary.articles + len(failures) - bar.n)
            bar.set_postfix_str(
                f"{sum(summary.facts.values())} facts, {len(failures)} errors, "
                f"{summary.characters / max(summary.seconds, 1e-9) / 1e3:.0f}k chars/s",
                refresh=False,
            )

    limits = Limits(max_chars=args.max_chars, seconds=args.article_timeout)
    try:
        with _notes(say), KnowledgeGraph(args.store, segmenter=args.segmenter) as graph:
            summary = graph.add(
                load_articles(args.paths, errors=report),
                errors=report,
                workers=args.workers,
                engine=args.engine,
                scheduler=args.scheduler,
                batch_size=args.batch_size,
                progress=progress,
                limits=limits,
            )
            quads = len(graph.store)
    finally:
        if bar is not None:
            bar.close()
        if args.errors:
            _write_errors(args.errors, failures)
    rate = summary.characters / max(summary.seconds, 1e-9)
    print(
        f"kg: built {summary.articles} articles ({summary.characters} characters) into "
        f"{args.store} in {summary.seconds:.1f} s ({rate / 1e3:.0f}k characters/s); "
        f"{len(failures)} failed; the store holds {quads} quads",
        file=sys.stderr,
    )
    facts = ", ".join(f"{p} {summary.facts[p]}" for p in PREDICATES)
    print(f"kg: {sum(summary.facts.values())} facts: {facts}", file=sys.stderr)
    if failures and args.errors:
        print(f"kg: the failures are listed in {args.errors}", file=sys.stderr)
    if not summary.articles:
        if not failures:
            print(f"kg: no articles found in {' '.join(args.paths)}", file=sys.stderr)
        return EXIT_NOTHING_DONE
    return EXIT_SOME_FAILED if failures else EXIT_OK


@contextmanager
def _notes(say: Callable[[str], None]) -> Iterator[None]:
    """Show what the readers note of the input (an encoding detected, say) as it comes."""

    class Notes(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            say(f"kg: note: {record.getMessage()}")

    logger = logging.getLogger("kg.ingest")
    handler = Notes(logging.INFO)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def error_record(error: KgError) -> dict[str, object]:
    """One failure as a JSON object: where (file, line, article), what, and the message."""
    if isinstance(error, IngestError):
        return {
            "stage": "read",
            "path": error.source,
            "line": error.line,
            "article": None,
            "reason": error.reason,
            "message": str(error),
        }
    if isinstance(error, ExtractionError):
        return {
            "stage": "extract",
            "path": error.path,
            "line": None,
            "article": error.article,
            "reason": error.reason,
            "message": str(error),
        }
    return {
        "stage": "build",
        "path": None,
        "line": None,
        "article": None,
        "reason": str(error),
        "message": str(error),
    }


def _write_errors(path: str, failures: list[KgError]) -> None:
    """The failures as JSON Lines, written to a temporary name and renamed."""
    with _output(path) as out:
        for error in failures:
            out.write(json.dumps(error_record(error), ensure_ascii=False) + "\n")


def _progress_bar(paths: list[str]) -> Any:
    from tqdm import tqdm

    return tqdm(
        total=count_articles(paths) or None,
        unit=" articles",
        file=sys.stderr,
        dynamic_ncols=True,
        smoothing=0.1,
    )


def _query(args: argparse.Namespace) -> int:
    with KnowledgeGraph(args.store, read_only=True) as graph:
        if args.named:
            sparql = named_query(args.named, portable=not graph.embedded)
            bindings: dict[str, object] = (
                {"name": parameter(" ".join(args.sparql))} if args.sparql else {}
            )
        elif args.sparql:
            sparql, bindings = " ".join(args.sparql), {}
        else:
            raise KgError(
                "give a SPARQL query, or --named NAME VALUE; named queries: "
                + ", ".join(named_queries())
            )
        if args.format == "table":
            _print_table(graph.query(sparql, **bindings), sys.stdout)
            return EXIT_OK
        result = graph.store.query(sparql, bindings)
        formats = {
            "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV,
            "json": ox.QueryResultsFormat.JSON,
        }
        if isinstance(result, ox.QueryTriples):
            ox.serialize(result, sys.stdout.buffer, ox.RdfFormat.TURTLE)
        else:
            result.serialize(sys.stdout.buffer, formats[args.format])
        sys.stdout.flush()
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    with KnowledgeGraph(args.store, read_only=True) as graph:
        graph.export(args.output or sys.stdout.buffer, args.format)
    return EXIT_OK


def _explore(args: argparse.Namespace) -> int:
    with KnowledgeGraph(args.store, read_only=True) as graph:
        path = graph.explore(
            args.output,
            focus=args.focus,
            max_nodes=args.max_nodes,
            endpoint=args.endpoint,
        )
    print(f"kg: wrote the explorer to {path}", file=sys.stderr)
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    with KnowledgeGraph(args.store, read_only=True) as graph:
        conforms, report = graph.validate()
    print(
        report if not conforms or args.verbose else "kg: the graph conforms to ontology/shapes.ttl"
    )
    return EXIT_OK if conforms else EXIT_SOME_FAILED


def _stats(args: argparse.Namespace) -> int:
    with KnowledgeGraph(args.store, read_only=True) as graph:
        stats = graph.stats()
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    return EXIT_OK


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


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

    build = commands.add_parser("build", help="extract articles into a persistent graph store")
    build.add_argument("paths", nargs="+", help="article files or folders")
    build.add_argument(
        "--store",
        required=True,
        help="the store's folder (created if missing), or a SPARQL server's query URL",
    )
    build.add_argument("--segmenter", choices=sorted(SEGMENTERS), default=DEFAULT_SEGMENTER)
    build.add_argument(
        "--workers",
        type=_positive,
        default=default_workers(),
        metavar="N",
        help=f"extraction processes (default: all {default_workers()} cores; 1: no pool)",
    )
    build.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="local: this machine (default); dask: a Dask cluster",
    )
    build.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler (tcp://host:8786); a local cluster when omitted",
    )
    build.add_argument(
        "--batch-size",
        type=_positive,
        default=BATCH_SIZE,
        metavar="N",
        help=f"articles per batch and per transaction (default {BATCH_SIZE})",
    )
    build.add_argument(
        "--max-chars",
        type=_positive,
        default=DEFAULT_LIMITS.max_chars,
        metavar="N",
        help=f"skip articles longer than N characters (default {DEFAULT_LIMITS.max_chars:,})",
    )
    build.add_argument(
        "--article-timeout",
        type=float,
        default=DEFAULT_LIMITS.seconds,
        metavar="SECONDS",
        help=f"give up on an article after this long (default {DEFAULT_LIMITS.seconds:g}; 0: no limit)",
    )
    build.add_argument(
        "--errors",
        metavar="FILE",
        help="write the articles that failed to FILE as JSON Lines (path, line, article, reason)",
    )
    build.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )
    build.set_defaults(run=_build)

    query = commands.add_parser("query", help="run a SPARQL query (or a named one) on a store")
    query.add_argument("sparql", nargs="*", help="the query, or the value for --named")
    query.add_argument("--store", required=True)
    query.add_argument(
        "--named",
        metavar="NAME",
        help="a shipped query: posts-of, attendees-of, goals-of, timeline-of, ...",
    )
    query.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    query.set_defaults(run=_query)

    export = commands.add_parser("export", help="write the graph as RDF or GraphML")
    export.add_argument("--store", required=True)
    export.add_argument(
        "--format", choices=("ttl", "nt", "nq", "trig", "jsonld", "graphml"), default="trig"
    )
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    export.set_defaults(run=_export)

    explore = commands.add_parser("explore", help="write the offline HTML graph explorer")
    explore.add_argument("--store", required=True)
    explore.add_argument("-o", "--output", default="graph.html", help="the page to write")
    explore.add_argument("--focus", help="open on the neighbourhood of this entity")
    explore.add_argument("--max-nodes", type=int, default=1000, help="entities drawn at first")
    explore.add_argument("--endpoint", help="a SPARQL endpoint the page may ask for more")
    explore.set_defaults(run=_explore)

    validate = commands.add_parser("validate", help="check the graph against the SHACL shapes")
    validate.add_argument("--store", required=True)
    validate.add_argument("-v", "--verbose", action="store_true", help="print the full report")
    validate.set_defaults(run=_validate)

    stats = commands.add_parser("stats", help="count articles, entities and facts in a store")
    stats.add_argument("--store", required=True)
    stats.set_defaults(run=_stats)

    mentions = commands.add_parser(
        "mentions", help="recognise persons, organisations, places and posts as JSON Lines"
    )
    mentions.add_argument("paths", nargs="+", help="article files or folders")
    mentions.add_argument("-o", "--output", help="write here instead of standard output")
    mentions.add_argument("--model", help="a model from kg train-ner (default: the shipped one)")
    mentions.add_argument("--segmenter", choices=sorted(SEGMENTERS), default=DEFAULT_SEGMENTER)
    mentions.set_defaults(run=_mentions)

    train_ner = commands.add_parser(
        "train-ner", help="train the entity recogniser (a CRF) on labelled sentences"
    )
    train_ner.add_argument("-o", "--output", required=True, help="the model file to write")
    train_ner.add_argument(
        "--cluener", metavar="FILE", help="CLUENER2020-style JSON Lines (text, label)"
    )
    train_ner.add_argument(
        "--peoples-daily",
        nargs="+",
        default=[],
        metavar="FILE",
        help="character-per-line BIO files (PER, ORG, LOC), sentences split by empty lines",
    )
    train_ner.add_argument("--c1", type=float, help="L1 penalty (default: the shipped model's)")
    train_ner.add_argument("--c2", type=float, help="L2 penalty (default: the shipped model's)")
    train_ner.add_argument(
        "--max-iterations", type=_positive, metavar="N", help="(default: the shipped model's)"
    )
    train_ner.set_defaults(run=_train_ner)

    serve.add_parser(commands)

    demo = commands.add_parser(
        "demo", help="extract the bundled sample articles, print the facts, build a demo graph"
    )
    demo.add_argument("--segmenter", choices=sorted(SEGMENTERS), default=DEFAULT_SEGMENTER)
    demo.add_argument("--store", default="out/demo-store", help="where to build the demo graph")
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
    except BrokenPipeError:
        # The reader went away (kg extract ... | head): stop quietly, as other tools do.
        # Standard output is pointed at /dev/null so that the flush at exit is silent.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SOME_FAILED


if __name__ == "__main__":
    sys.exit(main())
