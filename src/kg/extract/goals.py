"""Goals: what an organisation or place sets out to reach, with the deadline year.

"到2025年，基本建成…", "力争今年10月并网发电", "今年，西藏将大力发展…，加快培育…",
"计划完成营造林40万亩以上", "目标是…", "“十四五”时期" (deadline 2025).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.base import Extraction, Relation, register
from kg.extract.clauses import (
    QUANTITY,
    QUOTED,
    Actors,
    Covered,
    actors,
    clauses,
    home_actor,
    persons,
    without_book_titles,
)
from kg.extract.recognised import clause_spans
from kg.model import Mention
from kg.nlp.doc import Doc
from kg.nlp.lexicon import dictionary_tags

EXTRACTOR = "goals"

_DEADLINE = re.compile(r"(?:到|至|在)(\d{4})年(?:底|末|前|年底前)?")
_PLAN_PERIOD = re.compile(r"“?(十[一二三四五六七八九]五)”?(?:时期|期间|末)")
# What follows a trigger that makes it none (将近, 将会, 将是, 将来 the noun, 计划已 a plan
# begun); 在 too except after 力争,
# 争取 and 计划 (力争在2025年前…, 计划在夏收领域投放… set goals; 将在, will at, does not).
_NOT_AFTER_TRIGGER = "近|会|于|其|这|此|是|有|以|来|已"
_TRIGGER = re.compile(
    # 按计划/按照计划 (as planned) and 计划总投资 (planned investment) report; 《计划》 and 行动计划
    # name plans.
    rf"(?:力争|争取|(?<![按依照据原动展发子收技才训激习托])计划(?!草案|执行|书|单列|》|总投资|…))(?!{_NOT_AFTER_TRIGGER})|"
    # 的努力 (the effort: 只有坚持不懈的努力才能…) is a noun
    r"(?:目标是|目标为|(?<!的)努力|致力于|将)"
    rf"(?!{_NOT_AFTER_TRIGGER}|在)"
)
# 将 as 把: what something is moved to (将…响应提升至二级, 将2573个水体纳入…, 将原300多平米
# 的店面扩大了近十倍), a deed unless the sentence looks ahead (到2027年，将…提高到25%).
_DISPOSAL = re.compile(
    r"[^，；。]{1,24}?(?:(?:提升|提高|调整|下调|上调|降低|升级|扩大|改|转|转化|设|定|确定)"
    r"(?:至|为|到|了|成)|纳入|列入|合并)"
)
# What ends a goal and describes it (…的重要途径, …的关键); not what a verb in it acts on
# (落实两党两国最高领导人达成的重要共识, 贯彻…的重要讲话精神).
_TAIL = re.compile(
    r"的(?:重要(?!共识|讲话|指示|论述|精神|批示|思想|部署|要求|贺信|回信)|关键|目标|号角)"
    r"|提供|高亢号角"
)
# The country's five-year plan, whose words open the sentence (“十五五”规划纲要提出，…).
_NATIONAL_PLAN = re.compile("“?十[一二三四五六七八九]五”?规划纲要(?:提出|明确|指出|强调|要求)")
# 加快建设 looks ahead only in a sentence that does (十四五时期, 到2025年, 今年).
_PUSH = re.compile(r"加快(?=建设|打造|推进|构建)")
# 今年以来 (since the start of the year) looks back: what follows it has been done.
_FUTURE_HINT = re.compile(
    r"今年(?!以来)|明年|年内|到年底|未来|接下来|下一步|\d{4}年(?:底|前)|到\d{4}年|“?十[一二三四五六七八九]五"
)
_FIVE_YEAR = {
    "十一五": 2010,
    "十二五": 2015,
    "十三五": 2020,
    "十四五": 2025,
    "十五五": 2030,
    "十六五": 2035,
}
_GOAL_VERB = re.compile(
    r"建成|建设|打造|实现|完成|达到|发展|培育|推进|提升|提高|办好|实施|突破|形成|增长|修复|新增|新建|巩固|达成|并网|扩大|保持|确保|构建"
)
_NOT_GOAL = re.compile(
    r"^(?:出席|参加|访问|会见|会谈|举行|召开|主持|签署|审议|审查|听取|讨论|表决|对|就|同|与|向|以|继续"
    # what one is, not what one sets out to do (中国将始终是世界发展的重要机遇)
    r"|(?:始终|永远|仍然|依然|仍|也|都)是)"
)
# A goal verb that ends a noun is none (建设性的, 保持率, 建设部门, 建设者), nor one a noun
# or a verb follows (数字经济发展底座, 社会发展需求, 水利发展取得新成效, 基础建设向…拓展,
# 发展中国家, 经济圈建设全面提速, 建设进度): it names the development, no one sets it as a goal.
_NOUN_END = re.compile(
    "性|率|部门|者|(?<=发展|建设|增长)(?:需求|底座|政策|方式|动力|理念|格局|成效|成果|成就|取得|迈出|向|中国家"
    "|全面提速|提速|步伐|进度|进展|稳步|的(?!预期|目标))"
)
# The triggers that name a plan (计划, 力争, 争取, 目标是): what they set with a quantity is a
# goal whatever its verb (计划种植早稻1800万亩, 力争接待游客100万人次).
_PLAN_WORDS = ("计划", "力争", "争取", "目标")
# What opens no planned deed (为360亿元, 将使…, 的92%, 了中央资金…).
_NOT_DEED_START = frozenset("为将使的了让据由在对把被")


# Where a deed is done, before it (在“三夏”期间|投放…, 在科研院所…等机构|开发…, 在夏收领域|…).
_WHERE_DONE = re.compile("在[^，；。]{1,24}?(?:期间|领域|机构|单位|地区|中|内|上)")


def _planned_quantity(goal: str) -> bool:
    """Whether ``goal``, after a plan word, is a deed with how much of it: opening with a
    verb (or an adverb before one) and holding a quantity that ends it or a clause of it
    (种植早稻1800万亩, 再认定国家级集群100个左右), not a quantity describing a noun
    (投资100亿元的轮胎生产企业); where it is done may come first (在夏收领域投放贷款约1100亿元)."""
    where = _WHERE_DONE.match(goal)
    if where:
        goal = goal[where.end() :]
    if not goal or goal[0] in _NOT_DEED_START:
        return False
    tags = dictionary_tags()
    tag = next((tags.get(goal[:k], "") for k in (3, 2, 1) if goal[:k] in tags), "")
    if not tag.startswith(("v", "d")):
        return False
    return any(not goal.startswith("的", m.end()) for m in QUANTITY.finditer(goal))


# 达 with a number after a trigger (…数量将达3198座, 力争…机收水平达八成以上): the level a goal
# sets. Not a goal verb of its own: in a sentence that only looks ahead, 最高亩产达485公斤
# reports, 多达 describes.
_REACHES = re.compile("(?<![多高长])达(?=[\\d一二三四五六七八九十两])")
# Verbs that set a quantity to a level (…率达到73%, …数量将达3198座).
_MEASURE = re.compile(f"达到|{_REACHES.pattern}|超过|提高到|提升到|增至|保持在")
# A clause opening with a preposition (为高质量发展注入…, 在围绕推进…方面, 通过…等措施) lists
# no goal, but for one naming whom a goal is for (为各族群众办好…, _LEAD).
_PREPOSITION = re.compile("为|在|围绕|对|从|通过.*(?:措施|举措|方式|手段)$")
# A goal verb with 了 reports what was done (今年，…有效提升了小麦抗寒越冬能力).
_DONE = re.compile(f"(?:{_GOAL_VERB.pattern})了")
# 已 or 已经 before a goal verb reports it too (今年，全国已实施…项目91个，修复湿地…), as
# 未能 (failed to) does, and 先后 or 相继 (one after another: 今年，当地先后出台培育发展行动计划…).
_ALREADY = re.compile("已经?|未能|没能|先后|相继")
# A sentence with a verb and 了 in it tells what was done this year, where no trigger
# says what is to be (今年，夏粮生产…实现稳产丰收，为…奠定了坚实基础); not 为了, 了解.
_PERFECT = re.compile("(?<![为除])了(?![解不])")
# Nor does any other forecast (预计运送旅客将突破…), nor a life told after it ended (生前).
_FORECAST = re.compile("预计|预测|预期|估计|生前")
# A forecast earlier in the sentence that a 将 or a listed verb goes on with (中电联预计，…我国
# 光伏产业将持续快速发展), not a plan word (预计共需板房约1.3万套，…计划完成5000多套) nor
# 稳预期 (expectations).
_FORECAST_BEFORE = re.compile("预计|预测|估计")
# A weather forecast sets no one a goal (最高气温将达到35℃—37℃).
_WEATHER = re.compile(r"气温|降水量|降雨量|℃")
# Nor does one party's belief in what another will do (相信…中国将取得更大发展成就):
# what follows it in the sentence is no goal.
_BELIEF = re.compile("相信|坚信")
_LEAD = re.compile(
    r"(?:在?\d{4}年(?:年底|底|末)?前?|在?今年\d*月?(?:底|年底)?前?|在?明年(?:年底|底)?前?|年内|"
    r"在\d{1,2}月(?:份|底)?前?|为[^，]{1,12}?(?=办好|提供|实现|建设))"
)


# A clause that is only a time phrase: it sets the deadline of the goals that follow.
_TIME_CLAUSE = re.compile(
    f"{_DEADLINE.pattern}|{_PLAN_PERIOD.pattern}|今年|明年|(?:到|至)?(?:今年)?年底(?:前)?|未来\\d+年"
    "|接下来|下一步|据悉"
)
# What a time phrase holds (a sentence without one, a trigger or a push has no goal).
_TIME_WORD = re.compile("年|十|接下来|下一步|据悉")
_THIS_YEAR = re.compile("今年|年内|年底")


def _past_period(clause: str, published: str | None) -> bool:
    """Whether ``clause`` names a five-year plan's period (时期, 期间) that ends by the
    article's year: what follows reports it, no goal (not its end, 十四五末, still ahead)."""
    period = _PLAN_PERIOD.search(clause)
    return bool(
        period
        and published
        and not period.group().endswith("末")
        and _FIVE_YEAR.get(period.group(1), 9999) <= int(published[:4])
    )


def _deadline(text: str, start: int, end: int, published: str | None) -> str | None:
    clause = text[start:end]
    match = _DEADLINE.search(clause)
    if match:
        return match.group(1)
    period = _PLAN_PERIOD.search(clause)
    if period:
        return str(_FIVE_YEAR.get(period.group(1), "")) or None
    if published and _THIS_YEAR.search(clause):
        return published[:4]
    if published and "明年" in clause:
        return str(int(published[:4]) + 1)
    return None


@register(EXTRACTOR, requires=("people", "hierarchy"))
def extract_goals(doc: Doc) -> Extraction:
    """Find goals and ``targets`` relations."""
    out = Extraction()
    text = doc.norm
    people = persons(doc)
    in_person = Covered(people.mentions)
    in_cover = Covered(doc.by_label("Meeting") + doc.by_label("Post"))
    found = Actors(doc, [a for a in actors(doc) if a.start not in in_cover])
    home = home_actor(doc)
    triggers = doc.sentences_with(_TRIGGER)
    pushes = doc.sentences_with(_PUSH)
    time_words = doc.sentences_with(_TIME_WORD)
    china = next((m for m in found.mentions if m.canonical == "中国"), None)
    # Who the last sentence's plan was, and for when, where it named both.
    carried: tuple[int, Mention, str] | None = None
    for sentence in doc.sentences:
        looks_ahead = sentence.index in pushes and bool(
            _FUTURE_HINT.search(text, sentence.start, sentence.end)
        )
        if not (sentence.index in triggers or looks_ahead or sentence.index in time_words):
            continue
        if _WEATHER.search(text, sentence.start, sentence.end):
            continue
        national_plan = _NATIONAL_PLAN.match(text, sentence.start, sentence.end)
        if national_plan and china is None:
            continue  # “十五五”规划纲要提出…: the country's plan, not the province's
        belief = _BELIEF.search(text, sentence.start, sentence.end)
        believed = belief.start() if belief else sentence.end
        context_deadline = None
        active = False
        reported = False  # a clause of this sentence has reported what was done
        subject: Mention | None = None
        topic: tuple[int, str] | None = None  # what a goal that sets a level measures
        planned = False  # a plan word (计划, 力争) set the goals being read
        if national_plan:
            subject = china
        elif (
            carried is not None
            and carried[0] == sentence.index - 1
            and text.startswith("将", sentence.start)
        ):
            # “十五五”时期，广东加快构建…。将每年推动4000家…: a sentence that opens with 将
            # goes on with the plan of the one before, its subject left out.
            subject, context_deadline = carried[1], carried[2]
        for start, end in clauses(doc, sentence):
            clause = text[start:end]
            if _TIME_CLAUSE.fullmatch(clause.strip()):
                if _past_period(clause, doc.article.date):
                    # “十四五”时期，全省经济总量突破6万亿元 in a 2025 article looks back.
                    context_deadline, active = None, False
                    continue
                context_deadline = _deadline(text, start, end, doc.article.date) or context_deadline
                active = True
                continue
            plain = without_book_titles(clause)  # 《…行动计划》 names a plan, it sets none
            trigger = _TRIGGER.search(plain) or (_PUSH.search(plain) if looks_ahead else None)
            if trigger and (
                _FORECAST.search(clause, 0, trigger.start())
                or (
                    trigger.group() == "将"
                    and _FORECAST_BEFORE.search(text, sentence.start, start + trigger.start())
                )
            ):
                # 机场预计运送旅客将突破23.2万人次: a forecast, no one's goal; 他生前长期
                # 致力于…: a life's work told after it ended
                active = False
                continue
            if trigger:
                reported = False
                before = found.before(start, start + trigger.start()) or _named_subject(
                    doc, start, start + trigger.start()
                )
                if trigger.group() == "将" and (
                    # 将国家地震应急响应提升至二级: 将 is 把, what it tells is done
                    (
                        _DISPOSAL.match(text, start + trigger.end(), end)
                        and not _FUTURE_HINT.search(text, sentence.start, sentence.end)
                    )
                    # or no one is named to do it, and no deadline speaks of it
                    or (
                        not before
                        and not (
                            context_deadline
                            and not people.any_starting_in(start, start + trigger.start())
                        )
                    )
                ):
                    active = False
                    continue
                goal_start = start + trigger.end()
                if not before and _PERSONAL.search(text, start, start + trigger.start()):
                    active = False  # 他努力提高投篮准度: a person's, not a place's
                    continue
                subject = before or subject
                active = not _NOT_GOAL.match(text, goal_start)
                planned = trigger.group().startswith(_PLAN_WORDS)
                topic = _measured(text, start, trigger.start(), goal_start, before)
            elif active and _acting(clause.lstrip("并要")):
                goal_start, topic = start, None
            elif context_deadline and (verb := _listed_verb(clause)):
                if (
                    reported
                    or _ALREADY.search(clause, 0, verb.start())
                    or _PERFECT.search(text, sentence.start, sentence.end)
                ):
                    active, reported = False, True  # and the list it opens reports too
                    continue
                if _FORECAST_BEFORE.search(text, sentence.start, start + verb.start()):
                    # 今年，预计全国冬小麦面积达3.4亿亩，基本保持稳定: a forecast goes on
                    active = False
                    continue
                goal_start = (
                    start
                    + verb.start()
                    - (
                        2
                        if clause[max(0, verb.start() - 2) : verb.start()] in ("基本", "全面")
                        else 0
                    )
                )
                actor, topic = found.before(start, start + verb.start()), None
                if _MEASURE.fullmatch(verb.group()):
                    # what the verb measures is part of the goal: 全国|水土保持率达到73%
                    goal_start = actor.end if actor else start
                subject = actor or subject
                active, planned = True, False
            else:
                active = False
                # 在府谷，…将…; and an actor opening a clause of its own (…；湖北加大…力度，
                # 力争到2027年…) is who the clauses after it speak of.
                subject = (
                    found.topic(start, end)
                    or _sentence_subject(text, found, start)
                    or _called_on(text, found, start, end)
                    or subject
                )
                continue
            while goal_start < end and text[goal_start] in "，、 ":
                goal_start += 1
            lead = _LEAD.match(text, goal_start, end)
            if lead:
                goal_start = lead.end()
            cut = _TAIL.search(text, goal_start, end)
            deadline = _deadline(text, start, end, doc.article.date) or context_deadline
            if goal_start >= believed or _over(deadline, doc.article.date):
                continue
            for part_start, part_end in _parts(text, goal_start, cut.start() if cut else end):
                goal = text[part_start:part_end]
                named = ""
                if topic is not None and part_start == goal_start:
                    # 公交线路将达到16条: what reaches the level is part of the goal
                    named = topic[1] + goal
                    part_start = topic[0]
                if (
                    len(goal) < 4
                    # a verb with no object: what is to be built came before it (…交通圈将基本建成)
                    or (len(goal) <= 4 and _GOAL_VERB.fullmatch(goal, len(goal) - 2))
                    or _NOT_GOAL.match(goal)
                    # a goal verb only in quotes: 握住“高质量发展”这根指挥棒; any verb where
                    # a plan word sets how much (计划种植早稻1800万亩)
                    or not (
                        _GOAL_VERB.search(QUOTED.sub("", goal))
                        or _REACHES.search(goal)
                        or (planned and _planned_quantity(goal))
                    )
                    or _DONE.search(goal, 0, 8)
                ):
                    continue
                actor = subject or _sentence_subject(text, found, sentence.start)
                if actor is None and not _joint(text, sentence.start):
                    actor = home
                if actor is None or part_start in in_person:
                    continue
                mention = doc.mention(part_start, part_end, "Goal", named, sentence.index)
                out.mentions.append(mention)
                out.relations.append(Relation(actor, "targets", mention, sentence, 0.7, EXTRACTOR))
                if deadline:
                    doc.attributes[("Goal", mention.canonical)] = (("deadline", deadline),)
        carried = (
            (sentence.index, subject, context_deadline)
            if subject is not None and context_deadline
            else None
        )
    return out


def _called_on(text: str, found: Actors, start: int, end: int) -> Mention | None:
    """The one a clause calls on to act (陈德铭呼吁APEC各成员尊重授权, 敦促日方…): who the
    clauses after it speak of."""
    call = _CALL.search(text, start, end)
    return found.opening(call.end()) if call else None


# What calls on someone to act.
_CALL = re.compile("呼吁|敦促|促请|吁请")


# One who acts in person (他, 她, 我, 自己), not a place or a body; 我们, 我国 may be the
# country speaking; and people who act as themselves (广大少年儿童努力成长为…, 运动员们…).
_PERSONAL = re.compile(
    "[他她你]|自己|我(?![们国省市区县])|广大|少年儿童|青少年|学生|孩子|运动员|队员|官兵"
)


def _over(deadline: str | None, published: str | None) -> bool:
    """Whether a deadline was past when the article came out: what was to be done by
    then is reported as done (“十四五”时期，我国累计建成幸福河湖超5500条, in 2026)."""
    return bool(deadline and published and int(deadline) < int(published[:4]))


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Goals listed with 、 each starting with a verb (加快建设甲、加快建设乙) are separate."""
    parts = []
    begin = start
    for match in re.finditer("、", text[start:end]):
        after = start + match.end()
        if _TRIGGER.match(text, after) or _PUSH.match(text, after) or _acting(text, after):
            parts.append((begin, start + match.start()))
            begin = after
    parts.append((begin, end))
    return parts


def _listed_verb(clause: str) -> re.Match[str] | None:
    """A goal verb in the first characters of a clause after a time phrase, where it
    acts: not one ending a noun in a list (加大良种培育、生态养殖…)."""
    if _PREPOSITION.match(clause) and not (clause[0] == "为" and _LEAD.match(clause)):
        return None
    if clause.startswith("是"):
        return None  # “十五五”时期，是…发展成型起势的重要窗口期: what the time is
    verb = _GOAL_VERB.search(clause[:8])
    if verb and clause[verb.start() - 1 : verb.start()] == "有":
        return None  # 又有发展价值: what one has, a noun
    if verb and clause.startswith(_MEASURES_OF):
        return None  # 一系列扩大高水平对外开放的举措落地显效: measures, described
    if verb and clause[verb.end() : verb.end() + 1] == "率":
        # a rate the verb after it sets (水土保持率达到73%)
        return _MEASURE.search(clause, verb.end(), 16)
    if verb and (
        clause[verb.end() : verb.end() + 1] in ("、", "，", "。", "；")
        or _NOUN_END.match(clause, verb.end())
        or clause.rfind("《", 0, verb.start()) > clause.rfind("》", 0, verb.start())
        # 让“技术突破—成果转化…”的路径更加通畅: a verb in a quoted phrase acts on nothing
        or clause.rfind("“", 0, verb.start()) > clause.rfind("”", 0, verb.start())
    ):
        return None
    return verb


# What opens a clause about measures or steps a verb describes (一系列扩大…的举措).
_MEASURES_OF = ("一系列", "一批", "多项", "各项", "这些", "这一系列")
# What stands before what is measured and is no part of it (今年的, 全年).
_TOPIC_LEAD = re.compile(r"(?:今年|明年|全年|年内|届时|未来\d+年|到\d{4}年)[的，]?")


def _measured(
    text: str, start: int, trigger: int, goal_start: int, actor: Mention | None
) -> tuple[int, str] | None:
    """Where the goal starts, and what it measures, when the words after its trigger at
    ``[start + trigger, goal_start)`` only set a level (公交线路将达到16条, 占比力争达到60%):
    the words between the clause's actor (or its start) and the trigger."""
    if not _MEASURE.match(text, goal_start):
        return None
    # The actor opening the clause is not what is measured; one inside its words is part
    # of them (新北京南站配备的公交线路将达到16条).
    first = actor.end if actor is not None and actor.start == start else start
    lead = _TOPIC_LEAD.match(text, first, start + trigger)
    first = lead.end() if lead else first
    topic = text[first : start + trigger]
    if not 2 <= len(topic) <= 24 or not _CHINESE_TOPIC.fullmatch(topic):
        return None
    return first, topic


_CHINESE_TOPIC = re.compile("[\u4e00-\u9fff“”（）%]+")


def _acting(text: str, position: int = 0) -> re.Match[str] | None:
    """A goal verb at ``position`` of ``text`` that acts (not one ending a noun)."""
    verb = _GOAL_VERB.match(text, position)
    return None if verb is None or _NOUN_END.match(text, verb.end()) else verb


def _sentence_subject(text: str, found: Actors, start: int) -> Mention | None:
    """The actor a sentence (or a clause) starting at ``start`` opens with, after a time
    phrase such as 今年，, if any."""
    lead = _SENTENCE_LEAD.match(text[start : start + 12])
    return found.opening(start + (lead.end() if lead else 0))


_SENTENCE_LEAD = re.compile(r"(?:(?:今年|明年|未来\d+年|接下来|\d{4}年)，?)?")


def _joint(text: str, start: int) -> bool:
    """Whether the sentence starting at ``start`` opens with the parties of a talk or a
    pair (双方要…，努力推进海上共同开发; 中越两国应…): what they are to do is no goal of
    the article's place."""
    lead = _SENTENCE_LEAD.match(text[start : start + 12])
    return _JOINT_SUBJECT.match(text, start + (lead.end() if lead else 0)) is not None


_JOINT_SUBJECT = re.compile(
    "(?:中[\\u4e00-\\u9fff]|[\\u4e00-\\u9fff]中)?(?:双方|两国)|各方|两党|两军|两岸|多方"
)


#: How sure the recogniser must be of a goal's subject no list holds.
NAMED_SUBJECT_CONFIDENCE = 0.8
# The last characters of bodies' names.
_BODY_ENDS = frozenset("局部委会院行署办厅所处党盟团队府司社")
# What may stand between a clause's subject and its trigger (海合会也在积极致力于…).
_SUBJECT_TAIL = re.compile(r"(?:也|还|都|将|正|在|正在|一直|始终|积极|更|愿|决心)*$")


def _named_subject(doc: Doc, start: int, end: int) -> Mention | None:
    """A body or place the recogniser reads as the subject of the clause ``[start, end)``
    that no list holds (40多年来，海合会致力于建设…): it opens the clause, and only
    adverbs stand between it and the trigger."""
    text = doc.norm
    head = _SENTENCE_LEAD.match(text, start, end)
    opening = head.end() if head else start
    tail = _SUBJECT_TAIL.search(text, opening, end)
    stem_end = tail.start() if tail else end
    # Asked only where what precedes the trigger ends as a body's name does (文物局, 证监会,
    # 亚行): the recogniser is dear, and most clauses there hold no subject at all.
    if not 2 <= stem_end - opening <= 12 or text[stem_end - 1] not in _BODY_ENDS:
        return None
    for span in clause_spans(doc, opening):
        if (
            span.start == opening
            and span.type in ("Organization", "Place")
            and span.end <= end
            and span.confidence >= NAMED_SUBJECT_CONFIDENCE
            and _SUBJECT_TAIL.fullmatch(text, span.end, end)
        ):
            index = bisect_right(doc.sentence_starts, span.start) - 1
            return doc.mention(span.start, span.end, span.type, "", index)
    return None
