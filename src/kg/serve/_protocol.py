"""What the endpoint reads off a request before any evaluation: the query form, the
operations it refuses, and the result format the client asked for.

Nothing here opens the store, so the server process and the query processes share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import pyoxigraph as ox

#: What a query gives: solutions (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE).
ResultKind = Literal["solutions", "graph"]

# String literals (long ones first), IRIs and comments: the spans of a SPARQL text in
# which keywords mean nothing. Scanned left to right, so a "#" inside an IRI or a string
# never starts a comment and a quote inside a comment never starts a string. An IRI
# cannot hold spaces or braces, so a less-than sign in a FILTER is not taken for one.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)

# A keyword stands alone: not part of a variable (?x $x), a prefixed name (ex:load,
# load:x), a blank node label (_:load) or a language tag (@load).
_BEFORE = r"(?<![\w:?$@\-])"
_AFTER = r"(?![\w:\-])"
_FORBIDDEN = re.compile(_BEFORE + r"(SERVICE|LOAD)" + _AFTER, re.IGNORECASE)
_FORM = re.compile(_BEFORE + r"(SELECT|ASK|CONSTRUCT|DESCRIBE)" + _AFTER, re.IGNORECASE)

_WHY_FORBIDDEN = {
    "SERVICE": "SERVICE (federated query) is not allowed: it would make the server fetch "
    "other addresses; query the other endpoint yourself",
    "LOAD": "LOAD is not allowed: it would make the server fetch other addresses; "
    "download the data and add it with INSERT DATA",
}


def strip_opaque(sparql: str) -> str:
    """``sparql`` with comments removed and string literals and IRIs emptied, so that
    what is left are keywords, names, variables and punctuation."""

    def blank(match: re.Match[str]) -> str:
        text = match.group()
        if text.startswith("#"):
            return " "
        return "<>" if text.startswith("<") else '""'

    return _OPAQUE.sub(blank, sparql)


def forbidden_operation(sparql: str) -> str | None:
    """Why ``sparql`` (a query or an update) is refused, or None if it may run.

    SERVICE and LOAD are refused wherever they occur outside comments, strings and IRIs:
    both would make the server send requests to addresses the client chooses.
    """
    match = _FORBIDDEN.search(strip_opaque(sparql))
    return None if match is None else _WHY_FORBIDDEN[match.group(1).upper()]


def query_kind(sparql: str) -> ResultKind | None:
    """Whether ``sparql`` gives solutions or a graph, read off its first query-form
    keyword (the prologue before it holds only BASE and PREFIX); None if there is none,
    which the parser will then report."""
    match = _FORM.search(strip_opaque(sparql))
    if match is None:
        return None
    return "solutions" if match.group(1).upper() in ("SELECT", "ASK") else "graph"


@dataclass(frozen=True)
class ResultFormat:
    """One serialisation the endpoint offers.

    Attributes:
        name: The short name, as in ``?format=json``.
        media_type: The media type of responses in this format.
        kind: Whether it holds solutions or a graph.
        aliases: Other media types a client may ask for it by.
        names: Other short names for ``?format=``.
    """

    name: str
    media_type: str
    kind: ResultKind
    aliases: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        """The Content-Type header: text types say they are UTF-8."""
        return (
            f"{self.media_type}; charset=utf-8"
            if self.media_type.startswith("text/")
            else self.media_type
        )


#: Formats of SELECT and ASK results, the default first.
SOLUTION_FORMATS = (
    ResultFormat(
        "json", "application/sparql-results+json", "solutions", ("application/json",), ("srj",)
    ),
    ResultFormat(
        "xml",
        "application/sparql-results+xml",
        "solutions",
        ("application/xml", "text/xml"),
        ("srx",),
    ),
    ResultFormat("csv", "text/csv", "solutions"),
    ResultFormat("tsv", "text/tab-separated-values", "solutions"),
)

#: Formats of CONSTRUCT and DESCRIBE results, the default first.
GRAPH_FORMATS = (
    ResultFormat(
        "turtle", "text/turtle", "graph", ("application/turtle", "application/x-turtle"), ("ttl",)
    ),
    ResultFormat(
        "json-ld", "application/ld+json", "graph", ("application/json",), ("jsonld", "json")
    ),
    ResultFormat(
        "rdf-xml",
        "application/rdf+xml",
        "graph",
        ("application/xml", "text/xml"),
        ("rdfxml", "rdf", "xml"),
    ),
    ResultFormat("n-triples", "application/n-triples", "graph", (), ("nt", "ntriples")),
)

FORMATS = {f.name: f for f in (*SOLUTION_FORMATS, *GRAPH_FORMATS)}

#: The pyoxigraph writers of the solution formats, by name.
RESULTS_WRITERS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}

#: The pyoxigraph writers of the graph formats, by name.
RDF_WRITERS = {
    "turtle": ox.RdfFormat.TURTLE,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdf-xml": ox.RdfFormat.RDF_XML,
    "n-triples": ox.RdfFormat.N_TRIPLES,
}


@dataclass(frozen=True)
class _Range:
    type: str
    subtype: str
    q: float
    position: int

    @property
    def specificity(self) -> int:
        return (self.type != "*") + (self.subtype != "*")

    def matches(self, media_type: str) -> bool:
        kind, _, sub = media_type.partition("/")
        return self.type in ("*", kind) and self.subtype in ("*", sub)


def _ranges(accept: str) -> list[_Range]:
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append(_Range(kind, sub, q, position))
    return ranges


def negotiate(formats: Sequence[ResultFormat], accept: str | None) -> ResultFormat | None:
    """The format of ``formats`` an Accept header prefers, or None if it accepts none.

    The highest quality wins; among equals, the more specific media range, then the one
    the client listed first, then the server's order. A missing or empty header accepts
    the default (the first of ``formats``).
    """
    if not accept or not accept.strip():
        return formats[0]
    ranges = _ranges(accept)
    best: tuple[tuple[float, int, int, int], ResultFormat] | None = None
    for order, fmt in enumerate(formats):
        for media_type in (fmt.media_type, *fmt.aliases):
            # Wildcards match a format's own media type, not its aliases: text/* means
            # CSV or TSV, not XML served as text/xml.
            alias = media_type != fmt.media_type
            matching = [
                r for r in ranges if r.matches(media_type) and not (alias and r.specificity < 2)
            ]
            if not matching:
                continue
            # The most specific range decides: "text/csv;q=0, */*" refuses CSV.
            chosen = max(matching, key=lambda r: (r.specificity, -r.position))
            if chosen.q <= 0:
                continue
            key = (chosen.q, chosen.specificity, -chosen.position, -order)
            if best is None or key > best[0]:
                best = (key, fmt)
    return None if best is None else best[1]


def choose_format(
    kind: ResultKind, accept: str | None, requested: Iterable[str] = ()
) -> ResultFormat | None:
    """The format for results of ``kind``.

    Args:
        kind: Solutions or a graph.
        accept: The request's Accept header.
        requested: Values of the ``format`` parameter, which override the header; each is
            a short name (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``, ``json-ld``,
            ...) or media types. The first one that names a format of ``kind`` wins.

    Returns:
        The format, or None if nothing asked for can hold results of ``kind``.
    """
    formats = SOLUTION_FORMATS if kind == "solutions" else GRAPH_FORMATS
    requested = [value.strip() for value in requested if value.strip()]
    if not requested:
        return negotiate(formats, accept)
    for value in requested:
        lowered = value.lower()
        for fmt in formats:
            if lowered == fmt.name or lowered in fmt.names:
                return fmt
        if "/" in value and (fmt_by_type := negotiate(formats, value)) is not None:
            return fmt_by_type
    return None


def not_acceptable(kind: ResultKind) -> str:
    """The message of a 406: which formats results of ``kind`` come in."""
    formats = SOLUTION_FORMATS if kind == "solutions" else GRAPH_FORMATS
    form = "SELECT or ASK" if kind == "solutions" else "CONSTRUCT or DESCRIBE"
    offered = ", ".join(f"{f.media_type} (format={f.name})" for f in formats)
    return (
        f"none of the accepted media types can hold the results of a {form} query; "
        f"accept one of {offered}"
    )
