"""Training the recogniser's CRF, reproducibly: the corpora are read in a fixed order and
L-BFGS has no randomness, so the same data and settings give the same model file."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.ner.corpora import Example, read_cluener, read_peoples_daily
from kg.ner.features import TYPE_LABELS, sequence_features
from kg.nlp.segment import Segmenter, get_segmenter

#: Settings of the shipped model (chosen by cross-validation on the training corpora).
DEFAULT_C1 = 0.5
DEFAULT_C2 = 0.01
DEFAULT_MAX_ITERATIONS = 150


@dataclass(frozen=True, slots=True)
class TrainingReport:
    """What a training run did.

    Attributes:
        output: The model file written.
        sentences: Training sentences by corpus convention.
        characters: Training characters.
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
    segmenter: Segmenter | None = None,
) -> TrainingReport:
    """Train a model on ``examples`` and write it to ``output``.

    Args:
        output: The model file to write (its folder is created).
        examples: The annotated sentences, in the order to train on.
        c1: L1 regularisation weight (prunes features: a smaller model).
        c2: L2 regularisation weight.
        max_iterations: L-BFGS iteration limit.
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
    sentences: dict[str, int] = {}
    characters = 0
    for example in examples:
        if not example.text:
            continue
        trainer.append(featurise(example, segmenter), bio_labels(example))
        sentences[example.convention] = sentences.get(example.convention, 0) + 1
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
