"""End-to-end ``kg build`` speed, scaling, memory and query latency, in one run.

Measures, over the articles of ``../shared/data/news/`` (3906 articles):

1. ``jieba.lcut`` over the same article texts, in this process on one core: the baseline;
2. ``kg build DIR --store TMP --workers 1`` and ``--workers 2`` (and ``--engine dask``
   with ``--dask``), each a fresh process and a fresh store, timed from start to exit:
   characters per second per core, next to the baseline, and 2 workers against one;
3. the peak memory of a build of the corpus and of the corpus repeated ``--repeat``
   times (distinct ids, so every copy is stored), sampled every 0.1 s over the build
   process and its workers: the main process's RSS, and over the process tree the sum of
   RSS (pages shared by forked workers counted once per process) and of PSS (once in all).
   These builds are not the timed ones: reading every process's memory map ten times a
   second takes CPU the workers need (a 2-worker build, 3 runs each: 23.9 s sampled, 23.1 s not);
4. the median latency (p50 of 7 runs, after one warm-up) of the named queries on the
   store of the repeated build, through the Python API.

Run from the repository root::

    .venv/bin/python benchmarks/build_speed.py [--repeat 10] [--dask] [--skip-memory]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".." / "shared" / "data" / "news"
KG = [sys.executable, "-m", "kg.cli"]
QUERIES = [
    ("posts-of", "赵乐际"),
    ("attendees-of", "2024-03-04"),
    ("goals-of", "西藏"),
    ("timeline-of", "赵乐际"),
    ("entity", "李强"),
]


def texts(corpus: Path) -> list[dict[str, str]]:
    """The JSON Lines records of every file of ``corpus``."""
    records: list[dict[str, str]] = []
    for path in sorted(corpus.glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle if line.strip())
    return records


def lcut_rate(records: list[dict[str, str]]) -> float:
    """Characters per second of ``jieba.lcut`` over the texts, warmed up."""
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.lcut("预热")
    start = time.perf_counter()
    for record in records:
        tokenizer.lcut(record["text"])
    return sum(len(r["text"]) for r in records) / (time.perf_counter() - start)


class Peak:
    """Samples the RSS of a process and its descendants until stopped."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self.main = 0
        self.tree = 0
        self.pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                processes = [self.process, *self.process.children(recursive=True)]
                main = self.process.memory_info().rss
                tree = sum(p.memory_info().rss for p in processes)
                # PSS counts a page shared by forked workers once in all, not once each.
                pss = sum(p.memory_full_info().pss for p in processes)
            except psutil.Error:
                break
            self.main, self.tree = max(self.main, main), max(self.tree, tree)
            self.pss = max(self.pss, pss)
            self._stop.wait(0.1)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def build(
    source: Path, store: Path, *options: str, sample: bool = False
) -> tuple[float, Peak | None, float]:
    """Run ``kg build`` in a fresh process; its wall time, when ``sample`` its peak memory
    (then the time is not a fair figure: sampling takes CPU), and the CPU time of the
    process and its threads (the workers' own is not counted: they are not its children
    but the fork server's)."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(
        [*KG, "build", str(source), "--store", str(store), "--no-progress", *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = Peak(process.pid) if sample else None
    _, err = process.communicate()
    seconds = time.perf_counter() - start
    if peak is not None:
        peak.stop()
    if process.returncode != 0:
        raise SystemExit(f"kg build failed ({process.returncode}):\n{err}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, peak, cpu


def query_latency(store: Path) -> list[tuple[str, int, float]]:
    """(query, rows, p50 ms) of each named query on ``store``."""
    from kg.graph import KnowledgeGraph

    figures = []
    with KnowledgeGraph(store, read_only=True) as graph:
        for name, value in QUERIES:
            rows = graph.query_named(name, name=value)
            times = []
            for _ in range(7):
                start = time.perf_counter()
                graph.query_named(name, name=value)
                times.append(time.perf_counter() - start)
            figures.append((name, len(rows), 1000 * statistics.median(times)))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of JSON Lines files")
    parser.add_argument("--repeat", type=int, default=10, help="copies for the memory build")
    parser.add_argument("--dask", action="store_true", help="also time --engine dask")
    parser.add_argument("--skip-memory", action="store_true", help="skip the repeated build")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"../shared not present: {args.corpus} not found; nothing to measure.")
        return 0

    records = texts(args.corpus)
    chars = sum(len(r["text"]) for r in records)
    print(f"corpus: {len(records)} articles, {chars} characters; {os.cpu_count()} cores")
    baseline = lcut_rate(records)
    print(f"jieba.lcut (1 core):           {baseline / 1e3:8.0f}k chars/s   1.00x")

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        runs = [("1", ["--workers", "1"]), ("2", ["--workers", "2"])]
        if args.dask:
            runs.append(("dask 2", ["--engine", "dask", "--workers", "2"]))
        single = 0.0
        for label, options in runs:
            cores = 2 if label != "1" else 1
            seconds, _, cpu = build(args.corpus, work / f"store-{label}", *options)
            per_core = chars / seconds / cores
            single = single or seconds  # the first run is the one-worker build
            print(
                f"kg build, workers {label:6} {seconds:6.1f} s  {per_core / 1e3:8.0f}k chars/s/core "
                f"{per_core / baseline:5.2f}x jieba.lcut;  {single / seconds:4.2f}x one worker"
            )
            if label == "1":
                # RocksDB's own threads (compaction, file writing) run beside the one worker.
                busy = cpu / seconds
                print(
                    f"  (one worker keeps {busy:.2f} cores busy: {cpu:.1f} s of CPU; two cores "
                    f"can make it at most {2 / busy:.2f}x faster)"
                )
        _, sampled, _ = build(args.corpus, work / "store-sampled", "--workers", "2", sample=True)
        base_peak = cast(Peak, sampled)
        print(
            f"peak memory, corpus x1 (2 workers): main {base_peak.main / 2**20:.0f} MB, "
            f"process tree {base_peak.tree / 2**20:.0f} MB RSS, {base_peak.pss / 2**20:.0f} MB PSS"
        )
        store = work / "store-2"
        if not args.skip_memory:
            repeated = work / "repeated.jsonl"
            with open(repeated, "w", encoding="utf-8") as out:
                for copy in range(args.repeat):
                    for record in records:
                        row = dict(record, id=f"{record['id']}~{copy}")
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")
            store = work / "store-repeated"
            seconds, sampled, _ = build(repeated, store, "--workers", "2", sample=True)
            peak = cast(Peak, sampled)
            print(
                f"peak memory, corpus x{args.repeat} ({args.repeat * len(records)} articles, "
                f"{seconds:.0f} s): main {peak.main / 2**20:.0f} MB "
                f"({peak.main / base_peak.main:.2f}x), process tree {peak.tree / 2**20:.0f} MB RSS "
                f"({peak.tree / base_peak.tree:.2f}x), {peak.pss / 2**20:.0f} MB PSS "
                f"({peak.pss / base_peak.pss:.2f}x)"
            )
        print(f"named queries on {store.name} (p50 of 7):")
        for name, rows, ms in query_latency(store):
            print(f"  {name:13} {rows:6} rows  {ms:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
