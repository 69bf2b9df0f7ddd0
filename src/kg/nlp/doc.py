"""The annotated article that extractors read: text, normalised text, sentences, tokens."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from kg.model import Article, Mention, Sentence, Token
from kg.nlp.normalize import normalize
from kg.nlp.segment import Segmenter, TaggedWords, cut_words, tag_words, tokenize
from kg.nlp.sentences import sentence_spans

# A wire dateline ("央视网消息（新闻联播）：", "新华社北京3月5日电") names the outlet,
# not an actor of the story.
_DATELINE = re.compile(
    r"\s*(?:央视网|新华社|中新网|人民网|中广网|新华网|光明网|中国新闻网)[^，。：]{0,16}?(?:消息|电)"
    r"(?:（[^）]{0,12}）|\([^)]{0,12}\))?[：:\s]?"
)

_T = TypeVar("_T")

# Punctuation that both segmenter backends cut their input at before looking up words
# (jieba's and jieba-rs's "han" blocks never hold it), so a stretch between two marks
# gets the words the whole sentence would give there.
PUNCTUATION_MARKS = "，。、；：！？“”‘’（）《》【】,;:!?()"
_MARKS = frozenset(PUNCTUATION_MARKS)
_MARK = re.compile(f"[{re.escape(PUNCTUATION_MARKS)}]")


@dataclass
class Doc:
    """One article prepared for extraction.

    Attributes:
        article: The article.
        segmenter: The backend that tokenises sentences on demand.
        norm: The length-preserving normalised text (same offsets as the article's).
        sentences: The body's sentences.
        mentions: Mentions found so far, by the extractors that ran before (only ever
            added to).
        attributes: Typed values of entities, by ``(label, canonical name)``: a goal's
            deadline, say.
    """

    article: Article
    segmenter: Segmenter
    norm: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    attributes: dict[tuple[str, str], tuple[tuple[str, str], ...]] = field(default_factory=dict)
    clause_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    _marks: dict[int, list[int]] = field(default_factory=dict, repr=False)
    _words: dict[int, TaggedWords] = field(default_factory=dict, repr=False)
    _labelled: dict[str, list[Mention]] = field(default_factory=dict, repr=False)
    _indexed: int = field(default=0, repr=False)  # how many of the mentions are in _labelled
    _derived: dict[str, tuple[tuple[int, ...], Any]] = field(default_factory=dict, repr=False)
    _matched: dict[re.Pattern[str], dict[int, list[re.Match[str]]]] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def from_article(cls, article: Article, segmenter: Segmenter) -> Doc:
        """Normalise and split ``article``."""
        norm = normalize(article.text)
        start, end = article.body_span
        dateline = _DATELINE.match(norm, start, end)
        if dateline:
            start = dateline.end()
        text = article.text
        sentences = [
            Sentence(s, e, text[s:e], index)
            for index, (s, e) in enumerate(sentence_spans(norm, start, end))
        ]
        return cls(article, segmenter, norm, sentences)

    @property
    def text(self) -> str:
        """The article text, the offsets' reference."""
        return self.article.text

    def tokens(self, sentence: Sentence) -> list[Token]:
        """The tagged words of ``sentence``."""
        return tokenize(self.segmenter, self.norm, sentence.start, sentence.end)

    def words_at(self, sentence: Sentence, offset: int, tagged: bool = False) -> TaggedWords | None:
        """The words of the stretch of ``sentence`` between punctuation marks that holds
        ``offset`` (``None`` when a mark is there), with their tags if ``tagged``;
        segmented once, then cached.

        Segmenting only the stretch that is asked about costs a fraction of segmenting the
        sentence and gives the same words there.
        """
        text = self.norm
        if text[offset] in _MARKS:
            return None
        marks = self._marks.get(sentence.index)
        if marks is None:
            marks = self._marks[sentence.index] = [
                m.start() for m in _MARK.finditer(text, sentence.start, sentence.end)
            ]
        after = bisect_right(marks, offset)  # the marks before offset
        start = marks[after - 1] + 1 if after else sentence.start
        words = self._words.get(start)
        if words is None or (tagged and words.tags is None):
            end = marks[after] if after < len(marks) else sentence.end
            segment = tag_words if tagged else cut_words
            words = self._words[start] = segment(self.segmenter, text, start, end)
        return words

    def matches_by_sentence(self, pattern: re.Pattern[str]) -> dict[int, list[re.Match[str]]]:
        """The matches of ``pattern`` in the body, found in one scan and grouped by the
        index of the sentence they start in, in text order.

        Meant for word lists and the like: each sentence gets the matches that a scan of
        the sentence alone would give as long as no match runs across a sentence
        boundary and whatever the pattern looks at after a match is not cut off by one.
        Scanned once a pattern; shared, do not change it.
        """
        cached = self._matched.get(pattern)
        if cached is not None:
            return cached
        found: dict[int, list[re.Match[str]]] = {}
        self._matched[pattern] = found
        if not self.sentences:
            return found
        starts = self.sentence_starts
        for match in pattern.finditer(self.norm, starts[0], self.sentences[-1].end):
            found.setdefault(bisect_right(starts, match.start()) - 1, []).append(match)
        return found

    def sentences_with(self, pattern: re.Pattern[str]) -> set[int]:
        """The indices of the sentences that ``pattern`` finds something in, searched for
        once for each such sentence (and once more) instead of once for every sentence.

        A match that starts in a sentence counts for that sentence, wherever it ends; what
        the pattern looks at after a match must not be cut off by a sentence boundary.
        """
        found: set[int] = set()
        if not self.sentences:
            return found
        starts = self.sentence_starts
        end = self.sentences[-1].end
        position = starts[0]
        while (match := pattern.search(self.norm, position, end)) is not None:
            index = bisect_right(starts, match.start()) - 1
            found.add(index)
            if index + 1 == len(starts):
                break
            position = starts[index + 1]
        return found

    def mention(
        self, start: int, end: int, label: str, name: str = "", sentence: int = 0
    ) -> Mention:
        """A mention of ``text[start:end]``; ``name`` is its canonical name if different."""
        return Mention(start, end, self.text[start:end], label, name, sentence)

    def by_label(self, label: str) -> list[Mention]:
        """Mentions found so far with ``label``, in the order found."""
        return list(self._by_label().get(label, ()))

    def _by_label(self) -> dict[str, list[Mention]]:
        for mention in self.mentions[self._indexed :]:
            self._labelled.setdefault(mention.label, []).append(mention)
        self._indexed = len(self.mentions)
        return self._labelled

    def derived(self, name: str, labels: tuple[str, ...], compute: Callable[[Doc], _T]) -> _T:
        """``compute(self)``, computed once and kept for as long as no mention with one of
        ``labels`` (all that it depends on) is added: what several extractors use.

        The value is shared: do not change it.
        """
        by_label = self._by_label()
        version = tuple([len(by_label.get(label, ())) for label in labels])
        kept = self._derived.get(name)
        if kept is None or kept[0] != version:
            kept = self._derived[name] = (version, compute(self))
        value: _T = kept[1]
        return value

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of the sentences, for bisecting."""
        return [s.start for s in self.sentences]
