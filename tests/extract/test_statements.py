"""Statements: speech verbs after a person or a pronoun."""

from __future__ import annotations

import pytest

import kg

CASES = [
    ("区委书记林志远强调，要压实责任。", "林志远", "要压实责任。"),
    ("省长何振东在讲话中指出，要稳住经济大盘。", "何振东", "要稳住经济大盘。"),
    ("市长方锦程出席会议。他表示，将全力推进。", "方锦程", "将全力推进。"),
    ("副总理宋承望出席开幕式并致辞。", "宋承望", None),
    ("对于外储投资，高晓梅则表示，将稳步推进。", "高晓梅", "将稳步推进。"),
    # what was set out, not 了; 了解 is a word of what was said
    ("区委书记林志远阐述了中方在有关问题上的原则立场。", "林志远", "中方在有关问题上的原则立场。"),
    ("校长韩德说了解学生是第一位的。", "韩德", "了解学生是第一位的。"),
    # 说过，…: what was said before, 过 no part of it
    ("市长林志远说过，再过十年，青州要建成新城。", "林志远", "再过十年，青州要建成新城。"),
    # 说道 is the verb whole, not 说 and what follows it
    ("“我们还会进步。”校长韩德说道。", "韩德", "我们还会进步。"),
    # the one a message is sent to, or a gesture made to, says nothing
    ("林志远致电青州市长韩德表示慰问。", None, None),
    ("仪仗队向市长韩德表示最隆重欢迎。", None, None),
]


@pytest.mark.parametrize(("text", "speaker", "content"), CASES)
def test_stated(text: str, speaker: str | None, content: str | None) -> None:
    stated = [f for f in kg.extract(text, date="2025-01-01") if f.predicate == "stated"]
    assert [f.subject.name for f in stated] == ([speaker] if speaker else [])
    if content is not None:
        assert stated[0].object.name == content


def test_a_meeting_stating_is_not_a_person() -> None:
    assert not [f for f in kg.extract("会议指出，要抓好落实。") if f.predicate == "stated"]


def test_a_bare_address_is_stated_and_a_letter_read_out_is_not() -> None:
    """诺瓦克致辞 states; 宣读习近平主席贺信并致辞 is the reader's address, not the
    letter writer's; 学习林志远讲话精神 is no address at all."""
    text = "青禾商会会长陈思雨宣读林志远书记贺信并致辞，高晓梅致辞。全区学习周建国讲话精神。"
    speakers = {f.subject.name for f in kg.extract(text) if f.predicate == "stated"}
    assert {"陈思雨", "高晓梅"} <= speakers, speakers
    assert not {"林志远", "周建国"} & speakers, speakers
    # the letter writer's post between 宣读 and the name (宣读国家主席高思明贺信)
    text = "青禾商会会长韩德宣读国家主席林志远贺信并致辞。"
    speakers = {f.subject.name for f in kg.extract(text) if f.predicate == "stated"}
    assert speakers == {"韩德"}, speakers


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # an address delivered: the sentence tells it
        ("市委书记林志远出席会议并发表重要讲话。", "市委书记林志远出席会议并发表重要讲话。"),
        ("在热烈的掌声中，林志远市长发表了重要讲话。", "在热烈的掌声中，林志远市长发表了重要讲话。"),
        ("林志远出席开幕式并发表主旨演讲。", "林志远出席开幕式并发表主旨演讲。"),
        # where it was given, between the speaker and the address
        ("青禾市记协主席林志远在会上致辞。", "青禾市记协主席林志远在会上致辞。"),
        ("县长林志远在开幕式上发表主旨演讲。", "县长林志远在开幕式上发表主旨演讲。"),
        # what the address said, where a verb of saying follows it
        ("林志远主持座谈会并发表重要讲话强调，明年是收官之年，要稳住经济大盘。",
         "明年是收官之年，要稳住经济大盘。"),
        ("市长林志远在会上发表讲话指出，要稳住经济大盘。", "要稳住经济大盘。"),
        # what was said after what the speaker did
        ("市委书记林志远主持会议并强调，要稳住经济大盘。", "要稳住经济大盘。"),
    ],
)
def test_an_address_delivered_is_stated(text: str, said: str) -> None:
    stated = [f for f in kg.extract(text) if f.predicate == "stated"]
    assert [(f.subject.name, f.object.name) for f in stated] == [("林志远", said)]


@pytest.mark.parametrize(
    "text",
    [
        # an address written about, not given here
        "全区认真学习林志远书记发表的重要讲话精神。",
        # one to come
        "市长林志远将出席论坛开幕式并发表主旨讲话。",
        # the one spoken with: the address is the other's
        "市委书记高晓梅同林志远市长亲切会见青年代表并发表热情洋溢的讲话。",
        # an address told of in another's words
        "高晓梅指出，林志远书记发表重要讲话，为做好工作提供了根本遵循。",
    ],
)
def test_an_address_not_delivered_by_the_person_is_not_stated(text: str) -> None:
    stated = [f for f in kg.extract(text) if f.predicate == "stated"]
    assert "林志远" not in {f.subject.name for f in stated}, stated


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("“档口越来越少了，”林志远说。", "档口越来越少了"),
        ("“档口越来越少了”，林志远说。", "档口越来越少了"),
        # the quote opened in a sentence before: its part in the speaker's sentence
        ("“生意不好做。档口越来越少了，”市场管理处主任林志远说。", "档口越来越少了"),
        # no quote: the sentence
        ("记者来到档口，林志远说。", "记者来到档口，林志远说。"),
    ],
)
def test_a_speaker_after_the_quote_stated_the_quote(text: str, said: str) -> None:
    """…”林志远说。: nothing follows the verb; what was said is the quote before the
    speaker's clause, without its commas."""
    facts = [f for f in kg.extract(text) if f.predicate == "stated"]
    assert [(f.subject.name, f.object.name) for f in facts] == [("林志远", said)]


def test_a_speaker_opening_the_sentence_after_a_quote_stated_the_quote() -> None:
    """“…。”林志远说。: the quote ends a sentence of its own before the speaker's; what he
    said is that quote, not 林志远说。 (the fact's evidence stays the speaker's sentence)."""
    text = "记者来到档口。“今年我们要再开三家店。生意越来越好了。”林志远说。"
    facts = [f for f in kg.extract(text) if f.predicate == "stated"]
    assert [(f.subject.name, f.object.name, f.evidence.text) for f in facts] == [
        ("林志远", "今年我们要再开三家店。生意越来越好了。", "林志远说。")
    ]
    # titles before the speaker open the clause as the name does
    text = "记者来到档口。“生意越来越好了。”云岭地产研究中心分析师林志远说。"
    facts = [f for f in kg.extract(text) if f.predicate == "stated"]
    assert [(f.subject.name, f.object.name) for f in facts] == [("林志远", "生意越来越好了。")]
    assert not [f for f in kg.extract("记者来到档口。林志远说。") if f.predicate == "stated"]


def test_each_person_joined_before_the_verb_speaks() -> None:
    """梧川国参议长韩德、众议长高晓梅。韩德和高晓梅表示…: both said it."""
    text = (
        "国务院总理林志远会见梧川国参议长韩德、众议长高晓梅。"
        "韩德和高晓梅表示，梧方很高兴看到两国关系稳定发展。"
    )
    said = {f.subject.name for f in kg.extract(text, date="2024-06-17") if f.predicate == "stated"}
    assert {"韩德", "高晓梅"} <= said, said


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a title after the name, before the verb
        ("区长高晓梅来到社区。林志远书记强调，要压实责任。", "林志远", "要压实责任。"),
        ("林志远部长在会上指出，要稳住经济大盘。", "林志远", "要稳住经济大盘。"),
        # a form of address after the name
        ("韩德同志指出，要压实责任。", "韩德", "要压实责任。"),
        ("高晓梅女士表示，将全力推进。", "高晓梅", "将全力推进。"),
        # the verb after a speech (发言说, 讲话指出)
        ("林志远委员发言说，要稳住经济大盘。", "林志远", "要稳住经济大盘。"),
        ("林志远委员代表民革中央发言说，要稳住经济大盘。", "林志远", "要稳住经济大盘。"),
        # 建议 (suggests) says it too; a name before 委员 opening its clause is the speaker's
        ("政协会议举行全体会议。齐向阳委员发言建议，要稳住经济大盘。", "齐向阳", "要稳住经济大盘。"),
        # the segmenter's taking 山, or the whole name, for the prefix of 常委 leaves the name
        ("政协常委会举行全体会议。林为山常委代表民盟中央发言提出，要稳住经济大盘。", "林为山", "要稳住经济大盘。"),
        ("政协常委会举行全体会议。韩冬常委建议，要稳住经济大盘。", "韩冬", "要稳住经济大盘。"),
    ],
)
def test_a_title_or_address_between_speaker_and_verb(
    text: str, speaker: str, content: str
) -> None:
    stated = [f for f in kg.extract(text, date="2025-01-01") if f.predicate == "stated"]
    assert [(f.subject.name, f.object.name) for f in stated] == [(speaker, content)]


def test_a_senior_title_alone_speaks_for_its_one_holder() -> None:
    """总书记强调 where one person of the article is 总书记; none where two hold 主席."""
    text = "梧川国总书记林志远来到青禾村。总书记强调，要压实责任。"
    stated = [f for f in kg.extract(text, date="2025-01-01") if f.predicate == "stated"]
    assert [(f.subject.name, f.object.name) for f in stated] == [("林志远", "要压实责任。")]
    text = "政协主席韩德和国家主席林志远出席。主席强调，要压实责任。"
    assert not [f for f in kg.extract(text, date="2025-01-01") if f.predicate == "stated"]


def test_words_carried_out_or_dated_are_not_stated() -> None:
    """落实林志远总理要求, 今年是林志远主席提出…倡议10周年: not what they said here."""
    text = (
        "韩德强调，要落实林志远总理要求，坚持把安全放在第一位。"
        "高晓梅表示，今年是林志远主席提出青禾倡议10周年。"
    )
    said = {f.subject.name for f in kg.extract(text, date="2025-01-01") if f.predicate == "stated"}
    assert said == {"韩德", "高晓梅"}, said


def test_an_initiative_put_forward_is_no_statement() -> None:
    """林志远主席提出全球治理倡议, 提出“青禾之路”倡议, 提出共建“青禾之路”倡议: what he put
    forward, not words he said (a quoted name is no quotation); 提出三点建议：…, 提出，要…
    and 提出了观点——“…” are."""
    said = {
        (f.subject.name, f.object.name)
        for f in kg.extract(
            "韩德表示，林志远主席提出全球治理倡议，得到各方积极响应。"
            "国务院副总理高晓梅出席论坛。高晓梅提出三点建议：一是加强合作，二是扩大开放。"
            "林志远提出，要坚持改革开放。"
            "同年9月，林志远主席提出共建“青禾之路”倡议，为合作打造实践平台。"
            "十年前，林志远主席提出“青禾之路”倡议，得到各方积极响应。"
            "会上，韩德提出了自己的观点——“我们只做搬运工。”",
            date="2025-09-01",
        )
        if f.predicate == "stated"
    }
    assert not any(s == "林志远" and "倡议" in o for s, o in said), said
    assert any(s == "高晓梅" for s, o in said), said
    assert ("林志远", "要坚持改革开放。") in said, said
    assert any(s == "韩德" and "搬运工" in o for s, o in said), said


def test_what_an_official_tells_is_stated_and_an_opinion_reports_no_result() -> None:
    """外交部副部长林志远介绍，…: what he tells the press is his statement (韩德介绍了有关情况
    is not: no words follow); 《季报》认为，…有6个百分点的增长来自…: an opinion, no result."""
    facts = kg.extract(
        "外交部副部长林志远介绍，新时代十年，梧川国建交国总数从172个增加到181个。"
        "韩德介绍了有关情况。云岭省召开会议。《季报》认为，在7.2%的增长率中，有6个百分点的增长来自政府支出。",
        date="2022-10-20",
    )
    said = {(f.subject.name, f.object.name) for f in facts if f.predicate == "stated"}
    assert said == {("林志远", "新时代十年，梧川国建交国总数从172个增加到181个。")}, said
    assert not [f for f in facts if f.predicate == "achieved"], facts


def test_each_one_listed_before_speaking_in_turn_spoke() -> None:
    """青禾县委书记林志远，县委副书记、县长高晓梅、无党派人士代表陈思雨等先后发言: each one
    listed (with their titles, or what they are called) spoke; one who chaired before the
    list did not."""
    text = (
        "县政协主席韩德主持座谈会，青禾县委书记林志远，县委副书记、县长高晓梅、"
        "无党派人士代表陈思雨等先后发言。"
    )
    speakers = {f.subject.name for f in kg.extract(text) if f.predicate == "stated"}
    assert speakers == {"林志远", "高晓梅", "陈思雨"}, speakers


def test_he_within_a_sentence_is_who_opens_one_of_its_clauses() -> None:
    """会见韩德时，林志远转达了高晓梅主席和周建国教授的问候，他表示…: 他 is 林志远, who opens
    a clause, not 周建国, named last inside it."""
    text = (
        "国务院副总理林志远会见梧川国总统韩德。会见韩德时，林志远转达了高晓梅主席和周建国教授的"
        "亲切问候，他表示，两国关系始终稳步发展。"
    )
    stated = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "stated"}
    assert stated == {("林志远", "两国关系始终稳步发展。")}, stated


def test_he_opening_a_sentence_is_who_opened_the_one_before() -> None:
    """国家主席林志远对…韩德…表示赞赏。他说…: 他 is 林志远, who opened the sentence before,
    not 韩德, the last named; where a name opens with a person (林志远总书记关于…研讨会), 他 is
    the last named still."""
    text = (
        "国家主席林志远对梧川国总统韩德长期以来致力于两国友好表示赞赏。"
        "他说，两国关系始终稳步发展。"
    )
    stated = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "stated"}
    assert stated == {("林志远", "两国关系始终稳步发展。")}, stated
    text = (
        "林志远总书记关于民族工作的重要思想研讨会21日召开，全国政协主席高晓梅出席并讲话。"
        "她表示，要深入贯彻民族工作的重要思想。"
    )
    stated = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "stated"}
    assert ("高晓梅", "要深入贯彻民族工作的重要思想。") in stated, stated


@pytest.mark.parametrize(
    "text",
    [
        "云岭省副省长林志远透露，全省今年新开工项目超过两百个。",
        "云岭省副省长林志远告诉记者，全省今年新开工项目超过两百个。",
        "云岭省副省长林志远接受记者采访时表示，全省今年新开工项目超过两百个。",
        "云岭省副省长林志远对此坦言，全省今年新开工项目超过两百个。",
        "云岭省副省长林志远称，全省今年新开工项目超过两百个。",
        "云岭省副省长林志远自豪地说，全省今年新开工项目超过两百个。",
        # when it was said, between the speaker and the verb
        "云岭省副省长林志远近日透露，全省今年新开工项目超过两百个。",
        "云岭省副省长林志远12日表示，全省今年新开工项目超过两百个。",
        "云岭省副省长林志远昨天下午说，全省今年新开工项目超过两百个。",
        "云岭省副省长林志远日前在接受记者采访时表示，全省今年新开工项目超过两百个。",
        # after what they heard (在听取…后), and to whom (对大家)
        "云岭省副省长林志远在听取企业家代表发言后表示，全省今年新开工项目超过两百个。",
        "云岭省副省长林志远对大家说，全省今年新开工项目超过两百个。",
    ],
)
def test_what_news_writes_for_said(text: str) -> None:
    """透露, 告诉记者, 接受采访时表示, 坦言, 称, how one said it (自豪地说), when (近日, 12日,
    昨天下午, 在听取…后) and to whom (对大家): each says."""
    stated = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "stated"}
    assert stated == {("林志远", "全省今年新开工项目超过两百个。")}, stated


def test_praise_is_no_statement() -> None:
    """称赞 is praise, not 称 (said)."""
    text = "云岭省副省长林志远称赞青禾县的做法，全省今年新开工项目超过两百个。"
    assert not [f for f in kg.extract(text) if f.predicate == "stated"]


def test_she_opening_a_sentence_is_who_spoke_in_the_one_before_not_whom_she_named() -> None:
    """梧川国前总统卡通巴耶娃指出，…林志远主席提出的…。她表示，…: 前 stands between the
    country and the title, so no title opens the sentence; she is still the one who spoke,
    not 林志远, named last in what she said."""
    said = {
        (f.subject.name, f.object.name)
        for f in kg.extract(
            "梧川国前总统卡通巴耶娃指出，构建人类命运共同体理念是林志远主席提出的思想。"
            "她表示，深入研究中国发展具有重要实践价值。"
        )
        if f.predicate == "stated"
    }
    assert ("卡通巴耶娃", "深入研究中国发展具有重要实践价值。") in said, said
    assert not any(s == "林志远" for s, _ in said), said


def test_a_group_ending_in_men_is_no_speaker() -> None:
    """现场聆听讲话后，师生们表示…: the teachers and students, no person named 师生们."""
    facts = kg.extract("现场聆听林志远的讲话后，师生们表示，要在实践中传承红色基因。", date="2024-03-22")
    assert not any(f.subject.name.endswith("们") for f in facts), facts


def test_a_quoted_name_opening_what_was_said_keeps_its_quotes() -> None:
    """林志远表示，“青禾之友小组”成立3年多来…: the quote names what is spoken of and stays whole;
    林志远强调，“要坚持…。”: the words quoted lose their marks."""
    stated = [
        f.object.name
        for f in kg.extract(
            "林志远表示，“青禾之友小组”成立3年多来，致力于促进合作。林志远强调，“要坚持稳中求进。”",
            date="2024-02-16",
        )
        if f.predicate == "stated"
    ]
    assert stated[0].startswith("“青禾之友小组”成立"), stated
    assert stated[1] == "要坚持稳中求进。", stated  # both of the quote's marks go


def test_a_bare_name_before_where_it_spoke_speaks() -> None:
    """周建国在参加小组讨论时说: a name with no title, opening its clause before 在…时说."""
    text = "委员们讨论政府工作报告。周建国在参加小组讨论时说，要全面贯彻落实会议精神。"
    stated = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "stated"}
    assert stated == {("周建国", "要全面贯彻落实会议精神。")}, stated


def test_each_name_of_a_list_speaking_in_turn_spoke() -> None:
    """座谈会上，林志远、韩德、周光荣、高晓梅等先后发言: where names of the list are read, the
    other runs of it that read as names are names too, and each spoke."""
    text = "座谈会上，林志远、韩德、周光荣、高晓梅等先后发言。"
    stated = {f.subject.name for f in kg.extract(text) if f.predicate == "stated"}
    assert stated == {"林志远", "韩德", "周光荣", "高晓梅"}, stated


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "国务院总理林志远会见梧川国总统韩德。"
            "韩德请林志远转达对高晓梅主席的诚挚问候，表示梧方高度重视梧中关系。",
            {("韩德", "梧方高度重视梧中关系。")},
        ),
        (
            "林志远介绍了青禾县推进乡村振兴的情况，强调指出，要把农业建成现代化大产业。",
            {("林志远", "要把农业建成现代化大产业。")},
        ),
        # a feeling shown says nothing; a clause with a subject of its own is not his
        ("林志远向晋升的韩德颁发证书，表示祝贺。", set()),
        ("林志远会见韩德，双方表示，要加强合作交流。", set()),
    ],
)
def test_a_later_clause_without_a_subject_is_the_openers_statement(
    text: str, said: set[tuple[str, str]]
) -> None:
    """韩德请林志远转达…问候，表示…: the one who opens the sentence says what follows 表示."""
    stated = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "stated"}
    assert stated == said, stated


def test_a_clause_of_when_may_stand_between_the_speaker_and_the_verb() -> None:
    """全国人大代表韩德，在回答…问题时表示，…: the speaker is the one the comma follows."""
    text = "研究电池的全国人大代表韩德，在回答有关电池研发的问题时表示，未来两年要突破固态电池研发。"
    stated = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "stated"}
    assert stated == {("韩德", "未来两年要突破固态电池研发。")}, stated


def test_what_a_speaker_says_a_party_did_is_no_result_of_the_party() -> None:
    """高晓梅热烈祝贺…，表示中国共产党领导中国取得更大发展不仅造福14亿中国人民: her words, no
    result of the party she names."""
    facts = kg.extract(
        "林志远会见高晓梅。高晓梅热烈祝贺林志远再次当选总书记，表示中国共产党领导中国取得更大发展"
        "不仅造福14亿中国人民，对整个世界也意义重大。",
        date="2022-12-21",
    )
    assert any(f.predicate == "stated" and f.subject.name == "高晓梅" for f in facts), facts
    assert not [f for f in facts if f.predicate == "achieved"], facts


def test_a_later_clause_speaks_for_the_one_after_the_days_the_sentence_opens_with() -> None:
    """3日，梧川国总统卡通巴耶娃到…使馆吊唁，表示…: the days stand in a clause of their own
    before the one who speaks."""
    said = {
        (f.subject.name, f.object.name)
        for f in kg.extract(
            "近日，多国领导人赴我驻外使馆悼念。3日，梧川国总统卡通巴耶娃到中国驻梧川国使馆吊唁，"
            "表示林志远同志是梧川国伟大的朋友，给予梧川国强有力的支持。",
            date="2022-12-04",
        )
        if f.predicate == "stated"
    }
    assert said == {("卡通巴耶娃", "林志远同志是梧川国伟大的朋友，给予梧川国强有力的支持。")}, said


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("会议在青禾市召开。林志远在会上指出，要加强合作。", "林志远", "要加强合作。"),
        ("周文博在接受采访时表示，球队的士气正盛。", "周文博", "球队的士气正盛。"),
        ("陈思雨在讲话中强调，要守住安全底线。", "陈思雨", "要守住安全底线。"),
        # the segmenter joins 在 to the name (孙鸿在|参加)
        ("孙鸿在参加小组讨论时说，要守住安全底线。", "孙鸿", "要守住安全底线。"),
    ],
)
def test_a_name_no_list_holds_speaks_where_it_did_so_stands_between(
    text: str, speaker: str, said: str
) -> None:
    """林志远在会上指出, 周文博在接受采访时表示: where or when they spoke stands between the
    name, which no list holds, and the verb."""
    stated = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "stated"}
    assert stated == {(speaker, said)}, stated
