"""The persons, organisations, places and posts an article names, as ``kg mentions``
writes them: the entity recogniser (:mod:`kg.ner`) run over the article's sentences.

:func:`mentions` reads one article; :func:`mentions_many` reads a stream of them a batch
at a time through :meth:`kg.ner.Recognizer.spans_many`, several times faster over many
articles, with the same spans (the confidences may differ in the last bits, far below the
three decimals :func:`mention_record` keeps).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.model import Article
from kg.nlp.doc import Doc
from kg.nlp.segment import DEFAULT_SEGMENTER, get_segmenter

if TYPE_CHECKING:
    from kg.ner import Recognizer, Span

#: Characters of articles that :func:`mentions_many` reads before it tags them together:
#: enough for the batch tagger's numpy steps to run over thousands of sequences at once,
#: few enough to keep memory flat.
BATCH_CHARACTERS = 1 << 19


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
    model = _model(recognizer)
    doc = Doc.from_article(article, get_segmenter(segmenter))
    found = [
        span
        for sentence in doc.sentences
        for span in model.spans(doc.norm, sentence.start, sentence.end)
    ]
    return _in_article(article, found)


def mentions_many(
    articles: Iterable[Article],
    recognizer: Recognizer | None = None,
    segmenter: str = DEFAULT_SEGMENTER,
    batch_characters: int = BATCH_CHARACTERS,
) -> Iterator[tuple[Article, list[Span]]]:
    """Each article of ``articles`` with the spans that :func:`mentions` finds in it, in
    the order given, read and tagged a batch of about ``batch_characters`` characters of
    articles at a time: streaming, in flat memory.

    Args:
        articles: The articles (any iterable; read as the results are consumed).
        recognizer: The model to use (default: the shipped one).
        segmenter: The segmenter backend whose words the model reads.
        batch_characters: How many characters of articles to tag together.
    """
    model = _model(recognizer)
    backend = get_segmenter(segmenter)
    batch: list[Doc] = []
    size = 0
    for article in articles:
        batch.append(Doc.from_article(article, backend))
        size += len(article.text)
        if size >= batch_characters:
            yield from _tag_batch(model, batch)
            batch, size = [], 0
    if batch:
        yield from _tag_batch(model, batch)


def _tag_batch(model: Recognizer, docs: list[Doc]) -> Iterator[tuple[Article, list[Span]]]:
    found = iter(
        model.spans_many(
            [(doc.norm, sentence.start, sentence.end) for doc in docs for sentence in doc.sentences]
        )
    )
    for doc in docs:
        spans = [span for _ in doc.sentences for span in next(found)]
        yield doc.article, _in_article(doc.article, spans)


def _model(recognizer: Recognizer | None) -> Recognizer:
    from kg.ner import recognizer as shipped

    return recognizer if recognizer is not None else shipped()


def _in_article(article: Article, spans: list[Span]) -> list[Span]:
    """``spans`` of the normalised text, with their text from the article's own."""
    from kg.ner import Span

    return [
        Span(span.start, span.end, article.text[span.start : span.end], span.type, span.confidence)
        for span in spans
    ]


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
