"""Speed of kg's embedded Oxigraph store against rdflib's in-memory store, in one run.

Measures, over the articles of ``../shared/data/news/*.jsonl``:

1. extraction and linking (``Pipeline``, ``Linker.observe`` then ``article_quads``), once,
   outside the store timings; reported as context;
2. loading those quads into a fresh on-disk ``kg.store.EmbeddedStore`` one article graph
   at a time with ``replace_graph`` (what ``kg build`` does), the ``flush``, and the
   derived-graph refresh (``KnowledgeGraph.refresh_derived``);
3. loading the same quads into ``rdflib.Dataset(default_union=True)`` with ``addN``
   (terms are converted to rdflib before timing), and the same derived-graph SPARQL
   update run by rdflib;
4. the latency of the named queries posts-of, attendees-of, goals-of, timeline-of and
   entity, with a ``@zh`` name bound by ``kg.store.bind`` (VALUES clauses), on both stores:
   one warm-up, then ``--repeat`` timings, p50 and p95, all rows consumed. An rdflib query
   whose warm-up exceeds 10 s is not repeated;
5. the peak RSS of the process.

Run from the repository root::

    .venv/bin/python benchmarks/store_speed.py [--data DIR] [--limit N] [--repeat K]
"""

from __future__ import annotations

import argparse
import itertools
import math
import platform
import resource
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "news"
QUERIES = [
    ("posts-of", "赵乐际"),
    ("attendees-of", "2024-03-04"),
    ("goals-of", "西藏"),
    ("timeline-of", "赵乐际"),
    ("entity", "李强"),
]
SLOW = 10.0  # seconds: an rdflib query slower than this on its first run is not repeated


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    """Wall time in seconds of one call of ``run``, and what it returned."""
    start = time.perf_counter()
    value = run()
    return time.perf_counter() - start, value


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile ``q`` (0-100) of ``samples``."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


WIDTHS = [13, 11, 8, 8, 9, 9, 10, 12, 8]


def line(cells: list[str]) -> str:
    """A table row: cells padded to ``WIDTHS`` (CJK characters count two columns); the
    first two are left-aligned, the others right-aligned, any beyond are appended."""
    out = []
    for i, text in enumerate(cells):
        width = WIDTHS[i] if i < len(WIDTHS) else 0
        pad = " " * max(0, width - sum(1 + (unicodedata.east_asian_width(c) in "WF") for c in text))
        out.append(text + pad if i < 2 else pad + text)
    return " ".join(out).rstrip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="first N articles (default all)")
    parser.add_argument("--repeat", type=int, default=20, help="query timings (default 20)")
    args = parser.parse_args(argv)

    data: Path = args.data.resolve()
    paths = sorted(data.glob("*.jsonl"))
    if not paths:
        print(f"../shared not present: no {data}/*.jsonl; nothing to measure.")
        return 0

    import pyoxigraph as ox
    import rdflib

    from kg.errors import KgError
    from kg.graph import _POST_HOLDINGS, KnowledgeGraph, named_query
    from kg.ingest import load_articles
    from kg.link import Linker
    from kg.pipeline import Pipeline
    from kg.rdf.mapping import article_graph, article_quads
    from kg.rdf.vocab import PREFIXES, XSD
    from kg.store import bind

    # 1. Extraction and linking, once (context, not a store timing).
    errors: list[KgError] = []

    def extract() -> list[tuple[ox.NamedNode, list[ox.Quad]]]:
        pipeline, linker, results = Pipeline(), Linker(), []
        for article in itertools.islice(load_articles(paths, errors=errors.append), args.limit):
            try:
                results.append(pipeline(article))
            except KgError as error:
                errors.append(error)
        for result in results:
            linker.observe(result)
        return [(article_graph(r.article.id), article_quads(r, linker.link(r))) for r in results]

    extract_s, graphs = timed(extract)
    total = sum(len(quads) for _, quads in graphs)

    # 3a. The same quads as rdflib terms (converted before any timing).
    xsd_string = XSD + "string"
    dataset = rdflib.Dataset(default_union=True)

    def term(t: Any) -> Any:
        if isinstance(t, ox.NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return rdflib.BNode(t.value)
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        kind = t.datatype.value
        return rdflib.Literal(t.value, datatype=None if kind == xsd_string else rdflib.URIRef(kind))

    rdf_quads = [
        (term(q.subject), term(q.predicate), term(q.object), dataset.graph(rdflib.URIRef(g.value)))
        for g, quads in graphs
        for q in quads
    ]

    print(f"data:    {', '.join(str(p) for p in paths)}")
    print(f"size:    {len(graphs):,} articles, {total:,} quads, {len(errors)} errors")
    versions = f"pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}"
    print(f"python:  {platform.python_version()}, {versions}")
    print(f"repeat:  {args.repeat} timed runs per query after one warm-up")
    print()
    print(f"{'step':<32} {'seconds':>9} {'quads/s':>12}")

    def row(step: str, seconds: float, quads: int | None = None) -> None:
        rate = f"{quads / seconds:>12,.0f}" if quads else f"{'':>12}"
        print(f"{step:<32} {seconds:>9.3f} {rate}")

    row("extract + link (context)", extract_s, total)

    with tempfile.TemporaryDirectory() as tmp:
        # 2. kg's embedded store, on disk.
        graph = KnowledgeGraph(tmp)
        store = graph.store

        def load_oxigraph() -> None:
            for name, quads in graphs:
                store.replace_graph(name, quads)

        ox_load, _ = timed(load_oxigraph)
        row("oxigraph replace_graph", ox_load, total)
        row("oxigraph flush", timed(store.flush)[0])
        row("oxigraph refresh_derived", timed(graph.refresh_derived)[0])

        # 3b. rdflib in memory.
        rdf_load, _ = timed(lambda: dataset.addN(rdf_quads))
        row("rdflib Dataset.addN", rdf_load, total)
        try:
            update = timed(lambda: dataset.update(_POST_HOLDINGS, initNs=PREFIXES))[0]
            row("rdflib derived update", update)
        except Exception as error:  # report and go on: the queries still run
            print(f"{'rdflib derived update':<32} error: {type(error).__name__}: {error}"[:100])
        print(f"{'oxigraph / rdflib load rate':<32} {rdf_load / ox_load:>9.2f}x")
        rdf_total = sum(1 for _ in dataset.quads((None, None, None, None)))
        print(f"{'quads in store':<32} oxigraph {len(store):,}, rdflib {rdf_total:,}")

        # 4. Query latency.
        print()
        heads = ["query", "parameter", "rows ox", "rows rdf", "ox p50", "ox p95", "rdf p50"]
        print(line([*heads, "rdf p95", "rdf/ox"]))
        for name, value in QUERIES:
            values = {"name": ox.Literal(value, language="zh")}
            text = named_query(name)

            def on_oxigraph(text: str = text, values: dict[str, Any] = values) -> int:
                return len(list(store.query(text, values)))

            bound = bind(text, values)

            def on_rdflib(bound: str = bound) -> int:
                return len(list(dataset.query(bound, initNs=PREFIXES)))

            ox_rows = on_oxigraph()
            ox_ms = [1000 * timed(on_oxigraph)[0] for _ in range(args.repeat)]
            ox_p50 = percentile(ox_ms, 50)
            ox_p95 = percentile(ox_ms, 95)
            cells = [name, value, str(ox_rows), "", f"{ox_p50:.2f}ms", f"{ox_p95:.2f}ms"]
            try:
                first, rdf_rows = timed(on_rdflib)
            except Exception as error:  # rdflib could not run it: say so, keep going
                message = f"error: {type(error).__name__}: {str(error).splitlines()[0]}"[:70]
                print(line([*cells, message]))
                continue
            cells[3] = str(rdf_rows)
            if first > SLOW:
                cells += ["> 10 s", f"{first:.1f}s once", f"{1000 * first / ox_p50:.0f}x"]
            else:
                rdf_ms = [1000 * timed(on_rdflib)[0] for _ in range(args.repeat)]
                rdf_p50 = percentile(rdf_ms, 50)
                cells += [f"{rdf_p50:.2f}ms", f"{percentile(rdf_ms, 95):.2f}ms"]
                cells.append(f"{rdf_p50 / ox_p50:.0f}x")
            cells.append("" if rdf_rows == ox_rows else "WARNING: row counts differ")
            print(line(cells))

    # 5. Peak memory.
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print()
    print(f"peak RSS: {peak_kib / 1024:,.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
