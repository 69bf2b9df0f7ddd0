"""The one exception hierarchy of kg; every message names the article and what to do."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class IngestError(KgError):
    """An article could not be read.

    Attributes:
        source: The path or article id that failed.
        line: The line number within a JSON Lines file, where it applies.
        reason: What went wrong and what to do about it.
    """

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type, tuple[str, str, int | None]]:
        return type(self), (self.source, self.reason, self.line)


class ExtractionError(KgError):
    """An extractor failed on an article, or the article is past a limit.

    Attributes:
        article: The article's id.
        extractor: The extractor that failed (``limits`` for a size or time limit).
        reason: What went wrong and what to do about it.
        path: The file the article came from, where known.
    """

    def __init__(self, article: str, extractor: str, reason: str, path: str | None = None) -> None:
        self.article = article
        self.extractor = extractor
        self.reason = reason
        self.path = path
        where = f"article {article}" + (f" ({path})" if path else "")
        if extractor == "limits":
            super().__init__(f"{where}: {reason}")
        else:
            super().__init__(f"{where}: extractor {extractor!r} failed: {reason}")

    def __reduce__(self) -> tuple[type, tuple[str, str, str, str | None]]:
        return type(self), (self.article, self.extractor, self.reason, self.path)


class RegistryError(KgError):
    """A name was asked for that no registry knows."""
