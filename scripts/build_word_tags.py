"""Build the word table kg ships from jieba's dictionary, reproducibly (``make word-tags``).

Reads ``dict.txt`` of the installed jieba, keeps the words seen at least three times in
its corpus with their part-of-speech tags (a word listed twice keeps its last tag), and
writes ``src/kg/resources/jieba_words.marisa``, which :func:`kg.nlp.lexicon.dictionary_tags`
maps. ``tests/nlp/test_lexicon.py`` checks that the shipped file matches the installed jieba.

Run from the repository root::

    .venv/bin/python scripts/build_word_tags.py [--output PATH]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.nlp.lexicon import WORD_TAGS_FILE, WordTags, jieba_dictionary_entries

TARGET = Path(__file__).resolve().parent.parent / "src" / "kg" / "resources" / WORD_TAGS_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args()
    table = dict(jieba_dictionary_entries())
    WordTags.build(table).save(args.output)
    print(f"{len(table)} words -> {args.output} ({args.output.stat().st_size / 2**20:.1f} MB)")


if __name__ == "__main__":
    main()
