"""A store on a SPARQL 1.1 server, over HTTP, with the interface of
:class:`kg.store.EmbeddedStore`: the Oxigraph server, Apache Jena Fuseki, GraphDB,
Virtuoso, QLever or any other server that speaks the SPARQL 1.1 Protocol.

>>> from kg import KnowledgeGraph
>>> graph = KnowledgeGraph("http://localhost:7878/query")     # doctest: +SKIP

**Endpoints.** The URL given is the query endpoint. The update endpoint is
``$KG_UPDATE_URL`` if set, else derived from it by :func:`update_endpoint`:

- the Oxigraph server: ``/query`` -> ``/update``;
- Fuseki: ``/ds`` or ``/ds/query`` -> ``/ds/update``;
- GraphDB (and RDF4J): ``/repositories/X`` -> ``/repositories/X/statements``;
- Virtuoso: ``/sparql`` (or ``/sparql-auth``) for both;
- QLever: the same URL (served at the root, or under a path of two or more segments).

Only the SPARQL 1.1 Protocol is spoken (queries and updates sent as HTML forms); the
Graph Store Protocol is not needed: whole graphs are read with ``SELECT ... GRAPH ?g``
and written with SPARQL updates.

**Credentials.** ``http://user:password@host/...`` in the URL, or ``$KG_STORE_USER`` and
``$KG_STORE_PASSWORD``. They are sent when the server asks (a 401 answer), by the
scheme it asks for: Basic (Fuseki, GraphDB) or Digest (Virtuoso's ``/sparql-auth``).
``$KG_STORE_TOKEN`` is sent as ``Authorization: Bearer ...`` on every request (QLever's
access token). Error messages never show the password.

**Reads** ask for ``application/sparql-results+json`` (XML accepted as a fallback) or,
for CONSTRUCT and DESCRIBE, N-Triples (Turtle accepted), and are parsed by pyoxigraph:
:meth:`RemoteStore.query` returns the same ``QuerySolutions``, ``QueryBoolean`` and
``QueryTriples`` the embedded store returns. Every query and update is sent with
PREFIX declarations for :data:`kg.rdf.vocab.PREFIXES` (those it does not declare
itself). kg's queries expect the default graph to be the union of all named graphs: the
Oxigraph server needs ``--union-default-graph``, Fuseki ``tdb2:unionDefaultGraph true``;
Virtuoso's, GraphDB's and QLever's default graphs are the union already (see
``docs/remote-stores.md``). The first query made once kg's graphs hold data checks it,
and fails with what to set rather than answer with facts missing. Results a server cut
off at its row limit (Virtuoso's ``ResultSetMaxRows``) are an error too.
:meth:`~RemoteStore.quads`, :meth:`~RemoteStore.named_graphs`, :meth:`~RemoteStore.dump`
and ``len()`` see the named graphs whose IRI starts with kg's graph namespace only, so
that a server's own graphs (Virtuoso's system graphs) or other projects' data are left
out.

**Writes.** :meth:`RemoteStore.replace_graphs` sends one SPARQL update
(``DROP SILENT GRAPH ...; INSERT DATA { GRAPH ... }``, built by
:func:`kg.store.replace_graphs_update`) in one request: a server that runs an update
request in one transaction (Oxigraph, Fuseki, GraphDB) applies the batch all or nothing.
Only when the server refuses the request for its size (HTTP 413, or Virtuoso's limits:
10 MB of text, about 5,000 triples in one block) is the batch split: into halves, down
to one graph a request, and a graph still too large into a DROP and INSERT DATA
requests of at most 10,000 triples. Each part is then atomic on its own, the batch no
longer is. Virtuoso commits an update as it goes (autocommit), so a failure there can
leave a batch half-written whatever its size.

Plain HTTP, not rdflib's ``SPARQLUpdateStore``: that store, opened on a named graph,
wraps every block of an update in ``GRAPH <that graph> { ... }``, which nests the
``GRAPH`` blocks our updates already name (a syntax error or the wrong graph). Here the
update text goes to the server exactly as :func:`~kg.store.replace_graphs_update` and
:mod:`kg.graph` write it, plus the PREFIX declarations.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from typing import IO, Any
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

from kg.rdf.vocab import GRAPH, PREFIXES
from kg.serve._protocol import query_kind
from kg.store import StoreError, bind, replace_graphs_update

#: The environment variable that names the update endpoint, overriding the derived one.
UPDATE_URL_VARIABLE = "KG_UPDATE_URL"
#: The environment variables of the user name and password (when the URL has none).
USER_VARIABLE = "KG_STORE_USER"
PASSWORD_VARIABLE = "KG_STORE_PASSWORD"
#: The environment variable of a bearer token sent with every request (QLever's).
TOKEN_VARIABLE = "KG_STORE_TOKEN"

#: What a query may answer.
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

# What a query asks for, by what it gives (read off its text by the scan kg serve uses,
# which depends on nothing of the server's). Virtuoso answers a CONSTRUCT with SPARQL
# results when they are acceptable too, so a query that is read as neither form (the
# server will then report the error) is the only one to ask for both.
_SOLUTIONS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
_ACCEPT = {
    "solutions": _SOLUTIONS_ACCEPT,
    "graph": _GRAPH_ACCEPT,
    None: f"{_SOLUTIONS_ACCEPT}, {_GRAPH_ACCEPT}",
}
# Virtuoso 7.2 answers ASK with solutions of one variable, one row (true) or none (false).
_VIRTUOSO_ASK = [ox.Variable("__ASK_RETVAL")]
_RESULTS_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
# text/plain was the media type of N-Triples until 2014; older servers still send it.
_RDF_FORMATS = {"text/plain": ox.RdfFormat.N_TRIPLES}

_PREFIX_DECLARATION = re.compile(r"(?<![\w:?$@-])PREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)

# How servers say an update is too large to take in one request, besides HTTP 413:
# Virtuoso refuses a request text over 10 MB ("longer than 10Mb"), and its parser runs
# out of stack past about 5,000 triples in one block of an INSERT DATA ("memory
# exhausted"). kg's own INSERT DATA (:func:`_insert_data`) write at most _BLOCK triples
# to a block, and a part sent after the server refused the whole holds at most _PART.
_TOO_LARGE = re.compile(r"longer than|too long|too large|too big|memory exhausted", re.IGNORECASE)
_BLOCK = 1_000
_PART = 10_000

_HINTS = {
    401: "the server wants credentials: put user:password@ in the URL, or set "
    f"${USER_VARIABLE} and ${PASSWORD_VARIABLE} (or ${TOKEN_VARIABLE} for a token)",
    403: "the credentials may not do this: grant the user update rights on the server",
    404: f"no endpoint at this address: give the query endpoint, and set ${UPDATE_URL_VARIABLE} "
    "if the update endpoint is not where kg looks for it",
}

# Virtuoso's "No permission to execute procedure" (an HTTP 500).
_VIRTUOSO_PERMISSION = (
    'grant SPARQL_UPDATE to the user "SPARQL" with isql, or use the /sparql-auth endpoint '
    "with the credentials of a user who has it"
)


class RemoteStoreError(StoreError):
    """A SPARQL server could not be reached, or refused a request.

    Attributes:
        status: The HTTP status of the server's answer; None if there was none.
    """

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status

    def __reduce__(self) -> tuple[type, tuple[str, int | None]]:
        return type(self), (str(self), self.status)


def is_remote(location: object) -> bool:
    """Whether ``location`` is the URL of a SPARQL endpoint (``http://``, ``https://``)."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def update_endpoint(query_url: str) -> str:
    """The update endpoint of the server whose query endpoint is ``query_url``.

    ``$KG_UPDATE_URL`` wins when set. Otherwise, by the last segments of the path:
    ``.../repositories/X`` gets ``/statements`` (GraphDB, RDF4J); ``.../query`` becomes
    ``.../update`` (the Oxigraph server, Fuseki); ``.../sparql`` and ``.../sparql-auth``
    stay (Virtuoso); a path of one other segment is a Fuseki dataset (``/ds`` ->
    ``/ds/update``); the root and longer paths stay (QLever).
    """
    override = os.environ.get(UPDATE_URL_VARIABLE, "").strip()
    if override:
        return override
    parts = urlsplit(query_url)
    path = parts.path.rstrip("/")
    segments = [s for s in path.split("/") if s]
    if len(segments) >= 2 and segments[-2] == "repositories":
        path += "/statements"
    elif segments and segments[-1] == "query":
        path = path.removesuffix("query") + "update"
    elif len(segments) == 1 and segments[0] not in ("sparql", "sparql-auth"):
        path += "/update"
    else:
        return query_url
    return urlunsplit(parts._replace(path=path, query=""))


def with_prefixes(sparql: str) -> str:
    """``sparql`` preceded by PREFIX declarations for those of :data:`PREFIXES` it does
    not declare itself."""
    declared = {name or "" for name in _PREFIX_DECLARATION.findall(sparql)}
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items() if name not in declared]
    return "\n".join([*missing, sparql])


class _Credentials(httpx.Auth):
    """User name and password, sent when the server asks, by the scheme it asks for
    (Basic or Digest), like ``curl --anyauth``; after the first challenge, every request
    carries them at once."""

    def __init__(self, user: str, password: str) -> None:
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._basic = f"Basic {token}"
        self._digest = httpx.DigestAuth(user, password)
        self._scheme: str | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send ``request``, answering the server's challenge if it sends one."""
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        if self._scheme == "basic":
            request.headers["Authorization"] = self._basic
            yield request
            return
        response = yield request
        if response.status_code != 401:
            return
        challenge = response.headers.get("www-authenticate", "")
        if challenge.lower().startswith("digest"):
            self._scheme = "digest"
            yield from self._digest.auth_flow(request)
        else:
            self._scheme = "basic"
            request.headers["Authorization"] = self._basic
            yield request


class RemoteStore:
    """A store on a SPARQL 1.1 server: kg's named graphs, read and written over HTTP.

    Args:
        url: The server's query endpoint, with ``user:password@`` if it needs them.
        read_only: Refuse every write (the server may still allow them to others).
        update_url: The update endpoint; default ``$KG_UPDATE_URL``, else derived from
            ``url`` by :func:`update_endpoint`.
        graphs: The IRI prefix of the named graphs :meth:`quads`, :meth:`named_graphs`,
            :meth:`dump` and ``len()`` cover (kg's graph namespace); None for all.
        timeout: Seconds to wait for an answer (connecting: at most 10).

    Attributes:
        path: The query endpoint, without credentials.
        update_url: The update endpoint, without credentials.
    """

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        update_url: str | None = None,
        graphs: str | None = GRAPH,
        timeout: float = 600.0,
    ) -> None:
        if not is_remote(url):
            raise StoreError(f"not the URL of a SPARQL endpoint: {url!r} (http:// or https://)")
        self.path, user, password = _split_credentials(url)
        self.update_url, _, _ = _split_credentials(update_url or update_endpoint(url))
        self.read_only = read_only
        self.graphs = graphs
        user = user or os.environ.get(USER_VARIABLE)
        password = password or os.environ.get(PASSWORD_VARIABLE, "")
        headers = {"User-Agent": "kg (SPARQL 1.1 Protocol)"}
        token = os.environ.get(TOKEN_VARIABLE, "").strip()
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._credentials = bool(user or token)
        self._union_checked = False
        self._client = httpx.Client(
            auth=_Credentials(user, password) if user else None,
            headers=headers,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        )

    def __repr__(self) -> str:
        return f"RemoteStore({self.path!r})"

    # Writing

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Make ``graph`` hold exactly ``quads`` (every quad must name that graph)."""
        self.replace_graphs({graph: list(quads)})

    def replace_graphs(self, graphs: Mapping[ox.NamedNode, Sequence[ox.Quad]]) -> None:
        """Make each graph hold exactly its quads, in one update request (one transaction
        on servers that run an update in one). Only if the server refuses the request for
        its size is the batch split (see the module's notes)."""
        if not graphs:
            return
        try:
            self.update(replace_graphs_update(graphs))
        except RemoteStoreError as error:
            if not _too_large(error):
                raise
            self._replace_in_parts(graphs)

    def _replace_in_parts(self, graphs: Mapping[ox.NamedNode, Sequence[ox.Quad]]) -> None:
        # Halves of the batch, each in one request, down to single graphs; a single graph
        # still too large is dropped and then inserted in parts.
        if len(graphs) > 1:
            items = list(graphs.items())
            half = len(items) // 2
            self.replace_graphs(dict(items[:half]))
            self.replace_graphs(dict(items[half:]))
            return
        [(graph, quads)] = graphs.items()
        self.update(f"DROP SILENT GRAPH {graph}")
        self._insert(quads)

    def _insert(self, quads: Sequence[ox.Quad]) -> None:
        """INSERT DATA ``quads`` in one request, or in parts if the server refuses its size."""
        try:
            self.update(_insert_data(quads))
        except RemoteStoreError as error:
            if len(quads) <= _PART or not _too_large(error):
                raise
            for start in range(0, len(quads), _PART):
                self.update(_insert_data(quads[start : start + _PART]))

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        """Drop ``graph``; returns whether it was there."""
        self._writable()
        found = self._query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        if not found:
            return False
        self.update(f"DROP SILENT GRAPH {graph}")
        return True

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update (kg's prefixes predeclared)."""
        self._writable()
        self._send(self.update_url, {"update": with_prefixes(sparql)}, "update")

    def load(self, data: IO[bytes], format: ox.RdfFormat) -> None:
        """Add the quads of a serialised dataset, in one update request (in parts if the
        server refuses its size: blank nodes shared across parts then come apart)."""
        self._writable()
        quads = list(ox.parse(data, format))
        if quads:
            self._insert(quads)

    def flush(self) -> None:
        """Nothing to do: the server has made an update durable when it answers."""

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()

    # Reading

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None) -> QueryResult:
        """Run a SPARQL query on the server. Its default graph must be the union of all
        graphs (see the module's notes): the first query once kg's graphs hold data
        checks that it is.

        Args:
            sparql: The query; kg's prefixes are predeclared.
            substitutions: Values for variables of the query, by name.

        Returns:
            Solutions, a boolean or triples, as pyoxigraph gives them.

        Raises:
            RemoteStoreError: The server cannot be reached, refuses the query, answers
                with what is not SPARQL results, or its default graph is not the union.
        """
        if not self._union_checked:
            self._check_union()
        return self._query(bind(sparql, substitutions or {}))

    def _query(self, sparql: str) -> QueryResult:
        text = with_prefixes(sparql)
        accept = _ACCEPT[query_kind(text)]
        response = self._send(self.path, {"query": text}, "query", accept=accept)
        cap = response.headers.get("x-sparql-maxrows")
        if cap is not None:
            raise RemoteStoreError(
                f"the SPARQL server at {self.path} cut the results off at {cap} rows: raise "
                "ResultSetMaxRows in the [SPARQL] section of its virtuoso.ini above the "
                "number of quads kg stores (or add a smaller LIMIT to the query)"
            )
        result = self._results(response)
        if isinstance(result, ox.QuerySolutions) and result.variables == _VIRTUOSO_ASK:
            return _boolean(any(row[0] != _FALSE for row in result))
        return result

    def _check_union(self) -> None:
        """Fail unless a triple of kg's graphs is in the server's default graph: kg's
        queries would miss facts, without an error, where it is not the union of the
        graphs. Until the graphs hold a triple, there is nothing to check."""
        rows = self._select(
            "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (!isBlank(?s) && "
            f"!isBlank(?o)) {self._graph_filter()} }} LIMIT 1"
        )
        if not rows:
            return
        s, p, o = rows[0]
        if not self._query(f"ASK {{ {s} {p} {o} }}"):
            raise RemoteStoreError(
                f"the default graph of the SPARQL server at {self.path} is not the union of "
                "its named graphs, as kg's queries need: start the Oxigraph server with "
                "--union-default-graph (or add ?union-default-graph to the URL), give "
                "Fuseki's dataset tdb2:unionDefaultGraph true; see docs/remote-stores.md"
            )
        self._union_checked = True

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Every quad of kg's named graphs, or those of one graph."""
        if graph is not None:
            rows = self._select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
            return (ox.Quad(r["s"], r["p"], r["o"], graph) for r in rows)
        rows = self._select(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._graph_filter()} }}"
        )
        return (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)

    def named_graphs(self) -> list[ox.NamedNode | ox.BlankNode]:
        """kg's named graphs, sorted."""
        rows = self._select(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._graph_filter()} }}"
        )
        return sorted((r["g"] for r in rows), key=lambda g: g.value)

    def dump(
        self, output: IO[bytes], format: ox.RdfFormat, graph: ox.NamedNode | None = None
    ) -> None:
        """Serialise kg's named graphs (or one graph, as triples) to ``output``."""
        if graph is None:
            ox.serialize(self.quads(), output, format)
        else:
            triples = (ox.Triple(q.subject, q.predicate, q.object) for q in self.quads(graph))
            ox.serialize(triples, output, format)

    def __len__(self) -> int:
        rows = self._select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._graph_filter()} }}"
        )
        return sum(int(r["n"].value) for r in rows)

    # HTTP

    def _graph_filter(self) -> str:
        if self.graphs is None:
            return ""
        return f"FILTER (STRSTARTS(STR(?g), {ox.Literal(self.graphs)}))"

    def _select(self, sparql: str) -> list[ox.QuerySolution]:
        result = self._query(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise RemoteStoreError(
                f"the SPARQL server at {self.path} answered a SELECT with something else"
            )
        return list(result)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")

    def _send(
        self, url: str, form: dict[str, str], what: str, accept: str | None = None
    ) -> httpx.Response:
        headers = {"Accept": accept} if accept else {}
        try:
            response = self._client.post(url, data=form, headers=headers)
        except httpx.HTTPError as error:
            raise RemoteStoreError(
                f"cannot reach the SPARQL server at {url}: {error or type(error).__name__}; "
                "is it running, and is this its address?"
            ) from error
        if response.is_error:
            answer = " ".join(response.text.split())[:300] or "(no message)"
            hint = _HINTS.get(response.status_code)
            if response.status_code == 401 and self._credentials:
                hint = "the server refused the user name and password (or the token)"
            elif "SR186" in answer:
                hint = _VIRTUOSO_PERMISSION
            raise RemoteStoreError(
                f"the SPARQL server at {url} refused the {what} (HTTP "
                f"{response.status_code}): {answer}" + (f" ({hint})" if hint else ""),
                response.status_code,
            )
        return response

    def _results(self, response: httpx.Response) -> QueryResult:
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        body = response.content
        results_format = _RESULTS_FORMATS.get(media)
        rdf_format = _RDF_FORMATS.get(media) or ox.RdfFormat.from_media_type(media)
        if results_format is None and rdf_format is None:
            # No usable Content-Type: JSON and XML results tell themselves apart.
            start = body.lstrip()[:1]
            results_format = {
                b"{": ox.QueryResultsFormat.JSON,
                b"<": ox.QueryResultsFormat.XML,
            }.get(start)
        try:
            if results_format is not None:
                return ox.parse_query_results(body, results_format)
            if rdf_format is not None:
                return _as_query_triples(body, rdf_format)
        except (SyntaxError, ValueError) as error:
            raise RemoteStoreError(
                f"the SPARQL server at {self.path} answered with unreadable {media or 'data'}: "
                f"{error}"
            ) from error
        raise RemoteStoreError(
            f"the SPARQL server at {self.path} answered a query with {media or 'no content type'}, "
            "not SPARQL results: " + " ".join(response.text.split())[:300]
        )


def _as_query_triples(body: bytes, format: ox.RdfFormat) -> ox.QueryTriples:
    # pyoxigraph makes QueryTriples only as the result of a query: the triples go into an
    # in-memory store and come out of a CONSTRUCT, so callers get the embedded store's type.
    holder = ox.Store()
    holder.load(body, format)
    result = holder.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QueryTriples)
    return result


_FALSE = ox.Literal("0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


def _boolean(value: bool) -> ox.QueryBoolean:
    result = ox.parse_query_results(
        f'{{"head":{{}},"boolean":{str(value).lower()}}}', ox.QueryResultsFormat.JSON
    )
    assert isinstance(result, ox.QueryBoolean)
    return result


def _insert_data(quads: Sequence[ox.Quad]) -> str:
    """An INSERT DATA update of ``quads``, at most ``_BLOCK`` triples to a block."""
    by_graph: dict[str, list[str]] = {}
    for quad in quads:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        by_graph.setdefault(name, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    blocks = []
    for name, triples in by_graph.items():
        for start in range(0, len(triples), _BLOCK):
            block = "\n".join(triples[start : start + _BLOCK])
            blocks.append(f"GRAPH {name} {{\n{block}\n}}" if name else block)
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"


def public_url(url: str) -> str:
    """``url`` without the ``user:password@`` it may hold, to be shown or logged."""
    return _split_credentials(url)[0]


def _split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``url`` without ``user:password@``, and the user and password it held."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    userinfo, _, host = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=host)), unquote(user), unquote(password)


def _too_large(error: RemoteStoreError) -> bool:
    return error.status == 413 or bool(
        error.status is not None and error.status >= 400 and _TOO_LARGE.search(str(error))
    )
