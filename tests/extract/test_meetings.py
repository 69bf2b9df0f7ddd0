"""Meetings: sentences we wrote -> convened, heldOn and attended facts."""

from __future__ import annotations

import pytest

from tests.conftest import triples

COHELD = (
    "4月10日，江川市青山区召开2024年宣传思想文化工作会议暨全国文明城区创建动员大会。"
    "江川市青山区委书记林志远，区委副书记、区长高晓梅，区领导陈思雨参加会议。"
)


def test_coheld_meetings_each_get_convener_date_and_attendees() -> None:
    facts = triples(COHELD, date="2024-04-12")
    for meeting in ("2024年宣传思想文化工作会议", "全国文明城区创建动员大会"):
        assert ("青山区", "convened", meeting) in facts
        assert (meeting, "heldOn", "2024-04-10") in facts
        for person in ("林志远", "高晓梅", "陈思雨"):
            assert (person, "attended", meeting) in facts


def test_day_only_date_in_the_previous_month() -> None:
    facts = triples("28日上午，梧川市人大常委会召开第十八次会议。", date="2025-11-05")
    assert ("梧川市人大常委会第十八次会议", "heldOn", "2025-10-28") in facts


def test_tomorrows_meeting_held_at_a_cemetery_is_dated_and_has_no_convener() -> None:
    """今天（…）…；明天上午，…烈士陵园将举行X: X is held the day after, at the cemetery (a
    venue, not the city it lies in); 第三批在外…仪式 is one name, 在 inside it. 今天 in a
    later sentence is still the article's day, not 明天's."""
    facts = triples(
        "今天（6月3日），第三批在外烈士遗骸回国。明天上午，青州烈士陵园将举行第三批在外烈士"
        "遗骸安葬仪式。今天下午，青州市召开烈士褒扬工作会议。",
        date="2026-06-03",
    )
    assert ("第三批在外烈士遗骸安葬仪式", "heldOn", "2026-06-04") in facts, facts
    assert ("烈士褒扬工作会议", "heldOn", "2026-06-03") in facts, facts
    assert not any(p == "convened" and o.endswith("安葬仪式") for s, p, o in facts), facts


@pytest.mark.parametrize("joint", ["和", "和夫人"])
def test_hosts_joined_by_he_both_attend_what_they_hold_for_their_guests(joint: str) -> None:
    """A和B在…为C夫妇举行欢迎宴会: both hosts are at the banquet, B named only there."""
    facts = triples(
        "国家主席林志远会见巴罗总统。"
        f"当晚，林志远{joint}苏晓梅在青禾宾馆为巴罗夫妇举行欢迎宴会。",
        date="2025-11-25",
    )
    for person in ("林志远", "苏晓梅", "巴罗"):
        assert (person, "attended", "欢迎宴会") in facts, facts
    assert not any(s == "苏晓梅" and p == "holdsPost" for s, p, o in facts), facts


def test_hosts_named_with_their_titles_and_wives_all_attend_what_they_hold() -> None:
    """A夫妇、<title>B夫妇共同为C举行欢迎宴会: the second host, titled, is there too."""
    facts = triples(
        "当晚，梧川国总书记韩德夫妇、梧川国国家主席黎文山夫妇共同为国家主席林志远举行欢迎宴会。",
        date="2025-11-25",
    )
    for person in ("韩德", "黎文山", "林志远"):
        assert (person, "attended", "欢迎宴会") in facts, facts


def test_a_part_before_ji_with_no_head_of_its_own_is_one_name_with_what_follows() -> None:
    """X暨Y表彰大会, X no meeting of its own: one meeting, X暨Y表彰大会, and 先进集体和个人
    is one part of it (和 joins no two meetings there)."""
    facts = triples(
        "第三次全省自强模范暨助残先进集体和个人表彰大会3日在青州举行。苏晓梅出席大会。",
        date="2026-07-03",
    )
    name = "第三次全省自强模范暨助残先进集体和个人表彰大会"
    assert (name, "heldOn", "2026-07-03") in facts, facts
    assert ("苏晓梅", "attended", name) in facts, facts


def test_dang_de_is_part_of_a_study_meetings_name_but_not_of_a_plenums() -> None:
    """学习贯彻党的二十大精神专题研讨会: one name, 党的 in it; 党的二十届三中全会: the plenum
    is 二十届三中全会."""
    facts = triples(
        "青州市委5日召开学习贯彻党的二十大精神专题研讨会，苏晓梅出席会议。"
        "林志远出席了党的二十届三中全会。",
        date="2024-08-05",
    )
    assert ("苏晓梅", "attended", "学习贯彻党的二十大精神专题研讨会") in facts, facts
    assert ("林志远", "attended", "二十届三中全会") in facts, facts


def test_a_body_opening_the_sentence_holds_what_a_clause_of_where_after_times_tells() -> None:
    """A作为…，当地时间…，也就是北京时间…，在…举行了X: A holds X; not where a clause between
    them tells something else."""
    facts = triples(
        "江苏代表团作为首个抵达的代表团，当地时间昨天晚上，也就是北京时间今天凌晨，"
        "在新闻中心举行了第一场媒体吹风会。",
        date="2026-05-08",
    )
    assert ("江苏代表团", "convened", "第一场媒体吹风会") in facts, facts
    facts = triples(
        "江苏代表团作为首个抵达的代表团，受到热烈欢迎，在新闻中心举行了第一场媒体吹风会。",
        date="2026-05-08",
    )
    assert not any(p == "convened" for s, p, o in facts), facts


def test_one_who_speaks_at_a_named_press_conference_attended_it() -> None:
    """A在例行记者会上表示: a press conference is a meeting, and words said at a meeting
    named there make the speaker one of those present."""
    facts = triples("外事办发言人苏晓梅5日在例行记者会上表示，有关报道没有根据。", date="2026-06-05")
    assert ("苏晓梅", "attended", "例行记者会") in facts, facts
    facts = triples("去年12月，省委书记林志远在云岭省农村工作会议上强调，要守好耕地。", date="2026-01-05")
    assert ("林志远", "attended", "云岭省农村工作会议") in facts, facts


def test_one_who_escorts_a_visitor_does_not_host_the_visitors_talk() -> None:
    """X在A陪同下…会见B: A escorts, A met no one (X, unnamed as a person, hosts)."""
    facts = triples("据报道，代表团曾在青禾国副委员长巴罗陪同下访问中国并会见前国家主席林志远。")
    assert not any(p == "attended" and "巴罗会见" in o for s, p, o in facts), facts


def test_the_first_person_after_a_day_and_an_opening_at_a_meeting_attended_it() -> None:
    """6月5日，在X的间隙，A表示: A was at X."""
    facts = triples(
        "6月5日，在“2026青禾能源高峰对话会”的间隙，市能源局副局长苏晓梅对记者表示，规划已确立。",
        date="2026-06-06",
    )
    assert ("苏晓梅", "attended", "2026青禾能源高峰对话会") in facts, facts


def test_a_subject_joined_by_he_attends_with_what_a_later_verb_tells() -> None:
    """A和B还共同见证了…，出席了X: both attended X."""
    facts = triples(
        "副总理林志远会见副总理苏晓梅。林志远和苏晓梅还共同见证了合作成果展示，出席了青州工业园植树仪式。",
        date="2026-06-05",
    )
    for person in ("林志远", "苏晓梅"):
        assert (person, "attended", "青州工业园植树仪式") in facts, facts


def test_every_guest_listed_after_what_they_came_for_attended_it() -> None:
    """会见来华出席X的A、B: both came for X; 分别会见来华出席…活动的A、B, the event no
    meeting read: neither attends the other's talk."""
    facts = triples(
        "林志远会见来华出席青禾论坛2026年年会的青禾集团总裁巴罗、青州银行董事长苏晓梅。",
        date="2026-03-29",
    )
    for person in ("巴罗", "苏晓梅"):
        assert (person, "attended", "青禾论坛2026年年会") in facts, facts
    facts = triples(
        "国家副主席林志远4日分别会见来华出席纪念建城80周年活动的梧川国总理巴罗、青禾国副总理苏晓梅。",
        date="2026-09-04",
    )
    assert ("巴罗", "attended", "林志远会见苏晓梅") not in facts, facts
    assert ("苏晓梅", "attended", "林志远会见巴罗") not in facts, facts


def test_a_place_after_zhu_holds_nothing() -> None:
    """驻澳门部队某连举行建连仪式: 澳门 is where the unit is stationed, no convener."""
    facts = triples("驻澳门部队某连今天举行建连仪式。", date="2025-09-28")
    assert not any(p == "convened" for s, p, o in facts), facts


def test_the_presidents_wife_named_after_his_title_attends() -> None:
    """林志远主席夫人苏晓梅，…等出席欢迎仪式: she is a person, and attends."""
    facts = triples(
        "国家主席林志远12日举行仪式欢迎巴罗总统。林志远主席夫人苏晓梅，外交部长韩德等出席欢迎仪式。",
        date="2026-04-12",
    )
    assert ("苏晓梅", "attended", "欢迎仪式") in facts, facts


def test_an_agenda_is_no_meeting() -> None:
    """大会议程: the congress's agenda (议程), no meeting named 大会议."""
    facts = triples("本次大会将于3月5日上午开幕，大会议程包括审议政府工作报告等9项。", date="2026-03-04")
    assert not any("大会议" in s for s, p, o in facts), facts


def test_a_meeting_spoken_of_is_none_the_sentences_after_tell_of() -> None:
    """他强调，全省科技大会吹响了…: what he says of a meeting; 参加有关调研 later attends
    none."""
    facts = triples(
        "副总理林志远在青州调研。他强调，全省科技大会吹响了建设科技强省的进军号。"
        "省委书记苏晓梅参加有关调研。",
        date="2026-07-05",
    )
    assert not any(p == "attended" and s == "苏晓梅" for s, p, o in facts), facts


def test_a_verb_and_hao_open_no_meetings_name() -> None:
    """代表要完成好大会预定任务: 完成好 (do well) opens no meeting's name."""
    facts = triples("代表要完成好大会预定任务。委员长林志远主持座谈会。", date="2025-12-23")
    assert not any("完成好" in s or "完成好" in o for s, p, o in facts), facts


def test_a_day_still_to_come_is_in_the_articles_month_and_a_count_names_no_meeting() -> None:
    """第二期展会将持续至27日，其间还将举办超160场行业论坛: the 27th of this month; how many
    forums, not one. 青禾论坛将于28日开幕: the 28th of this month."""
    facts = triples(
        "第二期展会将持续至27日，其间还将举办超160场行业论坛。第三届青禾论坛将于28日开幕。",
        date="2026-04-23",
    )
    held = {(s, o) for s, p, o in facts if p == "heldOn"}
    assert ("第三届青禾论坛", "2026-04-28") in held, held
    assert not any("160场" in s for s, o in held), held


def test_a_count_of_meetings_or_a_founding_date_names_no_meeting() -> None:
    """召开3次会议, 出席两次全体会议, 已举办了三届部长级会议: how many meetings, none named;
    青禾合作论坛于2004年1月成立: when the forum began, not a day it was held. A session's
    届 after 了 is still its name (审议了十四届全国人大三次会议…的决议)."""
    facts = triples(
        "青禾合作论坛于2004年1月成立，迄今已举办了三届部长级会议。"
        "梧川市委常委会先后召开3次会议进行审议。林志远先后出席两次全体会议。"
        "11日上午，各代表团审议了十四届全国人大三次会议关于政府工作报告的决议。",
        date="2025-03-12",
    )
    named = {o for s, p, o in facts if p in ("attended", "convened")}
    named |= {s for s, p, o in facts if p == "heldOn"}
    assert not any(name.startswith(("三届", "3次", "两次")) for name in named), facts
    assert ("青禾合作论坛", "heldOn", "2004-01") not in facts
    assert ("十四届全国人大三次会议", "heldOn", "2025-03-11") in facts, facts


def test_a_meetings_name_starts_after_we_this_and_today() -> None:
    """出席我们首届青禾地产百杰大会, 梧川公司今天这个论坛: 我们, 今天 and 这个 are no part of a
    meeting's name."""
    facts = triples(
        "青禾公司总经理韩德出席我们首届青禾地产百杰大会并致辞。"
        "青禾公司董事长林志远：很高兴参加梧川公司今天这个论坛。",
        date="2009-05-01",
    )
    meetings = {o for s, p, o in facts if p == "attended"}
    assert "首届青禾地产百杰大会" in meetings, facts
    assert not any(word in m for m in meetings for word in ("我们", "今天", "这个")), facts


def test_who_points_out_anothers_attendance_and_all_the_summits_attend_nothing() -> None:
    """林志远指出，韩德总统出席了…举办的所有峰会: the speaker was not there, and 所有峰会 (all
    the summits, 历次峰会) names no one meeting."""
    facts = triples(
        "9月2日，国家主席林志远会见来华出席青禾合作论坛峰会的梧川国总统韩德。"
        "林志远指出，韩德总统出席了青禾合作论坛成立以来举办的所有峰会。"
        "2013年以来，林志远主席出席历次青禾合作论坛峰会。",
        date="2024-09-02",
    )
    meetings = {o for s, p, o in facts if p == "attended"}
    assert not any(m.startswith(("所有", "历次")) for m in meetings), facts
    assert ("林志远", "attended", "青禾合作论坛峰会") not in facts, facts


def test_what_was_witnessed_at_another_time_attends_no_meeting_reported_now() -> None:
    """去年9月，高晓梅同韩德…共同见证签署…: done then, not at the groundbreaking reported now;
    a year in a meeting's name (2023年度…座谈会) is no other time."""
    text = (
        "1月19日，国务院总理林志远在梧川市出席青禾铁路开工仪式。"
        "林志远表示，去年9月，国家主席高晓梅同梧川国总统韩德在北京共同见证签署谅解备忘录。"
        "全国政协19日在京召开2023年度宏观经济形势分析座谈会，全国政协主席陈思雨出席并讲话。"
    )
    facts = triples(text, date="2024-01-19")
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert ("林志远", "青禾铁路开工仪式") in attended, attended
    assert ("陈思雨", "2023年度宏观经济形势分析座谈会") in attended, attended
    assert not {s for s, o in attended} & {"高晓梅", "韩德"}, attended


def test_bare_meeting_named_by_its_convener() -> None:
    facts = triples("省委常委会12月3日召开会议，省委书记梁正清主持会议。", date="2025-12-04")
    assert ("省委常委会会议", "heldOn", "2025-12-03") in facts
    assert ("梁正清", "attended", "省委常委会会议") in facts


def test_a_central_leading_group_convenes_and_its_leader_chairs() -> None:
    """The party's central commissions and leading groups are bodies (中央党的建设工作领导小组,
    的 and all): the meeting they hold is named after them, and who chairs it attends it."""
    text = (
        "中央党的建设工作领导小组24日召开会议，研究部署有关工作。"
        "中央党的建设工作领导小组组长林志远主持会议并讲话。高晓梅、陈思雨出席会议。"
    )
    facts = triples(text, date="2026-02-24")
    meeting = "中央党的建设工作领导小组会议"
    assert ("中央党的建设工作领导小组", "convened", meeting) in facts, facts
    assert (meeting, "heldOn", "2026-02-24") in facts
    assert {s for s, p, o in facts if p == "attended" and o == meeting} == {
        "林志远", "高晓梅", "陈思雨"
    }
    assert ("林志远", "holdsPost", "中央党的建设工作领导小组组长") in facts


def test_a_venue_is_not_a_convener() -> None:
    facts = triples("第三届数字乡村发展论坛17日在云屏市开幕，由农业农村部主办。", date="2025-06-18")
    assert ("农业农村部", "convened", "第三届数字乡村发展论坛") in facts
    assert not any(p == "convened" and s == "云屏市" for s, p, _ in facts)
    # one taking part in what is held there (参加在北京举行的…) holds nothing either
    facts = triples("此外，加拿大也将参加在北京举行的青禾教育交流年会。", date="2025-06-18")
    assert not any(p == "convened" and s == "加拿大" for s, p, _ in facts), facts
    # a place that opens the name of an event (香港书展) holds nothing the event holds
    facts = triples(
        "7月17日，香港书展开展首日举办了新书发布会。韩德出席新书发布会。", date="2024-07-18"
    )
    assert ("韩德", "attended", "新书发布会") in facts, facts
    assert not any(p == "convened" and s == "香港" for s, p, _ in facts), facts


def test_talks_are_meetings_of_their_participants() -> None:
    facts = triples("国务院总理程远航在北京会见瑞典外长卡尔松。", date="2025-09-03")
    assert ("程远航", "attended", "程远航会见卡尔松") in facts
    assert ("卡尔松", "attended", "程远航会见卡尔松") in facts


def test_speaker_at_the_meeting_attended_it() -> None:
    text = "全国政协3日在京召开专题协商会。政协副主席何振东在会上发言。"
    facts = triples(text, date="2025-07-04")
    assert ("何振东", "attended", "专题协商会") in facts
    assert ("全国政协", "convened", "专题协商会") in facts


def test_the_last_of_a_list_ending_in_deng_attended_under_its_own_name() -> None:
    text = "3月5日，国务院总理程远航会见埃斯特里亚外长卡尔松。韩立鸣、苏景川等参加会见。"
    attended = {s for s, p, _ in triples(text, date="2025-03-05") if p == "attended"}
    assert {"韩立鸣", "苏景川"} <= attended
    assert "苏景川等" not in attended


def test_the_one_supported_holds_the_meeting() -> None:
    """X支持Y举办Z: Y convened Z, not X (and 中方 is 中国)."""
    facts = triples("卡斯特表示，感谢中方支持斐济成功举办第三届太平洋岛国论坛。", date="2025-05-04")
    assert ("斐济", "convened", "第三届太平洋岛国论坛") in facts
    assert not any(p == "convened" and s == "中国" for s, p, _ in facts)
    facts = triples("斐济支持中方成功主办第五届中国—太平洋岛国论坛。", date="2025-05-04")
    assert ("中国", "convened", "第五届中国—太平洋岛国论坛") in facts


def test_a_title_in_a_meetings_name_is_taken_whole() -> None:
    facts = triples(
        "纪念建区40周年仪式暨《山与海之间》主题展览开幕式7日上午在青禾区举行。林志远出席。",
        date="2025-07-07",
    )
    assert ("林志远", "attended", "《山与海之间》主题展览开幕式") in facts
    assert ("《山与海之间》主题展览开幕式", "heldOn", "2025-07-07") in facts


def test_everyone_who_speaks_at_the_meeting_attended_it() -> None:
    facts = triples(
        "在第二届青禾经贸论坛开幕式上，林志远表示，要深化合作。"
        "青禾商会会长陈思雨宣读贺信并致辞，高晓梅致辞。",
        date="2025-05-04",
    )
    for person in ("林志远", "陈思雨", "高晓梅"):
        assert (person, "attended", "第二届青禾经贸论坛开幕式") in facts, person


# Where a meeting's name starts, read leftwards from its head: across words that hold a
# boundary character (对话, 自由, 协同, 同志), not across 此次/隆重/主题为/收看 or the quote
# it sits in.
NAME_STARTS = [
    ("10日下午，全球文明对话部长级会议在京开幕，国务委员梁文博出席。",
     ("梁文博", "attended", "全球文明对话部长级会议")),
    ("12日，2025年云岭自由贸易港全球投资大会在梧川开幕，副主席韩立出席。",
     ("韩立", "attended", "2025年云岭自由贸易港全球投资大会")),
    ("14日，梧川市召开江川梧川协同发展座谈会。", ("梧川市", "convened", "江川梧川协同发展座谈会")),
    ("12日，云岭省隆重举行纪念林志远同志诞辰100周年座谈会，省委书记高思明出席。",
     ("高思明", "attended", "纪念林志远同志诞辰100周年座谈会")),
    ("13日，梧川市举办主题为“数字经济与城市发展”研讨会，市长陈思雨出席。",
     ("陈思雨", "attended", "“数字经济与城市发展”研讨会")),
    ("“2025年云岭文化旅游大会”14日在梧川开幕，副省长韩立出席。",
     ("韩立", "attended", "2025年云岭文化旅游大会")),
    ("12日，干部群众认真收看云岭省庆祝建省70周年大会。",
     ("云岭省庆祝建省70周年大会", "heldOn", "2025-07-12")),
    ("中央军委12日在北京八一大楼隆重举行晋升上将军衔仪式。",
     ("中央军委", "convened", "晋升上将军衔仪式")),
    # 现身 (turned up at) is no part of the ceremony's name
    ("12日，韩立现身梧川极限运动大赛开幕式。",
     ("梧川极限运动大赛开幕式", "heldOn", "2025-07-12")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAME_STARTS)
def test_where_a_meeting_name_starts(text: str, expected: tuple[str, str, str]) -> None:
    facts = triples(text, date="2025-07-15")
    assert expected in facts, facts


def test_those_met_before_a_cochaired_meeting_did_not_attend_it() -> None:
    """…分别会见A、B，并同B共同主持X: the subject and B hold X; A was only met."""
    facts = triples(
        "12日，国务院副总理林志远分别会见云岭国总统高思明、副总理陈思雨，"
        "并同陈思雨共同主持双边合作联委会第三次会议。",
        date="2024-11-12",
    )
    attended = {s for s, p, o in facts if p == "attended" and o == "双边合作联委会第三次会议"}
    assert attended == {"林志远", "陈思雨"}, facts


def test_who_came_to_attend_is_the_guest_not_the_host() -> None:
    """A会见来华出席X的B: B came to attend X; the sentence does not say A did. 很高兴来华
    出席X (no 的 after X) is the speaker's own attendance."""
    facts = triples(
        "国务院总理林志远8日在杭州会见来华出席第十九届云岭运动会闭幕式的梧川国总理高思明。"
        "高思明表示，很高兴来华出席第十九届云岭运动会闭幕式。",
        date="2023-10-09",
    )
    attended = {s for s, p, o in facts if p == "attended" and o == "第十九届云岭运动会闭幕式"}
    assert attended == {"高思明"}, facts
    # 8日 is when they met, not when the closing ceremony was held
    assert not any(s == "第十九届云岭运动会闭幕式" and p == "heldOn" for s, p, o in facts), facts


def test_the_person_commemorated_did_not_attend() -> None:
    """…林志远同志亲属…参加座谈会: the relatives attended; so did the representatives
    at the symposium named after him, not he."""
    facts = triples(
        "12日，云岭省委召开纪念林志远同志诞辰100周年座谈会。省委书记高思明出席座谈会。"
        "林志远同志亲属、家乡代表，以及出席“纪念林志远同志诞辰100周年学术研讨会”的代表"
        "等参加座谈会。",
        date="2025-07-15",
    )
    assert ("高思明", "attended", "纪念林志远同志诞辰100周年座谈会") in facts, facts
    assert not any(s == "林志远" and p == "attended" for s, p, o in facts), facts


def test_a_reporters_byline_is_neither_attendee_nor_part_of_a_meeting_name() -> None:
    """(记者陈思雨、高思明) before the news: the reporters attended nothing, and the
    meeting's name starts after the bracket; a short bracket inside a name stays in it."""
    facts = triples(
        "云岭讯(记者陈思雨、高思明) 国务院总理林志远3日在人民大会堂与梧川国总理韩德举行会谈。"
        "本报讯（记者陈思雨）第八次云岭省归侨侨眷代表大会今天开幕，林志远出席。"
        "云岭省召开区文明委全体（扩大）会议，韩德出席。",
        date="2024-06-03",
    )
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert not any(s in ("陈思雨", "高思明") for s, _ in attended), attended
    assert ("林志远", "林志远同韩德会谈") in attended, attended
    assert ("林志远", "第八次云岭省归侨侨眷代表大会") in attended, attended
    assert ("韩德", "区文明委全体（扩大）会议") in attended, attended


def _attended(text: str) -> set[tuple[str, str]]:
    """(person, meeting) of the attended facts of ``text``."""
    return {(s, o) for s, p, o in triples(text, date="2024-07-06") if p == "attended"}


def _all_attended(
    attended: set[tuple[str, str]], persons: tuple[str, ...], meetings: tuple[str, ...]
) -> None:
    for person in persons:
        assert {(person, meeting) for meeting in meetings} <= attended, attended


def test_two_persons_named_before_attend_as_a_group() -> None:
    """两国元首将举行会谈, 两人共同会见记者, 他们还将共同出席X和Y: the two persons named
    just before; not a group of more, nor one of a meeting held months before."""
    attended = _attended(
        "今天上午，梧川国总统韩德将为国家主席林志远举行欢迎仪式。"
        "欢迎仪式结束后，两国元首将举行会谈，会谈后两人共同会见记者。"
        "林志远还将会见梧川国总理高思明。他们还将共同出席双边合作文件的签字仪式和经贸论坛。"
    )
    _all_attended(attended, ("林志远", "韩德"), ("会谈", "共同会见记者"))
    _all_attended(attended, ("林志远", "高思明"), ("签字仪式", "经贸论坛"))
    earlier = triples(
        "国家主席林志远会见梧川国总统韩德。今年5月，两国元首在北京举行会谈。",
        date="2024-07-06",
    )
    assert not any(p == "attended" and o == "会谈" for s, p, o in earlier), earlier
    crowd = triples(
        "国家主席林志远、梧川国总统韩德、梧川国总理高思明出席开幕式。他们还共同出席了经贸论坛。",
        date="2024-07-06",
    )
    assert not any(p == "attended" and o == "经贸论坛" for s, p, o in crowd), crowd


def test_the_host_and_the_guest_of_a_ceremony_attend_it() -> None:
    """A在…为B举行欢迎仪式/欢迎宴会: both were there (not the one the host stood in for:
    代表…); 参加上述活动: every meeting reported before; 主持开幕式: the opening ceremony
    reported, not the banquet after it."""
    attended = _attended(
        "会谈前，国家主席林志远在人民大会堂北大厅为梧川国总统韩德举行欢迎仪式。"
        "会谈后，林志远同韩德共同会见记者。"
        "当晚，林志远为韩德举行欢迎宴会。高思明、陈思雨参加上述活动。"
    )
    _all_attended(attended, ("林志远", "韩德", "高思明", "陈思雨"), ("欢迎仪式", "欢迎宴会"))
    stood_in = triples(
        "梧川国王储代表国王韩德为国家主席林志远举行欢迎仪式。", date="2024-07-06"
    )
    assert not any(s == "韩德" and p == "attended" for s, p, o in stood_in), stood_in
    opening = triples(
        "7日，第三届云岭论坛开幕式在青禾举行，国家副主席林志远出席开幕式并致辞。"
        "当晚，林志远为与会嘉宾举行欢迎宴会。副主席高思明主持开幕式。",
        date="2024-07-08",
    )
    assert ("高思明", "attended", "第三届云岭论坛开幕式") in opening, opening


def test_whom_a_meeting_is_held_for_convenes_nothing_and_peace_stays_in_a_name() -> None:
    """韩德为金砖国家领导人举行的欢迎宴会: the group it is held for holds nothing;
    世界青年和平大会: 和 in 和平 is no boundary of the name."""
    facts = triples(
        "23日晚，林志远出席梧川国总统韩德为金砖国家领导人举行的欢迎宴会。"
        "世界青年和平大会当日在青禾举行，由云岭省人民对外友好协会主办。",
        date="2024-10-24",
    )
    assert not any(p == "convened" and o == "欢迎宴会" for s, p, o in facts), facts
    assert any(s == "世界青年和平大会" and p == "heldOn" for s, p, o in facts), facts


def test_a_meeting_name_starts_after_cong_and_ji() -> None:
    """记者（…）从X新闻发布会上获悉; …的会议——第九次党代会，即古田会议: 从 and 即 are no
    part of the name."""
    facts = triples(
        "记者今天（4月18日）从云岭省新闻发布会上获悉，今年春运客流回升。"
        "4月18日，青禾县召开了一次影响深远的会议，即青禾会议。",
        date="2024-04-18",
    )
    held = {s for s, p, o in facts if p == "heldOn"}
    assert {"云岭省新闻发布会", "青禾会议"} <= held, facts
    assert not any(s.startswith(("从", "即")) for s in held), held


def test_a_place_after_a_kind_of_place_or_in_a_list_of_venues_is_a_venue() -> None:
    """在苏丹首都喀土穆召开, 在杭州和成都举办: the places are where, not who."""
    facts = triples(
        "双方同意于2025年初在苏丹首都喀土穆召开第二届云岭能源合作大会。"
        "今年，云岭商会在杭州和成都举办了两场区域巡回峰会。",
        date="2024-07-05",
    )
    conveners = {s for s, p, o in facts if p == "convened"}
    assert not conveners & {"喀土穆", "杭州", "成都"}, facts


def test_a_special_envoy_attends_for_the_one_who_sent_them_and_a_luncheon_is_an_event() -> None:
    """林志远主席特别代表、国务院副总理韩德…出席…峰会: 韩德 attended, not 林志远; a 午宴 that
    someone hosts is an event its guests attend (not the talks before it)."""
    text = (
        "当地时间11月6日，林志远主席特别代表、国务院副总理韩德在梧川国出席第30次缔约方大会"
        "气候峰会并致辞。与会期间，韩德会见了联合国秘书长古特雷斯。"
        "当天，韩德应邀出席梧川国总统卢拉主持的“雨林基金”主题午宴并致辞。"
    )
    facts = triples(text, date="2025-11-07")
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert ("韩德", "第30次缔约方大会气候峰会") in attended, attended
    assert not any(s == "林志远" for s, o in attended), attended
    assert ("韩德", "“雨林基金”主题午宴") in attended, attended
    assert ("卢拉", "韩德会见古特雷斯") not in attended, attended


def test_a_speech_named_is_no_speech_given_at_the_meeting() -> None:
    """会议指出，林志远总书记在全会上所作的重要讲话…: the meeting studies a speech given
    elsewhere; its speaker did not attend. 韩德发表重要讲话 is a speech given there."""
    text = (
        "10月24日，梧川市委召开常委会会议。会议指出，林志远总书记在全会上所作的重要讲话，"
        "为做好各方面工作提供了科学指南。市委书记韩德发表重要讲话。"
    )
    attended = {(s, o) for s, p, o in triples(text, date="2025-10-24") if p == "attended"}
    assert not any(s == "林志远" for s, o in attended), attended
    assert ("韩德", "常委会会议") in attended, attended


def test_a_meeting_congratulated_on_is_not_the_one_reported() -> None:
    """韩德热烈祝贺第三届…论坛: 祝贺 starts no meeting's name; a plenum congratulated on
    (祝贺…全会胜利召开) is held elsewhere: those at the talks, and at the rally, did not
    attend it; a rally (群众集会) is an event, its square (集会广场) no meeting."""
    text = (
        "国家副主席林志远会见来华出席第三届梧川合作高峰论坛的梧川国总统韩德。"
        "韩德热烈祝贺第三届梧川合作高峰论坛圆满成功，祝贺中共二十届四中全会胜利召开。"
        "访问期间，林志远出席梧川国50周年国庆群众集会。高晓梅等参加上述活动。"
    )
    facts = triples(text, date="2025-12-03")
    meetings = {o for s, p, o in facts if p == "attended"}
    assert not any("祝贺" in m for m in meetings), meetings
    assert "中共二十届四中全会" not in meetings, meetings
    assert ("林志远", "attended", "梧川国50周年国庆群众集会") in facts, facts
    square = triples("公祭仪式在纪念馆集会广场举行。市委书记林志远出席并讲话。")
    assert not any(o.endswith("集会") for s, p, o in square), square


def test_a_word_that_holds_a_boundary_word_stays_in_a_meeting_name() -> None:
    """台湾民主自治同盟第十一届中央委员会第二次全体会议: 同 (with) ends a name, 同盟
    (league) does not."""
    facts = triples(
        "12月5日至6日，台湾民主自治同盟第十一届中央委员会第二次全体会议在京召开。",
        date="2023-12-05",
    )
    held = {s for s, p, o in facts if p == "heldOn"}
    assert held == {"台湾民主自治同盟第十一届中央委员会第二次全体会议"}, held


def test_a_place_before_the_square_a_meeting_is_held_in_is_where_not_who() -> None:
    """云岭省雪城广场举行升国旗仪式: 云岭省 is where; 全国人大常委会在北京人民大会堂举行
    宣誓仪式: the standing committee still holds it."""
    facts = triples(
        "今天上午，云岭省雪城广场举行升国旗仪式。"
        "闭幕会后，全国人大常委会在北京人民大会堂举行宪法宣誓仪式。",
        date="2023-03-28",
    )
    convened = {(s, o) for s, p, o in facts if p == "convened"}
    assert not any(s == "云岭省" for s, o in convened), convened
    assert ("全国人大常委会", "宪法宣誓仪式") in convened, convened


def test_a_meeting_a_briefing_tells_of_is_neither_named_nor_dated_by_it() -> None:
    """召开新闻发布会，介绍2026青禾论坛年会有关情况: the briefing was today; the forum it
    tells of is held later, and 介绍 is no part of its name."""
    facts = triples(
        "梧川市政府新闻办公室今天（3月18日）召开新闻发布会，介绍2026青禾论坛年会有关情况。",
        date="2026-03-18",
    )
    held = {(s, o) for s, p, o in facts if p == "heldOn"}
    assert ("新闻发布会", "2026-03-18") in held, held
    assert not any("论坛" in s for s, o in held), held


def test_a_summit_during_which_talks_are_held_and_who_joins_the_talks() -> None:
    """出席…非正式会议期间会见…: the summit was attended; 韩德等参加会见 joined the talks,
    not the summit."""
    text = (
        "当地时间11月15日下午，国家主席林志远在利马出席梧川合作组织领导人非正式会议期间"
        "会见智利总统博里奇。中央政治局委员韩德等参加会见。"
    )
    attended = {(s, o) for s, p, o in triples(text, date="2024-11-16") if p == "attended"}
    assert ("林志远", "梧川合作组织领导人非正式会议") in attended, attended
    assert ("韩德", "林志远会见博里奇") in attended, attended
    assert ("韩德", "梧川合作组织领导人非正式会议") not in attended, attended


def test_a_person_who_holds_a_meeting_attended_it() -> None:
    """林志远5日召开专家和企业家座谈会: he was at it, and the meeting is of both (和 joins
    two groups of one meeting, not two meetings); …，并召开…座谈会: the sentence's subject
    held it."""
    facts = triples(
        "云岭省委书记林志远5日召开专家和企业家座谈会，听取意见建议。"
        "中央纪委书记高晓梅到云岭省调研。调研期间，高晓梅来到云岭省纪委监委，看望机关干部，"
        "并召开部分市县纪委书记座谈会。",
        date="2026-04-06",
    )
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert ("林志远", "专家和企业家座谈会") in attended, attended
    assert ("高晓梅", "部分市县纪委书记座谈会") in attended, attended
    assert ("专家和企业家座谈会", "heldOn", "2026-04-05") in facts, facts


def test_two_meetings_joined_by_and_stay_two() -> None:
    """出席开幕式和欢迎宴会: a meeting before 和 makes it two; so does 以及."""
    facts = triples("国家主席林志远出席开幕式和欢迎宴会。", date="2026-04-06")
    assert not any("和" in o for s, p, o in facts if p == "attended"), facts
    both = triples("国家主席林志远将出席云岭合作组织峰会以及梧川国领导人会晤。", date="2026-04-06")
    attended = {o for s, p, o in both if p == "attended" and s == "林志远"}
    assert attended == {"云岭合作组织峰会", "梧川国领导人会晤"}, both


def test_an_adverb_after_a_name_is_no_part_of_it() -> None:
    """韩德还主持召开了…座谈会: 韩德 chaired it; 韩德还 is nobody."""
    facts = triples("调研期间，韩德还主持召开了梧川市科技工作座谈会。", date="2026-04-06")
    assert ("韩德", "attended", "梧川市科技工作座谈会") in facts, facts


def test_the_one_met_while_attending_and_the_ones_who_speak_of_attendance() -> None:
    """会见了正在梧都出席X的Y: Y attended X, not the host; 韩德表示他期待着高晓梅主席…出席X:
    the one who looks forward to it did not attend it, nor did the one asked to pass the
    greetings on."""
    met = triples(
        "梧川国总统韩德29日会见了正在梧都出席“金砖四国”安全事务高级代表会议的中国国务委员林志远。",
        date="2009-05-29",
    )
    forum = "“金砖四国”安全事务高级代表会议"
    assert ("林志远", "attended", forum) in met, met
    assert ("韩德", "attended", forum) not in met, met
    looked_forward = triples(
        "梧川国总统韩德会见国务委员林志远。韩德请林志远转达他对高晓梅主席的亲切问候，"
        "表示他期待着高晓梅主席即将对梧川国进行国事访问并出席云岭合作组织峰会。",
        date="2009-05-29",
    )
    summit = {s for s, p, o in looked_forward if p == "attended" and o == "云岭合作组织峰会"}
    assert summit == {"高晓梅"}, looked_forward
    delegates = triples(
        "云岭省人大常委会主任林志远24日上午同列席省十四届人大常委会第六次会议的省人大代表座谈交流。"
        "林志远等一同出席省人大常委会第七次会议。第三届青禾运动会开幕式在青禾的体育中心举行。"
        "省体育局局长林志远等一同出席。",
        date="2023-10-24",
    )
    attended = {o for s, p, o in delegates if p == "attended" and s == "林志远"}
    assert not any("第六次" in o for o in attended), delegates
    assert any("第七次" in o for o in attended), delegates
    assert "第三届青禾运动会开幕式" in attended, delegates


def test_who_joins_the_talks_joins_the_ones_reported_not_the_ones_spoken_of() -> None:
    """韩德会见高晓梅; 韩德表示，林志远主席同高晓梅总书记成功会晤…; 陈思雨参加会见: 陈思雨
    joined 韩德会见高晓梅, not the earlier talks 韩德 spoke of."""
    text = (
        "11月1日，云岭省人大常委会主任韩德在青禾会见梧川国总书记高晓梅。"
        "韩德表示，林志远主席昨天同高晓梅总书记成功会晤，达成一系列重要共识。"
        "陈思雨参加会见。"
    )
    attended = {o for s, p, o in triples(text, date="2022-11-01") if p == "attended" and s == "陈思雨"}
    assert attended == {"韩德会见高晓梅"}, attended


def test_who_holds_a_meeting_named_by_its_kind_or_by_a_body_the_recogniser_missed() -> None:
    """本届论坛…，由X主办: X holds the forum just reported (本次大会 is no forum; 中宣部 is
    a body kg knows)."""
    forum = triples(
        "第三届青禾论坛18日在梧川开幕。本届论坛主题为“绿色发展”，由云岭省人民政府主办。"
        "第四届青禾论坛19日在梧川开幕。本次大会由梧川市人民政府主办。",
        date="2026-05-21",
    )
    convened = {(s, o) for s, p, o in forum if p == "convened"}
    assert any(s.endswith("人民政府") and o == "第三届青禾论坛" for s, o in convened), convened
    assert not any(o == "第四届青禾论坛" for s, o in convened), convened
    culture = triples("2026青禾文化论坛21日在梧川开幕。本届论坛由中宣部主办。", date="2026-05-21")
    assert ("中宣部", "convened", "2026青禾文化论坛") in culture, culture


def test_who_speaks_at_a_meeting_named_before_the_speech_attended_it() -> None:
    """林志远总书记12日上午在云岭省委十二届五次全会上发表重要讲话: he was at the plenum."""
    facts = triples(
        "云岭省委总书记林志远12日上午在云岭省委十二届五次全会上发表重要讲话。", date="2026-01-12"
    )
    assert ("林志远", "attended", "云岭省委十二届五次全会") in facts, facts


def test_the_subject_who_sees_a_guest_off_hosts_the_ceremony() -> None:
    """韩德和夫人到机场送行，为林志远举行欢送仪式: 韩德 hosted, 林志远 was its guest."""
    facts = triples(
        "国家主席林志远离开梧都。梧川国国务委员长韩德和夫人到机场送行，为林志远和夫人举行隆重的欢送仪式。",
        date="2026-06-09",
    )
    attended = {s for s, p, o in facts if p == "attended" and o == "欢送仪式"}
    assert attended == {"韩德", "林志远"}, facts


def test_talks_with_the_one_who_opens_the_clause_before() -> None:
    """韩德表示，今年5月，林志远主席对梧川国进行国事访问，同高晓梅总统举行会谈: 林志远 met
    高晓梅 (not 韩德, who speaks of it)."""
    facts = triples(
        "梧川国总理韩德表示，今年5月，林志远主席对梧川国进行历史性国事访问，"
        "同高晓梅总统举行富有成果的会谈。",
        date="2024-11-05",
    )
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert attended == {("林志远", "林志远同高晓梅会谈"), ("高晓梅", "林志远同高晓梅会谈")}, facts


def test_what_names_no_meeting_attended_and_a_video_address() -> None:
    """林志远8日在X会议上发表视频致辞: he spoke at it. 此访是Y会议后…, 出席近30场活动, 学习
    林志远主席讲话精神: none is a meeting he attended, nor is 是 part of Y's name."""
    spoke = triples(
        "云岭省委书记林志远8日在梧川友好小组议会领导人第二次会议上发表视频致辞。", date="2025-10-09"
    )
    assert ("林志远", "attended", "梧川友好小组议会领导人第二次会议") in spoke, spoke
    text = (
        "云岭省委工作会议4月2日在青禾召开。国家主席林志远此访是云岭省委工作会议后采取的一次重大外交行动。"
        "五天四夜时间里，林志远主席密集出席近30场活动。"
        "与会者表示，要认真学习落实林志远主席讲话精神。"
    )
    facts = triples(text, date="2025-04-20")
    assert not any(s == "林志远" and p == "attended" for s, p, o in facts), facts
    held = {s for s, p, o in facts if p == "heldOn"}
    assert held == {"云岭省委工作会议"}, held


def test_a_verb_of_attending_whose_object_is_no_meeting_attends_none() -> None:
    """主持了财税体制改革, 参加过…飞行任务, 主持人, 主持公道, 见证者: no meeting, not the one
    the article reports; 主持, 出席并讲话 and 参加审议 alone take it."""
    text = (
        "云岭省委工作会议4月2日在青禾召开。省委书记林志远主持。省长韩德出席并讲话。"
        "陈思雨参加青禾代表团审议。"
        "担任省长期间，周建国主持了财税体制改革。航天员高晓梅参加过神舟六号载人飞行任务。"
        "主持人邢晓利说，会议开得很好。云岭省愿主持公道正义，林志远是改革开放的见证者。"
    )
    attended = _attended(text)
    assert {
        ("林志远", "云岭省委工作会议"),
        ("韩德", "云岭省委工作会议"),
        ("陈思雨", "云岭省委工作会议"),
    } <= attended, attended
    for person in ("周建国", "高晓梅", "邢晓利"):
        assert not any(s == person for s, _ in attended), attended
    assert len([s for s, _ in attended if s == "林志远"]) == 1, attended


def test_a_phone_call_is_named_as_one_and_several_meetings_are_none() -> None:
    """林志远同梧川国总统韩德通电话: a call between them, not an audience (会见); 主持召开
    多次政治局会议: how many meetings, none of them named."""
    facts = triples("8月23日下午，国家主席林志远应约同梧川国总统韩德通电话。", date="2024-08-23")
    assert ("林志远", "attended", "林志远同韩德通电话") in facts, facts
    assert ("林志远同韩德通电话", "heldOn", "2024-08-23") in facts, facts
    assert not any("会见" in o for _, _, o in facts), facts
    counted = triples("一年来，林志远总书记主持召开多次中共中央政治局会议。", date="2024-12-09")
    assert not any(p == "attended" for _, p, _ in counted), counted


def test_a_visit_to_a_forum_is_no_part_of_its_name() -> None:
    """开幕式后，林志远参观2023青禾论坛前沿技术展: the forum's name starts after 参观."""
    facts = triples(
        "5月25日晚，2023青禾论坛在京开幕。开幕式后，林志远参观2023青禾论坛前沿技术展。",
        date="2023-05-26",
    )
    assert not any("参观" in s or "参观" in o for s, _, o in facts), facts


def test_a_meeting_of_a_meetings_members_is_named_whole() -> None:
    """召开2025年度主席会议成员务虚会: the 务虚会 of the members of the 主席会议, not the 主席会议."""
    facts = triples("24日上午，云岭省政协召开2025年度主席会议成员务虚会。林志远主持会议并讲话。", date="2025-07-24")
    assert ("林志远", "attended", "2025年度主席会议成员务虚会") in facts, facts
    assert not any(o == "2025年度主席会议" for _, _, o in facts), facts


def test_an_embassy_holds_its_reception_not_its_country() -> None:
    """中国驻法国大使馆…举行新春招待会: the embassy convened it; neither 中国 nor 法国 did."""
    facts = triples("中国驻法国大使馆近日在巴黎举行新春招待会，各界人士欢聚一堂。", date="2025-01-24")
    convened = {(s, o) for s, p, o in facts if p == "convened"}
    assert convened == {("中国驻法国大使馆", "新春招待会")}, facts
    # A national body named after its country (中国贸促会, in the word lists) holds its own.
    facts = triples("昨天，中国贸促会主办的第三届青禾经贸洽谈会在北京举行。", date="2025-01-24")
    convened = {(s, o) for s, p, o in facts if p == "convened"}
    assert convened == {("中国贸促会", "第三届青禾经贸洽谈会")}, facts


def test_one_who_sends_a_letter_to_a_meeting_did_not_attend_it() -> None:
    """梧川国总统韩德向论坛致贺信，云岭国副总统陈思雨发表视频致辞: the letter's sender was not
    there; the speaker was."""
    attended = _attended(
        "第三届青禾论坛6日在青禾开幕。梧川国总统韩德向论坛致贺信，云岭国副总统陈思雨发表视频致辞。"
    )
    assert ("陈思雨", "第三届青禾论坛") in attended, attended
    assert not any(s == "韩德" for s, _ in attended), attended


def test_a_long_meeting_name_opening_the_sentence_is_where_the_speaker_was() -> None:
    """在国新办今天（4月13日）举行的“权威部门话开局”系列主题新闻发布会上，局长林志远表示:
    the opening phrase may run long; he was at the briefing."""
    facts = triples(
        "在云岭省新闻办今天（4月13日）举行的“权威部门话开局”系列主题新闻发布会上，"
        "云岭省市场监管局局长林志远表示，个体工商户实现蓬勃发展。",
        date="2023-04-13",
    )
    assert ("林志远", "attended", "“权威部门话开局”系列主题新闻发布会") in facts, facts


def test_a_speaker_at_the_meeting_named_by_its_kind_attended_it() -> None:
    """X报告会今天在京举行。部长林志远在报告会上表示…: he was at it; 学习林志远总书记在全会上的
    重要讲话精神 is no speech at the meeting reported."""
    facts = triples(
        "第五场云岭经济形势报告会今天在青禾举行。云岭省农业厅厅长林志远在报告会上表示，要抓好粮食生产。"
        "韩德表示，要深入学习贯彻高晓梅总书记在全会上的重要讲话精神。",
        date="2024-01-31",
    )
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert ("林志远", "第五场云岭经济形势报告会") in attended, facts
    assert not any(s == "高晓梅" for s, o in attended), attended


def test_a_numbered_study_session_is_the_body_s_and_whose_words_are_studied_not_there() -> None:
    """云岭省委常委会就X进行第三次集体学习: the study session is 云岭省委常委会第三次集体学习,
    and 林志远 who chairs it attended; 围绕学习贯彻林志远书记讲话精神作发言 brings the one
    whose words are studied to no meeting."""
    facts = triples(
        "云岭省委常委会5月27日下午就促进高质量充分就业进行第三次集体学习。"
        "云岭省委书记林志远在主持学习时强调，要稳就业。"
        "青禾市政协主席会议6月2日召开。"
        "副主席韩德、高晓梅围绕学习贯彻林志远书记近期重要讲话精神作发言。",
        date="2024-06-03",
    )
    assert ("云岭省委常委会第三次集体学习", "heldOn", "2024-05-27") in facts, facts
    assert ("林志远", "attended", "云岭省委常委会第三次集体学习") in facts, facts
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert ("韩德", "青禾市政协主席会议") in attended, attended
    assert not any(s == "林志远" and o == "青禾市政协主席会议" for s, o in attended), attended


def test_groups_listed_before_a_meeting_s_kind_are_in_its_name() -> None:
    """参加了致公党、侨联、对外友好界委员联组会: one meeting of the three groups; 举行第一次、
    第二次全体会议 and 召开的首届X、Y峰会 stay apart."""
    facts = triples(
        "云岭省委书记林志远参加了民建、工商联界委员联组会。",
        date="2026-03-06",
    )
    attended = {o for s, p, o in facts if p == "attended" and s == "林志远"}
    assert attended == {"民建、工商联界委员联组会"}, facts
    facts = triples("云岭省人大常委会第十八次会议24日在青禾举行第一次、第二次全体会议。", date="2025-10-24")
    held = {s for s, p, o in facts if p == "heldOn"}
    assert held and not any("、" in s for s in held), held


def test_a_meeting_that_only_describes_those_met_is_not_reported() -> None:
    """林志远17日同参加第135届云岭交易会的境外采购商代表座谈: the fair tells who he met; it was
    not held that day, and who joined the talk did not attend the fair."""
    facts = triples(
        "国务院总理林志远17日在青禾同参加第135届云岭进出口商品交易会的境外采购商代表座谈。"
        "林志远认真听取大家发言。韩德参加座谈会。",
        date="2024-04-17",
    )
    assert not any(p in ("heldOn", "attended") for s, p, o in facts), facts


def test_a_community_s_name_holds_its_gong_tong() -> None:
    """梧川国家共同体论坛第四届部长级会议: 共同 (in 共同体) is no 同 that ends a name."""
    facts = triples(
        "梧川国家共同体论坛第四届部长级会议5月13日在青禾举行。", date="2025-05-13"
    )
    held = {s for s, p, o in facts if p == "heldOn"}
    assert held == {"梧川国家共同体论坛第四届部长级会议"}, facts


def test_a_ceremony_held_to_welcome_a_guest_is_the_welcome_ceremony() -> None:
    """国家主席林志远3日下午在人民大会堂北大厅举行仪式，欢迎梧川国总统韩德对我国进行国事访问:
    the welcome ceremony later named (出席欢迎仪式), held that day, with host and guest at it."""
    facts = triples(
        "国家主席林志远3日下午在人民大会堂北大厅举行仪式，欢迎梧川国总统韩德对我国进行国事访问。"
        "国务委员高晓梅等出席欢迎仪式。",
        date="2022-11-03",
    )
    attended = {s for s, p, o in facts if p == "attended" and o == "欢迎仪式"}
    assert attended == {"林志远", "韩德", "高晓梅"}, facts
    assert ("欢迎仪式", "heldOn", "2022-11-03") in facts, facts


def test_yu_joining_two_parties_or_fields_stays_in_the_name() -> None:
    """出席第25次梧川与云岭领导人会议, 出席X博览会和梧川商务与投资峰会开幕式: 与 joins
    two parties or fields of one name; 和 after a meeting still starts another; 参与 (take
    part) is no part of a name."""
    facts = triples(
        "国务院总理林志远12日在青禾出席第25次梧川与云岭领导人会议。"
        "林志远17日出席第二十届云岭博览会和梧川商务与投资峰会开幕式并致辞。",
        date="2022-11-20",
    )
    attended = {o for s, p, o in facts if p == "attended" and s == "林志远"}
    assert attended == {
        "第25次梧川与云岭领导人会议",
        "第二十届云岭博览会",
        "梧川商务与投资峰会开幕式",
    }, facts
    facts = triples(
        "云岭省政协十四届三次会议3月4日开幕。\n参与云岭省政协十四届三次会议的委员们认为，报告实事求是。",
        date="2025-03-08",
    )
    assert not any("参与" in s for s, p, o in facts), facts


def test_a_short_name_opening_its_clause_before_he_is_part_of_the_meeting_s_name() -> None:
    """1月24日，梧川和云岭国家共同体第七届峰会在青禾举行: one summit of both; 蔡奇出席会议，
    传达林志远重要指示并讲话: whose instructions are passed on was not there."""
    facts = triples(
        "1月24日，梧川和云岭国家共同体第七届峰会在青禾举行。"
        "云岭省委书记韩德出席会议，传达林志远书记重要指示并讲话。",
        date="2023-01-25",
    )
    held = {s for s, p, o in facts if p == "heldOn"}
    assert held == {"梧川和云岭国家共同体第七届峰会"}, facts
    attended = {s for s, p, o in facts if p == "attended"}
    assert attended == {"韩德"}, facts
    assert not any(s == "林志远" for s, p, o in facts if p == "stated"), facts


def test_every_body_listed_as_holding_a_meeting_convened_it() -> None:
    """由青禾市政府和梧川大学共同主办: both hold the forum; 联合 in 联合国 joins no list, so
    中国联合国教科文组织全国委员会 is one body, not 联合国."""
    facts = triples(
        "第三届青禾论坛18日在梧川开幕。第三届青禾论坛由青禾市政府和梧川大学共同主办。"
        "由教育部、中国联合国教科文组织全国委员会共同举办的首届青禾数字教育大会今天开幕。",
        date="2024-03-20",
    )
    convened = {(s, o) for s, p, o in facts if p == "convened"}
    assert {("青禾市政府", "第三届青禾论坛"), ("梧川大学", "第三届青禾论坛")} <= convened, convened
    assert ("教育部", "首届青禾数字教育大会") in convened, convened
    assert not {s for s, o in convened if s in ("联合国", "中国")}, convened


def test_a_bare_meeting_is_named_after_the_office_that_holds_it() -> None:
    """云岭省人民政府新闻办公室举行发布会: the office's briefing, not the government's; 中共全国
    人大常委会党组举行会议: the party group's meeting, not the standing committee's."""
    facts = triples(
        "1月9日，云岭省人民政府新闻办公室举行发布会。中共全国人大常委会党组10日举行会议。",
        date="2026-01-10",
    )
    held = {s for s, p, o in facts if p == "heldOn"}
    assert {"云岭省人民政府新闻办公室发布会", "全国人大常委会党组会议"} <= held, facts


def test_who_supports_and_takes_part_in_a_forum_does_not_hold_it() -> None:
    """欢迎巴方支持和参与将于…举行的…论坛: nobody named after 支持 holds it, so no one does."""
    facts = triples(
        "林志远同巴哈马众议长韩德举行会谈。林志远表示，欢迎巴方支持和参与将于今年9月在青禾举行的"
        "第四届中国－加勒比经贸合作论坛。",
        date="2024-04-09",
    )
    assert not any(p == "convened" for s, p, o in facts), facts


def test_meeting_delegates_who_came_for_a_meeting_is_not_attending_it() -> None:
    """林志远集体会见来华出席X外方代表团团长; 韩德参加会见: those met came for X, neither the
    host nor who joined the talks attended X, they attended the talks with the group;
    参加会见 after a 会晤 is at the 会晤."""
    facts = triples(
        "国家副主席林志远24日在京集体会见来华出席梧川合作组织成员国安全会议秘书第二十次会议"
        "外方代表团团长。韩德参加会见。",
        date="2025-06-24",
    )
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert {s for s, _ in attended} == {"林志远", "韩德"}, facts
    assert all(o.startswith("林志远会见") for _, o in attended), facts
    talks = triples("国家主席林志远同梧川国总统韩德举行会晤。高晓梅参加会见。", date="2025-06-24")
    assert ("高晓梅", "attended", "林志远同韩德会晤") in talks, talks


def test_the_opening_of_a_training_course_is_a_meeting() -> None:
    """林志远在…专题研讨班开班式上发表重要讲话: he attended the course's opening; 结业式 is its
    closing, a meeting too."""
    facts = triples(
        "林志远总书记在省部级主要领导干部推动金融高质量发展专题研讨班开班式上发表重要讲话。"
        "1月16日，云岭省青年干部培训班结业式在青禾举行。",
        date="2024-01-20",
    )
    assert (
        "林志远",
        "attended",
        "省部级主要领导干部推动金融高质量发展专题研讨班开班式",
    ) in facts, facts
    assert ("云岭省青年干部培训班结业式", "heldOn", "2024-01-16") in facts, facts


def test_a_body_after_zai_holding_the_meeting_it_describes_convened_it() -> None:
    """在国新办今天举行的新闻发布会上: the body held the press conference (国新办 is 国务院
    新闻办公室); after a place (在美国国务院…举行的) it is where, and gives no convener."""
    facts = triples("在国新办今天（4月12日）举行的新闻发布会上，青禾县县长林志远介绍了情况。", date="2025-04-12")
    assert ("国新办", "convened", "新闻发布会") in facts, facts
    facts = triples("在美国国务院7月24日举行的例行新闻发布会上，中美对话成为一个话题。", date="2025-07-24")
    assert not any(p == "convened" for _, p, _ in facts), facts


def test_a_meeting_held_with_many_is_attended_by_all_and_convened_by_none_of_their_bodies() -> None:
    """林志远在京同世界银行行长韩德、国际货币基金组织总裁高晓梅…举行“1+3”对话会: the one who
    holds it and everyone listed after 同 attended; the bodies they head did not hold it."""
    text = (
        "12月9日，国务院总理林志远在京同世界银行行长韩德、国际货币基金组织总裁高晓梅、"
        "世界贸易组织总干事陈思雨举行“1+3”对话会。"
    )
    facts = triples(text, date="2024-12-09")
    attended = {s for s, p, o in facts if p == "attended" and o == "“1+3”对话会"}
    assert attended == {"林志远", "韩德", "高晓梅", "陈思雨"}, facts
    assert not any(p == "convened" for _, p, _ in facts), facts


def test_a_meeting_held_with_a_group_no_one_names_is_attended_by_the_one_holding_it() -> None:
    """林志远在京同主要国际经济组织负责人举行“1+3”对话会: no one is named after 同, and the
    one who holds the dialogue still attended it."""
    text = "12月9日，国务院总理林志远在京同主要国际经济组织负责人举行“1+3”对话会。"
    facts = triples(text, date="2024-12-09")
    attended = {s for s, p, o in facts if p == "attended" and o == "“1+3”对话会"}
    assert attended == {"林志远"}, facts


def test_a_message_sent_to_a_summit_is_not_in_its_name() -> None:
    """国家主席林志远致电第38届梧川联盟峰会: the summit's name starts after 致电."""
    facts = triples("2月15日，国家主席林志远致电第38届梧川联盟峰会，表示热烈祝贺。", date="2025-02-15")
    assert ("第38届梧川联盟峰会", "heldOn", "2025-02-15") in facts, facts


def test_the_one_talked_with_needs_no_post_to_be_a_person() -> None:
    """欢迎仪式后，李强同希普金斯会谈: a transliterated name after 同 before 会谈 is a person,
    who attends the talks and speaks after them."""
    text = "欢迎仪式后，李强同希普金斯举行会谈。希普金斯表示，两国开展了广泛深入的合作。"
    facts = triples(text, date="2023-06-28")
    assert ("希普金斯", "attended", "李强同希普金斯会谈") in facts, facts
    assert any(s == "希普金斯" and p == "stated" for s, p, _ in facts), facts


def test_a_head_inside_a_longer_name_is_no_meeting_of_its_own() -> None:
    """来华出席青禾合作论坛梧川峰会: the summit of the forum was attended, not the forum; 感谢中方
    主办此次青禾合作论坛峰会: one summit convened, not the forum besides."""
    facts = triples(
        "9月2日上午，国家主席林志远在北京会见来华出席青禾合作论坛梧川峰会的梧川国总统韩德。"
        "韩德表示，感谢中方主办此次青禾合作论坛峰会。",
        date="2024-09-02",
    )
    attended = {o for s, p, o in facts if p == "attended" and s == "韩德"}
    assert "青禾合作论坛梧川峰会" in attended and "青禾合作论坛" not in attended, facts
    assert not any(o == "青禾合作论坛" for _, p, o in facts if p == "convened"), facts


def test_a_head_ending_in_hui_before_shang_is_a_consultation() -> None:
    """进行防汛调度会商: 会商 (consulting) names no 调度会; 博览会商务区 is still the fair's."""
    facts = triples("今天，国家防总等部门持续进行防汛调度会商。", date="2023-08-10")
    assert not any(p == "heldOn" for _, p, _ in facts), facts
    facts = triples("今天，第三届梧川博览会商务洽谈在青禾开幕。", date="2023-08-10")
    assert ("第三届梧川博览会", "heldOn", "2023-08-10") in facts, facts


def test_a_head_ending_in_hui_before_yi_is_part_of_huiyi() -> None:
    """协商会议, 圆桌会议, 扩大会议: the name ends at 会议, not at 协商会 with 议 left over; 中国人民
    政治协商会议 is a body, as 全国人民代表大会 is."""
    facts = triples(
        "全国政协副主席林志远参加福利保障界别协商会议时说，要凝聚共识。"
        "梧川国总统韩德11日出席论坛扩大会议并发表主旨演讲。"
        "11日上午，云岭省政协举行第二次全体会议，听取关于中国人民政治协商会议章程修正案（草案）的说明。",
        date="2024-03-11",
    )
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert {("林志远", "福利保障界别协商会议"), ("韩德", "论坛扩大会议")} <= attended, facts
    meetings = {s for s, p, o in facts if p == "heldOn"} | {o for s, o in attended}
    assert not any("政治协商会" in m or m.endswith("协商会") for m in meetings), facts


def test_a_numbered_meeting_is_named_with_the_meeting_or_body_holding_it() -> None:
    """…常委会第八次会议26日上午在京举行第一次全体会议: that session's first plenary, not a bare
    第一次全体会议 every session has; so for a presidium's or a working group's meetings. One
    a person holds keeps its own name."""
    facts = triples(
        "云岭省人大常委会第八次会议26日上午在青禾举行第一次全体会议。"
        "云岭省人大十四届三次会议主席团26日下午在青禾举行第二次会议。"
        "林志远主持召开第53次主任会议。",
        date="2024-02-26",
    )
    held = {s for s, p, o in facts if p == "heldOn"}
    assert {
        "云岭省人大常委会第八次会议第一次全体会议",
        "云岭省人大十四届三次会议主席团第二次会议",
    } <= held, facts
    assert not any(m.startswith("第") and "全体会议" in m for m in held), facts
    assert ("林志远", "attended", "第53次主任会议") in facts, facts


def test_the_place_of_a_dateline_convenes_nothing() -> None:
    """梧川网北京9月21日电 …举行媒体见面会: the news was filed in 北京, which held nothing."""
    text = "林志远夫妻首度合作梧川网(微博)北京9月21日电(韩德)电影《梦游》今天在京举行媒体见面会。"
    facts = triples(text, date="2009-09-21")
    assert not any(p == "convened" for _, p, _ in facts), facts


# Sentences we wrote -> the names of the meetings they date (heldOn), and nothing else.
HELD = [
    # two meetings named, the 30 counted after them none; what a count is joined to neither
    (
        "今天，服贸会还举办了2024青禾数字经济大会、2024梧川文旅发展大会等30多场论坛会议。",
        {"2024青禾数字经济大会", "2024梧川文旅发展大会"},
    ),
    ("今天下午，年会还举办了“数字经济”“绿色发展”等多场分论坛和圆桌会议。", set()),
    # a forum whose chair or council is met is a body; 会见 ends any meeting's name before it
    (
        "国务院总理林志远25日在青禾会见梧川经济论坛主席韩德。"
        "26日，林志远在青禾集体会见青禾亚洲论坛理事会成员。",
        {"林志远会见韩德"},
    ),
    # a first part of nine characters before 和; the second of two plenaries listed
    (
        "3月28日，云岭省政府召开推动大规模设备更新和消费品以旧换新工作视频会议。"
        "云岭省人大常委会第十八次会议24日在青禾举行第一次、第二次全体会议。",
        {"推动大规模设备更新和消费品以旧换新工作视频会议", "云岭省人大常委会第十八次会议第二次全体会议"},
    ),
    # a meeting whose speech is studied was held before; the meeting studying it is dated
    (
        "中共云岭省人大常委会党组1日举行会议，传达学习林志远在云岭省委十二届二中全会上的重要讲话。"
        "学习贯彻云岭省委全会精神理论研讨会28日在青禾举行。",
        {"云岭省人大常委会党组会议", "学习贯彻云岭省委全会精神理论研讨会"},
    ),
    # so is each of those listed with 、 before the spirit studied
    (
        "国务院总理林志远16日主持召开国务院第五次全体会议，学习贯彻党的二十届四中全会和"
        "中央政治局会议、中央经济工作会议精神。",
        {"国务院第五次全体会议"},
    ),
    # talks held with someone are named by both, not by the partner and an adverb
    (
        "高晓梅表示，去年9月，林志远主席同梧川国总统韩德成功会晤，推动两国关系发展。",
        {"林志远同韩德会晤"},
    ),
    # 作大会发言 is a speech at the plenary, not a meeting of that name; the plenary a
    # session holds is the session, a joint meeting it holds is its part
    ("梧川市人大常委会第二次会议27日举行全体会议，林志远作大会发言。", {"梧川市人大常委会第二次会议"}),
    ("梧川市人大常委会第二次会议27日举行联组会议。", {"梧川市人大常委会第二次会议联组会议"}),
    ("24日，与会同志围绕会议主题作了发言。", set()),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_the_meetings_a_text_dates(text: str, held: set[str]) -> None:
    facts = triples(text, date="2024-09-28")
    assert {s for s, p, o in facts if p == "heldOn"} == held, facts


# Sentences we wrote -> every (person, meeting) they attend, and nothing else.
ATTENDED = [
    # one who could not attend (因故未能出席) did not
    (
        "5日，青禾电影节开幕式在梧川举行。云岭省副省长高晓梅出席开幕式并致辞。"
        "梧川市市长林志远因故未能出席开幕式。",
        {("高晓梅", "青禾电影节开幕式")},
    ),
    # 要落实…大会部署: the meeting is named after 落实
    (
        "云岭省新型工业化推进大会24日在青禾召开。林志远出席会议。"
        "林志远强调，要落实云岭省新型工业化推进大会部署。",
        {("林志远", "云岭省新型工业化推进大会")},
    ),
    # a banquet held to welcome a guest is the welcome banquet: its host, its guest and
    # those named after attended it
    (
        "5月14日晚，国家主席林志远在北京人民大会堂举行宴会，欢迎梧川国总统韩德访华。"
        "高晓梅、周建国等出席宴会。",
        {("林志远", "欢迎宴会"), ("韩德", "欢迎宴会"), ("高晓梅", "欢迎宴会"), ("周建国", "欢迎宴会")},
    ),
    # what is said of a meeting (称赞) is no part of its name; a meeting's site (一大会址) is
    # no meeting
    (
        "第二届梧川互联网圆桌会议23日在青禾闭幕。林志远出席闭幕式。"
        "林志远称赞第二届梧川互联网圆桌会议是一次非常出色的交流活动。",
        {("林志远", "第二届梧川互联网圆桌会议")},
    ),
    ("林志远出席并指出，要用好一大会址等红色资源。", set()),
    # 分别会见: a talk with each one met; who took part in the talks above took part in each
    (
        "国务院总理林志远8日在青禾分别会见梧川国总统韩德和云岭国总理周建国。"
        "会见周建国时，林志远表示，双方要加强合作。高晓梅参加上述会见。",
        {
            ("林志远", "林志远会见韩德"),
            ("韩德", "林志远会见韩德"),
            ("林志远", "林志远会见周建国"),
            ("周建国", "林志远会见周建国"),
            ("高晓梅", "林志远会见韩德"),
            ("高晓梅", "林志远会见周建国"),
        },
    ),
    # a group met, none of them named: the meeting is named by the group, not by the
    # forum they came for, which keeps its own name; what is said at the meeting after it
    # is said at the forum
    (
        "第五届青禾能源论坛19日在青禾开幕。林志远出席开幕式。"
        "开幕式后，林志远会见了出席第五届青禾能源论坛的梧方高级别代表团。韩德参加会见。"
        "副省长高晓梅在会上致辞。",
        {
            ("林志远", "第五届青禾能源论坛"),
            ("林志远", "林志远会见梧方高级别代表团"),
            ("韩德", "林志远会见梧方高级别代表团"),
            ("高晓梅", "第五届青禾能源论坛"),
        },
    ),
    # or those met named by their titles alone
    (
        "下午，国家主席林志远还将分别会见梧川国众议长和参议长。",
        {("林志远", "林志远会见梧川国众议长和参议长")},
    ),
    # a meeting held last year, spoken of, is not the one the sentences after tell of
    (
        "国务院总理林志远在青禾出席梧川合作组织第二十二次会议。"
        "在去年青禾峰会上，韩德主席强调要坚持政治互信。梧川国总理周建国主持会议。",
        {
            ("林志远", "梧川合作组织第二十二次会议"),
            ("韩德", "青禾峰会"),
            ("周建国", "梧川合作组织第二十二次会议"),
        },
    ),
    # a spouse named after the host hosts with them, she is not met
    (
        "彭晓梅教授陪同出席活动。2月24日，国家主席林志远和夫人彭晓梅在青禾亲切会见梧川国国王韩德。",
        {("林志远", "林志远会见韩德"), ("彭晓梅", "林志远会见韩德"), ("韩德", "林志远会见韩德")},
    ),
    # 会见…时 opening a sentence: the one after it met them
    (
        "林志远6日抵达青禾。会见梧川国总统韩德时，林志远表示，双方要加强合作。",
        {("林志远", "林志远会见韩德"), ("韩德", "林志远会见韩德")},
    ),
    # the one met after a visit the sentence opens with is met by the visitor
    (
        "应梧川国议会邀请，全国人大常委会委员长林志远6日至9日对梧川国进行正式友好访问，"
        "在青禾会见总统卡罗特。",
        {("林志远", "林志远会见卡罗特"), ("卡罗特", "林志远会见卡罗特")},
    ),
    # 预祝 (wishing it success) is no part of the meeting's name
    (
        "林志远会见来华出席青禾论坛的梧川国总统韩德。韩德预祝青禾论坛圆满成功。",
        {("林志远", "林志远会见韩德"), ("韩德", "林志远会见韩德"), ("韩德", "青禾论坛")},
    ),
]


@pytest.mark.parametrize(("text", "attended"), ATTENDED)
def test_who_attends_what(text: str, attended: set[tuple[str, str]]) -> None:
    facts = triples(text, date="2024-09-28")
    assert {(s, o) for s, p, o in facts if p == "attended"} == attended, facts


@pytest.mark.parametrize(
    ("text", "meeting", "convener", "china"),
    [
        (
            "第五届梧川友城大会当日在云岭省青禾市举办，由中国青禾文化交流协会和云岭省人民政府共同主办。",
            "第五届梧川友城大会",
            "云岭省人民政府",
            False,
        ),
        (
            "“认识青禾”国际会议由中国青禾创新与发展研究会、云岭省人民政府联合主办，3日在梧川开幕。",
            "“认识青禾”国际会议",
            "云岭省人民政府",
            False,
        ),
        ("第二届青禾论坛由中国与云岭省人民政府共同主办，3日在梧川开幕。", "第二届青禾论坛", "中国", True),
    ],
)
def test_a_place_that_only_opens_a_bodys_name_convenes_nothing(
    text: str, meeting: str, convener: str, china: bool
) -> None:
    """由中国青禾文化交流协会和…共同主办, 由中国青禾创新与发展研究会、…联合主办: 中国 only
    opens the first body's name (与 and all); 由中国与云岭省人民政府共同主办: 与 joins China
    to the second."""
    convened = {s for s, p, o in triples(text, date="2024-12-03") if p == "convened" and o == meeting}
    assert convener in convened and ("中国" in convened) == china, convened


def test_a_place_opening_a_body_named_before_when_convenes_nothing() -> None:
    """中国青禾文化节新闻中心今天（8月29日）举办…: 中国 opens the centre's name, which the day
    written after it does not end."""
    text = "中国青禾文化节组委会新闻中心今天（8月29日）举办首场记者见面会。"
    facts = triples(text, date="2025-08-29")
    assert not any(p == "convened" and s == "中国" for s, p, _ in facts), facts


def test_the_bodies_a_leader_visits_before_holding_a_meeting_hold_nothing() -> None:
    """林志远分别考察青禾国家版本馆和中国历史研究院、主持召开文化传承发展座谈会: the
    bodies visited did not hold the meeting."""
    facts = triples(
        "6月，林志远书记分别考察青禾国家版本馆和中国历史研究院、主持召开文化传承发展座谈会。",
        date="2023-06-03",
    )
    assert not [f for f in facts if f[1] == "convened"], facts


@pytest.mark.parametrize(
    ("text", "meeting", "attendees"),
    [
        (
            "云岭省省长林志远20日抵达梧川，将出席第五届青禾合作论坛。"
            "先期抵达梧川参加青禾合作论坛的云岭省副省长王建国、韩立军到机场迎接。",
            "第五届青禾合作论坛",
            {"王建国", "韩立军"},
        ),
        (
            "第五届青禾博览会10日在梧川开幕。"
            "出席开幕式的外国领导人有：梧川国国王西哈蒙、青禾国总统巴特尔。",
            "第五届青禾博览会",
            {"西哈蒙", "巴特尔"},
        ),
    ],
)
def test_those_a_clause_describes_as_taking_part_attended(
    text: str, meeting: str, attendees: set[str]
) -> None:
    """先期抵达梧川参加X的副省长王建国、韩立军到机场迎接, 出席开幕式的外国领导人有：…: the
    persons listed after the 的 attended."""
    facts = triples(text, date="2024-08-21")
    assert {(a, "attended", meeting) for a in attendees} <= facts, facts


def test_one_named_later_in_a_clause_describing_attendees_attended_nothing() -> None:
    """…出席X的繁忙日程中…为林志远主席举行: what follows 的 is no list of attendees."""
    busy = triples(
        "卡洛斯总统高度重视此访，在接待多国领导人出席第五届青禾峰会的繁忙日程中"
        "专门拿出一整天时间为林志远主席举行国事活动。",
        date="2024-08-21",
    )
    assert not any(s == "林志远" and p == "attended" for s, p, o in busy), busy


def test_an_audience_given_to_a_group_is_a_meeting() -> None:
    """林志远亲切接见青禾军区官兵代表, 在梧川接见…代表时发表重要讲话: an audience (接见), named
    by who gives it and the group received, as a talk with a group is."""
    given = triples(
        "随后，云岭省委书记林志远亲切接见青禾军区官兵代表，向全体官兵致以诚挚问候。",
        date="2024-08-21",
    )
    assert ("林志远", "attended", "林志远接见青禾军区官兵代表") in given, given
    speech = triples(
        "云岭省委书记林志远23日上午在梧川接见青禾工程参研参试人员代表时发表重要讲话。",
        date="2024-08-23",
    )
    audience = "林志远接见青禾工程参研参试人员代表"
    assert {("林志远", "attended", audience), (audience, "heldOn", "2024-08-23")} <= speech, speech


@pytest.mark.parametrize(
    ("text", "date", "held"),
    [
        (
            "由云岭省教育厅主办的首届青禾数字教育大会，今天（2月13日）在梧川开幕。",
            "2023-02-13",
            {("首届青禾数字教育大会", "2023-02-13")},
        ),
        (
            "第十四届青禾人民代表大会第一次会议和政协第十四届青禾委员会第一次会议，"
            "将分别于2023年3月5日和3月4日在梧川开幕。",
            "2023-02-16",
            {
                ("第十四届青禾人民代表大会第一次会议", "2023-03-05"),
                ("政协第十四届青禾委员会第一次会议", "2023-03-04"),
            },
        ),
        (
            "青禾省政协十四届一次会议新闻发布会今天（3月3日）下午举行，大会新闻发言人王建国介绍，"
            "青禾省政协十四届一次会议将于3月4日下午3时在梧川开幕。",
            "2023-03-03",
            {
                ("青禾省政协十四届一次会议新闻发布会", "2023-03-03"),
                ("青禾省政协十四届一次会议", "2023-03-04"),
            },
        ),
    ],
)
def test_a_date_tells_when_the_meeting_its_clause_speaks_of_is_held(
    text: str, date: str, held: set[tuple[str, str]]
) -> None:
    """首届青禾数字教育大会，今天（2月13日）在梧川开幕: the clause with the date names no
    meeting, so it tells of the one before it; A和B，将分别于3月5日和3月4日…开幕: each on
    its own day; X新闻发布会今天（3月3日）下午举行，…X将于3月4日…开幕: the press conference
    on the 3rd, the session (whose name opens the conference's, and is not taken for it)
    on the 4th."""
    facts = triples(text, date=date)
    assert {(s, o) for s, p, o in facts if p == "heldOn"} == held, facts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("梧川国作为青禾共同体轮值主席国，为会议成功举办作出重要贡献。王建国参加上述活动。", "为会议"),
        ("第三届青禾运动会开幕。火炬手一路进入到开幕式，林志远出席。", "火炬手一路进入到开幕式"),
        (
            "继2018年青禾合作论坛梧川峰会之后，今年的青禾合作论坛梧川峰会由林志远主持。",
            "继2018年青禾合作论坛梧川峰会",
        ),
    ],
)
def test_a_meetings_name_does_not_run_across_wei_ji_or_dao(text: str, wrong: str) -> None:
    """为会议成功举办, 一路进入到开幕式, 继…峰会之后: 为, 到 and 继 end what goes before a
    meeting's name (not 为 of 为基层减负 or 为民)."""
    facts = triples(text, date="2024-09-01")
    assert not any(wrong in (s, o) for s, p, o in facts), facts


def test_wei_inside_a_meetings_name_stays_in_it() -> None:
    """整治形式主义为基层减负专项工作机制会议: 为基层 is part of the name."""
    facts = triples(
        "云岭省整治形式主义为基层减负专项工作机制会议29日在梧川召开，林志远出席会议并讲话。",
        date="2024-01-29",
    )
    assert ("林志远", "attended", "云岭省整治形式主义为基层减负专项工作机制会议") in facts, facts


def test_a_sessions_number_stays_in_the_name_of_a_meeting_held_at_it() -> None:
    """十四届青禾人大一次会议主席团常务主席第四次会议: 一次 of 人大一次会议 numbers the session
    (not 一次, once); 中方愿以第五届青禾合作论坛为契机: 愿以 opens no name."""
    presidium = triples(
        "十四届青禾人大一次会议主席团常务主席第四次会议9日下午在梧川举行。"
        "大会主席团常务主席林志远主持会议。",
        date="2023-03-09",
    )
    name = "十四届青禾人大一次会议主席团常务主席第四次会议"
    assert {("林志远", "attended", name), (name, "heldOn", "2023-03-09")} <= presidium, presidium
    forum = triples(
        "林志远表示，中方愿以第五届青禾合作论坛为契机，深化合作。王建国出席论坛。",
        date="2023-03-09",
    )
    assert ("王建国", "attended", "第五届青禾合作论坛") in forum, forum


@pytest.mark.parametrize(
    ("text", "attendee", "meeting"),
    [
        ("中共中央、国务院2月8日上午在人民大会堂举行2025年春节团拜会。国家主席林志远发表讲话。", "林志远",
         "2025年春节团拜会"),
        ("全国政协主席林志远出席全国政协新年茶话会。", "林志远", "全国政协新年茶话会"),
        ("国家主席林志远出席云岭自治区成立70周年庆祝活动。", "林志远", "云岭自治区成立70周年庆祝活动"),
        ("闭幕会后，十四届全国人大常委会举行第六讲专题讲座，林志远委员长主持。", "林志远",
         "十四届全国人大常委会第六讲专题讲座"),
    ],
)
def test_greetings_celebrations_and_lectures_are_events(
    text: str, attendee: str, meeting: str
) -> None:
    """团拜会, 茶话会, 庆祝活动, 专题讲座: events their guests attend, as meetings are."""
    facts = triples(text, date="2025-02-08")
    assert (attendee, "attended", meeting) in facts, facts


def test_kinds_of_events_name_none() -> None:
    """各地举行多种纪念活动: kinds of events, none of them named."""
    facts = triples("9月3日，各地举行多种纪念活动。", date="2024-09-03")
    assert not [t for t in facts if t[1] == "heldOn"], facts


def test_a_delegation_holds_what_it_holds_not_its_country() -> None:
    """中国代表团在罗马举行了中外媒体吹风会: the delegation, a body of its own, holds it."""
    facts = triples("中国代表团在罗马举行了中外媒体吹风会。", date="2009-07-08")
    assert [(s, o) for s, p, o in facts if p == "convened"] == [
        ("中国代表团", "中外媒体吹风会")
    ], facts


def test_leaders_listed_before_meeting_a_group_host_it_together() -> None:
    """习近平、贺国强等中央领导同志会见了…代表: 同志 joins no one to the talk; each listed
    before 会见 hosts the audience, none of them is met."""
    text = (
        "国家副主席林志远出席座谈会并讲话。中共中央政治局常委韩德出席座谈会。"
        "会前，林志远、韩德等中央领导同志会见了出席座谈会的全国优秀共产党员代表。"
    )
    facts = triples(text, date="2009-06-30")
    talks = {(s, o) for s, p, o in facts if p == "attended" and "会见" in o}
    assert talks == {
        ("林志远", "林志远会见全国优秀共产党员代表"),
        ("韩德", "林志远会见全国优秀共产党员代表"),
    }, facts


def test_what_is_held_after_the_closing_meeting_is_held_on_its_day() -> None:
    """闭幕会后，…举行第十七讲专题讲座: the lecture is on the day the session closed; a date
    written for something else in between dates it not."""
    text = (
        "十四届全国人大常委会第十六次会议27日上午在北京人民大会堂闭幕。林志远委员长主持闭幕会。"
        "会议决定，十四届全国人大四次会议于2026年3月5日在北京召开。"
        "闭幕会后，十四届全国人大常委会举行第十七讲专题讲座，林志远委员长主持。"
    )
    facts = triples(text, date="2025-06-27")
    assert ("十四届全国人大常委会第十七讲专题讲座", "heldOn", "2025-06-27") in facts, facts


def test_what_a_guest_came_for_is_no_activity_of_those_present() -> None:
    """会见来华出席X的B…。陈立、周文参加上述活动: they attended the talk, not X, which B came
    to attend."""
    text = (
        "国务院总理林志远11月5日下午在上海会见来华出席第七届中国国际进口博览会的马来西亚总理韩德。"
        "陈立、周文参加上述活动。"
    )
    facts = triples(text, date="2024-11-06")
    attended = {(s, o) for s, p, o in facts if p == "attended" and s in ("陈立", "周文")}
    assert attended == {("陈立", "林志远会见韩德"), ("周文", "林志远会见韩德")}, facts


def test_a_meeting_told_as_held_before_is_none_of_the_activities_reported() -> None:
    """不久前，A和B在平壤举行历史性会晤 (in a guest's words), 上个月，…大会成功举行: held
    before; 参加上述活动 and 会议由…主持 after it name the meetings the article reports."""
    text = (
        "7月10日，国家主席林志远在北京出席纪念招待会并致辞。"
        "朴成道表示，不久前，金成日总书记和韩德总书记在平壤举行历史性会晤，为两国关系注入动力。"
        "王东方参加上述活动。"
    )
    facts = triples(text, date="2026-07-11")
    attended = {o for s, p, o in facts if p == "attended" and s == "王东方"}
    assert attended == {"纪念招待会"}, facts
    text = (
        "11月18日，青禾经济论坛第九次领导人会议在曼谷举行。国家主席林志远出席会议并讲话。"
        "林志远强调，上个月，云岭省第五次代表大会成功举行。会议由韩德主持。"
    )
    facts = triples(text, date="2022-11-18")
    assert ("韩德", "attended", "青禾经济论坛第九次领导人会议") in facts, facts
    assert not any(s == "韩德" and "代表大会" in o for s, _, o in facts), facts


def test_a_meeting_named_by_its_head_cut_short_is_the_current_one_of_that_kind() -> None:
    """在吹风上透露: 吹风 is the 吹风会 just held, not the summit also reported."""
    text = (
        "林志远将出席青禾国家领导人对话会议。当地时间昨天晚上，中国代表团在梧川举行了第一场中外媒体吹风会。"
        "外交部部长助理韩德在吹风上透露，两国将签署8项协议。"
    )
    facts = triples(text, date="2009-07-08")
    attended = [o for s, p, o in facts if p == "attended" and s == "韩德"]
    assert len(attended) == 1 and attended[0].endswith("第一场中外媒体吹风会"), facts


def test_a_meeting_a_speech_was_given_at_before_is_not_the_current_one() -> None:
    """韩德表示，五年前，林志远主席在北京世界园艺博览会上的重要讲话中指出…: a speech given
    there before; 与出席活动的嘉宾合影 after it names the ceremony reported."""
    text = (
        "国家副主席韩德26日在四川成都出席2024年成都世界园艺博览会开幕式并致辞。"
        "韩德表示，五年前，林志远主席在北京世界园艺博览会上的重要讲话中指出，中国愿同各国一道。"
        "开幕式前，韩德巡视了博览会园区，并与出席活动的主要嘉宾集体合影。"
    )
    facts = triples(text, date="2024-04-26")
    attended = {o for s, p, o in facts if p == "attended" and s == "韩德"}
    assert attended == {"2024年成都世界园艺博览会开幕式"}, facts


def test_those_at_the_related_activities_attended_the_days_meetings() -> None:
    """王毅、何立峰等参加有关活动。: the talks and the ceremony reported that day, not the
    summit the guest is willing to back (愿积极支持中方成功举办…峰会)."""
    text = (
        "1月6日上午，国家主席林志远在人民大会堂同梧川国总统韩德举行会谈。"
        "会谈前，林志远在人民大会堂东门外广场为韩德举行欢迎仪式。"
        "韩德表示，梧方愿积极支持中方成功举办首届青禾峰会。"
        "王毅、何立峰等参加有关活动。"
    )
    facts = triples(text, date="2023-01-06")
    attended = {o for s, p, o in facts if p == "attended" and s == "王毅"}
    assert attended == {"林志远同韩德会谈", "欢迎仪式"}, facts


def test_a_short_form_keeping_characters_of_the_name_in_order_is_the_same_meeting() -> None:
    """晋衔仪式 is 晋升上将军衔仪式 written short, and 中央军委晋升上将军衔仪式 too; 二中全会 is no
    short form of 二十届三中全会, which numbers another session."""
    text = (
        "中央军委20日在北京八一大楼隆重举行晋升上将军衔仪式。"
        "中央军委副主席林志远主持晋衔仪式。"
    )
    facts = triples(text, date="2009-07-20")
    assert ("林志远", "attended", "晋升上将军衔仪式") in facts, facts
    # The body that opens the full name may be left off.
    text = "中央军委晋升上将军衔仪式9日在北京八一大楼举行。中央军委主席林志远出席晋衔仪式。"
    facts = triples(text, date="2024-07-09")
    assert ("林志远", "attended", "中央军委晋升上将军衔仪式") in facts, facts
    text = "党的二十届三中全会7月在北京召开。国家主席林志远出席二中全会。"
    facts = triples(text, date="2024-07-20")
    assert ("林志远", "attended", "二中全会") in facts, facts


def test_dialogues_and_consultations_between_governments_are_meetings() -> None:
    """第二次中日经济高层对话, 中国共产党与世界政党高层对话会 (its 会 kept), 第七轮中德政府磋商;
    the day one leaves to hold a consultation (18日…离京，赴德国举行…) is not its day."""
    facts = triples(
        "第二次中日经济高层对话昨日在东京举行。国务院副总理林志远和日本外务大臣共同主持对话。",
        date="2009-06-08",
    )
    assert ("林志远", "attended", "第二次中日经济高层对话") in facts, facts
    facts = triples("国家主席林志远15日在北京出席中国共产党与世界政党高层对话会。", date="2023-03-15")
    assert ("林志远", "attended", "中国共产党与世界政党高层对话会") in facts, facts
    facts = triples(
        "18日下午，国务院总理林志远乘包机离开北京，赴德国举行第七轮中德政府磋商。"
        "访德期间，林志远将同朔尔茨总理共同主持第七轮中德政府磋商。",
        date="2023-06-19",
    )
    assert ("林志远", "attended", "第七轮中德政府磋商") in facts, facts
    assert not [t for t in facts if t[1] == "heldOn"], facts


def test_a_talk_and_a_meeting_joined_by_he_are_no_one_meeting() -> None:
    """参加会见和大会: the audience and the congress, not a meeting named 会见和大会."""
    text = (
        "第四次全国自强模范表彰大会3日在北京举行。会前，国家主席林志远亲切会见了全体与会代表。"
        "韩德、陈立参加会见和大会。"
    )
    facts = triples(text, date="2009-07-03")
    attended = {o for s, p, o in facts if p == "attended" and s == "韩德"}
    assert attended == {"第四次全国自强模范表彰大会"}, facts


def test_a_meeting_whose_holding_ends_its_clause_is_dated() -> None:
    """9月6日上午，…新闻发布会召开。: the meeting before 召开 is held that day; before what is
    held (…会议举行第三场“部长通道”) it holds, and is not dated by it."""
    facts = triples("今天（9月6日）上午，梧川运动会主题新闻发布会召开，介绍筹备情况。", date="2023-09-06")
    assert ("梧川运动会主题新闻发布会", "heldOn", "2023-09-06") in facts, facts
    facts = triples("今天（3月12日），十四届全国人大四次会议举行第三场“部长通道”。", date="2026-03-12")
    assert not [t for t in facts if t[1] == "heldOn"], facts


def test_a_speaker_at_a_meeting_named_without_shang_attended_it() -> None:
    """在十四届全国人大一次会议闭幕会发表重要讲话: 上 left out; 在…全会上的重要讲话 is a speech
    written about, which tells no attendance here."""
    text = "国家主席林志远在十四届全国人大一次会议闭幕会发表重要讲话指出，要加快发展。"
    assert ("林志远", "attended", "十四届全国人大一次会议闭幕会") in triples(text, date="2023-03-15")
    text = "全区学习国家主席林志远在二十届三中全会上的重要讲话。"
    facts = triples(text, date="2024-07-30")
    assert not [t for t in facts if t[1] == "attended"], facts


def test_a_study_session_is_a_meeting() -> None:
    """国务院…进行第十二次专题学习。林志远在主持学习时强调…: a study session its chair and
    speakers attend, as a 集体学习 is."""
    text = (
        "2月20日，国务院以“大力提振消费”为主题，进行第十二次专题学习。"
        "国务院总理林志远在主持学习时强调，要扩大内需。国务院副总理韩德作交流发言。"
    )
    facts = triples(text, date="2025-02-20")
    assert {("林志远", "attended", "第十二次专题学习"), ("韩德", "attended", "第十二次专题学习"),
            ("第十二次专题学习", "heldOn", "2025-02-20")} <= set(facts), facts


def test_the_one_a_sentence_opens_with_after_its_days_holds_the_talks() -> None:
    """11月10日至11日，…林志远应邀访问新加坡，分别会见…: the days open the sentence in a clause
    of their own; the one who visits holds each talk."""
    text = (
        "11月10日至11日，国务院副总理林志远应邀访问新加坡，分别会见新加坡总统韩德、总理陈立。"
    )
    facts = triples(text, date="2024-11-12")
    talks = {o for s, p, o in facts if p == "attended" and s == "林志远"}
    assert talks == {"林志远会见韩德", "林志远会见陈立"}, facts


def test_the_one_attended_for_did_not_attend() -> None:
    """国务委员韩德将代表林志远出席: 韩德 goes, 林志远 is represented."""
    text = "梧川峰会今日起至10日在梧川举行，国务委员韩德将代表国家主席林志远出席。"
    facts = triples(text, date="2009-07-08")
    assert {s for s, p, o in facts if p == "attended"} == {"韩德"}, facts


def test_a_meeting_whose_speech_is_studied_is_not_the_one_chaired() -> None:
    """…学习贯彻林志远总书记在纪念韩德同志诞辰百年座谈会上的重要讲话精神: the speech's meeting
    was held before; 主持会议 after it names the seminar reported."""
    text = (
        "全国纪念韩德同志诞辰百年学术研讨会22日在京举行。中央书记处书记陈立出席开幕式并讲话。"
        "他强调，要深入学习贯彻林志远总书记在纪念韩德同志诞辰百年座谈会上的重要讲话精神。"
        "周明主持会议。"
    )
    facts = triples(text, date="2024-08-23")
    assert ("周明", "attended", "全国纪念韩德同志诞辰百年学术研讨会") in facts, facts
    assert not any(o.endswith("座谈会") for s, p, o in facts if p == "attended"), facts


def test_a_title_before_the_one_met_is_no_part_of_their_name() -> None:
    """会见…文莱王储比拉: one person met, 比拉 (the recogniser runs 王储 into the name)."""
    text = "5月12日下午，国家主席林志远在北京会见来华进行正式访问的文莱王储比拉。"
    facts = triples(text, date="2026-05-12")
    met = {s for s, p, o in facts if p == "attended"}
    assert met == {"林志远", "比拉"}, facts


def test_meetings_spoken_of_in_general_name_none() -> None:
    """主持召开重要会议, 在一系列相关会议上: what is said of meetings, not a meeting's name."""
    for text in (
        "“十四五”期间，林志远总书记主持召开重要会议，走进能源基地。",
        "林志远总书记主持召开一系列相关会议，作出重要部署。",
    ):
        facts = triples(text, date="2025-10-11")
        assert not [f for f in facts if f[1] in ("attended", "heldOn")], facts


def test_the_one_represented_before_the_one_who_attends_holds_no_talk() -> None:
    """代表国家主席林志远出席…的国务委员韩德同…举行…会晤: 韩德 attends for 林志远, who neither
    attends nor holds the talk."""
    text = (
        "(记者 周明) 代表国家主席林志远出席对话会议的国务委员韩德同梧川国总理陈立、"
        "云岭国总统李东8日在拉奎拉举行五国领导人集体会晤。"
    )
    facts = triples(text, date="2009-07-09")
    attended = {s for s, p, o in facts if p == "attended"}
    assert "林志远" not in attended and {"韩德", "陈立", "李东"} <= attended, facts


def test_a_ceremony_for_those_who_fell_in_korea_keeps_zai_in_its_name() -> None:
    """在韩…烈士遗骸安葬仪式 opening its clause: 在韩 (in Korea) is part of the name, no 在
    before a place where it is held."""
    text = "明天上午10时，在韩青州籍烈士遗骸安葬仪式将在青州烈士陵园举行。"
    facts = triples(text, date="2026-06-03")
    assert ("在韩青州籍烈士遗骸安葬仪式", "heldOn", "2026-06-04") in facts, facts


def test_the_meeting_a_draft_is_sent_on_to_is_not_dated_by_the_sentence() -> None:
    """各代表团…一致同意提请大会全体会议表决: the plenary votes later; the day is that of the
    delegations' review."""
    text = "3月10日下午，各代表团认真审议了六个决议草案，一致同意提请大会全体会议表决。"
    facts = triples(text, date="2025-03-11")
    assert not [f for f in facts if f[1] == "heldOn"], facts


def test_one_who_reports_to_the_meeting_attended_it() -> None:
    """会议听取了…主任委员韩德作的关于…的报告: 韩德 spoke to the session. A meeting named in
    what the session reviewed (出席…第九次会议的书面报告) is not the one it heard him at."""
    text = (
        "十四届全国人大常委会第十一次会议10日上午在京举行第一次全体会议。林志远委员长主持。"
        "会议审议了林志远委员长出席梧川议会合作委员会第九次会议的书面报告。"
        "会议听取了全国人大宪法法律委主任委员韩德作的关于民营经济促进法草案审议结果的报告。"
    )
    facts = triples(text, date="2024-09-10")
    meetings = {o for s, p, o in facts if s == "韩德" and p == "attended"}
    assert meetings == {"十四届全国人大常委会第十一次会议第一次全体会议"}, facts


def test_one_who_explains_a_bill_to_the_session_for_another_attended_it() -> None:
    """受国务院委托，司法部部长韩德作了说明: a sentence with no word of a meeting, told of the
    session reported before it."""
    text = (
        "十四届全国人大常委会第十五次会议27日上午在京举行第一次全体会议。林志远委员长主持。"
        "国务院提出了关于提请审议监狱法修订草案的议案。受国务院委托，司法部部长韩德作了说明。"
    )
    facts = triples(text, date="2025-04-27")
    assert ("韩德", "attended", "十四届全国人大常委会第十五次会议第一次全体会议") in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "12月1日出版的第23期《求是》杂志将发表林志远的重要文章《在党的十九届七中全会第二次全体会议上的讲话》。",
        "今年5月20日，林志远在中南海听取各方对中共二十届三中全会决定稿的意见和建议。",
        "到7月底，云岭省风电装机占比首次超过四成，提前完成了在二十届三中全会上作出的承诺。",
    ],
)
def test_the_day_of_an_issue_or_of_a_drafts_review_dates_no_meeting(text: str) -> None:
    """出版 after a day makes it an issue's; 决定稿 after a meeting makes it the meeting's
    draft, reviewed that day, the meeting held later; 到 before a day makes it the end of
    a span figures run to."""
    facts = triples(text, date="2024-08-02")
    assert not [f for f in facts if f[1] == "heldOn" and "全会" in f[0]], facts


def test_a_talk_after_an_audience_in_one_sentence_is_the_visitors() -> None:
    """…林志远应邀访问梧川国，在梧川会见梧川国总统韩德，同副总统陈立举行会谈: the one who
    opens the sentence holds the talk, not the one met before it."""
    text = (
        "当地时间11月4日，国务院副总理林志远应邀访问梧川国，在梧川会见梧川国总统韩德，"
        "同副总统陈立举行会谈。"
    )
    facts = triples(text, date="2025-11-05")
    assert ("林志远", "attended", "林志远同陈立会谈") in facts, facts
    assert ("陈立", "attended", "林志远同陈立会谈") in facts, facts
    assert ("韩德", "attended", "林志远会见韩德") in facts, facts
    # two titles joined by 兼 before the one met (副总理兼外长陈立)
    facts = triples(text.replace("同副总统陈立", "同越南副总理兼外长陈立"), date="2025-11-05")
    assert ("林志远", "attended", "林志远同陈立会谈") in facts, facts


def test_who_built_what_a_ceremony_is_named_after_did_not_hold_it() -> None:
    """由我国自主研制建造的…首舰下水命名仪式…举行: 由 tells who built the ship; 由教育部举办的
    …大会 tells who holds the meeting."""
    facts = triples("今天，由我国自主研制建造的梧川舰首舰下水命名仪式在上海举行。", date="2024-12-27")
    assert not [f for f in facts if f[1] == "convened"], facts
    facts = triples("由教育部共同举办的首届梧川教育大会，今天在北京开幕。", date="2023-02-13")
    assert ("教育部", "convened", "首届梧川教育大会") in facts, facts


def test_a_talk_after_a_list_of_those_met_is_the_visitors() -> None:
    """…林志远…访问梧川国，在梧川分别会见国家主席韩德，总理陈立，同议长周明举行会谈: those
    listed after 会见 open clauses of their own, but they are met, not subjects."""
    text = (
        "应梧川国邀请，全国政协主席林志远于12月1日至3日对梧川国进行正式友好访问，"
        "在梧川分别会见国家主席韩德，总理陈立，同议长周明举行会谈。"
    )
    facts = triples(text, date="2025-12-03")
    assert ("林志远", "attended", "林志远同周明会谈") in facts, facts
    assert ("周明", "attended", "林志远同周明会谈") in facts, facts


def test_a_forum_named_by_its_head_alone_is_the_chairs() -> None:
    """林志远…主持召开座谈会: a forum of its own, named after its chair (as talks are) and
    dated; those at it attend it. Where a forum was named before, 主持座谈会 is that one."""
    facts = triples(
        "国务院总理林志远1月24日下午主持召开座谈会，听取专家意见建议。副总理高晓梅出席。"
        "座谈会上，青禾大学校长陈思雨等先后发言。",
        date="2024-01-25",
    )
    meeting = "林志远主持召开的座谈会"
    assert (meeting, "heldOn", "2024-01-24") in facts, facts
    for person in ("林志远", "高晓梅", "陈思雨"):
        assert (person, "attended", meeting) in facts, facts
    facts = triples(
        "云岭省民营企业座谈会24日在青禾召开。省长林志远主持座谈会。", date="2024-01-24"
    )
    assert ("林志远", "attended", "云岭省民营企业座谈会") in facts, facts
    assert not any("主持" in o for s, p, o in facts), facts


def test_a_meeting_named_in_a_document_s_title_is_not_dated_by_it() -> None:
    """1月22日，…发出《关于对…四中全会…的通知》: the notice's day, not the plenum's; a show
    titled as itself (《春节联欢晚会》) and a speech titled after where it was given
    (2023年7月17日《在…大会上的讲话》) still date it."""
    facts = triples(
        "1月22日，党中央发出《关于对党的二十届四中全会研究规划建议征求意见的通知》。",
        date="2025-10-28",
    )
    assert not any(p == "heldOn" for s, p, o in facts), facts
    facts = triples("昨晚（1月28日），总台《2025年春节联欢晚会》精彩上演。", date="2025-01-29")
    assert ("2025年春节联欢晚会", "heldOn", "2025-01-28") in facts, facts
    facts = triples(
        "8月1日出版的《求是》杂志发表林志远2023年7月17日《在全国生态环境保护大会上的讲话》。",
        date="2025-08-01",
    )
    assert ("全国生态环境保护大会", "heldOn", "2023-07-17") in facts, facts


def test_a_place_opening_a_venue_s_name_convenes_nothing() -> None:
    """成都大运村艺术中心大剧场举办…, 成都大运会运动员村举行…: the place names where it is held; 澳门特区政府今天在
    金莲花广场举行…: the place that opens the body's name still stands for it."""
    for text in (
        "昨晚，成都大运村艺术中心大剧场举办运动员联欢会。",
        "今天上午，成都大运会运动员村举行了开村仪式。",
    ):
        facts = triples(text, date="2023-07-30")
        assert not any(p == "convened" for s, p, o in facts), facts
    facts = triples("澳门特区政府今天在金莲花广场举行升旗仪式。", date="2025-10-01")
    assert ("澳门", "convened", "升旗仪式") in facts, facts


def test_a_meeting_told_of_in_the_words_said_at_another_is_not_the_one_attended() -> None:
    """林志远说，…韩德总书记在全国经济工作会议上…提出明确要求: a meeting told of in his words;
    参加会议 after them is the one he chaired. 高晓梅表示，今年1月，林志远主席会见…首相: talks
    told of; 参加会见 is hers."""
    facts = triples(
        "12月22日，国务院总理林志远主持召开国务院规划纲要编制工作领导小组会议。"
        "林志远说，编制规划纲要是当前一项重要任务，韩德总书记在全国经济工作会议上对做好规划纲要"
        "编制工作提出明确要求。"
        "陈思雨、周文博参加会议。",
        date="2025-12-22",
    )
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert ("陈思雨", "国务院规划纲要编制工作领导小组会议") in attended, facts
    assert not [o for s, o in attended if "经济工作会议" in o], facts
    facts = triples(
        "全国政协主席高晓梅28日在京会见来华出席第十四届中梧政党对话的梧川国跨党派议员代表团。"
        "高晓梅表示，今年1月，林志远主席会见来华访问的卡通巴耶娃首相，双方一致同意发展伙伴关系。"
        "周文博等参加会见。",
        date="2026-05-28",
    )
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert ("周文博", "高晓梅会见梧川国跨党派议员代表团") in attended, facts


def test_two_leaders_meeting_the_press_after_talks_hold_no_second_talk() -> None:
    """林志远同…卡通巴耶娃…会谈后共同会见记者: their talks, then the press met together; no
    talk named 林志远会见卡通巴耶娃."""
    facts = triples(
        "当地时间7月5日下午，国家主席林志远同梧川国总统卡通巴耶娃在总统府会谈后共同会见记者。",
        date="2024-07-06",
    )
    attended = {(s, o) for s, p, o in facts if p == "attended"}
    assert attended == {
        ("林志远", "林志远同卡通巴耶娃会谈"),
        ("卡通巴耶娃", "林志远同卡通巴耶娃会谈"),
        ("林志远", "共同会见记者"),
        ("卡通巴耶娃", "共同会见记者"),
    }, facts


def test_a_meeting_on_whose_eve_something_is_done_is_not_held_that_day() -> None:
    """5月17日，林志远在西安主持峰会前夕，…听取…汇报: the summit is held later, neither that
    day nor the meeting that 出席汇报会 after it names."""
    facts = triples(
        "5月17日，林志远在西安主持中国－中亚峰会前夕，专门听取陕西省委和省政府工作汇报。"
        "周文博出席汇报会并陪同考察。",
        date="2023-05-17",
    )
    assert not [f for f in facts if f[2] == "中国－中亚峰会"], facts


def test_a_name_of_parts_joined_by_a_dot_opening_its_sentence_attends() -> None:
    """雪克来提·卡通巴耶娃参加会见: a name of parts joined by ·, no title, opens the
    sentence; 但汤姆·莎士比亚同时强调 names 汤姆·莎士比亚, not one that opens with 但."""
    facts = triples(
        "全国人大常委会委员长林志远4日上午在北京会见梧川国人民党主席高晓梅。"
        "雪克来提·卡通巴耶娃参加会见。",
        date="2024-12-04",
    )
    assert ("雪克来提·卡通巴耶娃", "attended", "林志远会见高晓梅") in facts, facts
    facts = triples("记者会上，汤姆·莎士比亚介绍了情况。但汤姆·莎士比亚同时强调，各国要采取措施。")
    assert not [s for s, p, o in facts if s.startswith("但")], facts


def test_the_activities_above_are_those_held_not_those_told_of() -> None:
    """林志远同…卡通巴耶娃举行会谈。卡通巴耶娃表示，很高兴来华出席青禾论坛开幕式。周文博参加
    上述活动: the talks, not the opening the guest spoke of."""
    facts = triples(
        "5月29日下午，国家主席林志远在北京人民大会堂同梧川国总统卡通巴耶娃举行会谈。"
        "卡通巴耶娃表示，很高兴来华进行国事访问并出席第十届青禾论坛部长级会议开幕式。"
        "周文博参加上述活动。",
        date="2024-05-29",
    )
    attended = {o for s, p, o in facts if p == "attended" and s == "周文博"}
    assert attended == {"林志远同卡通巴耶娃会谈"}, facts


def test_one_who_entrusts_another_to_chair_is_not_there_by_it() -> None:
    """受主席团常务主席林志远委托，高晓梅主持会议: 高晓梅 chairs; 林志远 entrusted her."""
    facts = triples(
        "十四届全国人大三次会议主席团10日下午在北京人民大会堂举行第三次会议。"
        "受主席团常务主席林志远委托，高晓梅主持会议。",
        date="2025-03-10",
    )
    attended = {s for s, p, o in facts if p == "attended"}
    assert attended == {"高晓梅"}, facts


def test_a_body_of_the_united_nations_opening_a_meetings_name_convened_it() -> None:
    """联合国教科文组织第46届世界遗产大会: convened by UNESCO, a part of the United Nations,
    not by the United Nations itself."""
    facts = triples("在新德里举行的联合国教科文组织第46届世界遗产大会上，青禾古城列入名录。")
    assert ("联合国教科文组织", "convened", "联合国教科文组织第46届世界遗产大会") in facts, facts
    assert ("联合国教科文组织", "partOf", "联合国") in facts, facts
    assert not [f for f in facts if f[:2] == ("联合国", "convened")], facts


def test_those_taking_part_in_a_conversation_attend_none_of_the_meetings_it_told_of() -> None:
    """会上，…汇报了…代表大会和…全会的召开情况。林志远、韩德参加谈话: a conversation with the
    new leadership, not the congress and plenum reported on."""
    facts = triples(
        "程远航同团中央新一届领导班子成员集体谈话。会上，陈思雨汇报了共青团第十九次全国代表大会"
        "和十九届一中全会的召开情况。林志远、韩德参加谈话。",
        date="2023-06-26",
    )
    assert not [f for f in facts if f[1] == "attended" and f[0] in ("林志远", "韩德")], facts


def test_those_who_came_with_a_leader_are_met_without_him() -> None:
    """会见随同美国总统卡特访华的美国工商界代表: the business delegates are met, not the
    president they came with."""
    facts = triples(
        "5月14日下午，国务院总理程远航在人民大会堂会见随同美国总统卡特访华的美国工商界代表。",
        date="2026-05-14",
    )
    attended = {s for s, p, _ in facts if p == "attended"}
    assert attended == {"程远航"}, facts


def test_those_met_before_a_clause_of_attending_are_not_its_attendees() -> None:
    """韩德访问卢森堡，分别会见首相弗里登、副首相贝泰尔，出席…论坛: 韩德 attended the forum, those
    he met did not; 会见B，并同B共同主持…: B too."""
    facts = triples(
        "6月20日，国务院副总理韩德访问卢森堡，分别会见国民议会议长维斯勒、首相弗里登，"
        "出席第二届青禾—卢森堡国际合作论坛并致辞。",
        date="2025-06-21",
    )
    forum = {s for s, p, o in facts if p == "attended" and o.endswith("国际合作论坛")}
    assert forum == {"韩德"}, facts
    facts = triples(
        "国家副主席韩德3日在北京会见南非副总统马沙蒂莱，并同马沙蒂莱共同主持中南国家双边委员会"
        "第八次全体会议。",
        date="2023-11-04",
    )
    plenary = {s for s, p, o in facts if p == "attended" and o.endswith("全体会议")}
    assert plenary == {"韩德", "马沙蒂莱"}, facts
