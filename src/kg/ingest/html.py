"""Saved news pages (HTML), their main text extracted by trafilatura.

:attr:`Article.text` is the main text trafilatura extracts, not the HTML: every offset
refers to that text. Portal pages usually keep their header (headline, date and source
line) and editors footer inside the article, so the text is read by
:func:`~kg.ingest.text.read_text` like a ``.txt`` file; what that header says wins, and
the page metadata (``og:title``, publication date, site name, canonical URL) fills the
gaps.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import IngestError
from kg.ingest.text import read_text
from kg.model import Article

# trafilatura falls back to all the text of a page it finds no article in, so a list of
# links or a login form still comes back as "text"; an article has at least one sentence.
_SENTENCE = re.compile(r"[^\n。！？!?]{10,}[。！？!?]")

# trafilatura falls back to the text of the whole page when the main text it finds is short
# (under 250 characters: a few Chinese sentences); removing what is navigation by its tag
# keeps that fallback text clean. A page footer goes, an article's footer (editors) stays.
_NOT_ARTICLE = ["//nav", "//aside", "//footer[not(ancestor::article)]"]


def read_html(path: Path) -> Iterator[Article]:
    """Read the article of a saved news page.

    Args:
        path: An HTML file in any encoding its ``<meta charset>`` or content gives away.

    Yields:
        The article, its id the file name without extension.

    Raises:
        IngestError: The page has no article text (a navigation page, a login wall).
    """
    # Imported here: it takes a noticeable fraction of a second and most runs read no HTML.
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    page = bare_extraction(
        path.read_bytes(),
        with_metadata=True,
        favor_recall=True,  # keeps short articles, and the header and footer lines
        include_comments=False,
        prune_xpath=_NOT_ARTICLE,
    )
    text = page.text.strip() if isinstance(page, Document) and page.text else ""
    if not isinstance(page, Document) or not _SENTENCE.search(text):
        raise IngestError(
            str(path),
            "no article text found (a navigation page, login wall or empty page?); "
            "save the page of the article itself",
        )
    article = read_text(text, path.stem, path=str(path), title=page.title)
    yield dataclasses.replace(
        article,
        title=article.title or page.title,
        date=article.date or page.date,
        source=article.source or page.sitename,
        url=page.url,
    )
