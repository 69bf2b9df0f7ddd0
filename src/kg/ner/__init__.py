"""Entity recognition: Person, Organization, Place and Post spans that no dictionary lists.

A linear-chain CRF (python-crfsuite) over characters, with BIO labels, tags each
sequence from character n-grams, the word each character is in and its part-of-speech
tag, and matches of kg's shipped dictionaries (see :mod:`kg.ner.features`). The model
was trained on two corpora whose span conventions differ; a feature on every character
says which convention to follow, and the recogniser picks one (``cluener`` by default:
the only one with posts).

To keep up with segmentation, the CRF runs only where an entity may be: the text is cut
into clauses, and a clause goes to the CRF when a cheap pattern finds a trigger in it (a
post title, an organisation suffix, a known place, organisation or person, a place
suffix, a surname in front of a speech verb) or the segmenter tags a word in it as a
name, place or organisation. Runs of such clauses in one sentence are tagged as one
sequence.

:meth:`Recognizer.spans` tags the sequences of one text one at a time with
python-crfsuite, the fastest way for a clause or an article. :meth:`Recognizer.spans_many`
gates and tags many texts at once with :class:`kg.ner.batch.BatchTagger`, which computes
python-crfsuite's labels in numpy for thousands of sequences at a time: several times
faster over a corpus, same spans.

Example::

    from kg.ner import recognizer

    for span in recognizer().spans("国务院总理李强在北京会见来访的客人。"):
        print(span.type, span.text, span.start, span.end, round(span.confidence, 2))
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import resources
from kg.ner.features import CONVENTIONS, LABEL_TYPES, sequence_features
from kg.nlp.lexicon import alternation
from kg.nlp.segment import Segmenter, TaggedWords, get_segmenter, tag_words

if TYPE_CHECKING:
    import numpy as np

    from kg.ner.batch import BatchTagger, SequenceBatch

__all__ = ["DEFAULT_CONVENTION", "Recognizer", "Span", "recognizer", "shipped_model_path"]

#: The span convention the recogniser follows unless told otherwise.
DEFAULT_CONVENTION = "cluener"

_MODEL_FILE = "model.crfsuite"

# Clauses: text up to and with a run of clause or sentence punctuation; a sentence ends
# at 。！？ or a line break, and the CRF never tags across one.
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_CLAUSE = re.compile(f"[^{_CLAUSE_MARKS}]*(?:[{_CLAUSE_MARKS}]+|$)")
_SENTENCE_END = frozenset("。！？!?\n")
# jieba's tags for names, places and organisations (and ours for shipped titles).
_ENTITY_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nnt"})
# Characters of text that spans_many gates and tags at a time: big enough to spread each
# numpy step over thousands of sequences, small enough to keep memory flat.
_BATCH_CHARACTERS = 1 << 18


@dataclass(frozen=True, slots=True)
class Span:
    """One recognised entity.

    Attributes:
        start: Where it starts in the text (half-open offsets).
        end: Where it ends.
        text: ``text[start:end]``.
        type: ``Person``, ``Organization``, ``Place`` or ``Post``.
        confidence: The smallest marginal probability, under the CRF, of the span's
            labels (each character's B- or I- label): how sure the model is of its
            weakest character.
    """

    start: int
    end: int
    text: str
    type: str
    confidence: float


def shipped_model_path() -> Path:
    """Where the model kg ships lives (inside the installed package)."""
    return Path(str(importlib_resources.files("kg.resources").joinpath("ner", _MODEL_FILE)))


# What makes a clause worth tagging, in parts that the pattern of one clause
# (:meth:`Recognizer.sequences`) and the gate of a batch (:meth:`Recognizer.spans_many`)
# both read. A place suffix after a Chinese character; heads of posts and bodies outside
# government that kg's lists leave out; a surname and one or two characters before a
# verb that follows names in news (说, 表示, 指出, 强调, 会见...).
_PLACE_SUFFIXES = "省市县州镇乡村国岛山河江湖"
_HEADS = (
    "记者", "教授", "经理", "董事", "总裁", "总监", "主任", "主席", "专家", "研究员", "博士", "教练",
    "导演", "主持人", "CEO", "队", "俱乐部", "中心", "医院", "学校", "中学", "小学", "联盟", "基金",
    "报", "网", "社", "所", "厂",
)  # fmt: skip
_SPEECH_VERBS = ("说", "表示", "指出", "强调", "会见", "会谈", "出席", "主持", "同志", "先生", "女士")
_HAN = range(0x4E00, 0xA000)


@cache
def _trigger_words() -> frozenset[str]:
    return frozenset(
        set(resources.titles())
        | set(resources.org_suffixes())
        | set(resources.places(counties=False))
        | set(resources.place_short_forms())
        | set(resources.organizations())
        | set(resources.persons())
    )


@cache
def _single_surnames() -> frozenset[str]:
    return frozenset(name for name in resources.surnames() if len(name) == 1)


@cache
def _trigger() -> re.Pattern[str]:
    surnames = "".join(sorted(_single_surnames()))
    others = [
        r"[\u4e00-\u9fff](?:" + "|".join(_PLACE_SUFFIXES) + ")",
        "|".join(_HEADS),
        rf"[{surnames}][\u4e00-\u9fff]{{1,2}}(?:{'|'.join(_SPEECH_VERBS)})",
    ]
    return re.compile("|".join([alternation(_trigger_words()), *others]))


class Recognizer:
    """Finds entity spans with a CRF model.

    Args:
        model: Path of a python-crfsuite model file.
        convention: Whose span convention to follow: ``cluener`` (posts as spans, longer
            addresses) or ``pd`` (People's Daily: persons, organisations and places only).
        gate: Whether to run the CRF only on clauses with a trigger (``False``: on every
            sentence, slower, finds a few more entities in text far from government news).
        segmenter: The segmenter for texts whose words the caller does not give
            (``None``: kg's default).

    Raises:
        ValueError: An unknown convention.
    """

    def __init__(
        self,
        model: str | Path,
        *,
        convention: str = DEFAULT_CONVENTION,
        gate: bool = True,
        segmenter: Segmenter | None = None,
    ) -> None:
        import pycrfsuite

        if convention not in CONVENTIONS:
            raise ValueError(
                f"unknown span convention {convention!r}; choose one of {', '.join(CONVENTIONS)}"
            )
        self.model = Path(model)
        self.convention = convention
        self.gate = gate
        self._segmenter = segmenter
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.model))
        self._trigger = _trigger()
        self._batch: BatchTagger | None = None

    @classmethod
    def load(
        cls, path: str | Path | None = None, *, convention: str = DEFAULT_CONVENTION, gate: bool = True
    ) -> Recognizer:
        """Load a model (``None``: the one kg ships)."""
        return cls(shipped_model_path() if path is None else path, convention=convention, gate=gate)

    def __reduce__(self) -> tuple[Any, ...]:
        # The CRF tagger holds a C handle: a copy in another process opens the file again.
        return _reopen, (self.model, self.convention, self.gate)

    def spans(
        self, text: str, start: int = 0, end: int | None = None, words: TaggedWords | None = None
    ) -> list[Span]:
        """The entities of ``text[start:end]``, in text order, offsets into ``text``.

        Args:
            text: The text (an article, a sentence).
            start: Where to start.
            end: Where to stop (``None``: the end of ``text``).
            words: The segmentation of ``text[start:end]`` with tags, when the caller has
                it (:func:`kg.nlp.segment.tag_words`); segmented here otherwise.
        """
        end = len(text) if end is None else end
        if words is None or words.tags is None:
            words = tag_words(self._segmenter or get_segmenter(), text, start, end)
        found: list[Span] = []
        for begin, stop in self.sequences(text, start, end, words):
            tokens, tags = _words_between(words, text, begin, stop)
            labels = self.labels(text[begin:stop], tokens, tags)
            found.extend(self._decode(text, begin, labels))
        return found

    def spans_many(self, ranges: Iterable[tuple[str, int, int]]) -> list[list[Span]]:
        """The entities of many texts at once: for each ``(text, start, end)``, the spans
        that ``spans(text, start, end)`` finds, computed for thousands of sequences at a
        time (:mod:`kg.ner.batch`).

        Each range is segmented on its own, gated and cut into sequences as :meth:`spans`
        does, and tagged with the same labels; a span's confidence may differ from
        :meth:`spans`' in the last bits (numpy's ``exp`` is not the C library's).
        Faster than :meth:`spans` in a loop from a few hundred sentences on; for one
        short text, :meth:`spans` is the faster.

        Args:
            ranges: ``(text, start, end)`` triples: the stretch ``text[start:end]`` of
                each text (an article, a sentence of one).

        Returns:
            One list of spans a range, in the order given, offsets into its text.
        """
        found: list[list[Span]] = []
        batch: list[tuple[str, int, int]] = []
        size = 0
        for text, start, end in ranges:
            batch.append((text, start, end))
            size += end - start
            if size >= _BATCH_CHARACTERS:
                found.extend(self._spans_of_batch(batch))
                batch, size = [], 0
        if batch:
            found.extend(self._spans_of_batch(batch))
        return found

    def sequences(
        self, text: str, start: int = 0, end: int | None = None, words: TaggedWords | None = None
    ) -> list[tuple[int, int]]:
        """The stretches of ``text[start:end]`` the CRF tags, as ``[start, end)`` pairs.

        Ungated: every sentence. Gated: runs of clauses within one sentence that hold a
        trigger, or a word that ``words`` (the segmentation of the range, if given) tags as
        a name, place or organisation.
        """
        end = len(text) if end is None else end
        tagged: list[int] = []
        if self.gate and words is not None and words.tags is not None:
            tagged = [
                begin
                for begin, tag in zip(words.bounds, words.tags, strict=False)
                if tag in _ENTITY_TAGS
            ]
        runs: list[tuple[int, int]] = []
        run_start = run_end = -1
        trigger = self._trigger.search
        for match in _CLAUSE.finditer(text, start, end):
            begin, stop = match.span()
            if begin == stop:
                continue
            if (
                not self.gate
                or trigger(text, begin, stop)
                or bisect_left(tagged, stop) > bisect_left(tagged, begin)
            ):
                if run_end != begin:
                    if run_end > run_start:
                        runs.append((run_start, run_end))
                    run_start = begin
                run_end = stop
            if text[stop - 1] in _SENTENCE_END and run_end > run_start:
                runs.append((run_start, run_end))
                run_start = run_end = -1
        if run_end > run_start:
            runs.append((run_start, run_end))
        return runs

    def labels(self, text: str, words: list[str], tags: list[str]) -> list[str]:
        """The CRF's BIO labels for each character of ``text`` (one sequence).

        Args:
            text: The sequence.
            words: Its words (concatenating back to ``text``).
            tags: Their part-of-speech tags.
        """
        return list(self._tagger.tag(sequence_features(text, words, tags, self.convention)))

    def _decode(self, text: str, offset: int, labels: list[str]) -> list[Span]:
        found: list[Span] = []
        begin, kind = -1, ""
        marginal = self._tagger.marginal
        for position, label in enumerate([*labels, "O"]):
            prefix, _, name = label.partition("-")
            if begin >= 0 and (prefix != "I" or name != kind):
                confidence = min(
                    marginal(("B-" if t == begin else "I-") + kind, t) for t in range(begin, position)
                )
                found.append(
                    Span(
                        offset + begin,
                        offset + position,
                        text[offset + begin : offset + position],
                        LABEL_TYPES[kind],
                        confidence,
                    )
                )
                begin = -1
            if prefix == "B" or (prefix == "I" and begin < 0):
                begin, kind = position, name
        return found

    def _batch_tagger(self) -> BatchTagger:
        """The model as a batch tagger, read on first use."""
        if self._batch is None:
            from kg.ner.batch import BatchTagger

            self._batch = BatchTagger.load(self.model, self.convention)
        return self._batch

    def _spans_of_batch(self, ranges: list[tuple[str, int, int]]) -> list[list[Span]]:
        """:meth:`spans_many` of ranges that fit in memory together, in one numpy pass."""
        from kg.ner.gate import spans_of_batch

        return spans_of_batch(self, self._batch_tagger(), ranges)

    def _batch_sequences(
        self, ranges: list[tuple[str, int, int]]
    ) -> tuple[SequenceBatch, np.ndarray, np.ndarray]:
        """What :meth:`sequences` gives for each range, as one batch
        (:func:`kg.ner.gate.batch_sequences`)."""
        from kg.ner.gate import batch_sequences

        return batch_sequences(self, ranges)


def _reopen(model: Path, convention: str, gate: bool) -> Recognizer:
    return Recognizer(model, convention=convention, gate=gate)


def _words_between(
    words: TaggedWords, text: str, start: int, end: int
) -> tuple[list[str], list[str]]:
    """The words of ``text[start:end]`` and their tags, cut at the ends where a word of
    ``words`` crosses them."""
    assert words.tags is not None
    bounds = words.bounds
    first = max(words.count_before(start + 1) - 1, 0)
    tokens: list[str] = []
    tags: list[str] = []
    position = start
    for index in range(first, len(words.words)):
        word_end = min(bounds[index + 1], end)
        if word_end <= position:
            continue
        if bounds[index] >= end:
            break
        tokens.append(text[position:word_end])
        tags.append(words.tags[index])
        position = word_end
    if position < end:
        # Text past the words given (the caller segmented less than asked): one word.
        tokens.append(text[position:end])
        tags.append("x")
    return tokens, tags


@cache
def recognizer() -> Recognizer:
    """The recogniser with the model kg ships, default convention and gate (loaded once)."""
    return Recognizer.load()
