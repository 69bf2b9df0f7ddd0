"""The recogniser's CRF run on many sequences at once, in numpy, with python-crfsuite's results.

python-crfsuite tags one sequence at a time from one list of feature strings a character
(:func:`kg.ner.features.sequence_features`); building those strings and looking them up
costs more than the tagging itself. :class:`BatchTagger` reads the same model file and
computes the same thing for a whole batch of sequences from integer keys:

- each feature template of :func:`~kg.ner.features.sequence_features` becomes a table from
  a key (a character, a pair of characters, the classes around a character, a word's
  position and tag...) to the model attribute the template's string would name, built
  once from the model's attributes; a string the model does not know adds nothing, as in
  crfsuite;
- a character's score for each label is the sum of its attributes' state weights, added in
  the order of the feature strings, which makes the sums crfsuite's to the last bit;
- Viterbi and forward-backward run over buckets of sequences of similar lengths, one numpy
  step a position for every sequence of a bucket, with crfsuite's arithmetic: a first-order
  chain with no start or end weights, ``max_i(score[i] + transition[i][j]) + state[j]``,
  ties to the lowest label index.

The labels are therefore crfsuite's exactly. The marginals differ from crfsuite's in the
last bits only (numpy's ``exp`` is not the C library's).

Example::

    tagger = BatchTagger.load(shipped_model_path(), "cluener")
    batch = SequenceBatch.from_lists([("李强在北京", ["李强", "在", "北京"], ["nr", "p", "ns"])])
    tagger.labels(batch)  # one label index a character, back to back
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from kg.ner.features import _CLASSES, _END, _NORMAL, _PAD, CONVENTIONS, _surnames, gazetteer

__all__ = [
    "BatchTagger",
    "CharacterTable",
    "CrfModel",
    "FoundSpans",
    "SequenceBatch",
    "WordTrie",
    "code_points",
]

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]

# crfsuite's CRF1d model file: a header, then chunks at the offsets it gives.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_CQDB = struct.Struct("<4sIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
_STATE_FEATURE, _TRANSITION_FEATURE = 0, 1

# python-crfsuite hands attribute names to crfsuite as C strings, which end at a NUL.
_NUL = "\x00"
# Word positions as sequence_features writes them (the letter before a word's tag).
_POSITIONS = "BMES"
_B, _M, _E, _S = range(4)
# Character classes of sequence_features (class letters, "O" for the others).
_CLASS_LETTERS = "HDNLPSO"
_CLASS_INDEX = {letter: index for index, letter in enumerate(_CLASS_LETTERS)}
# Characters a batch is scored in at a time: the scores being summed stay in cache.
_SCORE_CHUNK = 16384
# The cost model that buckets sequences for Viterbi and forward-backward: a step costs a
# fixed overhead (numpy calls) plus a share for each sequence of the bucket, in the same
# unit; and a bucket's arrays are kept under a size.
_STEP_OVERHEAD = 80.0
_BUCKET_CELLS = 1 << 18
# At most this many sequences a bucket: OpenBLAS multiplies a 9 x 9 by a 9 x n matrix on
# one thread while 81 n is under its threshold (262144), and the arrays stay in cache.
_BUCKET_WIDTH = 3000


@dataclass(frozen=True, eq=False)
class CrfModel:
    """The weights of a crfsuite first-order linear-chain CRF (CRF1d), read from its file.

    Attributes:
        labels: Label names, by index.
        attributes: Attribute names, by index.
        state: ``(len(attributes) + 1, len(labels))`` state weights; the last row, all
            zeros, stands for an attribute the model does not know.
        transition: ``(len(labels), len(labels))`` weights of label ``i`` followed by
            label ``j``.
    """

    labels: tuple[str, ...]
    attributes: tuple[str, ...]
    state: Floats
    transition: Floats

    @classmethod
    def read(cls, path: str | Path) -> CrfModel:
        """Read a model file that python-crfsuite (or ``kg train-ner``) wrote.

        The weights are read from the file itself, to the bit: ``Tagger.info()`` of
        python-crfsuite rounds them to six decimals.

        Raises:
            ValueError: The file is not a crfsuite CRF1d model.
        """
        data = Path(path).read_bytes()
        try:
            header = _HEADER.unpack_from(data)
            magic, _, kind, _, _, _, _, features_at, labels_at, attributes_at, _, _ = header
            if magic != b"lCRF" or kind != b"FOMC":
                raise ValueError("wrong magic")
            labels = _cqdb_strings(data, labels_at)
            attributes = _cqdb_strings(data, attributes_at)
            chunk, _, count = _CHUNK.unpack_from(data, features_at)
            if chunk != b"FEAT":
                raise ValueError("no feature chunk")
            features = np.frombuffer(data, _FEATURE, count, features_at + _CHUNK.size)
        except (struct.error, ValueError) as error:
            raise ValueError(
                f"{path}: not a crfsuite CRF model ({error}); train one with kg train-ner"
            ) from None
        state = np.zeros((len(attributes) + 1, len(labels)))
        transition = np.zeros((len(labels), len(labels)))
        for table, kind_of_feature in ((state, _STATE_FEATURE), (transition, _TRANSITION_FEATURE)):
            chosen = features[features["type"] == kind_of_feature]
            table[chosen["source"], chosen["target"]] = chosen["weight"]
        return cls(tuple(labels), tuple(attributes), state, transition)


def _cqdb_strings(data: bytes, offset: int) -> list[str]:
    """The strings of the constant quark database at ``offset``, by id: its backward
    array gives each id's record, an id, a size and the NUL-terminated string."""
    chunk, _, _, _, count, backward = _CQDB.unpack_from(data, offset)
    if chunk != b"CQDB":
        raise ValueError("no string table")
    strings = []
    for record in struct.unpack_from(f"<{count}I", data, offset + backward):
        _, size = struct.unpack_from("<II", data, offset + record)
        start = offset + record + 8
        strings.append(data[start : start + size - 1].decode("utf-8", "surrogateescape"))
    return strings


class CharacterTable:
    """A value for every code point: a dense array over the Basic Multilingual Plane, a
    sorted list beyond it (where few characters have a value).

    Args:
        values: Code point -> value.
        default: The value of the other code points.
        dtype: The values' numpy type.
    """

    def __init__(self, values: Mapping[int, int], default: int, dtype: Any = np.int32) -> None:
        self._dense = np.full(0x10000, default, dtype)
        beyond = sorted((code, value) for code, value in values.items() if code >= 0x10000)
        for code, value in values.items():
            if code < 0x10000:
                self._dense[code] = value
        self._codes = np.array([code for code, _ in beyond], np.int64)
        self._values = np.array([value for _, value in beyond], dtype)
        self._default = default

    def __call__(self, codes: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """The values of ``codes`` (an array of code points)."""
        found = self._dense[np.minimum(codes, 0xFFFF)]
        astral = np.flatnonzero(codes > 0xFFFF)
        if len(astral):
            found[astral] = self._default
            if len(self._codes):
                wanted = codes[astral].astype(np.int64)
                where = np.minimum(np.searchsorted(self._codes, wanted), len(self._codes) - 1)
                hit = self._codes[where] == wanted
                found[astral[hit]] = self._values[where[hit]]
        return found


def code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text`` as an array (lone surrogates included)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)


class WordTrie:
    """Words of one or more kinds in one trie, walked from every position of a text at
    once: what ``re.compile(alternation(words))`` finds, without the regex engine.

    Args:
        kinds: The words of each kind (the empty word is left out).
    """

    _SPACE = 0x110000  # code points: an edge's key is its node times this plus its character

    def __init__(self, kinds: Sequence[Iterable[str]]) -> None:
        children: list[dict[int, int]] = [{}]
        ends = [0]
        for bit, words in enumerate(kinds):
            for word in words:
                node = 0
                for ch in word:
                    child = children[node].get(ord(ch))
                    if child is None:
                        child = children[node][ord(ch)] = len(children)
                        children.append({})
                        ends.append(0)
                    node = child
                if node:
                    ends[node] |= 1 << bit
        self.kinds = len(kinds)
        self._ends = np.array(ends, np.int64)
        self._roots = CharacterTable(children[0], -1)
        edges = [
            (node * self._SPACE + code, child)
            for node, table in enumerate(children)
            if node
            for code, child in table.items()
        ]
        self._edges = _IntegerMap(
            np.array([key for key, _ in edges], np.int64),
            np.array([child for _, child in edges], np.int32).reshape(-1, 1),
            -1,
        )

    def longest(
        self, codes: npt.NDArray[Any], limits: Ints, starts: Ints | None = None
    ) -> npt.NDArray[np.int32]:
        """``(kinds, len(codes))``: the length of the longest word of each kind that starts
        at each position (of ``starts``, default all) and ends by that position's limit (the
        end of its stretch of text); 0 where none does."""
        found = np.zeros((self.kinds, len(codes)), np.int32)
        if starts is None:
            starts = np.arange(len(codes))
        node = self._roots(codes[starts])
        known = node >= 0
        active, state = starts[known], node[known]
        depth = 1
        while len(active):
            ends = self._ends[state]
            done = np.flatnonzero(ends)
            for kind in range(self.kinds):
                here = done[(ends[done] >> kind) & 1 == 1]
                found[kind, active[here]] = depth
            going = active + depth < limits[active]
            active, state = active[going], state[going]
            child = self._edges(state.astype(np.int64) * self._SPACE + codes[active + depth])[:, 0]
            kept = child >= 0
            active, state = active[kept], child[kept]
            depth += 1
        return found

    def matches(self, codes: npt.NDArray[Any], limits: Ints) -> list[tuple[Ints, Ints]]:
        """The matches of each kind's pattern in each stretch of text, as ``finditer``
        finds them: the longest word at the leftmost position, then on from its end.

        Returns:
            For each kind, where its matches start and end.
        """
        found = []
        for longest in self.longest(codes, limits):
            starts = np.flatnonzero(longest)
            ends = starts + longest[starts]
            found.append(_leftmost(starts, ends))
        return found


def _leftmost(starts: Ints, ends: Ints) -> tuple[Ints, Ints]:
    """Of candidate matches in order of their starts, those that ``finditer`` keeps: each
    one that starts at or after the end of the last one kept. A candidate that no earlier
    one covers is kept; the others (inside a longer candidate) are decided in turn, from
    the last candidate that no earlier one covers."""
    reach = np.maximum.accumulate(ends)
    free = np.ones(len(starts), bool)
    free[1:] = starts[1:] >= reach[:-1]
    kept = free.copy()
    head = np.maximum.accumulate(np.where(free, np.arange(len(starts)), 0))
    current, end = -1, 0
    for index in np.flatnonzero(~free).tolist():
        if head[index] != current:
            current = int(head[index])
            end = int(ends[current])
        if starts[index] >= end:
            kept[index] = True
            end = int(ends[index])
    return starts[kept], ends[kept]


@dataclass(frozen=True, eq=False)
class SequenceBatch:
    """Sequences to tag at once with their words, packed into arrays.

    Attributes:
        codes: The code points of the sequences' characters, back to back.
        bounds: Where each sequence starts in ``codes``, then where the last one ends.
        word_bounds: Where each word starts, then where the last one ends; the words
            tile the sequences (each sequence starts with a word and ends with one).
        word_tags: Each word's part-of-speech tag, as an index into ``tag_names``.
        tag_names: The tags.
    """

    codes: npt.NDArray[np.uint32]
    bounds: Ints
    word_bounds: Ints
    word_tags: Ints
    tag_names: tuple[str, ...]

    @classmethod
    def from_lists(
        cls, sequences: Sequence[tuple[str, Sequence[str], Sequence[str]]]
    ) -> SequenceBatch:
        """Pack ``(text, words, tags)`` triples, as :func:`~kg.ner.features.sequence_features`
        takes them.

        Raises:
            ValueError: The words of a text do not make it up.
        """
        names: dict[str, int] = {}
        lengths: list[int] = []
        tags: list[int] = []
        for text, words, word_tags in sequences:
            if "".join(words) != text:
                raise ValueError(f"the words of {text!r} do not make it up")
            for word, tag in zip(words, word_tags, strict=True):
                if word:
                    lengths.append(len(word))
                    tags.append(names.setdefault(tag, len(names)))
        return cls(
            code_points("".join(text for text, _, _ in sequences)),
            np.cumsum([0, *(len(text) for text, _, _ in sequences)]),
            np.cumsum([0, *lengths]),
            np.array(tags, np.int64),
            tuple(names),
        )

    def __len__(self) -> int:
        return len(self.bounds) - 1


@dataclass(frozen=True, eq=False)
class FoundSpans:
    """The entity spans of a batch, as arrays (one entry a span, in text order).

    Attributes:
        sequence: The sequence each span is in.
        start: Where it starts in the batch's ``codes``.
        end: Where it ends.
        kind: Its label name without the B-/I- prefix (``ORG``, ``PER``...).
        confidence: The smallest marginal of its characters' labels (B- for the first,
            I- for the others).
    """

    sequence: Ints
    start: Ints
    end: Ints
    kind: tuple[str, ...]
    confidence: Floats


class BatchTagger:
    """Tags batches of sequences with a crfsuite model, as python-crfsuite tags each.

    Args:
        model: The CRF's weights.
        convention: The span convention to tag by (one of
            :data:`~kg.ner.features.CONVENTIONS`): the corpus feature every character
            carries.

    Raises:
        ValueError: An unknown convention, or dictionaries that would match across the
            batch's sequences.
    """

    def __init__(self, model: CrfModel, convention: str) -> None:
        if convention not in CONVENTIONS:
            raise ValueError(f"unknown span convention {convention!r}")
        self.model = model
        self.convention = convention
        self._rows = {name: row for row, name in enumerate(model.attributes)}
        self._unknown = len(model.attributes)
        self._build_characters()
        self._build_words()
        self._build_dictionaries()
        self._build_labels()

    @classmethod
    def load(cls, path: str | Path, convention: str) -> BatchTagger:
        """The tagger of the model file at ``path``."""
        return cls(CrfModel.read(path), convention)

    def _row(self, name: str) -> int:
        return self._rows.get(name, self._unknown)

    def _build_characters(self) -> None:
        """Tables of the character templates: c, l, r, L, R, lc, cr, lr, k and sn."""
        unigrams: dict[str, dict[str, int]] = {prefix: {} for prefix in "clrLR"}
        bigrams: dict[str, dict[str, int]] = {prefix: {} for prefix in ("lc", "cr", "lr")}
        for name, row in self._rows.items():
            if len(name) == 2 and name[0] in unigrams:
                unigrams[name[0]][name[1]] = row
            elif len(name) == 4 and name[:2] in bigrams:
                bigrams[name[:2]][name[2:]] = row
        characters = {_PAD[0], _END[0], _NUL}
        for table in unigrams.values():
            characters.update(table)
        for table in bigrams.values():
            for pair in table:
                characters.update(pair)
        ids = {ch: index for index, ch in enumerate(sorted(characters))}
        unknown = len(ids)
        # A character's id is that of its normalised form, the one the feature strings hold.
        values = {ord(ch): index for ch, index in ids.items()}
        for code, normal in _NORMAL.items():
            values[code] = ids.get(normal, unknown)
        self._character = CharacterTable(values, unknown)
        self._pad_start, self._pad_end = ids[_PAD[0]], ids[_END[0]]
        # crfsuite reads "c" + NUL as "c" (see _cut_at_nul).
        self._unigram = {
            prefix: np.array(
                [
                    self._row(prefix) if ch == _NUL else table.get(ch, self._unknown)
                    for ch in sorted(ids, key=ids.__getitem__)
                ]
                + [self._unknown],
                np.int32,
            )
            for prefix, table in unigrams.items()
        }
        # corpus and c, the first two features of every character, summed once here in
        # the order crfsuite sums them.
        corpus = self.model.state[self._row("corpus=" + self.convention)]
        self._first = corpus[None, :] + self.model.state[self._unigram["c"]]
        # Two characters side by side are "lc" of the second and "cr" of the first: one
        # lookup of each pair gives both rows. "lr" pairs skip the character between.
        size = unknown + 1
        neighbours: dict[int, list[int]] = {}
        for column, prefix in enumerate(("lc", "cr")):
            for pair, row in bigrams[prefix].items():
                key = ids[pair[0]] * size + ids[pair[1]]
                neighbours.setdefault(key, [self._unknown, self._unknown])[column] = row
        self._neighbours = _IntegerMap(
            np.array(list(neighbours), np.int64),
            np.array(list(neighbours.values()), np.int32).reshape(-1, 2),
            self._unknown,
        )
        self._skips = _IntegerMap(
            np.array([ids[pair[0]] * size + ids[pair[1]] for pair in bigrams["lr"]], np.int64),
            np.array(list(bigrams["lr"].values()), np.int32).reshape(-1, 1),
            self._unknown,
        )
        self._pair_size = size
        self._class = CharacterTable(
            {code: _CLASS_INDEX[letter] for code, letter in _CLASSES.items()},
            _CLASS_INDEX["O"],
            np.int8,
        )
        self._class_rows = np.array(
            [
                self._row("k" + a + b + c)
                for a in _CLASS_LETTERS
                for b in _CLASS_LETTERS
                for c in _CLASS_LETTERS
            ],
            np.int32,
        )
        surnames = _surnames()
        is_surname = {ord(name): 1 for name in surnames}
        for code, normal in _NORMAL.items():
            is_surname[code] = int(normal in surnames)
        self._surname = CharacterTable(is_surname, 0, np.bool_)
        self._surname_rows = {_B: self._row("snB"), _S: self._row("snS")}

    def _build_words(self) -> None:
        """Tables of the word templates: w, a and the convention's word feature."""
        tags = {"^", "$"}
        for name in self._rows:
            if len(name) >= 2 and name[0] == "w" and name[1] in _POSITIONS:
                tags.add(name[2:])
            elif name[:1] == "a":
                # Every cut at a bar: the strings name every tag that any pair holds.
                parts = name[1:].split("|")
                for cut in range(1, len(parts)):
                    tags.add("|".join(parts[:cut]))
                    tags.add("|".join(parts[cut:]))
            for convention in CONVENTIONS:
                cut = len(convention)
                if name.startswith(convention) and len(name) > cut and name[cut] in _POSITIONS:
                    tags.add(name[cut + 1 :])
        self._tags = {tag: index for index, tag in enumerate(sorted(tags))}
        names = sorted(self._tags, key=self._tags.__getitem__)
        count = len(names) + 1  # and one for tags the model does not know
        self._tag_count = count
        self._word_rows = np.full(len(_POSITIONS) * count, self._unknown, np.int32)
        self._convention_rows = self._word_rows.copy()
        for position, letter in enumerate(_POSITIONS):
            for index, tag in enumerate(names):
                self._word_rows[position * count + index] = self._row("w" + letter + tag)
                self._convention_rows[position * count + index] = self._row(
                    self.convention + letter + tag
                )
        self._around_rows = np.full(count * count, self._unknown, np.int32)
        for before, left in enumerate(names):
            for after, right in enumerate(names):
                self._around_rows[before * count + after] = self._row("a" + left + "|" + right)

    def _build_dictionaries(self) -> None:
        """The dictionaries as one trie, and the rows of their marks, by kind in pattern
        order (the order of the features): plain marks first, then with the convention."""
        dictionaries = gazetteer().words
        for kind, words in dictionaries:
            if "" in words:
                raise ValueError(f"dictionary {kind} holds the empty word")
        self._dictionaries = WordTrie([words for _, words in dictionaries])
        self._mark_rows = [
            (self._row(prefix + kind + "B"), self._row(prefix + kind + "I"))
            for prefix in ("", self.convention)
            for kind, _ in dictionaries
        ]

    def _build_labels(self) -> None:
        """What each label means for spans: its kind, and whether it begins or goes on."""
        labels = self.model.labels
        kinds = sorted({label[2:] for label in labels if label[:2] in ("B-", "I-")})
        self._kinds = tuple(kinds)
        index = {label: position for position, label in enumerate(labels)}
        self._label_kind = np.array(
            [kinds.index(label[2:]) if label[:2] in ("B-", "I-") else -1 for label in labels]
        )
        self._label_begins = np.array([label.startswith("B-") for label in labels])
        self._label_inside = np.array([label.startswith("I-") for label in labels])
        # The labels whose marginals make a span's confidence; -1 where the model lacks one.
        self._kind_begin = np.array([index.get("B-" + kind, -1) for kind in kinds], np.int64)
        self._kind_inside = np.array([index.get("I-" + kind, -1) for kind in kinds], np.int64)
        self._exp_transition = np.exp(self.model.transition)

    def scores(self, batch: SequenceBatch) -> Floats:
        """Each character's score for each label, ``(characters, labels)``: the sum of the
        state weights of the attributes :func:`~kg.ner.features.sequence_features` gives
        it, summed in that order."""
        return self._scores(batch).T

    def _scores(self, batch: SequenceBatch) -> Floats:
        """:meth:`scores` label by label, ``(labels, characters)``: the layout that the
        buckets of Viterbi and forward-backward are gathered from."""
        codes = batch.codes
        count = len(codes)
        sequences = len(batch)
        lengths = np.diff(batch.bounds)
        sequence_of = np.repeat(np.arange(sequences), lengths)
        # Each sequence padded with two characters either side, as the feature strings are.
        slot = np.arange(count) + 4 * sequence_of + 2
        left = batch.bounds[:-1] + 4 * np.arange(sequences)
        characters = np.full(count + 4 * sequences, self._pad_end, np.int32)
        characters[slot] = self._character(codes)
        characters[left] = characters[left + 1] = self._pad_start
        classes = np.full(count + 4 * sequences, _CLASS_INDEX["S"], np.int32)
        classes[slot] = self._class(codes)
        word_position, word_key, around_key = self._word_keys(batch)
        before, here, after = characters[slot - 1], characters[slot], characters[slot + 1]
        size = self._pair_size
        wide = characters.astype(np.int64)
        neighbours = self._neighbours(wide[:-1] * size + wide[1:])
        skips = self._skips(before.astype(np.int64) * size + after)
        rows = np.stack(
            [
                self._unigram["l"][before],
                self._unigram["r"][after],
                self._unigram["L"][characters[slot - 2]],
                self._unigram["R"][characters[slot + 2]],
                neighbours[slot - 1, 0],
                neighbours[slot, 1],
                skips[:, 0],
                self._class_rows[(classes[slot - 1] * 7 + classes[slot]) * 7 + classes[slot + 1]],
                self._word_rows[word_key],
                self._around_rows[around_key],
                self._convention_rows[word_key],
            ]
        )
        if (codes == 0).any():
            self._cut_at_nul(batch, sequence_of, rows)
        scores = self._sum_rows(here, rows)
        # The features only some characters have, in their order: the surname flag, then
        # the dictionary marks, then the marks with the convention.
        surname = np.flatnonzero(
            self._surname(codes) & ((word_position == _B) | (word_position == _S))
        )
        if len(surname):
            rows_of = np.where(
                word_position[surname] == _B, self._surname_rows[_B], self._surname_rows[_S]
            )
            scores[:, surname] += self.model.state[rows_of].T
        marks = self._marks(batch, sequence_of)
        for (begin_row, inside_row), (begins, insides) in zip(
            self._mark_rows, marks + marks, strict=True
        ):
            scores[:, begins] += self.model.state[begin_row][:, None]
            scores[:, insides] += self.model.state[inside_row][:, None]
        return scores

    def _cut_at_nul(
        self, batch: SequenceBatch, sequence_of: Ints, rows: npt.NDArray[np.int32]
    ) -> None:
        """The rows of the neighbour templates (l, r, L, R, lc, cr, lr) in the sequences
        that hold a NUL character, as crfsuite finds them: it reads an attribute's name as
        a C string, up to the first NUL, which may make it another attribute's name
        ("cr" + NUL + "强" is "cr", the feature of the character "r"). Spelled out here,
        as :func:`~kg.ner.features.sequence_features` spells them, and cut so."""
        for sequence in np.unique(sequence_of[batch.codes == 0]).tolist():
            begin, end = int(batch.bounds[sequence]), int(batch.bounds[sequence + 1])
            spelled = batch.codes[begin:end].tobytes().decode("utf-32-le", "surrogatepass")
            text = _PAD + spelled.translate(_NORMAL) + _END
            for offset in range(end - begin):
                j = offset + 2
                names = (
                    "l" + text[j - 1],
                    "r" + text[j + 1],
                    "L" + text[j - 2],
                    "R" + text[j + 2],
                    "lc" + text[j - 1] + text[j],
                    "cr" + text[j] + text[j + 1],
                    "lr" + text[j - 1] + text[j + 1],
                )
                rows[:7, begin + offset] = [self._row(name.split(_NUL, 1)[0]) for name in names]

    def _word_keys(self, batch: SequenceBatch) -> tuple[Ints, Ints, Ints]:
        """Each character's word position (B, M, E, S), its key into the word tables
        (position and tag) and into the around table (the tags of the words either side)."""
        count = len(batch.codes)
        bounds = batch.word_bounds
        lengths = np.diff(bounds)
        word_of = np.repeat(np.arange(len(lengths)), lengths)
        starts = bounds[:-1]
        offset = np.arange(count) - starts[word_of]
        last = offset == lengths[word_of] - 1
        position = np.where(offset == 0, np.where(last, _S, _B), np.where(last, _E, _M))
        known = np.array(
            [self._tags.get(name, self._tag_count - 1) for name in batch.tag_names], np.int64
        )
        tags = known[batch.word_tags] if len(batch.word_tags) else np.zeros(0, np.int64)
        begins_sequence = np.zeros(count + 1, bool)
        begins_sequence[batch.bounds] = True
        first = begins_sequence[starts]
        final = begins_sequence[bounds[1:]]
        before = np.where(first, self._tags["^"], np.roll(tags, 1))
        after = np.where(final, self._tags["$"], np.roll(tags, -1))
        count_tags = self._tag_count
        return (
            position,
            (position * count_tags + tags[word_of]),
            (before * count_tags + after)[word_of],
        )

    def _marks(self, batch: SequenceBatch, sequence_of: Ints) -> list[tuple[Ints, Ints]]:
        """The characters each dictionary marks as a match's first (B) and as a later (I)
        character, by kind: the matches of each sequence's text on its own."""
        count = len(batch.codes)
        limits = batch.bounds[1:][sequence_of]
        found = []
        for begin, end in self._dictionaries.matches(batch.codes, limits):
            inside = np.bincount(begin + 1, minlength=count + 1) - np.bincount(
                end, minlength=count + 1
            )
            found.append((begin, np.flatnonzero(np.cumsum(inside)[:count] > 0)))
        return found

    def _sum_rows(self, first: npt.NDArray[np.int32], rows: npt.NDArray[np.int32]) -> Floats:
        """``first`` row of the corpus-and-character table plus each template's row of
        state weights, in order, ``(labels, characters)``; a chunk at a time, so that the
        sums stay in cache."""
        count = len(first)
        scores = np.empty((len(self.model.labels), count))
        sums = np.empty((min(count, _SCORE_CHUNK), len(self.model.labels)))
        buffer = np.empty_like(sums)
        state = self.model.state
        for start in range(0, count, _SCORE_CHUNK):
            stop = min(start + _SCORE_CHUNK, count)
            chunk, part = sums[: stop - start], buffer[: stop - start]
            np.take(self._first, first[start:stop], axis=0, out=chunk)
            for template in rows[:, start:stop]:
                np.take(state, template, axis=0, out=part)
                chunk += part
            scores[:, start:stop] = chunk.T
        return scores

    def labels(self, batch: SequenceBatch) -> Ints:
        """The best label sequence of each sequence, as crfsuite's ``Tagger.tag`` finds it:
        one label index a character, back to back."""
        return self._infer(batch, self._scores(batch), "labels").labels

    def marginals(self, batch: SequenceBatch) -> Floats:
        """Each character's marginal probability of each label, ``(characters, labels)``,
        as crfsuite's ``Tagger.marginal`` gives them."""
        inferred = self._infer(batch, self._scores(batch), "marginals")
        assert inferred.marginals is not None
        return inferred.marginals

    def spans(self, batch: SequenceBatch) -> FoundSpans:
        """The entity spans of the best label sequences, read as kg's recogniser reads
        them: a B- label, or an I- label that does not go on a span of its kind, opens a
        span; the I- labels of its kind that follow go on it."""
        inferred = self._infer(batch, self._scores(batch), "spans")
        positions = np.flatnonzero(inferred.opens | inferred.goes_on)
        opens = np.flatnonzero(inferred.opens[positions])
        starts = positions[opens]
        if len(starts):
            ends = positions[np.append(opens[1:], len(positions)) - 1] + 1
            confidence = np.minimum.reduceat(inferred.values[positions], opens)
        else:
            ends, confidence = starts.copy(), np.zeros(0)
        sequence = np.searchsorted(batch.bounds, starts, "right") - 1
        kinds = self._label_kind[inferred.labels[starts]]
        return FoundSpans(
            sequence, starts, ends, tuple(self._kinds[k] for k in kinds.tolist()), confidence
        )

    def _infer(self, batch: SequenceBatch, scores: Floats, want: str) -> _Inference:
        """Viterbi over buckets of sequences of similar lengths; then, as ``want`` asks,
        nothing more (``labels``), every marginal (``marginals``) or the spans and the
        marginals of their labels (``spans``), by forward-backward over the buckets that
        hold a span."""
        count = len(batch.codes)
        lengths = np.diff(batch.bounds)
        labels = np.zeros(count, np.int64)
        buckets = []
        for members in _buckets(lengths):
            size = lengths[members]
            steps = np.arange(int(size[0]))[:, None]
            where = batch.bounds[members] + np.minimum(steps, size - 1)
            emitted = np.take(scores, where, axis=1)
            valid = steps < size
            labels[where[valid]] = self._viterbi(emitted, size)[valid]
            buckets.append((size, where, valid, emitted))
        none = np.zeros(0, bool)
        if want == "labels":
            return _Inference(labels, none, none, np.zeros(0), None)
        if want == "marginals":
            marginals = np.zeros((count, len(self.model.labels)))
            for size, where, valid, emitted in buckets:
                alpha, beta, scale = self._forward_backward(emitted, size)
                product = alpha * beta / scale[:, None, :]
                marginals[where[valid]] = product.transpose(0, 2, 1)[valid]
            return _Inference(labels, none, none, np.zeros(0), marginals)
        kind = self._label_kind[labels]
        inside = self._label_inside[labels]
        continues = np.zeros(count, bool)
        continues[1:] = inside[1:] & (kind[1:] == kind[:-1]) & (kind[:-1] >= 0)
        continues[batch.bounds[:-1][lengths > 0]] = False
        opens = self._label_begins[labels] | (inside & ~continues)
        member = opens | continues
        wanted = np.where(opens, self._kind_begin[kind], self._kind_inside[kind])
        if (wanted[member] < 0).any():
            raise ValueError("the model has an I- label without its B- label, or the reverse")
        values = np.zeros(count)
        for size, where, valid, emitted in buckets:
            chosen = member[where] & valid
            columns = np.flatnonzero(chosen.any(axis=0))
            if not len(columns):
                continue
            if 2 * len(columns) < len(size):
                emitted, size, where, chosen = (
                    emitted[:, :, columns],
                    size[columns],
                    where[:, columns],
                    chosen[:, columns],
                )
            alpha, beta, scale = self._forward_backward(emitted, size)
            step, column = np.nonzero(chosen)
            flat = where[step, column]
            label = wanted[flat]
            values[flat] = (
                alpha[step, label, column] * beta[step, label, column] / scale[step, column]
            )
        return _Inference(labels, opens, continues, values, None)

    def _viterbi(self, emitted: Floats, lengths: Ints) -> Ints:
        """The best labels ``(steps, sequences)`` of a bucket whose scores are
        ``(labels, steps, sequences)``, sequences longest first.

        crfsuite's recursion: ``score[t][j] = max_i(score[t-1][i] + transition[i][j]) +
        state[t][j]``, the back link to the first ``i`` that reaches the maximum, and the
        last label the first that reaches the best final score. The back links are not
        kept: the same sums, computed again when going back, give the same first maximum.
        """
        count_labels, steps, count = emitted.shape
        best = np.empty((steps, count_labels, count))
        best[0] = emitted[:, 0]
        transition = self.model.transition
        # transition[i][j] for every sequence, laid out as the sums are: adding two arrays
        # that both run along the sequences is faster than broadcasting a column.
        spread = np.ascontiguousarray(
            np.broadcast_to(transition[:, :, None], (*transition.shape, count))
        )
        sums = np.empty_like(spread)
        for step in range(1, steps):
            np.add(best[step - 1][:, None, :], spread, out=sums)
            np.max(sums, axis=0, out=best[step])
            best[step] += emitted[:, step]
        last = lengths - 1
        columns = np.arange(count)
        final = np.argmax(best[last, :, columns], axis=1)
        ending = _ending_at(lengths)
        labels = np.empty((steps, count), np.int64)
        current = np.zeros(count, np.int64)
        for step in range(steps - 1, -1, -1):
            begin, end = ending.get(step, (0, 0))
            current[begin:end] = final[begin:end]
            labels[step] = current
            if step:
                current = np.argmax(best[step - 1] + transition[:, current], axis=0)
        return labels

    def _forward_backward(
        self, emitted: Floats, lengths: Ints, careful: bool = False
    ) -> tuple[Floats, Floats, Floats]:
        """crfsuite's scaled forward and backward scores ``(steps, labels, sequences)`` and
        scale factors ``(steps, sequences)`` of a bucket whose scores are ``(labels,
        steps, sequences)``, sequences longest first: the marginal of label ``l`` at step
        ``t`` is ``alpha[t, l] * beta[t, l] / scale[t]``.

        The products with the transition matrix are matrix products (BLAS, on one thread
        at a bucket's width), which sum in another order than crfsuite's loops: the
        marginals differ from crfsuite's in the last bits, as ``exp`` makes them anyway.
        Where the forward scores of a step sum to zero, crfsuite scales by 1: done
        ``careful``-ly, only when a first pass meets such a step.
        """
        count_labels, steps, count = emitted.shape
        exp_state = np.exp(emitted)
        into = np.ascontiguousarray(self._exp_transition.T)
        out_of = self._exp_transition
        alpha = np.empty((steps, count_labels, count))
        beta = np.empty_like(alpha)
        scale = np.empty((steps, count))
        with np.errstate(divide="ignore", invalid="ignore"):
            for step in range(steps):
                if step:
                    np.matmul(into, alpha[step - 1], out=alpha[step])
                    alpha[step] *= exp_state[:, step]
                else:
                    alpha[0] = exp_state[:, 0]
                np.sum(alpha[step], axis=0, out=scale[step])
                if careful:
                    scale[step][scale[step] == 0] = 1.0
                np.reciprocal(scale[step], out=scale[step])
                alpha[step] *= scale[step]
        if not np.isfinite(scale).all() and not careful:
            return self._forward_backward(emitted, lengths, careful=True)
        ending = _ending_at(lengths)
        longer = np.searchsorted(-lengths, -np.arange(steps), "left")
        for step in range(steps - 1, -1, -1):
            if step < steps - 1:
                np.matmul(out_of, beta[step + 1] * exp_state[:, step + 1], out=beta[step])
                beta[step] *= scale[step]
            # Sequences that end before this step start here: 1, then their own end.
            beta[step][:, longer[step] :] = 1.0
            begin, end = ending.get(step, (0, 0))
            beta[step][:, begin:end] = scale[step, begin:end]
        return alpha, beta, scale


@dataclass(frozen=True, eq=False)
class _Inference:
    """Per character: the best label, whether it opens or goes on a span, and the
    marginal of the label that makes the span's confidence."""

    labels: Ints
    opens: Bools
    goes_on: Bools
    values: Floats
    marginals: Floats | None


class _IntegerMap:
    """Non-negative integer keys -> rows of values, looked up for whole arrays at once:
    open addressing with linear probing, laid out with a running maximum (sorted by home
    slot, each key takes its home or the slot after the previous key's, whichever is
    later), in a table eight times the number of keys."""

    _MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)

    def __init__(self, keys: Ints, values: npt.NDArray[np.int32], missing: int) -> None:
        self._shift = np.uint64(64 - max(int(np.ceil(np.log2(max(len(keys), 1) * 8))), 4))
        self._missing = missing
        home = self._home(keys)
        order = np.argsort(home, kind="stable")
        index = np.arange(len(keys))
        slot = np.maximum.accumulate(home[order] - index) + index
        size = max(int(slot[-1]) + 2 if len(keys) else 1, (1 << (64 - int(self._shift))) + 1)
        self._keys = np.full(size, -1, np.int64)
        self._values = np.full((size, values.shape[1]), missing, np.int32)
        self._keys[slot] = keys[order]
        self._values[slot] = values[order]

    def _home(self, keys: Ints) -> Ints:
        return ((keys.view(np.uint64) * self._MULTIPLIER) >> self._shift).view(np.int64)

    def __call__(self, keys: Ints) -> npt.NDArray[np.int32]:
        """The rows of ``keys`` (``missing`` where a key is not in the map)."""
        slot = self._home(keys)
        stored = self._keys[slot]
        found = self._values[slot]
        missed = np.flatnonzero(stored != keys)
        found[missed] = self._missing
        pending = missed[stored[missed] >= 0]
        keys, slot = keys[pending], slot[pending]
        while len(pending):
            slot = slot + 1
            stored = self._keys[slot]
            hit = stored == keys
            found[pending[hit]] = self._values[slot[hit]]
            more = ~hit & (stored >= 0)
            pending, keys, slot = pending[more], keys[more], slot[more]
        return found


def _ending_at(lengths: Ints) -> dict[int, tuple[int, int]]:
    """Step -> the columns (a range, lengths sorted longest first) of the sequences whose
    last character is at that step."""
    steps, starts = np.unique(lengths[::-1] - 1, return_index=True)
    count = len(lengths)
    ends = count - starts
    begins = np.append(ends[1:], 0)
    return dict(zip(steps.tolist(), zip(begins.tolist(), ends.tolist(), strict=True), strict=True))


def _buckets(lengths: Ints) -> list[Ints]:
    """The non-empty sequences in buckets for Viterbi, longest first within each.

    A bucket costs its longest length times (a step's overhead + its number of
    sequences); the split over lengths sorted longest first that costs least is found by
    dynamic programming over the distinct lengths. A bucket over the size limit is cut
    into equal parts.
    """
    order = np.argsort(-lengths, kind="stable")
    order = order[lengths[order] > 0]
    if not len(order):
        return []
    distinct, first = np.unique(-lengths[order], return_index=True)
    longest = -distinct.astype(np.float64)
    before = first.astype(np.float64)  # sequences longer than each distinct length
    count = len(order)
    cost = np.zeros(len(distinct) + 1)
    cut = np.zeros(len(distinct) + 1, np.int64)
    sizes = np.append(before, count)
    for end in range(1, len(distinct) + 1):
        candidates = cost[:end] + longest[:end] * (_STEP_OVERHEAD + sizes[end] - before[:end])
        cut[end] = int(np.argmin(candidates))
        cost[end] = candidates[cut[end]]
    bounds = [len(distinct)]
    while bounds[-1]:
        bounds.append(int(cut[bounds[-1]]))
    buckets = []
    for high, low in zip(bounds[1:][::-1], bounds[:-1][::-1], strict=True):
        members = order[int(sizes[high]) : int(sizes[low])]
        parts = max(
            -(-len(members) * int(longest[high]) // _BUCKET_CELLS),
            -(-len(members) // _BUCKET_WIDTH),
            1,
        )
        buckets.extend(np.array_split(members, parts))
    return buckets
