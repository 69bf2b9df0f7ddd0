"""The recogniser's batch path: many texts segmented, gated and cut into sequences at
once, in numpy, for :class:`kg.ner.batch.BatchTagger` (:meth:`Recognizer.spans_many`).

A module of its own so that processes that only tag clause by clause (the extractors,
through python-crfsuite) never import numpy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

import numpy as np

from kg.ner import (
    _CLAUSE_MARKS,
    _ENTITY_TAGS,
    _HAN,
    _HEADS,
    _PLACE_SUFFIXES,
    _SENTENCE_END,
    _SPEECH_VERBS,
    Recognizer,
    Span,
    _single_surnames,
    _trigger_words,
)
from kg.ner.batch import BatchTagger, CharacterTable, SequenceBatch, WordTrie, code_points
from kg.ner.features import LABEL_TYPES
from kg.nlp.segment import Segmenter, get_segmenter


def spans_of_batch(
    recognizer: Recognizer, tagger: BatchTagger, ranges: list[tuple[str, int, int]]
) -> list[list[Span]]:
    """:meth:`Recognizer.spans_many` of ranges that fit in memory together, tagged by
    ``tagger`` (the recogniser's model) in one numpy pass."""
    batch, positions, starts = batch_sequences(recognizer, ranges)
    found = tagger.spans(batch)
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


def batch_sequences(
    recognizer: Recognizer, ranges: list[tuple[str, int, int]]
) -> tuple[SequenceBatch, np.ndarray, np.ndarray]:
    """What :meth:`Recognizer.sequences` gives for each range, with the words the CRF
    reads in them, as one batch: the ranges' texts back to back make one joined text.

    Returns:
        The batch; where each of its characters is in the joined text; where each
        range starts in the joined text, then where the last one ends.
    """
    pieces = [text[start:end] for text, start, end in ranges]
    codes = code_points("".join(pieces))
    starts = np.cumsum([0, *map(len, pieces)])
    words = _BatchWords.of(recognizer._segmenter or get_segmenter(), pieces, starts)
    gate = _batch_gate()
    clauses, ends, opens_text = gate.clauses(codes, starts)
    if recognizer.gate:
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
