"""Places and organisations, and which is part of which.

Places come from the shipped gazetteer and from chains that a known place starts
(深圳市光明区, 西藏林芝嘎拉村, 那曲市安多县): each link of a chain is a place of its own,
part of the one before. Organisations come from the shipped list, from level-prefixed
local bodies (区委, 市人大常委会, 区委宣传部), and from a known place or body followed by an
organisation head (全国政协社会和法制委员会, 哈萨克斯坦议会下院). A bare local body is
expanded with the article's own district (区委 -> 光明区委 in an article about 光明区).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache

from kg import resources
from kg.extract.base import Extraction, Relation, register
from kg.extract.clauses import QUOTED
from kg.extract.recognised import clause_spans, places_over
from kg.model import Mention, Sentence
from kg.nlp.doc import Doc
from kg.nlp.lexicon import (
    WORD_CACHE_SIZE,
    alternation,
    alternatives,
    dictionary_tags,
    is_common_word,
    occurrences,
    place_names,
)
from kg.resolve import NATIONWIDE, OWN_PLACE_WORDS

EXTRACTOR = "hierarchy"

_ADMIN_SUFFIX = "特别行政区|自治区|自治州|自治县|地区|新区|街道|社区|省|市|州|盟|县|区|旗|镇|乡|村"
_STEM = r"[\u4e00-\u9fff]{2,5}?"
# Areas named by what they are, not where: 灾区, 开发区, 示范区, 数字化城市 are no places of a
# chain.
_GENERIC_AREAS = frozenset(
    "灾区 社区 园区 景区 城区 辖区 片区 小区 街区 山区 牧区 矿区 林区 老区 市区 郊区 范区 验区 发区 "
    "护区 能区 贸区 特区 战区 军区 戍区 警区 湾区 行县 点县 强县 行区 点区 心区 游区 业区 校区 联盟 风区 分区 城市 展区 赛区".split()
)
# Generic areas whose first character also ends the names of districts (房山区, 东城区, 石景山区),
# and the single characters before them that still make them generic (深山区, 主城区, 五城区).
_AREAS_ENDING_NAMES = frozenset(("山区", "城区"))
_GENERIC_AREA_LEADS = frozenset("深大高老全主新本该各这那此一二三四五六七八九十两几多数")


def _generic_area(link: str) -> bool:
    """Whether a link of a chain names an area by what it is (贫困山区, 主城区, 自贸区), not
    a district whose name ends the same way (房山区, 中山区, 石景山区): before 山区 or 城区,
    one of a few single characters (深山区, 主城区), or two or more where the dictionary does
    not call the whole a place (贫困山区, 中心城区), make it generic."""
    if link[-2:] not in _GENERIC_AREAS:
        return False
    if link[-2:] not in _AREAS_ENDING_NAMES:
        return True
    lead = link[:-2]
    return lead in _GENERIC_AREA_LEADS or (len(lead) > 1 and dictionary_tags().get(link) != "ns")


# Characters no place's name holds: function words, and 或 (or: 芬兰或欧盟), 局 and 厅
# (a body's: 武汉市公安局江汉区分局).
_NOT_IN_STEM = set(
    "的和与及在是为了对向从到至将把被等全本该各我其每这那上下中内外年月日已正再又也都还共均并同愿要应"
    "或局厅"
)


@cache
def _known_place_pattern() -> re.Pattern[str]:
    """The known places but the counties, which :func:`_counties_in` finds: thousands of
    names more in one alternation would slow every scan of it by half."""
    counties = _all_counties()
    return re.compile(alternation([name for name in place_names() if name not in counties]))


@cache
def _all_counties() -> frozenset[str]:
    """The counties of the gazetteer (counties.txt), by their full names."""
    return frozenset(n for n, (kind, _) in resources.places().items() if kind == "county")


@cache
def _county_names() -> frozenset[str]:
    """The counties read wherever their full names are written: all but those of two
    characters (新县, 和县), read only after their prefecture or province."""
    return _all_counties() - resources.counties_after_parent_only()


class _Found:
    """A county found in the text, read as a regex match is (start, end, group)."""

    __slots__ = ("_end", "_name", "_start")

    def __init__(self, start: int, name: str) -> None:
        self._start, self._end, self._name = start, start + len(name), name

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._name


# What ends a county's name, and a bound on the longest (积石山保安族东乡族撒拉族自治县, 15).
_COUNTY_END = re.compile("[县区市旗]")
_LONGEST_COUNTY = 16


def _counties_in(text: str, start: int, end: int) -> list[_Found]:
    """The counties written in ``text[start:end]``: found from the level that ends them
    (县, 区, 市, 旗) back, the longest name there."""
    counties = _county_names()
    tags = dictionary_tags()
    found = []
    for level in _COUNTY_END.finditer(text, start, end):
        stop = level.end()
        for size in range(min(_LONGEST_COUNTY, stop - start), 2, -1):
            begin = stop - size
            if text[begin:stop] in counties:
                # 亦庄新城东区: 城东区 (of 西宁) is no place where its first character ends a
                # word begun before it (新城)
                if begin == start or text[begin - 1 : begin + 1] not in tags:
                    found.append(_Found(begin, text[begin:stop]))
                break
    return found


def _counties_named_short(doc: Doc, out: Extraction) -> None:
    """A county the article names (黑龙江漠河北极村, 漠河市) is the one its short name
    stands for elsewhere in the article too (…。漠河坚持造林与护林并重): a county's short
    name alone is no place in an article that does not name it."""
    text = doc.norm
    counties = _county_names()
    forms: dict[str, str] = {}
    taken = []
    for mention in out.mentions:
        if mention.label != "Place":
            continue
        taken.append((mention.start, mention.end))
        full = mention.canonical or text[mention.start : mention.end]
        form = resources.county_short_form(full) if full in counties else None
        if form:
            forms[form] = full
    if not forms:
        return
    taken.sort()
    for sentence in doc.sentences:
        for start, end in occurrences(text, set(forms), sentence.start, sentence.end):
            index = bisect_right(taken, (start, len(text)))
            if (index and taken[index - 1][1] > start) or (
                index < len(taken) and taken[index][0] < end
            ):
                continue  # within a place read already (漠河市, 黑龙江漠河)
            if _in_another_word(text, start, end) or _level_after(text, end):
                continue
            name = forms[text[start:end]]
            out.mentions.append(doc.mention(start, end, "Place", name, sentence.index))


def _county_at(text: str, start: int, end: int) -> _Found | None:
    """The county whose name starts at ``start`` (the longest), if one does."""
    counties = _county_names()
    for size in range(min(_LONGEST_COUNTY, end - start), 2, -1):
        if text[start : start + size] in counties:
            return _Found(start, text[start : start + size])
    return None


def _place_at(text: str, start: int, end: int) -> re.Match[str] | _Found | None:
    """The known place whose name starts at ``start``: the longer of a county's and any
    other's (吉林通化县: the county, not 通化 and a level)."""
    known = _known_place_pattern().match(text, start, end)
    county = _county_at(text, start, end)
    if county is not None and (known is None or county.end() > known.end()):
        return county
    return known


@cache
def _known_org_pattern() -> re.Pattern[str]:
    return re.compile(alternation(list(resources.organizations()) + list(resources.local_bodies())))


@cache
def _org_head_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(resources.org_suffixes())})")


_LINK = re.compile(f"({_STEM}(?:{_ADMIN_SUFFIX}))")


_KIND_RANK = {
    "continent": 6,
    "country": 5,
    "province": 4,
    "municipality": 4,
    "region": 4,
    "sar": 4,
    "city": 3,
    "prefecture": 3,
    "area": 2,
}
_SUFFIX_RANK = (
    ("自治区", 4),
    ("特别行政区", 4),
    ("省", 4),
    ("自治州", 3),
    ("地区", 3),
    ("市", 3),
    ("州", 3),
    ("盟", 3),
    ("新区", 2),
    ("区", 2),
    ("县", 2),
    ("旗", 2),
    ("街道", 1),
    ("镇", 1),
    ("乡", 1),
    ("社区", 0),
    ("村", 0),
)


# The kinds of place a county-level city lies in.
_CITIES = ("city", "prefecture")


def _rank(place: str) -> int:
    """How high a place stands: continent 6, country 5 ... village 0."""
    known = resources.places().get(place)
    if known:
        kind, parent = known
        if kind == "city" and parent and resources.places().get(parent, ("",))[0] in _CITIES:
            return 2  # a county-level city (义乌市 of 金华市)
        return _KIND_RANK.get(kind, 2)
    for suffix, rank in _SUFFIX_RANK:
        if place.endswith(suffix):
            return rank
    return 1


def _suffix_starts_word(text: str, end: int) -> bool:
    """Whether the last character before ``end`` (市, 区, …) opens a common word with
    the next one (市场, 区域, 省份)."""
    pair = text[end - 1 : end + 1]
    if len(pair) < 2 or pair[0] not in "省市区县州" or not _non_place_word(pair):
        return False
    # 江苏省民间投资: the next character opens a word of its own (民间), and the pair is
    # no word that follows a place's name without its suffix (市民, 市场, 区域).
    return pair in _LEVEL_WORDS or not is_common_word(text[end : end + 2])


# Words a level character starts that no place ends before (房地产市场, 区域, 省份,
# 中国式现代化乡村, 亚洲最大旗舰店); not 市委, 县城 or 市镇, which follow places (阜阳市委, 昭通市镇雄县).
_LEVEL_WORDS = frozenset(
    ("市场", "市值", "市面", "市况", "市民", "区域", "区块", "县域", "省份", "乡村", "乡镇", "乡风", "乡土",
     "乡亲", "乡愁", "村落", "村庄", "旗舰", "旗帜", "旗下", "旗袍")
)


# Words ending in 旗 that name a flag, not a banner (来北京看升旗, 天安门广场国旗).
_FLAG_WORDS = frozenset(
    ("升旗", "降旗", "国旗", "党旗", "团旗", "队旗", "军旗", "战旗", "会旗", "校旗", "红旗", "彩旗", "锦旗",
     "旌旗", "大旗")
)


def _ends_in_a_word(text: str, end: int) -> bool:
    """Whether a place read up to ``end`` ends in the middle of a word (房地产市|场)."""
    return text[end - 1 : end + 1] in _LEVEL_WORDS


def _in_another_word(text: str, start: int, end: int) -> bool:
    """Whether a known place read at ``[start, end)`` is part of a word that names no
    place: a language (西班牙语), a manner (中国式现代化), a warship named after it (南昌舰,
    辽宁舰), an ocean (印度洋), a time zone (北京时间), a foreign name (肖恩-马里昂), a word
    its first character ends (大运河南起), developing countries (发展中国家), a river's bank
    (黄河南岸)."""
    return (
        text[end : end + 1] in ("语", "式", "舰", "洋")
        or text[end : end + 2] == "时间"  # 北京时间: a time zone
        # 肖恩-马里昂: a foreign name the place's characters spell after a joining mark
        or text[start - 1 : start] in _NAME_JOINS
        # 京杭大运河南起: a word ending in the place's first character (运河) holds it
        or (start > 0 and _word_into(text, start))
        or text[max(0, start - 2) : end + 1] == "发展中国家"
        or (
            _BANK_OF.match(text, end) is not None
            and text[start] in "河江湖海山"
            and dictionary_tags().get(text[start - 1 : start + 1]) == "ns"
        )
    )


# The marks that join the parts of a foreign name (肖恩-马里昂, 汤姆·莎士比亚), as the
# normalised text writes them (a full-width hyphen is folded to "-").
_NAME_JOINS = frozenset("-·")


def _word_into(text: str, start: int) -> bool:
    """Whether a word of two or three characters the dictionary holds as a common noun
    (运河) ends with the character at ``start``, a river's, a lake's, a sea's or a
    mountain's (河南, 湖北, 海南, 山东 start with them), so that it is no place's first."""
    if text[start] not in "河湖江海山":
        return False
    tags = dictionary_tags()
    return any(
        tags.get(text[start - size + 1 : start + 1]) == "n"
        for size in (2, 3)
        if start - size + 1 >= 0
    )


# Where along a river, a sea or a mountain (黄河南岸, 长江西岸, 渤海南部, 泰山东麓): a known
# place read across the name and the side (河南, 江西, 海南, 山东) is none.
_BANK_OF = re.compile("岸|部|麓|畔|侧|沿|流域|段")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _non_place_word(word: str) -> bool:
    tag = dictionary_tags().get(word)
    return (tag is not None and tag not in ("ns", "nt", "nz")) or (
        word[-2:-1] in _MARKET_KINDS and word.endswith("市")
    )


# What, before 市, names a market and no city (沪深两市, 当前股市, 京城楼市, 大牛市, 慈善超市).
_MARKET_KINDS = frozenset("股楼两牛熊车房超夜黑早菜集门")


def _starts_with_function_word(stem: str) -> bool:
    return (
        stem[:1] in "在和与及对向将把被从到是为了等由"
        or any(word in stem for word in _HOW_MANY)  # 陕西大部分地区, 辽宁西部多个城市
        or dictionary_tags().get(stem[:2], "n")[0] in "vpcdrum"
    )


# Words for how much or how many of a place, not which (大部分地区, 多数乡镇, 多个城市,
# 所有乡镇, 其他省份).
_HOW_MANY = (
    "部分", "多数", "少数", "局部", "个别", "多个", "若干", "几个", "一些", "所有", "全部",
    "各个", "每个", "其他", "其余",
)  # fmt: skip


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _clean_stem(stem: str) -> bool:
    # A verb or a pronoun (中国大陆任何地区) names no place.
    if any(dictionary_tags().get(stem[i : i + 2]) in ("v", "r") for i in range(len(stem) - 1)):
        return False
    return not (set(stem) & _NOT_IN_STEM)


def homes(mentions: list[Mention]) -> dict[str, str]:
    """The article's own province, city, district and county: the place of each level
    it names most often, by level character (省, 市, 区, 县); the first named of those
    named as often."""
    counts: dict[str, dict[str, int]] = {}
    for mention in mentions:
        if mention.label == "Place" and mention.canonical[-1] in "省市区县":
            level = counts.setdefault(mention.canonical[-1], {})
            level[mention.canonical] = level.get(mention.canonical, 0) + 1
    return {level: max(found, key=found.__getitem__) for level, found in counts.items()}


def expand_local(name: str, found_homes: dict[str, str]) -> str:
    """区委书记 -> 光明区委书记 in an article about 光明区: a name that starts with a bare
    level (区, 市, ...) gets the article's own place of that level."""
    home = found_homes.get(name[:1])
    if home and len(name) > 1 and name[1] in _LOCAL_HEADS:
        return home + name[1:]
    return name


# What follows a bare level in the name of a local body or post (省委, 市长, 区人大, 县政府).
_LOCAL_HEADS = "委长人政纪监文"


def heading_places(doc: Doc, places: list[Mention], before: int) -> dict[str, str]:
    """Of ``places`` (in text order), the last before ``before`` of each level that opens
    a body or a post (山西|省委书记, 江苏省|委): the place a bare level after it in the same
    list stands for (山西省委书记蓝佛安、省长金湘军: 山西省长), by level character."""
    text = doc.norm
    found: dict[str, str] = {}
    for place in places:
        if place.end > before:
            break
        level = place.canonical[-1:]
        if not level or level not in "省市区县":
            continue
        # The level written with the place (江苏省|委) or right after it (山西|省委).
        if text[place.end - 1] == level:
            head = place.end
        elif text.startswith(level, place.end):
            head = place.end + 1
        else:
            continue
        if text[head : head + 1] and text[head] in _LOCAL_HEADS:
            found[level] = place.canonical
    return found


@register(EXTRACTOR)
def extract_hierarchy(doc: Doc) -> Extraction:
    """Find places, organisations and ``partOf`` relations between them."""
    out = Extraction()
    text = doc.norm
    learned: set[str] = set()
    known = doc.matches_by_sentence(_known_place_pattern())
    for sentence in doc.sentences:
        counties = _counties_in(text, sentence.start, sentence.end)
        matches: list[re.Match[str] | _Found] = [*known.get(sentence.index, [])]
        if counties:
            matches = sorted([*matches, *counties], key=lambda m: (m.start(), -m.end()))
        if matches:
            _place_chains(doc, sentence, matches, out, learned)
    _recognised_compounds(doc, out)
    _located(doc, out)
    taken = [(m.start, m.end) for m in out.mentions if m.label == "Place"]
    for index in sorted(doc.sentences_with(_LEVEL)):
        _unknown_places(doc, doc.sentences[index], out, learned, taken)
    if learned:
        spans = {(m.start, m.end) for m in out.mentions}
        for sentence in doc.sentences:
            for start, end in occurrences(text, learned, sentence.start, sentence.end):
                if (start, end) not in spans:
                    out.mentions.append(doc.mention(start, end, "Place", "", sentence.index))
    _counties_named_short(doc, out)
    found_homes = homes(out.mentions)
    _own_places(doc, found_homes, out)
    _parties(doc, out)
    places: dict[int, list[Mention]] = {}
    for mention in out.mentions:
        if mention.label == "Place":
            places.setdefault(mention.sentence, []).append(mention)
    organisations = doc.matches_by_sentence(_known_org_pattern())
    for sentence in doc.sentences:
        if sentence.index in organisations or sentence.index in places:
            _organisations(
                doc,
                sentence,
                organisations.get(sentence.index, []),
                places.get(sentence.index, []),
                found_homes,
                out,
            )
    _recognised_bodies(doc, out)
    _bodies_of_places(doc, out)
    return out


@cache
def _mission_pattern() -> re.Pattern[str]:
    """中国驻法国大使馆, 驻沪总领事馆: a country's embassy or consulate in a known place."""
    places = _known_place_pattern().pattern
    return re.compile(f"(?:{places})?驻(?:{places}|华|沪|港)(?:大使馆|使馆|总领事馆|领事馆)")


# What every embassy's or consulate's name ends with (a rare word: one scan for it).
_MISSION = re.compile("使馆|领事馆")


@cache
def _delegation_pattern() -> re.Pattern[str]:
    """中国代表团, 中国体育代表团, 江苏代表团: a known place's delegation."""
    return re.compile(f"(?:{_known_place_pattern().pattern})(?:{_DELEGATION_KINDS})?代表团")


# What a delegation is of, between its place and 代表团 (中国体育代表团, 越南党政代表团).
_DELEGATION_KINDS = "体育|党政|政府|军事|军队|议会|人大|政协|青年|商务|经贸|文化|艺术|友好|残奥|奥委会"
# What every delegation's name ends with (one scan for it).
_DELEGATION = re.compile("代表团")


def _bodies_of_places(doc: Doc, out: Extraction) -> None:
    """Embassies and consulates (中国驻马来西亚大使馆) and delegations (中国代表团举行中外媒体
    吹风会): bodies of their own, which hold, attend and set what they do, not the country
    before them. Each kind is looked for only in the sentences holding its last word."""
    taken = {(m.start, m.end) for m in out.mentions if m.label == "Organization"}
    for marker, pattern in ((_MISSION, _mission_pattern()), (_DELEGATION, _delegation_pattern())):
        for index in sorted(doc.sentences_with(marker)):
            sentence = doc.sentences[index]
            for match in pattern.finditer(doc.norm, sentence.start, sentence.end):
                if match.span() not in taken:
                    taken.add(match.span())
                    out.mentions.append(
                        doc.mention(match.start(), match.end(), "Organization", "", index)
                    )


#: How sure the recogniser must be of an organisation's name (its weakest character).
BODY_CONFIDENCE = 0.8
# The heads that end a body's name the word lists lack (国家移民管理局, 华为公司, 北京大学,
# 中国机械工业联合会); one character only where it ends the word (局, not 局面 or 局长).
_BODY_HEAD = re.compile(
    "总局|管理局|委员会|办公室|办公厅|有限公司|公司|集团|银行|大学|学院|研究院|研究所|科学院|"
    "协会|学会|联合会|商会|基金会|医院|法院|检察院|电视台|通讯社|日报|"
    "(?:局|厅|署)(?![长面势部限座务级门])"
)
# Function words the recogniser may run into the name after them (据国家移民管理局统计).
_BEFORE_BODY = frozenset("在于和与及对向将把被从到是为了等由据经")
# Words pointing at a body named before or at any of a kind (该公司, 本院, 各银行, 这家公司,
# 某基金公司, 非银行系基金公司): neither in its name nor right before it.
_POINTING = frozenset("该本各我这那其此每多几两诸某非")
# What opens no body's name.
_NOT_BODY_START = _BEFORE_BODY | _POINTING
# Words that open the name of a kind of body, not of one (国内基金公司, 大型银行, 知名大学).
_KIND_OF_BODY = (
    "国内", "国外", "境内", "境外", "海外", "当地", "本地", "各级", "各地", "有关", "相关", "部分",
    "主要", "重点", "大型", "中型", "小型", "中小", "知名", "国有", "民营", "私营", "外资", "中资",
    "合资", "上市", "其他", "其它", "其余", "所有", "全部", "一些", "不少", "许多", "众多",
)  # fmt: skip
# Characters that end no body's name before its head (前往医院, 要学会, 的大学, 我们银行).
_NO_BODY_BEFORE_HEAD = _NOT_BODY_START | frozenset("的了去往也都要就还已全会能给或请入进上们")
# How many bodies there are, not which (北京一家基金公司, 两所大学).
_COUNTED = re.compile("[一两二三四五六七八九十几多数]+[家所个]")
# Words whose last character is a head that ends no body (布局, 大厅, 部署).
_NOT_BODY_WORDS = frozenset(
    "布局 格局 大局 结局 骗局 僵局 开局 全局 时局 饭局 赌局 残局 出局 终局 棋局 变局 破局 危局 "
    "定局 当局 大厅 餐厅 客厅 展厅 门厅 舞厅 歌厅 前厅 部署 签署 连署".split()
)


def _recognised_bodies(doc: Doc, out: Extraction) -> None:
    """Bodies no word list holds (国家移民管理局召开…, 华为公司实现…): where a head of a
    body's name ends no organisation found so far, the recogniser reads the clause, and
    a name it reads as an organisation's ending there is one."""
    text = doc.norm
    bodies = sorted((m.start, m.end) for m in out.mentions if m.label == "Organization")
    ends = {end for _, end in bodies}
    tags = dictionary_tags()
    for index, matches in doc.matches_by_sentence(_BODY_HEAD).items():
        for match in matches:
            end = match.end()
            if (
                end in ends
                or any(start < end <= stop for start, stop in bodies)
                or text[end - 2 : end] in _NOT_BODY_WORDS
                or text[end - 1 : end + 1] in tags  # 农银行业, 北京大学生: the head runs on
                # No name before the head: 公司已获得, 要学会, 前往医院, 在大学, 我们银行.
                or not _TWO_CHINESE.fullmatch(text, max(match.start() - 2, 0), match.start())
                or text[match.start() - 1] in _NO_BODY_BEFORE_HEAD
            ):
                continue
            for span in clause_spans(doc, match.start()):
                if span.type != "Organization" or span.end != end:
                    continue
                start = span.start
                while end - start > 3 and text[start] in _BEFORE_BODY:
                    start += 1
                name, stem = text[start:end], text[start : match.start()]
                if (
                    span.confidence < BODY_CONFIDENCE
                    or len(name) > 20
                    or not stem
                    or name[0] in _NOT_BODY_START
                    or text[start - 1 : start] in _POINTING
                    or name.startswith(_KIND_OF_BODY)
                    or _COUNTED.search(name)
                    or not _CHINESE_NAME.fullmatch(name)
                    or _common_tag(tags.get(stem, "nt"))  # 商业银行, 有关部门
                    or any(b < end and start < e for b, e in bodies)
                ):
                    continue
                out.mentions.append(doc.mention(start, end, "Organization", "", index))
                bodies.append((start, end))
                ends.add(end)


_CHINESE_NAME = re.compile("[\u4e00-\u9fff]{3,20}")
_TWO_CHINESE = re.compile("[\u4e00-\u9fff]{2}")


# How news names its own country and places (kg.resolve.OWN_PLACE_WORDS): 我国 and 中方
# are China; 我省, 我市, 我区 and 我县 the article's own province, city, district or county.
# Not where the word is part of another: 集中方式, 其中方案, 空中方阵; 我省委, 我市长.
# 全国 (the whole country) opening a clause, or after the time it opens with (当前全国冬小麦
# 收获进度…), is what it reports on: China too (截至目前，全国共备案博物馆6833家; 1—11月，
# 全国规模以上工业企业利润…). Not where it starts a body's
# or a group's name (全国人大, 全国政协, 全国各族人民) or ranks (全国第一, 全国前列).
# The characters after 方 that make it open a word (方式, 方法, 方案, 方面…): also in X方 (_parties).
_AFTER_FANG_IN_WORD = "式法案向面位针阵舱程言圆便正形块"
_OWN_PLACE = re.compile(
    f"(?:{'|'.join(sorted(OWN_PLACE_WORDS))})"
    rf"(?![{_AFTER_FANG_IN_WORD}])(?![\u4e00-\u9fff]?[长委])"
    rf"|(?:(?<=^)|(?<=[，。；：！？\n])|(?<=当前|目前|今年|去年|如今|现在|同期)){NATIONWIDE}"
    r"(?!人大|政协|各|人民|统一|委员|两会|工商|代表|总工|归侨|供销|妇联|残|劳动|广大|青联|学联"
    r"|台联|侨联|文联|作协|科协|老龄|优秀|先进|模范|道德|重点|第|首|前列|最|平均|范围|上下|性)"
)
_CHINA_WORDS = ("我国", "中方", NATIONWIDE)


def _own_places(doc: Doc, found_homes: dict[str, str], out: Extraction) -> None:
    """Mentions of the places an article calls its own (我国, 我市, 全国), as actors of
    its goals and achievements. Within quotes 我国 is the speaker's country, which may be
    another: only 中方 is taken there."""
    text = doc.norm
    taken = {(m.start, m.end) for m in out.mentions}
    for index in sorted(doc.sentences_with(_OWN_PLACE)):
        sentence = doc.sentences[index]
        quoted = [m.span() for m in QUOTED.finditer(text, sentence.start, sentence.end)]
        for match in _OWN_PLACE.finditer(text, sentence.start, sentence.end):
            start, end = match.span()
            written = match.group()
            if written != "中方" and any(a < start < b for a, b in quoted):
                continue
            name = "中国" if written in _CHINA_WORDS else found_homes.get(written[1])
            if name is None or (start, end) in taken:
                continue
            out.mentions.append(doc.mention(start, end, "Place", name, index))


# The countries news names so even where it writes no other name of them (梅洛尼表示，
# 意方…): one each; not where the character starts several (巴, 印, 马, 新, 伊, 阿) or
# other words (土方, 秘方, 老方).
_USUAL_PARTIES = {
    "美": "美国", "俄": "俄罗斯", "日": "日本", "韩": "韩国", "朝": "朝鲜", "英": "英国",
    "法": "法国", "德": "德国", "意": "意大利", "澳": "澳大利亚", "越": "越南", "泰": "泰国",
    "柬": "柬埔寨", "缅": "缅甸", "菲": "菲律宾", "墨": "墨西哥", "哈": "哈萨克斯坦",
    "埃": "埃及", "沙": "沙特阿拉伯", "以": "以色列", "希": "希腊", "葡": "葡萄牙",
    "荷": "荷兰", "丹": "丹麦", "芬": "芬兰", "挪": "挪威", "波": "波兰", "匈": "匈牙利",
    "捷": "捷克", "蒙": "蒙古国", "古": "古巴", "委": "委内瑞拉", "智": "智利",
}  # fmt: skip
_NOT_PARTY = frozenset("中东西南北双各对地官军警多几一两三前后上下左右甲乙买卖校院厂资劳男女敌我己友他她它本另")


# A country's side in talks as news writes it: its first character and 方 (美方, 澳方, 巴方),
# that country when the article names exactly one country starting so. Not the compass or
# the other words so written (南方, 西方, 双方, 多方, 几方, 一方, 参加方, 执法方), nor a
# word 方 starts (方面).
@cache
def _party_firsts() -> frozenset[str]:
    """The characters X of X方 that may stand for a country: those its names start with."""
    firsts = {name[0] for name, (kind, _) in resources.places().items() if kind == "country"}
    return frozenset((firsts | set(_USUAL_PARTIES)) - _NOT_PARTY)


_NOT_BEFORE_PARTY = frozenset("参增执立司违依创更满卓")
_NOT_AFTER_PARTY = frozenset(_AFTER_FANG_IN_WORD)


def _parties(doc: Doc, out: Extraction) -> None:
    """Mentions of the countries an article names by their side (澳方 -> 澳大利亚): the
    country of that first character the article names, or the one news usually means."""
    text = doc.norm
    firsts = _party_firsts()
    found = []
    position = text.find("方", 1)
    while position > 0:  # a few 方 an article: each looked at, no pattern scans the text
        first = text[position - 1]
        if (
            first in firsts
            and text[position - 2 : position - 1] not in _NOT_BEFORE_PARTY
            and text[position + 1 : position + 2] not in _NOT_AFTER_PARTY
        ):
            found.append(position - 1)
        position = text.find("方", position + 1)
    if not found:
        return
    table = resources.places()
    countries: dict[str, set[str]] = {}
    for mention in out.mentions:
        name = mention.canonical
        if mention.label == "Place" and table.get(name, ("",))[0] == "country":
            countries.setdefault(name[0], set()).add(name)
    taken = {(m.start, m.end) for m in out.mentions}
    starts = doc.sentence_starts
    for start in found:
        first = text[start]
        named = countries.get(first) or (
            {_USUAL_PARTIES[first]} if first in _USUAL_PARTIES else None
        )
        if not named or len(named) > 1 or (start, start + 2) in taken:
            continue
        index = bisect_right(starts, start) - 1
        if index < 0 or start + 2 > doc.sentences[index].end:
            continue
        out.mentions.append(doc.mention(start, start + 2, "Place", next(iter(named)), index))


def _place_chains(
    doc: Doc,
    sentence: Sentence,
    matches: list[re.Match[str] | _Found],
    out: Extraction,
    learned: set[str],
) -> None:
    """Places of ``sentence``, from the known places ``matches`` there and the chains
    they start."""
    text = doc.norm
    names = place_names()
    covered = sentence.start
    # Places listed after the last of a chain, by where they start: the place the list's
    # first lies in, where the gazetteer puts them there too (新疆和田、喀什: 喀什 in 新疆).
    listed_in: dict[int, Mention] = {}
    for match in matches:
        if match.start() < covered:
            continue
        end = match.end()
        if _in_another_word(text, match.start(), end):
            continue
        if _suffix_starts_word(text, end):
            # 北京市场 is 北京 + 市场: the suffix belongs to the next word, and no chain follows.
            short = match.group()[:-1]
            if short in names:
                out.mentions.append(
                    doc.mention(match.start(), end - 1, "Place", names[short], sentence.index)
                )
            covered = end
            continue
        chain = [(match.start(), end, names[match.group()])]
        holding: set[int] = set()  # where a place split off what follows it starts
        if match.group() != names[match.group()] and _level_after(text, end):
            # 阿坝县, 和田市: a short form and a level is a smaller place of that name.
            chain = [(match.start(), end + 1, text[match.start() : end + 1])]
            end += 1
        position = end
        while position < sentence.end:
            known = _place_at(text, position, sentence.end)
            if known:
                chain.append((position, known.end(), names[known.group()]))
                position = known.end()
                continue
            after_parent = _short_after_parent(text, position, sentence.end, chain[-1][2])
            if after_parent:
                written, full = after_parent
                chain.append((position, position + len(written), full))
                position += len(written)
                village = _ONE_CHARACTER_VILLAGE.match(text, position, sentence.end)
                if village and full in resources.counties_after_parent_only():
                    # 安徽黟县宏村: a village of one character and its level, which no link
                    # of two or more reads, after a county of two
                    chain.append((position, village.end(), village.group()))
                    learned.add(village.group())
                    position = village.end()
                continue
            link = _LINK.match(text, position, sentence.end)
            if (
                not link
                or _generic_area(link.group())
                or link.group()[:-1] in _GENERIC_AREAS  # 香港特区区旗: 特区 is no place's name
                or _PART_OF_A_PLACE.search(link.group()) is not None
                or _COUNT_OF_AREAS.match(link.group()) is not None
                or _SITE_IN_LINK.search(link.group()) is not None
                # 青海民和县: a county the dictionary knows, though 和 may join words
                or not (
                    (dictionary_tags().get(link.group()) == "ns" and link.group()[0] != "各")
                    or (
                        _clean_stem(link.group()[:-1])
                        and not _non_place_word(link.group())
                        and not _starts_with_function_word(link.group())
                    )
                )
                or _ends_in_a_word(text, link.end())  # 中国房地产市|场
                or link.group()[-2:] in _FLAG_WORDS
            ):
                break
            middle = _county_before(link.group())
            if middle:
                # 云南普洱孟连县, 安徽黟县宏村: a county, then what lies in it.
                county = text[position : position + middle]
                chain.append((position, position + middle, county))
                holding.add(position)
                learned.add(county)
            chain.append((position + middle, link.end(), link.group()[middle:]))
            learned.add(link.group()[middle:])
            position = link.end()
        covered = position
        listed_after = listed_in.get(chain[0][0])
        previous: Mention | None = listed_after
        mentions = []
        for start, end, name in chain:
            mention = doc.mention(
                start, end, "Place", name if name != text[start:end] else "", sentence.index
            )
            out.mentions.append(mention)
            mentions.append(mention)
            if (
                previous is not None
                and (
                    previous.start in holding
                    or _rank(mention.canonical) < _rank(previous.canonical)
                )
                and not _elsewhere(mention.canonical, previous.canonical)
            ):
                out.relations.append(
                    Relation(mention, "partOf", previous, sentence, 0.9, EXTRACTOR)
                )
            previous = mention
        parent = listed_after if len(mentions) == 1 else mentions[-2]
        if parent is not None and text.startswith("、", position):
            listed = _place_at(text, position + 1, sentence.end)
            if listed and resources.places().get(names[listed.group()], ("", None))[1] == (
                parent.canonical
            ):
                listed_in[listed.start()] = parent


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _elsewhere(place: str, other: str) -> bool:
    """Whether the gazetteer puts ``place`` in places that do not include ``other`` (上海
    纽约大学: 纽约 lies in 美国, not in 上海)."""
    gazetteer = resources.places()
    parent = gazetteer.get(place, ("", None))[1]
    if parent is None:
        return False
    while parent is not None:
        if parent == other:
            return False
        parent = gazetteer.get(parent, ("", None))[1]
    return True


def _level_after(text: str, end: int) -> bool:
    """Whether a level (县, 市, 区, 旗) follows ``end`` that opens no word of its own
    (市场, 市县, 区域, 县处级)."""
    return (
        text[end : end + 1] in ("县", "市", "区", "旗")
        and not _non_place_word(text[end : end + 2])
        and not _non_place_word(text[end : end + 3])
    )


def _short_after_parent(text: str, start: int, end: int, parent: str) -> tuple[str, str] | None:
    """The short form at ``start`` of a place written in full elsewhere that lies in
    ``parent`` (山西大同, 广东河源), and its full name; not where it opens a longer word
    (广东中山大学)."""
    forms = resources.short_forms_after_parent().get(parent)
    if not forms:
        return None
    counties = _all_counties()
    tags = dictionary_tags()
    for stop in range(min(start + _LONGEST_SHORT_FORM, end), start + 1, -1):
        short = text[start:stop]
        name = forms.get(short)
        if (
            name is not None
            and not _level_after(text, stop)
            and tags.get(text[start : stop + 2], "ns") == "ns"
            and tags.get(text[start : stop + 1], "ns") == "ns"
        ):
            if name in counties and (
                text[start : stop + 2] in tags
                or text[start : stop + 1] in tags
                or text[stop : stop + 1] in _ROAD_ENDS
                or text.startswith(("国际机场", "机场"), stop)
            ):
                # 江西鄱阳湖, 湖南汨罗江, 广东雷州半岛: a lake, a river or a peninsula named
                # after the county, which the dictionary holds as a word; 西安雁塔路: a road;
                # 北京大兴国际机场: an airport, whose name it opens
                continue
            return short, name
    return None


# A village or a town named by one character (宏村), after its county.
_ONE_CHARACTER_VILLAGE = re.compile("[\u4e00-\u9fff][村镇](?![\u4e00-\u9fff]{0,1}[村镇乡])")
# The longest short form of a place written after the place it lies in (锡林郭勒, 巴音郭楞).
_LONGEST_SHORT_FORM = 6
# What ends the name of a road or a street named after a place (雁塔路, 南京西路).
_ROAD_ENDS = frozenset("路街道巷")


_LOCATED = re.compile("位于(?P<where>[\u4e00-\u9fff]{2,12}?)(?:[东西南北中]部|[东西南北]岸|深处)?的")


_CITY_WORD = re.compile("城市|首都|首府")


@cache
def _city_of_pattern() -> re.Pattern[str]:
    """意大利的另外一座城市威尼斯, 法国首都巴黎: a known place, then what kind of place in
    it the next one is."""
    places = _known_place_pattern().pattern
    return re.compile(
        f"(?P<where>{places})的?(?:另外|另)?(?:一座|一个)?(?:港口城市|城市|首都|首府)"
    )


def _located(doc: Doc, out: Extraction) -> None:
    """位于欧洲南部的意大利, 意大利的城市威尼斯: a place said to lie in a known place, or
    to be one of its cities, is part of it. The one it names is a known place too, or one
    the recogniser reads there."""
    found = [
        (index, match)
        for index, matches in doc.matches_by_sentence(_LOCATED).items()
        for match in matches
    ]
    # The place pattern only where a kind of city is written (a rare word: one scan for it).
    for index in doc.sentences_with(_CITY_WORD):
        sentence = doc.sentences[index]
        for match in _city_of_pattern().finditer(doc.norm, sentence.start, sentence.end):
            found.append((index, match))
    for index, match in sorted(found, key=lambda item: (item[0], item[1].start())):
        _place_in(doc, doc.sentences[index], match, out)


def _place_in(doc: Doc, sentence: Sentence, match: re.Match[str], out: Extraction) -> None:
    """The place right after ``match`` is part of the known place its ``where`` names."""
    text = doc.norm
    names = place_names()
    where = match.group("where")
    if where not in names:
        return
    end = match.end()
    known = _known_place_pattern().match(text, end, sentence.end)
    if known:
        stop, name = known.end(), names[known.group()]
    else:
        # The recogniser may read the kind of place with the name (城市西雅图).
        spans = [
            s
            for s in clause_spans(doc, end)
            if s.type == "Place"
            and match.start() <= s.start <= end < s.end
            and s.confidence >= COMPOUND_CONFIDENCE
        ]
        if not spans or not _place_like(text[end : spans[0].end]):
            return
        stop, name = spans[0].end, ""
    # The place must end there (not 的中国科学院…, 的意大利人) and be the smaller.
    follows = text[stop : stop + 2]
    if (
        stop < sentence.end
        and "\u4e00" <= follows[0] <= "\u9fff"
        and not dictionary_tags().get(follows, "").startswith("v")
    ) or _rank(name or text[end:stop]) >= _rank(names[where]):
        return
    index = sentence.index
    parent = doc.mention(match.start("where"), match.end("where"), "Place", names[where], index)
    child = doc.mention(end, stop, "Place", name, index)
    out.relations.append(Relation(child, "partOf", parent, sentence, 0.8, EXTRACTOR))


#: How sure the recogniser must be of a place written after the place it lies in.
COMPOUND_CONFIDENCE = 0.45


# Characters that, after a place, start no place in it (中国式, 广东各地, 中国队).
_NOT_AFTER_PLACE = frozenset("的和与及等各式地队愿还已将在是也都对向同并为以从到把被就再又及方籍家奥舰省冬贸要")


def _recognised_compounds(doc: Doc, out: Extraction) -> None:
    """A place written right after the place it lies in that no chain reads (意大利拉奎拉,
    法国马赛港): where a known place is followed by characters that are no common word,
    the recogniser reads the whole; what follows the known place is part of it."""
    text = doc.norm
    names = place_names()
    taken = [(m.start, m.end) for m in out.mentions if m.label == "Place"]
    starts = {start for start, _ in taken}
    tags = dictionary_tags()
    for index, matches in doc.matches_by_sentence(_known_place_pattern()).items():
        sentence = doc.sentences[index]
        for match in matches:
            end = match.end()
            following = tags.get(text[end : end + 2], "ns")
            # A county the dictionary takes for a noun (府谷, 磐石) is still one where it
            # stands alone between 在 and a comma (在陕西榆林府谷，).
            noun = following == "n" and text[end + 2 : end + 3] == "，"
            if (
                end in starts
                or end >= sentence.end
                or not "\u4e00" <= text[end] <= "\u9fff"
                or text[end] in _NOT_AFTER_PLACE
                or (_common_tag(following) and not noun)
                # 马里亚纳海沟: a name the dictionary holds runs from the place on (马里亚纳)
                or any(tags.get(text[match.start() : end + k], "").startswith("nr") for k in (1, 2, 3))
            ):
                continue
            for span in places_over(doc, match.start(), end, taken):
                head = match.group()
                rest = text[end : span.end]
                if (
                    (noun and (span.end != end + 2 or text[span.start - 1 : span.start] != "在"))
                    or span.confidence < COMPOUND_CONFIDENCE
                    or not _place_like(rest, noun)
                    or text.startswith(_FIRM_WORDS, span.end)  # 西安乐玛科技: a firm's name
                    or rest.endswith(_FIRM_WORDS)
                    or any(begin < span.end and end < stop for begin, stop in taken)
                    # After another place, a place that is a title is the ruler's title
                    # (文莱苏丹哈桑纳尔), not where the name lies.
                    or (span.start < match.start() and _title_pattern().fullmatch(head))
                ):
                    continue
                parent = doc.mention(match.start(), end, "Place", names[head], index)
                child = doc.mention(end, span.end, "Place", "", index)
                out.relations.append(Relation(child, "partOf", parent, sentence, 0.7, EXTRACTOR))
                if _LOCALITY.fullmatch(rest):
                    out.mentions.append(child)
                taken.append((end, span.end))


# The levels that end a county's or a city's name, and a town's or a county's.
_COUNTY_ENDS = frozenset("县市区旗州")
_TOWN_ENDS = frozenset("县市旗镇乡村")
_COUNTING = frozenset("一二三四五六七八九十两几多数各")


def _county_before(rest: str) -> int:
    """How many characters of ``rest``, a place read after a known one, name a county or
    a city it holds (普洱|孟连县, 连城|四堡镇, 黟县|宏村): two or three that the dictionary
    calls a place, or that end with a level, before a town or county of three or more (of
    two after a level); 0 where there is none (巴里坤县, 察布查尔县: one county)."""
    tags = dictionary_tags()
    for size in (2, 3):
        head, tail = rest[:size], rest[size:]
        levelled = head[-1] in _COUNTY_ENDS
        if (
            (levelled or tags.get(head) == "ns")
            and len(tail) >= (2 if levelled else 3)
            and tail[-1] in _TOWN_ENDS
            and head[0] not in _COUNTING  # 三市五县: how many
            and tail not in _NOT_PLACES  # 沙县农村: the countryside of 沙县
        ):
            return size
    return 0


_CHINESE = re.compile("[\u4e00-\u9fff]{2,6}")
# A place read after another that acts in the sentence (在陕西洛川，当地…为全县8200多户完成了
# 热源改造; 江苏太仓聚集超550家德资企业): a county or town's short name, or one with its
# level; not a square, a lakeside, a road or a stretch of river (西藏布达拉宫广场举行…), which
# are where things happen, nor a word that opens with a level (县河段).
_LOCALITY = re.compile(
    "(?![省市县区乡镇村])(?:[\u4e00-\u9fff]{1,2}[^区路环街段畔场台宫山湖河]"
    "|[\u4e00-\u9fff]{1,4}[县市州旗镇乡])"
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _place_like(name: str, noun: bool = False) -> bool:
    """Whether a name the recogniser read after a place reads as a place itself: two to
    six Chinese characters, no common word (王国, 乡村, 半岛; a word the dictionary calls a
    noun only where ``noun`` says it stands alone, as in 在陕西榆林府谷，), no known place at
    its start (the chains have it), no organisation, facility or title in it."""
    names = place_names()
    return (
        _CHINESE.fullmatch(name) is not None
        and name[0] not in "多各两三几全本当该此外一唯驻"
        and _COUNT_OF_AREAS.match(name) is None  # 长三角四省市
        and not name.startswith(_KINDS_OF_PLACE)
        and _ROAD_CUT.match(name) is None
        and name not in _NOT_PLACES
        and name[-2:] not in _GENERIC_AREAS
        and name[-2:] not in _LEVEL_WORDS  # 文旅市场
        and _clean_stem(name)
        and not _starts_with_function_word(name)
        and (noun or not _common_tag(dictionary_tags().get(name, "ns")))
        and not any(name[:size] in names for size in range(2, len(name) + 1))
        and not name.endswith(_FACILITIES + resources.org_suffixes())
        # 嘉荫江畔, 南岗河畔纳凉: a riverside and what is done there
        and (not name.endswith(_SIDES) or name.endswith("口岸"))
        and "畔" not in name
        and not name.endswith(("以南", "以北", "以东", "以西"))  # 河南黄河以南部分地区
        and _title_pattern().search(name) is None
    )


# What opens the rest of a firm's name after its place's (西安乐玛科技).
_FIRM_WORDS = ("科技", "公司", "集团", "股份", "有限", "实业", "电子", "商贸")
# The side or the bank of something, after its name (江畔, 湖岸, 山麓).
_SIDES = ("畔", "岸", "沿", "侧", "麓")
# The rest of a road named after a place (南京西路, 嘉兴路街道), no place of its own.
_ROAD_CUT = re.compile("[东南西北中]?路")
# What a place is called before its name (美国城市西雅图, 法国首都巴黎): not part of it.
_KINDS_OF_PLACE = ("港口城市", "城市", "首都", "首府")
# Words tagged as places that name no one place.
_NOT_PLACES = frozenset(
    "河谷 林海 王国 河湖 西南 东北 西北 东南 华北 华东 华南 华中 大洋 海域 城乡 乡村 农村 "
    "嘉宾 海关 海峡 湖畔 新区 丛林 卫浴 车展 回国 归国 出国 回京".split()
)
# A site or a works in a place, and the part of it something is done in (漯河产业园扦样区,
# 工业园区, 物流基地作业区): no place of a chain.
_SITE_IN_LINK = re.compile("产业园|工业园|科技园|物流园|基地|中心|工厂|公司|车间")
# A part of a place named by where it lies or what it grows (河南南部地区, 安徽小麦主产区):
# no place of its own name.
_PART_OF_A_PLACE = re.compile(
    "^(?:[东南西北中]部|东南|东北|西南|西北|南方|北方|沿海|沿江|沿边|大陆|内陆|边境)地区$|产区$"
)
# A count of areas (太原、吕梁、忻州三市五县; 福建、宁夏两省区), not an area's name.
_COUNT_OF_AREAS = re.compile("[一二三四五六七八九十两几多数各]+[省市县区州盟旗镇乡村]")
# Things in a place that are not places of a chain.
_FACILITIES = (
    "卫星", "现场", "医院", "机场", "车站", "站", "中心", "大桥", "线路", "工程", "公路", "河道",
    "赛场", "群众", "名城", "实验室", "馆", "简牍", "酒店", "饭店", "店", "写字楼", "地王",
    "二手房", "码头", "期间",
)  # fmt: skip


def _common_tag(tag: str) -> bool:
    """A dictionary tag of a common word (noun, verb, adjective, adverb, numeral, time,
    direction), not of a name."""
    return tag in ("n", "f", "s", "t") or tag[0] in "vadmq"


@cache
def _title_pattern() -> re.Pattern[str]:
    return re.compile(alternation(resources.titles()))


_UNKNOWN_PLACE = re.compile(
    # (所在地沁阳市: 地 closes 所在地, it opens no place)
    r"(?:^|(?<=[，。、；：:,\s“（(在于和与到赴从对由])(?<!所在)|(?<=所在地))"
    r"([\u4e00-\u9fff]{2,3}?(?:省|市|县|自治州|自治县))"
    # 麦收省份, 地市级, 农贸市场, 县域, 花田市集 are no places
    r"(?!份|级|场|域|(?<=市)集(?!中|聚|团|体))"
)


# What every place _UNKNOWN_PLACE finds ends with.
_LEVEL = re.compile("[省市县州]")


def _unknown_places(
    doc: Doc, sentence: Sentence, out: Extraction, learned: set[str], taken: list[tuple[int, int]]
) -> None:
    """A province, city or county the gazetteer lacks (云岭省, 梧川市), at a clause boundary,
    and the chain it starts (梧川市青禾县); ``taken`` holds the places found so far."""
    text = doc.norm
    for match in _UNKNOWN_PLACE.finditer(text, sentence.start, sentence.end):
        start, end = match.span(1)
        word, stem = match.group(1), match.group(1)[:-1]
        if (
            any(s < end and start < e for s, e in taken)
            or not _unknown_stem(stem)
            or _non_place_word(word)
            or _counts_areas(word)
        ):
            continue
        chain = [(start, end, word)]
        position = end
        while position < sentence.end:
            link = _LINK.match(text, position, sentence.end)
            if (
                not link
                or not _unknown_stem(link.group()[:-1])
                or _PART_OF_A_PLACE.search(link.group()) is not None
                or _SITE_IN_LINK.search(link.group()) is not None
                or _rank(link.group()) >= _rank(chain[-1][2])
            ):
                break
            chain.append((position, link.end(), link.group()))
            position = link.end()
        previous: Mention | None = None
        for link_start, link_end, name in chain:
            learned.add(name)
            mention = doc.mention(link_start, link_end, "Place", "", sentence.index)
            out.mentions.append(mention)
            taken.append((link_start, link_end))
            if previous is not None:
                out.relations.append(
                    Relation(mention, "partOf", previous, sentence, 0.85, EXTRACTOR)
                )
            previous = mention


def _counts_areas(word: str) -> bool:
    """Whether ``word`` counts areas, alone or after a word (三省一市, 连通三省), not a
    region named by them (沿黄九省)."""
    count = _COUNT_OF_AREAS.search(word)
    return count is not None and (
        count.start() == 0 or word[: count.start()] in dictionary_tags()
    )


def _unknown_stem(stem: str) -> bool:
    """A stem that may name a place: not a common word, no function characters."""
    tag = dictionary_tags().get(stem)
    return (
        _clean_stem(stem)
        and (tag is None or tag in ("ns", "nz", "nr", "nrt"))
        and not _starts_with_function_word(stem)
    )


# How the names of parties end before their 党 (共产党, 人民革命党, 工人党, 社会民主党).
_PARTY_NAME_ENDS = (
    "共产", "革命", "人民", "工人", "劳动", "民主", "社会", "发展", "团结", "进步", "统一", "正义",
    "独立", "自由", "国民", "民族", "联合", "行动", "公民", "共和", "联盟", "保守", "工党", "劳工",
)  # fmt: skip


def _organisations(
    doc: Doc,
    sentence: Sentence,
    matches: list[re.Match[str]],
    places: list[Mention],
    homes: dict[str, str],
    out: Extraction,
) -> None:
    """Organisations of ``sentence``: the known ones ``matches`` found there, the bodies
    they hold, and national bodies after its ``places``."""
    text = doc.norm
    known = resources.organizations()
    local = _local_bodies()
    for match in matches:
        name = match.group()
        start, end = match.start(), match.end()
        if name.startswith("党") and text.endswith(_PARTY_NAME_ENDS, 0, start):
            # 越南共产党中央政治局, 老挝人民革命党中央政治局: not 党中央, the Chinese party's
            # centre
            continue
        if name.endswith("部") and text.startswith("门", end):
            continue  # 人社部门, 交通运输部门: the departments of a field, not the ministry
        if name == "联合国" and text.startswith("家", end):
            continue  # 总台联合国家消防救援局推出…: 联合 (jointly) and 国家 (national)
        canonical = ""
        home = homes.get(name[0]) if name in local else None
        opening = next((p for p in places if p.end == start), None) if name in local else None
        if opening is not None:
            # 山西省委: the place written right before the body is its place.
            home = opening.canonical if opening.canonical.endswith(name[0]) else None
            if home:
                canonical = home + name[1:]
        elif home and not _preceded_by_place(text, start):
            canonical = home + name[1:]
        org = doc.mention(start, end, "Organization", canonical, sentence.index)
        out.mentions.append(org)
        parent = known.get(name)
        if parent and name.startswith(parent):
            out.relations.append(
                Relation(
                    org,
                    "partOf",
                    doc.mention(start, start + len(parent), "Organization", "", sentence.index),
                    sentence,
                    0.85,
                    EXTRACTOR,
                )
            )
        elif name in local:
            for body in _local_bodies_longest_first():
                # 省纪委监委 is the commission and its twin, not a part of 省纪委.
                if (
                    body != name
                    and name.startswith(body)
                    and len(body) >= 2
                    and name[len(body) :] not in _TWIN_BODIES
                ):
                    parent_name = home + body[1:] if home and canonical else ""
                    parent_mention = doc.mention(
                        start, start + len(body), "Organization", parent_name, sentence.index
                    )
                    out.relations.append(
                        Relation(org, "partOf", parent_mention, sentence, 0.85, EXTRACTOR)
                    )
                    break
        _sub_body(doc, sentence, org, out)
        follower = _known_org_pattern().match(text, end, sentence.end)
        if follower and known.get(follower.group()) == name:
            child = doc.mention(end, follower.end(), "Organization", "", sentence.index)
            out.relations.append(Relation(child, "partOf", org, sentence, 0.85, EXTRACTOR))
    for place in places:
        head = _national_body_pattern().match(text, place.end, sentence.end)
        if head:
            org = doc.mention(place.start, head.end(), "Organization", "", sentence.index)
            out.mentions.append(org)
            _sub_body(doc, sentence, org, out)


# Bodies that share their offices with the one named before them (纪委监委).
_TWIN_BODIES = frozenset(("监委",))


@cache
def _local_bodies() -> frozenset[str]:
    return frozenset(resources.local_bodies())


@cache
def _local_bodies_longest_first() -> tuple[str, ...]:
    return tuple(sorted(resources.local_bodies(), key=len, reverse=True))


@cache
def _national_body_pattern() -> re.Pattern[str]:
    bodies = ("议会", "国民议会", "联邦委员会", "国家杜马", "政府", "众议院", "参议院", "国会")
    return re.compile(f"(?:{alternation(bodies)})")


def _preceded_by_place(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "省市区县州"


def _sub_body(doc: Doc, sentence: Sentence, parent: Mention, out: Extraction) -> None:
    """A body written right after ``parent``: 全国政协 + 社会和法制委员会."""
    text = doc.norm
    window = text[parent.end : min(sentence.end, parent.end + 14)]
    head = _sub_head_pattern().search(window)
    if not head:
        return
    # 原 (former) belongs to the post that follows (上海市政协原党组成员), not the body.
    former = 1 if window.startswith("原") and head.start() >= 1 else 0
    stem, child = window[former : head.start()], window[former : head.end()]
    if (
        len(child) < 2
        or re.search(r"[^\u4e00-\u9fff]|[第届次]", child)
        or child in resources.local_bodies()
        or child in resources.organizations()
        or (stem and _non_place_word(child))
        or (stem and _starts_with_function_word(stem))
        or (stem and not _clean_stem(stem.replace("和", "")))
        # 中国共产党领导和关心人民政协: what the body does to another, not a part of it;
        # 远东地区政府间合作委员会: a body between governments; 上海合作组织成员国政府首脑理事会:
        # the members' governments
        or stem.startswith(("领导", "指导", "关心", "支持", "带领", "团结", "间"))
        or (stem.startswith("成员国") and head.group() == "政府")
        or _title_start(child)
        or set(child) & set("将是的了在")
        or _known_org_pattern().search(child)
        or (len(head.group()) == 1 and _non_place_word(child[-2:]))
    ):
        return
    begin, end = parent.end + former, parent.end + head.end()
    # Named in full (国务院新闻办公室), so that two bodies' 新闻办公室 stay apart.
    sub = doc.mention(
        begin, end, "Organization", parent.canonical + text[begin:end], sentence.index
    )
    out.mentions.append(sub)
    out.relations.append(Relation(sub, "partOf", parent, sentence, 0.8, EXTRACTOR))


@cache
def _sub_head_pattern() -> re.Pattern[str]:
    # A one-character head must end the word: 部 in 宣传部, not in 部门 or 部署. Longer heads
    # come first; every branch starts with a character, which makes the search quick.
    heads = [h for h in resources.org_suffixes() if len(h) > 1]
    single = [h for h in resources.org_suffixes() if len(h) == 1]
    ends_word = "(?![门分署长队位员会属级])"
    # 办 (office) also starts verbs: 国务院部门办理…建议, 办好, 办事.
    verb_after = {"办": "(?![理好事法学案成结])"}
    return re.compile(
        "|".join(
            alternatives(heads)
            + [re.escape(head) + ends_word + verb_after.get(head, "") for head in single]
        )
    )


def _title_start(word: str) -> bool:
    return word.startswith(_long_titles())


@cache
def _long_titles() -> tuple[str, ...]:
    return tuple(t for t in resources.titles() if len(t) > 1)
