"""Finding where a person's name starts and ends, from characters and word lists.

Names are read off the characters with the surname list, a set of characters used to
transliterate foreign names and a list of words that end a name; the segmenter's tokens
are a last resort. That keeps names identical under every segmenter backend.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from kg import resources
from kg.nlp.lexicon import (
    WORD_CACHE_SIZE,
    alternation,
    dictionary_tags,
    is_common_word,
    place_names,
)

# Characters used in transliterated foreign names (普京, 马特维延科, 雪克来提·扎克尔).
TRANSLIT = frozenset(
    "阿埃艾爱安昂奥澳巴芭拜班邦保鲍贝本比彼毕别宾波伯博布步查柴达戴丹当道德迪蒂"
    "杜敦多厄恩尔法范菲费芬丰弗福夫盖甘冈高戈格根贡古瓜圭哈海汉豪赫亨胡华怀霍"
    "基吉济加贾杰捷金卡凯坎康柯科克肯库拉莱赖兰朗劳勒雷蕾黎里理丽利莉列连廉林琳隆"
    "卢鲁路伦罗洛玛马麦曼芒梅门蒙米密敏明莫姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘"
    "佩彭皮珀普奇齐契恰乔切钦琼丘萨塞赛桑瑟森沙莎舍什施斯松苏索塔泰坦汤唐特"
    "提图托瓦万威韦维温沃乌武西希锡谢辛休徐雅亚扬耶伊因英尤于约扎泽詹珍真"
    "兹佐卓左纯延迈迪吕鲍塔萨哲秋瑙朗纳沁丘孜买热合木江拜克来提"
    "讷琴额登罕默夸奎昆滕廷翁赞舒绍庞娃通卜祖旺仁呼代日顿"
    "·"
)

#: Forms of address written after a name (李希同志, 张伟先生, 高晓梅女士).
ADDRESSES = ("同志", "先生", "女士")

# Words that may follow a name and so end it.
_AFTER_NAME = (
    "先生",
    "女士",
    "夫妇",
    "夫人",
    "出席",
    "参加",
    "参与",
    "主持",
    "表示",
    "指出",
    "强调",
    "要求",
    "说",
    "会见",
    "会谈",
    "会晤",
    "致辞",
    "讲话",
    "发言",
    "宣读",
    "宣布",
    "签署",
    "访问",
    "率团",
    "率领",
    "率代表团",
    "回到",
    "率队",
    "率中国",
    "一行",
    "等",
    "在",
    "于",
    "和",
    "与",
    "同",
    "及",
    "以及",
    "时",
    "的",
    "对",
    "向",
    "为",
    "分别",
    "共同",
    "也",
    "还",
    "就",
    "将",
    "已",
    "抵达",
    "应邀",
    "陪同",
    "了",
    "今天",
    "今日",
    "昨天",
    "日前",
    "近日",
    "一同",
    "亲切",
    "专门",
    "作",
    "听取",
    "考察",
    "调研",
    "来到",
    "前往",
    "到",
    "是",
    "从",
    "通过",
    "介绍",
    "回答",
    "接受",
    "提出",
    "希望",
    "认为",
    "称",
    "先后",
    "随后",
    "当天",
    "当日",
    "代表",
    "主持召开",
    "召开",
    "致",
    "发表",
    "出任",
    "担任",
    "当选",
    "任",
    "兼",
    "被",
    "受",
    "并",
    "则",
    "又",
    "都",
    "均",
    "等人",
    "同志",
    "书面",
    "视频",
    "通报",
    "部署",
    "看望",
    "慰问",
    "走访",
    "来",
    "去",
    "乘",
    "所",
    "带领",
    "接见",
    "见证",
    "颁发",
    "会同",
    "举行",
    "介绍说",
    "告诉",
    "透露",
    "呼吁",
    "阐述",
    "主张",
    "建议",
    "回信",
    "写信",
    "互致",
    "通电话",
    "之",
    "上午",
    "下午",
    "晚上",
)


# Characters that no name holds: 一 does (刘结一, 唐一军), but not where it opens a word
# (谈一下, 一起, 一行).
_NOT_IN_NAME = re.compile(
    r"[\s，。、；：！？,;:!?（）()“”\"《》【】\d０-９二三四五六七八九十]"
    r"|一(?=[下起些直致行同道定般切样再度次个是批项场])"
)


@cache
def _after_name_words() -> tuple[re.Pattern[str], int]:
    """The words that may follow a name, and the length of the longest."""
    words = list(_AFTER_NAME) + list(resources.titles())
    return re.compile(alternation(words)), max(map(len, words))


def name_run(text: str, start: int) -> str:
    """The run of characters from ``start`` that may be a name (up to the first
    character no name holds or word that follows names)."""
    return text[start : _run_end(text, start)]


def _run_end(text: str, start: int) -> int:
    """Where the run of characters that may be a name, from ``start``, ends: at the
    first character no name holds or word that follows names.

    Runs of more than twelve characters are no names (sixteen with a ·), so the search
    stops there (two separate searches are quicker than one for either).
    """
    words, longest = _after_name_words()
    limit = min(len(text), start + 17 + longest)
    stops = [
        stop.start()
        for stop in (
            _NOT_IN_NAME.search(text, start + 1, limit),
            words.search(text, start + 1, limit),
        )
        if stop
    ]
    return min(stops) if stops else limit


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_name_run(run: str) -> bool:
    """Whether ``run`` reads as a Chinese name: a surname, 2-4 characters, no common word."""
    surnames = resources.name_surnames()
    tags = dictionary_tags()
    if not _CHINESE_RUN.fullmatch(run):
        return False
    if run[0] in "和与同及" and (len(run) == 2 or tags.get(run[1:], "nr")[:2] != "nr"):
        return False  # 和王后, 和贾主席: a conjunction, not the surname 和
    if (len(run) > 2 and run[-1] == "等") or run[-1] in "的我你他她":
        return False  # 王毅、秦刚等参加: the list ends, the name does not; 党的总书记, 由我担任
    if len(run) == 3 and run[-1] in "道说称" and tags.get(run[:2], "")[:1] == "v":
        return False  # 总经理解释道: a verb of saying, not 解释道
    if len(run) == 3 and run[0] == run[1]:
        return False  # 谢谢刘秘书长: a word said twice (谢谢, 看看) opens no name
    if len(run) == 3 and tags.get(run[:2], "") == "v":
        return False  # 完成任职变更注册: a verb (任职), not 任职变
    if len(run) == 3 and tags.get(run[:2], "")[:1] in _FUNCTION_TAGS:
        # 曾经在总书记的鼓励下, 但是温总理: an adverb or a conjunction, not 曾经在, 但是温
        return False
    if len(run) == 2 and run[1] in _NO_GIVEN_NAME:
        return False  # 基金经理都不具有…: an adverb after a surname-like character, no name
    if len(run) == 2 and run[0] == "来" and tags.get(run[1], "")[:1] == "v":
        return False  # 应该让吕秘书长来分, 交由班主任来写: 来 before a verb, no surname
    if len(run) == 3 and run[-1] in _GROUP_ENDS and tags.get(run[:2], "")[:1] in ("n", "v"):
        return False  # 柬埔寨国王顾问团主席洪森: a body of advisers (顾问|团), no name
    if len(run) == 3 and tags.get(run[1:], "")[:1] in ("r", "c", "u"):
        return False  # 基金经理谈各自看法: a pronoun or a conjunction, no given name
    if len(run) == 4 and run[:2] not in surnames:
        return False
    if run in resources.not_names():
        return False  # 敬礼: tagged nr, a salute (向全体同志敬礼)
    if len(run) == 3 and run[-1] in _FACILITY_ENDS and tags.get(run[:2], "nr")[:2] != "nr":
        return False  # 毛主席纪念堂, 养老院: a word and a building, tagged nr, no name
    if run[0] not in surnames and run[:2] not in surnames:
        return False
    return tags.get(run, "nr").startswith("nr")


#: Characters that end the name of a building after a word (纪念堂, 大礼堂, 幼儿园).
_FACILITY_ENDS = frozenset("堂馆院宫楼亭园寺庙阁厅站")
#: Characters that end the name of a body or a group after a common word (顾问团, 工作组).
_GROUP_ENDS = frozenset("团组部处局会院所委办社队")
#: Characters no two-character name ends with: adverbs, particles and pronouns (都不, 都只,
#: 也就, 封其为…).
_NO_GIVEN_NAME = frozenset("不只也都就还是在将把被了着过的和与及或其却")
#: The dictionary's tags of words that start no name: adverbs, prepositions,
#: conjunctions and particles.
_FUNCTION_TAGS = frozenset({"d", "p", "c", "u"})
_CHINESE_RUN = re.compile("[\u4e00-\u9fff]{2,4}")
_TRANSLIT_CLASS = f"[{''.join(map(re.escape, sorted(TRANSLIT)))}]"
#: A run of characters that spell foreign names (how a transliterated name reads whole).
#: Parts joined by a hyphen are one name (迪亚斯-卡内尔, 凯勒-祖特尔, 威廉-亚历山大); up to
#: twelve characters, sixteen where a given name is written before the family name with ·
#: (谢尔达尔·别尔德穆哈梅多夫).
TRANSLITERATED_RUN = re.compile(
    f"{_TRANSLIT_CLASS}(?:{_TRANSLIT_CLASS}|-(?={_TRANSLIT_CLASS})){{1,15}}"
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _is_foreign_run(run: str, tags: tuple[str, ...] = ("nr",)) -> bool:
    """Whether ``run`` spells a foreign name: transliteration characters, no place we
    know, and a dictionary tag (its first two letters) among ``tags`` (a name's, unless
    a title stands before it)."""
    return (
        TRANSLITERATED_RUN.fullmatch(run) is not None
        and (len(run) <= 12 or "·" in run)
        and not run.startswith("·")
        and dictionary_tags().get(run, "nr")[:2] in tags
        and run not in place_names()
    )


class KnownNames:
    """Names already found in an article, looked up by where they are written.

    Attributes:
        names: The names.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names: set[str] = set()
        # By first and by last character, longest first.
        self._by_first: dict[str, tuple[str, ...]] = {}
        self._by_last: dict[str, tuple[str, ...]] = {}
        for name in names:
            self.add(name)

    def copy(self) -> KnownNames:
        """A copy that names added later do not touch."""
        other = KnownNames()
        other.names = set(self.names)
        other._by_first = dict(self._by_first)
        other._by_last = dict(self._by_last)
        return other

    def add(self, name: str) -> None:
        """Add ``name`` (a name of at least one character)."""
        if name in self.names:
            return
        self.names.add(name)
        for index, key in ((self._by_first, name[0]), (self._by_last, name[-1])):
            index[key] = tuple(sorted((*index.get(key, ()), name), key=len, reverse=True))
        family = name.rsplit("·", 1)[-1]
        if family != name and len(family) >= 2:
            self.add(family)  # 拉蒙·雷波列特, later 雷波列特 alone

    def starting_at(self, text: str, start: int) -> str | None:
        """The longest name that ``text[start:]`` starts with."""
        for name in self._by_first.get(text[start : start + 1], ()):
            if text.startswith(name, start):
                return name
        return None

    def ending_at(self, text: str, end: int) -> str | None:
        """The longest name that ``text[:end]`` ends with."""
        for name in self._by_last.get(text[end - 1 : end] if end > 0 else "", ()):
            if text.endswith(name, 0, end):
                return name
        return None


def foreign_name_at(text: str, start: int) -> str | None:
    """A transliterated name after a title that the dictionary tags as a place or another
    proper noun (总统洛伦索, 总理辛格, 主席苏林): after a title a run of such characters that
    names no place we know is the holder's name."""
    run = name_run(text, start)
    return with_regnal_number(text, start, run) if _is_foreign_run(run, ("nr", "ns", "nz")) else None


def name_at(text: str, start: int, known: KnownNames | None = None) -> str | None:
    """The person's name that starts at ``text[start]``, if one does.

    Args:
        text: Normalised text.
        start: Where the name should start (just after a title, say).
        known: Names already found in the article; the longest one that fits wins.

    Returns:
        The name, or ``None`` when the characters there do not read as one.
    """
    name = known.starting_at(text, start) if known is not None else None
    if name:
        return name
    end = _run_end(text, start)
    name = (
        _name_ending_in_he(text, start, end)
        or _name_in_run(text[start:end])
        or _name_through_word(text, start, end)
    )
    return with_regnal_number(text, start, name)


# A monarch's number after a transliterated name (费利佩六世, 图普六世), not 世界 or 世纪.
_REGNAL = re.compile("[一二三四五六七八九十]{1,3}世(?![界纪代袭])")


def with_regnal_number(text: str, start: int, name: str | None) -> str | None:
    """``name``, read at ``start``, with the monarch's number that follows it where it is a
    transliterated name (国王费利佩六世)."""
    if name is None or not TRANSLITERATED_RUN.fullmatch(name):
        return name
    number = _REGNAL.match(text, start + len(name))
    return name + number.group() if number else name


# Characters of given names that are also words that follow names (蒋作君, 吴为山, 李在明),
# and what, after them, tells a phrase rather than a name (在京, 在会上, 为此).
_IN_GIVEN_NAME = frozenset("作为在和之来任致")
_NOT_AFTER_IN_NAME = frozenset("京沪华此这那该其会上下中前后内外地场里间时日月年我你他她们")


def _name_through_word(text: str, start: int, end: int) -> str | None:
    """A three-character name whose second character, a word of its own that follows
    names (作, 为, 在), cut its run short (主席蒋作君作工作报告, 吴为山常委代表…发言),
    where what follows it ends a name."""
    if end != start + 1 or text[end : end + 1] not in _IN_GIVEN_NAME:
        return None
    candidate = text[start : start + 3]
    if (
        len(candidate) < 3
        or candidate[2] in _NOT_AFTER_IN_NAME
        or not is_name_run(candidate)
        or not (
            _after_name_words()[0].match(text, start + 3)
            or _NOT_IN_NAME.match(text, start + 3)
            or start + 3 == len(text)
        )
    ):
        return None
    return candidate


# What, after a three-character name ending in 和, tells that 和 joins nothing: the list or
# the clause ends there (包信和先后发言, 包信和等, 包信和、).
_AFTER_NAME_IN_HE = re.compile("[、，。；：]|等|先后|分别|一行")


def _name_ending_in_he(text: str, start: int, end: int) -> str | None:
    """A three-character name ending with 和 (包信和), where 和 cut its run short and what
    follows joins nothing to it (无党派人士代表包信和先后发言)."""
    if end != start + 2 or text[end : end + 1] != "和":
        return None
    candidate = text[start : start + 3]
    if not is_name_run(candidate) or not _AFTER_NAME_IN_HE.match(text, start + 3):
        return None
    return candidate


# Aspect particles after a one-character verb (杨春城|带着: 带 is the verb).
_ASPECT = frozenset("着了过")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _name_in_run(run: str) -> str | None:
    """The name that the run of characters that may be a name starts with, if any."""
    if not run:
        return None
    if len(run) > 2 and run[0] in "和与同及":
        # a conjunction before a name (外长和卡尔松, 国王和洪玛奈首相), not the rare surname 和
        return None
    if _is_foreign_run(run) and (len(run) > 3 or run[0] not in resources.name_surnames()):
        return run
    if is_name_run(run):
        return run
    if len(run) > 3:
        # A Chinese name runs into a word we do not list: cut it where a common
        # two-character word begins.
        # A word of two or more characters after the name is the surer cut (辛格|参与,
        # not 辛格参|与); a single character only ends the run (张加宁|会).
        # A word the run opens with, longer than the name would be, is no name's
        # (革命领袖高瞻远瞩: an idiom, not 高瞻远).
        opening = max(
            (j for j in range(3, min(len(run), 6) + 1) if is_common_word(run[:j])), default=0
        )
        for widths in ((2, 3), (1,)):
            for size in (3, 2):
                rest = run[size:]
                if size < opening:
                    continue
                if is_name_run(run[:size]) and any(
                    len(rest) >= k
                    and (k > 1 or len(rest) == 1 or rest[1] in _ASPECT)
                    and dictionary_tags().get(rest[:k], "nr")[0] in "vdpcu"
                    for k in widths
                ):
                    return run[:size]
    if _is_foreign_run(run):
        return run
    if "·" in run and len(run) <= 16 and _DOTTED_NAME.fullmatch(run):
        # 亚历山大·斯图布, 易卜拉欣·伊斯干达, 内通博·南迪—恩代特瓦: parts joined by ·
        # spell a foreign or minority name, whatever characters they are written in;
        # the last part ends where a verb, an adverb or a preposition starts (翁丁巴|不幸
        # 逝世, 确吉杰布|完成, 穆勒|自2004年).
        last = run.rindex("·") + 1
        for end in range(last + 1, len(run)):
            tag = dictionary_tags().get(run[end : end + 2], "n")[0]
            if (end + 2 < len(run) and tag in "vdpa") or (end + 2 == len(run) and tag in "vdp"):
                return run[:end]  # an adjective only before more (不幸逝世, not 伊斯|干达)
            if end + 1 == len(run) and dictionary_tags().get(run[end], "n") == "p":
                return run[:end]
        return run
    return None


# Two to four parts of a name joined by · (and a part by a dash).
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·—-][\u4e00-\u9fff]{1,8}){1,3}")


def name_before(text: str, end: int, known: KnownNames | None = None) -> str | None:
    """The person's name that ends at ``text[end]`` (as in 习近平主席), if one does."""
    name = known.ending_at(text, end) if known is not None else None
    if name:
        return name
    for size in (3, 2, 4):
        begin = end - size
        if begin < 0:
            continue
        run = text[begin:end]
        before = text[begin - 1] if begin > 0 else "，"
        if not (_boundary_char(before) or _ends_with_boundary_word(text, begin)):
            continue
        if run[-1] in _TOWARD:
            continue  # 师生们高声向总书记问好: 向 (toward) the one titled, no name's end
        if is_name_run(run):
            return run
    return None


# Prepositions before one addressed by their title (向总书记问好, 对主席说).
_TOWARD = frozenset("向对给跟")


def _boundary_char(ch: str) -> bool:
    return ch in '，。、；：！？,;:!?（）()“”"《》 \n' or ch.isdigit()


def _in_place(text: str, position: int) -> bool:
    """Whether a known place starts at most 3 characters before ``position`` and runs
    on past it."""
    names = place_names()
    return any(
        text[begin:stop] in names
        for begin in range(max(0, position - 3), position)
        for stop in range(position + 1, begin + 6)
    )


def _ends_with_boundary_word(text: str, end: int) -> bool:
    if end > 0 and text[end - 1] in "和与同在由日时上中后了":
        # Not inside a place that runs on past it (中国记协主席, 尼日利亚前总统: 国记协 and
        # 利亚前 are no names).
        return not _in_place(text, end)
    word = text[end - 2 : end]  # 选举韦德明为…, 任命史卫忠为…
    return end >= 2 and (dictionary_tags().get(word, "") == "v" or word in _VERBS_TAGGED_AS_NOUNS)


#: Verbs before a name that the dictionary tags as nouns (任命).
_VERBS_TAGGED_AS_NOUNS = frozenset({"任命"})
