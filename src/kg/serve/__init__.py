"""A SPARQL 1.1 Protocol endpoint for a kg store, and the page of its explorer.

>>> from kg.serve import run
>>> run("graph-store", port=8000)                         # doctest: +SKIP

or ``kg serve --store graph-store``. Then::

    curl 'http://127.0.0.1:8000/sparql' --data-urlencode \\
         'query=SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } LIMIT 5'

- ``/sparql`` answers queries sent by GET (``?query=``) or POST (a form with
  ``query=``, or an ``application/sparql-query`` body), over the union of all graphs,
  with kg's prefixes (kg, rdf, rdfs, xsd, owl, skos, org, schema, prov, time)
  predeclared. SELECT and ASK results come as SPARQL JSON (the default), XML, CSV or
  TSV, CONSTRUCT and DESCRIBE results as Turtle (the default), JSON-LD, RDF/XML or
  N-Triples, chosen by the Accept header or a ``format`` parameter (``json``, ``xml``,
  ``csv``, ``tsv``, ``turtle``, ``json-ld``, ...). ``default-graph-uri`` and
  ``named-graph-uri`` are refused (400): name graphs in the query instead.
- Updates (POST, a form with ``update=`` or an ``application/sparql-update`` body) are
  refused (403) unless the server has an update token and the request carries
  ``Authorization: Bearer <token>``.
- SERVICE and LOAD are refused (400): they would make the server fetch other addresses.
- Each query runs in a worker process that is killed when it passes the time limit
  (503); a result with more than ``max_rows`` rows is refused (400); a syntax error is
  a 400 with the parser's message.
- ``/`` serves the explorer page, ``/health`` answers ``ok``.

The server binds the loopback interface unless told otherwise. It opens the store
read-only and must be its only writer while it runs: stop it before ``kg build`` writes
to the store.

``--store`` may also be the query endpoint of a SPARQL server (``kg serve --store
http://localhost:7878/query``, see :mod:`kg.store.remote` and docs/remote-stores.md):
the worker processes then send each query to that server and serialise its answers as
above, under the same limits and refusals; the server's refusal of a query is a 400,
any other failure of it a 502. ``kg build`` may write to that server while this one
runs.

Starlette and uvicorn are imported only when a server is created, so ``kg`` works
without them.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:
    from starlette.applications import Starlette

__all__ = ["add_parser", "create_app", "main", "run"]

#: The environment variable the update token may be given in, instead of the command line
#: (where other users of the machine can read it).
TOKEN_VARIABLE = "KG_SERVE_UPDATE_TOKEN"

_MISSING = "kg serve needs Starlette and uvicorn: pip install 'kg[serve]' ({error})"


def create_app(
    store_path: str | Path,
    *,
    update_token: str | None = None,
    timeout: float = 10.0,
    max_rows: int = 100_000,
    explorer: Callable[[str], str] | None = None,
    processes: int | None = None,
) -> Starlette:
    """The endpoint of the store at ``store_path`` as a Starlette application.

    Args:
        store_path: The store's folder, or a SPARQL server's query endpoint.
        update_token: Accept updates that carry ``Authorization: Bearer <token>``; None
            (the default) makes the endpoint read-only.
        timeout: Seconds a query or update may run.
        max_rows: The most rows (or triples) a result may have.
        explorer: A callable ``(store_path) -> str`` giving the HTML page served at
            ``/``; None serves a page that links to ``/sparql``.
        processes: How many queries may run at once; default one per core, at most 4.

    Returns:
        The application (see :func:`kg.serve.app.create_app` for the details).

    Raises:
        KgError: Starlette is not installed, a limit is not positive, or the store is
            missing or written by another process, or its server does not answer (a
            ``StoreError``).
    """
    try:
        from kg.serve.app import create_app as create
    except ImportError as error:
        raise KgError(_MISSING.format(error=error)) from error
    return create(
        store_path,
        update_token=update_token,
        timeout=timeout,
        max_rows=max_rows,
        explorer=explorer,
        processes=processes,
    )


def run(
    store_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    log_level: str = "info",
    **options: Any,
) -> None:
    """Serve the store at ``store_path`` until interrupted (uvicorn).

    Args:
        store_path: The store's folder, or a SPARQL server's query endpoint.
        host: The address to bind; the loopback interface by default.
        port: The TCP port.
        log_level: uvicorn's log level (``warning`` leaves out the request log).
        **options: Passed to :func:`create_app`: ``update_token``, ``timeout``,
            ``max_rows``, ``explorer``, ``processes``.

    Raises:
        KgError: As :func:`create_app`, or uvicorn is not installed.
    """
    try:
        import uvicorn
    except ImportError as error:
        raise KgError(_MISSING.format(error=error)) from error
    from kg.store import lock_store
    from kg.store.remote import is_remote

    app = create_app(store_path, **options)
    # Held for the server's life: a build that opens the store itself is refused (it
    # must go through the server's update endpoint); the server's own update process
    # coordinates with its readers.
    lock = None if is_remote(str(store_path)) else lock_store(store_path, shared=True)
    if not _is_loopback(host):
        print(
            f"kg serve: listening on {host}, beyond this machine: anyone who reaches it can "
            "query the store"
            + (", and the update token travels unencrypted" if options.get("update_token") else ""),
            file=sys.stderr,
        )
    # A short grace on shutdown: a request waiting on a long query must not hold it up.
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, timeout_graceful_shutdown=3)
    finally:
        if lock is not None:
            os.close(lock)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _positive(kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive, got {text}")
        return value

    parse.__name__ = kind.__name__
    return parse


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        required=True,
        help="the store's folder (built by kg build), or a SPARQL server's query endpoint "
        "(http://...)",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default: 127.0.0.1, this machine only)",
    )
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default: 8000)")
    parser.add_argument(
        "--update-token",
        metavar="TOKEN",
        default=os.environ.get(TOKEN_VARIABLE),
        help="accept SPARQL updates that carry 'Authorization: Bearer TOKEN' (default: "
        f"${TOKEN_VARIABLE} if set, else updates are refused)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=10.0,
        metavar="SECONDS",
        help="stop a query or update after this long (default: 10)",
    )
    parser.add_argument(
        "--max-rows",
        type=_positive(int),
        default=100_000,
        metavar="N",
        help="refuse results with more rows or triples (default: 100000)",
    )
    parser.add_argument(
        "--processes",
        type=_positive(int),
        default=None,
        metavar="N",
        help="queries evaluated at once, one process each (default: cores, at most 4)",
    )
    parser.add_argument(
        "--log-level",
        choices=("critical", "error", "warning", "info", "debug"),
        default="info",
        help="server log level; warning leaves out the request log (default: info)",
    )


def _command(explorer: Callable[[str], str] | None) -> Callable[[argparse.Namespace], int]:
    def serve(args: argparse.Namespace) -> int:
        run(
            args.store,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            update_token=args.update_token,
            timeout=args.timeout,
            max_rows=args.max_rows,
            processes=args.processes,
            explorer=explorer,
        )
        return 0

    return serve


def add_parser(
    commands: Any, explorer: Callable[[str], str] | None = None
) -> argparse.ArgumentParser:
    """Add the ``serve`` subcommand to the ``kg`` command's subparsers.

    Args:
        commands: What ``ArgumentParser.add_subparsers`` returned.
        explorer: The page builder ``(store_path) -> str`` served at ``/``; None serves
            a page that links to ``/sparql``.

    Returns:
        The subcommand's parser; its ``run`` default takes the parsed arguments, serves
        until interrupted and returns the exit status.
    """
    parser: argparse.ArgumentParser = commands.add_parser(
        "serve", help="serve a store over the SPARQL 1.1 Protocol, with the explorer page"
    )
    _add_arguments(parser)
    parser.set_defaults(run=_command(explorer or default_explorer()))
    return parser


def default_explorer() -> Callable[[str], str] | None:
    """The explorer page builder of ``kg.explore``, or None where it is not installed."""
    try:
        from kg.explore import page_for_store
    except ImportError:
        return None
    return page_for_store


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kg.serve --store DIR|URL ...``: the same as ``kg serve``."""
    parser = argparse.ArgumentParser(
        prog="python -m kg.serve", description="Serve a kg store over the SPARQL 1.1 Protocol."
    )
    _add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return int(_command(default_explorer())(args))
    except KgError as error:
        print(f"kg serve: {error}", file=sys.stderr)
        return 2
