"""Dates resolved against the article's publication date."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.dates import DATE_PATTERN, _date_matches, find_dates

CASES = [
    ("3月5日", "2021-03-08", "2021-03-05"),
    ("4日上午", "2024-03-04", "2024-03-04"),
    ("30日上午", "2025-08-01", "2025-07-30"),  # a day still to come: the month before
    ("明年1月12日至14日", "2025-12-25", "2026-01-12"),
    ("今年5月", "2024-07-24", "2024-05"),
    ("12月28日", "2025-01-05", "2024-12-28"),  # December in a January article
    ("2024年3月5日", None, "2024-03-05"),
]


@pytest.mark.parametrize(("text", "published", "iso"), CASES)
def test_dates(text: str, published: str | None, iso: str) -> None:
    found = find_dates(text, 0, len(text), published)
    assert [d.iso for d in found] == [iso]
    assert text[found[0].start : found[0].end] == text.removesuffix("上午")


@pytest.mark.parametrize(
    ("text", "iso"),
    [("七月十四日电", ["2009-07-14"]), ("二十五日上午", ["2009-07-25"]), ("一日游", []), ("十日谈", [])],
)
def test_days_in_chinese_numerals_after_a_month_or_before_a_time_are_days(
    text: str, iso: list[str]
) -> None:
    assert [d.iso for d in find_dates(text, 0, len(text), "2009-07-26")] == iso


@pytest.mark.parametrize("text", ["地铁3号线", "第4/3号决定", "第4号台风", "长安街12号", "1号地块"])
def test_a_number_hao_numbers_things_not_days(text: str) -> None:
    """号 after a number names a line, a plot, a decision, a typhoon or a house, where a
    noun follows it or an ordinal, a street or a number comes before."""
    assert find_dates(text, 0, len(text), "2024-06-26") == []


@pytest.mark.parametrize(("text", "iso"), [("28号上午", "2024-05-28"), ("5号，", "2024-06-05")])
def test_a_number_hao_before_a_time_of_day_or_a_mark_is_a_day(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, 0, len(text), "2024-06-26")] == [iso]


def test_same_day_refers_to_the_last_date() -> None:
    text = "当日"
    assert [d.iso for d in find_dates(text, 0, 2, "2021-03-08", last="2021-03-05")] == [
        "2021-03-05"
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [("昨天", "2021-03-07"), ("明日", "2021-03-09"), ("前天", "2021-03-06"), ("后天", "2021-03-10")],
)
def test_yesterday_and_tomorrow_are_the_days_either_side_of_the_articles(
    text: str, iso: str
) -> None:
    assert [d.iso for d in find_dates(text, 0, 2, "2021-03-08")] == [iso]


def test_yesterday_and_tomorrow_count_from_the_day_spoken_of_and_do_not_become_it() -> None:
    """当地时间3月5日…，明天…，当天…: 明天 is the 6th, 当天 still the 5th."""
    text = "当地时间3月5日，明天，当天"
    found = find_dates(text, 0, len(text), "2021-03-08")
    assert [(d.iso, d.shifted) for d in found] == [
        ("2021-03-05", False),
        ("2021-03-06", True),
        ("2021-03-05", False),
    ]


def test_relative_date_without_a_publication_date_is_dropped() -> None:
    assert find_dates("5日", 0, 2, None) == []


@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789年月日号份至到—-今去明上本下当同昨天甲")),
        max_size=16,
    )
)
def test_dates_are_tried_where_the_pattern_would_find_them(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in DATE_PATTERN.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _date_matches(text, 0, len(text))] == expected
