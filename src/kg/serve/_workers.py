"""Query processes: where SPARQL is evaluated, so that a query past its time limit can
be stopped.

pyoxigraph cannot cancel a running query, and a thread cannot be killed, so each query
runs in one of a few long-lived worker processes, each holding the store open read-only
(``pyoxigraph.Store.read_only``). The server sends the query down a pipe and waits for
the serialised answer until the deadline; past it, it kills that process (SIGKILL: the
query stops at once, whatever it was doing) and starts a fresh one in its place.

An update needs the store read-write, and a read-write store must not be written while
read-only ones are open on it. So an update waits until no query is running (a
readers-writer lock), stops every worker, runs in a process of its own that opens the
store read-write under the same time limit (Oxigraph applies an update in one
transaction: killed midway, it changes nothing), and then starts fresh workers, which
see the change.

The server process itself never opens the store, so nothing it holds can lock it.

A store on a SPARQL server (a URL, :class:`kg.store.remote.RemoteStore`) is served by
the same workers: each sends its queries to the server and serialises the answers as
it would its own. The time limit then stops the worker, not the server's evaluation:
give the server a time limit of its own.
"""

from __future__ import annotations

import io
import itertools
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnContext, SpawnProcess
from typing import Any, Literal, TypeVar

import pyoxigraph as ox

from kg.rdf.vocab import PREFIXES
from kg.serve._protocol import FORMATS, RDF_WRITERS, RESULTS_WRITERS, ResultKind, not_acceptable
from kg.store import StoreError
from kg.store.remote import QueryResult, RemoteStore, RemoteStoreError, is_remote

T = TypeVar("T")

TEXT = "text/plain; charset=utf-8"

#: How long a new worker may take to open the store before it is given up on.
STARTUP_TIMEOUT = 60.0


@dataclass(frozen=True)
class Job:
    """One query or update, as a worker receives it.

    Attributes:
        kind: ``query`` or ``update``.
        text: The SPARQL text.
        solutions_format: The format name (see ``FORMATS``) for SELECT and ASK results,
            None if the client accepts none.
        graph_format: The format name for CONSTRUCT and DESCRIBE results, likewise.
        max_rows: The most rows (or triples) a result may have.
    """

    kind: Literal["query", "update"]
    text: str
    solutions_format: str | None = None
    graph_format: str | None = None
    max_rows: int = 100_000


@dataclass(frozen=True)
class Reply:
    """What the server sends back: status, Content-Type and body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        """A plain-text reply."""
        return cls(status, TEXT, message.encode("utf-8"))


class _TooManyRows(Exception):
    """The result has more rows than allowed."""


class _RowCounter(io.BytesIO):
    """A buffer for SPARQL TSV results that stops the serialiser, by raising, once more
    than ``limit`` rows have come: TSV writes one line per row (newlines in literals are
    escaped) after one header line."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.lines = 0

    def write(self, data: Any) -> int:
        """Keep ``data``, or raise ``_TooManyRows`` if it ends past the limit."""
        self.lines += bytes(data).count(b"\n")
        if self.lines > self.limit + 1:
            raise _TooManyRows
        return super().write(data)


def _too_many(limit: int, what: str) -> Reply:
    return Reply.text(
        400,
        f"the result has more than {limit} {what}, the most this server returns "
        "(--max-rows); add a LIMIT, or narrow the query",
    )


def _not_acceptable(kind: ResultKind) -> Reply:
    return Reply.text(406, not_acceptable(kind))


def _solutions(result: ox.QuerySolutions, job: Job) -> Reply:
    if job.solutions_format is None:
        return _not_acceptable("solutions")
    fmt = FORMATS[job.solutions_format]
    # Rows are counted on TSV, which stops the query as soon as there are too many;
    # the TSV is then read back and written in the format asked for. The round trip
    # keeps every term as it is (TSV writes terms in Turtle syntax).
    counter = _RowCounter(job.max_rows)
    try:
        result.serialize(counter, ox.QueryResultsFormat.TSV)
    except _TooManyRows:
        return _too_many(job.max_rows, "rows")
    tsv = counter.getvalue()
    if fmt.name == "tsv":
        return Reply(200, fmt.content_type, tsv)
    output = io.BytesIO()
    solutions = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
    solutions.serialize(output, RESULTS_WRITERS[fmt.name])
    return Reply(200, fmt.content_type, output.getvalue())


def _boolean(result: ox.QueryBoolean, job: Job) -> Reply:
    if job.solutions_format is None:
        return _not_acceptable("solutions")
    fmt = FORMATS[job.solutions_format]
    output = io.BytesIO()
    result.serialize(output, RESULTS_WRITERS[fmt.name])
    return Reply(200, fmt.content_type, output.getvalue())


def _triples(result: ox.QueryTriples, job: Job) -> Reply:
    if job.graph_format is None:
        return _not_acceptable("graph")
    fmt = FORMATS[job.graph_format]
    triples = list(itertools.islice(result, job.max_rows + 1))
    if len(triples) > job.max_rows:
        return _too_many(job.max_rows, "triples")
    body = ox.serialize(triples, None, RDF_WRITERS[fmt.name], prefixes=PREFIXES)
    return Reply(200, fmt.content_type, body or b"")


def answer(store: ox.Store | RemoteStore, job: Job) -> Reply:
    """Evaluate ``job`` on ``store`` (over the union of its graphs, with kg's prefixes
    predeclared, as ``kg.store.EmbeddedStore`` does) and serialise the result.

    A remote store's answers are serialised the same way; its server's refusal of a
    query (HTTP 400) is the client's 400, any other failure of the server a 502.
    """
    try:
        result = _evaluate(store, job)
        if result is None:
            return Reply.text(200, "update done\n")
        if isinstance(result, ox.QueryBoolean):
            return _boolean(result, job)
        if isinstance(result, ox.QueryTriples):
            return _triples(result, job)
        return _solutions(result, job)
    except SyntaxError as error:
        return Reply.text(400, f"SPARQL syntax error: {error}")
    except RemoteStoreError as error:
        return Reply.text(400 if error.status == 400 else 502, str(error))
    except Exception as error:  # the client gets the reason; the worker lives on
        return Reply.text(500, f"the {job.kind} failed: {type(error).__name__}: {error}")


def _evaluate(store: ox.Store | RemoteStore, job: Job) -> QueryResult | None:
    """The result of a query, None after an update."""
    if isinstance(store, RemoteStore):
        if job.kind == "update":
            store.update(job.text)
            return None
        return store.query(job.text)
    if job.kind == "update":
        store.update(job.text, prefixes=PREFIXES)
        store.flush()
        return None
    return store.query(job.text, prefixes=PREFIXES, use_default_graph_as_union=True)


def _watch_parent(parent: int) -> None:
    # A worker deep in a runaway query would outlive a server that was killed outright
    # (SIGKILL leaves it no time to stop its workers): end when the parent is gone.
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _work(conn: Connection, path: str, writable: bool, parent: int) -> None:
    """A worker process: open the store, say so (None) or why not (a Reply), then answer
    jobs until the pipe closes or None comes."""
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    store: ox.Store | RemoteStore
    try:
        if is_remote(path):
            store = RemoteStore(path, read_only=not writable)
        else:
            store = ox.Store(path) if writable else ox.Store.read_only(path)
    except (OSError, StoreError) as error:
        mode = "for writing" if writable else "read-only"
        conn.send(Reply.text(503, f"cannot open the store {path} {mode}: {error}"))
        return
    conn.send(None)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        conn.send(answer(store, job))


class _Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, context: SpawnContext, path: str, writable: bool = False) -> None:
        self._conn, child = context.Pipe()
        self._process: SpawnProcess = context.Process(
            target=_work,
            args=(child, path, writable, os.getpid()),
            name="kg-serve-writer" if writable else "kg-serve-query",
            daemon=True,
        )
        self._process.start()
        child.close()
        self._ready = False
        #: Whether the process could not open the store (and has ended).
        self.broken = False

    def ask(self, job: Job, timeout: float) -> Reply | None:
        """The reply to ``job``, or None if it did not come within ``timeout`` seconds
        (not counting the process's start-up).

        Raises:
            EOFError, OSError: The process ended.
        """
        if not self._ready:
            if not self._conn.poll(STARTUP_TIMEOUT):
                self.broken = True
                return Reply.text(503, f"the query process did not start in {STARTUP_TIMEOUT:g} s")
            greeting: Reply | None = self._conn.recv()
            if greeting is not None:
                self.broken = True
                return greeting
            self._ready = True
        self._conn.send(job)
        if not self._conn.poll(timeout):
            return None
        reply: Reply = self._conn.recv()
        return reply

    @property
    def exitcode(self) -> int | None:
        """The process's exit code, None while it runs."""
        return self._process.exitcode

    def close(self, grace: float = 0.0) -> None:
        """End the process: ask it to stop and wait ``grace`` seconds, then kill it."""
        if grace > 0 and self._process.is_alive():
            try:
                self._conn.send(None)
            except OSError:
                pass
            self._process.join(grace)
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._conn.close()


class _ReadWriteLock:
    """Many readers or one writer; a waiting writer goes before new readers."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        """Hold the lock as one of many readers."""
        with self._condition:
            while self._writing or self._writers_waiting:
                self._condition.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._condition:
                self._readers -= 1
                self._condition.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the lock alone."""
        with self._condition:
            self._writers_waiting += 1
            while self._writing or self._readers:
                self._condition.wait()
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._condition:
                self._writing = False
                self._condition.notify_all()


class WorkerPool:
    """Worker processes that evaluate queries on one store under a time limit.

    Args:
        path: The store's folder, or the query endpoint of a SPARQL server.
        processes: How many queries may run at once.
        timeout: Seconds a query or update may run, and a request may wait for a free
            worker.
    """

    def __init__(self, path: str, *, processes: int, timeout: float) -> None:
        self.path = path
        self.processes = processes
        self.timeout = timeout
        # Spawned, not forked: the server is multi-threaded, and a fresh interpreter
        # inherits neither its threads nor its sockets.
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._lock = _ReadWriteLock()
        self._generation = 0
        self._started = False

    @property
    def generation(self) -> int:
        """How many updates have been applied since the pool started."""
        return self._generation

    def start(self) -> None:
        """Start the worker processes (they open the store in the background)."""
        if not self._started:
            self._fill()
            self._started = True

    def _fill(self) -> None:
        for _ in range(self.processes):
            self._idle.put(_Worker(self._context, self.path))

    def _drain(self) -> None:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            worker.close(grace=1.0)

    def close(self) -> None:
        """Stop every idle worker (a busy one is stopped when its request ends)."""
        self._started = False
        self._drain()

    def read(self, function: Callable[[], T]) -> T:
        """Call ``function`` while no update runs (for readers outside the pool)."""
        with self._lock.shared():
            return function()

    def query(self, job: Job) -> Reply:
        """Evaluate a query in a free worker, waiting for one at most ``timeout`` seconds."""
        with self._lock.shared():
            try:
                worker = self._idle.get(timeout=self.timeout)
            except queue.Empty:
                return Reply.text(
                    503,
                    f"all {self.processes} query processes stayed busy for {self.timeout:g} s; "
                    "try again later",
                )
            try:
                reply = worker.ask(job, self.timeout)
            except (EOFError, OSError):
                worker.close()
                reply = Reply.text(
                    500, f"the query process ended unexpectedly (exit code {worker.exitcode})"
                )
                worker = _Worker(self._context, self.path)
            if reply is None or worker.broken:
                worker.close()
                worker = _Worker(self._context, self.path)
            if reply is None:
                reply = Reply.text(503, f"query exceeded the {self.timeout:g} s time limit")
            if self._started:
                self._idle.put(worker)
            else:
                worker.close()
            return reply

    def update(self, job: Job) -> Reply:
        """Apply an update alone: stop the workers, run it read-write in a process of its
        own under the time limit, start fresh workers."""
        with self._lock.exclusive():
            self._drain()
            writer = _Worker(self._context, self.path, writable=True)
            try:
                reply = writer.ask(job, self.timeout)
            except (EOFError, OSError):
                reply = Reply.text(
                    500, f"the update process ended unexpectedly (exit code {writer.exitcode})"
                )
            if reply is None:
                reply = Reply.text(
                    503,
                    f"update exceeded the {self.timeout:g} s time limit; nothing was changed",
                )
                writer.close()
            else:
                writer.close(grace=STARTUP_TIMEOUT)  # let it close the store cleanly
            if reply.status == 200:
                self._generation += 1
            if self._started:
                self._fill()
            return reply
