"""The knowledge graph: articles in, a persistent RDF graph out, queried with SPARQL.

>>> with KnowledgeGraph("graph-store") as graph:      # doctest: +SKIP
...     graph.add(kg.load_articles(["articles/"]))
...     graph.query_named("posts-of", name="刘胜")
"""

from __future__ import annotations

import io
import pickle
import re
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import pyoxigraph as ox

from kg.build import BATCH_SIZE, DEFAULT_LIMITS, InProcess, Limits, batched, make_engine
from kg.errors import KgError
from kg.link import Linker, post_places
from kg.model import PREDICATES, Article, ExtractionResult
from kg.nlp.segment import DEFAULT_SEGMENTER
from kg.pipeline import Pipeline
from kg.rdf.mapping import article_graph, article_quads
from kg.rdf.vocab import GRAPH, ID, SHAPES_FILE, XSD, check_vocabulary, ontology_dir
from kg.store import EmbeddedStore, change_quads_update, open_store

if TYPE_CHECKING:
    from kg.store.remote import RemoteStore

DERIVED_GRAPH = ox.NamedNode(f"{GRAPH}derived")

# Posts over time: one kg:PostHolding per person and post, spanning the dates of the
# first and last article that attest it, with the number of articles and the latest of
# them (the newest dated one, the largest IRI among equals; of undated ones, the largest
# IRI): the maximum of the "date IRI" strings. The holder's name is repeated here, so
# that a person's posts are found from the name in one lookup (a person's IRI has one
# name in every graph). Recomputed from the article graphs: the template, then the pattern
# that fills it.
_HOLDINGS_TEMPLATE = """
  ?h a kg:PostHolding ; org:member ?p ; kg:post ?q ; kg:attestations ?n ;
     kg:latestArticle ?latest ; org:memberDuring ?span .
  ?p rdfs:label ?name .
  ?span a time:Interval ; time:hasBeginning ?b ; time:hasEnd ?e .
  ?b a time:Instant ; time:inXSDDate ?first .
  ?e a time:Instant ; time:inXSDDate ?last .
"""
_HOLDINGS_WHERE = f"""
WHERE {{
  {{ SELECT ?p ?q (COUNT(DISTINCT ?a) AS ?n) (MAX(STR(?a)) AS ?any) (SAMPLE(?l) AS ?name)
    WHERE {{ GRAPH ?g {{ ?p kg:holdsPost ?q ; rdfs:label ?l . ?a a kg:Article }} }}
    GROUP BY ?p ?q }}
  # Dated articles only: an undated one must not blank the span of the others.
  OPTIONAL {{ SELECT ?p ?q (MIN(?d) AS ?first) (MAX(?d) AS ?last)
      (MAX(CONCAT(STR(?d), " ", STR(?a))) AS ?newest)
    WHERE {{ GRAPH ?g {{ ?p kg:holdsPost ?q . ?a a kg:Article ; schema:datePublished ?d }} }}
    GROUP BY ?p ?q }}
  BIND (IRI(COALESCE(STRAFTER(?newest, " "), ?any)) AS ?latest)
  BIND (MD5(CONCAT(STR(?p), " ", STR(?q))) AS ?key)
  BIND (IRI(CONCAT("{ID}holding/", ?key)) AS ?h)
  BIND (IF(BOUND(?first), IRI(CONCAT("{ID}interval/", ?key)), ?unbound) AS ?span)
  BIND (IF(BOUND(?first), IRI(CONCAT("{ID}instant/", ?key, "-from")), ?unbound) AS ?b)
  BIND (IF(BOUND(?first), IRI(CONCAT("{ID}instant/", ?key, "-to")), ?unbound) AS ?e)
}}
"""
#: The derived graph made again by one update (what a SPARQL server is sent).
_POST_HOLDINGS = (
    f"DROP SILENT GRAPH <{DERIVED_GRAPH.value}> ;\n"
    f"INSERT {{ GRAPH <{DERIVED_GRAPH.value}> {{{_HOLDINGS_TEMPLATE}}} }}{_HOLDINGS_WHERE}"
)
#: The same holdings as triples, for the embedded store to ingest as files.
_POST_HOLDINGS_CONSTRUCT = f"CONSTRUCT {{{_HOLDINGS_TEMPLATE}}}{_HOLDINGS_WHERE}"

#: About how many quads a build writes at once into the embedded store.
INGEST_QUADS = 20_000


@dataclass
class _Pending:
    """Batches extracted and linked, waiting to be written together."""

    graphs: dict[ox.NamedNode, list[ox.Quad]] = field(default_factory=dict)
    nquads: list[bytes] = field(default_factory=list)
    mapped: set[ox.NamedNode] = field(default_factory=set)
    results: list[ExtractionResult] = field(default_factory=list)
    quads: int = 0

    def takes(self, graphs: Iterable[ox.NamedNode], mapped: Iterable[ox.NamedNode]) -> bool:
        """Whether a batch with these graphs can join: none of them is waiting already
        (an article met again is written after the version before it)."""
        return not any(g in self.graphs or g in self.mapped for g in (*graphs, *mapped))

    def add(
        self,
        graphs: dict[ox.NamedNode, list[ox.Quad]],
        nquads: bytes,
        mapped: list[ox.NamedNode],
        results: list[ExtractionResult],
    ) -> None:
        """Take one batch: the quads made here, those a worker made, and its results."""
        self.graphs.update(graphs)
        if nquads:
            self.nquads.append(nquads)
        self.mapped.update(mapped)
        self.results.extend(results)
        self.quads += sum(len(quads) for quads in graphs.values()) + nquads.count(b"\n")


# Persons and the jurisdictions of their posts, for the linker. Each article graph holds
# a person's posts and their jurisdictions together, so the join stays inside a graph.
_PERSONS = """
SELECT DISTINCT ?name ?place WHERE {
  GRAPH ?g { ?p a kg:Person ; rdfs:label ?name .
             OPTIONAL { ?p kg:holdsPost ?q . ?q kg:jurisdiction ?j . ?j rdfs:label ?place } }
}
"""


@dataclass
class BuildSummary:
    """What one :meth:`KnowledgeGraph.add` did."""

    articles: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    errors: list[KgError] = field(default_factory=list)
    characters: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        per = ", ".join(f"{p} {self.facts[p]}" for p in PREDICATES)
        return (
            f"{self.articles} articles, {sum(self.facts.values())} facts ({per}), "
            f"{len(self.errors)} errors"
        )


class KnowledgeGraph:
    """A knowledge graph kept in a store: a folder on disk (embedded Oxigraph) or the
    URL of a SPARQL 1.1 server.

    Args:
        path: The store's folder (created if missing) or server URL.
        segmenter: The segmenter backend extraction uses.
        read_only: Open for reading only, beside a process that writes.
    """

    def __init__(
        self, path: str | Path, segmenter: str = DEFAULT_SEGMENTER, *, read_only: bool = False
    ) -> None:
        check_vocabulary()
        self.store: EmbeddedStore | RemoteStore = open_store(path, read_only=read_only)
        self._segmenter = segmenter
        self._pipeline: Pipeline | None = None
        self._linker: Linker | None = None

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Make every write durable and let go of the store, for other processes."""
        close = getattr(self.store, "close", None)
        if close is not None:
            close()
        else:
            self.store.flush()

    @property
    def embedded(self) -> bool:
        """Whether the graph is in the embedded Oxigraph store (not a SPARQL server)."""
        return isinstance(self.store, EmbeddedStore)

    @property
    def pipeline(self) -> Pipeline:
        """The extraction pipeline (built on first use)."""
        if self._pipeline is None:
            self._pipeline = Pipeline(segmenter=self._segmenter)
        return self._pipeline

    @property
    def linker(self) -> Linker:
        """The cross-article linker, primed with the persons already in the store."""
        if self._linker is None:
            self._linker = Linker()
            for row in cast(ox.QuerySolutions, self.store.query(_PERSONS)):
                place = row["place"]
                self._linker.remember(row["name"].value, {place.value} if place else set())
        return self._linker

    def add(
        self,
        articles: Iterable[Article],
        errors: Callable[[KgError], object] | None = None,
        results: Callable[[ExtractionResult], object] | None = None,
        *,
        workers: int | None = 1,
        engine: str = "local",
        scheduler: str | None = None,
        batch_size: int = BATCH_SIZE,
        progress: Callable[[BuildSummary], object] | None = None,
        limits: Limits = DEFAULT_LIMITS,
    ) -> BuildSummary:
        """Extract and store articles; an article already in the graph is replaced.

        Articles are read lazily and go through in batches of ``batch_size``: extracted
        (in parallel with ``workers`` > 1 or the Dask engine), linked, and written a few
        batches at a time (about :data:`INGEST_QUADS` quads; each batch as it comes into a
        remote store), each write all or nothing, so memory stays flat however many
        articles come and a build cut short leaves whole batches only. The result does not
        depend on the engine, the number of workers or the order of the articles.

        Args:
            articles: The articles (any iterable, e.g. :func:`kg.load_articles`).
            errors: Called with the error of each article that fails; when None, the
                first error is raised.
            results: Called with each article's extraction result once it is stored.
            workers: Extraction processes (None: all cores; 1: in this process). More
                than one starts worker processes, so a script that asks for them must
                guard its top level with ``if __name__ == "__main__":``.
            engine: ``local`` or ``dask`` (see :func:`kg.build.make_engine`).
            scheduler: The Dask scheduler's address (a local cluster when None).
            batch_size: Articles per batch.
            progress: Called with the running summary after each write.
            limits: The size and time one article may take (:class:`kg.build.Limits`).

        Returns:
            How many articles, characters and facts went in, the errors, and the time.
        """
        summary = BuildSummary()
        started = time.perf_counter()
        linker = self.linker
        # Workers may send quads ready to store, as N-Quads, where the store takes them.
        extraction = make_engine(
            engine, workers, scheduler, self._segmenter, limits, map_quads=self.embedded
        )
        # With extraction elsewhere, batches are written by a thread of their own while
        # the next is linked (pyoxigraph lets go of the GIL while it writes); with one
        # worker everything stays on one core, one step after the other.
        writer = (
            ThreadPoolExecutor(1, thread_name_prefix="kg-writer")
            if not isinstance(extraction, InProcess)
            else None
        )
        writes: deque[tuple[Future[None] | None, list[ExtractionResult]]] = deque()
        # Batches are written in groups of about ``group`` quads: the embedded store
        # takes each group as one ingestion of files, and fewer, larger ones cost less
        # (the corpus's 328k quads: 79 ingestions 2.3 s and 3.6 s of CPU, 16 ingestions
        # 1.5 s and 2.5 s; groups twice as large save little more and hold 20 MB more).
        # A remote server takes each batch as it comes.
        group = INGEST_QUADS if self.embedded else 0
        pending = _Pending()

        def settle(at_most: int) -> None:
            """Wait until at most ``at_most`` writes are under way; report the rest."""
            while len(writes) > at_most:
                future, stored = writes.popleft()
                if future is not None:
                    future.result()
                for result in stored:
                    summary.articles += 1
                    summary.characters += len(result.article.text)
                    summary.facts.update(f.predicate for f in result.facts)
                    if results is not None:
                        results(result)
                summary.seconds = time.perf_counter() - started
                if progress is not None:
                    progress(summary)

        def write(batches: _Pending) -> None:
            """Store a group of batches, on the writer thread if there is one."""
            if not batches.results and not batches.graphs and not batches.nquads:
                return
            store = partial(self.store.replace_graphs, batches.graphs)
            if batches.mapped:
                store = partial(store, b"".join(batches.nquads), batches.mapped)
            if writer is None:
                store()
                writes.append((None, batches.results))
                settle(0)
            else:
                writes.append((writer.submit(store), batches.results))
                settle(1)

        try:
            # Articles to link again at the end, spilled to disk; by id, the offset of
            # the version last written.
            latest: dict[str, int] = {}
            with tempfile.TemporaryFile(prefix="kg-relink-") as spill:
                for batch in extraction.map(batched(articles, batch_size)):
                    if batch.errors and errors is None:
                        write(pending)  # what came before the error is stored
                        pending = _Pending()
                        settle(0)
                    for error in batch.errors:
                        self._fail(summary, error, errors)
                    posts = [post_places(result) for result in batch.results]
                    for result, held in zip(batch.results, posts, strict=True):
                        linker.observe(result, held)
                    graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
                    for result, held in zip(batch.results, posts, strict=True):
                        # The last version of an article is the one kept, spilled or not.
                        latest.pop(result.article.id, None)
                        if result.article.id in batch.mapped:
                            continue  # a worker made its quads
                        iris = linker.link(result, held)
                        if linker.tentative(result, held):
                            latest[result.article.id] = spill.tell()
                            pickle.dump((result, iris), spill, pickle.HIGHEST_PROTOCOL)
                        graphs[article_graph(result.article.id)] = article_quads(result, iris)
                    mapped = [article_graph(id_) for id_ in batch.mapped]
                    if not pending.takes(graphs, mapped):
                        write(pending)
                        pending = _Pending()
                    pending.add(graphs, batch.nquads, mapped, batch.results)
                    if pending.quads >= group:
                        write(pending)
                        pending = _Pending()
                write(pending)
                settle(0)
                self._relink(spill, latest, batch_size)
        finally:
            if writer is not None:
                writer.shutdown(wait=True)
            extraction.close()
            if summary.articles:
                self.refresh_derived()
                self.store.flush()
        summary.seconds = time.perf_counter() - started
        return summary

    def _relink(self, spill: IO[bytes], latest: dict[str, int], batch_size: int) -> None:
        """Link again the articles whose persons were linked before the whole build was
        seen; rewrite those whose IRIs change. The graph then is what linking with every
        article known from the start would make, whatever the order they came in."""
        removed: list[ox.Quad] = []
        added: list[ox.Quad] = []
        changed = 0
        for offset in sorted(latest.values()):
            spill.seek(offset)
            result, iris = pickle.load(spill)
            now = self.linker.link(result)
            if now == iris:
                continue
            # The graph holds exactly the quads made with the IRIs of then: only those
            # that differ are deleted and inserted (an IRI is in a few quads of many).
            before = article_quads(result, iris)
            after = article_quads(result, now)
            kept = set(before) & set(after)
            removed.extend(q for q in before if q not in kept)
            added.extend(q for q in after if q not in kept)
            changed += 1
            if changed % batch_size == 0:
                self.store.update(change_quads_update(removed, added))
                removed, added = [], []
        if removed or added:
            self.store.update(change_quads_update(removed, added))

    @staticmethod
    def _fail(
        summary: BuildSummary, error: KgError, errors: Callable[[KgError], object] | None
    ) -> None:
        summary.errors.append(error)
        if errors is None:
            raise error
        errors(error)

    def remove(self, article_id: str) -> bool:
        """Remove one article and exactly its facts; returns whether it was there."""
        removed = self.store.remove_graph(article_graph(article_id))
        if removed:
            self._linker = None
            self.refresh_derived()
        return removed

    def refresh_derived(self) -> None:
        """Recompute the facts derived across articles (posts over time)."""
        if not self.embedded:
            self.store.update(_POST_HOLDINGS)
            return
        # The embedded store computes the holdings and writes only what changed, a new
        # graph as files, where the update's transaction rewrites every quad (the
        # corpus's new graph: 1.1 s, was 1.7 s; the ten-copy store's, unchanged: 4 s,
        # was 7-16 s).
        triples = cast(ox.QueryTriples, self.store.query(_POST_HOLDINGS_CONSTRUCT))
        holdings = {ox.Quad(t.subject, t.predicate, t.object, DERIVED_GRAPH) for t in triples}
        before = set(self.store.quads(DERIVED_GRAPH))
        if not before:
            self.store.replace_graphs({DERIVED_GRAPH: list(holdings)})
        elif before != holdings:
            self.store.update(change_quads_update(before - holdings, holdings - before))

    # Reading

    def query(self, sparql: str, /, **bindings: Any) -> list[dict[str, Any]]:
        """Run a SPARQL SELECT (rows of Python values), ASK (a bool) or CONSTRUCT.

        Keyword arguments bind variables of the query (``name="刘胜"`` binds ``?name``).
        """
        result = self.store.query(sparql, bindings)
        if isinstance(result, ox.QueryBoolean):
            return [{"ask": bool(result)}]
        if isinstance(result, ox.QueryTriples):
            return [
                {
                    "subject": t.subject.value,
                    "predicate": t.predicate.value,
                    "object": t.object.value,
                }
                for t in result
            ]
        names = [v.value for v in result.variables]
        return [{n: _python(row[n]) for n in names} for row in result]

    def query_frame(self, sparql: str, /, **bindings: Any) -> Any:
        """The rows of :meth:`query` as a pandas DataFrame (pandas must be installed)."""
        import pandas

        return pandas.DataFrame(self.query(sparql, **bindings))

    def query_named(self, query: str, /, **bindings: Any) -> list[dict[str, Any]]:
        """Run one of the named queries shipped with kg (:func:`named_queries`), e.g.
        ``query_named("posts-of", name="刘胜")``."""
        values = {k: parameter(v) if isinstance(v, str) else v for k, v in bindings.items()}
        return self.query(named_query(query, portable=not self.embedded), **values)

    def facts(
        self,
        subject: str | None = None,
        predicate: str | None = None,
        object: str | None = None,
        article: str | None = None,
    ) -> list[dict[str, Any]]:
        """Facts with their evidence, filtered by subject/object name, predicate, article."""
        rows = self.query(named_query("facts"))
        return [
            row
            for row in rows
            if (subject is None or row["subject"] == subject)
            and (predicate is None or row["predicate"] == predicate)
            and (object is None or row["object"] == object)
            and (article is None or row["article"] == article)
        ]

    def entity(self, name: str) -> dict[str, Any] | None:
        """An entity by name or alias: its IRI, type, names and facts; None if unknown."""
        rows = self.query_named("entity", name=name)
        if not rows:
            return None
        first = rows[0]
        return {
            "iri": first["entity"],
            "type": first["type"],
            "name": first["label"],
            "aliases": sorted({r["alias"] for r in rows if r["alias"]}),
            "facts": self.facts(subject=first["label"]) + self.facts(object=first["label"]),
        }

    def stats(self) -> dict[str, Any]:
        """Counts: quads, articles, entities per type, facts per predicate."""
        types = {r["type"]: r["n"] for r in self.query(named_query("stats-types"))}
        preds = {r["predicate"]: r["n"] for r in self.query(named_query("stats-predicates"))}
        return {
            "quads": len(self.store),
            "articles": types.pop("Article", 0),
            "facts": types.pop("Fact", 0),
            "entities": types,
            "predicates": preds,
        }

    def to_networkx(self) -> Any:
        """The entity graph as a ``networkx.MultiDiGraph``: nodes are entities (with
        label and type), edges are facts (with predicate, evidence and article)."""
        import networkx as nx

        graph = nx.MultiDiGraph()
        for row in self.query(named_query("edges")):
            for node, label, kind in (
                (row["s"], row["slabel"], row["stype"]),
                (row["o"], row["olabel"], row["otype"]),
            ):
                graph.add_node(node, label=label, type=kind)
            graph.add_edge(
                row["s"],
                row["o"],
                key=row["f"],
                predicate=row["predicate"],
                evidence=row["evidence"],
                article=row["article"],
            )
        return graph

    def export(self, output: str | Path | IO[bytes], format: str = "trig") -> None:
        """Write the graph: ``ttl``, ``nt`` (all graphs merged), ``nq``, ``trig``
        (graphs kept), ``jsonld`` or ``graphml`` (the entity graph, via networkx)."""
        from kg.export import export

        export(self, output, format)

    def explore(self, path: str | Path, **options: Any) -> Path:
        """Write the offline explorer page (see :func:`kg.explore.render` for options)."""
        from kg.explore import write

        return write(self, path, **options)

    def show(self, **options: Any) -> Any:
        """The explorer, displayed inline in a Jupyter notebook."""
        from kg.explore import show

        return show(self, **options)

    def validate(self) -> tuple[bool, str]:
        """Validate the whole graph against ``ontology/shapes.ttl`` with pySHACL.

        Returns:
            Whether it conforms, and pySHACL's report.
        """
        import pyshacl
        import rdflib

        data = io.BytesIO()
        self.store.dump(data, ox.RdfFormat.N_QUADS)
        dataset = rdflib.Dataset()
        dataset.parse(data=data.getvalue().decode("utf-8"), format="nquads")
        union = rdflib.Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        shapes = rdflib.Graph().parse(ontology_dir() / SHAPES_FILE, format="turtle")
        conforms, _, report = pyshacl.validate(union, shacl_graph=shapes, inference="none")
        return bool(conforms), str(report)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parameter(value: str) -> ox.Literal:
    """A named query's parameter as the term the graph stores it as, so the store finds
    it by index instead of comparing strings: a day written ``2021-03-05`` as an
    ``xsd:date``, any other text as a ``@zh`` literal (the form of every name)."""
    if _ISO_DAY.fullmatch(value):
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    return ox.Literal(value, language="zh")


def named_queries() -> list[str]:
    """Names of the SPARQL queries shipped with kg."""
    folder = resources.files("kg").joinpath("queries")
    return sorted(p.name.removesuffix(".rq") for p in folder.iterdir() if p.name.endswith(".rq"))


def named_query(name: str, *, portable: bool = False) -> str:
    """The text of the named query ``name``.

    Some use ``LATERAL`` (SPARQL 1.2 proposal SEP-0006, in Oxigraph and Jena) so that the
    store plans their main part knowing the entity looked up first; ``portable`` gives
    them as plain SPARQL 1.1 joins, the same answers, for other servers.
    """
    path = resources.files("kg").joinpath("queries", f"{name}.rq")
    if not path.is_file():
        raise KgError(f"no named query {name!r}; choose one of {', '.join(named_queries())}")
    text = path.read_text(encoding="utf-8")
    return _portable(text) if portable else text


_LATERAL = re.compile(r"\bLATERAL\s*\{")
_OPTIONAL_ONLY = re.compile(r"\s*OPTIONAL\s*\{")


def _portable(text: str) -> str:
    """``text`` without ``LATERAL``: ``LATERAL { X }`` becomes the group ``{ X }``, and
    ``LATERAL { OPTIONAL { X } }`` the ``OPTIONAL { X }`` it stands for (a group holding
    only an OPTIONAL would drop the rows it does not match)."""
    while match := _LATERAL.search(text):
        close = _closing(text, match.end())
        inner = text[match.end() : close]
        optional = _OPTIONAL_ONLY.match(inner)
        if optional and _closing(inner, optional.end()) == len(inner.rstrip()) - 1:
            text = text[: match.start()] + inner.strip() + text[close + 1 :]
        else:
            text = text[: match.start()] + "{" + text[match.end() :]
    return text


def _closing(text: str, start: int) -> int:
    """Where the brace that closes the one opened just before ``start`` is."""
    depth = 1
    for position in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[position], 0)
        if depth == 0:
            return position
    raise KgError("unbalanced braces in a named query")


def _python(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.rsplit("#", 1)[-1]
        if kind == "integer":
            return int(term.value)
        if kind in ("decimal", "double", "float"):
            return float(term.value)
        return term.value
    return term.value
