"""Where the graph lives: Oxigraph on disk by default, chosen by name from ``STORES``."""

from __future__ import annotations

import ctypes
import fcntl
import os
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf.vocab import PREFIXES

if TYPE_CHECKING:
    from kg.store.remote import RemoteStore


class StoreError(KgError):
    """The store cannot be opened, read or written."""


#: Quads written between flushes of the store's write buffers. Left alone, RocksDB's
#: buffers grow to well over a gigabyte on a large build; flushed every 200k quads the
#: store stays within about 150 MB, at no cost in speed (benchmarks/build_speed.py).
FLUSH_EVERY = 200_000

#: Quads ingested as files after which :meth:`EmbeddedStore.flush` compacts the store.
#: Each batch of new articles goes in as files of its own; until they are merged, queries
#: read through all of them (25% slower on the corpus store). Compacting the corpus store
#: takes 0.5 s and makes it as fast to query as one written by transactions, or faster.
COMPACT_AFTER = 50_000


def _release_memory() -> None:
    """Hand freed heap back to the operating system (glibc keeps it otherwise)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc
            pass


#: The file beside the store's data that processes lock to share the store safely.
LOCK_FILE = "kg.lock"


def lock_store(path: str | Path, *, shared: bool) -> int:
    """Take the store's lock and return its file descriptor (closing it lets go).

    RocksDB lets one process write a store and forbids readers beside that writer
    (pyoxigraph calls it undefined behaviour), so kg adds a lock of its own: a writer
    (a build) holds it exclusively; readers (``kg query``, ``kg serve``, which applies
    its updates itself) hold it shared. A build is therefore refused while a server
    reads the store, and readers while a build writes it; to add articles while
    ``kg serve`` runs, build through the server (``--store http://HOST:PORT/sparql``).

    Raises:
        StoreError: Another process holds the lock in the other mode.
    """
    folder = Path(path)
    descriptor = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        if shared:
            raise StoreError(
                f"store {folder} is being written by a build; wait for it to finish, then "
                "read it (or serve it with kg serve and build through the server)"
            ) from None
        raise StoreError(
            f"store {folder} is in use by another process (a build, kg serve or kg query); "
            "one writer at a time and no reader beside it: wait for it to finish, or, "
            "while kg serve runs, build through it with --store http://HOST:PORT/sparql"
        ) from None
    return descriptor


def _remove_unfinished_ingestions(folder: Path) -> None:
    """Delete the files a writer stopped short (killed, say) left before handing them to
    RocksDB: nothing refers to them (an ingestion is atomic), they only take room. Only
    the holder of the writer's lock calls this, so no other process is writing them."""
    for leftover in folder.glob("bulk-*.sst"):
        leftover.unlink(missing_ok=True)


class EmbeddedStore:
    """An Oxigraph store in a folder on disk; one named graph per article.

    Args:
        path: The folder; created if missing (unless read-only).
        read_only: Open for reading only; many readers may share a store, but none can
            open it while a writer has it (see :func:`lock_store`).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._unflushed = 0
        self._ingested = 0
        self._lock: int | None = None
        # The hashes of the graphs written since the store was opened empty (None: not
        # known that way). A hash two graphs share only sends the second to the slower
        # path that replaces a graph (a drop and an insert), which is right for new ones.
        self._written: set[int] | None = None
        try:
            if read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"no store at {self.path}; build one with kg build")
                self._lock = lock_store(self.path, shared=True)
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._lock = lock_store(self.path, shared=False)
                _remove_unfinished_ingestions(self.path)
                self._store = ox.Store(str(self.path))
                # A store that held no graph when opened holds only those written since
                # by replace_graphs: whether a graph is new is known without a read of the
                # store (39k reads on ten copies of the corpus fill RocksDB's block cache).
                if next(iter(self._store.named_graphs()), None) is None:
                    self._written = set()
        except OSError as error:
            self.close()
            if "lock" in str(error).lower():
                raise StoreError(
                    f"store {self.path} is being written by another process (a build, or "
                    "kg serve with updates); one writer at a time: wait for it to finish"
                ) from error
            raise StoreError(f"cannot open store {self.path}: {error}") from error
        except StoreError:
            self.close()
            raise

    def close(self) -> None:
        """Let go of the store (and its lock); the object cannot be used afterwards."""
        if hasattr(self, "_store"):
            self.flush()
            del self._store
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Make ``graph`` hold exactly ``quads`` (every quad must name that graph)."""
        self._written = None
        self.remove_graph(graph)
        self._store.extend(quads)

    def replace_graphs(
        self,
        graphs: Mapping[ox.NamedNode, Sequence[ox.Quad]],
        nquads: bytes = b"",
        nquads_graphs: Collection[ox.NamedNode] = (),
    ) -> None:
        """Make each graph hold exactly its quads, in one transaction: a crash leaves
        every graph as it was before the call, never half-written.

        Args:
            graphs: Quads by graph.
            nquads: More graphs' quads, serialised as N-Quads (as build workers send them).
            nquads_graphs: The graphs ``nquads`` holds.
        """
        names = [*graphs, *nquads_graphs]
        if not names:
            return
        written = self._written
        if (
            not any(hash(g.value) in written for g in names)
            if written is not None
            else not any(self._store.contains_named_graph(g) for g in names)
        ):
            # New graphs go in as sorted files handed to RocksDB in one atomic ingestion
            # (all indexes at once): twice as fast as a transaction, and the write
            # buffers are not used. pyoxigraph lets go of the GIL while it writes.
            quads = [q for quads in graphs.values() for q in quads]
            if nquads:
                if quads:
                    nquads += cast(bytes, ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
                # Serialised by pyoxigraph itself, so not validated again (8% faster).
                self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS, lenient=True)
            else:
                self._store.bulk_extend(quads)
            self._ingested += len(quads) + nquads.count(b"\n")
            if written is not None:
                written.update(hash(g.value) for g in names)
            _release_memory()  # the files' buffers, which glibc would keep
            return
        if nquads:
            merged = {name: list(quads) for name, quads in graphs.items()}
            for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
                merged.setdefault(cast(ox.NamedNode, quad.graph_name), []).append(quad)
            graphs = merged
        self._store.update(replace_graphs_update(graphs))
        if written is not None:
            written.update(hash(g.value) for g in names)
        self._unflushed += sum(len(quads) for quads in graphs.values())
        if self._unflushed >= FLUSH_EVERY:
            self.flush()

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        """Drop ``graph``; returns whether it was there."""
        self._written = None
        if not self._store.contains_named_graph(graph):
            return False
        self._store.remove_graph(graph)
        return True

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None) -> Any:
        """Run a SPARQL query over the union of all graphs.

        Args:
            sparql: The query; the prefixes kg, rdfs, skos, org, schema, prov, time, xsd
                are predeclared.
            substitutions: Values for variables of the query, by name.
        """
        try:
            return self._store.query(
                bind(sparql, substitutions or {}),
                prefixes=PREFIXES,
                use_default_graph_as_union=True,
            )
        except SyntaxError as error:
            raise StoreError(f"SPARQL syntax error: {error}") from error

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update."""
        self._written = None
        self._store.update(sparql, prefixes=PREFIXES)

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Every quad, or those of one graph."""
        return iter(self._store.quads_for_pattern(None, None, None, graph))

    def named_graphs(self) -> list[ox.NamedNode | ox.BlankNode]:
        """The named graphs, sorted."""
        return sorted(self._store.named_graphs(), key=lambda g: g.value)

    def dump(
        self, output: IO[bytes], format: ox.RdfFormat, graph: ox.NamedNode | None = None
    ) -> None:
        """Serialise the dataset (or one graph) to ``output``."""
        if graph is None:
            self._store.dump(output, format)
        else:
            self._store.dump(output, format, from_graph=graph)

    def load(self, data: IO[bytes], format: ox.RdfFormat) -> None:
        """Add the quads of a serialised dataset."""
        self._written = None
        self._store.load(data, format)

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        """Make every write durable, and give the memory of the write buffers back;
        compact the store when many quads have been ingested as files since last time."""
        if not self.read_only:
            self._store.flush()
            self._unflushed = 0
            if self._ingested >= COMPACT_AFTER:
                self._store.optimize()
                self._ingested = 0
            _release_memory()


def replace_graphs_update(graphs: Mapping[ox.NamedNode, Sequence[ox.Quad]]) -> str:
    """One SPARQL 1.1 update that drops ``graphs`` and inserts their new quads (a server
    runs it in one transaction)."""
    drops = [f"DROP SILENT GRAPH {g} ;" for g in graphs]
    return "\n".join([*drops, "INSERT DATA {", *_graph_blocks(graphs), "}"])


def change_quads_update(removed: Iterable[ox.Quad], added: Iterable[ox.Quad]) -> str:
    """One SPARQL 1.1 update that deletes ``removed`` and inserts ``added`` (a server
    runs it in one transaction): cheaper than replacing whole graphs when a few of
    their quads change."""
    parts = ["DELETE DATA {", *_graph_blocks(_by_graph(removed)), "} ;"]
    parts += ["INSERT DATA {", *_graph_blocks(_by_graph(added)), "}"]
    return "\n".join(parts)


def _by_graph(quads: Iterable[ox.Quad]) -> dict[ox.NamedNode, list[ox.Quad]]:
    grouped: dict[ox.NamedNode, list[ox.Quad]] = {}
    for quad in quads:
        grouped.setdefault(cast(ox.NamedNode, quad.graph_name), []).append(quad)
    return grouped


def _graph_blocks(graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> list[str]:
    """Each graph's quads as the lines of a ``GRAPH <g> { … }`` block of update data."""
    lines: list[str] = []
    for graph, quads in graphs.items():
        lines.append(f"GRAPH {graph} {{")
        lines.extend(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        lines.append("}")
    return lines


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind(sparql: str, values: dict[str, Any]) -> str:
    """``sparql`` with each variable of ``values`` bound to its value.

    The value, written as an RDF term by pyoxigraph (so no text is spliced in raw),
    replaces the variable where it stands: query planners then see a constant and start
    from it (Oxigraph runs the named queries 2-10x faster than with VALUES). A variable
    the query projects or assigns (``SELECT ?x``, ``AS ?x``) is bound instead by a
    VALUES clause opening every WHERE block (sub-queries have scopes of their own).
    """
    if not values:
        return sparql
    if _WHERE.search(sparql) is None:
        raise StoreError("a query with parameters needs a WHERE { ... } block")
    inline = {
        name: str(_term(value)) for name, value in values.items() if not _assigned(sparql, name)
    }

    def substitute(match: re.Match[str]) -> str:
        variable = match.group("var")
        return inline.get(variable[1:], variable) if variable else match.group()

    if inline:
        sparql = _TOKENS.sub(substitute, sparql)
    clause = " ".join(
        f"VALUES ?{name} {{ {_term(value)} }}"
        for name, value in values.items()
        if name not in inline
    )
    if not clause:
        return sparql
    return _WHERE.sub(lambda match: f"{match.group()} {clause} ", sparql)


# Comments, IRIs and string literals (kept as they are), and variables.
_TOKENS = re.compile(
    r"#[^\n]*"
    r"|<[^<>\"{}|^`\\\s]*>"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|(?P<var>[?$][A-Za-z_][A-Za-z0-9_]*)"
)
_PROJECTION = re.compile(r"\bSELECT\b(.*?)(?:\bWHERE\b|\{)", re.IGNORECASE | re.DOTALL)


def _assigned(sparql: str, name: str) -> bool:
    """Whether ``?name`` is projected by a SELECT or assigned by ``AS``, where a constant
    cannot stand."""
    if re.search(rf"\bAS\s+[?$]{re.escape(name)}\b", sparql, re.IGNORECASE):
        return True
    variable = re.compile(rf"[?$]{re.escape(name)}\b")
    return any(variable.search(m.group(1)) for m in _PROJECTION.finditer(sparql))


def _term(value: Any) -> ox.NamedNode | ox.Literal:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    return ox.Literal(str(value))


def open_store(location: str | Path, *, read_only: bool = False) -> EmbeddedStore | RemoteStore:
    """Open the store at ``location``: a folder is the embedded Oxigraph store, an
    ``http://`` or ``https://`` URL the query endpoint of a SPARQL 1.1 server
    (:class:`~kg.store.remote.RemoteStore`)."""
    if isinstance(location, str) and location.lower().startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore

        return RemoteStore(location, read_only=read_only)
    return EmbeddedStore(location, read_only=read_only)


def __getattr__(name: str) -> Any:
    # RemoteStore is imported on first use: it needs httpx, which only remote stores do.
    if name == "RemoteStore":
        from kg.store.remote import RemoteStore

        return RemoteStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
