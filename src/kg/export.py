"""Writing the graph out: RDF serialisations and GraphML, chosen by name.

Files are written to a temporary name beside the target and renamed when complete, so
a reader never sees half an export.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf.vocab import PREFIXES

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


def _triples(graph: KnowledgeGraph, output: IO[bytes], format: ox.RdfFormat) -> None:
    # All article graphs merged into one: the union is what a triple format can hold.
    triples = dict.fromkeys(
        ox.Triple(q.subject, q.predicate, q.object) for q in graph.store.quads()
    )
    ox.serialize(triples, output, format, prefixes=PREFIXES)


def _dataset(graph: KnowledgeGraph, output: IO[bytes], format: ox.RdfFormat) -> None:
    graph.store.dump(output, format)


def _graphml(graph: KnowledgeGraph, output: IO[bytes]) -> None:
    import networkx as nx

    nx.write_graphml(graph.to_networkx(), output)


FORMATS: dict[str, Callable[[KnowledgeGraph, IO[bytes]], None]] = {
    "ttl": lambda g, out: _triples(g, out, ox.RdfFormat.TURTLE),
    "nt": lambda g, out: _triples(g, out, ox.RdfFormat.N_TRIPLES),
    "nq": lambda g, out: _dataset(g, out, ox.RdfFormat.N_QUADS),
    "trig": lambda g, out: _dataset(g, out, ox.RdfFormat.TRIG),
    "jsonld": lambda g, out: _dataset(g, out, ox.RdfFormat.JSON_LD),
    "graphml": _graphml,
}


def export(graph: KnowledgeGraph, output: str | Path | IO[bytes], format: str) -> None:
    """Write ``graph`` to a file path or binary stream in ``format`` (see ``FORMATS``)."""
    try:
        writer = FORMATS[format]
    except KeyError:
        raise KgError(
            f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}"
        ) from None
    if not isinstance(output, str | Path):
        writer(graph, output)
        return
    target = Path(output)
    handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            writer(graph, stream)
        os.replace(partial, target)
    except BaseException:
        os.unlink(partial)
        raise
