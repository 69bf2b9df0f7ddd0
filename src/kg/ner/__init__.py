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
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kg import resources
from kg.ner.features import CONVENTIONS, LABEL_TYPES, sequence_features
from kg.nlp.lexicon import alternation
from kg.nlp.segment import Segmenter, TaggedWords, get_segmenter, tag_words

if TYPE_CHECKING:
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
        | set(resources.places())
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
        batch, positions, starts = self._batch_sequences(ranges)
        found = self._batch_tagger().spans(batch)
        begins = positions[found.start]
        owners = np.searchsorted(starts, begins, "right") - 1
        shifts = np.array([start for _, start, _ in ranges], np.int64) - starts[:-1]
        spans: list[list[Span]] = [[] for _ in ranges]
        for owner, begin, stop, kind, confidence in zip(
            owners.tolist(),
            (begins + shifts[owners]).tolist(),
            (positions[found.end - 1] + 1 + shifts[owners]).tolist(),
            [LABEL_TYPES[kind] for kind in found.kind],
            found.confidence.tolist(),
            strict=True,
        ):
            text = ranges[owner][0]
            spans[owner].append(Span(begin, stop, text[begin:stop], kind, confidence))
        return spans

    def _batch_sequences(
        self, ranges: list[tuple[str, int, int]]
    ) -> tuple[SequenceBatch, np.ndarray, np.ndarray]:
        """What :meth:`sequences` gives for each range, with the words the CRF reads in
        them, as one batch: the ranges' texts back to back make one joined text.

        Returns:
            The batch; where each of its characters is in the joined text; where each
            range starts in the joined text, then where the last one ends.
        """
        from kg.ner.batch import code_points

        pieces = [text[start:end] for text, start, end in ranges]
        codes = code_points("".join(pieces))
        starts = np.cumsum([0, *map(len, pieces)])
        words = _BatchWords.of(self._segmenter or get_segmenter(), pieces, starts)
        gate = _batch_gate()
        clauses, ends, opens_text = gate.clauses(codes, starts)
        if self.gate:
            gated = gate.triggered(codes, clauses, ends, words)
        else:
            gated = np.ones(len(clauses), bool)
        batch, positions = gate.sequences(codes, clauses, ends, opens_text, gated, words)
        return batch, positions, starts


@dataclass(frozen=True, eq=False)
class _BatchWords:
    """The words of a batch's texts back to back: where each starts in the joined text
    and its tag (an index into ``tag_names``); and where the words tagged as a name, place
    or organisation start (empty words too, as the gate of one text counts them)."""

    starts: np.ndarray
    tags: np.ndarray
    tag_names: tuple[str, ...]
    entity_starts: np.ndarray

    @classmethod
    def of(
        cls, segmenter: Segmenter, pieces: list[str], starts: np.ndarray, cut: bool = False
    ) -> _BatchWords:
        """Segment each of ``pieces``, the texts that start at ``starts`` in the joined
        text. Where a segmenter's words do not make up their text exactly, they are
        ``cut``: words that run past the text's end are cut there and text past the words
        is one word tagged ``x``, as :func:`_words_between` reads a segmentation."""
        lengths: list[int] = []
        tags: list[str] = []
        counts = [0]
        for piece in pieces:
            # Only ints and strings are kept: the pairs die young, and the garbage
            # collector does not walk them again and again.
            pairs = segmenter.tag(piece)
            if cut:
                pairs = _tiled(pairs, len(piece))
            lengths.extend(map(len, map(_first, pairs)))
            tags.extend(map(_second, pairs))
            counts.append(len(lengths))
        sizes = np.array(lengths, np.int64)
        totals = np.concatenate([[0], np.cumsum(sizes)])[counts]
        if (np.diff(totals) != np.diff(starts)).any():
            return cls.of(segmenter, pieces, starts, cut=True)
        numbering = {name: index for index, name in enumerate(set(tags))}
        ids = np.fromiter(map(numbering.__getitem__, tags), np.int64, len(tags))
        word_starts = np.cumsum(sizes) - sizes
        entity = np.array([name in _ENTITY_TAGS for name in numbering], bool)[ids]
        # An empty word at the end of its text starts no clause of it.
        text_ends = np.repeat(starts[1:], np.diff(counts))
        entity &= word_starts < text_ends
        kept = sizes > 0
        return cls(word_starts[kept], ids[kept], tuple(numbering), word_starts[entity])


_first = itemgetter(0)
_second = itemgetter(1)


def _tiled(pairs: list[tuple[str, str]], length: int) -> list[tuple[str, str]]:
    """``pairs`` cut at ``length`` characters, or made up to it with a word tagged ``x``."""
    tiled: list[tuple[str, str]] = []
    position = 0
    for word, tag in pairs:
        if position >= length:
            break
        tiled.append((word[: length - position], tag))
        position += len(tiled[-1][0])
    if position < length:
        tiled.append(("x" * (length - position), "x"))
    return tiled


class _BatchGate:
    """:meth:`Recognizer.sequences` over many texts at once, in numpy: clauses from the
    clause marks, triggers from character tables, the rest of the trigger pattern (the
    words of kg's lists) searched only in the clauses nothing else let through."""

    def __init__(self) -> None:
        from kg.ner.batch import CharacterTable, WordTrie

        def table(characters: Iterable[str]) -> CharacterTable:
            return CharacterTable({ord(ch): 1 for ch in characters}, 0, np.bool_)

        words = _trigger_words() | set(_HEADS)
        self.mark = table(_CLAUSE_MARKS)
        self.sentence_end = table(_SENTENCE_END)
        self.han = table(map(chr, _HAN))
        self.place_suffix = table(_PLACE_SUFFIXES)
        self.word = table(word for word in words if len(word) == 1)
        self.surname = table(_single_surnames())
        self.longer_words = WordTrie([[word for word in words if len(word) > 1]])
        self.empty_word = "" in words

    def clauses(self, codes: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, ...]:
        """Where each clause starts and ends in the joined text, and whether it is the
        first of its text. A clause runs to the end of a run of clause marks, or of its
        text (what ``_CLAUSE`` matches)."""
        mark = self.mark(codes)
        opens = np.zeros(len(codes) + 1, bool)
        opens[1:-1] = mark[:-1] & ~mark[1:]
        opens_text = np.zeros(len(codes) + 1, bool)
        opens_text[starts[:-1]] = True
        opens_text[-1] = False
        opens |= opens_text
        clauses = np.flatnonzero(opens[:-1])
        ends = np.append(clauses[1:], len(codes))
        return clauses, ends, opens_text[clauses]

    def triggered(
        self, codes: np.ndarray, clauses: np.ndarray, ends: np.ndarray, words: _BatchWords
    ) -> np.ndarray:
        """Whether each clause holds a trigger or a word tagged as a name, place or
        organisation. The trigger pattern matches in a clause if one of its branches
        does: each branch is tested on its own, the cheap ones for every clause."""
        count = len(codes)
        clause_of = np.zeros(count + 4, np.int64)
        clause_of[:count] = np.repeat(np.arange(len(clauses)), ends - clauses)
        clause_of[count:] = -1
        padded = np.zeros(count + 4, codes.dtype)
        padded[:count] = codes
        han = self.han(padded)

        def within(first: np.ndarray, offset: int) -> np.ndarray:
            return clause_of[first + offset] == clause_of[first]

        hits = [np.flatnonzero(self.word(codes))]
        after_han = np.flatnonzero(han[:count])
        hits.append(after_han[self.place_suffix(padded[after_han + 1]) & within(after_han, 1)])
        names = np.flatnonzero(self.surname(codes))
        names = names[han[names + 1] & within(names, 1)]
        for given in (1, 2):
            if given == 2:
                names = names[han[names + 2] & within(names, 2)]
            for verb in _SPEECH_VERBS:
                found = names
                for offset, ch in enumerate(verb, 1 + given):
                    found = found[(padded[found + offset] == ord(ch)) & within(found, offset)]
                hits.append(found)
        hits.append(words.entity_starts)
        gated = np.zeros(len(clauses), bool)
        gated[clause_of[np.concatenate(hits)]] = True
        gated |= self.empty_word
        rest = np.flatnonzero(~gated)
        sizes = ends[rest] - clauses[rest]
        starts = np.arange(sizes.sum()) + np.repeat(clauses[rest] - np.cumsum(sizes) + sizes, sizes)
        limits = ends[clause_of[:count]]
        found = starts[self.longer_words.longest(codes, limits, starts)[0, starts] > 0]
        gated[clause_of[found]] = True
        return gated

    def sequences(
        self,
        codes: np.ndarray,
        clauses: np.ndarray,
        ends: np.ndarray,
        opens_text: np.ndarray,
        gated: np.ndarray,
        words: _BatchWords,
    ) -> tuple[SequenceBatch, np.ndarray]:
        """The runs of gated clauses, cut after a sentence end and at the texts' ends,
        as a batch for the tagger with its words (cut at the runs' ends); and where each
        of the batch's characters is in the joined text."""
        from kg.ner.batch import SequenceBatch

        count = len(clauses)
        breaks = np.ones(count, bool)
        if count:
            ending = self.sentence_end(codes[ends - 1])
            breaks[1:] = opens_text[1:] | ~gated[:-1] | ending[:-1]
        opens = gated & breaks
        closes = gated & np.append(breaks[1:] | ~gated[1:], True)
        begins, stops = clauses[opens], ends[closes]
        lengths = stops - begins
        bounds = np.concatenate([[0], np.cumsum(lengths)])
        positions = np.arange(bounds[-1]) + np.repeat(begins - bounds[:-1], lengths)
        word_starts = np.zeros(len(codes) + 1, bool)
        word_starts[words.starts] = True
        cut = word_starts[positions]
        cut[bounds[:-1][lengths > 0]] = True
        pieces = np.flatnonzero(cut)
        word_of = np.cumsum(word_starts[:-1]) - 1
        batch = SequenceBatch(
            codes[positions],
            bounds,
            np.append(pieces, bounds[-1]),
            words.tags[word_of[positions[pieces]]],
            words.tag_names,
        )
        return batch, positions


@cache
def _batch_gate() -> _BatchGate:
    return _BatchGate()


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
