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
    """The rows of places.txt (name, kind, then parent and ``full`` where given), then
    those of counties.txt (name, ``county``, parent, and ``after`` where given), generated
    from the divisions table."""
    return tuple(
        tuple(line.split("\t")) for name in ("places.txt", "counties.txt") for line in _lines(name)
    )


@cache
def places(counties: bool = True) -> dict[str, tuple[str, str | None]]:
    """Known places: name -> (kind, parent name or None); the counties of counties.txt
    too unless ``counties`` is false."""
    return {
        row[0]: (row[1], row[2] if len(row) > 2 and row[2] else None)
        for row in _place_rows()
        if counties or row[1] != "county"
    }


@cache
def _written_in_full() -> frozenset[str]:
    """Places with no short form: a fourth column ``full`` in places.txt (南通市, whose
    short form is mostly 河南|通报 or 湖南|通道), and every county (长安区: 长安 alone is
    mostly the old capital; 安吉 is 安吉县 only after 浙江 or 湖州)."""
    return frozenset(row[0] for row in _place_rows() if row[3:4] == ("full",) or row[1] == "county")


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


# An autonomous county's name: its place name, the peoples it is named for, 自治县 or 自治旗
# (长阳土家族自治县, 孟连傣族拉祜族佤族自治县, 塔什库尔干塔吉克自治县, 鄂伦春自治旗).
_PEOPLES = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水"
    "|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒"
    "|鄂温克|保安|裕固|京|独龙|鄂伦春|基诺|各"
)
_AUTONOMOUS_COUNTY = re.compile(f"(?P<stem>.{{2,6}}?)族?(?:(?:{_PEOPLES})族?)*(?:自治县|自治旗)")
# What ends a county's name (霍邱县, 磐石市, 袁州区, 浦东新区, 乌审旗).
_COUNTY_SUFFIXES = ("新区", "林区", "特区", "县", "市", "区", "旗")


def _short_form(name: str, kind: str) -> str | None:
    """A place's name without its level (深圳市 -> 深圳, 锡林郭勒盟 -> 锡林郭勒, 凉山彝族自治州
    -> 凉山, 霍邱县 -> 霍邱, 长阳土家族自治县 -> 长阳), where two characters or more stay."""
    prefecture = _AUTONOMOUS_PREFECTURE.fullmatch(name)
    if prefecture:
        return prefecture.group("stem")
    if kind == "county":
        autonomous = _AUTONOMOUS_COUNTY.fullmatch(name)
        if autonomous:
            return autonomous.group("stem")
        for suffix in _COUNTY_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                return name[: -len(suffix)]
        return None
    for suffix in _SHORTENED_SUFFIXES:
        if kind != "country" and name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


@cache
def counties_after_parent_only() -> frozenset[str]:
    """Counties read only right after their prefecture or province (湖南澧县; alone, 新县
    and 和县 are mostly no place): a fourth column ``after`` in counties.txt."""
    return frozenset(row[0] for row in _place_rows() if row[3:4] == ("after",))


def county_short_form(name: str) -> str | None:
    """The short name of a county of counties.txt (霍邱县 -> 霍邱), if it has one."""
    return _short_form(name, "county")


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
    gazetteer = places()
    free = place_short_forms()  # 吉林通化: the city (通化市), not its county (通化县)
    after_only = counties_after_parent_only()
    for name, (kind, parent) in gazetteer.items():
        form = _short_form(name, kind) or (name if name in after_only else None)
        if form and parent and name in full:
            found.setdefault(parent, {})[form] = name
            grandparent = gazetteer.get(parent, ("", None))[1]
            if kind == "county" and grandparent and grandparent != "中国" and form not in free:
                # 安徽霍邱, 湖南澧县: a county is written after its province as often
                found.setdefault(grandparent, {}).setdefault(form, name)
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
    for name, (kind, _) in places().items():
        # Not the counties: thousands of words that frequent would tip the segmenter's
        # choices everywhere (深圳市|政府 read as 深圳市政府); their names are found in the
        # text all the same.
        if kind != "county":
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
