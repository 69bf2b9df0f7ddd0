"""Persons and the posts they hold: "区委副书记、区长蔡颖", "习近平主席", "李鸿忠为秘书长".

A post is a title head (书记, 副总理, ...) with the organisation or place written before
it; a run of posts joined by 、 or 兼 belongs to the name (or list of names) that
follows. Role labels such as 区领导 or 负责人 introduce persons but give no post.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right, insort
from functools import cache, lru_cache
from operator import itemgetter

from kg import resources
from kg.extract.base import Extraction, Relation, register
from kg.extract.clauses import BOOK_TITLE, clause_bounds
from kg.extract.hierarchy import expand_local, heading_places, homes
from kg.extract.names import (
    ADDRESSES,
    TRANSLIT,
    KnownNames,
    foreign_name_at,
    is_name_run,
    name_at,
    name_before,
    name_run,
)
from kg.extract.recognised import better_name, clause_spans, person_at, person_before
from kg.model import Mention, Sentence
from kg.nlp.doc import Doc
from kg.nlp.lexicon import WORD_CACHE_SIZE, alternation, is_common_word, place_names, word_tag
from kg.nlp.segment import TaggedWords

EXTRACTOR = "people"

# Prefix words that belong to a post although the dictionary tags them otherwise (间 of
# 政府间合作委员会 is a localizer).
_PREFIX_WORDS = frozenset(
    {"第一", "常务", "执行", "驻", "驻华", "首任", "名誉", "荣誉", "全国", "中共", "陆军", "海军", "空军",
     *"省市县区州镇乡村间"}
)
# An ordinal in a body's name (第三人民医院, 第二中学), or a session's number in the name of
# its presidium (全国政协十四届一次会议主席团常务主席).
_ORDINAL = re.compile("第[一二三四五六七八九十]{1,3}|[一二三四五六七八九十]{1,3}[届次]")
_PREFIX_TAGS = ("n", "nt", "ns", "nz", "j", "b", "nnt", "ng", "vn", "an", "nrt")
# Titles that follow a bare name ("习近平主席", "普京总统").
_TITLE_AFTER_NAME = frozenset(
    {
        "主席",
        "总书记",
        "总理",
        "总统",
        "首相",
        "书记",
        "国王",
        "亲王",
        "教授",
        "常委",
        "委员",
        "外长",
        "部长",
        "大使",
        "委员长",
        "议长",
        "秘书长",
        "副总理",
        "副主席",
        "副总统",
        "省长",
        "市长",
        "区长",
        "县长",
    }
)
# Titles after a name that opens its clause, where the segmenter may take the name's
# last characters for the title's prefix (吴为山常委代表…发言).
_CLAUSE_TITLES = frozenset({"常委", "委员"})
# Characters of a body's name (市委, 党组, 政府), which no name read before a title holds.
_BODY_CHARACTERS = frozenset("省市县区州镇乡村委党部局厅府院")
_STACK = "、兼"
_CLAUSE_ENDS = frozenset("，。；")
# What a clause that a name opens comes after.
_CLAUSE_OPENERS = ("，", "。", "；", "：", "、", "“", "”", "日", "上午", "下午", "晚上", "同时", "随后")
_ACTING = re.compile(r"表示|指出|强调|要求|(?<!来)说|出席|主持|会见|会晤|参加|致辞|讲话|发言|宣布|介绍|认为|透露|坦言|告诉")
# Words the dictionary tags as nouns that act as verbs before a post ("会见巴西众议长",
# "通报中国航空器材集团有限公司原董事长").
_NOT_PREFIX = frozenset(
    {
        "会见",
        "会晤",
        "会谈",
        "连线",
        "陪同",
        "欢迎",
        "访问",
        "邀请",
        "会同",
        "致电",
        "致信",
        "祝贺",
        "通报",
        "先生",
        "女士",
        "小姐",
        "前任",
        "时任",
        "有关",
        "原",
    }
)


@cache
def _anchor_pattern() -> re.Pattern[str]:
    heads = list(resources.titles()) + sorted(resources.generic_titles())
    # A title inside an organisation's name (委员会, 主席团, 书记处) is not a title.
    return re.compile(f"(?:{alternation(heads)})(?![会团处厅局办室组])")


def _prefix_start(doc: Doc, sentence: Sentence, start: int, reach: dict[int, int]) -> int:
    """Where the organisation/place prefix of the title at ``start`` begins."""
    if doc.norm[start - 1 : start] == "）":
        # 刚果（布）总统: a place whose name holds brackets, which split it into words
        for name in _bracketed_places():
            if start - len(name) >= sentence.start and doc.norm.endswith(name, 0, start):
                return _prefix_start(doc, sentence, start - len(name), reach)
    # Punctuation is no prefix, so the words before the title within its stretch suffice.
    words = doc.words_at(sentence, start - 1) if start > sentence.start else None
    if words is None:
        return start
    index = words.count_before(start) - 1  # the word that holds the character before
    if (
        words.words[index] in _FORMER
        and index > 0
        and words.bounds[index + 1] == start
        and is_prefix_word(words.words[index - 1])
    ):
        # 省公安厅原厅长: the post of the body before 原, held before
        return _prefix_reach(words, index - 1, reach)
    part = words.words[index][: start - words.bounds[index]]  # the word up to the title
    # 中国国际经济|交流中心|副理事长: a centre named by a set phrase ends a body's name too.
    if not (is_prefix_word(part) or (_phrase_in_body(part) and part.endswith("中心"))):
        return start
    # 国家技术创新|中心|主任: a centre ends a body's name before a title, set phrases and all
    body = _names_body(part) or part.endswith("中心")
    begin = _prefix_reach(words, index, reach, body)
    former = words.count_before(begin)
    if (
        former >= 2
        and words.words[former - 1] in _FORMER
        and words.words[former].startswith("党")
        and is_prefix_word(words.words[former - 2])
    ):
        # 江西省人大常委会原党组副书记: the body before 原, whose party group it was
        begin = _prefix_reach(words, former - 1, reach)
    elif (
        former >= 1
        and len(words.words[former - 1]) > 1
        and words.words[former - 1][-1] in _FORMER
        and words.words[former].startswith("党")
        and words.words[former - 1][-2] in "司处科室部局厅委办院署"
    ):
        # 国家发展改革委评估督导|司原|党支部书记: the segmenter joins 原 to the body's end
        begin = _prefix_reach(words, former - 1, reach, body=True)
    if body and begin > words.bounds[0]:
        # 启德教育广州分公司总经理, 辽宁奥克化学股份有限公司董事长: a firm's own name, which
        # no list holds, opens the stretch (between marks) before the words of its body.
        opening = words.bounds[0]
        if begin - opening <= 6 and _firm_name(doc, sentence, opening, begin):
            return opening
    return begin


@cache
def _bracketed_places() -> tuple[str, ...]:
    """The places whose names hold brackets (刚果（布）)."""
    return tuple(name for name in place_names() if name.endswith("）"))


def _firm_name(doc: Doc, sentence: Sentence, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a name of one or two words the segmenter calls nouns or
    names (启德, 奥克, 施耐德): no verb (会议听取了, 杂志发表), preposition (同, 应), time or
    number (第八届), nor a word that no post opens with (原, 时任, 会见)."""
    words = doc.words_at(sentence, start, tagged=True)
    if words is None or words.tags is None:
        return False
    first, last = words.count_before(start), words.count_before(end)
    if words.bounds[first] != start or words.bounds[last] != end or not 0 < last - first <= 2:
        return False
    if doc.norm[end - 1] in _GLUED_AFTER_NAME:
        return False  # 穆红玉为|国家监委委员: a name and 为, read as one name
    return all(
        tag.startswith(("n", "eng")) and not tag.startswith("nt") and word not in _NOT_PREFIX
        for word, tag in zip(words.words[first:last], words.tags[first:last], strict=True)
    )


# Prepositions and conjunctions the segmenter may read as the end of a name before them.
_GLUED_AFTER_NAME = frozenset("为在和与及对向把被是将")


# What marks a post as held before, between its body and its title (省公安厅原厅长).
_FORMER = frozenset({"原"})


# Words that join two parts of a body's name (宪法和法律委员会, 劳工及福利局), and the
# tags of a part they join: nouns, not names, places or titles (胡锦涛与意大利总理,
# 江苏和浙江省委书记). The dictionary tags names it holds nz as it does some nouns: such
# a part is taken only after a word of a body (能源发展战略和…, not 大使王文天和…).
_JOINING = frozenset({"和", "与", "及"})
_JOINED_TAGS = frozenset({"n", "vn", "nt"})


def _joins(words: TaggedWords, count: int) -> bool:
    """Whether the word before word ``count`` joins a part of a body's name to it."""
    if count < 2 or words.words[count - 1] not in _JOINING:
        return False
    part = words.words[count - 2]
    if _phrase_in_body(part):
        return True  # 自然资源和生态环境处
    if not is_prefix_word(part):
        return False
    tag = word_tag(part)
    if tag in _JOINED_TAGS:
        return True
    return (
        tag == "nz"
        and count > 2
        and is_prefix_word(words.words[count - 3])
        and word_tag(words.words[count - 3]) != "nnt"
    )


def _phrase_in_body(word: str) -> bool:
    """Whether ``word`` is a set phrase of four characters the dictionary tags ``l``, such
    as bodies are named after (国务院食品安全委员会, 自然资源和生态环境处)."""
    return len(word) == 4 and word_tag(word) == "l"


# The tags of the noun an adjective of a body's name follows (金融|稳定|理事会).
_QUALIFIED_TAGS = frozenset({"n", "nz", "ns", "nt", "j"})


def _pair_before(words: TaggedWords, count: int, body: bool) -> bool:
    """Whether the two words before word ``count`` belong to the prefix together: a part of
    a body's name and the word that joins it (``body``: 宪法和|法律委员会), an adjective of
    two characters after a noun of a body's name (金融稳定|理事会, not 新开发|银行), or two
    common nouns of a portfolio joined by 和 or 及 (乡村及|区域发展部长)."""
    if count < 2:
        return False
    noun, before = words.words[count - 2], words.words[count - 1]
    if body and (
        _joins(words, count)
        or (
            len(before) == 2
            and word_tag(before) == "a"
            and word_tag(noun) in _QUALIFIED_TAGS
            and is_prefix_word(noun)
        )
    ):
        return True
    return (
        before in _JOINING
        and word_tag(noun) == "n"
        and word_tag(words.words[count]) == "n"
        and is_prefix_word(noun)
    )


def _names_body(word: str) -> bool:
    """Whether ``word``, right before a title, ends the name of a body."""
    return word in resources.organizations() or word.endswith(resources.org_suffixes())


def _prefix_reach(words: TaggedWords, count: int, reach: dict[int, int], body: bool = False) -> int:
    """Where the prefix words before word ``count`` begin: walking back over the words
    while they may be part of a prefix; where they end a body's name (``body``), over
    the parts its name joins and the verb before its 工作 or 工委 (预算工作委员会, 预算工委)
    too (:func:`_pair_before`). What each walk passes is kept in ``reach`` (by offset), so
    that titles written one after another are not walked back again."""
    passed = []
    while True:
        boundary = words.bounds[count]
        begin = reach.get(boundary)
        if begin is not None:
            break
        passed.append(boundary)
        if count == 0:
            begin = boundary
            break
        before = words.words[count - 1]
        if (
            is_prefix_word(before)
            or (body and words.words[count] in ("工作", "工委") and word_tag(before) == "v")
            or (body and _phrase_in_body(before))
        ):
            count -= 1
        elif _pair_before(words, count, body):
            passed.append(words.bounds[count - 1])
            count -= 2
        else:
            begin = boundary
            break
    for boundary in passed:
        reach[boundary] = begin
    return begin


def _post_start(
    doc: Doc, sentence: Sentence, title_start: int, starts: dict[int, int], reach: dict[int, int]
) -> int:
    """Where the post whose title starts at ``title_start`` starts (kept in ``starts``)."""
    start = starts.get(title_start)
    if start is None:
        start = starts[title_start] = _prefix_start(doc, sentence, title_start, reach)
    return start


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_prefix_word(word: str) -> bool:
    """Whether ``word`` may be part of the organisation or place before a title."""
    if word in _NOT_PREFIX:
        return False
    tag = word_tag(word)
    return (
        (tag.startswith(_PREFIX_TAGS) and not tag.startswith("nr"))
        or word in _PREFIX_WORDS
        or _ORDINAL.fullmatch(word) is not None
        or word in resources.organizations()
        or word.endswith(resources.org_suffixes())
        or (word == "副")
    )


def _acting_name(doc: Doc, sentence: Sentence, end: int) -> str | None:
    """The name that ends at ``end`` and opens its clause, if the segmenter reads it as
    a person's name too (白皮书指出 and 莫斯科会见 are not persons)."""
    text = doc.norm
    where = _AT_BEFORE_ACTING.search(text, max(sentence.start, end - 20), end)
    if where is not None and where.start() > sentence.start:
        end = where.start()  # 林志远在会上指出, 林志远在讲话中强调: the name ends before 在
    elif end - 1 > sentence.start and text[end - 1] in "等在":
        # 王毅、秦刚等参加: the list's last name ends before 等; 沈跃跃在参加…时说: before 在
        end -= 1
    elif end - 2 > sentence.start and text.endswith(ADDRESSES, sentence.start, end):
        end -= 2  # 张伟先生表示: the form of address is no part of the name
    elif end - 1 > sentence.start and text[end - 1] in _ADVERBS:
        words = doc.words_at(sentence, end - 1, tagged=True)
        if words is not None and words.tags is not None:
            at = words.count_before(end - 1)
            if (
                words.bounds[at] == end - 1
                and words.bounds[at + 1] == end
                and words.tags[at] == "d"
            ):
                end -= 1  # 班禅还主持: the adverb after the name is no part of it
    dotted = _DOTTED_OPENING.search(text, max(sentence.start, end - _DOTTED_LONGEST), end)
    if dotted is not None and _spells_a_dotted_name(dotted.group()):
        return dotted.group()  # 雪克来提·扎克尔参加会见: parts joined by · spell a name
    for size in (3, 2):
        start = end - size
        if start < sentence.start:
            continue
        opening = start - 1 if text[start - 1 : start] in _JOINING_WORDS else start
        if opening > sentence.start and not text.endswith(
            _CLAUSE_OPENERS, sentence.start, opening
        ):
            continue
        run = text[start:end]
        if (
            not is_name_run(run)
            or (size == 3 and run[0] in _JOINING_WORDS)  # 但彭顺透露: 但 opens the clause
            or run.endswith("们")  # 师生们表示: those who spoke, no one named
            or run in place_names()
            or run in resources.not_names()
        ):
            continue
        words = doc.words_at(sentence, start, tagged=True)
        if words is None or words.tags is None:
            continue
        # The words that start in the run tile it exactly when a word starts at each end
        # (or at the conjunction before it, which the segmenter may join to the name:
        # 但林顺|透露).
        first, last = words.count_before(start), words.count_before(end)
        if words.bounds[first] != start:
            first = words.count_before(opening)
        # 邵鸿在|参加…时说: the segmenter may join the 在 after the name to it.
        glued = (
            text.startswith("在", end)
            and last > 0
            and words.bounds[last] == end + 1
            and words.tags[last - 1].startswith("nr")
        )
        tiled = words.bounds[first] in (start, opening) and (words.bounds[last] == end or glued)
        if tiled and any(tag.startswith("nr") for tag in words.tags[first:last]):
            return run
    return None


def _spells_a_dotted_name(run: str) -> bool:
    """Whether ``run``, parts joined by ·, spells a name alone: its last part all in
    transliteration characters, its first with at most one character that is not, and
    opening with no function word or common word (但汤姆·莎士比亚, 经理古·伦曼, 艾力更·依明巴海
    同志 are not)."""
    first, last = run.split("·", 1)[0], run.rsplit("·", 1)[1]
    return (
        all(ch in TRANSLIT for ch in last)
        and sum(ch not in TRANSLIT for ch in first) <= 1
        and word_tag(first[0]) not in ("c", "p", "d", "u", "r")
        and not is_common_word(first[:2])
    )


# A name of parts joined by · that opens its clause, up to where a search ends, and how
# long one may be.
_DOTTED_LONGEST = 36
_DOTTED_OPENING = re.compile(
    "(?:^|(?<=[，。；：、“”\n]))[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}$"
)
# Where a name does what it does, between it and the verb (在会上, 在讲话中, 在致辞时).
_AT_BEFORE_ACTING = re.compile("在[^，。；：、“”在]{1,14}?(?:上|中|时|期间)$")
# 同X会谈, 与X举行会晤, 同X通电话: X is who the one before 同 talks with.
_TALK_PARTNER = re.compile("[同与]([^，。；、\\s]{2,16}?)(?:举行)?(?:会谈|会晤|通电话)")
# Conjunctions that open a clause before a name (但彭顺透露, 而林志远认为).
_JOINING_WORDS = frozenset("但而并且或及和与若")
# Adverbs that come between a subject and its verb (班禅还主持, 王毅也出席).
_ADVERBS = frozenset("还也又都再亦则便即")
_MEETS = frozenset({"会见", "会晤"})
_OPENING = re.compile("(?:^|(?<=[，。；：、“\n]))[\u4e00-\u9fff·]{2,8}$")


def _opens_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[:end]`` ends with a short run of characters that opens its clause
    (何志敏委员代表…发言: a name before its title)."""
    return _OPENING.search(text, max(start, end - 9), end) is not None


def _maybe_name_before(text: str, start: int, end: int, known: KnownNames) -> bool:
    """Whether a name no pattern reads may end at ``end`` (before a verb): two or more
    Chinese characters there, no known name, no common word."""
    return (
        end - start >= 2
        and text[end - 1] not in _NO_NAME_END
        and known.ending_at(text, end) is None
        and _CHINESE_PAIR.fullmatch(text, end - 2, end) is not None
        and not is_common_word(text[end - 2 : end])
    )


def _maybe_name_ends(text: str, start: int, end: int) -> bool:
    """Whether a name, known or not, may end at ``end`` (before a title): two Chinese
    characters that do not end like what precedes a title when no name does (的|领导,
    人民|代表, 们|代表). Given names are often words (王建军, 张合成): no word test."""
    return (
        end - start >= 2
        and text[end - 1] not in _NO_NAME_END
        and _CHINESE_PAIR.fullmatch(text, end - 2, end) is not None
    )


# Last characters of what stands before a verb when no name does: 并, 时, 中 (出席大会并|讲话,
# 谈话时|强调) and the ends of titles and groups (委员长, 书记, 总理, 主席, 学员们, 领导人).
_NO_NAME_END = frozenset("并时中上在等们人了的长记理席员会后前里间")


# What may stand between 兼 and the next title: a short run of a portfolio's words.
_CONCURRENT = re.compile("[\u4e00-\u9fff]{1,10}")
# What after a title makes it a form of address (总统先生, 陛下, 阁下).
_ADDRESS_AFTER_TITLE = ("先生", "阁下", "陛下")
# A name joined to the one before it (习近平和彭丽媛, 和夫人…, 习近平主席夫人彭丽媛), and what
# follows such a pair.
_JOINT = re.compile(
    "(?<=[\u4e00-\u9fff])(?:[和与](?:夫人)?|(?:主席|总统|总理|首相|国王|总书记)?夫人)"
    "(?=[\u4e00-\u9fff]{2})"
)
_AFTER_JOINED = re.compile("在|为|出席|参加|共同|一同|一起|同|分别|先后|会见|举行|[，、]")


def _maybe_name_at(text: str, start: int, known: KnownNames) -> bool:
    """Whether a name no pattern reads may start at ``start`` (after 会见)."""
    return (
        known.starting_at(text, start) is None
        and _CHINESE_PAIR.fullmatch(text, start, start + 2) is not None
        and text[start] not in _NO_NAME_START
    )


def _met_after(doc: Doc, start: int) -> str | None:
    """The person the recogniser reads last in the stretch after 会见 (会见马最高元首易卜拉欣:
    who is met comes after what they are)."""
    persons = [s for s in clause_spans(doc, start) if s.type == "Person" and s.start >= start]
    if not persons or _anchor_pattern().match(doc.norm, persons[-1].start):
        return None  # 文莱王储比拉: the model ran the title into the name the title's reads
    return person_at(doc, persons[-1].start)


# What ends the last name of a list (郭磊、刘奕、许伟等…; …、马光荣，).
_LIST_ITEM_ENDS = frozenset("、，。；：等和及")
# Three or more runs of two or three characters joined by 、 (names listed, or places).
_NAME_LIST = re.compile("(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}")
_CHINESE_PAIR = re.compile("[\u4e00-\u9fff]{2}")
_NO_NAME_START = frozenset("的是为在对与和及同向从将把被等也都就再又了着过之其所而并")


def _unsure(text: str, start: int, names: list[tuple[int, str]]) -> bool:
    """Whether the name read after a title (or its absence) is in doubt: characters that
    may be a name follow and no name was read, or the name read is shorter than them,
    or it is a transliteration (whose end the characters alone do not tell)."""
    if not names:
        # No name after the title, and none could start there (是, 为; 进行, 高度重视).
        # Name characters are not all the patterns know (王三平: 三 is a numeral).
        return (
            _CHINESE_PAIR.fullmatch(text, start, start + 2) is not None
            and text[start] not in _NO_NAME_START
            and not is_common_word(text[start : start + 2])
        )
    run = name_run(text, start)
    name = names[0][1]
    return len(name) < len(run) or all(ch in TRANSLIT for ch in name)


def _names_at(text: str, start: int, known: KnownNames) -> list[tuple[int, str]]:
    """The names (with offsets) of a list "甲、乙、丙" (or "甲和乙") starting at ``start``."""
    found: list[tuple[int, str]] = []
    position = start
    while True:
        name = (
            _list_item_at(text, position, known)
            if found
            else name_at(text, position, known) or foreign_name_at(text, position)
        )
        if name is None or (not found and name in place_names() and _title_at(text, position + len(name))):
            break  # 轮值主席沙特国王萨勒曼: the next title's country, no name
        found.append((position, name))
        position += len(name)
        if (
            position < len(text)
            and text[position] == "、"
            and not (_title_at(text, position + 1) and not _acts_after_name(text, position + 1, known))
        ):
            position += 1
            continue
        if found and position < len(text) and text[position] == "和":
            # 国务院副总理韩德和陈思雨出席: the last one listed, a name followed by no
            # post of its own (not 和梧川国总统…, 和夫人…)
            last = name_at(text, position + 1, known)
            if last and not _title_at(text, position + 1) and not _title_at(
                text, position + 1 + len(last)
            ):
                found.append((position + 1, last))
        break
    return found


def _acts_after_name(text: str, start: int, known: KnownNames) -> bool:
    """Whether a name at ``start`` is followed by a verb (苏辉围绕…作发言): the title read
    further on is no post of the name's (…习近平总书记…), which goes on the list."""
    name = name_at(text, start, known)
    if name is None or is_common_word(name[:2]):
        return False  # 国际可再生能源署: a body's name, whose words read as a name's
    return word_tag(text[start + len(name) : start + len(name) + 2]) == "v"


_LIST_ITEM_END = re.compile(r"[，。、；：,;:\s]")


def _list_item_at(text: str, start: int, known: KnownNames) -> str | None:
    """A name that continues a list: any short run that is not a common word, nor a place
    (米沙勒、沙特王储…: the next holder's country)."""
    name = name_at(text, start, known)
    if name:
        return name if name not in place_names() else None
    stop = _LIST_ITEM_END.search(text, start)
    run = text[start : stop.start() if stop else len(text)]
    if (
        2 <= len(run) <= 4
        and not is_common_word(run)
        and _anchor_pattern().search(run) is None
        and run[0] not in "和与及等"
        and run not in place_names()
    ):
        return run
    if "·" in run and 3 <= len(run) <= 16:
        return run
    return None


def _holder_of(
    text: str, sentence: Sentence, title_start: int, known: KnownNames
) -> tuple[int, str] | None:
    """The name (with its offset) that opens the clause of the title at ``title_start``
    followed by 是 or a verb of taking a post (担任, 出任, 作为…), where nothing but the
    post's own words stand between (王雅丽是山西大同市第三人民医院副院长, 韩德曾担任青禾县县长;
    not 林志远是这次会议的负责人, 这是县长)."""
    clause_start, _ = clause_bounds(text, sentence, title_start)
    copula = _COPULA.search(text, clause_start, title_start)
    if copula is None or any(ch in "的是了在" for ch in text[copula.end() : title_start]):
        return None
    if _HIM.fullmatch(text, clause_start, copula.start()):
        # 致电夏巴兹·谢里夫，祝贺他当选…总理: the one written to, named right before.
        if clause_start - 2 < sentence.start:
            return None
        previous, _ = clause_bounds(text, sentence, clause_start - 2)
        sent = _WRITTEN_TO.search(text, previous, clause_start - 1)
        if sent is None:
            return None
        group = 1 if sent.group(1) else 2
        name, end = sent.group(group), sent.end(group)
        # 向瑞士新任联邦主席帕姆兰致贺电: the name the addressee's titles end with (not
        # the end of a whole name, 唐纳德·特朗普)
        last = known.ending_at(text, end)
        if last and len(last) < len(name) and name[-len(last) - 1] != "·":
            name = last
        return end - len(name), name
    holder = name_before(text, copula.start(), known)
    if holder is None:
        return None
    holder_start = copula.start() - len(holder)
    # The name opens the clause, or only what it is called does (党的二十大代表李敏是…).
    if holder_start != clause_start and not text.endswith(
        _CALLED, clause_start, holder_start
    ):
        return None
    return holder_start, holder


# A post in a body's party group or committee (江西省政协党组书记, 青禾大学党委副书记, 公安部
# 党委委员, 财政厅党组成员), and the body.
_PARTY_ORGAN_POST = re.compile("(.{2,}?)(?:原)?(?:党组|党委|党支部|党总支)(?:副书记|书记|委员|成员)")
# The term a post is held for, before it (第十四届全国政协副秘书长).
_TERM_BEFORE = re.compile("第[一二三四五六七八九十]+届$")
# What a person is called before the name that opens a clause (党的二十大代表李敏是…).
_CALLED = ("代表", "委员")
# Titles that are a post only with the body they are of (the contract's generic 委员).
_MEMBER_ALONE = frozenset({"委员"})
# Who a clause of congratulation opens with: the person named before it, to whom the
# message went (致电夏巴兹·谢里夫，祝贺他…; 向劳拉·费尔南德斯致贺电，祝贺她…).
_HIM = re.compile("(?:祝贺|恭喜)[他她]")
_WRITTEN_TO = re.compile(
    "(?:致电|致信|致函)([^，。；、]{2,20})$|向([^，。；、]{2,20})致(?:贺电|贺信|电|信)$"
)
# What stands between a name and the post it holds (王雅丽是…副院长, 韩德曾担任…县长).
_COPULA = re.compile(
    "(?:曾经?|现|还|也|已|先后|同时)?"
    "(?:是|担任|出任|兼任|升任|接任|改任|就任|连任|当选为|当选|作为|(?<![首前现时历继新原])任)"
)


def _present(post: str, title: int) -> str:
    """``post`` (its title at offset ``title``) without the 原 before its title or its
    party organ, and without 现任 (incumbent) before it: the post itself, which its holder
    held before or holds now (省公安厅原厅长: 省公安厅厅长; 省人大常委会原党组副书记: 省人大
    常委会党组副书记; 现任特首: 特首)."""
    if title > 1 and post[title - 1] in _FORMER:
        return post[: title - 1] + post[title:]
    if post.startswith("现任") and title >= 2:
        return _present(post[2:], title - 2)  # 现任特首: the post, held now
    organ = post.find("原党", 1, title)
    if organ > 0:
        return post[:organ] + post[organ + 1 :]  # 江西省人大常委会原党组副书记
    return post


# What stands before a surname and title written for a leader's name (把习主席关怀…).
_BEFORE_HONORIFIC = frozenset("，。；：、“”（）\n把向对给让请与同和在是为由被将")


@cache
def _leaders_surnames() -> frozenset[str]:
    return frozenset(name[0] for name in resources.persons())


def _honorific_at(text: str, sentence: Sentence, title_start: int, head: str) -> bool:
    """Whether the senior title at ``title_start`` follows the surname of a well-known
    leader standing for the whole name (把习主席关怀转化为…, 感谢温总理): no name follows it."""
    if head not in _SENIOR_TITLES or title_start - 1 < sentence.start:
        return False
    if text[title_start - 1] not in _leaders_surnames():
        return False
    return title_start - 2 < sentence.start or text[title_start - 2] in _BEFORE_HONORIFIC


def _title_at(text: str, position: int) -> bool:
    match = _anchor_pattern().search(text, position, position + 14)
    if not match:
        return False
    between = text[position : match.start()]
    return not any(ch in "，。、；：" for ch in between) and not (
        between and all(ch in TRANSLIT for ch in between)
    )


@register(EXTRACTOR, requires=("hierarchy",))
def extract_people(doc: Doc) -> Extraction:
    """Find persons, their posts and ``holdsPost`` relations."""
    out = Extraction()
    known = _well_known_names().copy()
    generic = resources.generic_titles()
    local_homes = homes(doc.by_label("Place"))
    text = doc.norm
    titles = doc.matches_by_sentence(_anchor_pattern())
    verbs = doc.matches_by_sentence(_ACTING)
    talks = doc.matches_by_sentence(_TALK_PARTNER)
    joints = doc.matches_by_sentence(_JOINT)
    starts: dict[int, int] = {}  # where the post of a title starts, by title start
    reach: dict[int, int] = {}  # where the prefix words before an offset begin
    titled_ends: list[int] = []  # where the names that follow a post of theirs end, sorted
    place_ends = {m.start: m.end for m in sorted(doc.by_label("Place"), key=lambda m: m.end)}
    places_in: dict[int, list[Mention]] = {}
    for place in sorted(doc.by_label("Place"), key=lambda m: m.start):
        places_in.setdefault(place.sentence, []).append(place)
    for sentence in doc.sentences:
        if (
            sentence.index not in titles
            and sentence.index not in verbs
            and sentence.index not in talks
            and sentence.index not in joints
        ):
            continue
        # Posts waiting for their name: where the title starts and ends, whether generic.
        chain: list[tuple[int, int, bool]] = []
        # The name last read before its title, and where that title ends: a title
        # stacked after it with 、 (习近平总书记、国家主席同…) is the same person's.
        titled: tuple[tuple[int, str], int] | None = None
        # The body and the title of the last post of the sentence written with its body: a
        # bare title of the same, or its deputy, after a list mark is of that body too.
        bodied: tuple[str, str] | None = None
        for match in titles.get(sentence.index, []):
            head = match.group()
            is_generic = head in generic
            title_start, end = match.span()
            # Where a post starts (before its title) takes segmenting the text there: it
            # is found only where it matters.
            if chain:
                if text[chain[-1][1] : title_start] in place_names():
                    # 轮值主席沙特国王萨勒曼: a country's title right after another, both his
                    starts[title_start] = chain[-1][1]
                    chain.append((title_start, end, is_generic))
                elif (
                    start := _post_start(doc, sentence, title_start, starts, reach)
                ) - 1 == chain[-1][1] and text[start - 1] in _STACK:
                    chain.append((title_start, end, is_generic))
                elif text.startswith("兼", chain[-1][1]) and _CONCURRENT.fullmatch(
                    text, chain[-1][1] + 1, title_start
                ):
                    # 国务资政兼国家安全统筹部长: the second post is all that follows 兼, words
                    # the prefix would not take (统筹) included.
                    starts[title_start] = chain[-1][1] + 1
                    chain.append((title_start, end, is_generic))
                else:
                    chain = [(title_start, end, is_generic)]
            else:
                chain = [(title_start, end, is_generic)]
            if word_tag(text[title_start : end + 1]) == "n" or any(
                place_ends.get(at, 0) > end for at in range(title_start + 1, end)
            ):
                # 轮值主席国, 主席台, 书记处: the title and the character after it are one
                # noun, no post of a person before it or after it; 西安市长安区: the title's
                # end opens a place's name.
                chain = chain[:-1]
                continue
            honorific = _honorific_at(text, sentence, title_start, head)
            names = [] if honorific else _names_at(text, end, known)
            if not honorific and _unsure(text, end, names):
                # The recogniser reads the name after the title where the patterns are
                # in doubt; the list of names is then read again with it known.
                read = names[0][1] if names else None
                recognised = person_at(doc, end)
                chosen = better_name(read, recognised)
                if chosen is not None and chosen != read:
                    known.add(chosen)
                    names = _names_at(text, end, known)
                elif chosen is not None and recognised not in (None, chosen):
                    known.add(chosen)  # the patterns' longer reading, for the lists after
            if len(chain) == 1 and (
                head in _TITLE_AFTER_NAME
                or (not names and _opens_clause(text, sentence.start, title_start))
            ):
                # A name before its title: 普京总统 (the patterns, then the recogniser);
                # 何志敏委员代表…发言 (a clause opening with a name: the recogniser).
                before = name_before(text, title_start, known) if head in _TITLE_AFTER_NAME else None
                # 总统先生, 主席阁下: a form of address, mostly without a name (中方赞赏总统
                # 先生…); a name known already stands before it, or one opening its clause.
                addressed = text.startswith(_ADDRESS_AFTER_TITLE, end)
                if addressed and before and known.ending_at(text, title_start) is None:
                    opening = title_start - len(before)
                    if opening > sentence.start and not text.endswith(
                        _CLAUSE_OPENERS, sentence.start, opening
                    ):
                        before = None
                # The patterns' name must not be the post's own prefix (区委书记); the
                # recogniser's reading of a person is taken as it is.
                # Where the name, or its last character, is read as the prefix (吴为山|常委:
                # 山; 程红常委) of a title after a name opening its clause, the name stands; not
                # where a body ends the run (任市委常委: 市委).
                prefix = _post_start(doc, sentence, title_start, starts, reach) if before else 0
                if before and prefix != title_start and not (
                    head in _CLAUSE_TITLES
                    and prefix >= title_start - len(before)
                    and _opens_clause(text, sentence.start, title_start)
                    and not set(text[prefix:title_start]) & _BODY_CHARACTERS
                ):
                    before = None
                if (
                    before is None
                    and not addressed
                    and _maybe_name_ends(text, sentence.start, title_start)
                ):
                    before = person_before(doc, title_start)
                if before:
                    names = [(title_start - len(before), before)]
                elif titled is not None and not names and not is_generic:
                    start = _post_start(doc, sentence, title_start, starts, reach)
                    if (
                        start == titled[1] + 1
                        and text[titled[1]] == "、"
                        and not known.starting_at(text, start)
                        and person_at(doc, start) is None
                        # 范明政总理、王庭惠国会主席: another name opens the post
                        and not (is_name_run(text[start : start + 2]) and is_name_run(text[start : start + 3]))
                    ):
                        names = [titled[0]]
            # 为 right before the post: no post starts before the sentence does.
            if not names and len(chain) == 1 and "为" in text[max(sentence.start - 1, 0) : end]:
                start = _post_start(doc, sentence, title_start, starts, reach)
                term = _TERM_BEFORE.search(text, sentence.start, start)
                if term is not None:
                    start = term.start()  # 任命胡衡庐为第十四届全国政协副秘书长
                if start > 0 and text[start - 1] == "为":
                    appointee = name_before(text, start - 1, known)
                    if appointee:
                        names = [(start - 1 - len(appointee), appointee)]
                        # 任命陈福利、冯怡为…副秘书长: each one listed before 为
                        while names[0][0] > sentence.start + 1 and text[names[0][0] - 1] == "、":
                            listed = name_before(text, names[0][0] - 1, known)
                            if not listed:
                                break
                            names.insert(0, (names[0][0] - 1 - len(listed), listed))
            # A clause that opens with a name and 是 and ends with the post (王雅丽是…医院
            # 副院长，): the post is hers; 致电X，祝贺他当选Y: X's.
            if not names and len(chain) == 1 and text[end : end + 1] in _CLAUSE_ENDS:
                holder = _holder_of(text, sentence, title_start, known)
                if holder is not None:
                    names = [holder]
            if not names:
                continue
            titled = (names[-1], end) if names[-1][0] < title_start else None
            for name_start, name in names:
                known.add(name)
                person = doc.mention(
                    name_start, name_start + len(name), "Person", "", sentence.index
                )
                out.mentions.append(person)
                body_before = ""  # the body of the party organ of the post before
                for post_title, post_end, post_generic in chain:
                    if post_generic:
                        continue
                    post_start = _post_start(doc, sentence, post_title, starts, reach)
                    if name_start < post_title:  # a name before its title is not its post
                        post_start = max(post_start, name_start + len(name))
                        # nor what joins them (陈思雨曾任青禾县委书记)
                        joint = _COPULA.match(text, post_start)
                        if joint and joint.end() < post_title:
                            post_start = joint.end()
                    if text.startswith("代表", post_start, post_title):
                        # 代表国王萨勒曼: on behalf of the king, not a post of 代表国王.
                        post_start += 2
                    # 董事长蔡明意风家具董事长温世权: a person named after a post of theirs
                    # before the title ends the words of this post; it starts after them.
                    last = bisect_right(titled_ends, post_title) - 1
                    if last >= 0 and titled_ends[last] > post_start:
                        post_start = titled_ends[last]
                    written = doc.text[post_start:post_end]
                    present = _present(written, post_title - post_start)
                    if present and present[0] in "省市区县":
                        # 山西省委书记蓝佛安、省长金湘军: the place of the list, not the article's
                        in_list = heading_places(
                            doc, places_in.get(sentence.index, []), post_start
                        )
                        full = expand_local(present, {**local_homes, **in_list})
                    else:
                        full = present
                    title = text[post_title:post_end]
                    if post_start == post_title and body_before and text[post_start - 1] == "、":
                        # 江西省政协原党组书记、主席: the head of the body whose party group
                        # the post before leads (江西省政协主席)
                        full = body_before + full
                    elif (
                        post_start == post_title
                        and bodied is not None
                        and text[post_start - 1 : post_start] in ("、", "，")
                        and title in (bodied[1], "副" + bodied[1])
                    ):
                        # 宪法法律委副主任委员骆源作的…、副主任委员徐辉作的…; 外交部部长林志远、
                        # 副部长陈思雨: the body of the post before, left out
                        full = bodied[0] + full
                    if post_start < post_title and full.endswith(title) and len(full) > len(title):
                        bodied = (full[: -len(title)], title)
                    organ = _PARTY_ORGAN_POST.fullmatch(full)
                    body_before = organ.group(1) if organ else ""
                    name = "" if full == written else full
                    post = doc.mention(post_start, post_end, "Post", name, sentence.index)
                    out.mentions.append(post)
                    if post_end == name_start:
                        insort(titled_ends, person.end)
                    if written in _MEMBER_ALONE:
                        # 张恩迪委员发言: a member of no body named holds no post (the title
                        # still stands between the speaker and the verb)
                        continue
                    confidence = 0.9 if post_end - post_start > 2 else 0.8
                    out.relations.append(
                        Relation(person, "holdsPost", post, sentence, confidence, EXTRACTOR)
                    )
            chain = []
        # A list of names with no post ("何志敏、卢国懿、孙东生等委员发言"): the
        # recogniser reads its clause.
        for listing in _NAME_LIST.finditer(text, sentence.start, sentence.end):
            if not known.starting_at(text, listing.start()):
                for span in clause_spans(doc, listing.start()):
                    listed = person_at(doc, span.start) if span.type == "Person" else None
                    if listed:
                        known.add(listed)
            # Listed among names, a run that reads as a name is one (郭磊、刘奕、马光荣、许伟:
            # 光荣 is a word too).
            items = listing.group().split("、")
            if text[listing.end() : listing.end() + 1] not in _LIST_ITEM_ENDS:
                items = items[:-1]  # the last runs on into what follows (杨震出席, 苏辉围绕)
            if sum(1 for item in items if item in known.names) >= 2:
                for item in items:
                    if item not in known.names and is_name_run(item) and item not in place_names():
                        known.add(item)
        # A name with no title that opens a clause and speaks or attends ("林志远表示").
        # So do the names listed before it ("王毅、尹力、秦刚等出席").
        # The one a known person talks with, named without a post (李强同希普金斯会谈).
        for talk in talks.get(sentence.index, []):
            partner = talk.group(1)
            if known.ending_at(text, talk.start()) is not None and foreign_name_at(
                text, talk.start(1)
            ) == partner:
                known.add(partner)
        for verb in verbs.get(sentence.index, []):
            actor = _acting_name(doc, sentence, verb.start())
            if actor is None and _maybe_name_before(text, sentence.start, verb.start(), known):
                actor = person_before(doc, verb.start())
            if verb.group() in _MEETS and _maybe_name_at(text, verb.end(), known):
                # The one met, named without a post (会见澳大利亚反对党领袖达顿, 会见达顿).
                met = person_at(doc, verb.end()) or _met_after(doc, verb.end())
                if met:
                    known.add(met)
            if actor:
                known.add(actor)
                start = text.rfind(actor, sentence.start, verb.start())
                while start - 1 > sentence.start and text[start - 1] == "、":
                    listed = name_before(text, start - 1, known)
                    if listed is None or listed in resources.not_names():
                        break
                    known.add(listed)
                    start -= 1 + len(listed)
        for joint in joints.get(sentence.index, []):
            # 习近平和彭丽媛在…为…举行欢迎宴会: a name joined to a person's, the recogniser's
            # reading, where a word that follows a name follows it.
            if known.ending_at(text, joint.start()) is None or not _maybe_name_at(
                text, joint.end(), known
            ):
                continue
            partner = person_at(doc, joint.end())
            if partner and _AFTER_JOINED.match(text, joint.end() + len(partner)):
                known.add(partner)
    if "《" in text:
        _drop_named_in_titles(text, out)
    out.mentions.extend(_other_mentions(doc, known.names, out.mentions))
    out.mentions.extend(_honorifics(doc, out))
    return out


def _drop_named_in_titles(text: str, out: Extraction) -> None:
    """Drop the persons read inside a book's or a document's name (《总经理任职公告》: no
    one is 任职公) and their posts; a well-known person named there (《…习近平总书记…纪实》)
    holds the post the title gives."""
    spans = [m.span() for m in BOOK_TITLE.finditer(text)]
    known = resources.persons()

    def unknown_inside(mention: Mention) -> bool:
        return mention.canonical not in known and any(
            start < mention.start and mention.end < end for start, end in spans
        )

    dropped = {id(m) for m in out.mentions if m.label == "Person" and unknown_inside(m)}
    if dropped:
        out.mentions[:] = [m for m in out.mentions if id(m) not in dropped]
        out.relations[:] = [r for r in out.relations if id(r.subject) not in dropped]


# A senior title after a surname alone: 习主席, 胡主席, 李总理.
_SENIOR_TITLES = ("总书记", "主席", "总理", "委员长", "总统", "首相")
_HONORIFIC = re.compile(f"([\u4e00-\u9fff])({'|'.join(_SENIOR_TITLES)})")
# A senior title alone opening a clause whose subject it is (总书记强调, 总统在会谈中表示).
_BARE_TITLE = re.compile(
    f"(?:^|(?<=[，。；：“\n]))({'|'.join(_SENIOR_TITLES)})"
    "(?=[还也又并则]?(?:在[^，。；：]{0,16}?(?:上|中|时)，?)?"
    "(?:表示|指出|强调|要求|说|叮嘱|希望|勉励|寄语|出席|主持))"
)


def _honorifics(doc: Doc, out: Extraction) -> list[Mention]:
    """习主席 (感谢习主席邀请, 习主席指出): the one person of the article with that surname
    who holds a post with that title, as a mention of them; so is the title alone as the
    subject of its clause (总书记强调) where one person of the article holds it."""
    holders: dict[str, set[str]] = {}  # surname + title -> full names
    for relation in out.relations:
        if relation.predicate == "holdsPost" and len(relation.subject.canonical) >= 2:
            name = relation.subject.canonical
            post = relation.object.canonical
            for title in _SENIOR_TITLES:
                if title in post and "副" + title not in post:
                    holders.setdefault(name[0] + title, set()).add(name)
                    holders.setdefault(title, set()).add(name)
    if not holders:
        return []
    text = doc.norm
    taken = [(m.start, m.end) for m in out.mentions if m.label == "Person"]
    mentions = []
    for match in itertools.chain(_HONORIFIC.finditer(text), _BARE_TITLE.finditer(text)):
        names = holders.get(match.group())
        if not names or len(names) > 1:
            continue
        name = next(iter(names))
        start, end = match.span()
        if text.startswith(name, start) or any(a < end and start < b for a, b in taken):
            continue
        sentence = _sentence_at(doc, start)
        if sentence is not None and end <= sentence.end:
            mentions.append(doc.mention(start, end, "Person", name, sentence.index))
    return mentions


def _other_mentions(doc: Doc, known: set[str], found: list[Mention]) -> list[Mention]:
    """Every other occurrence of a known name in the body."""
    seen = {(m.start, m.end) for m in found if m.label == "Person"}
    spans = [(m.start(), m.end()) for m in _well_known_pattern().finditer(doc.norm)]
    well_known = resources.persons()
    for name in known - well_known:
        if _well_known_names().starting_at(name, 0):
            continue  # 李强在: a well-known name with the next word glued on
        position = doc.norm.find(name)
        while position >= 0:
            spans.append((position, position + len(name)))
            position = doc.norm.find(name, position + len(name))
    # Where a learned name and a well-known one overlap, the longer one stands: by start,
    # the longer first (two stable sorts).
    spans.sort(key=itemgetter(1), reverse=True)
    spans.sort(key=itemgetter(0))
    mentions = []
    covered = -1
    for start, end in spans:
        if start < covered:
            continue
        if (start, end) in seen:
            covered = end  # found already; no shorter name inside it (施泰因|迈尔)
            continue
        sentence = _sentence_at(doc, start)
        if sentence is not None and end <= sentence.end:
            mentions.append(doc.mention(start, end, "Person", "", sentence.index))
            covered = end
    return mentions


@cache
def _well_known_names() -> KnownNames:
    return KnownNames(resources.persons())


@cache
def _well_known_pattern() -> re.Pattern[str]:
    return re.compile(alternation(sorted(resources.persons())))


def _sentence_at(doc: Doc, offset: int) -> Sentence | None:
    index = bisect_right(doc.sentence_starts, offset) - 1
    if index < 0:
        return None
    sentence = doc.sentences[index]
    return sentence if offset < sentence.end else None
