"""Training the recogniser's CRF, reproducibly: the corpora are read in a fixed order, the
entity-swapped copies are drawn with a fixed seed and L-BFGS has no randomness, so the
same data and settings give the same model file."""

from __future__ import annotations

import random
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.ner.corpora import Example, read_cluener, read_peoples_daily
from kg.ner.features import TYPE_LABELS, sequence_features
from kg.nlp.segment import Segmenter, get_segmenter

#: Settings of the shipped model (chosen by cross-validation on the training corpora).
DEFAULT_C1 = 0.5
DEFAULT_C2 = 0.01
DEFAULT_MAX_ITERATIONS = 150
#: The types whose entities :func:`augment` swaps: names, which no list holds all of. Posts
#: are a closed vocabulary the model learns as written, and CLUENER's post spans run on
#: into the bodies before them (国务院发展研究中心社会发展研究部副部长): swapped in elsewhere,
#: they teach that a post may swallow the body it follows.
SWAPPED_TYPES = frozenset({"Person", "Organization", "Place"})
#: Entity-swapped copies of each training sentence, by convention (see :func:`augment`;
#: People's Daily, the smaller corpus, gets more; chosen on held-out blocks).
DEFAULT_COPIES: Mapping[str, int] = {"cluener": 1, "pd": 4}


@dataclass(frozen=True, slots=True)
class TrainingReport:
    """What a training run did.

    Attributes:
        output: The model file written.
        sentences: Training sentences by corpus convention.
        copies: Entity-swapped copies trained on, by corpus convention.
        characters: Training characters (copies included).
        c1: L1 regularisation weight.
        c2: L2 regularisation weight.
        max_iterations: L-BFGS iteration limit.
        iterations: Iterations run.
        features: State features kept in the model (non-zero weights).
        seconds: Wall time of feature extraction and training.
        model_bytes: Size of the model file.
    """

    output: Path
    sentences: dict[str, int]
    copies: dict[str, int]
    characters: int
    c1: float
    c2: float
    max_iterations: int
    iterations: int
    features: int
    seconds: float
    model_bytes: int
    labels: tuple[str, ...] = field(default=())


def bio_labels(example: Example) -> list[str]:
    """The BIO label of each character of ``example`` (a span overlapping one before it is
    left out)."""
    labels = ["O"] * len(example.text)
    covered = 0
    for begin, end, kind in example.spans:
        if begin < covered or end > len(labels) or begin >= end:
            continue
        label = TYPE_LABELS[kind]
        labels[begin] = "B-" + label
        for position in range(begin + 1, end):
            labels[position] = "I-" + label
        covered = end
    return labels


def augment(
    examples: Sequence[Example], copies: Mapping[str, int], *, seed: int = 0
) -> list[Example]:
    """Copies of ``examples`` with every entity of :data:`SWAPPED_TYPES` swapped for another
    of the same type and convention from ``examples``: the same contexts around names
    never seen, so that the model learns the contexts rather than the names.

    Args:
        examples: The training sentences.
        copies: Convention -> how many altered copies of each of its sentences with an
            entity to swap.
        seed: The seed of the choice of replacements (the same seed, the same copies).

    Returns:
        The copies, round after round, each round in the order of ``examples``.
    """
    pools: dict[tuple[str, str], set[str]] = {}
    for example in examples:
        for begin, end, kind in example.spans:
            pools.setdefault((example.convention, kind), set()).add(example.text[begin:end])
    choices = {key: sorted(names) for key, names in pools.items()}
    chooser = random.Random(seed)
    altered: list[Example] = []
    for round_ in range(max(copies.values(), default=0)):
        for example in examples:
            if copies.get(example.convention, 0) <= round_ or not any(
                kind in SWAPPED_TYPES for _, _, kind in example.spans
            ):
                continue
            pieces: list[str] = []
            spans: list[tuple[int, int, str]] = []
            position = length = 0
            for begin, end, kind in example.spans:
                if begin < position:
                    continue
                pieces.append(example.text[position:begin])
                length += begin - position
                name = (
                    chooser.choice(choices[example.convention, kind])
                    if kind in SWAPPED_TYPES
                    else example.text[begin:end]
                )
                pieces.append(name)
                spans.append((length, length + len(name), kind))
                length += len(name)
                position = end
            pieces.append(example.text[position:])
            altered.append(Example("".join(pieces), tuple(spans), example.convention))
    return altered


def featurise(
    example: Example, segmenter: Segmenter, convention: str | None = None
) -> list[list[str]]:
    """The CRF features of ``example``'s characters (by its own convention unless told)."""
    pairs = segmenter.tag(example.text)
    words = [word for word, _ in pairs]
    tags = [tag for _, tag in pairs]
    return sequence_features(example.text, words, tags, convention or example.convention)


def read_corpora(cluener: Path | None, peoples_daily: Iterable[Path]) -> Iterator[Example]:
    """The training examples: CLUENER first, then the People's Daily files in order."""
    if cluener is not None:
        yield from read_cluener(cluener)
    for path in peoples_daily:
        yield from read_peoples_daily(path)


def train_examples(
    output: Path,
    examples: Iterable[Example],
    *,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
    copies: Mapping[str, int] | None = None,
    segmenter: Segmenter | None = None,
) -> TrainingReport:
    """Train a model on ``examples`` and their entity-swapped copies (:func:`augment`) and
    write it to ``output``.

    Args:
        output: The model file to write (its folder is created).
        examples: The annotated sentences, in the order to train on.
        c1: L1 regularisation weight (prunes features: a smaller model).
        c2: L2 regularisation weight.
        max_iterations: L-BFGS iteration limit.
        copies: Convention -> entity-swapped copies of each of its sentences (``None``:
            :data:`DEFAULT_COPIES`).
        segmenter: The segmenter whose words and tags the features use (``None``: kg's
            default, the one the recogniser uses at run time).
    """
    import pycrfsuite

    started = time.perf_counter()
    segmenter = segmenter or get_segmenter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.possible_transitions": True,
        }
    )
    originals = [example for example in examples if example.text]
    swapped_copies = augment(originals, DEFAULT_COPIES if copies is None else copies)
    sentences: dict[str, int] = {}
    swapped: dict[str, int] = {}
    characters = 0
    for number, example in enumerate([*originals, *swapped_copies]):
        trainer.append(featurise(example, segmenter), bio_labels(example))
        counts = sentences if number < len(originals) else swapped
        counts[example.convention] = counts.get(example.convention, 0) + 1
        characters += len(example.text)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(output))
    info = tagger.info()
    log = trainer.logparser
    return TrainingReport(
        output=output,
        sentences=sentences,
        copies=swapped,
        characters=characters,
        c1=c1,
        c2=c2,
        max_iterations=max_iterations,
        iterations=len(log.iterations),
        features=len(info.state_features),
        seconds=time.perf_counter() - started,
        model_bytes=output.stat().st_size,
        labels=tuple(sorted(info.labels)),
    )


def train(
    output: Path,
    *,
    cluener: Path | None,
    peoples_daily: list[Path],
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
    segmenter: Segmenter | None = None,
) -> TrainingReport:
    """Train a model on CLUENER (``train.json``) and People's Daily files and write it to
    ``output``.

    Args:
        output: The model file to write.
        cluener: CLUENER2020 ``train.json`` (``None``: none).
        peoples_daily: People's Daily NER files (``char tag`` lines).
        c1: L1 regularisation weight.
        c2: L2 regularisation weight.
        max_iterations: L-BFGS iteration limit.
        segmenter: The segmenter for word features (``None``: kg's default).
    """
    return train_examples(
        output,
        read_corpora(cluener, peoples_daily),
        c1=c1,
        c2=c2,
        max_iterations=max_iterations,
        segmenter=segmenter,
    )
