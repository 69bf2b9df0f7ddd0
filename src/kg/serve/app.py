"""The Starlette application: the SPARQL 1.1 Protocol at ``/sparql``, the explorer page
at ``/``, and ``/health``."""

from __future__ import annotations

import hmac
import html
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import parse_qsl

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.errors import KgError
from kg.serve._protocol import choose_format, forbidden_operation, not_acceptable, query_kind
from kg.serve._workers import Job, Reply, WorkerPool
from kg.store import StoreError
from kg.store.remote import RemoteStore, is_remote, public_url

#: Builds the explorer page of a store: called with the store's folder (or URL), returns
#: HTML.
Explorer = Callable[[str], str]

#: Parameters that would choose the dataset per request; the endpoint always queries
#: the union of all graphs (name graphs in the query with FROM, FROM NAMED or GRAPH).
DATASET_PARAMETERS = (
    "default-graph-uri",
    "named-graph-uri",
    "using-graph-uri",
    "using-named-graph-uri",
)

_FALLBACK_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title></head>
<body>
<h1>kg SPARQL endpoint</h1>
<p>The explorer is not installed in this server. The store <code>{store}</code> answers
SPARQL 1.1 queries at <a href="sparql">/sparql</a>
(<code>GET /sparql?query=...</code>, or <code>POST</code>).</p>
</body></html>
"""


def default_processes() -> int:
    """How many query processes a server runs unless told: one per core, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


def check_store(path: Path) -> None:
    """Fail early, with a message that says what to do, if ``path`` is not a store the
    server can read.

    Raises:
        StoreError: There is no store there, or another process holds it open for
            writing (reading it then would be undefined behaviour).
    """
    if not (path / "CURRENT").is_file():
        raise StoreError(
            f"no store at {path}: build one first with kg build ARTICLES --store {path}"
        )
    lock = path / "LOCK"
    if lock.is_file() and _locked(lock):
        raise StoreError(
            f"the store {path} is open for writing in another process (kg build, a "
            "notebook?); close it first: the server must be the store's only writer"
        )
    try:
        ox.Store.read_only(str(path))
    except OSError as error:
        raise StoreError(f"cannot open the store {path}: {error}") from error


def check_endpoint(url: str) -> None:
    """Fail early if the SPARQL server at ``url`` does not answer a query.

    Raises:
        StoreError: It cannot be reached, or refuses (the message has its answer).
    """
    store = RemoteStore(url, read_only=True)
    try:
        store.query("ASK { ?s ?p ?o }")
    finally:
        store.close()


def _locked(lock: Path) -> bool:
    # RocksDB holds a POSIX record lock on LOCK while a read-write store is open; probing
    # it touches no data. Where fcntl does not exist, the probe is skipped.
    try:
        import fcntl
    except ImportError:
        return False
    with open(lock, "rb+") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.lockf(handle, fcntl.LOCK_UN)
    return False


def _text(status: int, message: str) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


def _response(reply: Reply) -> Response:
    headers = {"Vary": "Accept"} if reply.status == 200 else {}
    return Response(reply.body, reply.status, headers=headers, media_type=reply.media_type)


class _Endpoint:
    """The ``/sparql`` handler of one server."""

    def __init__(self, pool: WorkerPool, *, update_token: str | None, max_rows: int) -> None:
        self.pool = pool
        self.update_token = update_token
        self.max_rows = max_rows

    async def handle(self, request: Request) -> Response:
        """Answer one request to ``/sparql``."""
        params = list(request.query_params.multi_items())
        query: list[str] = []
        update: list[str] = []
        if request.method == "POST":
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            try:
                body = (await request.body()).decode("utf-8")
            except UnicodeDecodeError:
                return _text(400, "the request body is not UTF-8")
            if media == "application/x-www-form-urlencoded":
                params += parse_qsl(body, keep_blank_values=True)
            elif media == "application/sparql-query":
                query.append(body)
            elif media == "application/sparql-update":
                update.append(body)
            else:
                return _text(
                    415,
                    f"unsupported Content-Type {media or '(none)'}: POST a query as "
                    "application/sparql-query or application/x-www-form-urlencoded "
                    "(query=...), an update as application/sparql-update or "
                    "application/x-www-form-urlencoded (update=...)",
                )
        query += [value for key, value in params if key == "query"]
        update += [value for key, value in params if key == "update"]
        dataset = sorted({key for key, _ in params if key in DATASET_PARAMETERS})
        if dataset:
            return _text(
                400,
                f"{', '.join(dataset)} not supported: this endpoint always queries the union "
                "of all graphs; name graphs in the query itself (FROM, FROM NAMED, GRAPH)",
            )
        if len(query) + len(update) != 1:
            return _text(
                400,
                "give exactly one query (GET /sparql?query=..., or POST) or one update (POST only)",
            )
        formats = [value for key, value in params if key == "format"]
        if update:
            if request.method != "POST":
                return _text(405, "a SPARQL update must be sent by POST")
            return await self._update(request, update[0])
        return await self._query(request, query[0], formats)

    async def _query(self, request: Request, sparql: str, formats: list[str]) -> Response:
        refused = forbidden_operation(sparql)
        if refused:
            return _text(400, refused)
        accept = request.headers.get("accept")
        solutions = choose_format("solutions", accept, formats)
        graph = choose_format("graph", accept, formats)
        kind = query_kind(sparql)
        if kind is not None and (solutions if kind == "solutions" else graph) is None:
            return _text(406, not_acceptable(kind))
        job = Job(
            "query",
            sparql,
            solutions_format=solutions.name if solutions else None,
            graph_format=graph.name if graph else None,
            max_rows=self.max_rows,
        )
        return _response(await run_in_threadpool(self.pool.query, job))

    async def _update(self, request: Request, sparql: str) -> Response:
        if self.update_token is None:
            return _text(
                403, "updates are disabled: this server was started without --update-token"
            )
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            credentials.strip().encode("utf-8"), self.update_token.encode("utf-8")
        ):
            return _text(403, "updates need the header Authorization: Bearer <the update token>")
        refused = forbidden_operation(sparql)
        if refused:
            return _text(400, refused)
        return _response(await run_in_threadpool(self.pool.update, Job("update", sparql)))


class _Page:
    """The ``/`` handler: the explorer page, rebuilt once per store version."""

    def __init__(self, pool: WorkerPool, store: str, explorer: Explorer | None, shown: str) -> None:
        self.pool = pool
        self.store = store
        self.explorer = explorer
        self.shown = shown  # the store as the page names it: a URL without its password
        self._cache: tuple[int, str] | None = None

    async def handle(self, request: Request) -> Response:
        """Serve the page."""
        if self.explorer is None:
            return HTMLResponse(_FALLBACK_PAGE.format(store=html.escape(self.shown)))
        generation = self.pool.generation
        if self._cache is None or self._cache[0] != generation:
            explorer = self.explorer
            page = await run_in_threadpool(self.pool.read, lambda: explorer(self.store))
            self._cache = (generation, page)
        return HTMLResponse(self._cache[1])


async def _health(request: Request) -> Response:
    return PlainTextResponse("ok\n")


def create_app(
    store_path: str | Path,
    *,
    update_token: str | None = None,
    timeout: float = 10.0,
    max_rows: int = 100_000,
    explorer: Explorer | None = None,
    processes: int | None = None,
) -> Starlette:
    """The SPARQL 1.1 Protocol endpoint of a store, as an ASGI application.

    Routes: ``/sparql`` (queries by GET or POST, updates by POST), ``/`` (the explorer
    page) and ``/health``. The query processes start with the application (its
    lifespan) and stop with it.

    Args:
        store_path: The store's folder, built by ``kg build``; while the server runs,
            no other process may write it. Or the query endpoint of a SPARQL server
            (``http://...``, see :mod:`kg.store.remote`), which the workers then query.
        update_token: Accept SPARQL updates that carry ``Authorization: Bearer <token>``;
            None (the default) refuses every update.
        timeout: Seconds a query or update may run before it is stopped (503).
        max_rows: The most rows (or triples) a result may have; more is an error (400).
        explorer: Builds the page served at ``/`` from ``store_path``; it is called
            when no update runs, once per version of the store, and must open the store
            read-only. None serves a page that links to ``/sparql``.
        processes: How many queries may run at once (one process each); default one per
            core, at most four.

    Returns:
        The application.

    Raises:
        StoreError: There is no store at ``store_path``, or another process writes it,
            or the SPARQL server there does not answer.
        KgError: A limit is not positive.
    """
    remote = is_remote(store_path)
    location = str(store_path) if remote else str(Path(store_path).resolve())
    processes = default_processes() if processes is None else processes
    if timeout <= 0 or max_rows < 0 or processes < 1:
        raise KgError(
            f"timeout must be positive (got {timeout}), max_rows at least 0 (got {max_rows}) "
            f"and processes at least 1 (got {processes})"
        )
    if update_token is not None and not update_token.strip():
        raise KgError("the update token is empty; give a long random string, or none")
    if remote:
        check_endpoint(location)
    else:
        check_store(Path(location))
    pool = WorkerPool(location, processes=processes, timeout=timeout)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.close()

    endpoint = _Endpoint(pool, update_token=update_token, max_rows=max_rows)
    app = Starlette(
        routes=[
            Route("/sparql", endpoint.handle, methods=["GET", "POST"]),
            Route(
                "/", _Page(pool, location, explorer, public_url(location)).handle, methods=["GET"]
            ),
            Route("/health", _health, methods=["GET"]),
        ],
        lifespan=lifespan,
    )
    app.state.pool = pool
    return app
