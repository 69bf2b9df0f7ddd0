"""Build the entity recogniser's shipped model, reproducibly (``make ner-model``).

Trains on CLUENER2020 ``train.json`` and People's Daily NER ``example.dev`` from
``../shared/data`` (never on the sets ``benchmarks/ner_eval.py`` scores: CLUENER
``dev.json`` and People's Daily ``example.test``) and writes
``src/kg/resources/ner/model.crfsuite`` with a ``model.json`` beside it that records the
data and settings.

``--holdout K`` instead holds out every K-th block of consecutive sentences of each
training corpus, trains on the rest and prints exact-span F1 on the held-out sentences per
type: the cross-validation by which the settings were chosen. Blocks rather than single
sentences, because neighbouring sentences come from one article and share its names: a
sentence held out next to its neighbours would flatter a model that memorises names.

Run from the repository root::

    .venv/bin/python scripts/train_ner.py [--c1 C1] [--c2 C2] [--max-iterations N]
    .venv/bin/python scripts/train_ner.py --holdout 8 --c1 0.3 --output /tmp/model.crfsuite
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from kg.ner import Recognizer
from kg.ner.corpora import Example
from kg.ner.features import word_lists_digest
from kg.ner.score import score
from kg.ner.train import (
    DEFAULT_C1,
    DEFAULT_C2,
    DEFAULT_COPIES,
    DEFAULT_MAX_ITERATIONS,
    TrainingReport,
    read_corpora,
    train_examples,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / ".." / "shared" / "data"
CLUENER = DATA / "cluener" / "train.json"
PEOPLES_DAILY = DATA / "peoples_daily_ner" / "example.dev"
#: Consecutive sentences held out together.
HOLDOUT_BLOCK = 100
MODEL = ROOT / "src" / "kg" / "resources" / "ner" / "model.crfsuite"


def main() -> int:
    """Train (or cross-validate) and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--c1", type=float, default=DEFAULT_C1)
    parser.add_argument("--c2", type=float, default=DEFAULT_C2)
    parser.add_argument("--max-iterations", type=int, default=DEFAULT_MAX_ITERATIONS)
    parser.add_argument("--output", type=Path, default=MODEL)
    parser.add_argument("--holdout", type=int, default=0, help="hold out every K-th block")
    parser.add_argument("--block", type=int, default=HOLDOUT_BLOCK, help="sentences a block")
    parser.add_argument(
        "--copies",
        type=int,
        default=DEFAULT_COPIES["cluener"],
        help="entity-swapped copies of each CLUENER sentence",
    )
    parser.add_argument(
        "--pd-copies",
        type=int,
        default=DEFAULT_COPIES["pd"],
        help="entity-swapped copies of each People's Daily sentence",
    )
    args = parser.parse_args()
    if not CLUENER.exists() or not PEOPLES_DAILY.exists():
        print(f"training data not found under {DATA.resolve()}: nothing done", file=sys.stderr)
        return 1
    examples = list(read_corpora(CLUENER, [PEOPLES_DAILY]))
    if args.holdout:
        return cross_validate(examples, args)
    report = train(args.output, examples, args)
    print_report(report)
    write_card(report, args)
    return 0


def cross_validate(examples: list[Example], args: argparse.Namespace) -> int:
    """Train on all but every K-th block of each corpus; score the held-out ones."""
    seen: dict[str, int] = {}
    training: list[Example] = []
    held_out: list[Example] = []
    for example in examples:
        index = seen[example.convention] = seen.get(example.convention, -1) + 1
        block = index // args.block
        (held_out if block % args.holdout == 0 else training).append(example)
    report = train(args.output, training, args)
    print_report(report)
    for convention in ("cluener", "pd"):
        recognizer = Recognizer(report.output, convention=convention, gate=False)
        scores = score(
            (example.spans, [(s.start, s.end, s.type) for s in recognizer.spans(example.text)])
            for example in held_out
            if example.convention == convention
        )
        row = "  ".join(
            f"{kind} {entry.f1:.3f}" for kind, entry in sorted(scores.items()) if entry.gold
        )
        print(f"held out {convention:8} {row}")
    return 0


def train(output: Path, examples: list[Example], args: argparse.Namespace) -> TrainingReport:
    """Train on ``examples`` with the settings of the command line."""
    return train_examples(
        output,
        examples,
        c1=args.c1,
        c2=args.c2,
        max_iterations=args.max_iterations,
        copies={"cluener": args.copies, "pd": args.pd_copies},
    )


def print_report(report: TrainingReport) -> None:
    """Print what the training did."""
    print(
        f"{report.output}: {report.model_bytes / 1e6:.2f} MB, {report.features} features, "
        f"{report.iterations} iterations, {report.seconds:.0f} s; sentences {report.sentences}, "
        f"copies {report.copies}, "
        f"{report.characters} characters; c1={report.c1} c2={report.c2}"
    )


def write_card(report: TrainingReport, args: argparse.Namespace) -> None:
    """Record the model's data and settings beside it (``model.json``)."""
    card = {
        "model": report.output.name,
        "trained_on": {
            "cluener/train.json": _digest(CLUENER),
            "peoples_daily_ner/example.dev": _digest(PEOPLES_DAILY),
        },
        "terms": "CLUENER2020 and People's Daily NER state no license; see README",
        "word_lists": word_lists_digest(),
        "sentences": report.sentences,
        "copies": report.copies,
        "characters": report.characters,
        "c1": report.c1,
        "c2": report.c2,
        "max_iterations": report.max_iterations,
        "copies_per_sentence": {"cluener": args.copies, "pd": args.pd_copies},
        "iterations": report.iterations,
        "features": report.features,
        "labels": list(report.labels),
    }
    path = report.output.with_name("model.json")
    path.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _digest(path: Path) -> str:
    """The first 16 hex digits of the file's sha256 (as ``../shared/data/README.md`` lists)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


if __name__ == "__main__":
    sys.exit(main())
