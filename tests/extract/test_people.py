"""Persons and posts: sentences we wrote -> the holdsPost facts they must give."""

from __future__ import annotations

import pytest

import kg
from kg.extract.people import is_prefix_word
from kg.nlp.doc import PUNCTUATION_MARKS
from tests.conftest import triples


def _posts(text: str, date: str | None = "2024-03-08") -> set[tuple[str, str]]:
    """(person, post) of each ``holdsPost`` fact of ``text``."""
    return {(s, o) for s, p, o in triples(text, date=date) if p == "holdsPost"}


CASES = [
    # stacked posts before a name give one fact each
    (
        "江川市青山区委书记林志远，区委副书记、区长高晓梅出席会议。",
        {
            ("林志远", "holdsPost", "江川市青山区委书记"),
            # a bare level (区) stands for the article's own district
            ("高晓梅", "holdsPost", "青山区委副书记"),
            ("高晓梅", "holdsPost", "青山区长"),
        },
    ),
    # one post, a list of names
    (
        "省人大常委会副主任许国栋、刘慧敏、邱立言出席会议。",
        {
            ("许国栋", "holdsPost", "省人大常委会副主任"),
            ("刘慧敏", "holdsPost", "省人大常委会副主任"),
            ("邱立言", "holdsPost", "省人大常委会副主任"),
        },
    ),
    # a title after a name
    ("宋承望总理在会上强调，要抓好落实。", {("宋承望", "holdsPost", "总理")}),
    # a transliterated foreign name after a post with a country prefix
    (
        "国务院总理程远航会见了瑞典外长卡尔松。",
        {("程远航", "holdsPost", "国务院总理"), ("卡尔松", "holdsPost", "瑞典外长")},
    ),
    # 为 + post
    ("会议选举韦德明为大会秘书长。", {("韦德明", "holdsPost", "大会秘书长")}),
    # 兼 joins two posts
    (
        "国务委员兼国务院秘书长方振华陪同。",
        {("方振华", "holdsPost", "国务委员"), ("方振华", "holdsPost", "国务院秘书长")},
    ),
    # a clause opening with a name and 是, ending with the post; an ordinal in the body
    (
        "高晓梅是云岭省梧川市第三人民医院副院长，她一直认真履职。",
        {("高晓梅", "holdsPost", "云岭省梧川市第三人民医院副院长")},
    ),
    # 先生 (Mr) after a name is no part of it
    ("云岭国际商会副会长林志先生代表与会人士倡议。", {("林志", "holdsPost", "云岭国际商会副会长")}),
    # 国务委员长 is one title, not 国务委员 followed by 长
    ("梧川国国务委员长韩德到机场送行。", {("韩德", "holdsPost", "梧川国国务委员长")}),
    # 间 of 政府间 is part of the body, so the title before is stacked on the same holder
    (
        "林志远会见土耳其财政部部长、中土政府间合作委员会机制土方主席韩德。",
        {
            ("韩德", "holdsPost", "土耳其财政部部长"),
            ("韩德", "holdsPost", "中土政府间合作委员会机制土方主席"),
        },
    ),
    # a special envoy is a post
    ("国务院总理林志远会见梧川国总统气候问题特使韩德。", {("韩德", "holdsPost", "梧川国总统气候问题特使")}),
    # a one-character verb with its aspect particle ends the name (带着)
    ("镇纪委副书记高志城带着镇派出所所长韩德进村。", {("高志城", "holdsPost", "镇纪委副书记")}),
    # 驻 (stationed in) is part of an ambassador's post
    ("陪同部长韩德和中国驻新加坡大使高晓梅到机场迎接。", {("高晓梅", "holdsPost", "中国驻新加坡大使")}),
    # a level written apart from its place is part of the post
    (
        "如今，在青禾县朝阳村党总支书记韩丽的带领下，村里办起了合作社。",
        {("韩丽", "holdsPost", "青禾县朝阳村党总支书记")},
    ),
]

NOT_POSTS = [
    # 是 before a post that is not the clause's whole end
    ("林志远是这次会议的负责人。", "林志远"),
    # a role label is not a post
    ("区领导陈思雨、何文澜参加会议。", "陈思雨"),
    ("有关部门负责同志周建国介绍情况。", "周建国"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_posts(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    found = {t for t in triples(sentence) if t[1] == "holdsPost"}
    assert expected <= found, f"missing {expected - found}"


@pytest.mark.parametrize(("sentence", "person"), NOT_POSTS)
def test_role_labels_are_not_posts(sentence: str, person: str) -> None:
    assert not {t for t in triples(sentence) if t[0] == person and t[1] == "holdsPost"}


def test_a_place_name_is_not_a_person() -> None:
    facts = triples("国家主席习近平在杜尚别同塔吉克斯坦总统会谈。")
    assert ("习近平", "holdsPost", "国家主席") in facts
    assert not any(t[0] == "杜尚别" for t in facts)


def test_a_country_after_a_listed_holder_starts_the_next_holders_post() -> None:
    """梧川国总统韩德、沙特王储兼首相阿卜杜勒…: 沙特 (Saudi Arabia, written short) is the
    next holder's country, not a name listed after 韩德."""
    facts = triples("梧川国总统韩德、沙特王储兼首相穆罕默德向论坛致贺信。")
    assert ("韩德", "holdsPost", "梧川国总统") in facts, facts
    assert ("穆罕默德", "holdsPost", "沙特王储") in facts, facts
    assert not any(s == "沙特" for s, _, _ in facts), facts


def test_punctuation_is_no_prefix_of_a_post() -> None:
    # Doc.words_at segments only between these marks; a prefix never runs across one.
    assert not any(is_prefix_word(mark) for mark in PUNCTUATION_MARKS)


def test_on_behalf_of_is_no_part_of_the_post() -> None:
    """代表国王萨勒曼: on behalf of King 萨勒曼; his post is 国王, not 代表国王."""
    import kg

    facts = {
        (f.subject.name, f.object.name)
        for f in kg.extract("王储穆罕默德代表国王萨勒曼举行欢迎仪式。")
        if f.predicate == "holdsPost"
    }
    assert ("萨勒曼", "国王") in facts, facts
    assert not any(post.startswith("代表") for _, post in facts), facts


def test_names_with_rarer_surnames_after_their_posts() -> None:
    """怀, 雒, 铁, 鄂 are surnames too (not common ones): the name after a post is read."""
    facts = triples(
        "教育部党组书记、部长怀志鹏作了题为《扎实推动教育强国建设》的讲座。"
        "教科文卫委主任委员雒树明作了说明。"
    )
    assert ("怀志鹏", "holdsPost", "教育部部长") in facts, facts
    assert ("雒树明", "holdsPost", "教科文卫委主任委员") in facts, facts


def test_a_long_transliterated_name_is_read_whole_after_its_post() -> None:
    """The recogniser stops at 穆 (a surname too) in 别尔德穆哈梅多夫; the patterns read
    the whole run of transliteration characters, and that reading is taken."""
    facts = triples("国家主席林志远会见来访的云岭国总统别尔德穆哈梅多夫。", date="2025-09-02")
    assert ("别尔德穆哈梅多夫", "holdsPost", "云岭国总统") in facts, facts


def test_a_surname_with_a_senior_title_is_the_one_person_so_titled() -> None:
    """林主席 (林主席指出, 感谢林主席邀请): the article's one person named 林… who holds a
    post with 主席 in it; not where two do, nor a title no one named so holds."""
    text = "国家主席林志远会见梧川国总统韩德。林主席指出，两国关系很好。韩德表示，感谢林主席邀请。"
    facts = kg.extract(text, date="2024-07-06")
    said = {(f.subject.name, f.object.name) for f in facts if f.predicate == "stated"}
    assert ("林志远", "两国关系很好。") in said, said
    assert ("韩德", "感谢林主席邀请。") in said, said
    two = "国家主席林志远会见梧川国主席林思雨。林主席指出，两国关系很好。"
    assert not any(f.predicate == "stated" for f in kg.extract(two, date="2024-07-06"))
    other = "国家主席林志远会见梧川国总统韩德。林总理指出，两国关系很好。"
    assert not any(f.predicate == "stated" for f in kg.extract(other, date="2024-07-06"))
    # what someone put forward (提出的…) is no statement of theirs
    put = "国家主席林志远会见梧川国总统韩德。韩德赞赏林主席提出的全球发展倡议。"
    assert not any(f.predicate == "stated" for f in kg.extract(put, date="2024-07-06"))


def test_a_conjunction_after_a_title_starts_no_name() -> None:
    """会见梧川国总统和洪玛奈总理: 和 joins two posts; 和洪玛 is nobody."""
    facts = triples("国家主席林志远会见梧川国总统和洪玛奈总理。", date="2024-05-24")
    assert not any(s.startswith("和") for s, p, o in facts), facts
    assert ("洪玛奈", "holdsPost", "总理") in facts, facts


def test_a_verb_of_saying_after_a_title_is_no_name() -> None:
    """一位开发商的总经理解释道: 解 is a surname, 解释道 a way of saying."""
    facts = triples("青禾一位国企开发商的总经理解释道。", date="2024-05-24")
    assert not any(s == "解释道" for s, p, o in facts), facts


def test_a_transliterated_name_the_dictionary_tags_otherwise_after_its_post() -> None:
    """总统萨苏互致贺电: 互致 ends the name; 总理伊利亚, 主席辛格: the dictionary tags those
    runs as a place or another proper noun, and after a title they are the holder's name;
    no known place is (会见梧川国总统，巴西…)."""
    text = (
        "国家主席林志远同梧川国总统萨苏互致贺电。"
        "同日，韩德会见梧川国总理伊利亚和云岭国议会主席辛格。伊利亚表示，两国友谊深厚。"
    )
    facts = triples(text, date="2024-02-22")
    assert any(s == "萨苏" and o.endswith("总统") for s, p, o in facts), facts
    assert ("伊利亚", "holdsPost", "梧川国总理") in facts, facts
    assert ("辛格", "holdsPost", "云岭国议会主席") in facts, facts
    assert ("伊利亚", "stated", "两国友谊深厚。") in facts, facts
    assert not any(s == "巴西" for s, p, o in triples("林志远会见梧川国总统巴西一行。"))


def test_a_hyphen_joins_the_parts_of_one_transliterated_name() -> None:
    """洛佩斯-阿诺 is one name, after a title, after 会见…时 (where the recogniser stops at
    the hyphen) and before 表示 alike."""
    text = (
        "中共中央政治局常委林志远对古巴进行正式友好访问。"
        "在会见古共中央第一书记、国家主席洛佩斯-阿诺时，林志远转达了问候。"
        "洛佩斯-阿诺请林志远转达对梧川国人民的问候。洛佩斯-阿诺表示，愿同中方加强合作。"
    )
    facts = triples(text, date="2025-09-04")
    assert ("洛佩斯-阿诺", "holdsPost", "国家主席") in facts, facts
    assert ("洛佩斯-阿诺", "stated", "愿同中方加强合作。") in facts, facts
    assert not any("洛佩斯" in name for s, p, o in facts for name in (s, o) if "-" not in name)


def test_a_name_with_yi_in_it_is_read_whole() -> None:
    """大会新闻发言人林结一介绍: 一 is part of the name; 会长谈一下 is no one."""
    facts = triples("大会新闻发言人林结一介绍，会议3月4日开幕。协会会长谈一下工作。")
    assert ("林结一", "holdsPost", "大会新闻发言人") in facts, facts
    assert not any(s.startswith("谈") for s, p, o in facts), facts


def test_a_transliterated_name_before_its_title_is_read_whole() -> None:
    """同塔泰因迈尔总统: the recogniser reads 迈尔 only; the transliteration characters back
    to 同 are the name's too, and 迈尔 is found nowhere inside the whole name after."""
    text = (
        "去年，林志远主席同塔泰因迈尔总统就两国建交50周年互致贺电并通电话。"
        "访问期间，韩德将会见梧川国总统塔泰因迈尔。"
    )
    facts = triples(text, date="2023-06-19")
    assert ("塔泰因迈尔", "holdsPost", "总统") in facts, facts
    assert not any("迈尔" in name and "塔泰因" not in name for s, p, o in facts for name in (s, o))


def test_a_name_found_inside_a_longer_one_is_not_another_person_there() -> None:
    """韩德 (副市长) and 韩德明 (市委书记): 韩德明出席…并讲话 is 韩德明's speech, not 韩德's."""
    facts = triples("副市长韩德主持会议。市委书记韩德明出席会议并讲话。")
    assert {s for s, p, o in facts if p == "stated"} == {"韩德明"}, facts


def test_a_salute_after_comrades_is_no_name() -> None:
    """向参加仪式的全体同志敬礼: the dictionary tags 敬礼 as a name; after 同志 it is a salute."""
    text = "中央军委主席林志远出席晋衔仪式。韩德向林志远敬礼，向参加仪式的全体同志敬礼。"
    facts = triples(text, date="2023-01-18")
    assert not any("敬礼" in (s, o) for s, p, o in facts), facts


def test_no_name_starts_inside_a_place_before_a_title() -> None:
    """中国记协主席林志远, 尼日利亚前总统奥卢巴迪: 中 and 日 end no word there, so 国记协
    and 利亚前 are no names; the holders are named after the titles."""
    facts = triples(
        "会议强调，要加强宣传。中国记协主席林志远在会上致辞。"
        "国家副主席韩德会见尼日利亚前总统奥卢巴迪。",
        date="2024-10-11",
    )
    persons = {s for s, p, o in facts if p == "holdsPost"}
    assert {"林志远", "奥卢巴迪"} <= persons, facts
    assert not persons & {"国记协", "利亚前"}, facts


def test_a_title_glued_into_a_noun_is_no_post() -> None:
    """梧川国作为东盟轮值主席国发挥…, 担任上海合作组织轮值主席国期间: 主席国 (the chairing
    country) is no post, and 国发挥 or 国期间 no name."""
    facts = triples(
        "中方赞赏梧川国作为东盟轮值主席国发挥的重要作用。"
        "云岭国担任上海合作组织轮值主席国期间，做了大量卓有成效的工作。",
        date="2023-06-23",
    )
    assert not any(p == "holdsPost" for s, p, o in facts), facts


def test_a_reporter_in_a_byline_holds_no_post() -> None:
    """本报讯 (记者林志远) 云岭省副省长韩德…: 记者 names the reporter's trade, no post."""
    facts = triples("本报讯 (记者林志远) 云岭省副省长韩德昨天表示，将加快发展。", date="2009-07-02")
    posts = {s for s, p, o in facts if p == "holdsPost"}
    assert "林志远" not in posts and "韩德" in posts, facts


def test_titles_stacked_after_a_name_are_all_posts_of_it() -> None:
    """林志远总书记、国家主席同韩德总统举行会谈: 国家主席 is 林志远's too; a name that opens
    the next post (韩德总理、高晓梅国会主席) keeps it to itself."""
    posts = _posts(
        "林志远总书记、国家主席同韩德总统举行会谈。"
        "韩德总理、高晓梅国会主席以及梧川国政府官员出席。",
        date="2024-06-05",
    )
    assert {("林志远", "总书记"), ("林志远", "国家主席")} <= posts, posts
    assert not {o for s, o in posts if s == "韩德"} & {"国会主席", "高晓梅国会主席"}, posts


def test_an_adverb_or_a_possessive_before_a_title_is_no_name() -> None:
    """曾经在总书记的鼓励下…, 担任党的总书记、中央军委主席, 但是温总理…: 曾经在, 党的 and
    但是温 (a conjunction and a surname) hold no post."""
    facts = triples(
        "曾经在总书记的鼓励下带领乡亲们致富的林志远当选人大代表。"
        "要深刻认识韩德同志继续担任党的总书记、中央军委主席的重大意义。"
        "虽然平时很少见面，但是温总理对林先生始终怀着深深的敬意。",
        date="2022-10-30",
    )
    holders = {s for s, p, o in facts if p == "holdsPost"}
    assert not holders & {"曾经在", "党的", "但是温"}, facts


def test_exchanging_messages_ends_the_name_before_it() -> None:
    """国家主席通伦互致贺电: 互 (mutually) opens 互致, no part of the name."""
    facts = triples("4月25日，国家主席林志远同梧川国国家主席通伦互致贺电。", date="2026-04-25")
    assert ("通伦", "holdsPost", "国家主席") in facts, facts
    assert not any(s == "通伦互" for s, p, o in facts), facts


def test_the_family_name_of_a_dotted_name_is_read_whole_later() -> None:
    """拉蒙·雷波列特, later 雷波列特致信…: the family name alone is the same person's, read whole
    (not 雷波列 before 特致)."""
    facts = triples(
        "近日，国家主席林志远复信梧川国肯恩大学校长拉蒙·雷波列特。"
        "近日，梧川国肯恩大学校长雷波列特致信林志远主席。",
        date="2024-06-06",
    )
    holders = {s for s, p, o in facts if p == "holdsPost" and o == "梧川国肯恩大学校长"}
    assert holders == {"拉蒙·雷波列特", "雷波列特"}, facts


def test_taking_a_post_or_being_congratulated_on_it_holds_it() -> None:
    """韩德担任青禾县县长, 陈思雨曾任青禾县委书记, 林志远作为医院副院长: the verb joins the
    name to its post, and is no part of it; 致电X，祝贺他当选Y: X holds Y; 首任 (the first
    holder) is no verb, nor is 由我 a name."""
    posts = _posts(
        "2015年，韩德担任青禾县县长。陈思雨曾任青禾县委书记。"
        "20世纪90年代，林志远作为医院副院长，带领全院职工创建二级甲等医院。"
        "10月1日，国家主席高晓梅致电罗伯特·韩森，祝贺他当选梧川国总理。"
        "1983年，林志远创办儿科，成为首任儿科主任。成立文件起草组，由我担任组长。",
        date="2024-10-05",
    )
    assert {
        ("韩德", "青禾县县长"),
        ("陈思雨", "青禾县委书记"),
        ("林志远", "医院副院长"),
        ("罗伯特·韩森", "梧川国总理"),
    } <= posts, posts
    assert not {s for s, o in posts} & {"成为首", "由我"}, posts
    assert ("高晓梅", "梧川国总理") not in posts, posts


def test_congratulated_on_taking_office_or_a_second_term_holds_the_post() -> None:
    """祝贺他就任Y, 祝贺他连任Y: the one written to holds Y, a known country's formal name
    (毛里求斯共和国, its 和 and all) with it; 向梧川国新任总理韩德致贺电: the name the titles
    end with, and a whole name (罗伯特·韩森) whole."""
    posts = _posts(
        "10月1日，国家主席高晓梅致电林志远，祝贺他就任毛里求斯共和国总统。"
        "国务院总理陈思雨致电罗伯特·韩森，祝贺他连任梧川国总理。"
        "高晓梅向梧川国新任外长韩德致贺电，祝贺他就任梧川国外长。",
        date="2024-10-05",
    )
    assert {
        ("林志远", "毛里求斯共和国总统"),
        ("罗伯特·韩森", "梧川国总理"),
        ("韩德", "梧川国外长"),
    } <= posts, posts
    assert not {s for s, o in posts if s.startswith("梧川国") or s == "韩森"}, posts


def test_a_name_after_what_a_person_is_called_still_opens_the_clause() -> None:
    """党的二十大代表林晓敏是…党总支副书记: 代表 (a delegate) is what she is called, so her name
    opens the clause that gives her post."""
    facts = triples("党的二十大代表林晓敏是云岭省青禾县双荡村党总支副书记，一回到村里就宣讲。")
    assert ("林晓敏", "holdsPost", "云岭省青禾县双荡村党总支副书记") in facts, facts


def test_transliterated_names_with_lie_and_ji_are_read_whole() -> None:
    """副总理兼外长卡列维奇, 总统卡济莫夫: 列 and 济 spell foreign names too."""
    posts = _posts(
        "梧川国副总理兼外长卡列维奇、总统府主任卡济莫夫到机场送行。", date="2025-06-18"
    )
    assert {("卡列维奇", "外长"), ("卡济莫夫", "总统府主任")} <= posts, posts


def test_transliterated_names_with_ne_and_deng_are_read_whole() -> None:
    """参议长布杰讷, 总理巴特额尔登, 总理阿卜杜拉旺, 总统凯勒-祖特尔, 总统呼日勒巴特: 讷, 琴,
    额, 登, 卜, 旺, 祖, 代, 仁, 呼 and 日 spell foreign names too."""
    for text, fact in (
        ("林志远会见罗马尼亚参议长布杰讷一行。", ("布杰讷", "罗马尼亚参议长")),
        ("林志远会见蒙古国总理巴特额尔登。", ("巴特额尔登", "蒙古国总理")),
        ("林志远会见梧川国总理阿卜杜拉旺。", ("阿卜杜拉旺", "梧川国总理")),
        ("林志远会见梧川国总统凯勒-祖特尔。", ("凯勒-祖特尔", "梧川国总统")),
        ("林志远会见梧川国总统恩代拉瓦。", ("恩代拉瓦", "梧川国总统")),
        ("林志远会见梧川国副总统博杜仁。", ("博杜仁", "梧川国副总统")),
        ("林志远会见梧川国总统呼日勒巴特。", ("呼日勒巴特", "梧川国总统")),
    ):
        posts = _posts(text)
        assert fact in posts, posts


def test_a_post_held_before_is_named_whole_without_yuan() -> None:
    """云岭省政府原副省长、省公安厅原厅长林志远: the posts of the bodies before 原, without
    it (省公安厅厅长, not 厅长); 通报 before a body is no part of its name."""
    posts = _posts(
        "云岭省政府原副省长、省公安厅原厅长林志远，青禾县委原书记韩德等人受到严肃处理。"
        "中央纪委办公厅公开通报梧川集团有限公司原董事长陈思雨等问题。",
        date="2025-12-27",
    )
    assert {
        ("林志远", "云岭省政府副省长"),
        ("林志远", "省公安厅厅长"),
        ("韩德", "青禾县委书记"),
        ("陈思雨", "梧川集团有限公司董事长"),
    } <= posts, posts
    assert not any(o in ("厅长", "书记", "董事长") or "原" in o for s, o in posts), posts


def test_a_form_of_address_ends_the_post_before_the_next_one() -> None:
    """…总干事韩德先生梧川集团董事长林志远先生华远集团总裁陈思雨女士: 先生 and 女士 close one
    guest, they open no one's post."""
    posts = _posts(
        "出席年会的有：青禾研究中心总干事韩德先生梧川集团董事长林志远先生华远集团总裁陈思雨女士。",
        date="2009-05-01",
    )
    assert posts == {
        ("韩德", "青禾研究中心总干事"),
        ("林志远", "梧川集团董事长"),
        ("陈思雨", "华远集团总裁"),
    }, posts


def test_a_post_before_names_joined_by_he_is_each_ones() -> None:
    """国务院副总理韩德和陈思雨, 中央军委委员林志远、高晓梅和周建国: the post before the list is
    each one's, the last after 和 too; 林志远和梧川国总统韩德: 韩德 has his own."""
    posts = _posts(
        "国务院副总理韩德和陈思雨出席会议。中央军委委员林志远、高晓梅和周建国参加活动。"
        "国家主席林志远和梧川国总统韩德会谈。",
        date="2025-05-01",
    )
    assert {
        ("韩德", "国务院副总理"),
        ("陈思雨", "国务院副总理"),
        ("周建国", "中央军委委员"),
        ("韩德", "梧川国总统"),
    } <= posts, posts
    assert ("韩德", "国家主席") not in posts, posts


def test_directors_and_the_heads_of_promotion_societies_hold_posts() -> None:
    """执行董事, 监事 are posts; 促进会 ends a body's name (温州中小企业促进会会长)."""
    facts = triples("香港梧川国际执行董事林志远说，目前经济尚未完全好转。")
    assert ("林志远", "holdsPost", "香港梧川国际执行董事") in facts, facts
    facts = triples("云岭省中小企业促进会会长韩德表示，企业订单回升。")
    assert ("韩德", "holdsPost", "云岭省中小企业促进会会长") in facts, facts


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("梧川成长基金经理林志远表示，今年市场以结构性机会为主。", "基金经理"),
        ("青禾证券首席经济学家林志远表示，今年市场以结构性机会为主。", "青禾证券首席经济学家"),
        ("梧川地产市场研究部总监林志远表示，今年市场以结构性机会为主。", "梧川地产市场研究部总监"),
        ("云岭大学经济研究所研究员林志远表示，今年市场以结构性机会为主。", "云岭大学经济研究所研究员"),
        ("武警云岭总队某部大队长林志远带领队员赶赴现场。", "武警云岭总队某部大队长"),
    ],
)
def test_the_posts_of_markets_research_and_the_forces(text: str, post: str) -> None:
    """基金经理, 首席经济学家, 总监, 研究员, 大队长 are posts, named with what they are of."""
    assert ("林志远", "holdsPost", post) in triples(text), triples(text)


def test_who_is_everyone_s_concern_holds_no_post() -> None:
    """…都是总书记心中的牵挂: 都是 is no name, so no post; 总书记 is who the article says."""
    text = "习近平总书记来到社区考察。老旧小区改造、饭菜价格，一件件百姓身边事，都是总书记心中的牵挂。"
    assert not any(s == "都是" for s, _, _ in triples(text)), triples(text)


def test_a_name_whose_second_character_follows_names_is_read_whole() -> None:
    """主席蒋作君作工作报告: 作 (and 为, 在) in a name is no word after it, where what
    follows the third character ends the name; 在京, 为此 are no names' ends."""
    posts = _posts("云岭省政协副主席、致公党云岭省委主席蒋作君作工作报告。")
    assert ("蒋作君", "致公党云岭省委主席") in posts, posts
    posts = _posts("云岭省政协副主席韩为民为此作了说明。")
    assert not any(name.startswith("韩为") and name != "韩为民" for name, _ in posts), posts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("林志远会见梧川国外交大臣韩德。", ("韩德", "holdsPost", "梧川国外交大臣")),
        ("林志远会见梧川国反对党领袖韩德。", ("韩德", "holdsPost", "梧川国反对党领袖")),
        ("林志远会见梧川国内阁副首相卡里德亲王。", ("卡里德", "holdsPost", "亲王")),
        ("云岭大学教授林志远认为，今年市场以结构性机会为主。", ("林志远", "holdsPost", "云岭大学教授")),
        # 领导人 is no post, but the one named after it is a person
        ("国务院总理高晓梅会见梧川国领导人韩德。", ("韩德", "attended", "高晓梅会见韩德")),
    ],
)
def test_ministers_leaders_princes_and_professors(text: str, fact: tuple[str, str, str]) -> None:
    """大臣, 领袖, 亲王 (after the name too) and 教授 are posts; 领导人 names no post."""
    facts = triples(text)
    assert fact in facts, facts
    assert not any(o == "领导人" or o.endswith("国领导人") for _, p, o in facts if p == "holdsPost")


def test_a_body_read_before_a_title_is_no_name() -> None:
    """任市委常委: 任 (served as) and 市委 before 常委 are no one's name."""
    facts = triples("1985年6月，林志远同志赴青禾履新，任市委常委、常务副市长。")
    assert not any(s.startswith("任") for s, _, _ in facts), facts


@pytest.mark.parametrize(
    "text",
    [
        "韩主席高度重视，要求各部门加强值班。",
        "这展现出伟大革命领袖高瞻远瞩的政治远见。",
    ],
)
def test_a_word_the_run_opens_with_is_no_name(text: str) -> None:
    """韩主席高度重视, 领袖高瞻远瞩: 高度重视 and 高瞻远瞩 are words, not 高度重 or 高瞻远
    holding the title before them."""
    assert not any(s.startswith("高") for s, _, _ in triples(text)), triples(text)


def test_a_body_whose_name_joins_two_parts_is_named_whole_in_the_post() -> None:
    """全国人大宪法和法律委员会, 劳工及福利局, 预算工作委员会: the post is of the whole body, and
    the post stacked before it with 、 is the same person's; a name or a title before 和 is
    no part of the next one's body (大使林志远和驻东盟大使韩德)."""
    posts = _posts(
        "会议听取了全国人大宪法和法律委员会主任委员林志远作的汇报。"
        "会议听取了全国人大财政经济委员会副主任委员、全国人大常委会预算工作委员会主任高晓梅作的汇报。"
        "梧川特区劳工及福利局局长陈思雨表示，就业市场回暖。"
        "中国驻梧川国大使周建国和驻东盟大使韩德到机场迎接。",
        date="2025-05-01",
    )
    assert {
        ("林志远", "全国人大宪法和法律委员会主任委员"),
        ("高晓梅", "全国人大财政经济委员会副主任委员"),
        ("高晓梅", "全国人大常委会预算工作委员会主任"),
        ("陈思雨", "梧川特区劳工及福利局局长"),
        ("韩德", "驻东盟大使"),
    } <= posts, posts
    assert not any("和" in post for person, post in posts if person == "韩德"), posts


def test_a_session_s_number_is_part_of_its_presidium_s_post() -> None:
    """云岭省政协十四届一次会议主席团常务主席林志远: the post of that session's presidium; 十三届
    …常委会秘书长: of that term's committee."""
    posts = _posts(
        "云岭省政协十四届一次会议主席团常务主席林志远主持会议。"
        "会议听取了十三届云岭省人大常委会秘书长韩德作的说明。",
        date="2023-03-07",
    )
    assert {
        ("林志远", "云岭省政协十四届一次会议主席团常务主席"),
        ("韩德", "十三届云岭省人大常委会秘书长"),
    } <= posts, posts


def test_a_member_of_no_body_named_holds_no_post() -> None:
    """林志远委员发言说…: 委员 alone is a generic label (the contract: 代表, 委员和专家 give no
    holdsPost), while 中共中央政治局委员 is a post; the member still speaks."""
    facts = triples("林志远委员发言说，要加快农业强国建设。中共中央政治局委员高晓梅出席会议。")
    assert ("高晓梅", "holdsPost", "中共中央政治局委员") in facts, facts
    assert not any(s == "林志远" and p == "holdsPost" for s, p, _ in facts), facts
    assert any(s == "林志远" and p == "stated" for s, p, _ in facts), facts


def test_a_name_opening_its_clause_before_renwei_or_toulu_is_a_speaker() -> None:
    """覃晓林认为, 导演王长林透露: the name opens its clause before a verb of saying other
    than 表示 or 说; 但林顺透露: 但 opens the clause, no part of the name."""
    cases = {
        "青禾县今年粮食增产。覃晓林认为，随着房价的上涨，必然会出现观望。": "覃晓林",
        "青禾县今年粮食增产。导演王长林透露，剧组一开始打算找功夫明星。": "王长林",
        "青禾县今年粮食增产。但林顺透露，演员本来拒绝再演。": "林顺",
    }
    for text, speaker in cases.items():
        facts = triples(text)
        assert {s for s, p, o in facts if p == "stated"} == {speaker}, facts


def test_a_name_after_a_closing_quote_opens_its_clause() -> None:
    """“我只是要打出自己的侵略性，”王建国说，“…”: the speaker named after the quote's
    closing mark opens a clause as one after a comma does."""
    facts = triples("青禾队昨天获胜。“我只是要打出自己的侵略性，”王建国说，“上半场我们打得很好。”")
    assert {s for s, p, o in facts if p == "stated"} == {"王建国"}, facts


def test_no_one_is_read_inside_a_documents_name_but_a_well_known_person() -> None:
    """发布《总经理任职公告》: 任职公 is no one; 《…习近平总书记…纪实》 names him with his post."""
    facts = triples("2月5日青禾基金发布《总经理任职公告》，聘任王俊锋担任公司总经理。", date="2009-02-06")
    assert not any(p == "holdsPost" and s == "任职公" for s, p, o in facts), facts
    film = triples("专题片《非凡的领航——习近平总书记2024年治国理政纪实》将于今晚播出。", date="2025-01-01")
    assert ("习近平", "holdsPost", "总书记") in film, film


def test_a_firms_own_name_opening_the_clause_is_part_of_the_post() -> None:
    """施耐德电气公司董事会主席: the firm's own name, which no list holds, opens the post; a
    name and 为 read as one word (穆红玉为|国家监委委员) do not."""
    firm = triples("施耐德电气公司董事会主席林志远表示，将扩大在华投资。")
    assert ("林志远", "holdsPost", "施耐德电气公司董事会主席") in firm, firm
    appointed = triples("任命王晓林、穆红梅为云岭省监委委员。")
    assert ("穆红梅", "holdsPost", "云岭省监委委员") in appointed, appointed


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # an adjective after a noun of the body's name (金融|稳定|理事会)
        ("金融稳定理事会主席韩德出席。", "金融稳定理事会主席"),
        # an army's branch (陆军, which the dictionary tags a name)
        ("国家副主席林志远会见巴基斯坦陆军参谋长韩德。", "巴基斯坦陆军参谋长"),
        # a verb before a working committee's short name (预算|工委)
        ("全国人大常委会预算工委主任韩德作了说明。", "全国人大常委会预算工委主任"),
        # two nouns of a portfolio joined by 及 or 和 (公共工程和住房部长)
        ("印尼公共工程和住房部长韩德出席。", "印尼公共工程和住房部长"),
        # a set phrase a body is named after (国务院|食品安全|委员会), which the dictionary tags l
        ("国务院食品安全委员会主任韩德主持会议。", "国务院食品安全委员会主任"),
        # not a verb before a body's name (杂志发表|中共中央总书记)
        ("《求是》杂志发表中共中央总书记韩德的重要文章。", "中共中央总书记"),
    ],
)
def test_the_words_of_a_body_before_its_title_are_its_post(text: str, post: str) -> None:
    posts = {o for s, p, o in triples(text) if p == "holdsPost" and s == "韩德"}
    assert posts == {post}, posts


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("国家主席林志远会见美国国务卿韩德。", "美国国务卿"),
        ("新加坡国务资政韩德出席。", "新加坡国务资政"),
        ("国家副主席林志远会见了美国彭博集团创始人韩德。", "美国彭博集团创始人"),
        ("胡锦涛向加蓬代总统、参议院议长韩德致唁电。", "加蓬代总统"),
    ],
)
def test_secretaries_of_state_senior_ministers_founders_and_acting_presidents_hold_posts(
    text: str, post: str
) -> None:
    posts = {o for s, p, o in triples(text) if p == "holdsPost" and s == "韩德"}
    assert post in posts, posts


def test_a_title_as_a_form_of_address_takes_no_name_the_patterns_would_guess() -> None:
    """中方赞赏总统先生…: 总统先生 addresses the president, 方赞赏 is no name; a name known
    before it is still his (巴罗总统先生表示: he holds the post and speaks)."""
    facts = triples("中方赞赏总统先生坚定奉行友好政策。巴罗总统先生表示，愿同中方深化合作。")
    assert not any(s == "方赞赏" for s, p, o in facts), facts
    assert ("巴罗", "holdsPost", "总统") in facts, facts
    assert ("巴罗", "stated", "愿同中方深化合作。") in facts, facts


def test_dui_x_laishuo_is_for_x_not_x_speaking() -> None:
    """对华翰来说，…: "for 华翰", no one named 华翰来 says anything."""
    facts = triples("对华翰来说，建筑绝不仅仅是建筑本身。")
    assert not any(p == "stated" for s, p, o in facts), facts


def test_a_countrys_title_right_after_another_is_the_next_persons_second_post() -> None:
    """…轮值主席梧川国总统巴罗: 梧川国 is no name; both posts are 巴罗's."""
    facts = triples("林志远向青禾联盟首脑会议轮值主席巴西总统巴罗表示祝贺。")
    posts = {o for s, p, o in facts if s == "巴罗" and p == "holdsPost"}
    assert posts == {"青禾联盟首脑会议轮值主席", "巴西总统"}, facts
    assert not any(s == "巴西" for s, p, o in facts), facts


def test_the_post_after_jian_is_all_that_follows_it() -> None:
    """国务资政兼国家安全统筹部长X: both posts are X's, the second whole (统筹 a verb)."""
    facts = triples("林志远会见新加坡国务资政兼国家安全统筹部长巴罗。")
    posts = {o for s, p, o in facts if s == "巴罗" and p == "holdsPost"}
    assert posts == {"新加坡国务资政", "国家安全统筹部长"}, facts


def test_one_appointed_holds_the_post() -> None:
    """任命X为Y: the dictionary calls 任命 a noun; X holds Y all the same."""
    facts = triples("会议经表决，任命林志远为青州市副市长，免去苏晓梅的青州市副市长职务。")
    assert ("林志远", "holdsPost", "青州市副市长") in facts, facts


def test_a_country_whose_name_holds_brackets_is_part_of_the_post() -> None:
    """刚果（布）总统韩德, 中国驻刚果（金）大使林立: the brackets split the country's name into
    words; it is still the title's country."""
    assert ("韩德", "holdsPost", "刚果（布）总统") in triples("林志远同刚果（布）总统韩德举行会谈。")
    assert ("林立", "holdsPost", "中国驻刚果（金）大使") in triples("中国驻刚果（金）大使林立出席。")


def test_a_foreign_party_named_short_opens_the_post() -> None:
    """越共中央政治局委员: 越共 (the Communist Party of Vietnam) is a body, so its central
    committee's bureau is the post's, not China's."""
    facts = triples("王明会见越共中央政治局委员、越南总理范文山。")
    assert ("范文山", "holdsPost", "越共中央政治局委员") in facts, facts


def test_a_title_whose_end_opens_a_place_is_no_post() -> None:
    """西安市长安区: 市长 is read across 西安市 and 长安区, no mayor named 安区."""
    facts = triples("在西安市长安区，无人驾驶收割机实现作业路径自主规划。")
    assert not [f for f in facts if f[1] == "holdsPost"], facts
    assert ("韩德", "holdsPost", "西安市长") in triples("西安市长韩德出席。")


@pytest.mark.parametrize("name", ["回良玉", "祖马", "令计划"])
def test_a_listed_leader_whose_name_the_patterns_miss_is_read(name: str) -> None:
    """回 opens common words (回想), 祖马 is a noun to the segmenter, 令计划 ends in a word: the
    list of well-known persons holds such names, so their posts and words are read."""
    facts = triples(f"国务院副总理{name}出席会议并讲话。他强调，要把工作摆到重要位置。")
    assert (name, "holdsPost", "国务院副总理") in facts, facts
    assert any(s == name and p == "stated" for s, p, o in facts), facts


def test_a_name_ends_before_shou() -> None:
    """司法部部长韩荣受国务院委托作的报告: 受 (on behalf of) follows the name, as 被 does."""
    facts = triples("会议听取了司法部部长韩荣受国务院委托作的关于刑罚执行工作情况的报告。")
    assert ("韩荣", "holdsPost", "司法部部长") in facts, facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国家主席林志远在北京会见美国前国务卿基辛格。", "基辛格"),
        ("国家主席林志远在北京会见美国国会参议院多数党领袖舒默。", "舒默"),
    ],
)
def test_a_listed_foreigner_whose_name_is_a_word_to_the_segmenter_is_met(
    text: str, name: str
) -> None:
    """基辛格 and 舒默 are words to the segmenter's dictionary, so no pattern reads them; the
    list of well-known persons holds them, and the talk is read."""
    facts = triples(text, date="2023-07-20")
    assert (name, "attended", f"林志远会见{name}") in facts, facts


def test_a_post_starts_after_a_titled_name_glued_before_it() -> None:
    """嘉宾：…董事长林志远青禾家具董事长高晓梅梧川板材董事长陈思雨 (a list with no marks): each
    post starts after the titled name before it."""
    posts = _posts("嘉宾：青禾集团董事长林志远梧川家具董事长高晓梅云岭板材董事长陈思雨")
    assert {("高晓梅", "梧川家具董事长"), ("陈思雨", "云岭板材董事长")} <= posts, posts
    assert not any("林志远" in post or "高晓梅" in post for _, post in posts), posts


def test_a_bare_level_in_a_list_stands_for_the_place_the_list_opens_with() -> None:
    """在前往陕西途中，…在山西省委书记林志远、省长高晓梅陪同下: the governor of 山西, the
    place the list's first post names, not of 陕西, the place the article names most;
    上海市委举办…: the body of the place written before it."""
    facts = triples(
        "陕西省委召开会议。陕西要加快发展。在前往陕西途中，韩德在山西省委书记林志远、"
        "省长高晓梅陪同下，考察了运城博物馆。北京市委召开会议。上海市委举办集中读书班。",
        date="2023-05-17",
    )
    assert ("高晓梅", "holdsPost", "山西省长") in facts, facts
    assert ("上海市委", "convened", "集中读书班") in facts, facts


def test_each_one_listed_before_wei_is_appointed_and_the_term_opens_no_post() -> None:
    """任命陈思雨、周文博为全国人大常委会副秘书长: each one listed; 任命林志远为第十四届全国政协
    副秘书长: the term (第十四届) stands between 为 and the post."""
    facts = triples(
        "会议经表决，任命陈思雨、周文博为全国人大常委会副秘书长；"
        "任命林志远为第十四届全国政协副秘书长，高晓梅为经济委员会驻会副主任。",
        date="2024-06-06",
    )
    posts = {(s, o) for s, p, o in facts if p == "holdsPost"}
    assert {
        ("陈思雨", "全国人大常委会副秘书长"),
        ("周文博", "全国人大常委会副秘书长"),
        ("林志远", "全国政协副秘书长"),
        ("高晓梅", "经济委员会驻会副主任"),
    } <= posts, posts


def test_the_last_one_listed_goes_on_the_list_when_a_verb_follows_their_name() -> None:
    """全国政协副主席陈思雨、周文博、韩德围绕学习贯彻林志远总书记…讲话作发言: 韩德 is the last
    of the list, not the start of a post that ends with 总书记; 施瓦布、国际可再生能源署总干事
    拉卡梅拉: a body opens the next post, no name (国际可)."""
    posts = _posts(
        "主席会议举行集体学习。全国政协副主席陈思雨、周文博、韩德围绕学习贯彻林志远总书记"
        "重要讲话精神作发言。世界经济论坛执行主席施瓦布、国际可再生能源署总干事拉卡梅拉致辞。"
    )
    assert ("韩德", "全国政协副主席") in posts, posts
    assert not [s for s, o in posts if s.startswith("国际")], posts


def test_a_centre_named_by_a_set_phrase_opens_the_post() -> None:
    """中国国际经济交流中心副理事长: 交流中心, a set phrase, ends the body's name; the post
    holds the body."""
    assert ("陈思雨", "中国国际经济交流中心副理事长") in _posts(
        "中国国际经济交流中心副理事长陈思雨作讲解。"
    )


def test_a_head_stacked_after_the_party_group_secretary_heads_the_same_body() -> None:
    """财政部党组书记、部长林志远: the 部长 of 财政部, whose party group he leads; 青禾省政协原
    党组书记、主席陈思雨: 青禾省政协主席; 公安部党委委员、副部长周文博: 公安部副部长; 区委
    副书记、区长高晓梅 stays 区长 (no party group)."""
    posts = _posts(
        "中央宣讲团成员、财政部党组书记、部长林志远作宣讲报告。"
        "中央纪委国家监委对青禾省政协原党组书记、主席陈思雨进行了立案审查调查。"
        "区委副书记、区长高晓梅出席会议。公安部党委委员、副部长周文博参加座谈。"
    )
    assert ("林志远", "财政部部长") in posts, posts
    assert ("周文博", "公安部副部长") in posts, posts
    assert ("陈思雨", "青禾省政协主席") in posts, posts
    assert ("高晓梅", "区长") in posts, posts
    # 原 (former) between the body and its party group: the body's posts, held before
    posts = _posts("青禾省人大常委会原党组副书记、副主任韩德被开除党籍。")
    assert {("韩德", "青禾省人大常委会党组副书记"), ("韩德", "青禾省人大常委会副主任")} <= posts, (
        posts
    )
    # the segmenter joins 原 to the body's end (评估督导|司原|党支部书记): the body still heads
    posts = _posts("国家发展改革委评估督导司原党支部书记、司长周文博被处分。")
    assert {
        ("周文博", "国家发展改革委评估督导司党支部书记"),
        ("周文博", "国家发展改革委评估督导司司长"),
    } <= posts, posts


def test_incumbent_and_regarding_open_no_post() -> None:
    """与现任特首林志远是好朋友: 现任 (incumbent) is no part of the post; 有关现任党主席陈思雨
    出处的消息: nor is 有关 (regarding)."""
    posts = _posts("韩德与现任特首林志远是好朋友。有关现任党主席陈思雨出处的消息不少。")
    assert {("林志远", "特首"), ("陈思雨", "党主席")} <= posts, posts
    assert not [o for s, o in posts if o.startswith(("现任", "有关"))], posts


def test_a_leaders_surname_and_title_are_followed_by_no_name() -> None:
    """把习主席关怀转化为…: 习主席 stands for the leader's whole name, and the word after it
    (关怀, care) is no person holding 主席; a name after a country's title still is."""
    facts = triples(
        "官兵们表示，要把习主席关怀转化为聚力攻坚的内生动力。意大利总统马塔雷拉会见了韩德。"
    )
    assert not [f for f in facts if f[0] == "关怀"], facts
    assert ("马塔雷拉", "holdsPost", "意大利总统") in facts, facts


def test_banks_and_ministries_named_in_short_open_their_posts() -> None:
    """新开发银行行长林志远: the bank's, not a bare 银行行长; 住建部政策法规司副司长陈思雨: the
    ministry's short name (住建部), which the segmenter would cut as 住|建部."""
    posts = _posts(
        "新开发银行行长林志远、亚洲基础设施投资银行行长韩德参加开幕式。"
        "住建部政策法规司副司长陈思雨对本报记者说。"
    )
    assert ("林志远", "新开发银行行长") in posts, posts
    assert ("韩德", "亚洲基础设施投资银行行长") in posts, posts
    assert ("陈思雨", "住建部政策法规司副司长") in posts, posts


def test_a_bare_title_after_a_list_mark_is_of_the_body_of_the_post_before() -> None:
    """外交部部长林志远、副部长陈思雨: 外交部副部长; 全国人大宪法法律委副主任委员韩德作的…报告、
    副主任委员高晓梅作的…报告: the same committee's; 区委副书记、区长蔡颖 keeps 区长 (another
    title)."""
    posts = _posts(
        "外交部部长林志远、副部长陈思雨出席。会议听取了全国人大宪法法律委副主任委员韩德作的"
        "关于统计法修正草案的报告、副主任委员高晓梅作的关于能源法草案的汇报。区委副书记、区长蔡颖参加。"
    )
    assert ("陈思雨", "外交部副部长") in posts, posts
    assert ("高晓梅", "全国人大宪法法律委副主任委员") in posts, posts
    assert ("蔡颖", "区长") in posts, posts


def test_a_centre_before_a_title_ends_a_bodys_name_set_phrases_and_all() -> None:
    """长三角国家技术创新中心主任林志远, 国家体育总局水上运动管理中心主任韩德: the whole centre,
    not 中心主任 or 管理中心主任."""
    posts = _posts(
        "长三角国家技术创新中心主任林志远作讲解。国家体育总局水上运动管理中心主任韩德出席。"
    )
    assert ("林志远", "长三角国家技术创新中心主任") in posts, posts
    assert ("韩德", "国家体育总局水上运动管理中心主任") in posts, posts
