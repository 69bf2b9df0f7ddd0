"""kg: a knowledge-graph builder for Chinese government and political news.

The public API::

    import kg
    facts = kg.extract("3月5日，深圳市光明区召开2021年宣传思想文化工作会议。", date="2021-03-08")
    for fact in facts:
        print(fact.subject.name, fact.predicate, fact.object.name, fact.evidence.text)
"""

from __future__ import annotations

from dataclasses import replace

from kg.errors import ExtractionError, IngestError, KgError, RegistryError
from kg.ingest import load_articles, read_text
from kg.model import (
    DATE_TYPE,
    ENTITY_TYPES,
    PREDICATES,
    Article,
    Entity,
    Evidence,
    ExtractionResult,
    Fact,
    Mention,
    Sentence,
)
from kg.pipeline import Pipeline, default_pipeline


def __getattr__(name: str) -> object:
    # The graph pulls in the RDF stack; import it only when it is asked for.
    if name == "KnowledgeGraph":
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


__all__ = [
    "DATE_TYPE",
    "ENTITY_TYPES",
    "PREDICATES",
    "Article",
    "Entity",
    "Evidence",
    "ExtractionError",
    "ExtractionResult",
    "Fact",
    "IngestError",
    "KnowledgeGraph",
    "KgError",
    "Mention",
    "Pipeline",
    "RegistryError",
    "Sentence",
    "extract",
    "load_articles",
]


def extract(
    source: str | Article, *, date: str | None = None, article_id: str = "text"
) -> list[Fact]:
    """Extract the facts of one article.

    Args:
        source: An :class:`Article`, or the article's text (a news-portal header, if
            present, is parsed as it is in a ``.txt`` file).
        date: The publication date (ISO ``YYYY-MM-DD``) that relative dates such as
            "3月5日" resolve against; overrides the article's own.
        article_id: The id given to a text (ignored for an :class:`Article`).

    Returns:
        The facts, each with its evidence sentence and offsets into the article text.
    """
    article = source if isinstance(source, Article) else read_text(source, article_id)
    if date is not None:
        article = replace(article, date=date)
    return default_pipeline()(article).facts
