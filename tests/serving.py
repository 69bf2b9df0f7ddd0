"""A real ``python -m kg.serve`` process for the tests: started on a free port, ready
once ``/health`` answers, stopped (and killed if it will not stop)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx


@dataclass
class Server:
    """A running ``python -m kg.serve`` process."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"


def free_port() -> int:
    """A TCP port nothing listens on at the moment."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start(store: str | Path, *options: str, logs: Path | None = None) -> Server:
    """Serve ``store`` (a folder or a SPARQL server's URL) with ``options``; the log goes
    to ``logs`` (default: beside the store's folder)."""
    port = free_port()
    log = (logs or Path(store).parent) / f"server-{port}.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg.serve",
                "--store",
                str(store),
                "--port",
                str(port),
                *options,
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server ended: {log.read_text(encoding='utf-8')}")
        try:
            if httpx.get(server.url + "/health", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    stop(server)
    raise AssertionError(f"the server did not start: {log.read_text(encoding='utf-8')}")


def stop(server: Server) -> None:
    """Stop the server, killing it if it does not stop within 15 s."""
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
