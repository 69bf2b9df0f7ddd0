"""Load check of ``kg serve``: concurrent clients against a real server process.

Starts ``python -m kg.serve`` (what ``kg serve`` runs) on a free loopback port over a
store, then runs ``--clients`` threads, each with its own HTTP connection, sending
``--queries`` queries one after another: a fixed mix of kg's named queries (posts-of,
attendees-of, goals-of, timeline-of, entity, with a ``@zh`` name bound by
``kg.store.bind``) and simple SELECT, ASK and CONSTRUCT queries, by GET and POST. Prints
the requests sent, the errors (any non-200 answer, each shown), the throughput and the
p50 and p99 latencies, overall and per query. No pass/fail.

Without ``--store``, the articles of ``../shared/data/news/*.jsonl`` are built into a
store in a temporary folder first (and nothing is measured if ../shared is absent).

Run from the repository root::

    .venv/bin/python benchmarks/serve_load.py [--store DIR] [--clients 20] [--queries 500]
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "news"
NAMED = [
    ("posts-of", "赵乐际"),
    ("attendees-of", "2024-03-04"),
    ("goals-of", "西藏"),
    ("timeline-of", "赵乐际"),
    ("entity", "李强"),
]
SIMPLE = [
    ("count-persons", "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Person }"),
    (
        "organisations",
        "SELECT DISTINCT ?o ?name WHERE { ?o a kg:Organization ; rdfs:label ?name } LIMIT 20",
    ),
    ("ask-person", 'ASK { ?p a kg:Person ; rdfs:label "李强"@zh }'),
    ("articles", "SELECT ?a ?title WHERE { ?a a kg:Article ; schema:headline ?title } LIMIT 50"),
    (
        "construct",
        "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n } LIMIT 50",
    ),
]


@dataclass(frozen=True)
class Query:
    """One query of the mix and how it is sent."""

    name: str
    text: str
    method: str


@dataclass
class Tally:
    """What the clients saw."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile ``q`` (0-100) of ``samples``."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` columns (CJK characters count two)."""
    used = sum(1 + (unicodedata.east_asian_width(c) in "WF") for c in text)
    return text + " " * max(0, width - used)


def free_port() -> int:
    """A TCP port free on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def build_store(data: Path, folder: Path) -> Path:
    """Build the articles of ``data/*.jsonl`` into a store in ``folder``."""
    from kg.graph import KnowledgeGraph
    from kg.ingest import load_articles

    path = folder / "store"
    started = time.perf_counter()
    graph = KnowledgeGraph(path)
    summary = graph.add(load_articles(sorted(data.glob("*.jsonl"))), errors=lambda e: None)
    quads = len(graph.store)
    graph.close()
    del graph  # releases the store's lock before the server opens it
    gc.collect()
    print(f"built:    {summary.articles:,} articles, {quads:,} quads, {len(summary.errors)} errors")
    print(f"          in {time.perf_counter() - started:.1f} s into {path}")
    return path


def mix() -> list[Query]:
    """The queries the clients cycle through."""
    import pyoxigraph as ox

    from kg.graph import named_query
    from kg.store import bind

    queries = [
        Query(
            f"{name} {value}",
            bind(named_query(name), {"name": ox.Literal(value, language="zh")}),
            "POST",
        )
        for name, value in NAMED
    ]
    queries += [Query(name, text, "GET") for name, text in SIMPLE]
    return queries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a built store (default: build ../shared news)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.jsonl")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--queries", type=int, default=500, help="queries per client (default 500)")
    parser.add_argument("--processes", type=int, help="server query processes (default: its own)")
    parser.add_argument("--timeout", type=float, default=30.0, help="server time limit (s)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        if args.store is None:
            data: Path = args.data.resolve()
            if not sorted(data.glob("*.jsonl")):
                print(
                    f"../shared not present: no {data}/*.jsonl and no --store; nothing to measure."
                )
                return 0
            store = build_store(data, Path(tmp))
        else:
            store = args.store.resolve()

        port = free_port()
        command = [
            sys.executable,
            "-m",
            "kg.serve",
            "--store",
            str(store),
            "--port",
            str(port),
            "--timeout",
            str(args.timeout),
            "--log-level",
            "warning",
        ]
        if args.processes:
            command += ["--processes", str(args.processes)]
        server = subprocess.Popen(command)
        url = f"http://127.0.0.1:{port}/sparql"
        try:
            deadline = time.monotonic() + 60
            while True:
                if server.poll() is not None or time.monotonic() > deadline:
                    print("the server did not start; see its messages above")
                    return 1
                try:
                    httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)

            queries = mix()
            print(f"store:    {store}")
            print(
                f"python:   {platform.python_version()}, pyoxigraph {version('pyoxigraph')}, "
                f"{os.cpu_count()} cores"
            )
            print(
                f"load:     {args.clients} clients x {args.queries} queries, {len(queries)} in the mix"
            )

            # One warm-up pass, which also shows what each query gives.
            print()
            print(f"{pad('query', 24)} {'status':>6} {'bytes':>9}")
            with httpx.Client(timeout=args.timeout + 30) as client:
                for query in queries:
                    response = send(client, url, query)
                    print(
                        f"{pad(query.name, 24)} {response.status_code:>6} {len(response.content):>9,}"
                    )

            tally = Tally()

            def work(index: int) -> None:
                with httpx.Client(timeout=args.timeout + 30) as client:
                    for i in range(args.queries):
                        query = queries[(index + i) % len(queries)]
                        started = time.perf_counter()
                        try:
                            response = send(client, url, query)
                            problem = (
                                None
                                if response.status_code == 200
                                else f"{response.status_code} {response.text.strip()[:200]}"
                            )
                        except httpx.HTTPError as error:
                            problem = f"{type(error).__name__}: {error}"
                        elapsed = time.perf_counter() - started
                        with tally.lock:
                            tally.latencies[query.name].append(elapsed)
                            if problem is not None:
                                tally.errors.append(f"{query.name}: {problem}")

            started = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                list(pool.map(work, range(args.clients)))
            wall = time.perf_counter() - started
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()

    every = [t for samples in tally.latencies.values() for t in samples]
    print()
    print(f"requests:   {len(every):,}")
    print(f"errors:     {len(tally.errors)}")
    for problem, count in Counter(tally.errors).most_common(10):
        print(f"  {count} x {problem}")
    print(f"wall time:  {wall:.2f} s")
    print(f"throughput: {len(every) / wall:,.1f} requests/s")
    print(
        f"latency:    p50 {1000 * percentile(every, 50):.1f} ms, p99 {1000 * percentile(every, 99):.1f} ms"
    )
    print()
    print(f"{pad('query', 24)} {'n':>6} {'p50 ms':>8} {'p99 ms':>8}")
    for query in queries:
        samples = tally.latencies[query.name]
        print(
            f"{pad(query.name, 24)} {len(samples):>6} {1000 * percentile(samples, 50):>8.1f} "
            f"{1000 * percentile(samples, 99):>8.1f}"
        )
    return 0


def send(client: httpx.Client, url: str, query: Query) -> httpx.Response:
    """Send ``query`` (GET with ``?query=`` or POST as a form); SELECT and ASK results
    come as SPARQL JSON, CONSTRUCT results as Turtle (the defaults)."""
    if query.method == "GET":
        return client.get(url, params={"query": query.text})
    return client.post(url, data={"query": query.text})


if __name__ == "__main__":
    sys.exit(main())
