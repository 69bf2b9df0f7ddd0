"""Data files shipped with kg (dictionaries and word lists), loaded once and cached."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_LEVELS = "省市区县州镇乡"
# Bodies that a level prefix turns into a local organisation: 区 + 委 -> 区委.
_LOCAL_BODIES = (
    "委",
    "政府",
    "人民政府",
    "人大",
    "人大常委会",
    "政协",
    "纪委",
    "监委",
    "纪委监委",
    "委宣传部",
    "委组织部",
    "委统战部",
    "委政法委",
    "文明委",
    "文明办",
    "委办公室",
    "政府办公室",
    "委常委会",
)


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def titles() -> tuple[str, ...]:
    """Post title heads (书记, 副总理, 委员长, ...), longest first."""
    return tuple(sorted(set(_lines("titles.txt")), key=len, reverse=True))


@cache
def generic_titles() -> frozenset[str]:
    """Role labels that are not posts (领导, 负责人, 代表, ...)."""
    return frozenset(_lines("generic_titles.txt"))


@cache
def org_suffixes() -> tuple[str, ...]:
    """Words that end an organisation's name, longest first."""
    return tuple(sorted(set(_lines("org_suffixes.txt")), key=len, reverse=True))


@cache
def _place_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of places.txt: name, kind, then parent and ``full`` where given."""
    return tuple(tuple(line.split("\t")) for line in _lines("places.txt"))


@cache
def places() -> dict[str, tuple[str, str | None]]:
    """Known places: name -> (kind, parent name or None)."""
    return {row[0]: (row[1], row[2] if len(row) > 2 and row[2] else None) for row in _place_rows()}


@cache
def _written_in_full() -> frozenset[str]:
    """Places with no short form: a fourth column ``full`` in places.txt (南通市, whose
    short form is mostly 河南|通报 or 湖南|通道)."""
    return frozenset(row[0] for row in _place_rows() if row[3:4] == ("full",))


_SHORTENED_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "省",
    "市",
    "地区",
    "盟",
)


# An autonomous prefecture's name: its place name, the peoples it is named for, 自治州
# (凉山彝族自治州, 黔东南苗族侗族自治州, 伊犁哈萨克自治州).
_AUTONOMOUS_PREFECTURE = re.compile(
    "(?P<stem>.{2,4}?)(?:(?:朝鲜|土家|苗|藏|羌|彝|侗|布依|哈尼|壮|傣|白|景颇|傈僳|回|蒙古)族"
    "|蒙古|哈萨克|柯尔克孜)+自治州"
)


def _short_form(name: str, kind: str) -> str | None:
    """A place's name without its level (深圳市 -> 深圳, 锡林郭勒盟 -> 锡林郭勒, 凉山彝族自治州
    -> 凉山), where two characters or more stay."""
    prefecture = _AUTONOMOUS_PREFECTURE.fullmatch(name)
    if prefecture:
        return prefecture.group("stem")
    for suffix in _SHORTENED_SUFFIXES:
        if kind != "country" and name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


@cache
def place_short_forms() -> dict[str, str]:
    """Short forms of known places (深圳 -> 深圳市, 西藏 -> 西藏自治区)."""
    short: dict[str, str] = {}
    full = _written_in_full()
    for name, (kind, _) in places().items():
        form = _short_form(name, kind)
        if form and name not in full:
            short[form] = name
        if form and name.endswith("自治州"):
            short[form + "州"] = name  # 凉山州, 红河州: written so even where 红河 is a river
    for row in _place_rows():
        if row[1] == "country" and row[3:4] and row[3] != "full":
            short[row[3]] = row[0]  # 沙特阿拉伯: 沙特, written in places.txt
    return short


@cache
def short_forms_after_parent() -> dict[str, dict[str, str]]:
    """The short forms of places written in full elsewhere, which are theirs right after
    the place they lie in (山西大同, 江苏南通): parent -> short form -> full name."""
    found: dict[str, dict[str, str]] = {}
    full = _written_in_full()
    for name, (kind, parent) in places().items():
        form = _short_form(name, kind)
        if form and parent and name in full:
            found.setdefault(parent, {})[form] = name
    return found


@cache
def organizations() -> dict[str, str | None]:
    """Known organisations: name -> parent name or None."""
    table: dict[str, str | None] = {}
    for line in _lines("organizations.txt"):
        name, *parent = line.split("\t")
        table[name] = parent[0] if parent else None
    return table


@cache
def aliases() -> dict[str, str]:
    """Other names of organisations -> the name kg uses (全国人民代表大会 -> 全国人大)."""
    return dict(line.split("\t") for line in _lines("aliases.txt"))


@cache
def not_names() -> frozenset[str]:
    """Words jieba's dictionary tags as names that are not (白皮书, 贺词)."""
    return frozenset(word for line in _lines("not_names.txt") for word in line.split())


@cache
def surnames() -> frozenset[str]:
    """Chinese surnames, single- and two-character (the ones the recogniser's features
    know)."""
    return frozenset(word for line in _lines("surnames.txt") for word in line.split())


@cache
def name_surnames() -> frozenset[str]:
    """The surnames the extractors read names by: :func:`surnames` and rarer ones."""
    rare = (word for line in _lines("rare_surnames.txt") for word in line.split())
    return surnames() | frozenset(rare)


@cache
def persons() -> frozenset[str]:
    """Well-known persons' names."""
    return frozenset(word for line in _lines("persons.txt") for word in line.split())


@cache
def local_bodies() -> tuple[str, ...]:
    """Level-prefixed local bodies: 区委, 市政府, 区人大常委会, 区委宣传部, ..."""
    return tuple(level + body for level in _LEVELS for body in _LOCAL_BODIES)


@cache
def user_dictionary() -> tuple[tuple[str, int, str], ...]:
    """Words added to the segmenter: ``(word, frequency, tag)``.

    Places are tagged ``ns``, organisations ``nt`` and post titles ``nnt``, with
    frequencies high enough that the segmenter keeps them whole.
    """
    entries: dict[str, tuple[int, str]] = {}
    for name in places():
        entries[name] = (20000, "ns")
    for name in place_short_forms():
        entries.setdefault(name, (20000, "ns"))
    for name in organizations():
        entries[name] = (20000, "nt")
    for name in local_bodies():
        entries.setdefault(name, (20000, "nt"))
    for name in titles():
        entries.setdefault(name, (5000, "nnt"))
    for name in persons():
        entries[name] = (20000, "nr")
    return tuple((word, freq, tag) for word, (freq, tag) in sorted(entries.items()))
