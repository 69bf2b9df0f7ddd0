"""The ids of the articles of one load, to turn away a second article with the same id."""

from __future__ import annotations

# A location packs the index of its file and the line (or item) number into one int.
_LINE_BITS = 40


class ArticleIds:
    """The ids seen so far in one :func:`~kg.ingest.load_articles` call, and where each
    was first seen.

    Only ids and packed locations are kept, never articles: memory grows by about 100
    bytes plus the id's length per distinct article (some 150 MB for a million), whatever
    the size of the articles.
    """

    def __init__(self) -> None:
        self._first: dict[str, int] = {}
        self._files: list[str] = []
        self._file_index: dict[str, int] = {}

    def claim(
        self, article_id: str, source: str, line: int | None = None, item: bool = False
    ) -> str | None:
        """Record that ``article_id`` was read at ``source`` (and ``line``).

        Args:
            article_id: The article's id.
            source: The file it was read from.
            line: Its line in a JSON Lines file, or its item number in a JSON array.
            item: Whether ``line`` is an item number rather than a line number.

        Returns:
            None for a new id; for one seen before, where it was first seen
            (``FILE:LINE``, ``FILE item N`` or ``FILE``), and nothing is recorded.
        """
        first = self._first.get(article_id)
        if first is not None:
            return self._where(first)
        index = self._file_index.get(source)
        if index is None:
            index = self._file_index[source] = len(self._files)
            self._files.append(source)
        number = (line or 0) << 1 | item
        self._first[article_id] = index << _LINE_BITS | number
        return None

    def _where(self, packed: int) -> str:
        source = self._files[packed >> _LINE_BITS]
        number = packed & ((1 << _LINE_BITS) - 1)
        if number >> 1 == 0:
            return source
        return f"{source} item {number >> 1}" if number & 1 else f"{source}:{number >> 1}"


def duplicate(article_id: str, first: str) -> str:
    """The reason for an article whose id was first seen at ``first``."""
    return f"duplicate id {article_id!r} (first seen at {first}); give each article its own id"
