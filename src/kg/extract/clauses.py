"""What the extractors share: clauses, the actors that goals and achievements are
attributed to, and mentions looked up by offset."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from kg.model import Mention, Sentence
from kg.nlp.doc import Doc

_SEPARATORS = "，；：,;:。！？!?"
_OPENING, _CLOSING = "“（(《", "”）)》"
# A comma between thousands (4,812万) separates nothing.
_THOUSANDS = r"(?<=\d),(?=\d{3}(?!\d))"
# A space between Chinese characters separates like a comma: a headline run into its text
# (有效像素达到了147万 松下SD20报价4100元辽宁行情 松下SD20摄像机采用了…).
_GAP = "(?<=[\u4e00-\u9fff])\\s+(?=[\u4e00-\u9fff])"
_UNSEPARATED = re.compile(f"(?:(?!{_GAP})[^{_SEPARATORS}]|{_THOUSANDS})+")
_OPENING_MARK = re.compile(f"[{_OPENING}]")
_QUOTE_OR_SEPARATOR = re.compile(
    f"(?!{_THOUSANDS})[{_SEPARATORS}{_OPENING}{_CLOSING}]|{_GAP}"
)
#: A quoted stretch: words there are someone's, or a name's, not the sentence's own.
QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」")
#: A book's or a document's name in its marks (《…》).
BOOK_TITLE = re.compile("《[^《》]*》")


def without_book_titles(clause: str) -> str:
    """``clause`` with each 《title》 blanked, its length kept so that offsets stay: what a
    title says (《…行动计划（2023—2025年）》, 看《…民生保障惠及千家万户》) sets no goal and
    reports no result."""
    if "《" not in clause:
        return clause
    return BOOK_TITLE.sub(lambda title: "□" * len(title.group()), clause)


def clauses(doc: Doc, sentence: Sentence) -> list[tuple[int, int]]:
    """The ``[start, end)`` clauses of a sentence, split at ，；： outside quotes
    (computed once per sentence)."""
    cached = doc.clause_cache.get(sentence.index)
    if cached is not None:
        return cached
    text = doc.norm
    if _OPENING_MARK.search(text, sentence.start, sentence.end):
        found = _quoted_clauses(text, sentence.start, sentence.end)
    else:
        found = [m.span() for m in _UNSEPARATED.finditer(text, sentence.start, sentence.end)]
    doc.clause_cache[sentence.index] = found
    return found


def clause_bounds(text: str, sentence: Sentence, position: int) -> tuple[int, int]:
    """The clause around ``position``: after the last ，；： before it, up to the first ，；。"""
    start = sentence.start
    end = sentence.end
    start = max(
        start,
        text.rfind("，", start, position) + 1,
        text.rfind("；", start, position) + 1,
        text.rfind("：", start, position) + 1,
    )
    for mark in "，；。":
        found = text.find(mark, position, end)
        if found >= 0:
            end = found
    return start, end


def _quoted_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a sentence with quotes: a separator splits only where the clause so
    far has closed every quote or bracket it opened."""
    found: list[tuple[int, int]] = []
    depth = 0  # opened minus closed since ``start``
    for match in _QUOTE_OR_SEPARATOR.finditer(text, start, end):
        mark = match.group()
        if mark in _OPENING:
            depth += 1
        elif mark in _CLOSING:
            depth -= 1
        elif depth <= 0:
            position = match.start()
            if position > start:
                found.append((start, position))
            start, depth = position + 1, 0
    if start < end:
        found.append((start, end))
    return found


def actors(doc: Doc) -> list[Mention]:
    """Organisations and places of the article, in text order (of two that start
    together, the longer first); shared, do not change it."""
    return doc.derived("actors", ("Organization", "Place"), _actors)


def _actors(doc: Doc) -> list[Mention]:
    return sorted(
        (
            m
            for m in doc.mentions
            if m.label in ("Organization", "Place")
            # 辽宁行情 (the prices in 辽宁): where a product is sold, no one who acts
            and not doc.norm.startswith("行情", m.end)
            # 商务部长称…: the minister speaks, the ministry is no actor
            and not (m.label == "Organization" and _HEAD_OF.match(doc.norm, m.end - 1))
            # 中国共产党历史展览馆: the museum acts, not the body its name opens with (a place
            # it opens with still tells where: 黄山|景区接待游客…)
            and not (m.label == "Organization" and _FACILITY_AFTER.match(doc.norm, m.end))
        ),
        key=lambda m: (m.start, -m.end),
    )


# The rest of a museum's, a park's or an airport's name after the body or place it opens
# with (历史展览馆, 国家博物馆): a few characters, none that joins or places, then the kind.
_FACILITY_AFTER = re.compile(
    "(?:(?![的在到和与及、])[\u4e00-\u9fff]){0,4}"
    "(?:博物馆|博物院|展览馆|纪念馆|图书馆|美术馆|科技馆|体育馆|剧院|公园|景区|机场)"
)

# The units a quantity is counted in.
_UNITS = (
    r"万亿元|亿元|万元|元|美元|亿美元|万人次|人次|万人|人|万户|户|个|场|项|家|所|条|公里|千米|米|"
    r"平方米|平方公里|万亩|亩|万吨|吨|千瓦|万千瓦|兆瓦|台|套|辆|艘|架|张|件|座|期|批|处|种|面|名|位|次|倍|万|亿|%|个百分点|支"
)
#: How much: digits with a unit, or a Chinese numeral of at least a hundred (百万吨); 一次
#: is no quantity. Results and planned deeds are told with one.
QUANTITY = re.compile(
    rf"(?:\d+(?:\.\d+)?(?:余|多)?(?:{_UNITS})|[一二三四五六七八九十两]*[百千万亿]+(?:余|多)?(?:{_UNITS}))"
)
# A body's last character and 长 after it, naming its head (商务部长, 公安局长, 教育厅长).
_HEAD_OF = re.compile("[部局厅处署]长")


def persons(doc: Doc) -> ByStart:
    """The persons found so far; shared, do not change it."""
    return doc.derived("persons", ("Person",), lambda d: ByStart(d.by_label("Person")))


def innermost(mentions: list[Mention]) -> Mention:
    """Of adjacent mentions (深圳市 + 光明区), the last; else the first."""
    current = mentions[0]
    for mention in mentions[1:]:
        if mention.start == current.end:
            current = mention
        elif mention.start > current.end:
            break
    return current


#: The whole of an area of a level (全省, 全市, 全区, 全县), which stands for the place of
#: that level named last (:meth:`Actors.last_of_level`).
WHOLE_AREA = re.compile("全([省市区县])")


def home_actor(doc: Doc) -> Mention | None:
    """The place the article mentions most, standing for "the article's actor" (当地); the
    first named of those named as often. An article that names no place has none: the
    body it names most is the source of its figures (商务部, 国家统计局) or a company in
    a market report, seldom who achieved them."""
    return doc.derived("home actor", ("Organization", "Place", "Post"), _home_actor)


def _home_actor(doc: Doc) -> Mention | None:
    counts: dict[str, int] = {}
    # A place named in someone's post (上海市委书记陈吉宁) tells where they serve, not what
    # the article reports on, unless it names no other place.
    places = [m for m in actors(doc) if m.label == "Place"]
    in_posts = Covered(doc.by_label("Post"))
    places = [m for m in places if m.start not in in_posts] or places
    for mention in places:
        counts[mention.canonical] = counts.get(mention.canonical, 0) + 1
    if not counts:
        return None
    if "我国" in (doc.article.title or "") and "中国" in counts:
        # 我国支付便利化水平持续提升: the country is what the article is about, though it
        # names 上海 and 海南 more often as examples
        return next(m for m in places if m.canonical == "中国")
    name = max(counts, key=counts.__getitem__)
    first = next(m for m in places if m.canonical == name)
    if (
        counts[name] == 1
        and name != "中国"
        and first.sentence > 0
        and first.text not in (doc.article.title or "")
    ):
        # 来自湖南省会同县…的孩子们, once, deep in a report on the gala: no place the
        # article is about
        return None
    return first


# The name of a sight after the places of a clause of where (长白山, 西溪湿地, 黔阳古城), no
# time, no event and no part of a sentence (在北京召开的…, 在北京期间, 在吉林时).
_SIGHT_AFTER_PLACE = re.compile(
    "(?![^，。；]*(?:的|举行|召开|期间|之|时))[\u4e00-\u9fff]{2,6}(?<![上中里内外下前后间])"
)


class Actors:
    """Organisations and places that goals and achievements are attributed to, looked up
    by span.

    Attributes:
        mentions: The actors in text order, as :func:`actors` gives them.
    """

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self._text = doc.norm
        self._starts = [m.start for m in mentions]

    def before(self, start: int, end: int) -> Mention | None:
        """The actor written in ``[start, end)``, the clause before its verb, if any."""
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        inside = [
            m for m in self.mentions[first:last] if m.end <= end and not _venue(self._text, m)
        ]
        return innermost(inside) if inside else None

    def topic(self, start: int, end: int) -> Mention | None:
        """The place a clause that is only 在 and places introduces (在陕西洛川，当地…;
        在湖南，…): what the sentence goes on to tell is done there, by it."""
        text = self._text
        if end - start < 3 or text[start] != "在":
            return None
        first = bisect_left(self._starts, start + 1)
        chain: list[Mention] = []
        position = start + 1
        for mention in self.mentions[first:]:
            if mention.start > position:
                break
            if mention.start == position and mention.label == "Place" and mention.end <= end:
                chain.append(mention)
                position = mention.end
        rest = text[position:end].strip()
        if not chain or not (rest == "" or _SIGHT_AFTER_PLACE.fullmatch(rest)):
            return None
        # 在吉林长白山，当地…；…长白山景区累计接待游客…: a sight of the place (a mountain,
        # a lake, an old town) is where it is done, and the place does it.
        return chain[-1]

    def last_of_level(self, level: str, before: int, since: int) -> Mention | None:
        """The last place of ``level`` (省, 市, 区, 县: how its name ends) written in
        ``[since, before)``: the one 全省 or 全市 there stands for."""
        last = bisect_left(self._starts, before)
        for mention in reversed(self.mentions[:last]):
            if mention.start < since:
                return None
            if mention.label == "Place" and mention.canonical.endswith(level):
                return mention
        return None

    def opening(self, start: int) -> Mention | None:
        """The actor written at ``start`` (with any that follow it right away)."""
        first = bisect_left(self._starts, start)
        if first == len(self.mentions) or self._starts[first] != start:
            return None
        return innermost(self.mentions[first:])


_VENUE_BEFORE = re.compile(r"(在|于|赴|到|至|来自|对|向|同|与|和)$")


def _venue(text: str, mention: Mention) -> bool:
    return bool(
        _VENUE_BEFORE.search(text[max(0, mention.start - 1) : mention.start])
        or _LISTED_AFTER_VENUE.search(text[max(0, mention.start - 16) : mention.start])
    )


# A place listed after one traded with or turned to (对拉丁美洲、非洲分别进出口…): no more the
# actor than the first.
_LISTED_AFTER_VENUE = re.compile(r"(?:对|向)[^，。；：]{1,12}、$")


class ByStart:
    """Mentions sorted by where they start, looked up by offset.

    Attributes:
        mentions: The mentions, by start (those that start together in the order given).
    """

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in ``[start, end)``."""
        return self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def any_starting_in(self, start: int, end: int) -> bool:
        """Whether a mention starts in ``[start, end)``."""
        return bisect_left(self._starts, start) < bisect_left(self._starts, end)


class Covered:
    """The offsets that some mentions cover, kept as merged spans (not one by one, which
    long mentions would make dear), for ``offset in covered``."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted((m.start, m.end) for m in mentions if m.end > m.start):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]


# What is done with another's words, not by their speaker: read out, passed on, studied,
# carried out, acted on, congratulated.
_CARRYING_OUT = ("宣读", "转达", "传达", "学习", "贯彻", "落实", "根据", "按照", "祝贺")


def words_carried_out(text: str, start: int, end: int) -> bool:
    """Whether what stands in ``text[start:end]`` before a person at ``end`` reads out,
    studies or carries out their words (宣读习近平主席贺信, 落实李强总理要求, 围绕学习贯彻
    习近平总书记重要讲话精神作发言), within the clause."""
    window = text[start:end]
    if not any(word in window for word in _CARRYING_OUT):
        return False
    cut = max(window.rfind(mark) for mark in "，。；：、！？")
    return any(word in window[cut + 1 :] for word in _CARRYING_OUT)
