"""Meetings and events: their names, who convened them, when, and who attended.

A meeting is a name ending in a meeting head (会议, 大会, 论坛, 开幕式, 协商会, ...),
read leftwards from the head to a clause boundary or a trigger verb (召开, 举行, 出席,
主持, ...); co-held meetings joined by 、 or 暨 are one meeting each. Bare references
(会议, 该会议, 上午的会议) stand for the meetings the article last named. Talks and
audiences between named persons (A会见B, A同B举行会谈) are meetings too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from kg import resources
from kg.extract.base import Extraction, Relation, register
from kg.extract.clauses import (
    ByStart,
    Covered,
    clause_bounds,
    innermost,
    persons,
    words_carried_out,
)
from kg.extract.dates import WHEN_OPENING, DateMention, find_dates
from kg.model import DATE_TYPE, Mention, Sentence
from kg.nlp.doc import Doc
from kg.nlp.lexicon import alternation, place_names
from kg.resolve import TALK_WORDS

EXTRACTOR = "meetings"

_HEADS = (
    "会议",
    "大会",
    "全会",
    "峰会",
    "论坛",
    "座谈会",
    "协商会",
    "研讨会",
    "发布会",
    "记者会",
    "吹风会",
    "洽谈会",
    "博览会",
    "交易会",
    "展览会",
    "开幕式",
    "闭幕式",
    "开班式",
    "结业式",
    "仪式",
    "典礼",
    "招待会",
    "宴会",
    "午宴",
    "晚宴",
    "报告会",
    "推进会",
    "部署会",
    "现场会",
    "动员会",
    "年会",
    "对话会",
    "圆桌会",
    "见面会",
    "恳谈会",
    "通气会",
    "调度会",
    "学习会",
    "务虚会",
    "集体学习",
    "专题学习",
    "专题学习会",
    "专题学习班",
    "联组会",
    "主场活动",
    "联组会议",
    "一般性辩论",
    "会晤",
    "联欢会",
    "庆典",
    "集会",
    "阅兵式",
    "论坛年会",
    "开幕会",
    "闭幕会",
    "全体会议",
    "颁奖礼",
    "博鳌亚洲论坛年会",
    # events: greetings and tea parties, celebrations, lectures, performances, classes
    "团拜会",
    "茶话会",
    "庆祝活动",
    "纪念活动",
    "讲座",
    "音乐会",
    "晚会",
    "宣讲会",
    "交流会",
    "听证会",
    "研讨班",
    "读书班",
    # dialogues and consultations between governments (中美战略与经济对话, 中日经济高层对话,
    # 第七轮中德政府磋商)
    "战略与经济对话",
    "高层对话",
    "高层对话会",
    "政府磋商",
)
# What a meeting head must not be followed by: then it names a body or a document.
_NOT_AFTER_HEAD = (
    "长|址|发言|精神|纪要|主席|创始人|理事|秘书|作用|平台|议|文件|决议|公报|报告|代表|常务|常委|成员"
    "|中心|室|厅|堂|广场|开幕|闭幕|程"
    # 会商 (consulting: 进行防汛调度会商), not 博览会商务区
    "|(?<=会)商(?![务贸品业家户])"
    # 召开 or 举行 ending the clause follows the meeting held (…新闻发布会召开。); before
    # what is held, it follows its holder (十四届全国人大四次会议举行第三场“部长通道”)
    "|(?:召开|举行)(?![，。；！？]|$)"
)
_TRIGGERS = (
    "主持召开",
    "召开",
    "举行",
    "举办",
    "主办",
    "承办",
    "主持",
    "出席",
    "参加",
    "列席",
    "出席了",
    "参加了",
    "主持了",
    "举行了",
    "召开了",
    "共同主持",
    "见证",
    "亮相",
)
_CONVENE = ("召开", "举行", "举办", "主办", "召开了", "举行了", "主持召开")
_ATTEND = (
    "出席",
    "参加",
    "主持",
    "列席",
    "出席了",
    "参加了",
    "主持了",
    "共同主持",
    "主持召开",
    "见证",
    "到会",
)
_SPEAK = ("讲话", "致辞", "发言", "作报告", "宣读")
_GENERIC_PREFIX = re.compile(
    r"^(?:当日|当天|现场|此次|本次|这次|该|本届|上述|这一|上午的|下午的|当天的|全体"
    # what is said of meetings, which names none (主持召开重要会议, 一系列相关会议)
    r"|(?:一系列|一次次|一场场|多次|一次)?(?:重要|相关|有关)?)?"
)
# What a meeting's name, read leftwards from its head, does not run across.
_BOUNDARY_MARKS = "，。；：！？,;:!?、"
_BOUNDARY_VERBS = (
    "听取", "审议", "研究", "部署", "通过", "准备", "提请", "办好", "开好", "完成好", "做好",
    "筹备好", "服务好", "组织好", "根据",
    "收看", "收听", "观看", "祝贺", "介绍", "进行", "致电", "致信", "致贺信", "致函",
    "参观", "视察", "走访", "落实", "会见", "接见", "围绕", "包括", "称赞", "赞扬", "赞赏",
    "评价", "预祝", "祝愿", "现身", "亮相",
)  # fmt: skip
_BOUNDARY_WORDS = (
    "在", "于", "由", "将", "的", "并", "与", "同", "对", "向", "了", "着", "即", "从", "是",
    "为", "继", "到",
)  # fmt: skip
# Words that hold one of the boundary words without being one (全球文明对话部长级会议,
# 海南自由贸易港全球产业招商大会, 京津冀协同发展座谈会, 晋升上将军衔仪式, 共同体论坛,
# 整治形式主义为基层减负专项工作机制会议, (第十批)在韩志愿军烈士遗骸安葬仪式, 先进集体和个人
# 表彰大会, 学习贯彻党的二十大精神研讨班).
_HOLDING_BOUNDARY = frozenset(
    (
        "自由", "理由", "经由", "对话", "对外", "对口", "对接", "和平", "和谐", "和美",
        "协同", "合同", "不同", "相同", "认同", "同志", "同盟", "共同", "上将", "中将", "少将",
        "将军", "为基", "为民", "为人", "批在", "在韩", "和个", "党的",
    )  # fmt: skip
)
_BOUNDARY_TIMES = (
    "上午", "下午", "晚上", "期间", "之际", "前夕", "之后", "以来", "今天", "今日", "昨天", "昨日",
    "明天",
)  # fmt: skip
_BOUNDARY_OTHERS = (
    "以及", "宣布", "宣读", "悬挂", "去年", "今年", "明年", "前年", "主题为", "此次", "本次", "这次",
    "隆重", "盛大", "这个", "那个", "我们", "你们", "他们", "愿以", "要以",
)  # fmt: skip
_BOUNDARY = re.compile(
    rf"[{_BOUNDARY_MARKS}\s]|暨|(?<!共)和|(?<![第十百\d大协届])一[个场次]|"
    + "|".join(_BOUNDARY_VERBS)
    + "|"
    + alternation(list(_TRIGGERS))
    + "|"
    + "|".join(_BOUNDARY_WORDS)
    + r"|\d+[月日号]|"
    + "|".join(_BOUNDARY_TIMES + _BOUNDARY_OTHERS)
)
# The characters that a boundary ends with (or whitespace): no other one ends there.
_BOUNDARY_ENDS = frozenset(
    _BOUNDARY_MARKS
    + "暨和个场次月日号"
    + "".join(
        word[-1]
        for word in (
            *_BOUNDARY_VERBS,
            *_TRIGGERS,
            *_BOUNDARY_WORDS,
            *_BOUNDARY_TIMES,
            *_BOUNDARY_OTHERS,
        )
    )
)
_TALK = re.compile(
    r"(在)?(?:还|也|分别|先后|当天|随后|同时|共同|亲切)*(会见|接见|会谈|会晤|举行会谈|通电话)(了)?"
)

# Audiences, named after who gives them and who is received (习近平接见…官兵代表).
_AUDIENCES = ("会见", "接见")
_TALK_VERB = re.compile("|".join(TALK_WORDS))
# Where a speaker is at the meeting the article last reported.
_AT_MEETING = ("会上", "会议上", "讲话中", "致辞中", "发言中")
# A speech given (致辞, 发表重要讲话), not one named (在全会上所作的重要讲话, 发表的讲话).
_SPEAKING = re.compile(
    f"在(?:{'|'.join(_AT_MEETING)})|发表了?(?:重要)?讲话|(?<![的要列])(?:{'|'.join(_SPEAK)})(?!精神)"
    # 在报告会上表示: the meeting by its kind alone
    f"|在(?:本次|这次|此次)?(?:{alternation(list(_HEADS))})上(?![的所])"
)
# What a date with a day holds (3月5日, 5号, 当日, 今天): no other updates the last date.
_DAY_CHARACTERS = "日号天"
_DAY = re.compile(f"[{_DAY_CHARACTERS}]")


@cache
def _meeting_word_pattern() -> re.Pattern[str]:
    """Every word that one of the steps below looks for: a sentence with none of them
    names no meeting, date or attendee, and changes nothing."""
    words = [*_HEADS, *TALK_WORDS, *_DAY_CHARACTERS, *_ATTEND, *_SPEAK]
    return re.compile(
        alternation(words + [f"在{place}" for place in _AT_MEETING]) + f"|{_AT_SHORTENED.pattern}"
    )


@cache
def _head_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(list(_HEADS))})(?!{_NOT_AFTER_HEAD})")


@dataclass
class _State:
    current: list[Mention] = field(default_factory=list)
    last_date: str | None = None
    # Every meeting reported so far, by name: 参加上述活动 attended them all.
    reported: dict[str, Mention] = field(default_factory=dict)
    # Those of them only spoken of (他强调，…以首届…峰会为契机): no activity of the day's.
    spoken: set[str] = field(default_factory=set)

    def held(self) -> list[Mention]:
        """The meetings reported held, not only spoken of (in someone's words)."""
        return [m for m in self.reported.values() if m.canonical not in self.spoken]


def _is_generic(name: str) -> bool:
    rest = _GENERIC_PREFIX.sub("", name)
    return rest in _HEADS or rest in ("会", "该会", "会上")


_BYLINE = re.compile(r"[(（][^()（）]*(?:记者|通讯员|发自)[^()（）]*[)）]?$|(?:记者|通讯员)\s?$")


def _byline(text: str, start: int, end: int) -> bool:
    """Whether a name at ``end`` is a reporter's: after 记者 or inside a bracket that
    names reporters ((记者李亚杰、李菲))."""
    return _BYLINE.search(text[start:end]) is not None


def _meeting_start(text: str, sentence: Sentence, head_start: int) -> int:
    """Where the name ending at the head that starts at ``head_start`` begins."""
    begin = head_start
    floor = max(sentence.start, head_start - 40)
    position = head_start
    while position > floor:
        ch = text[position - 1]
        if ch in "”》":  # a quoted part or a title in the name: take it whole
            opening = text.rfind("“" if ch == "”" else "《", floor, position - 1)
            if opening < 0:
                break
            position = begin = opening
            continue
        if ch in "“《":  # the name starts inside quotes or a title
            break
        if ch in ")）":  # a short bracketed part of the name (全体(扩大)会议): take it
            # whole; a byline or an unopened bracket closes what came before it
            # (（记者张冬冬）第八次…大会, 发自日内瓦…总部)第62届世界卫生大会)
            opening = max(text.rfind("(", floor, position - 1), text.rfind("（", floor, position - 1))
            if opening < 0 or position - opening > 16 or _byline(text, opening, position):
                break
            position = begin = opening
            continue
        if ch in "(（":  # the name starts inside brackets
            break
        if ch not in _BOUNDARY_ENDS and not ch.isspace():
            position -= 1
            begin = position
            continue
        window = text[max(floor, position - 6) : position]
        stop = None
        for match in _BOUNDARY.finditer(window):
            if match.end() == len(window):
                stop = match
        if stop is not None and not (
            len(stop.group()) == 1
            and (
                text[position - 2 : position] in _HOLDING_BOUNDARY
                or text[position - 1 : position + 1] in _HOLDING_BOUNDARY
            )
        ):
            break
        position -= 1
        begin = position
    return begin


# What after 党的 makes it part of a meeting's name: the party's ideas, building or work.
_PARTYS_WORK = re.compile("精神|建设|工作")


# What opens a meeting's name before a 和 in it: a verb that holds or attends it, or a quote.
# The groups joined before it may be several (参加了致公党、侨联、对外友好界委员联组会);
# not numbered meetings listed (举行第一次、第二次全体会议: two), nor what 的 describes.
_JOINED = re.compile(
    ".*(?:召开|举行|举办|出席|参加|主持|“)了?"
    "((?:[^，。；：、和“”的第]{1,8}[、和])*[^，。；：、和“”的第]{1,12})$"
)


# The first part of a name that opens its clause before 和: a few characters, none a mark
# or a word that opens a phrase (从, 在, 对…) or a description (的).
_CLAUSE_PART = re.compile("[^从在于对向为据由的第\\d，。；：、“”（）()][^，。；：、“”的]{0,7}")


# A number of meetings (超160场行业论坛, 5场座谈会, 召开3次会议, 出席两次全体会议, 已举办了三届
# 部长级会议, 主持召开多次…会议), or all of a series or kinds (所有峰会, 历次峰会, 多种纪念活动),
# not the name of one: a name never opens with a count of 次 (its own is 第二次, or follows its
# 届: 十四届全国人大二次会议), nor with a few 届 after what counts (了, 已, 共; not 审议了十四届
# 全国人大三次会议…).
_COUNTED = re.compile(
    "(?:超|约|近|逾|共|多)?"
    "(?:[\\d一二三四五六七八九十百千两]+多?[场次]|(?<=[了已共])[一二三四五六七八九]届(?!全国|中央)|两届"
    "|所有|历届|历次|多次|数次|几次|多场|数场|多种|各种|各类|各项)"
)


def _meetings_in(doc: Doc, sentence: Sentence) -> list[tuple[Mention, bool]]:
    """Meeting mentions of a sentence, each with whether it is a bare reference."""
    text = doc.norm
    found: list[tuple[Mention, bool]] = []
    counted_end = -1  # where the last meetings counted, not named, end
    for match in _head_pattern().finditer(text, sentence.start, sentence.end):
        start = _meeting_start(text, sentence, match.start())
        if start > sentence.start and text[start - 1] in "和、":
            # 召开专家和企业家座谈会: one meeting of both, where no meeting comes before 和
            joined = _JOINED.match(text, max(sentence.start, start - 40), start - 1)
            if (
                joined is not None
                and not _head_pattern().search(joined.group(1))
                # 参加会见和大会: the talk is an event of its own, not a part of the name
                and not joined.group(1).endswith(TALK_WORDS)
            ):
                start = joined.start(1)
            elif joined is None and text[start - 1] == "和":
                # 拉美和加勒比国家共同体第七届峰会: a short name opening its clause before
                # 和 is the name's first part.
                clause_start, _ = clause_bounds(text, sentence, start)
                part = text[clause_start : start - 1]
                if _CLAUSE_PART.fullmatch(part) and not _head_pattern().search(part):
                    start = clause_start
        elif start - 1 > sentence.start and text[start - 1] == "与" and text[start - 2] != "参":
            # 第25次东盟与中日韩领导人会议, 中国—东盟商务与投资峰会: 与 joins two parties or
            # two fields in one name, where no meeting comes before it (not 参与, take part).
            before = _meeting_start(text, sentence, start - 1)
            part = text[before : start - 1]
            if before < start - 1 and "的" not in part and not _head_pattern().search(part):
                start = before
        elif start - 1 > sentence.start and text[start - 1] == "暨":
            # 第四次全国自强模范暨扶残助残先进集体和个人表彰大会: what comes before 暨
            # with no head of its own shares this one's: the two are one name.
            before = _meeting_start(text, sentence, start - 1)
            part = text[before : start - 1]
            if len(part) >= 4 and "的" not in part and not _head_pattern().search(part):
                start = before
        party = text.rfind("党的", start, match.start())
        if party >= 0 and not _PARTYS_WORK.search(text, party + 2, match.start()):
            # 党的二十届四中全会, 重大决策——党的二十届三中全会: the plenum is named after 党的
            # (学习贯彻党的二十大精神研讨班, 高校党的建设工作会议 hold it in their names).
            start = party + 2
        name = text[start : match.end()]
        if start > sentence.start and text[start - 1] in "同与" and name.endswith(TALK_WORDS):
            continue  # 同拉马福萨总统成功会晤: the talk, named by who held it (_talks)
        if ("代表大会" in name and not re.search(r"第.+次|[一二三四五六七八九十]+次", name)) or (
            name.endswith("政治协商会议")
        ):
            continue  # 全国人民代表大会, 中国人民政治协商会议 are bodies, not meetings
        listed = text.rfind("等", start, match.start())
        if (
            _COUNTED.match(text, start)
            or (listed >= 0 and _COUNTED.match(text, listed + 1))
            or (start - 1 == counted_end and text[start - 1] in "和及")
        ):
            # 举办超160场行业论坛, …大会等30多场论坛会议: how many, not one meeting; nor
            # what such a count is joined to (多场分论坛和圆桌会议)
            counted_end = match.end()
            continue
        canonical = (
            _numbered_by(doc, sentence, start, name) or _numbered_of(text, sentence, start, name)
            if name.startswith("第")
            else ""
        )
        generic = _is_generic(name)
        if generic and name.endswith(_WELCOMED_WITH) and text.startswith(_WELCOMING, match.end()):
            # 习近平…举行仪式，欢迎X对我国进行国事访问: the welcome ceremony the article
            # goes on to name (出席欢迎仪式); 举行宴会，欢迎…: the welcome banquet.
            canonical, generic = "欢迎" + match.group(), False
        found.append(
            (doc.mention(start, match.end(), "Meeting", canonical, sentence.index), generic)
        )
    # 中非合作论坛北京峰会: a head inside the name of a meeting is no meeting of its own.
    # Each is checked against the longest of those that start before it or with it.
    inside: set[int] = set()
    reach = -1
    for index in sorted(range(len(found)), key=lambda i: (found[i][0].start, -found[i][0].end)):
        if found[index][0].end < reach:
            inside.add(index)
        reach = max(reach, found[index][0].end)
    return [pair for index, pair in enumerate(found) if index not in inside]


# What follows a ceremony held to welcome a guest, who is named next, and the heads of
# what is held so.
_WELCOMING = "，欢迎"
_WELCOMED_WITH = ("仪式", "宴会", "晚宴", "午宴", "招待会")


def _numbered_by(doc: Doc, sentence: Sentence, start: int, name: str) -> str:
    """The name of a numbered meeting a body holds, 中共中央政治局…就X进行第二次集体学习:
    中共中央政治局第二次集体学习 (the body's name before it); "" where no body opens the
    clause and its verb is not 进行."""
    text = doc.norm
    if not text.endswith("进行", sentence.start, start):
        return ""
    clause_start, _ = clause_bounds(text, sentence, start)
    # The body opens the clause, or follows the place that does (云岭省|委常委会).
    places = [m for m in doc.by_label("Place") if m.start == clause_start]
    opening = {clause_start, *(m.end for m in places), *(m.end - 1 for m in places)}
    body = next(
        (m for m in doc.by_label("Organization") if m.start in opening and m.end < start),
        None,
    )
    return body.canonical + name if body else ""


# The subject of a clause that holds a numbered meeting, then when and where it is held
# (十四届全国人大常委会第八次会议|26日上午在北京人民大会堂|举行第一次全体会议).
_HOLDS_NUMBERED = re.compile(
    r"([^，。；：、“”]{4,30}?)(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚)?"
    r"(?:在[^，。；：、]{1,20}?)?(?:举行|召开)了?(?:第[\d一二三四五六七八九十]+次、)*"
)
# What ends the name of a body or a meeting that numbers its own meetings.
_NUMBERING = ("主席团", "会议", "大会", "全会", "组")


def _numbered_of(text: str, sentence: Sentence, start: int, name: str) -> str:
    """The name of a numbered meeting held by the meeting or body that opens its clause
    (…常委会第八次会议26日上午在京举行第一次全体会议: …第八次会议第一次全体会议; …大会主席团…
    举行第一次会议): a bare 第一次全体会议 names a different meeting in every article."""
    clause_start, _ = clause_bounds(text, sentence, start)
    held = _HOLDS_NUMBERED.fullmatch(text, clause_start, start)
    if held is None:
        return ""
    holder = held.group(1)
    if not holder.endswith(_NUMBERING + resources.org_suffixes()):
        return ""
    return holder + name


# What follows the place of a dateline (新华网意大利拉奎拉7月8日电, 中新社北京七月十四日电):
# where the news was filed, no one who held a meeting.
_DATELINE = re.compile(
    r"[^，。；\s]{0,10}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电"
)


@register(EXTRACTOR, requires=("people", "hierarchy"))
def extract_meetings(doc: Doc) -> Extraction:
    """Find meetings with ``convened``, ``heldOn`` and ``attended`` relations."""
    out = Extraction()
    state = _State()
    text = doc.norm
    people = persons(doc)
    in_posts = Covered(doc.by_label("Post"))
    bodies = sorted(
        [
            m
            for m in doc.mentions
            if m.label in ("Organization", "Place")
            and m.start not in in_posts
            and not _DATELINE.match(text, m.end)
        ],
        key=lambda m: (m.start, -m.end),
    )
    relevant = doc.sentences_with(_meeting_word_pattern())
    # A reporter in a byline ((记者荣燕) 国务院总理…) reports the meeting, not at it.
    reporters = {
        p.start for p in people.mentions if _byline(text, max(0, p.start - 20), p.start)
    }
    everyone = [p for p in people.mentions if p.start not in reporters]
    for sentence in doc.sentences:
        if state.current and (
            _HEARD.match(text, sentence.start) or _ENTRUSTED.match(text, sentence.start)
        ):
            # 会议听取了…主任委员信春鹰作的关于…的报告, 受国务院委托，司法部部长贺荣作了说明:
            # who reports to the session is at it.
            for person in people.starting_in(sentence.start, sentence.end):
                if text.startswith(("作的", "所作的", "作了"), person.end):
                    out.relations.extend(
                        Relation(person, "attended", meeting, sentence, 0.75, EXTRACTOR)
                        for meeting in state.current
                        if meeting.canonical.endswith("会议")  # a session, not a forum
                    )
        if sentence.index not in relevant:
            continue
        in_sentence = [
            p for p in people.starting_in(sentence.start, sentence.end) if p.start not in reporters
        ]
        found = _meetings_in(doc, sentence)
        named: list[Mention] = []
        for mention, generic in found:
            if not generic:
                named.append(mention)
            else:
                convened = _convened_generic(
                    doc, sentence, mention, bodies, found
                ) or _chaired_generic(doc, sentence, mention, in_sentence, state)
                if convened is not None:
                    named.append(convened)
        # 戴秉国将代表胡锦涛出席, 代表胡锦涛出席…的戴秉国同…会晤: 胡锦涛 neither attends nor
        # holds the talks.
        represented = _represented(doc, sentence, in_sentence)
        talks, groups = _talks(doc, sentence, in_sentence, out, everyone, represented)
        # 同参加X的代表座谈: X describes those met, it is neither dated nor reported.
        undescribed = [m for m in named if not _describes(text, sentence, m)]
        dates: list[DateMention] = []
        # Dates date this sentence's meetings; a day also dates the 当日 of later ones.
        if named or talks or _DAY.search(text, sentence.start, sentence.end):
            dates = [
                d
                for d in find_dates(
                    text, sentence.start, sentence.end, doc.article.date, state.last_date
                )
                if len(d.iso) > 4 and not any(m.start <= d.start < m.end for m, _ in found)
            ]
        if named or talks:
            # 来华出席X的B: the sentence's date is when B was met, not when X was held.
            # 召开新闻发布会，介绍X有关情况: X is what the briefing was about, held later.
            dated = [
                m
                for m in undescribed
                if not _came_for(text, sentence, m)
                and not _before_in_clause(_BRIEFING, text, sentence, m)
                # 同意提请大会全体会议表决: what a draft goes to, held later
                and not text.endswith(_SUBMITTED_TO, sentence.start, m.start)
                # 对中共二十届三中全会决定稿的意见: a draft of the meeting's, not the meeting
                and not _DRAFT_OF.match(text, m.end)
                # 1月22日，党中央发出《关于对党的二十届四中全会研究…的通知》: the day of the
                # document the meeting is named in
                and not _in_book_title(text, sentence, m)
                and not (
                    _STUDIED_AT.match(text, m.end)
                    and _before_in_clause(_STUDIED, text, sentence, m)
                )
            ]
            _date_meetings(dated + talks, dates, text, sentence, out)
            if not dates and state.current:
                _date_after_meeting(text, sentence, dated, state.current[0], out)
            _convene(doc, sentence, named, bodies, people, out)
        elif state.current and any(generic for _, generic in found):
            # 本届论坛…，由中宣部主办: the meeting last reported, by a bare name of its kind.
            bare = next(m for m, generic in found if generic)
            head = _GENERIC_PREFIX.sub("", bare.text)
            alike = [m for m in state.current if m.canonical.endswith(head)]
            if alike:
                _convene(doc, sentence, [], bodies, people, out, (bare.end, alike))
        # A group met (会见获奖代表) is reported, for 参加会见, but stays aside: what is said
        # at the meeting after it (在会上致辞) is said at the meeting they came to.
        for group in groups:
            state.reported.setdefault(group.canonical, group)
        # 会见来华出席X的B: X is what B came for, not an activity of those present (参加上述
        # 活动 attended the talk, not X).
        held_here = [m for m in undescribed if not _came_for(text, sentence, m)]
        reported = (_reported(text, sentence, held_here) if held_here else []) + [
            t for t in talks if len(t.canonical) > 2 and t not in groups
        ]
        if reported and not (
            _OF_THE_MEETING.match(text, sentence.start)
            or _BEFORE_NOW.search(text, sentence.start, min(m.start for m in reported))
        ):
            # 李强说，…习近平总书记在中央经济工作会议上…提出明确要求: a meeting told of in
            # the words of one at the meeting reported; 参加会议 after them is of that one.
            spoken_of = bool(state.current or state.reported) and bool(
                _SPOKEN_OF.search(text, sentence.start, min(m.start for m in reported))
            )
            if not spoken_of:
                state.current = reported
            for meeting in reported:
                state.reported.setdefault(meeting.canonical, meeting)
                if spoken_of:
                    state.spoken.add(meeting.canonical)
        elif undescribed and not state.current and not text.startswith(_EVE, undescribed[0].end):
            # 他强调，全国科技大会吹响了…进军号: a meeting spoken of is none that the
            # sentences after it tell of (陈敏尔参加有关调研), but one that a bare word of
            # its kind may name (…以第五届青禾合作论坛为契机。王建国出席论坛).
            first = undescribed[0]
            if _SPOKEN_OF.search(text, sentence.start, first.start):
                state.reported.setdefault(first.canonical, first)
                state.spoken.add(first.canonical)
            else:
                state.current = [first]
        # 昨天 and 明天 are counted from the day spoken of; they do not become it.
        spoken = [d for d in dates if not d.shifted]
        if spoken and len(spoken[-1].iso) == 10:
            state.last_date = spoken[-1].iso
        out.mentions.extend(named)
        _attend(doc, sentence, in_sentence, named, state, out, everyone, represented)
        if named:
            _hosted(doc, sentence, in_sentence, named, out)
            _convened_by_person(text, sentence, in_sentence, named, out)
            _spoke_at(text, sentence, in_sentence, named, out)
    return out


# A day and a time of day written between a person and what they did (5日上午, 今天).
_DAY_AND_TIME = r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚|今天|昨天)?"
# 习近平总书记在二十届中央纪委二次全会上发表重要讲话: the speaker was at the meeting.
_SPEECH_GIVEN = (
    r"(?:发表了?(?:重要)?(?:视频|书面)?(?:讲话|致辞|演讲|主旨演讲)"
    r"|作了?(?:重要)?(?:讲话|报告)"
    r"|讲话|致辞|发言)"
)
# 上 may be left out after the meeting's name (在…闭幕会发表重要讲话), where no 的 shows a
# speech written about (在…全会上的重要讲话).
# Words said there make the speaker one of those present too (在例行记者会上表示).
_SPOKE_AT = re.compile(
    rf"在([^，。；]{{2,40}}?)上(?:{_SPEECH_GIVEN}|表示|指出|强调|说|介绍|透露|宣布|回答)"
    rf"|在([^，。；的]{{2,40}}?){_SPEECH_GIVEN}"
)
# What may stand between a speaker's name and 在: a title written after it, a day, a time.
_SPEAKER_TO_PLACE = re.compile(f"(?:总书记|主席|总理|委员长|同志)?{_DAY_AND_TIME}")


def _spoke_at(
    text: str, sentence: Sentence, persons: list[Mention], named: list[Mention], out: Extraction
) -> None:
    """A person right before 在X上发表讲话 (a title, a day between at most) attended the
    meetings named in X."""
    for match in _SPOKE_AT.finditer(text, sentence.start, sentence.end):
        group = 1 if match.group(1) is not None else 2
        inside = [
            m for m in named if match.start(group) <= m.start and m.end <= match.end(group)
        ]
        speaker = next(
            (
                p
                for p in reversed(persons)
                if p.end <= match.start()
                and _SPEAKER_TO_PLACE.fullmatch(text, p.end, match.start()) is not None
            ),
            None,
        )
        if speaker is not None:
            for meeting in inside:
                out.relations.append(
                    Relation(speaker, "attended", meeting, sentence, 0.8, EXTRACTOR)
                )


# Those met described as coming with someone (会见随同…访华的…代表): he is not met.
_ACCOMPANYING = re.compile("(?:随同|陪同)[^，。；]{1,40}?(?:访华|来华|访问)的")
# Who escorts someone (在…陪同下), named before what the one escorted does.
_ESCORTED = re.compile("在[^，。；]{1,40}?陪同下")


# A为B举行欢迎仪式: A holds it for B, both are there.
_HOSTED = re.compile(r"为([^，；。]{1,40}?)举行了?(?:一个|一场|隆重的?|盛大的?)?")


def _hosted(
    doc: Doc, sentence: Sentence, persons: list[Mention], named: list[Mention], out: Extraction
) -> None:
    """A（在…）为B举行X: the host A, the first person of the clause before 为 (not one
    named after 代表: 穆罕默德代表国王萨勒曼), and the guests B named between 为 and 举行
    attended the meeting X that follows."""
    text = doc.norm
    for match in _HOSTED.finditer(text, sentence.start, sentence.end):
        clause_start, clause_end = clause_bounds(text, sentence, match.start())
        meeting = next((m for m in named if m.start == match.end()), None)
        if meeting is None or meeting.end > clause_end:
            continue
        hosts = [
            p
            for p in persons
            if clause_start <= p.start
            and p.end <= match.start()
            and "代表" not in text[clause_start : p.start]
        ]
        if not hosts and text.startswith("为", clause_start):
            # 金正恩…到机场送行，为习近平…举行欢送仪式: the sentence's subject hosts it.
            subject = _subject(text, sentence, persons, clause_start)
            hosts = [subject] if subject is not None else []
        guests = [p for p in persons if match.start(1) <= p.start and p.end <= match.end(1)]
        for person in _joined(text, hosts, doc) + guests:
            out.relations.append(Relation(person, "attended", meeting, sentence, 0.8, EXTRACTOR))
    for meeting in named:
        if text.startswith(_WELCOMING, meeting.end):
            # 举行仪式，欢迎X对我国进行国事访问: the first person named after 欢迎.
            _, clause_end = clause_bounds(text, sentence, meeting.end + len(_WELCOMING))
            guest = next(
                (p for p in persons if meeting.end < p.start and p.end <= clause_end), None
            )
            if guest is not None:
                out.relations.append(
                    Relation(guest, "attended", meeting, sentence, 0.8, EXTRACTOR)
                )


# A spouse named after the host (习近平和夫人彭丽媛).
_SPOUSE = ("和夫人", "及夫人", "偕夫人")
# What joins two hosts into one (习近平和彭丽媛, 习近平主席和夫人彭丽媛为…举行, 阮富仲夫妇、
# 武文赏夫妇): a joining word, or the words that name a spouse.
_JOINED_HOST = re.compile(f"(?:夫妇)?(?:[和与及、]|主席和)(?:夫人)?|{'|'.join(_SPOUSE)}")


def _joined(text: str, persons: list[Mention], doc: Doc | None = None) -> list[Mention]:
    """The first of ``persons`` and those joined to it, one after another, by 和, 与, 及
    or 、 (a spouse named as such too); with ``doc``, over the titles before a name too
    (阮富仲、越南国家主席武文赏共同为…举行)."""
    run = persons[:1]
    for person in persons[1:]:
        start = person.start if doc is None else _titled_from(doc, person.start)
        if not _JOINED_HOST.fullmatch(text, run[-1].end, start):
            break
        run.append(person)
    return run


# 李强5日召开专家和企业家座谈会, 李希…，并召开…座谈会: a person who holds a meeting is
# at it. What may stand between the person and the verb: a day and a place (人民大会堂,
# not a talk: 在会见…时).
_HELD_BY_PERSON = re.compile(
    f"{_DAY_AND_TIME}(?:在(?:(?!会[见晤谈])[^，。；同与和为见来赴出参]){{1,12}}?)?"
    "(?:召开|举行|举办)"
)
_THEN = re.compile(r"(?:并|还|随后|同时|其间|期间)?(?:召开|举行|举办)了?")
# 同 (with) as a preposition, not inside 共同, 协同, 同志, 同比, 同时 …
_HELD_WITH = re.compile("(?<![共协相认不如等])同(?![志比时样期步意等类])")
# What may stand between the one holding a meeting and 同 (with) those it is held with.
_BEFORE_WITH = re.compile(f"{_DAY_AND_TIME}(?:在(?:(?!会[见晤谈])[^，。；同与和为见来赴出参]){{1,12}}?)?")
# What may come before the subject a sentence opens with, in a clause of its own.
_OPENING_PHRASE = re.compile(r"[^，]{0,8}(?:期间|时|上午|下午|当天|今天|随后|此外|其间)，")


def _convened_by_person(
    text: str, sentence: Sentence, persons: list[Mention], named: list[Mention], out: Extraction
) -> None:
    """A person right before 召开/举行/举办 (a day or place between at most), or the
    sentence's subject where a later clause starts with the verb (…，并召开X), attended the
    meetings that follow the verb in its clause."""
    for verb in re.finditer("召开|举行|举办", text[sentence.start : sentence.end]):
        start, end = sentence.start + verb.start(), sentence.start + verb.end()
        if text.startswith(("主持", "共同"), start - 2):
            continue  # 主持召开 is read by _attend
        clause_start, clause_end = clause_bounds(text, sentence, start)
        meetings = [m for m in named if start < m.start < clause_end]
        if not meetings:
            continue
        host = next(
            (
                p
                for p in reversed(persons)
                if clause_start <= p.start
                and p.end <= start
                and _HELD_BY_PERSON.fullmatch(text, p.end, end) is not None
            ),
            None,
        )
        if host is None and _THEN.fullmatch(text, clause_start, meetings[0].start) is not None:
            host = _subject(text, sentence, persons, clause_start)
        attending = [host] if host is not None else []
        held_with = _HELD_WITH.search(text, clause_start, start)
        if held_with is not None:
            # 李强在京同罗塞芙、彭安杰…举行“1+10”对话会: the one who holds it and everyone
            # it is held with (the one who holds it alone where those are not named: 同主要
            # 国际经济组织负责人举行…).
            lead = next(
                (
                    p
                    for p in reversed(persons)
                    if clause_start <= p.start
                    and p.end <= held_with.start()
                    and _BEFORE_WITH.fullmatch(text, p.end, held_with.start()) is not None
                ),
                None,
            )
            partners = [p for p in persons if held_with.end() <= p.start and p.end <= start]
            if lead is not None:
                attending = [lead, *partners]
        for person in attending:
            for meeting in meetings:
                out.relations.append(
                    Relation(person, "attended", meeting, sentence, 0.8, EXTRACTOR)
                )


def _subject(
    text: str, sentence: Sentence, persons: list[Mention], clause_start: int
) -> Mention | None:
    """The person the sentence opens with, where the clause at ``clause_start`` is a later
    one (…，并召开X; …，为X举行): nothing before them in their clause, and no clause before
    that but one of time (调研期间，)."""
    first = next((p for p in persons if p.start < clause_start), None)
    if first is None or clause_start <= sentence.start:
        return None
    opening, _ = clause_bounds(text, sentence, first.start)
    if opening == sentence.start or _OPENING_PHRASE.fullmatch(text, sentence.start, opening):
        return first
    return None


# On the eve of a meeting (主持中国－中亚峰会前夕): it is not held yet.
_EVE = "前夕"
_EVENT_VERB = "召开了|举行了|主持召开|召开|举行|主持了|主持|出席了|出席|参加了|参加|举办"
_NOT_REPORTED = re.compile(r"将|宣布|同意|决定|计划|拟|准备|前夕|愿")
_EVENT = re.compile(_EVENT_VERB)
# A meeting named as the subject of its holding: 论坛在北京举行 (not of another's).
_HELD_AFTER = re.compile(
    r"[^，。；]{0,24}?(?:举行|召开|开幕|闭幕|举办)(?![^，。；]*(?:会议|大会|论坛))"
)


# What says that the words after it are someone's (他强调，…; 指出：…).
_SPOKEN_OF = re.compile("(?:强调|指出|表示|说|认为)[，：]")
# The ideas of a speech given at a meeting (座谈会上的重要讲话精神), which are studied later.
_SPIRIT_OF_SPEECH = re.compile("上的[^，。；]{0,12}?精神")


def _reported(text: str, sentence: Sentence, named: list[Mention]) -> list[Mention]:
    """The meetings a sentence reports as taking place, which later bare references
    (会议, 上午的会议) and speakers stand for."""
    if _NOT_REPORTED.search(text, sentence.start, sentence.end):
        return []
    objects = []
    for meeting in named:
        # The clause before a meeting holds no ，；： (it starts after the last) and no 。
        # (that only ends a sentence), so an event verb there is followed by none either.
        clause_start, _ = clause_bounds(text, sentence, meeting.start)
        if _PAST_BEFORE.search(text, clause_start, meeting.start):
            continue  # 在去年撒马尔罕峰会上，…: one held before, not what the sentences after tell of
        if _SPIRIT_OF_SPEECH.match(text, meeting.end):
            continue  # 贯彻…在…座谈会上的重要讲话精神: a speech studied, given before
        if _EVENT.search(text, clause_start, meeting.start) or (
            text.startswith(("上", "现场", "期间"), meeting.end, sentence.end)
            # 习近平主席在北京世界园艺博览会上的重要讲话中指出: a speech given there, before
            and not text.startswith("上的", meeting.end)
        ):
            objects.append(meeting)
    if objects:
        return _with_coheld(objects, named, text)
    return [
        m
        for m in named
        if _HELD_AFTER.match(text, m.end, sentence.end)
        and not _before_in_clause(_CONGRATULATED, text, sentence, m)
    ]


# 祝贺中共二十届三中全会成功召开: a meeting held elsewhere, which those the article
# reports on did not attend.
_CONGRATULATED = re.compile("祝贺|贺电|贺信")


def _with_coheld(objects: list[Mention], named: list[Mention], text: str) -> list[Mention]:
    """Meetings joined to the reported ones by 、 or 暨 are reported too."""
    group = list(objects)
    for meeting in named:
        if meeting in group:
            continue
        if any(
            0 <= o.start - meeting.end <= 1
            and text[meeting.end : o.start] in ("、", "暨", "和")
            or 0 <= meeting.start - o.end <= 1
            and text[o.end : meeting.start] in ("、", "暨", "和")
            for o in group
        ):
            group.append(meeting)
    return sorted(group, key=lambda m: m.start)


# What comes right before a bare 会议 that a body holds (召开了全体会议).
_CONVENING = tuple(
    verb + done + whole
    for verb in ("召开", "举行")
    for done in ("", "了")
    for whole in ("", "全体")
)


def _convened_generic(
    doc: Doc,
    sentence: Sentence,
    mention: Mention,
    bodies: list[Mention],
    found: list[tuple[Mention, bool]],
) -> Mention | None:
    """中共中央政治局12月25日召开会议 -> the meeting 中共中央政治局会议; a meeting that a
    named meeting holds is its part (梧川市人大常委会第二次会议27日举行联组会议 -> …第二次
    会议联组会议), or, a plenary, the meeting itself (举行全体会议: none of its own)."""
    text = doc.norm
    clause_start, _ = clause_bounds(text, sentence, mention.start)
    if not text.endswith(_CONVENING, clause_start, mention.start):
        return None
    owners = [
        b
        for b in bodies
        if clause_start <= b.start and b.end <= mention.start and b.label == "Organization"
    ]
    if not owners:
        return None
    owner = innermost(owners)  # 国务院 + 新闻办公室: the office's
    head = _GENERIC_PREFIX.sub("", mention.text)
    holding = next(
        (m for m, generic in found if not generic and m.start <= owner.start < m.end), None
    )
    if holding is not None:
        if head in _ANY_MEETING:
            return None
        return doc.mention(
            mention.start, mention.end, "Meeting", holding.canonical + head, sentence.index
        )
    return doc.mention(mention.start, mention.end, "Meeting", owner.canonical + head, sentence.index)


# A person who chairs a forum named by its head alone (李强1月24日下午主持召开座谈会): what
# may stand between them and it.
_CHAIRED = re.compile(f"{_DAY_AND_TIME}(?:在[^，。；]{{1,12}}?)?(主持召开|主持)了?")
# The heads of such forums, each one chaired and held apart.
_CHAIRED_HEADS = ("座谈会",)


def _chaired_generic(
    doc: Doc, sentence: Sentence, mention: Mention, persons: list[Mention], state: _State
) -> Mention | None:
    """李强主持召开座谈会，听取…意见 -> the meeting 李强主持召开的座谈会: a forum named by its
    head alone that a person chairs, no forum of its kind named before (主持召开座谈会 then
    refers to it), is the chair's, named after them as talks are (李强会见X)."""
    text = doc.norm
    head = _GENERIC_PREFIX.sub("", mention.text)
    if head not in _CHAIRED_HEADS or any(m.endswith(head) for m in state.reported):
        return None
    clause_start, _ = clause_bounds(text, sentence, mention.start)
    for person in reversed(persons):
        if not clause_start <= person.start < person.end <= mention.start:
            continue
        chaired = _CHAIRED.fullmatch(text, person.end, mention.start)
        if chaired is None:
            break
        name = f"{person.canonical}{chaired.group(1)}的{head}"
        return doc.mention(mention.start, mention.end, "Meeting", name, sentence.index)
    return None


def _date_meetings(
    meetings: list[Mention],
    dates: list[DateMention],
    text: str,
    sentence: Sentence,
    out: Extraction,
) -> None:
    for date in dates:
        if _FOUNDED.match(text, date.end):
            continue  # 中阿合作论坛于2004年1月成立: when a forum began, no meeting's day
        if _PUBLISHED.match(text, date.end):
            continue  # 12月1日出版的第23期《求是》…《在…全会上的讲话》: an issue's day
        if text.endswith(_UNTIL, 0, date.start):
            continue  # 到11月底，…完成了在气候雄心峰会上的承诺: a time figures run to
        clause_start, clause_end = clause_bounds(text, sentence, date.start)
        after = [
            m
            for m in meetings
            if m.start >= date.end and m.start < _next_date(dates, date, sentence)
        ]
        before = [m for m in meetings if clause_start <= m.start < date.start]
        held_then = _OPENS.search(text, date.end, clause_end) and not any(
            date.end <= m.start < clause_end for m in meetings
        )
        if before and held_then:
            # X今天（3月3日）下午举行，…Y将于3月4日开幕: the date tells when the meeting
            # its clause opens with is held, not when those after it are.
            targets = before
        else:
            targets = after or [
                m for m in before if not any(o.start >= date.end for o in meetings)
            ]
        if not targets and held_then:
            # 首届世界数字教育大会，今天（2月13日）在北京开幕: the meetings that end the
            # clause before are what the date's clause, which names none, tells of; each
            # on its own date where they are listed (A和B，将分别于3月5日和3月4日…开幕).
            targets = _meetings_ending_at(text, meetings, clause_start - 1)
            own = [d for d in dates if clause_start <= d.start < clause_end]
            respectively = "分别" in text[clause_start : date.start + 1]
            if respectively and 1 < len(targets) == len(own):
                targets = [targets[own.index(date)]]
        for meeting in targets:
            if text.startswith(_EVE, meeting.end):
                continue  # 5月17日，…主持中国－中亚峰会前夕: the day before it is held
            literal = Mention(
                date.start,
                date.end,
                text[date.start : date.end],
                DATE_TYPE,
                date.iso,
                sentence.index,
            )
            out.relations.append(Relation(meeting, "heldOn", literal, sentence, 0.85, EXTRACTOR))


# A sentence telling what the meeting last reported did: the meetings it names are what the
# meeting heard of (会议审议了…出席…第九次会议的书面报告), not held now.
_OF_THE_MEETING = re.compile(
    "(?:会议|会上)(?:还|首先|分别|先后|并|一致)*(?:审议|听取|指出|强调|认为|要求|通过|表决|批准|分析)"
)
# A sentence opening with whom a report is made for (受国务院委托，…作了说明).
_ENTRUSTED = re.compile("受[^，。；]{1,24}委托，")
# A sentence telling what the meeting last reported heard (会议听取了…, 会议还分别听取了…).
_HEARD = re.compile("(?:会议|会上)(?:还|首先|分别|先后|并)*听取了?")


def _in_book_title(text: str, sentence: Sentence, meeting: Mention) -> bool:
    """Whether ``meeting`` is named inside a title in 《》 that is not its own (a
    document's, a programme's), nor that of a speech given at it (《在…大会上的讲话》)."""
    opening = text.rfind("《", sentence.start, meeting.start)
    if opening <= text.rfind("》", sentence.start, meeting.start):
        return False
    if opening == meeting.start - 1 and text.startswith("》", meeting.end):
        return False  # 《2025年春节联欢晚会》: the show itself
    return not (
        text.startswith("在", opening + 1)
        and opening + 2 == meeting.start
        and _SPEECH_AT.match(text, meeting.end)
    )


# What a speech given at a meeting is titled after its name (《在…大会上的讲话》).
_SPEECH_AT = re.compile("上的(?:重要)?(?:讲话|致辞|发言|报告)")


# What a day after which tells when something came out, not when a meeting was held.
_PUBLISHED = re.compile("(?:出版|播出|首播|发出|印发|公布)")
# What, before a date, makes it the end of a span (到11月底, 截至6月): no meeting's day.
_UNTIL = ("到", "截至", "截止")
# A draft or a document of a meeting, written after its name.
_DRAFT_OF = re.compile("(?:决定|建议|报告|公报|决议)?稿")


# What a draft is sent on to (提请大会全体会议表决, 提交常委会会议审议).
_SUBMITTED_TO = ("提请", "提交", "报请", "交付")


# A sentence opening after the meeting last dated (闭幕会后，…举行第十七讲专题讲座).
_AFTER_MEETING = re.compile("(?:闭幕会|开幕会|全体会议|会议|全会|会)(?:结束)?后，")


def _date_after_meeting(
    text: str, sentence: Sentence, meetings: list[Mention], current: Mention, out: Extraction
) -> None:
    """Meetings of a sentence that opens after the meeting last reported (闭幕会后，…举行专题
    讲座) are held on its day, where a day of it is known."""
    after = _AFTER_MEETING.match(text, _sentence_opening(text, sentence))
    if after is None:
        return
    last_date = next(
        (
            r.object.canonical
            for r in out.relations
            if r.predicate == "heldOn" and r.subject.canonical == current.canonical
        ),
        None,
    )
    if last_date is None or len(last_date) < 10:
        return
    for meeting in meetings:
        literal = Mention(
            after.start(), after.end() - 1, after.group()[:-1], DATE_TYPE, last_date, sentence.index
        )
        out.relations.append(Relation(meeting, "heldOn", literal, sentence, 0.8, EXTRACTOR))


def _meetings_ending_at(text: str, meetings: list[Mention], end: int) -> list[Mention]:
    """The meetings listed (A、B和C) up to ``end``, where a comma follows them."""
    listed: list[Mention] = []
    by_end = {m.end: m for m in meetings}
    if text[end : end + 1] != "，":
        return listed
    while end in by_end:
        listed.insert(0, by_end[end])
        end = by_end[end].start - 1
        if text[end : end + 1] not in ("和", "、", "及"):
            break
    return listed


# What a clause says of a meeting named before it that is held or opens then.
_OPENS = re.compile("开幕|闭幕|举行|召开|举办|开班|开营|启幕|落幕")
# What follows the date a body or a series was founded on (2004年1月成立, 1949年创办).
_FOUNDED = re.compile("(?:正式)?(?:成立|创立|创办|设立|组建)")


def _next_date(dates: list[DateMention], date: DateMention, sentence: Sentence) -> int:
    later = [d.start for d in dates if d.start > date.start]
    return later[0] if later else sentence.end


def _convene(
    doc: Doc,
    sentence: Sentence,
    named: list[Mention],
    bodies: list[Mention],
    persons: ByStart,
    out: Extraction,
    referred: tuple[int, list[Mention]] | None = None,
) -> None:
    """Who convened the ``named`` meetings of ``sentence``; with ``referred`` (where a bare
    reference such as 本届论坛 ends, and the meetings it stands for), those meetings where
    the sentence says by whom (…，由中宣部主办)."""
    text = doc.norm
    for match in _CONVENE_VERB.finditer(text, sentence.start, sentence.end):
        verb_start, verb_end = match.span()
        objects = [
            m for m in named if m.start >= verb_end and not _separated(text, verb_end, m.start)
        ]
        clause_start, _ = clause_bounds(text, sentence, verb_start)
        if not objects and "由" in text[clause_start:verb_start]:
            # 世界议长大会由各国议会联盟主办: the meeting is the subject.
            objects = [m for m in named if m.end <= verb_start][-1:]
            if referred is not None and referred[0] <= verb_start:
                objects = referred[1]
        if not objects:
            continue
        by = text.rfind("由", clause_start, verb_start)
        candidates = [b for b in bodies if clause_start <= b.start and b.end <= verb_start]
        first = min(m.start for m in objects)
        if (
            0 <= by < first
            and "的" in text[by:first]
            and not _CONVENE_VERB.search(text, by, first)
        ):
            # 由我国自主研制建造的076两栖攻击舰首舰下水命名仪式…举行: 由 tells who built
            # what the meeting is named after, not who holds it (由教育部举办的…大会 does).
            candidates = [b for b in candidates if not by < b.start < first]
            by = -1
        if by >= 0:
            candidates = [b for b in candidates if b.start > by]
        # 在国家发展改革委今天举行的新闻发布会上: a body after 在 is who held what its
        # verb describes (举行的…), not where.
        described = text.startswith("的", verb_end)
        candidates = [
            b
            for b in candidates
            if not (_is_venue(text, b, clause_start) and not (described and _held_by(text, b)))
            and not _opens_a_name(text, b, verb_start)
        ]
        # 李强同新开发银行行长…、国际货币基金组织总裁…举行对话会: the bodies it is held with
        # hold nothing.
        held_with = _HELD_WITH.search(text, clause_start, verb_start)
        if held_with and persons.any_starting_in(clause_start, held_with.start()):
            candidates = [b for b in candidates if b.end <= held_with.start()]
        # 普京为金砖国家领导人举行的欢迎宴会: the ones it is held for hold nothing.
        honoured = text.rfind("为", clause_start, verb_start)
        if honoured >= 0:
            candidates = [b for b in candidates if b.start < honoured]
        # 加拿大将参加在北京举行的…年会: who takes part in what another holds holds nothing.
        taking_part = described and _TAKING_PART.search(text, clause_start, verb_start)
        if taking_part:
            candidates = [b for b in candidates if b.start >= taking_part.end()]
        # 感谢中方支持南非举办…, 南非支持中方主办…: the one supported holds it.
        backed = [m.end() for m in _BACKING.finditer(text, clause_start, verb_start)]
        if backed:
            # Nobody named after it (欢迎巴方支持和参与…举行的论坛): the one supporting only
            # takes part.
            candidates = [b for b in candidates if b.start >= backed[-1]]
        # 习近平考察中国国家版本馆和中国历史研究院、主持召开…座谈会: the bodies visited hold
        # nothing.
        visited = [m.end() for m in _VISITING.finditer(text, clause_start, verb_start)]
        if visited:
            candidates = [b for b in candidates if b.start < visited[0]]
        if not candidates and text.startswith("在", clause_start) and by < 0:
            # 中国代表团作为…，当地时间昨天晚上，在罗马…举行了…吹风会: a clause of where,
            # after clauses of when, goes on with the body that opens the sentence.
            opener = _subject_before_times(text, sentence, clause_start, bodies)
            candidates = [opener] if opener is not None else []
        # The first named holds it, with those listed after it (由A和B共同主办).
        conveners: list[Mention] = []
        while candidates:
            convener = innermost(candidates)
            conveners.append(convener)
            candidates = [b for b in candidates if b.start >= convener.end]
            if not candidates or not _listed_after(text, bodies, convener, candidates[0]):
                break
        # A person who 主持召开 a body's meeting is not its convener, nor is the body.
        led_by_person = persons.any_starting_in(clause_start, verb_start)
        for meeting in objects:
            owners: list[Mention | None] = [*conveners]
            if not owners and not led_by_person:
                owners = [_owner(doc, meeting, bodies)]
            for owner in owners:
                if owner is not None:
                    out.relations.append(
                        Relation(owner, "convened", meeting, sentence, 0.8, EXTRACTOR)
                    )


# A clause that tells only when (当地时间昨天晚上, 也就是北京时间今天凌晨, 9日上午).
_TIME_CLAUSE = re.compile(
    "(?:当地时间|北京时间|也就是|即)*[^，。；]{0,8}?(?:上午|下午|晚上|晚间|中午|凌晨|早上|日|天)$"
)


def _subject_before_times(
    text: str, sentence: Sentence, clause_start: int, bodies: list[Mention]
) -> Mention | None:
    """The body that opens the clause before ``clause_start`` and the clauses of when
    between them, if one does."""
    end = clause_start - 1
    while end > sentence.start:
        start = max(sentence.start, text.rfind("，", sentence.start, end) + 1)
        opener = next((b for b in bodies if b.start == start), None)
        if opener is not None and (opener.end == end or text.startswith("作为", opener.end)):
            return opener  # 中国代表团作为第一个抵达的参会国, or the body alone
        if not _TIME_CLAUSE.fullmatch(text, start, end):
            return None
        end = start - 1
    return None


# Taking part in a meeting another holds (参加在北京举行的…).
_TAKING_PART = re.compile("出席|参加|参与|列席")


def _listed_after(text: str, bodies: list[Mention], first: Mention, then: Mention) -> bool:
    """Whether ``then`` is listed right after ``first`` (A和B, A、B; A和云岭省人民政府,
    whose body is read from 省 on, inside the place that opens it)."""
    joint = _LIST_JOINT.match(text, first.end)
    if joint is None:
        return False
    return joint.end() == then.start or any(
        b.start == joint.end() and b.start < then.start < b.end for b in bodies
    )


# Visiting places and bodies, which the visitor does not hold a meeting by.
_VISITING = re.compile("考察|视察|参观|走访|来到")

# Verbs after which the body named holds the meeting, not the one before (X支持Y举办).
_BACKING = re.compile("支持|帮助|协助|祝贺|感谢|赞赏|欢迎|邀请|委托|推动|支援")

# The convening verbs in the order they are tried at each position (召开 before 召开了).
_CONVENE_VERB = re.compile("|".join(_CONVENE))


def _opens_a_name(text: str, place: Mention, verb_start: int) -> bool:
    """Whether ``place`` opens the name of a body that was not read as one (由中国日报社、
    …主办, 由新疆维吾尔自治区人民政府举行: not the place), or of a venue (成都大运村艺术中心
    大剧场举办): what follows it, up to a list mark or the verb, ends like such a name."""
    if place.label != "Place":
        return False
    # Up to the verb, and the verb itself that 共同 or 联合 looks ahead to.
    joint = _LIST_JOINT.search(text, place.end, verb_start + 2)
    following = text[place.end : min(joint.start(), verb_start) if joint else verb_start]
    # 中国人民抗日战争…纪念活动新闻中心今天（8月29日）举办: when, between the name and the verb
    following = _TRAILING_TIME.sub("", following)
    if following and following.endswith(_BODY_ENDS):
        return True
    if _EVENT_AFTER_PLACE.match(following):
        # 香港书展开展首日举办了新书发布会: the place opens the name of an event, which holds
        # the meeting; the place holds nothing.
        return True
    if following.endswith(_VENUE_ENDS) and "在" not in following:
        # 成都大运村艺术中心大剧场举办: the place opens a venue's name, where it is held (not
        # 澳门特区政府今天在金莲花广场举行: where the body it opens holds it)
        return True
    # 由中国国家创新与发展战略研究会、…主办: 和, 与 or 及 inside the name, where the list
    # goes on to the next 、 (not 由中国与东盟秘书处主办: the joint opens what follows).
    if joint is None or joint.group() not in "和与及" or not following:
        return False
    mark = text.find("、", joint.end(), verb_start)
    return text[place.end : mark if mark >= 0 else verb_start].endswith(_BODY_ENDS)


# When, written between a body's name and its verb (今天（8月29日）, 9日上午).
_TRAILING_TIME = re.compile(
    r"(?:今天|昨天|今日|当天|当日|近日|日前|\d{1,2}月|\d{1,2}日|上午|下午|晚上|晚间|中午|（[^（）]{1,12}）)+$"
)
# What joins the bodies of a list, or ends it before the verb: not 联合 in 联合国, nor 共同
# in 共同体.
_LIST_JOINT = re.compile("、|和|与|及|(?:共同|联合)(?=主办|举办|承办|发起|召开|举行)")
_BODY_ENDS = (*resources.org_suffixes(), "社", "协", "总台", "总会", "中心", "联盟")
# Events a place's name opens (香港书展, 广州车展, 海南消博会), which hold what they hold.
_EVENT_AFTER_PLACE = re.compile(
    "[\u4e00-\u9fff]{0,4}?(?:书展|车展|展会|博览会|博会|交易会|洽谈会|服贸会|进博会|广交会"
    "|艺术节|文化节|电影节|旅游节|读书节|运动会|马拉松)"
)
# How the names of the venues a place may open end (…大剧场, …运动员村).
_VENUE_ENDS = (
    "剧场", "剧院", "会堂", "礼堂", "大厅", "广场", "体育馆", "体育场", "展厅", "会场",
    "会议室", "宾馆", "酒店", "饭店", "运动员村",
)  # fmt: skip


def _owner(doc: Doc, meeting: Mention, bodies: list[Mention]) -> Mention | None:
    """国务院常务会议 is convened by 国务院: a body that opens the meeting's own name."""
    for body in bodies:
        if body.start == meeting.start and body.end < meeting.end and body.label == "Organization":
            return body
    return None


def _held_by(text: str, body: Mention) -> bool:
    """Whether a body right after 在 (在国新办今天举行的…) is who held the meeting that
    follows: an organisation named alone (not 在美国国务院, 在纽约联合国总部: a place
    before it makes it where)."""
    return body.label == "Organization" and text[body.start - 1 : body.start] == "在"


_VENUE_JOINT = re.compile("首都|首府|和|、|及")


def _is_venue(text: str, mention: Mention, clause_start: int) -> bool:
    start = mention.start
    # After the place it lies in (在意大利拉奎拉), what comes before that place decides.
    names = place_names()
    # So do a kind of place (在苏丹首都喀土穆) and places listed before it (在杭州和成都).
    while True:
        prefix = next(
            (
                text[start - size : start]
                for size in range(min(8, start - clause_start), 1, -1)
                if text[start - size : start] in names
            ),
            None,
        )
        if prefix is None:
            joint = _VENUE_JOINT.search(text, max(clause_start, start - 2), start)
            if joint is None or joint.end() != start or joint.start() == clause_start:
                break
            prefix = joint.group()
        start -= len(prefix)
    before = text[max(clause_start, start - 3) : start]
    # 驻澳门部队某连…举行的建连仪式: a place after 驻 is where a unit is stationed, not who
    # holds the meeting.
    return bool(re.search(r"(在|于|赴|到|至|来自|驻)[^，]{0,2}$", before)) or (
        mention.label == "Place" and _SITE_AFTER.match(text, mention.end) is not None
    )


# A place followed by a site in it where things are held (北京天安门广场举行纪念大会,
# 北京人民大会堂): the place is where, not who.
_SITE_AFTER = re.compile(
    "[^在于和与及、，。；\\s]{0,8}?(?:广场|公园|体育场|体育馆|体育中心|会展中心|国际会议中心|大会堂|"
    "纪念馆|博物馆|剧院|宾馆|饭店|酒店|陵园)"
)


def _separated(text: str, start: int, end: int) -> bool:
    return any(ch in "，。；" for ch in text[start:end])


def _talks(
    doc: Doc,
    sentence: Sentence,
    persons: list[Mention],
    out: Extraction,
    everyone: list[Mention],
    represented: set[int],
) -> tuple[list[Mention], list[Mention]]:
    """A会见B, 在会见B时，A…, A同B举行会谈: a meeting named after its participants; 两国元首
    举行会谈, 两人共同会见记者: the two last named (:func:`_group`). Also, apart, those
    of the meetings with a group none of whom is named (A会见…代表团). The persons
    ``represented`` (where they start) hold no talk."""
    text = doc.norm
    meetings: list[Mention] = []
    groups: list[Mention] = []
    if not _TALK_VERB.search(text, sentence.start, sentence.end):
        return meetings, groups
    persons = [p for p in persons if p.start not in represented]
    for match in _TALK.finditer(text, sentence.start, sentence.end):
        verb = match.group(2)
        kind = "会谈" if "会谈" in verb else verb if verb in ("会晤", "通电话", "接见") else "会见"
        clause_start, clause_end = clause_bounds(text, sentence, match.start())
        after = [p for p in persons if match.end() <= p.start < clause_end]
        accompanying = _ACCOMPANYING.match(text, match.end(), clause_end)
        if accompanying:
            # 会见随同美国总统特朗普访华的美国工商界代表: those met came with him, not he
            after = [p for p in after if p.start >= accompanying.end()]
        before = [p for p in persons if clause_start <= p.start and p.end <= match.start()]
        escorted = _ESCORTED.search(text, clause_start, match.start())
        if escorted:
            # 金正云在赵明禄陪同下…会见江泽民: those who escort the host are not the host.
            before = [p for p in before if not escorted.start() <= p.start < escorted.end()]
            if not before:
                continue
        host = None
        hosts: list[Mention] = []  # who hosts with the host
        if match.group(1) or (
            # 会见通伦时，王沪宁转达…: the clause of when opens the sentence
            not before
            and clause_start == _sentence_opening(text, sentence)
            and text.endswith("时", clause_start, clause_end)
        ):  # 在会见B时，A表示
            later = [p for p in persons if p.start >= clause_end]
            host = later[0] if later else None
        elif not before and after:
            # 王沪宁…率中国党政代表团对老挝进行正式友好访问…，在万象分别会见…通伦: the one
            # the sentence opens with, where no clause between names another subject.
            host = _sentence_subject(doc, sentence, persons, clause_start)
        elif before:
            host = before[0]
            partner_text = text[host.end : match.start()]
            if text.startswith(_SPOUSE, host.end) and len(before) > 1:
                # 习近平和夫人彭丽媛…会见…: she hosts with him, she is met by no one
                hosts.append(before[1])
            elif _PARTNER_JOINT.search(partner_text) and len(before) > 1:
                after = before[1:] + after
            elif partner_text.startswith("、"):
                # 习近平、贺国强等中央领导同志会见了…代表: they host together (同志 is no 同)
                hosts.extend(before[1:])
            elif _WITH.fullmatch(text, clause_start, _titled_from(doc, host.start)):
                # 习近平主席对塞尔维亚进行国事访问，同武契奇总统举行会谈, …会见A，同联邦副主席B
                # 举行会谈: the one who opens the clause before met them.
                subject = _opening_person(text, sentence, persons, clause_start)
                if subject is None or _TALK_VERB.search(text, sentence.start, subject.start):
                    # …会见瑞士联邦主席凯勒，同联邦副主席帕姆兰举行会谈, …分别会见…，国会主席
                    # 赛宋蓬，同…辛拉冯举行会谈: one met before is not the host; the one who
                    # opens the sentence is.
                    subject = _sentence_subject(doc, sentence, persons, clause_start)
                if subject is not None:
                    host, after = subject, before + after
        press = verb == "会见" and text.startswith("记者", match.end())
        if press or (host is None and not after):
            # 习近平同…拉赫蒙…会谈后共同会见记者: the press met, no talk between the two;
            # 两人共同会见记者, 两国元首举行会谈: the two last named.
            if (
                press
                or "举行" in verb
                or text[max(sentence.start, match.start() - 2) : match.start()] == "举行"
            ):
                end = match.end() + 2 if press else match.end()
                name = (("共同" if "共同" in match.group() else "") + "会见记者") if press else kind
                meeting = doc.mention(match.start(), end, "Meeting", name, sentence.index)
                meetings.append(meeting)
                present = (
                    [host, *hosts, *after]
                    if host is not None
                    else _group(doc, everyone, clause_start, match.start())
                )
                for person in present:
                    out.relations.append(
                        Relation(person, "attended", meeting, sentence, 0.75, EXTRACTOR)
                    )
            continue
        if host is not None and not after and kind in _AUDIENCES:
            # 李强会见美中贸易全国委员会成立50周年访华团: a group, none of them named.
            group = _MET_GROUP.match(text, match.end(), clause_end)
            if group is not None:
                name = f"{host.canonical}{kind}{group.group(1)}"
                meeting = doc.mention(match.start(), match.end(), "Meeting", name, sentence.index)
                meetings.append(meeting)
                groups.append(meeting)
                out.relations.extend(
                    Relation(person, "attended", meeting, sentence, 0.8, EXTRACTOR)
                    for person in [host, *hosts]
                )
            continue
        if host is None or not after:
            continue
        guests = [p for p in after if p.canonical != host.canonical]
        if not guests:
            continue
        names = list(dict.fromkeys(g.canonical for g in guests))
        # 分别会见A和B: a talk with each, as 会见A时…会见B时… tells them apart.
        for party in [[name] for name in names] if "分别" in match.group() else [names]:
            joined = "和".join(party)
            name = (
                f"{host.canonical}同{joined}{kind}"
                if kind not in _AUDIENCES
                else f"{host.canonical}{kind}{joined}"
            )
            meeting = doc.mention(match.start(), match.end(), "Meeting", name, sentence.index)
            meetings.append(meeting)
            for person in [host, *hosts, *(g for g in guests if g.canonical in party)]:
                out.relations.append(
                    Relation(person, "attended", meeting, sentence, 0.85, EXTRACTOR)
                )
    out.mentions.extend(meetings)
    return meetings, groups


def _titled_from(doc: Doc, start: int) -> int:
    """Where the titles written right before the name at ``start`` begin (``start`` if
    none are), over 兼 or 、 between them."""
    title_starts = doc.derived("title starts by end", ("Post",), _title_starts)
    text = doc.norm
    while True:
        if start in title_starts:
            start = title_starts[start]
        elif text[start - 1 : start] in ("兼", "、") and start - 1 in title_starts:
            start = title_starts[start - 1]  # 联邦副主席兼经济部长帕姆兰: both are titles
        else:
            return start


def _title_starts(doc: Doc) -> dict[int, int]:
    """Where each title (post) of ``doc`` starts, by where it ends."""
    return {m.end: m.start for m in doc.by_label("Post")}


# What joins the one who holds a talk to the one met before the verb (李强同武契奇会谈), not
# 同志 nor 共同 (习近平、贺国强等中央领导同志会见了…). Unlike _HELD_WITH it takes 同意…, which
# after a name opens a country (同意大利参议长…举行会谈).
_PARTNER_JOINT = re.compile("[与和]|(?<![共协])同(?!志)")


def _sentence_opening(text: str, sentence: Sentence) -> int:
    """Where the words of ``sentence`` begin, after a source's lead (央视网消息（新闻联播）：)."""
    colon = text.find("：", sentence.start, min(sentence.start + 20, sentence.end))
    return colon + 1 if colon >= 0 else sentence.start


def _sentence_subject(
    doc: Doc, sentence: Sentence, persons: list[Mention], before: int
) -> Mention | None:
    """The person the sentence opens with, after their titles (中共中央政治局常委、全国政协
    主席王沪宁于…), whose clause or the one after an invitation (应…邀请，) opens it, where
    no person opens a clause between it and ``before``."""
    text = doc.norm
    opening = _sentence_opening(text, sentence)
    when = WHEN_OPENING.match(text, opening, before)
    if when:
        opening = when.end()  # 11月10日至11日，: when, in a clause of its own
    invited = _INVITED.match(text, opening, before)
    if invited:
        opening = invited.end()
    titles = {m.start: m.end for m in doc.by_label("Post")}
    position = opening
    while position in titles or text.startswith("、", position):
        position = titles.get(position, position + 1)
    subject = next((p for p in persons if p.start == position), None)
    if subject is None or subject.end > before:
        return None
    for comma in re.finditer("[，；]", text[subject.end : before]):
        clause = subject.end + comma.end()
        if (
            clause < before
            and any(clause <= p.start < clause + _TITLE_REACH for p in persons)
            # …分别会见…国家主席通伦，总理宋赛，国会主席赛宋蓬，同…: those met, listed
            and not _TALK_VERB.search(text, subject.end, clause)
        ):
            return None  # another opens a clause of its own
    return subject


# An invitation opening a sentence (应老挝人民革命党中央和老挝政府邀请，).
_INVITED = re.compile("应[^，。；]{2,40}?邀请，")


# A group met, none of them named (会见第十届世界华侨华人社团联谊大会代表, 集体会见出席论坛的
# 嘉宾代表, 会见…访华团): up to the clause's end or what is done next (并参观…).
_MET_GROUP = re.compile(
    # who came for a meeting is not named by it (…出席第五届中俄能源商务论坛的俄方高级别
    # 代表团: the delegation, and the forum keeps its own name), nor by who leads it
    "了?(?:[^，。；并]{0,40}?(?:出席|参加)[^，。；并]{2,40}?的|由?[^，。；并]{2,40}?率领的)?"
    "([^，。；并]{2,50}?(?:代表团|代表|团长|嘉宾|负责人|人士|学员|专家|访华团|领导人|"
    "企业家|使节|运动员|官兵|教练员|侨胞|朋友|"
    # or by their titles alone (会见意大利众议长和参议长)
    "议长|总统|总理|首相|国王|外长|外交部长|大使|秘书长|总干事))(?=$|[，。；]|并|时)"
)



# What opens a clause that names only whom its subject met (，同X举行会谈).
_WITH = re.compile("(?:并|还|也|随后|其间)?[同与]")
_ATTEND_VERB = re.compile(alternation(_ATTEND))


def _opening_person(
    text: str, sentence: Sentence, persons: list[Mention], clause_start: int
) -> Mention | None:
    """The person who opens the clause before the one at ``clause_start`` (after a title
    of a few characters at most: 国家主席习近平)."""
    if clause_start - 1 <= sentence.start:
        return None
    previous, _ = clause_bounds(text, sentence, clause_start - 2)
    return next(
        (p for p in persons if previous <= p.start <= previous + _TITLE_REACH), None
    )


# How far into its clause a person who opens it may be named (国务院总理李强).
_TITLE_REACH = 6
# A meeting named by its head alone after the verb (主持开幕式): the last reported of that
# kind where the one the article speaks of is of another; not a head any meeting may go by.
_ANY_MEETING = frozenset(("会议", "大会", "全会", "会晤", "全体会议"))
_BARE_HEAD = re.compile(f"了?({alternation(_HEADS)})(?:$|[，。；])")
# A conversation named bare (石泰峰、李干杰参加谈话, 蔡奇参加集体谈话).
_BARE_CONVERSATION = re.compile("了?(?:集体)?谈话(?:$|[，。；])")
# Talks named bare (蔡奇、王毅等参加会见).
_BARE_TALK = re.compile(f"了?({'|'.join(TALK_WORDS)})(?:$|[，。；])")
# A sentence opening with a time before the article's (不久前，A和B在平壤举行历史性会晤): what
# it tells was held before, none of the activities the article reports (参加上述活动).
_BEFORE_NOW = re.compile("(?<![\u4e00-\u9fff])(?:不久前|前不久|此前|去年|前年|上个?月|上周)[，,]")
# What names every meeting reported before (蔡奇、王毅等参加上述活动).
_ALL_ABOVE = re.compile("(?:上述|以上)(?:活动|会见和会谈|会谈和会见)")
# The activities related, in a sentence of its own after them (王毅参加有关活动。).
_RELATED = re.compile("有关活动(?:$|[，。；])")
# What joins the persons of a list that opens a sentence, and ends it before the verb.
_LIST_OF_PERSONS = re.compile("(?:[、和及与]|等|也|还|分别)*")


def _only_persons(text: str, start: int, end: int, persons: list[Mention]) -> bool:
    """Whether ``text[start:end]`` only lists persons (王毅、何立峰等, 石泰峰、王东峰)."""
    words = text[start:end]
    for person in sorted(persons, key=lambda p: p.start, reverse=True):
        if start <= person.start and person.end <= end:
            words = words[: person.start - start] + "、" + words[person.end - start :]
    return words != text[start:end] and _LIST_OF_PERSONS.fullmatch(words) is not None
# The talks reported before (李书磊参加上述会见).
_ABOVE_TALKS = re.compile("(?:上述|以上)(会见|会谈|会晤)(?:$|[，。；])")
# Two persons named before, standing together as a clause's subject (他们还将共同出席…).
_GROUP = re.compile("两国元首|两国领导人|两位领导人|双方领导人|两人|二人|他们|她们")
_EARLIER = re.compile(r"\d+月|去年|前年|\d{4}年")


def _group(doc: Doc, everyone: list[Mention], start: int, end: int) -> list[Mention]:
    """The two persons a group word in ``[start, end)`` stands for: the persons named
    before it in its sentence and the one before, where they are two (none where they
    are more, or fewer)."""
    found = [m.start() for m in _GROUP.finditer(doc.norm, start, end)]
    if not found:
        return []
    position = found[-1]
    index = bisect_right(doc.sentence_starts, position) - 1
    if _EARLIER.search(doc.norm, doc.sentence_starts[index], position):
        return []  # 今年5月，两国元首…: a meeting before the one reported, not theirs
    previous_start = doc.sentence_starts[max(index - 1, 0)]
    before = [p for p in everyone if previous_start <= p.start and p.end <= position]
    names = list(dict.fromkeys(p.canonical for p in before))
    if len(names) != 2:
        return []
    return [next(p for p in reversed(before) if p.canonical == name) for name in names]


# A time other than the meeting's: 去年9月, 2018年5月 (where the article is of another year).
# A time before the article's, right before a meeting's name in its clause.
_PAST_BEFORE = re.compile("(?:去年|前年|上年|上届|上次)$")
_PAST = re.compile("去年|前年|上年|上个?月|\\d+年前|多年前|当年|此前|(\\d{4})年")


def _another_time(
    text: str, start: int, end: int, date: str | None, named: list[Mention]
) -> bool:
    """Whether ``text[start:end]`` tells of a time before the article's meetings (outside
    the names of ``named``, 2023年度宏观经济形势分析座谈会)."""
    for match in _PAST.finditer(text, start, end):
        if any(m.start <= match.start() < m.end for m in named):
            continue
        if match.group(1) is None or (date is not None and not date.startswith(match.group(1))):
            return True
    return False


# (6月5日，在…高峰对话会的间隙，A…: a day may open the sentence before it.)
_OPENER = re.compile(
    r"(?:[^，。；在]{0,12}?(?:日|上午|下午|晚上|晚间|中午)，)?在([^，。；]{2,50}?)(?:上|期间|的?间隙)，"
)
# What the verb takes where it names no meeting: 主持 as a noun's part (主持人, not 主持人大
# 常委会会议), an idiom (主持公道), a witness (见证者), a past (参加过…) or those taking part
# (参加单位).
_NOT_ATTENDING = re.compile("主持人(?!大)|主持公道|见证者|参加过|参加单位|出席单位")
# After the verb, what tells that it is said of a meeting: a meeting's word (every head of
# _HEADS holds one of these), talks, or what is done at one; or a second verb, 并, 时
# (出席并讲话, 出席观看, 到会听取意见).
_MEETING_WORD = re.compile("会|式|礼|宴|论坛|庆典|辩论|活动|审议|讨论|学习|谈话|对话|签署|签约|交换|调研")
_AFTER_VERB = re.compile(r"[并时下和、\s]|观看|听取|祝贺|上述|以上|有关")


def _no_meeting_after(text: str, verb_start: int, verb_end: int, clause_end: int) -> bool:
    """Whether the attending verb at ``[verb_start, verb_end)``, with no meeting named in
    its clause, takes an object that is no meeting (主持了财税体制改革, 参加过神舟六号载人飞行
    任务, 主持人：…); a verb alone at its clause's end takes the meeting reported."""
    if _NOT_ATTENDING.match(text, verb_start):
        return True
    if verb_end >= clause_end or text.startswith("到会", verb_start):
        return False
    if _AFTER_VERB.match(text, verb_end):
        return False
    return _MEETING_WORD.search(text, verb_end, clause_end) is None


def _attend(
    doc: Doc,
    sentence: Sentence,
    persons: list[Mention],
    named: list[Mention],
    state: _State,
    out: Extraction,
    everyone: list[Mention],
    represented: set[int],
) -> None:
    text = doc.norm
    done: set[tuple[int, int, str]] = set()  # talks held apart share a span
    # 毛泽东同志亲属…参加座谈会: the relatives attended, not the person they are named by;
    # nor does the one a meeting is named after (纪念毛泽东同志诞辰130周年座谈会).
    # 受主席团常务主席赵乐际委托，李鸿忠主持会议: the one who entrusts another is not there
    # by it.
    entrusted = _ENTRUSTED.match(text, sentence.start)
    persons = [
        p
        for p in persons
        if not text.startswith(_KIN, p.end)
        and not _ENVOY_OF.match(text, p.end)
        and not any(m.start <= p.start and p.end <= m.end for m in named)
        and p.start not in represented
        and not (entrusted and p.end <= entrusted.end())
    ]
    for match in _ATTEND_VERB.finditer(text, sentence.start, sentence.end):
        verb_start, verb_end = match.span()
        clause_start, clause_end = clause_bounds(text, sentence, verb_start)
        if text.endswith(_NOT_THERE, clause_start, verb_start):
            continue  # 有事没能参加, 未出席: not there
        objects = [m for m in named if verb_end <= m.start < clause_end]
        if not objects:
            head = _BARE_HEAD.match(text, verb_end, clause_end)
            if (
                text.endswith(_COMING_FOR, clause_start, verb_start)
                and not _head_pattern().match(text, verb_end, clause_end)
            ):
                # 会见来华出席…活动的A、B: what they came for is no meeting read (nor the
                # talk reported)
                continue
            alike = (
                [m for m in state.reported.values() if m.canonical.endswith(head.group(1))]
                if head
                and head.group(1) not in _ANY_MEETING
                and not any(m.canonical.endswith(head.group(1)) for m in state.current)
                else []
            )
            above_talks = _ABOVE_TALKS.match(text, verb_end, clause_end)
            if _ALL_ABOVE.match(text, verb_end, clause_end) and state.reported:
                # 参加上述活动: what was reported held, not what was only told of in
                # someone's words (很高兴…出席中国－中亚峰会), unless nothing else was
                objects = state.held() or list(state.reported.values())
            elif _RELATED.match(text, verb_end, clause_end) and _only_persons(
                text, sentence.start, verb_start, persons
            ):
                # 王毅、何立峰等参加有关活动。: the day's activities reported, not those only
                # spoken of
                objects = state.held()
            elif above_talks:  # 参加上述会见: every talk reported of that kind
                objects = [
                    m for m in state.reported.values() if above_talks.group(1) in m.canonical
                ]
            elif alike:  # 主持开幕式: the last such reported (全球妇女峰会开幕式)
                objects = alike[-1:]
            elif named and all(m.end <= verb_start for m in named):
                objects = state.current if state.current else named
            else:
                objects = state.current
            if _COUNTED.match(text, verb_end, clause_end):
                objects = []  # 密集出席近30场活动: how many, none of them named
            elif _no_meeting_after(text, verb_start, verb_end, clause_end):
                objects = []  # 主持了财税体制改革, 主持人, 参加过…飞行任务: no meeting
            elif _another_time(text, sentence.start, verb_start, doc.article.date, named):
                # 去年9月，习近平主席同…哈桑在北京共同见证签署…: what they did then, at
                # none of the meetings reported now
                objects = []
            if _BARE_CONVERSATION.match(text, verb_end, clause_end):
                # 参加谈话 (…同团中央新一届领导班子成员集体谈话): a conversation, none of the
                # meetings its report told of
                objects = [m for m in objects if "谈话" in m.canonical]
            talk = _BARE_TALK.match(text, verb_end, clause_end)
            if talk:
                # 参加会见: the talks, not the summit they were held at (出席X峰会期间会见…)
                # or the last such talks reported (会见, then 习近平同X会晤 spoken of); talks
                # of another kind where none of that kind is (习近平同拜登会晤); none where
                # none are named (集体会见来华出席X的代表团), not X either; talks told of in
                # someone's words (王沪宁表示，今年1月，习近平主席会见…) only where no other is.
                reported = state.held() or list(state.reported.values())
                objects = next(
                    (
                        found
                        for kind in (re.compile(talk.group(1)), _TALK_VERB)
                        for found in (
                            [m for m in objects if kind.search(m.canonical)],
                            [m for m in reported if kind.search(m.canonical)][-1:],
                        )
                        if found
                    ),
                    [],
                )
        came = bool(objects) and text.endswith(_COMING_FOR, clause_start, verb_start)
        # 会见正在…出席X的Y, 同列席X的代表座谈: X's attendees are described, not the subject.
        described = (
            bool(objects)
            and (
                _MEETING_ONE.search(text, clause_start, verb_start) is not None
                or (
                    text.endswith(("同", "与"), clause_start, verb_start)
                    and not text.endswith(("共同", "一同", "陪同", "协同"), clause_start, verb_start)
                )
            )
            and text.find("的", max(m.end for m in objects), clause_end) >= 0
        )
        guests = _guests(text, persons, objects, clause_end) if came or described else []
        # 会见来华出席X外方代表团团长: those met came for X, not who met them.
        met_guests = came and _MEETING_ONE.search(text, clause_start, verb_start) is not None
        if described or met_guests:
            attendees = guests
        elif relative := _relative_attendees(
            doc, persons, objects, clause_start, verb_start, clause_end
        ):
            attendees = relative  # 参加X的国务院副总理A、国务委员B: those described
        else:
            attendees = (
                guests or _attendees(text, sentence, persons, verb_start, clause_start)
            ) or _group(doc, everyone, clause_start, verb_start)
        for person in attendees:
            for meeting in objects:
                key = (person.start, meeting.start, meeting.canonical)
                if key not in done:
                    done.add(key)
                    out.relations.append(
                        Relation(person, "attended", meeting, sentence, 0.8, EXTRACTOR)
                    )
    if named:
        opener = _OPENER.match(text, sentence.start, sentence.end)
        if opener:
            _attend_opener(sentence, persons, named, opener.end(), out)
    elif state.current:
        speakers = _SPEAKING.search(text, sentence.start, sentence.end)
        short = None if speakers else _AT_SHORTENED.search(text, sentence.start, sentence.end)
        if short:
            # 吴红波在吹风上透露: the current meeting by its head cut short (吹风会), the
            # one that it names alone
            held = [m for m in state.current if m.canonical.endswith(short.group(1) + "会")]
            for person in persons if held else []:
                if person.end <= short.start() and _SPEAKER_TO_PLACE.fullmatch(
                    text, person.end, short.start()
                ):
                    out.relations.extend(
                        Relation(person, "attended", meeting, sentence, 0.7, EXTRACTOR)
                        for meeting in held
                    )
        if speakers:
            for person in persons:
                # Those before the first speech, and any who speak (…并致辞，诺瓦克致辞);
                # not one whose words are spoken about (围绕学习贯彻习近平总书记…讲话作发言).
                if words_carried_out(text, max(sentence.start, person.start - 12), person.start):
                    continue
                if _WROTE.search(text, person.end, clause_bounds(text, sentence, person.end)[1]):
                    continue  # 穆罕默德向论坛致贺信，曼苏尔发表视频致辞: he wrote, was not there
                if person.start < speakers.start() + 2 or text.startswith(
                    _SPEAK, person.end, sentence.end
                ):
                    for meeting in state.current:
                        out.relations.append(
                            Relation(person, "attended", meeting, sentence, 0.7, EXTRACTOR)
                        )


# 在吹风上: a meeting named by its head without 会 (吹风会), which names the current one.
_AT_SHORTENED = re.compile("在([\u4e00-\u9fff]{2,3})上(?:透露|表示|指出|介绍|说|强调)")
# What says one did not attend, right before the verb.
_NOT_THERE = ("没能", "未能", "没有", "不能", "无法", "未", "没", "不")
# What one who is not at a meeting sends it.
_WROTE = re.compile("致贺信|致贺电|发来贺信|发来贺电|致信|致电|致函")
# What one person says of another's attendance between their names.
_REPORTED_BY = re.compile("表示|期待|转达|请|说|认为|希望|祝愿|指出|强调")
# 来华出席X的Y: who came to attend X is the guest Y, not the host the sentence is about.
_COMING_FOR = ("来华", "赴华", "来京", "前来", "来访")
# 会见了正在莫斯科出席X的Y: the one met attends X, described by what comes before 的.
_MEETING_ONE = re.compile("会见|会晤|接见|看望|宴请")
_CAME_FOR = re.compile(
    f"(?:{'|'.join(_COMING_FOR)})(?:出席|参加)"
    # 离开北京，赴德国举行X: where one goes to hold or attend it, on the day they leave
    "|赴[^，。；、的]{1,8}?(?:举行|出席|参加)"
)
# What follows a person who is named only to name others (X同志亲属: the relatives).
_KIN = ("同志亲属", "同志的亲属", "亲属", "的亲属", "家属", "后人", "子女")


def _represented(doc: Doc, sentence: Sentence, persons: list[Mention]) -> set[int]:
    """Where the persons of ``sentence`` start whom another attends for: 代表 before them
    and their titles, right after another person (戴秉国将代表胡锦涛出席: 将, 还 … between at
    most) or opening a clause (代表胡锦涛出席…的戴秉国)."""
    text = doc.norm
    if "代表" not in text[sentence.start : sentence.end]:
        return set()
    ends = {p.end for p in persons}
    represented = set()
    for person in persons:
        written = _titled_from(doc, person.start)
        if text.startswith("代表", written - 2) and (
            any(
                end + len(between) == written - 2 and text.startswith(between, end)
                for end in ends
                for between in _BEFORE_ON_BEHALF
            )
            # 代表国家主席胡锦涛出席…的国务委员戴秉国同…: the one who attends comes after.
            or written == 2
            or text[written - 3] in _OPENS_ON_BEHALF
        ):
            represented.add(person.start)
    return represented


# What may stand between the one who attends and 代表 before the one they stand for.
_BEFORE_ON_BEHALF = ("", "将", "还", "也", "将会", "受托")
# What 代表 may follow where it opens a clause (the one who attends named after it).
_OPENS_ON_BEHALF = frozenset("，。；：\n )）")
# X主席特别代表、…Y出席: Y attended for X, who did not (nor does the one a special envoy
# is sent by).
_ENVOY_OF = re.compile("[\u4e00-\u9fff]{0,4}?(?:特别代表|特使)")


def _before_in_clause(
    pattern: re.Pattern[str], text: str, sentence: Sentence, meeting: Mention
) -> bool:
    """Whether ``pattern`` is found in ``meeting``'s clause before it (介绍2026中关村论坛年会,
    祝贺…全会胜利召开)."""
    clause_start, _ = clause_bounds(text, sentence, meeting.start)
    return pattern.search(text, clause_start, meeting.start) is not None


# 召开新闻发布会，介绍X有关情况: what a briefing tells of.
_BRIEFING = re.compile("介绍|通报|解读")
# 传达学习…在二十届二中全会上的重要讲话, 学习贯彻二十届三中全会和中央政治局会议精神: a
# meeting whose words are studied was held before (not 学习贯彻…研讨会在上海举行).
_STUDIED = re.compile("传达|学习|贯彻")
_STUDIED_AT = re.compile("上|[和、][^，。；]{0,24}?(?:精神|上的)")


# 同参加X的…, 与出席X的…: those joined are described by the meeting they attend.
_JOINING_THOSE = re.compile("[同与](?:参加|出席|列席)")


def _describes(text: str, sentence: Sentence, meeting: Mention) -> bool:
    """Whether ``meeting`` only describes who is met (李强同参加第135届广交会的境外采购商
    代表座谈, 同列席会议的代表座谈): 同 or 与 and an attending verb before it in its clause,
    的 after it."""
    if not text.startswith("的", meeting.end):
        return False
    clause_start, _ = clause_bounds(text, sentence, meeting.start)
    return _JOINING_THOSE.search(text, clause_start, meeting.start) is not None


def _came_for(text: str, sentence: Sentence, meeting: Mention) -> bool:
    """Whether ``meeting`` is what someone came to attend (来华出席X, 来华出席A和X的…)."""
    clause_start, _ = clause_bounds(text, sentence, meeting.start)
    found = [m.end() for m in _CAME_FOR.finditer(text, clause_start, meeting.start)]
    return bool(found) and "的" not in text[found[-1] : meeting.start]


def _guests(
    text: str, persons: list[Mention], objects: list[Mention], clause_end: int
) -> list[Mention]:
    """The persons that 来华出席X的… describes: the first one after the 的 that follows the
    meetings in the clause and those listed after it, each after its post (…的汇丰集团行政
    总裁祈耀年、太古集团行政总裁施铭伦); none where no 的 does (很高兴来华出席X is the
    speaker's)."""
    mark = text.find("的", max(m.end for m in objects), clause_end)
    if mark < 0:
        return []
    after = [p for p in persons if mark < p.start < clause_end]
    guests = after[:1]
    for person in after[1:]:
        gap = text[guests[-1].end : person.start]
        if len(gap) > 30 or "并" in gap or not (gap.startswith("和") or "、" in gap):
            break
        guests.append(person)
    return guests


def _relative_attendees(
    doc: Doc,
    persons: list[Mention],
    objects: list[Mention],
    clause_start: int,
    verb_start: int,
    clause_end: int,
) -> list[Mention]:
    """The persons that 参加X的… describes, where no one acts in the clause before the
    verb (先期抵达莫斯科参加X的副总理A、国务委员B到机场迎接): those listed right after the 的
    that follows the meetings, each after its titles (none after 的同时, 的时候)."""
    text = doc.norm
    if not objects or any(clause_start <= p.start and p.end <= verb_start for p in persons):
        return []
    # Where what the verb takes ends: a meeting named in the clause, or a head alone
    # (出席开幕式的…: the meeting reported).
    named = [m.end for m in objects if verb_start < m.start < clause_end]
    head = None if named else _HEAD_DESCRIBED.match(text, verb_start, clause_end)
    mark = max(named) if named else head.end() if head else -1
    if mark < 0 or not text.startswith("的", mark) or text.startswith(_WHILE, mark + 1):
        return []
    titles = {m.start: m.end for m in doc.by_label("Post")}
    by_start = {p.start: p for p in persons}
    listed: list[Mention] = []
    # 出席座谈会的党外人士还有A、B, 出席开幕式的外国领导人有：A、B: the list after 有.
    having = _HAVING.match(text, mark + 1, clause_end)
    position = having.end() if having else mark + 1
    while position < clause_end:
        while position in titles:
            position = titles[position]
        person = by_start.get(position)
        if person is None:
            break
        listed.append(person)
        position = person.end + (1 if text[person.end : person.end + 1] in "、和" else clause_end)
    return listed


# An attending verb and the head alone of the meeting it takes, before 的 (出席开幕式的).
_HEAD_DESCRIBED = re.compile(f"(?:{'|'.join(_ATTEND)})了?(?:{alternation(_HEADS)})(?=的)")
# Who a list after 的 names, and 有 before it (党外人士还有, 外国领导人有：).
_HAVING = re.compile("[^，。；：、的]{0,8}?还?有[：:]?")
# What follows 的 where it tells when, not who (出席X的同时, 参加X的时候).
_WHILE = ("同时", "时候", "期间", "过程", "前夕", "间隙")


def _attend_opener(
    sentence: Sentence, persons: list[Mention], named: list[Mention], end: int, out: Extraction
) -> None:
    """在X会议上，A…: the first person after the opening phrase (ending at ``end``)
    attended the meetings named in it."""
    inside = [m for m in named if m.end <= end]
    after = [p for p in persons if p.start >= end]
    if inside and after:
        for meeting in inside:
            out.relations.append(Relation(after[0], "attended", meeting, sentence, 0.8, EXTRACTOR))


def _attendees(
    text: str, sentence: Sentence, persons: list[Mention], verb_start: int, clause_start: int
) -> list[Mention]:
    """Persons who did what the verb at ``verb_start`` says: listed before it in the
    sentence (back to the previous verb), or the sentence's subject."""
    previous_verb = max(
        (
            text.rfind(v, sentence.start, verb_start) + len(v)
            for v in _ATTEND + _CONVENE
            if text.rfind(v, sentence.start, verb_start) >= 0
        ),
        default=sentence.start,
    )
    listed = [p for p in persons if previous_verb <= p.start and p.end <= verb_start]
    talk = max((text.rfind(v, previous_verb, verb_start) for v in TALK_WORDS), default=-1)
    # (并)同X共同主持: held with someone named in the clause
    held_with = text[clause_start:verb_start].lstrip("并还也").startswith(("同", "与"))
    if (
        talk >= 0
        and text[talk + 2 : talk + 3] not in ("后", "时", "中", "前")  # 会见后，…出席
        and "由" not in text[talk:verb_start]  # 会晤由卡尔德龙主持
        and not held_with
        and "共同" not in text[clause_start : verb_start + 2]
    ):
        # 丁薛祥…分别会见A、B，出席…论坛: those met are not who attends after; the one who
        # met them is (but 会见B，并共同出席…: both).
        listed = [p for p in listed if p.end <= talk]
        if not listed:
            return _joined(text, [p for p in persons if p.end <= talk])
    # 梅德韦杰夫表示他期待着胡锦涛主席即将…出席X: who speaks of it is not at it.
    cut = [
        index
        for index, (one, after) in enumerate(pairwise(listed))
        if _REPORTED_BY.search(text, one.end, after.start)
    ]
    if cut:
        listed = listed[cut[-1] + 1 :]
    if listed:
        if held_with:  # the sentence's subject too
            subject = [p for p in persons if p.end <= clause_start]
            return subject[:1] + [p for p in listed if p.start >= clause_start]
        return listed
    # 丁薛祥和颜金勇还共同见证了…，出席了…: the subject, with those joined to it by 和.
    return _joined(text, [p for p in persons if p.end <= verb_start])
