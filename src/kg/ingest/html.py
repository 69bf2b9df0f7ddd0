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
from typing import TYPE_CHECKING

from kg.errors import IngestError
from kg.ingest._decode import HAN, note_if_not_chinese, read_file
from kg.ingest.text import read_text
from kg.model import Article

if TYPE_CHECKING:
    from lxml.html import HtmlElement

NO_ARTICLE = (
    "no article text found (a navigation or login page?); save the page of the article itself"
)

# trafilatura falls back to the text of the whole page when the main text it finds is short
# (under 250 characters: a few Chinese sentences); removing what is navigation by its tag
# keeps that fallback text clean. A page footer goes, an article's footer (editors) stays.
_NOT_ARTICLE = ["//nav", "//aside", "//footer[not(ancestor::article)]"]

# trafilatura also falls back to all the text of a page it finds no article in, so a list
# of links or a login form still comes back as "text". An article has at least one
# sentence that is not a link; a short one (under this many Chinese characters) must
# also say more than its links and not sit next to a password field.
_SHORT = 50
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)")
_SENTENCE_LENGTH = 10
# A list item's bullet or number, which trafilatura writes before the item's text.
_BULLET = re.compile(r"^(?:[-*•·]|\d{1,3}[.、])\s*")
# Longer link texts are headlines in the article's own text, not navigation.
_LONGEST_LINK = 200
_PASSWORD_FIELD = "//input[translate(@type, 'PASSWORD', 'password') = 'password']"


def read_html(path: Path) -> Iterator[Article]:
    """Read the article of a saved news page.

    Args:
        path: An HTML file in UTF-8, GB18030/GBK or Big5.

    Yields:
        The article, its id the file name without extension.

    Raises:
        IngestError: The file is empty or binary, or the page has no article text (a
            navigation page, a login wall).
    """
    # Imported here: it takes a noticeable fraction of a second and most runs read no HTML.
    from trafilatura import bare_extraction
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    source = str(path)
    tree = load_html(read_file(path))
    if tree is None:
        raise IngestError(source, NO_ARTICLE)
    links = _link_texts(tree)
    login = bool(tree.xpath(_PASSWORD_FIELD))
    page = bare_extraction(
        tree,
        with_metadata=True,
        favor_recall=True,  # keeps short articles, and the header and footer lines
        include_comments=False,
        prune_xpath=_NOT_ARTICLE,
    )
    text = page.text.strip() if isinstance(page, Document) and page.text else ""
    if not isinstance(page, Document) or not _is_article(text, links, login):
        raise IngestError(source, NO_ARTICLE)
    note_if_not_chinese(text, source)
    article = read_text(text, path.stem, path=source, title=page.title)
    yield dataclasses.replace(
        article,
        title=article.title or page.title,
        date=article.date or page.date,
        source=article.source or page.sitename,
        url=page.url,
    )


def _link_texts(tree: HtmlElement) -> set[str]:
    """The texts of the page's links short enough to be navigation, spaces squeezed."""
    texts = (" ".join(link.text_content().split()) for link in tree.iter("a"))
    return {text for text in texts if 2 <= len(text) <= _LONGEST_LINK}


def _is_article(text: str, links: set[str], login: bool) -> bool:
    """Whether the main text trafilatura found is an article, not a page of links or a
    login form."""
    own: list[str] = []
    linked = 0
    lengths = sorted({len(link) for link in links}, reverse=True)
    for line in text.splitlines():
        squeezed = " ".join(_BULLET.sub("", line.strip()).split())
        if _is_link_line(squeezed, links, lengths):
            linked += len(squeezed)
        else:
            own.append(squeezed)
    own_text = "\n".join(own)
    if not _has_sentence(own_text):
        return False
    if len(HAN.findall(own_text)) >= _SHORT:
        return True
    return not login and linked <= len(own_text)


def _is_link_line(line: str, links: set[str], lengths: list[int]) -> bool:
    """Whether ``line`` is mostly a link: it starts with a link text covering at least
    half of it (what may follow is a date or a label)."""
    return any(line[:length] in links for length in lengths if len(line) / 2 <= length <= len(line))


def _has_sentence(text: str) -> bool:
    """Whether ``text`` has a sentence: some words ended by a full stop, ! or ?."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if end[0] != "\n" and len(text[start : end.start()].strip()) >= _SENTENCE_LENGTH:
            return True
        start = end.end()
    return False
