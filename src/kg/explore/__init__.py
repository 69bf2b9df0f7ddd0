"""The offline graph explorer: one self-contained HTML page per knowledge graph.

::

    from kg import KnowledgeGraph, explore

    with KnowledgeGraph("graph-store") as graph:
        explore.write(graph, "graph.html", focus="林志远")

The page draws entities (coloured and shaped by type, with a legend) and the facts
between them (labelled by predicate); hovering shows names, aliases, evidence sentences
and their articles. It has a search box (names and aliases), filters by type, predicate
and article date, and reveals an entity's neighbours on click. It opens on the most
connected entities (or the ego network of ``focus``), at most ``max_nodes`` of them, and
carries up to ``max_embedded`` so that clicks need no server. vis-network is read from
the installed pyvis package and inlined: the page loads nothing from the network.

Needs the ``explore`` extra (pyvis, which brings Jinja2 and IPython, and numpy for the
layout).
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.explore._data import EntityNode, FactEdge, SupportsQuery, network_of
from kg.explore._page import PHYSICS_LIMIT, TYPE_STYLES, page, script_json, status_line
from kg.explore._plan import plan

__all__ = [
    "PHYSICS_LIMIT",
    "TYPE_STYLES",
    "EntityNode",
    "FactEdge",
    "SupportsQuery",
    "network_of",
    "render",
    "render_network",
    "script_json",
    "show",
    "status_line",
    "write",
]


def render_network(
    nodes: Iterable[EntityNode],
    edges: Iterable[FactEdge],
    *,
    focus: str | None = None,
    max_nodes: int = 1000,
    max_embedded: int = 5000,
    endpoint: str | None = None,
    title: str | None = None,
) -> str:
    """The explorer page of any entities and facts (what :func:`render` draws from a store).

    Args:
        nodes: The entities.
        edges: The facts between them.
        focus: Open on the ego network of the entity of this name or alias.
        max_nodes: The most entities drawn when the page opens.
        max_embedded: The most entities the page carries (clicks reveal them).
        endpoint: A SPARQL endpoint (``http(s)://…`` or a path like ``/sparql`` on the
            page's own server) the page asks for the neighbours of entities it does not
            carry; ``None`` keeps the page entirely offline.
        title: The page's heading.

    Returns:
        The complete HTML page.

    Raises:
        KgError: ``focus`` names no entity, or ``endpoint`` is no http(s) URL or path.
    """
    chosen = plan(nodes, edges, focus=focus, max_nodes=max_nodes, max_embedded=max_embedded)
    return page(chosen, endpoint=endpoint, title=title)


def render(
    graph: SupportsQuery,
    *,
    focus: str | None = None,
    max_nodes: int = 1000,
    max_embedded: int = 5000,
    endpoint: str | None = None,
    title: str | None = None,
) -> str:
    """The explorer page of a knowledge graph, as one self-contained HTML string.

    Args:
        graph: The knowledge graph (a :class:`kg.KnowledgeGraph`, or anything with its
            ``query`` method).
        focus: Open on the ego network of the entity of this name or alias.
        max_nodes: The most entities drawn when the page opens (the most connected ones,
            or those nearest ``focus``).
        max_embedded: The most entities the page carries; clicking an entity reveals
            its neighbours among them.
        endpoint: A SPARQL endpoint the page may ask for neighbours it does not carry
            (see :func:`render_network`); ``None`` keeps the page offline.
        title: The page's heading (default "kg explorer").

    Returns:
        The complete HTML page.
    """
    nodes, edges = network_of(graph)
    return render_network(
        nodes,
        edges,
        focus=focus,
        max_nodes=max_nodes,
        max_embedded=max_embedded,
        endpoint=endpoint,
        title=title,
    )


def write(graph: SupportsQuery, path: str | Path, **options: Any) -> Path:
    """Write the explorer page of ``graph`` to ``path``.

    The page goes to a temporary file in the same folder first and is renamed into
    place, so a reader never sees half a page.

    Args:
        graph: The knowledge graph.
        path: The HTML file to write.
        **options: As for :func:`render`.

    Returns:
        The path written.
    """
    target = Path(path)
    text = render(graph, **options)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def show(graph: SupportsQuery, *, height: int = 700, **options: Any) -> Any:
    """The explorer page of ``graph`` for a Jupyter notebook.

    The page goes in an ``<iframe srcdoc>`` (escaped as an attribute), sandboxed to run
    its own scripts only.

    Args:
        graph: The knowledge graph.
        height: The frame's height in pixels.
        **options: As for :func:`render`.

    Returns:
        An ``IPython.display.HTML`` object.
    """
    from IPython.display import HTML

    document = html.escape(render(graph, **options), quote=True)
    return HTML(
        f'<div class="kg-explorer"><iframe srcdoc="{document}" sandbox="allow-scripts" '
        f'referrerpolicy="no-referrer" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd"></iframe></div>'
    )


def page_for_store(store_path: str) -> str:
    """The explorer page of the store at ``store_path``, opened read-only, asking the
    serving endpoint (``/sparql``) for what the page does not carry: for ``kg serve``."""
    from kg.graph import KnowledgeGraph

    return render(KnowledgeGraph(store_path, read_only=True), endpoint="/sparql")
