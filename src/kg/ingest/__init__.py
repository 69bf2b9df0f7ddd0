"""Reading articles: plain text with news headers, JSON Lines and JSON, saved HTML pages.

:func:`load_articles` streams the articles of files and directory trees, choosing a
reader by file extension from :data:`READERS`; a new kind of input plugs in by adding
its extension there. :func:`read_text` makes an article of a string.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import IngestError
from kg.ingest.html import read_html
from kg.ingest.jsonl import read_json, read_jsonl
from kg.ingest.text import read_text, read_text_file
from kg.model import Article

__all__ = ["READERS", "Reader", "count_articles", "load_articles", "read_text"]

#: A reader takes a file and yields its articles, and an error for each article it
#: cannot read but can read past; it raises IngestError when the whole file is unreadable.
Reader = Callable[[Path], Iterator[Article | IngestError]]

#: Readers by lower-case file extension.
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".html": read_html,
    ".htm": read_html,
}


def load_articles(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    errors: Callable[[IngestError], object] | None = None,
) -> Iterator[Article]:
    """Stream the articles of files and directories.

    Directories are walked recursively in name order, one directory listing at a time;
    there, files with an extension in :data:`READERS` are read, others and hidden
    entries (names starting with ``.``) are skipped. A file named explicitly must have
    such an extension.

    Args:
        paths: Files and directories, or one of them.
        errors: Called with the error of each article that cannot be read, after which
            loading goes on; when None, that error is raised.

    Yields:
        The articles, in the order of ``paths`` and, within a directory, of names.

    Raises:
        IngestError: An article could not be read and ``errors`` is None.
    """
    # A lone string is iterable too, but as characters: take it as the one path meant.
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for item in _read_all(paths):
        if isinstance(item, Article):
            yield item
        elif errors is None:
            raise item
        else:
            errors(item)


def _read_all(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | IngestError]:
    """The articles of ``paths``, and an error for each that cannot be read."""
    for file in _files(paths):
        if isinstance(file, IngestError):
            yield file
            continue
        try:
            yield from READERS[file.suffix.lower()](file)
        except IngestError as error:
            yield error
        except OSError as error:
            yield IngestError(str(file), f"cannot read the file ({error.strerror})")


def _files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """The files to read, and an error for each path that cannot be read."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists():
            yield IngestError(str(path), "no such file or directory; check the path")
        elif path.suffix.lower() not in READERS:
            kinds = ", ".join(READERS)
            yield IngestError(str(path), f"not a kind of file kg reads; give one of {kinds}")
        else:
            yield path


def _walk(directory: Path) -> Iterator[Path | IngestError]:
    """The readable files under ``directory``, depth first in name order."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield IngestError(str(directory), f"cannot list the directory ({error.strerror})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        # Symlinked directories are not followed, so a link cycle cannot loop forever.
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file() and Path(entry.name).suffix.lower() in READERS:
            yield Path(entry.path)


def count_articles(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> int:
    """About how many articles ``paths`` hold, cheaply (for progress bars): a JSON Lines
    file counts its lines, any other file one, without parsing anything."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    total = 0
    for file in _files(paths):
        if isinstance(file, IngestError):
            continue
        if file.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with open(file, "rb") as handle:
                total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
        except OSError:
            continue
    return total
