"""Dates written in news text, resolved against the article's publication date.

"2024年3月5日", "3月5日" (year of the article), "4日上午" (month of the article, or the
month before when the day is still to come, unless the text looks ahead to it: 将持续至27日),
"明年1月12日至14日", "今年5月", "七月十四日", "十四日上午", "当日", "昨天" and "明天" (the
days either side of the article's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from kg.model import quick_init

# 号 is a day's where what follows it is no noun it numbers (3号线, 1号地块, 第4号台风,
# 第4/3号决定): a mark, or a word that goes with a date (28号上午, 5号抵达, 3号召开).
_HAO = "号(?:(?![\u4e00-\u9fff])|(?=[上下中晚早凌当起至到前后开抵举召在出]))"
_CN_DIGITS = "一二三四五六七八九十"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
_CN_DAY = "[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
#: The days a sentence opens with, in a clause of their own (11月10日至11日，, 当地时间8日，).
WHEN_OPENING = re.compile(
    r"(?:当地时间)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:(?:至|—|-)(?:\d{1,2}月)?\d{1,2}日)?"
    r"(?:上午|下午|晚上|晚间|中午)?，"
)
DATE_PATTERN = re.compile(
    # No date starts inside a number, an ordinal or a street's number (第3号, 4/3号,
    # 长安街123号). The lookahead keeps the scan off positions where no date starts: a
    # year, a month or a day comes first (a range alone is no date).
    r"(?<![\d/.第路街巷])"
    rf"(?=今年|去年|明年|上月|本月|下月|\d{{4}}年|\d{{1,2}}(?:[月日]|{_HAO}))"
    r"(?:(?P<rel>今年|去年|明年|上月|本月|下月)|(?P<year>\d{4})年)?"
    r"(?:(?P<month>\d{1,2})月(?:份)?)?"
    rf"(?:(?P<day>\d{{1,2}})(?:日|{_HAO}))?"
    rf"(?:(?:至|到|—|-)(?:(?P<month2>\d{{1,2}})月)?(?P<day2>\d{{1,2}})(?:日|{_HAO}))?"
    r"|(?P<same>当日|当天|同日|今天|今日|昨天|昨日|明天|明日|前天|后天)"
    # 七月十四日, 十四日上午 (a news agency's dateline and body): a day in Chinese numerals,
    # after its month or before what a day is followed by (not 一日游, 十日谈).
    rf"|(?<![第初{_CN_DIGITS}])(?P<cn>(?:(?P<cmonth>{_CN_MONTH})月(?P<cday>{_CN_DAY})日"
    rf"|(?P<cdayalone>{_CN_DAY})日(?=[上下晚中凌电在举召开出宣表抵会]))"
    r")"
)


@quick_init
@dataclass(frozen=True)
class DateMention:
    """A date expression and its ISO value (``2021-03-05``, ``2021-03`` or ``2021``).

    ``shifted`` marks a day counted from the one spoken of (昨天, 明天): later sentences'
    今天 and 当天 are not that day.
    """

    start: int
    end: int
    iso: str
    shifted: bool = False


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        date(year, month, day or 1)
    except ValueError:
        return False
    return True


def find_dates(
    text: str, start: int, end: int, published: str | None, last: str | None = None
) -> list[DateMention]:
    """The date expressions in ``text[start:end]``, resolved.

    Args:
        text: Normalised text.
        start: Where to look from.
        end: Where to stop.
        published: The article's date (ISO), the anchor of relative dates.
        last: The last date resolved before ``start``, for 当日 / 当天.
    """
    found: list[DateMention] = []
    anchor = date.fromisoformat(published) if published else None
    for match in _date_matches(text, start, end):
        ahead = _AHEAD.search(text, max(start, match.start() - 8), match.start()) is not None
        iso = _resolve(match, anchor, last, ahead)
        if iso:
            shifted = match["same"] in _DAY_SHIFTS
            found.append(DateMention(match.start(), match.end(), iso, shifted))
            if not shifted:
                last = iso
    return found


# Where a date starts: a digit, or the first word of a relative date.
_DIGIT = re.compile(r"\d")
_RELATIVE = re.compile(
    "今年|去年|明年|上月|本月|下月|当日|当天|同日|今天|今日|昨天|昨日|明天|明日|前天|后天"
    f"|[{_CN_DIGITS}]{{1,3}}[月日]"
)


def _date_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``DATE_PATTERN.finditer(text, start, end)`` yields, tried only where a date
    can start: the pattern has no first character the regex engine could skip to."""
    digit = _DIGIT.search(text, start, end)
    word = _RELATIVE.search(text, start, end)
    while digit or word:
        candidate = min(digit.start() if digit else end, word.start() if word else end)
        match = DATE_PATTERN.match(text, candidate, end)
        if match:
            yield match
        position = match.end() if match else candidate + 1
        if digit and digit.start() < position:
            digit = _DIGIT.search(text, position, end)
        if word and word.start() < position:
            word = _RELATIVE.search(text, position, end)


#: The days named from the one the text speaks of (the day it last named, or the article's):
#: 昨天 is the day before it, 明天 the day after, 前天 and 后天 two days off.
_DAY_SHIFTS = {"前天": -2, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1, "后天": 2}

# What says a day is still to come (将持续至27日, 将于28日): its month is the article's.
_AHEAD = re.compile("将|(?<!截)至|预计")


def _cn_number(numeral: str) -> int:
    """一 to 三十一 written in Chinese numerals, as a number."""
    if "十" not in numeral:
        return _CN_DIGITS.index(numeral) + 1
    tens, _, ones = numeral.partition("十")
    return (_CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (
        _CN_DIGITS.index(ones) + 1 if ones else 0
    )


def _resolve(
    match: re.Match[str], anchor: date | None, last: str | None, ahead: bool = False
) -> str | None:
    groups = match.groupdict()
    if groups["same"]:
        today = last or (anchor.isoformat() if anchor else None)
        shift = _DAY_SHIFTS.get(groups["same"])
        if shift is None:
            return today
        if today is None or len(today) != 10:
            return None  # no day to count from
        return (date.fromisoformat(today) + timedelta(days=shift)).isoformat()
    year_text, month_text, day_text, rel = (
        groups["year"],
        groups["month"],
        groups["day"],
        groups["rel"],
    )
    if groups["cn"]:
        month_text = str(_cn_number(groups["cmonth"])) if groups["cmonth"] else None
        day_text = str(_cn_number(groups["cday"] or groups["cdayalone"]))
    if not (month_text or day_text):
        return year_text if year_text and not groups["day2"] else None
    if year_text:
        year = int(year_text)
        if not 1900 <= year <= 2100:
            return None
    elif anchor is None:
        return None
    else:
        year = anchor.year + {"去年": -1, "明年": 1}.get(rel or "", 0)
    if month_text:
        month = int(month_text)
        if not 1 <= month <= 12:
            return None
        if anchor and not year_text and not rel and (month - anchor.month) > 2:
            year -= 1  # "12月28日" in a January article is last year
    elif anchor is not None:
        year, month = anchor.year, anchor.month
        if day_text and int(day_text) > anchor.day + 1 and not ahead:
            year, month = _shift_month(year, month, -1)
    else:
        return None
    if not day_text:
        return f"{year:04d}-{month:02d}"
    day = int(day_text)
    if not _valid(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
