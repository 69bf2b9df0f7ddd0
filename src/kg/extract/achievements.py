"""Achievements: reported results, usually with a quantity.

"全年开展各类文体惠民活动3200余场", "参与人次22.5万", "地区生产总值突破3000亿元",
"建成高原和美乡村800多个", "打赢脱贫攻坚战". A clause that looks ahead (将, 计划, 力争,
到2030年) is a goal, not an achievement.
"""

from __future__ import annotations

import re

from kg.extract.base import Extraction, Relation, register
from kg.extract.clauses import (
    QUANTITY,
    WHOLE_AREA,
    Actors,
    actors,
    clause_bounds,
    clauses,
    home_actor,
    persons,
    without_book_titles,
)
from kg.model import Mention, Sentence
from kg.nlp.doc import Doc
from kg.nlp.lexicon import dictionary_tags, place_names

EXTRACTOR = "achievements"

_RESULT_VERB = re.compile(
    # not 长达 (as long as: 陆地边境线长达5700多公里, 长达15.6米的…机器人), a length
    r"完成|开展|建成|新建|实现|突破|达到|(?<!(?<!增)长)达(?=\d)|超过|超(?=\d)|增长|提高|提升|覆盖|保持在|稳定在|"
    r"累计|举办|接待|(?:已经?|共)打造|打造[了出]|创(?:历史|新高|纪录)|位居|划入|建立|打赢|取得|"
    r"安装|投运|培育|引进|签约|减少|下降|上升|新增|诊治|惠及|参与|成效(?!的)|"
    # a launch counted (推出了15条冬春乡村旅游线路), not one dated (项目推出20年来)
    r"推出(?=[^，。；]{0,30}?\d+(?:\.\d+)?(?:余|多)?(?![年\d.])[\u4e00-\u9fff%])"
)
_COMPLETION = re.compile(
    r"成功举办|打赢|全面建成|建成投运|已全部|初现成效|取得.{0,6}成效|完成对|实现.{0,8}全覆盖"
)
# What every completion opens with.
_COMPLETION_OPENING = re.compile("成功举办|打赢|全面建成|建成投运|已全部|初现成效|取得|完成对|实现")
# A year ahead (到2025年), not one a figure grew to (增长到2023年的2.72万亿元).
_YEAR_AHEAD = r"(?<![长高加降升])到\d{4}年(?!的)"
_FUTURE = re.compile(
    rf"将|计划|力争|争取|目标|预计|预测|认为|(?<![重主])要|{_YEAR_AHEAD}|明年|未来|确保|需要|应当|"
    # what is reached on a condition (在筹资水平达到每人每年150元的情况下)
    r"情况下|条件下|"
    # 应 (should), not 应对, 应用, 应急, 应邀, 相应, 响应, 适应, 供应, 效应, 反应, 呼应
    r"(?<![相响适供效反呼])应(?![对用急邀])|拟|如果|若|"
    r"一定会|必将|相信|祝愿|希望|"
    # a resolve (坚决打赢…攻坚战), not a battle won
    r"坚决|"
    # what one is willing to do (愿支持中方成功举办…), not 意愿, 志愿, 心愿, 愿景
    r"(?<![意志心自情宿祝请])愿(?!景)|"
    # what can be reached is no result yet (网速可以达到现在的10倍, 有望实现丰收), nor is
    # what a plant or a machine can do (年产量可达3万台, 每年可减少…排放量约19300吨)
    r"可以(?!看|推|说|发现|预见)|能够|有望|可望|"
    r"(?<![不许认宁])可(?=达|减少|实现|增加|提升|节约|降低|满足|容纳|处理|带动|提供)|"
    # what follows from each step of a change (经济增速每提高1个百分点，…产出就会增加)
    r"每(?=提高|增加|下降|减少|增长|上升|降低)"
)
# What makes the clauses after it, up to the next item of a list, a plan or a forecast
# too (力争到2025年，产业规模达到万亿级; 预计…超2.27亿人次，环比增长20.9%): not a year
# something grew to (增加到2021年的33万家), nor a plan that is a programme's name (国家重点
# 研发计划需填报的表格…).
_PLANNED = re.compile(
    rf"预计|力争|争取|拟|明年|{_YEAR_AHEAD}|计划(?=[\d新完建投实开在到于用])"
)
# Where a clause turns back to what is done now or was done (…需求将达到9000亿元，目前，江苏已
# 出台…政策): the plan before it ends.
_NOW = re.compile("目前|当前|截至|去年|今年以来|已")


# What opens the thing 将 (as 把) acts on (将原有17个项目整合, 将其纳入).
_THING_BEFORE = frozenset("原其该这此各所")


def _plans(text: str, start: int, end: int) -> bool:
    """Whether the clause ``[start, end)`` opens a plan or a forecast that the clauses
    after it go on with: a word of planning, or 将 before a verb (将建成污染源监控中心363个，
    新增36个…; 将新建…), not 将 before what is done to something (将残疾人工作纳入…,
    将6G技术应用于…, 将原有17个项目整合), nor after 已."""
    if _PLANNED.search(text, start, end):
        return True
    position = text.find("将", start, end)
    while position >= 0:
        if "已" not in text[start:position]:
            after = text[position + 1 : position + 3]
            tag = dictionary_tags().get(after) or dictionary_tags().get(after[:1], "n")
            if after[:1] in "新再" or (tag[0] in "vdpa" and after[:1] not in _THING_BEFORE):
                return True
        position = text.find("将", position + 1, end)
    return False


# What a disaster, an epidemic, the weather or a poll counts is no one's result (受灾群众超过
# 13万人, 8条河流超过警戒水位, 确诊病例, 降雨量超过400毫米, 最高气温突破历史极值, 67.85%的
# 受访者不满). Unless it tells of the recovery from it (受损公路已全部抢通, 修复通信受损基站
# 10844座).
_MISHAP = re.compile(
    "受灾|灾害|警戒水位|遇难|死亡|失踪|失联|受伤|伤亡|确诊|病例|感染|受损|倒塌|受访者|"
    "降雨|降水|雨量|气温|洪水|超警|受淹|积水|内涝|最深处|"
    # losses, debts overdue, sums of a case or of a violation (货物损失高达300万元, 累计亏损,
    # 涉案金额达24亿元, 违规新增…债务)
    "损失|亏损|逾期|涉案|违规|违纪|违法"
)
# What is under way is no result yet (试验田里正在培育84个品种, 正在建设的…超过1000公里);
# a meeting under way is where a result is told (正在举行的广交会上，…达到了5700家).
_UNDER_WAY = re.compile("正在(?![^，；]{0,12}?举行)")
_RECOVERY = re.compile("恢复|修复|抢通|抢修|抢排|救治|转移|安置|取得联系|派出")
# An unnamed one the text points at (这家农机厂, 这个园区, 这座工厂, 这款新产品, 该基金, 该区域;
# 我校 in a quote): what it did is its own, not the place the article is about.
_THIS_ONE = re.compile(
    "这(?:家|个|座|所|款|台|种)[^，。；]{0,8}?"
    "(?:企业|公司|工厂|厂|园区|项目|基地|合作社|市场|花市|仓|中心|医院|学校|产品|设备|机器|车型)"
    "|该(?:基金|公司|集团|企业|楼盘|项目|产品|银行|机构|品牌|区域|地区|流域)"
    "|我(?:校|院|厂|所|们学校|们公司|们企业)"
)
# What a source opens with: 国家发展改革委最新监测调度数据显示, 农业农村部的最新数据显示.
# A clause that names where figures come from (商务部数据显示, 记者从商务部了解到, 国家统计局
# 今天发布, 根据农业农村部提供的数据, 中国人民银行相关负责人介绍).
_SOURCE = re.compile(
    "(?:(?:数据|统计|监测|调查|调度|报告)(?:显示|表明)|了解到|获悉"
    "|(?:发布|公布|通报)了?(?:数据|消息)?|负责人介绍|提供的数据)$"
)
# A clause of when something happened (火箭飞行高度达到约110公里时, 平台全面建成使用后),
# not kilowatt-hours or hours (千瓦时, 小时).
_WHEN = re.compile("(?<![瓦小])时(?:候)?$|后$")
# what is relied on, a noun described (还依托森林覆盖率超过75%的自然优势; not 依托这一机制全国已
# 累计走访…), what matters for something (对于打赢脱贫攻坚战很有意义), and what could not be
# without something (就不可能全面建成…).
_SKIP_START = re.compile(
    r"^(?:今年是|是|这是|在|据|截至|现有|共有|约|其中|同比|比上年"
    r"|(?:还|也|并)?(?:依托|依靠|凭借|借助|立足)[^，。；]*的[^的，。；]{1,8}$|对于|就不可能|不可能"
    # what a plan follows (按照…全面建成…安排), and what a place is (面积超过两万平方公里)
    r"|按照|依照|遵照|根据|海拔|面积|总面积)"
)
# How long, high or wide a thing is, right before the verb of its figure: a measure, no
# result (该工程全长超过490公里, 平均海拔超过3000米; not 总里程达到460万公里, what was built).
_DIMENSION = re.compile("(?:全长|总长|海拔|直径|主跨|跨度|落差)(?:约|已|均)?$")
# A verb of saying that opens a clause: what follows is what the person says.
_SAYING = re.compile("(?:并|还|也|同时)?(?:表示|指出|强调|认为|称|说)")
# A change against an earlier period, or a bare change (增长114.4%), which needs the
# figure it is of.
_COMPARED = re.compile(r"[，、 ]*(?:同比|环比|[比较](?:上年|去年|上月)|(?:增长|下降|上升)(?=\d))")


@register(EXTRACTOR, requires=("people", "hierarchy"))
def extract_achievements(doc: Doc) -> Extraction:
    """Find achievements and ``achieved`` relations."""
    out = Extraction()
    text = doc.norm
    found = Actors(doc, actors(doc))
    people = persons(doc)
    home = home_actor(doc)
    china = next((m for m in found.mentions if m.canonical == "中国"), None)
    results = doc.sentences_with(_RESULT_VERB)
    completions = doc.sentences_with(_COMPLETION_OPENING)
    forecast = -2  # the last sentence that opens with a plan or a forecast
    for sentence in doc.sentences:
        opening = min(sentence.start + 12, sentence.end)
        if text.startswith("其中", sentence.start) and forecast == sentence.index - 1:
            # 全国将投入…超1700万台（套）。其中，联合收割机80多万台…: the details of the forecast
            forecast = sentence.index
            continue
        if _FUTURE.search(text, sentence.start, opening):
            forecast = sentence.index
            continue
        has_verb, has_opening = sentence.index in results, sentence.index in completions
        if not (has_verb or has_opening):
            continue
        if not _reports_result(text, sentence, has_verb, has_opening):
            continue
        # A sentence a person opens (陈德铭指出，…) reports what they say: only a result
        # credited in its own clause (中国政府采取的…措施已初现成效) is taken.
        spoken = people.any_starting_in(sentence.start, sentence.start + 12)
        subject = None
        ahead = False  # whether a forecast (预计) goes on
        # Where a clause stating a figure without a verb starts (总额为3.1万亿元).
        stated: int | None = None
        for start, end in clauses(doc, sentence):
            clause = text[start:end]
            figure, stated = stated, None
            if text[start - 1 : start] == "；" or _NOW.match(clause):
                ahead = False  # a new item of a list, or what is done now
            if clause.startswith(("据", "《")):
                # A source (据昆明海关统计), not who did it, unless a national body tells
                # the country's figures (据国家移民管理局统计); a document and what it
                # sets out (《总体方案》聚焦…等7个方面), not what was done.
                body = found.before(start, end) if clause.startswith("据") else None
                if _national(body):
                    subject = china or body
                continue
            if _SOURCE.search(clause):
                # 国家发展改革委最新监测调度数据显示: the body tells the country's figures,
                # where the article names the country; else it stands for them.
                body = found.before(start, end)
                subject = (china if _national(body) else None) or body or subject
                continue
            if _FUTURE.search(clause):
                # Not a result (a plan, a forecast, or a false alarm: 重要, 到2024年), but
                # one that opens with an actor names the subject of what follows.
                subject = found.opening(start) or subject
                ahead = ahead or _plans(text, start, end)
                continue
            plain = without_book_titles(clause)
            has_quantity = QUANTITY.search(plain) and _RESULT_VERB.search(plain)
            if (
                not (has_quantity or _completed(plain))
                or (_MISHAP.search(clause) and not _RECOVERY.search(clause))
                or _UNDER_WAY.search(clause)
            ):
                subject = found.before(start, end) or found.topic(start, end) or subject
                if QUANTITY.search(clause) and not _MISHAP.search(clause):
                    # A change stated without a verb (比上年同期增加15.80亿) goes with the
                    # figure before it, as the change after it does.
                    compared = figure is not None and _COMPARED.match(text, start)
                    stated = figure if compared else start
                continue
            verb = _RESULT_VERB.search(plain) or _completed(plain)
            assert verb is not None
            if _DIMENSION.search(plain, 0, verb.start()):
                continue  # 该工程全长超过490公里, 平均海拔超过3000米: what a thing measures
            named = found.before(start, start + verb.start())
            if (spoken or ahead) and named is None:
                continue  # 预计…超2.27亿人次，环比增长20.9%: the forecast goes on
            if spoken and _SAYING.match(clause):
                continue  # 梅德韦杰夫…，表示中国共产党领导中国取得更大发展…: their words
            ahead = False
            subject = named or subject
            if subject is None and _acting_person(
                text, sentence, people.starting_in(sentence.start, start + verb.start())
            ):
                continue  # 巴依卡…，行程超过3万公里: a person's, not the article's place's
            if subject is None and _THIS_ONE.search(text, sentence.start, start + verb.start()):
                continue  # 四平这家农机厂…销量同比增长10%: the factory's, which is not named
            whole = WHOLE_AREA.search(plain, 0, verb.start()) if subject is None else None
            if whole is not None:
                # 中原粮仓河南…。今年前十个月，全省已累计建设…: the province named last,
                # in this sentence or the one before, not the place the article names most
                since = doc.sentences[max(0, sentence.index - 1)].start
                subject = found.last_of_level(whole.group(1), start, since)
            actor = subject or home
            if actor is None:
                continue
            if subject is None and actor is not china and _MARKET.search(clause):
                # 该基金净值增长率达21%, 楼盘均价达16800元: a fund's, a market's or a team's
                # figures, none of the place the article names most
                continue
            begin = start
            credited = [actor]
            if subject is not None and start <= subject.start < start + verb.start():
                # 北京、江苏、浙江等地区以旧换新销售额均超过15亿元: each place listed.
                credited, begin = _listed(found, text, subject)
            if figure is not None and _COMPARED.match(text, begin):
                # 我国冷链物流总额为3.1万亿元，同比增长3.7%: the growth of the figure stated
                # before it, the two together (the subject that opens them left out).
                begin = subject.end if subject is not None and subject.start == figure else figure
            while begin < end and text[begin] in "，、的 ":
                begin += 1
            joined = _JOINING.match(text, begin, end)
            if joined:
                begin = joined.end()  # 而六环路以外项目均价为7847元: 而 joins, it is no result
                while begin < end and text[begin].isspace():
                    begin += 1
            result = text[begin:end]
            if (
                end - begin < 4
                or (begin == sentence.start and not _said_of_something(result))
                or _SKIP_START.match(result)
                or _WHEN.search(result)
                or not (QUANTITY.search(result) or _completed(result))
            ):
                continue  # the figure was the subject's (等6个省…开展实地检查)
            mention = doc.mention(begin, end, "Achievement", "", sentence.index)
            out.mentions.append(mention)
            for each in credited:
                out.relations.append(
                    Relation(each, "achieved", mention, sentence, 0.65, EXTRACTOR)
                )
    return out


# What a market, a fund or a sport counts (基金净值, 楼盘均价, 球队得分), and prices
# (房价, 楼面价, 收购均价).
_MARKET = re.compile(
    "基金|净值|收益率|楼盘|房源|租金|股价|股票|赛季|得分|篮板|球队|夺冠|票房|涨幅|跌幅|持股|仓位|大盘|成交量"
    "|价格|房价|均价|楼面价|楼价|地价|单价|成交价|售价|溢价|月供|毛利率|认购|募集|首发规模|元/"
)


# A conjunction that joins a result to the clause before it (而, 但是, 并且, 并有).
_JOINING = re.compile("(?:而且|而|但是|但|并且|并(?=有|已|实现|完成|达到|超过|突破))")
# What closes a list of places: 等地区, 等6个省（区、市）, 等14国, 等多个省份.
_LIST_END = re.compile(
    "等(?:[\\d一二三四五六七八九十多]+个?)?(?:省（区、市）|地区|省份|省市|城市|国家|国|地方|地|省|市)?"
)


def _listed(found: Actors, text: str, first: Mention) -> tuple[list[Mention], int]:
    """The places listed from ``first`` on (北京、江苏、浙江等地区), and where the list ends."""
    listed = [first]
    position = first.end
    while first.label == "Place" and text.startswith("、", position):
        following = found.opening(position + 1)
        if following is None or following.label != "Place":
            break
        listed.append(following)
        position = following.end
    if len(listed) > 1:
        ending = _LIST_END.match(text, position)
        position = ending.end() if ending else position
    return listed, position


def _acting_person(text: str, sentence: Sentence, persons: list[Mention]) -> bool:
    """Whether one of ``persons`` may have done what follows them: any but one under whose
    lead it was done (在习近平总书记亲自倡导和推动下，…取得显著成效)."""
    for person in persons:
        start, end = clause_bounds(text, sentence, person.start)
        if not (text.startswith("在", start) and text.endswith("下", start, end)):
            return True
    return False


def _said_of_something(result: str) -> bool:
    """Whether ``result`` says what its figure counts: a word left besides its figures and
    verbs (超过1.6万个！, a sentence of its own that the next one explains, says nothing)."""
    return len(_LETTER.findall(_RESULT_VERB.sub("", QUANTITY.sub("", result)))) > 1


# A character of a word (a unit QUANTITY leaves, such as 个 of 1.6万个, is one alone).
_LETTER = re.compile("[A-Za-z\u4e00-\u9fff]")


def _completed(clause: str) -> re.Match[str] | None:
    """The completion ``clause`` reports, unless 的 makes it describe what follows
    (激发了老区人民打赢脱贫攻坚战的信心: the confidence, not the victory; not 完成对…的
    观察, whose 的 is its own)."""
    completion = _COMPLETION.search(clause)
    if completion is None or (
        completion.group() != "完成对" and "的" in clause[completion.end() :]
    ):
        return None
    if clause.endswith(_FOR_THE_SAKE_OF, 0, completion.start()) or clause.startswith(
        "社会主义现代化强国", completion.end()
    ):
        # 为全面建成…筑牢人才之基, 从全面建成小康社会到…: what a deed serves or a span starts
        # from; 全面建成社会主义现代化强国 is the goal of the century's middle.
        return None
    return completion


# What makes a completion after it the purpose of a deed, or where a span starts.
_FOR_THE_SAKE_OF = ("为", "为了", "从", "致力于")


def _national(body: Mention | None) -> bool:
    """Whether ``body`` is an organisation of the whole country (国家统计局, 商务部), not
    one whose name starts with a place's (浙江省统计局)."""
    if body is None or body.label != "Organization":
        return False
    name, places = body.canonical, place_names()
    if name.startswith(("中国", "中华", "全国", "国家")):
        return True  # 中国期货业协会, 全国总工会, 国家统计局
    return not any(name[:size] in places for size in range(2, min(len(name), 6)))


def _reports_result(text: str, sentence: Sentence, verb: bool, opening: bool) -> bool:
    """Whether ``sentence`` holds a result verb and a quantity, or a completion (a
    sentence without holds no clause with), given whether it holds a result ``verb`` and
    what a completion opens with."""
    start, end = sentence.start, sentence.end
    return bool(
        (verb and _NUMERAL.search(text, start, end) and QUANTITY.search(text, start, end))
        or (opening and _COMPLETION.search(text, start, end))
    )


# What every quantity holds; much quicker to look for than a quantity.
_NUMERAL = re.compile(r"[\d百千万亿]")
