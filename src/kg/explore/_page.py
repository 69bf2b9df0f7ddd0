"""The self-contained page: vis-network (from pyvis's package), our script, the data.

Nothing is loaded from the network: vis-network's JavaScript and CSS are read from the
installed pyvis package and inlined, the data goes in a ``<script
type="application/json">`` block with every character that could end it escaped, and a
Content-Security-Policy lets only the page's own scripts run (by hash) and no request
leave the page except to the SPARQL ``endpoint``, when one is given.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from kg.errors import KgError
from kg.explore._data import ALIASES_QUERY, FACTS_QUERY, with_prefixes
from kg.explore._plan import Plan
from kg.model import ENTITY_TYPES, PREDICATES

#: The vis-network release pyvis 0.3.2 ships (``pyvis/lib/vis-9.1.2/``).
VIS_VERSION = "9.1.2"

#: Above this many entities on screen, vis-network's physics is off: positions are
#: precomputed, and a simulation of more would make the page sluggish.
PHYSICS_LIMIT = 300


#: Colour (Okabe-Ito, safe for colour-blind readers), vis-network shape and legend glyph
#: of each entity type.
TYPE_STYLES: dict[str, tuple[str, str, str]] = {
    "Person": ("#0072B2", "dot", "●"),
    "Organization": ("#E69F00", "square", "■"),
    "Place": ("#009E73", "triangle", "▲"),
    "Post": ("#CC79A7", "diamond", "◆"),
    "Meeting": ("#D55E00", "star", "★"),
    "Goal": ("#56B4E9", "triangleDown", "▼"),
    "Achievement": ("#E6C700", "hexagon", "⬢"),
    "Statement": ("#C8C8C8", "box", "▬"),
}
_OTHER_STYLE = ("#9E9E9E", "ellipse", "⬭")

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e`` and ``\\u0026`` (so no
    ``</script>`` or ``<!--`` can appear), and U+2028/U+2029 are escaped too; JSON.parse
    reads the same value back.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def _inline(code: str, tag: str) -> str:
    """``code`` safe to inline in a ``<tag>`` element: an end tag or comment opener in a
    string or comment is broken with a backslash, which JavaScript and CSS both ignore
    there; source-map comments (which would make developer tools fetch a file) go."""
    code = re.sub(r"^[ \t]*(//|/\*)# sourceMappingURL=.*$", "", code, flags=re.MULTILINE)
    code = re.sub(rf"</(?={tag})", r"<\\/", code, flags=re.IGNORECASE)
    return code.replace("<!--", "<\\!--")


@cache
def _vendor(name: str) -> str:
    try:
        folder = resources.files("pyvis").joinpath("lib", f"vis-{VIS_VERSION}")
    except ModuleNotFoundError:
        raise KgError(
            "the explorer needs pyvis (it ships vis-network): pip install 'kg[explore]'"
        ) from None
    path = folder.joinpath(name)
    if not path.is_file():
        raise KgError(
            f"pyvis does not ship vis-network {VIS_VERSION} ({name} is missing): "
            "install pyvis 0.3.2, as 'kg[explore]' pins it"
        )
    return path.read_text(encoding="utf-8")


@cache
def _own(name: str) -> str:
    return resources.files("kg.explore").joinpath(name).read_text(encoding="utf-8")


def _hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _connect_source(endpoint: str | None) -> str:
    """The CSP source that lets the page reach ``endpoint``, checked to be one."""
    if endpoint is None:
        return "'none'"
    if not re.fullmatch(r"[^\s\"'<>\\^`{|}]+", endpoint):
        raise KgError(
            f"endpoint {endpoint!r} is not a SPARQL endpoint URL: it has spaces, quotes or "
            "brackets; give http(s)://host[:port]/path or a path such as /sparql"
        )
    if re.fullmatch(r"/[^\s;,'\"]*", endpoint):
        return "'self'"
    parts = urlsplit(endpoint)
    origin = f"{parts.scheme}://{parts.netloc}"
    if parts.scheme not in ("http", "https") or not re.fullmatch(
        r"[A-Za-z0-9.\-\[\]:]+", parts.netloc
    ):
        raise KgError(
            f"endpoint {endpoint!r} is not a SPARQL endpoint URL: give http(s)://host[:port]/path "
            "or a path on the page's own server such as /sparql"
        )
    return origin


def _border(colour: str) -> str:
    """A darker shade of ``#rrggbb`` for node borders."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.7) for c in (r, g, b)))


def _style(name: str) -> dict[str, str]:
    colour, shape, glyph = TYPE_STYLES.get(name, _OTHER_STYLE)
    return {
        "name": name,
        "color": colour,
        "border": _border(colour),
        "shape": shape,
        "glyph": glyph,
    }


def status_line(shown: int, total: int) -> str:
    """The page's count of what is drawn: ``N of M entities shown, K hidden``."""
    return f"{shown} of {total} entities shown, {total - shown} hidden"


def page(plan: Plan, *, endpoint: str | None = None, title: str | None = None) -> str:
    """The complete HTML page of ``plan``.

    Args:
        plan: What the page carries and opens on.
        endpoint: A SPARQL endpoint the page may ask for neighbours it does not carry.
        title: The page's heading (default: "kg explorer").

    Returns:
        The page, needing no network.
    """
    import jinja2
    from markupsafe import Markup

    connect = _connect_source(endpoint)
    index = {n.id: i for i, n in enumerate(plan.nodes)}
    articles: dict[str, int] = {}
    article_rows: list[dict[str, str | None]] = []
    edges = []
    for e in plan.edges:
        sources = []
        for evidence, article, headline, date in e.sources:
            if article not in articles:
                articles[article] = len(article_rows)
                article_rows.append({"id": article, "title": headline, "date": date})
            sources.append([evidence, articles[article]])
        edges.append(
            {
                "from": index[e.source],
                "to": index[e.target],
                "predicate": e.predicate,
                "sources": sources,
            }
        )
    opening = set(plan.opening)
    nodes = []
    for n in plan.nodes:
        item: dict[str, Any] = {
            "iri": n.id,
            "label": n.label,
            "type": n.type,
            "aliases": list(n.aliases),
            "deg": plan.degree.get(n.id, 0),
            "more": plan.outside.get(n.id, 0),
            "open": n.id in opening,
        }
        if n.id in plan.positions:
            item["x"], item["y"] = plan.positions[n.id]
        nodes.append(item)
    type_counts = Counter(n.type for n in plan.nodes)
    type_names = [*ENTITY_TYPES, *sorted(set(type_counts) - set(ENTITY_TYPES))]
    predicate_counts = Counter(e.predicate for e in plan.edges)
    predicate_names = [
        *(p for p in PREDICATES if p in predicate_counts),
        *sorted(set(predicate_counts) - set(PREDICATES)),
    ]
    dates = sorted(r["date"] for r in article_rows if r["date"])
    data = {
        "meta": {
            "total": plan.total,
            "physicsLimit": PHYSICS_LIMIT,
            "endpoint": endpoint,
            "focus": index[plan.focus] if plan.focus is not None else None,
            "queries": {
                "facts": with_prefixes(FACTS_QUERY),
                "aliases": with_prefixes(ALIASES_QUERY),
            },
        },
        "types": [_style(t) for t in type_names],
        "fallback": _style(""),
        "articles": article_rows,
        "nodes": nodes,
        "edges": edges,
    }
    vis_js = _inline(_vendor("vis-network.min.js"), "script")
    app_js = _inline(_own("explorer.js"), "script")
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_hash(vis_js)} {_hash(app_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "font-src 'none'",
            f"connect-src {connect}",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    environment = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    template = environment.from_string(_own("page.html.j2"))
    return template.render(
        title=title or "kg explorer",
        status=status_line(len(plan.opening), plan.total),
        csp=Markup(csp),  # built from checked parts only: hashes, an origin
        vis_version=VIS_VERSION,
        vis_css=Markup(_inline(_vendor("vis-network.css"), "style")),
        app_css=Markup(_inline(_own("explorer.css"), "style")),
        vis_js=Markup(vis_js),
        app_js=Markup(app_js),
        data=Markup(script_json(data)),
        types=[{**_style(t), "count": type_counts.get(t, 0)} for t in type_names],
        predicates=[{"name": p, "count": predicate_counts[p]} for p in predicate_names],
        first_date=dates[0][:10] if dates else "",
        last_date=dates[-1][:10] if dates else "",
    )
