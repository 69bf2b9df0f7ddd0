"""Character features for the entity recogniser's CRF.

One list of feature strings a character, built one sequence (a sentence or a run of
clauses) at a time. Per-character Python work is what the recogniser costs, so each
feature is one string concatenation over precomputed per-sequence tables: the
normalised characters, their classes, the word each character is in and the dictionary
matches over the sequence.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg import resources
from kg.nlp.lexicon import alternation

#: Entity labels of the CRF (BIO over these) and the span types they stand for.
LABEL_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "POST": "Post"}
TYPE_LABELS = {kind: label for label, kind in LABEL_TYPES.items()}

#: The span conventions the model was trained on, one a corpus: the value of the
#: corpus-indicator feature every character carries.
CONVENTIONS = ("cluener", "pd")

_PAD = "\x02\x02"
_END = "\x03\x03"


def _translation_tables() -> tuple[dict[int, str], dict[int, str]]:
    """Character -> normalised character, and character -> class letter."""
    normal: dict[int, str] = {}
    classes: dict[int, str] = {}
    for code in range(0x4E00, 0xA000):
        classes[code] = "H"
    for ch in string.digits + "０１２３４５６７８９":
        normal[ord(ch)] = "0"
        classes[ord(ch)] = "D"
    for ch in "〇一二三四五六七八九十百千万亿两":
        classes[ord(ch)] = "N"
    for ch in string.ascii_letters:
        normal[ord(ch)] = ch.lower()
        classes[ord(ch)] = "L"
    for offset in range(26):
        for base in (0xFF21, 0xFF41):
            normal[base + offset] = chr(ord("a") + offset)
            classes[base + offset] = "L"
    for ch in string.punctuation + "，。、；：？！“”‘’（）《》【】—…·「」『』〈〉％":
        classes[ord(ch)] = "P"
    for ch in " \t\n\u3000":
        normal[ord(ch)] = "_"
        classes[ord(ch)] = "S"
    return normal, classes


_NORMAL, _CLASSES = _translation_tables()
_CLASS_LETTERS = frozenset("HDNLPS")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """kg's shipped dictionaries as one pattern a kind, matched longest first.

    Attributes:
        patterns: Feature prefix -> compiled alternation of the words of that kind.
        words: Feature prefix -> the words of that kind (what its pattern matches).
    """

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    words: tuple[tuple[str, frozenset[str]], ...] = ()

    def marks(self, text: str) -> dict[int, list[str]]:
        """Position in ``text`` -> the dictionary features of that character (kind
        conjoined with B for the first character of a match, I for the others)."""
        marks: dict[int, list[str]] = {}
        for kind, pattern in self.patterns:
            for match in pattern.finditer(text):
                begin, end = match.span()
                marks.setdefault(begin, []).append(kind + "B")
                for position in range(begin + 1, end):
                    marks.setdefault(position, []).append(kind + "I")
        return marks


@cache
def gazetteer() -> Gazetteer:
    """The dictionaries kg ships, as feature patterns (built once)."""
    # Not the counties (counties.txt): thousands of names the training text hardly holds,
    # which make the feature say less of the places it does (measured: persons' and
    # places' confidence fell, and names at the threshold were lost).
    places = set(resources.places(counties=False)) | set(resources.place_short_forms())
    organizations = (
        set(resources.organizations()) | set(resources.local_bodies()) | set(resources.aliases())
    )
    kinds = {
        "gL": places,
        "gO": organizations,
        "gT": set(resources.titles()),
        "gP": set(resources.persons()),
        "gS": set(resources.org_suffixes()),
    }
    kept = tuple((kind, frozenset(words)) for kind, words in kinds.items() if words)
    return Gazetteer(
        tuple((kind, re.compile(alternation(words))) for kind, words in kept), kept
    )


def word_lists_digest() -> str:
    """A digest of the word lists the features read: the gazetteer's words, the surnames
    and the segmenter's user dictionary. The shipped model records the digest it was
    trained with (``model.json``); a change to these lists changes the model that
    ``scripts/train_ner.py`` builds, and wants the model built again."""
    digest = hashlib.sha256()
    for kind, words in gazetteer().words:
        digest.update(f"{kind}:{' '.join(sorted(words))}\n".encode())
    digest.update(f"surnames:{''.join(sorted(_surnames()))}\n".encode())
    for word, frequency, tag in sorted(resources.user_dictionary()):
        digest.update(f"{word} {frequency} {tag}\n".encode())
    return digest.hexdigest()[:16]


@cache
def _surnames() -> frozenset[str]:
    return frozenset(name for name in resources.surnames() if len(name) == 1)


def sequence_features(
    text: str, words: Sequence[str], tags: Sequence[str], convention: str
) -> list[list[str]]:
    """The features of each character of ``text``.

    Args:
        text: The sequence (a sentence, or clauses of one).
        words: Its words, which concatenate back to ``text``.
        tags: Their part-of-speech tags.
        convention: The span convention to tag by (one of :data:`CONVENTIONS`).

    Returns:
        One list of feature strings a character.
    """
    norm = _PAD + text.translate(_NORMAL) + _END
    classes = "SS" + "".join(
        ch if ch in _CLASS_LETTERS else "O" for ch in text.translate(_CLASSES)
    ) + "SS"
    # The word each character is in: its position in the word with the word's tag, and
    # the tags of the words either side.
    in_word: list[str] = []
    around: list[str] = []
    previous_tag = "^"
    count = len(words)
    for index, (word, tag) in enumerate(zip(words, tags, strict=True)):
        next_tag = tags[index + 1] if index + 1 < count else "$"
        context = previous_tag + "|" + next_tag
        size = len(word)
        if size == 1:
            in_word.append("S" + tag)
        else:
            in_word.append("B" + tag)
            in_word.extend(["M" + tag] * (size - 2))
            in_word.append("E" + tag)
        around.extend([context] * size)
        previous_tag = tag
    marks = gazetteer().marks(text)
    surnames = _surnames()
    corpus = "corpus=" + convention
    rows: list[list[str]] = []
    for i in range(len(text)):
        j = i + 2
        c = norm[j]
        left = norm[j - 1]
        right = norm[j + 1]
        word = in_word[i]
        row = [
            corpus,
            "c" + c,
            "l" + left,
            "r" + right,
            "L" + norm[j - 2],
            "R" + norm[j + 2],
            "lc" + left + c,
            "cr" + c + right,
            "lr" + left + right,
            "k" + classes[j - 1 : j + 2],
            "w" + word,
            "a" + around[i],
            convention + word,
        ]
        if c in surnames and word[0] in "BS":
            row.append("sn" + word[0])
        mark = marks.get(i)
        if mark:
            row.extend(mark)
            row.extend([convention + m for m in mark])
        rows.append(row)
    return rows
