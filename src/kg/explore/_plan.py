"""Which entities the page carries, which it opens on, and where they are drawn.

A page opens on a readable subgraph: the most connected entities, or the ego network of
a focus entity, at most ``max_nodes`` of them, laid out here with networkx. It carries
more (up to ``max_embedded``, nearest the opening ones first) so that clicking an entity
can reveal its neighbours without a server.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from kg.errors import KgError
from kg.explore._data import EntityNode, FactEdge

# The ranking key of an entity id: most connected first, then by name.
_Rank = Callable[[str], tuple[int, str, str]]

#: Seed of the layout, so that one graph always renders to the same page.
LAYOUT_SEED = 7

#: How many entities of a component the spring layout places; the others are placed
#: around their neighbours.
SKELETON = 300


@dataclass(frozen=True)
class MergedEdge:
    """The facts of one (subject, predicate, object), from every article that states it.

    Attributes:
        source: Subject id.
        target: Object id.
        predicate: The predicate.
        sources: ``(evidence, article id, title, date)`` of each statement.
    """

    source: str
    target: str
    predicate: str
    sources: tuple[tuple[str, str, str | None, str | None], ...]


@dataclass
class Plan:
    """What one page holds.

    Attributes:
        nodes: The embedded entities, opening ones first.
        edges: The facts between embedded entities, merged per triple.
        opening: Ids of the entities drawn when the page opens.
        positions: Drawing coordinates (pixels) of the opening entities.
        degree: Per embedded entity, how many neighbours it has in the whole graph.
        outside: Per embedded entity, how many of its neighbours the page leaves out.
        total: How many entities the whole graph has.
        focus: The id of the focus entity, if one was asked for.
    """

    nodes: list[EntityNode]
    edges: list[MergedEdge]
    opening: list[str]
    positions: dict[str, tuple[float, float]]
    degree: dict[str, int] = field(default_factory=dict)
    outside: dict[str, int] = field(default_factory=dict)
    total: int = 0
    focus: str | None = None


def plan(
    nodes: Iterable[EntityNode],
    edges: Iterable[FactEdge],
    *,
    focus: str | None = None,
    max_nodes: int = 1000,
    max_embedded: int = 5000,
) -> Plan:
    """Choose the opening subgraph and the embedded data, and lay out the opening one.

    Args:
        nodes: Every entity.
        edges: Every fact; facts naming an entity missing from ``nodes`` are dropped.
        focus: Open on the ego network of the entity of this name or alias.
        max_nodes: The most entities drawn when the page opens.
        max_embedded: The most entities the page carries (at least ``max_nodes``).

    Returns:
        The plan.

    Raises:
        KgError: ``focus`` names no entity, or a cap is below 1.
    """
    if max_nodes < 1 or max_embedded < 1:
        raise KgError(
            f"max_nodes ({max_nodes}) and max_embedded ({max_embedded}) must be 1 or more"
        )
    by_id = {n.id: n for n in sorted(nodes, key=lambda n: n.id)}
    facts = sorted(
        (e for e in edges if e.source in by_id and e.target in by_id),
        key=lambda e: (e.source, e.target, e.predicate, e.date or "", e.article, e.evidence),
    )
    neighbours: dict[str, set[str]] = {i: set() for i in by_id}
    for e in facts:
        if e.source != e.target:
            neighbours[e.source].add(e.target)
            neighbours[e.target].add(e.source)

    def rank(i: str) -> tuple[int, str, str]:
        return (-len(neighbours[i]), by_id[i].label, i)

    focus_id = _find(focus, by_id.values(), rank) if focus is not None else None
    if focus_id is not None:
        opening = _grow([focus_id], neighbours, rank, max_nodes)
    else:
        opening = sorted(by_id, key=rank)[:max_nodes]
    embedded = _grow(opening, neighbours, rank, max(max_embedded, max_nodes))
    if len(embedded) < min(len(by_id), max_embedded):
        # Disconnected from the opening entities: the most connected of the rest.
        chosen = set(embedded)
        rest = sorted((i for i in by_id if i not in chosen), key=rank)
        embedded += rest[: max_embedded - len(embedded)]
    kept = set(embedded)
    return Plan(
        nodes=[by_id[i] for i in embedded],
        edges=_merge(e for e in facts if e.source in kept and e.target in kept),
        opening=opening,
        positions=layout(opening, neighbours),
        degree={i: len(neighbours[i]) for i in embedded},
        outside={i: len(neighbours[i] - kept) for i in embedded if neighbours[i] - kept},
        total=len(by_id),
        focus=focus_id,
    )


def _find(name: str, nodes: Iterable[EntityNode], rank: _Rank) -> str:
    """The id of the entity called ``name`` (its name first, then an alias)."""
    candidates = list(nodes)
    for matches in (
        [n.id for n in candidates if n.label == name],
        [n.id for n in candidates if name in n.aliases],
    ):
        if matches:
            return min(matches, key=rank)
    raise KgError(
        f"focus {name!r}: no entity of that name or alias takes part in a fact; "
        "check the spelling, or open the page without a focus and use its search box"
    )


def _grow(
    seeds: Sequence[str], neighbours: dict[str, set[str]], rank: _Rank, limit: int
) -> list[str]:
    """``seeds`` and their neighbourhood, breadth first, most connected first per hop."""
    chosen = list(dict.fromkeys(seeds))[:limit]
    seen = set(chosen)
    layer = chosen
    while layer and len(chosen) < limit:
        nxt = sorted({m for i in layer for m in neighbours[i]} - seen, key=rank)
        nxt = nxt[: limit - len(chosen)]
        chosen += nxt
        seen.update(nxt)
        layer = nxt
    return chosen


def _merge(facts: Iterable[FactEdge]) -> list[MergedEdge]:
    merged: dict[tuple[str, str, str], list[tuple[str, str, str | None, str | None]]] = {}
    for e in facts:
        merged.setdefault((e.source, e.target, e.predicate), []).append(
            (e.evidence, e.article, e.title, e.date)
        )
    return [
        MergedEdge(s, t, p, tuple(dict.fromkeys(sources))) for (s, t, p), sources in merged.items()
    ]


def layout(ids: Sequence[str], neighbours: dict[str, set[str]]) -> dict[str, tuple[float, float]]:
    """Positions (pixels, centred on 0) of ``ids``, given most important first.

    Each connected component is laid out on its own and the components are packed in
    rows, largest first, so that a few stray entities cannot shrink the main picture.
    Within a component, the first :data:`SKELETON` entities in breadth-first order from
    its most important one (a connected core) are placed by networkx's seeded spring
    layout, and each other one on a sunflower spiral around its breadth-first parent, as
    the page places revealed neighbours. The spring layout costs O(n²) per iteration
    (and from 500 entities needs scipy); this keeps a thousand entities under a second.
    """
    if not ids:
        return {}
    inside = set(ids)
    order = {i: k for k, i in enumerate(ids)}
    near = {
        i: sorted((m for m in neighbours[i] if m in inside and m != i), key=order.__getitem__)
        for i in ids
    }
    pieces = [_place(component, near) for component in _components(ids, near)]
    return _pack(sorted(pieces, key=len, reverse=True))


def _components(ids: Sequence[str], near: dict[str, list[str]]) -> list[list[str]]:
    """The connected components, each in breadth-first order from its first entity."""
    seen: set[str] = set()
    components = []
    for start in ids:
        if start in seen:
            continue
        seen.add(start)
        component = [start]
        for i in component:  # grows while it is walked: a breadth-first queue
            for m in near[i]:
                if m not in seen:
                    seen.add(m)
                    component.append(m)
        components.append(component)
    return components


def _place(component: list[str], near: dict[str, list[str]]) -> dict[str, tuple[float, float]]:
    import networkx as nx

    core = component[:SKELETON]
    if len(core) == 1:
        placed = {core[0]: (0.0, 0.0)}
    else:
        inside = set(core)
        graph = nx.Graph()
        graph.add_nodes_from(core)
        graph.add_edges_from((i, j) for i in core for j in near[i] if j in inside)
        scale = 60.0 * math.sqrt(len(core))
        placed = {
            i: (float(p[0]), float(p[1]))
            for i, p in nx.spring_layout(graph, seed=LAYOUT_SEED, scale=scale).items()
        }
    children: dict[str, int] = {}
    for i in component[len(core) :]:
        # A breadth-first order puts a parent before its children.
        parent = next(m for m in near[i] if m in placed)
        k = children.get(parent, 0)
        children[parent] = k + 1
        dx, dy = spiral(k)
        placed[i] = (placed[parent][0] + dx, placed[parent][1] + dy)
    return placed


def _pack(pieces: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """The pieces side by side in rows (shelves), the whole centred on 0."""
    gap = 80.0
    boxes = []
    for piece in pieces:
        xs = [x for x, _ in piece.values()]
        ys = [y for _, y in piece.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + gap, max(ys) - min(ys) + gap))
    width = max(max(b[2] for b in boxes), math.sqrt(sum(b[2] * b[3] for b in boxes)) * 1.3)
    placed: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for piece, (left, top, w, h) in zip(pieces, boxes, strict=True):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for i, (px, py) in piece.items():
            placed[i] = (px - left + x, py - top + y)
        x += w
        row = max(row, h)
    cx = (min(p[0] for p in placed.values()) + max(p[0] for p in placed.values())) / 2
    cy = (min(p[1] for p in placed.values()) + max(p[1] for p in placed.values())) / 2
    return {i: (round(px - cx, 1), round(py - cy, 1)) for i, (px, py) in placed.items()}


def spiral(k: int) -> tuple[float, float]:
    """The offset of the ``k``-th point of a sunflower spiral, which packs points evenly."""
    radius = 40.0 + 24.0 * math.sqrt(k)
    angle = k * math.pi * (3.0 - math.sqrt(5.0))
    return radius * math.cos(angle), radius * math.sin(angle)
