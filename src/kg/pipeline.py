"""Article in, facts out: segmentation, the extractors, resolution, evidence."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.errors import ExtractionError
from kg.extract import Extractor, Relation, get_extractors
from kg.model import DATE_TYPE, Article, Entity, Evidence, ExtractionResult, Fact
from kg.nlp.doc import Doc
from kg.nlp.segment import DEFAULT_SEGMENTER, Segmenter, get_segmenter
from kg.resolve import resolve


class Pipeline:
    """Runs the registered extractors over articles.

    Args:
        segmenter: Name of the segmenter backend (``rjieba`` or ``jieba``).
        extractors: Names of the extractors to run (all registered ones when ``None``).
    """

    def __init__(self, segmenter: str = DEFAULT_SEGMENTER, extractors: list[str] | None = None):
        self.segmenter: Segmenter = get_segmenter(segmenter)
        self.extractors: list[Extractor] = get_extractors(extractors)

    def __call__(self, article: Article) -> ExtractionResult:
        """Extract the facts of one article."""
        doc = Doc.from_article(article, self.segmenter)
        relations: list[Relation] = []
        for extractor in self.extractors:
            try:
                found = extractor(doc)
            except Exception as error:  # an extractor bug must name the article
                raise ExtractionError(article.id, extractor.name, repr(error)) from error
            doc.mentions.extend(found.mentions)
            relations.extend(found.relations)
        return _facts(article, doc, relations)

    def run(self, articles: Iterable[Article]) -> Iterator[ExtractionResult]:
        """Extract the facts of each article in turn."""
        for article in articles:
            yield self(article)


def _facts(article: Article, doc: Doc, relations: list[Relation]) -> ExtractionResult:
    entities = resolve(
        doc.mentions
        + [r.subject for r in relations]
        + [r.object for r in relations if r.object.label != DATE_TYPE]
    )
    for key, attributes in doc.attributes.items():
        if key in entities:
            entities[key] = replace(entities[key], attributes=attributes)
    best: dict[tuple[str, str, str], Fact] = {}
    evidence: dict[int, Evidence] = {}  # by sentence
    for relation in relations:
        subject = entities[(relation.subject.label, relation.subject.canonical)]
        if relation.object.label == DATE_TYPE:
            obj = Entity(DATE_TYPE, relation.object.canonical)
        else:
            obj = entities[(relation.object.label, relation.object.canonical)]
        if subject.name == obj.name:
            continue
        fact_key = (subject.name, relation.predicate, obj.name)
        found = best.get(fact_key)
        if found is not None and found.confidence >= relation.confidence:
            continue
        sentence = relation.sentence
        if sentence.index not in evidence:
            evidence[sentence.index] = Evidence(sentence.text, sentence.start, sentence.end)
        best[fact_key] = Fact(
            article.id,
            subject,
            relation.predicate,
            obj,
            evidence[sentence.index],
            relation.confidence,
            relation.extractor,
        )
    facts = sorted(
        best.values(), key=lambda f: (f.evidence.start, f.predicate, f.subject.name, f.object.name)
    )
    unique = {id(e): e for e in entities.values()}
    return ExtractionResult(article, sorted(unique.values(), key=lambda e: (e.type, e.name)), facts)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The pipeline with every extractor and the default backend, built once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
