"""SPARQL servers for the remote store's tests, each a real process on loopback ports:
the Oxigraph server (installed with the test extra) and, where Debian's
``virtuoso-opensource-7-bin`` is installed, Virtuoso."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from kg.store.remote import RemoteStore

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
APT_LINE = "apt-get install -y virtuoso-opensource-7-bin"

_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {dir}
UseAIO = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
MaxClientConnections = 5
ServerThreads = 5
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 0
"""


@dataclass
class SparqlServer:
    """A running SPARQL server.

    Attributes:
        name: ``oxigraph`` or ``virtuoso``.
        url: The query endpoint (what ``--store`` takes).
        process: The server process.
        log: Where its output goes.
    """

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def clear(self) -> None:
        """Drop kg's graphs (a server's own graphs stay)."""
        store = RemoteStore(self.url)
        try:
            graphs = store.named_graphs()
            if graphs:
                store.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs))
        finally:
            store.close()


def free_port() -> int:
    """A TCP port nothing listens on at the moment."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait(server: SparqlServer, ready: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise AssertionError(f"{server.name} ended: {server.log.read_text(errors='replace')}")
        try:
            if ready():
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    _stop(server.process)
    raise AssertionError(f"{server.name} did not start: {server.log.read_text(errors='replace')}")


def _answers(url: str) -> bool:
    response = httpx.post(url, data={"query": "ASK { ?s ?p ?o }"}, timeout=2)
    return response.status_code == 200


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start_oxigraph(folder: Path, *options: str) -> SparqlServer:
    """The Oxigraph server on an empty store in ``folder``, with ``options``."""
    if not OXIGRAPH.is_file():
        pytest.skip(f"the Oxigraph server is not installed at {OXIGRAPH}: pip install oxigraph")
    port = free_port()
    log = folder / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [
                str(OXIGRAPH),
                "serve",
                "--location",
                str(folder / "data"),
                "--bind",
                f"127.0.0.1:{port}",
                *options,
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = SparqlServer("oxigraph", f"http://127.0.0.1:{port}/query", process, log)
    _wait(server, lambda: _answers(server.url))
    return server


def stop(server: SparqlServer) -> None:
    """Stop ``server`` (SIGTERM, then SIGKILL after 20 s)."""
    _stop(server.process)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    """The Oxigraph server on an empty store, with the default graph the union of all
    graphs, as kg's queries expect."""
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"), "--union-default-graph")
    yield server
    stop(server)


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    """Virtuoso on a fresh database, its ``/sparql`` endpoint allowed to update (the
    SPARQL user is granted SPARQL_UPDATE, as docs/remote-stores.md says); results are
    cut at 10,000 rows, as in Debian's virtuoso.ini."""
    if VIRTUOSO is None or ISQL is None:
        pytest.skip(
            f"Virtuoso is not installed (virtuoso-t, isql-vt); to run these tests: {APT_LINE}"
        )
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, isql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        _VIRTUOSO_INI.format(dir=folder, http_port=http_port, isql_port=isql_port),
        encoding="utf-8",
    )
    log = folder / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [VIRTUOSO, "-f", "-c", str(ini)],
            cwd=folder,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = SparqlServer("virtuoso", f"http://127.0.0.1:{http_port}/sparql", process, log)
    _wait(server, lambda: _answers(server.url))
    granted = subprocess.run(
        [ISQL, f"127.0.0.1:{isql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if granted.returncode != 0:
        _stop(process)
        raise AssertionError(
            f"isql-vt could not grant SPARQL_UPDATE: {granted.stdout}{granted.stderr}"
        )
    yield server
    _stop(process)


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest) -> SparqlServer:
    """Each server in turn, holding none of kg's graphs."""
    found: SparqlServer = request.getfixturevalue(f"{request.param}_server")
    found.clear()
    return found


@pytest.fixture
def oxigraph(oxigraph_server: SparqlServer) -> SparqlServer:
    """The Oxigraph server, holding none of kg's graphs."""
    oxigraph_server.clear()
    return oxigraph_server
