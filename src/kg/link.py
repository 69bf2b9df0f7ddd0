"""Cross-article linking: which entity of the graph an article's entity is.

Entities are keyed by type and normalised name, so the same organisation, place, post
or well-known person gets the same IRI in every article. Places use their full name
(深圳 -> 深圳市) and organisations their usual one (全国人民代表大会 -> 全国人大).

A person is also keyed by the jurisdiction of the posts an article gives them (光明区
for 光明区委书记): a 刘胜 who is 光明区委书记 and a 刘胜 whose posts are elsewhere
stay apart. A person an article gives no post joins the one entity of that name
already in the graph, preferring one whose jurisdiction the article mentions.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from kg import resources
from kg.model import DATE_TYPE, Entity, ExtractionResult
from kg.nlp.lexicon import place_names
from kg.rdf.vocab import ID

_DROP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉]")
# What a run ending in 区, 村, … holds when it is a title or a body, not a place
# (常务副区长, 农业农村局局长).
_NOT_A_PLACE = re.compile("副|常务|农村$")
_PLACE_IN = re.compile(r"[\u4e00-\u9fff]{2,9}?(?:特别行政区|自治区|自治州|省|市|区|县|州|镇|乡|村)")


def normalise_name(name: str) -> str:
    """The form names are compared in: NFKC, without spaces or quotation marks."""
    return _DROP.sub("", unicodedata.normalize("NFKC", name))


def mint(kind: str, *key: str) -> str:
    """A deterministic IRI for an entity: its kind and a hash of its key, never raw text."""
    digest = hashlib.sha1("\x1f".join((kind, *key)).encode("utf-8")).hexdigest()[:20]
    return f"{ID}{kind.lower()}/{digest}"


def canonical_place(name: str) -> str:
    """深圳 -> 深圳市, 西藏 -> 西藏自治区; unknown places stay as written."""
    return place_names().get(name, name)


def canonical_organisation(name: str) -> str:
    """全国人民代表大会 -> 全国人大; others stay as written."""
    return resources.aliases().get(name, name)


def jurisdiction(post: str) -> tuple[str, str] | None:
    """The place or body a post belongs to, as ``(type, name)``: the innermost place it
    names (青山区 for 江川市青山区委书记), else the body it opens with (国务院 for
    国务院副总理); ``None`` when it names neither (秘书长)."""
    known = place_names()
    place = None
    position = 0
    while position < len(post):
        for size in range(min(len(post) - position, 12), 1, -1):
            if post[position : position + size] in known:
                place, position = canonical_place(post[position : position + size]), position + size
                break
        else:
            match = _PLACE_IN.match(post, position)
            if not match or match.end() >= len(post) or _NOT_A_PLACE.search(match.group()):
                break
            place, position = canonical_place(match.group()), match.end()
    if place:
        return "Place", place
    for size in range(min(len(post), 12), 1, -1):
        if post[:size] in resources.organizations():
            return "Organization", canonical_organisation(post[:size])
    return None


def graph_name(kind: str, name: str) -> str:
    """The name an entity goes by in the whole graph (its ``rdfs:label``)."""
    name = normalise_name(name)
    if kind == "Place":
        return canonical_place(name)
    if kind == "Organization":
        return canonical_organisation(name)
    return name


@dataclass
class Linker:
    """Knows, for every person name in the graph, the jurisdictions of their posts, and
    from that alone decides which entity a person of an article is.

    The decision depends only on the set of jurisdictions seen for a name, never on
    the order articles arrive in, so building the same articles again mints the same
    IRIs: call :meth:`observe` on every article of a build before :meth:`link`, or
    observe and link as articles come and link again, at the end, the articles
    :meth:`tentative` marks (what :meth:`kg.KnowledgeGraph.add` does).
    """

    places: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def remember(self, name: str, places: set[str]) -> None:
        """Record that the graph holds a person ``name`` with posts in ``places``."""
        self.places[normalise_name(name)].update(places)

    def observe(
        self, result: ExtractionResult, posts: dict[str, set[str]] | None = None
    ) -> None:
        """Record the persons of an article that is about to be linked (``posts``: its
        :func:`post_places`, when the caller has them)."""
        for name, places in (post_places(result) if posts is None else posts).items():
            self.remember(name, places)

    def person(self, name: str, places: set[str], mentioned: set[str]) -> str:
        """The IRI of a person of this name whose posts (in this article) lie in
        ``places``, in an article that mentions the places or bodies ``mentioned``."""
        name = normalise_name(name)
        if name in resources.persons():
            return mint("Person", name)
        if places:
            return mint("Person", name, min(places))
        known = self.places[name]
        nearby = sorted(known & mentioned)
        if len(nearby) == 1 or (not nearby and len(known) == 1):
            return mint("Person", name, (nearby or sorted(known))[0])
        return mint("Person", name)

    def tentative(
        self, result: ExtractionResult, posts: dict[str, set[str]] | None = None
    ) -> bool:
        """Whether linking ``result`` depends on the persons of other articles (it names
        a person it gives no post), so more articles may change its IRIs."""
        posts = post_places(result) if posts is None else posts
        known = resources.persons()
        return any(
            e.type == "Person" and e.name not in posts and normalise_name(e.name) not in known
            for e in result.entities
        )

    def link(
        self, result: ExtractionResult, posts: dict[str, set[str]] | None = None
    ) -> dict[tuple[str, str], tuple[str, str]]:
        """IRIs and graph-wide names of the entities of one article, by ``(type, name)``."""
        posts = post_places(result) if posts is None else posts
        mentioned = {
            canonical_place(e.name) if e.type == "Place" else canonical_organisation(e.name)
            for e in result.entities
            if e.type in ("Place", "Organization")
        }
        iris: dict[tuple[str, str], tuple[str, str]] = {}
        for entity in _entities(result):
            iris[(entity.type, entity.name)] = (
                self._iri(entity, result, posts, mentioned),
                graph_name(entity.type, entity.name),
            )
        return iris

    def _iri(
        self,
        entity: Entity,
        result: ExtractionResult,
        posts: dict[str, set[str]],
        mentioned: set[str],
    ) -> str:
        name = normalise_name(entity.name)
        kind = entity.type
        if kind == "Person":
            return self.person(name, posts.get(entity.name, set()), mentioned)
        if kind == "Place":
            return mint(kind, canonical_place(name))
        if kind == "Organization":
            return mint(kind, canonical_organisation(name))
        if kind == "Post":
            return mint(kind, name)
        if kind == "Meeting":
            dates = sorted(
                f.object.name
                for f in result.facts
                if f.predicate == "heldOn" and f.subject == entity
            )
            return mint(kind, name, dates[0] if dates else result.article.id)
        return mint(kind, result.article.id, name)


def post_places(result: ExtractionResult) -> dict[str, set[str]]:
    """Person name -> the jurisdictions of the posts the article gives them."""
    posts: dict[str, set[str]] = defaultdict(set)
    for fact in result.facts:
        if fact.predicate == "holdsPost":
            owner = jurisdiction(fact.object.name)
            if owner:
                posts[fact.subject.name].add(owner[1])
    return posts


def _entities(result: ExtractionResult) -> list[Entity]:
    seen: dict[tuple[str, str], Entity] = {}
    for fact in result.facts:
        for entity in (fact.subject, fact.object):
            if entity.type != DATE_TYPE:
                seen.setdefault((entity.type, entity.name), entity)
    return list(seen.values())
