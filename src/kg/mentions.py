"""The persons, organisations, places and posts an article names, as ``kg mentions``
writes them: the entity recogniser (:mod:`kg.ner`) run over the article's sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.model import Article
from kg.nlp.doc import Doc
from kg.nlp.segment import DEFAULT_SEGMENTER, get_segmenter

if TYPE_CHECKING:
    from kg.ner import Recognizer, Span


def mentions(
    article: Article, recognizer: Recognizer | None = None, segmenter: str = DEFAULT_SEGMENTER
) -> list[Span]:
    """The recognised spans of ``article``'s body, in text order; offsets and text are
    the article's own (``article.text[span.start:span.end] == span.text``).

    Args:
        article: The article.
        recognizer: The model to use (default: the shipped one).
        segmenter: The segmenter backend whose words the model reads.
    """
    from kg.ner import Span
    from kg.ner import recognizer as shipped

    model = recognizer if recognizer is not None else shipped()
    doc = Doc.from_article(article, get_segmenter(segmenter))
    found = []
    for sentence in doc.sentences:
        for span in model.spans(doc.norm, sentence.start, sentence.end):
            text = article.text[span.start : span.end]
            found.append(Span(span.start, span.end, text, span.type, span.confidence))
    return found


def mention_record(article: Article, span: Span) -> dict[str, object]:
    """One line of ``kg mentions``: ``article``, ``start``, ``end``, ``text``, ``type``,
    ``confidence``."""
    return {
        "article": article.id,
        "start": span.start,
        "end": span.end,
        "text": span.text,
        "type": span.type,
        "confidence": round(span.confidence, 3),
    }
