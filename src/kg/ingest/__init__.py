"""Reading articles: plain text with news headers, JSON Lines and JSON, saved HTML pages.

:func:`load_articles` streams the articles of files and directory trees, choosing a
reader by file extension from :data:`READERS`; a new kind of input plugs in by adding
its extension there. :func:`read_text` makes an article of a string.

Bad input costs the articles it holds and no more: each article that cannot be read is
one :class:`~kg.errors.IngestError` (the file, its line where there is one, what went
wrong and what to do), and loading goes on. Files are decoded from UTF-8, or from
GB18030/GBK or Big5 with a note; notes go to the ``kg.ingest`` logger at INFO.
"""

from __future__ import annotations

import inspect
import itertools
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import IngestError
from kg.ingest._ids import ArticleIds, duplicate
from kg.ingest.html import read_html
from kg.ingest.jsonl import read_json, read_jsonl
from kg.ingest.text import read_text, read_text_file
from kg.model import Article

__all__ = ["READERS", "Reader", "count_articles", "load_articles", "read_text"]

#: A reader takes a file and yields its articles, and an error for each article it
#: cannot read but can read past; it raises IngestError when the whole file is unreadable.
#: A reader of files holding many articles may take a keyword argument ``ids``, the
#: :class:`~kg.ingest._ids.ArticleIds` of the load, to report duplicate ids with their
#: line; for other readers, the loader reports them.
Reader = Callable[[Path], Iterator[Article | IngestError]]

#: Readers by lower-case file extension.
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".html": read_html,
    ".htm": read_html,
}

#: Directories with at most this many entries are read in name order; a larger one is
#: read in the order the file system lists it, so that it is streamed, not held in memory.
_SORT_LIMIT = 10_000


def load_articles(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    errors: Callable[[IngestError], object] | None = None,
) -> Iterator[Article]:
    """Stream the articles of files and directories.

    Directories are walked recursively, one entry at a time; there, files with an
    extension in :data:`READERS` are read, others and hidden entries (names starting with
    ``.``) are skipped, and so are symbolic links to directories (a link cycle cannot
    loop). A directory of at most 10,000 entries is read in name order; a larger one (a
    million files) in the order the file system lists it, without listing it whole first.
    A file named explicitly must have an extension in :data:`READERS`; a broken
    symbolic link named so is an error, like a missing file.

    An article whose id was already read in this call (in the same file or another) is
    an error, as the build keeps one article per id. Only the ids and where they were
    first seen are kept, not the articles: about 100 bytes per article.

    Args:
        paths: Files and directories, or one of them.
        errors: Called with the error of each article that cannot be read, after which
            loading goes on; when None, that error is raised.

    Yields:
        The articles, in the order of ``paths`` and, within a directory, of names (or of
        the directory's listing, in a directory of more than 10,000 entries).

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
    ids = ArticleIds()
    takes_ids: dict[str, bool] = {}
    for file in _files(paths):
        if isinstance(file, IngestError):
            yield file
            continue
        suffix = file.suffix.lower()
        reader = READERS[suffix]
        if suffix not in takes_ids:
            takes_ids[suffix] = _takes_ids(reader)
        try:
            if takes_ids[suffix]:
                yield from reader(file, ids=ids)  # type: ignore[call-arg]
                continue
            for item in reader(file):
                if isinstance(item, Article) and (first := ids.claim(item.id, str(file))):
                    yield IngestError(str(file), duplicate(item.id, first))
                else:
                    yield item
        except IngestError as error:
            yield error
        except OSError as error:
            yield IngestError(str(file), _cannot_read(error))
        except Exception as error:  # a reader's bug (or its parser's) costs one file, named
            yield IngestError(str(file), _reader_failed(error))


def _takes_ids(reader: Reader) -> bool:
    """Whether ``reader`` reports duplicate ids itself, given the ids of the load."""
    try:
        return "ids" in inspect.signature(reader).parameters
    except (TypeError, ValueError):  # no signature to inspect
        return False


def _cannot_read(error: OSError) -> str:
    """Why a file cannot be read, and what to do."""
    if isinstance(error, PermissionError):
        return "cannot read the file (permission denied); make it readable (chmod +r)"
    return f"cannot read the file ({_strerror(error)}); check the file and the disk"


def _reader_failed(error: Exception) -> str:
    """The reason for an unexpected error of a reader: a bug, to be reported."""
    shown = " ".join(repr(error).split())
    if len(shown) > 200:
        shown = shown[:197] + "..."
    return f"the reader failed ({shown}); this is a bug in kg: report it with the file"


def _cannot_list(error: OSError) -> str:
    """Why a directory cannot be listed, and what to do."""
    if isinstance(error, PermissionError):
        return "cannot list the directory (permission denied); make it readable (chmod +rx)"
    return f"cannot list the directory ({_strerror(error)}); check the directory and the disk"


def _strerror(error: OSError) -> str:
    reason = error.strerror or str(error) or type(error).__name__
    return reason[:1].lower() + reason[1:]


def _files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """The files to read, and an error for each path that cannot be read."""
    for given in paths:
        path = Path(given)
        source = str(path)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            yield IngestError(source, _missing(path))
            continue
        except (OSError, ValueError) as error:  # ValueError: a NUL in the path
            reason = _strerror(error) if isinstance(error, OSError) else str(error)
            yield IngestError(source, f"cannot read the path ({reason}); check the path")
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path)
        elif path.suffix.lower() not in READERS:
            kinds = ", ".join(READERS)
            yield IngestError(source, f"not a kind of file kg reads; give one of {kinds}")
        elif not stat.S_ISREG(mode):
            yield IngestError(
                source, "not a regular file (a device, pipe or socket); give a file or directory"
            )
        else:
            yield path


def _missing(path: Path) -> str:
    """Why ``path``, which does not exist, cannot be read: a broken link or a wrong path."""
    try:
        target = os.readlink(path)
    except OSError:
        return "no such file or directory; check the path"
    return f"broken symbolic link (to {target}, which does not exist); fix or remove the link"


def _walk(top: Path) -> Iterator[Path | IngestError]:
    """The readable files under ``top``, depth first, and an error for each that cannot
    be listed or is a broken link. Iterative, so that no tree is too deep."""
    stack = [_entries(top)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, IngestError):
            yield entry
        elif not entry.name.startswith("."):
            try:
                # Symlinked directories are not followed, so a link cycle cannot loop forever.
                if entry.is_dir(follow_symlinks=False):
                    stack.append(_entries(Path(entry.path)))
                elif os.path.splitext(entry.name)[1].lower() not in READERS:
                    continue
                elif entry.is_file():
                    yield Path(entry.path)
                elif entry.is_symlink() and not os.path.exists(entry.path):
                    yield IngestError(entry.path, _missing(Path(entry.path)))
            except OSError as error:
                yield IngestError(entry.path, f"cannot read the path ({_strerror(error)})")


def _entries(directory: Path) -> Iterator[os.DirEntry[str] | IngestError]:
    """The entries of ``directory``: in name order when there are at most
    :data:`_SORT_LIMIT`, in the directory's own order (streamed) when there are more."""
    try:
        scan = os.scandir(directory)
    except OSError as error:
        yield IngestError(str(directory), _cannot_list(error))
        return
    with scan:
        try:
            first = list(itertools.islice(scan, _SORT_LIMIT + 1))
            if len(first) <= _SORT_LIMIT:
                first.sort(key=lambda entry: entry.name)
                yield from first
                return
            yield from first
            del first  # not held while the rest streams
            yield from scan
        except OSError as error:
            yield IngestError(str(directory), _cannot_list(error))


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
                total += sum(
                    chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b"")
                )
        except OSError:
            continue
    return total
