"""Names read off the characters, and the names an article has already given."""

from __future__ import annotations

from kg.extract.names import KnownNames, is_name_run, name_at, name_before, name_run
from tests.conftest import triples


def test_the_longest_known_name_wins() -> None:
    known = KnownNames(["李强", "李强国"])
    text = "总理李强国表示"
    assert known.starting_at(text, 2) == "李强国"
    assert known.ending_at(text, 5) == "李强国"
    assert known.ending_at(text, 4) == "李强"
    assert known.ending_at(text, 3) is None
    assert known.starting_at(text, 0) is None


def test_a_name_added_later_is_found() -> None:
    known = KnownNames()
    assert known.starting_at("阿卜杜拉·阿齐兹表示", 0) is None
    known.add("阿卜杜拉·阿齐兹")
    assert name_at("阿卜杜拉·阿齐兹表示", 0, known) == "阿卜杜拉·阿齐兹"
    assert name_before("会见阿卜杜拉·阿齐兹", 10, known) == "阿卜杜拉·阿齐兹"


def test_a_conjunction_before_a_name_is_not_the_surname_he() -> None:
    # 和 is a surname, but before a name it is the conjunction: 外长和卡尔松外长.
    assert name_at("和卡尔松外长表示", 0) is None
    assert name_at("卡尔松外长表示", 0) == "卡尔松"
    assert name_at("林志远和卡尔松表示", 0) == "林志远"


def test_a_name_ending_in_he_is_read_whole_where_he_joins_nothing() -> None:
    # 和 ends the name where the list or the clause ends after it (包信和先后发言) ...
    assert name_at("韩立和先后发言", 0) == "韩立和"
    assert name_at("韩立和等出席", 0) == "韩立和"
    assert name_at("韩立和、林志远", 0) == "韩立和"
    # ... and joins what follows where something does (韩立和林志远, 韩立和夫人)
    assert name_at("韩立和林志远出席", 0) == "韩立"
    assert name_at("韩立和夫人出席", 0) == "韩立"


def test_the_word_that_ends_a_list_is_not_part_of_its_last_name() -> None:
    assert not is_name_run("秦刚等")
    assert is_name_run("秦刚")


def test_a_long_foreign_name_with_a_given_name_before_the_dot_is_read_whole() -> None:
    """谢尔达尔·别尔德穆哈梅多夫 (13 characters): a name with · may run to 16; a run of 13
    transliteration characters without one is no name."""
    text = "会见梧川国总统谢尔达尔·别尔德穆哈梅多夫，同梧川国外长会谈"
    assert name_at(text, text.index("谢")) == "谢尔达尔·别尔德穆哈梅多夫"
    assert name_at("阿尔巴尼亚马其顿塞尔维亚罗表示", 0) is None


def test_parts_joined_by_a_dot_are_one_name_whatever_their_characters() -> None:
    """亚历山大·斯图布 (历 spells no transliteration we list): parts joined by · are a name;
    the last part ends where a verb or a preposition starts (翁丁巴|不幸逝世, 穆勒|自)."""
    assert name_at("总统亚历山大·斯图布对我国进行国事访问", 2) == "亚历山大·斯图布"
    assert name_at("总统内通博·南迪—恩代特瓦对我国进行国事访问", 2) == "内通博·南迪—恩代特瓦"
    assert name_at("总统哈吉奥马尔·邦戈·翁丁巴不幸逝世", 2) == "哈吉奥马尔·邦戈·翁丁巴"
    assert name_at("主席马可·穆勒自2004年起", 2) == "马可·穆勒"
    assert name_at("主席易卜拉欣·伊斯干达表示", 2) == "易卜拉欣·伊斯干达"


def test_a_group_named_by_a_common_word_is_no_name() -> None:
    """顾问团 (the dictionary tags it a name) is a body of advisers: after 国王 it opens the
    post of the one named after it, no person of its own."""
    assert not is_name_run("顾问团")
    assert is_name_run("顾立团")
    holders = {s for s, p, _ in triples("柬埔寨国王顾问团主席洪森出席。") if p == "holdsPost"}
    assert holders == {"洪森"}, holders


def test_a_monarchs_number_is_part_of_the_name() -> None:
    """西班牙国王费利佩六世: 六世 is the king's number, part of how he is named."""
    assert name_at("国王费利佩六世出席", 2) == "费利佩六世"
    assert name_at("国王图普六世表示", 2) == "图普六世"
    met = {o for s, p, o in triples("韩正在马德里会见西班牙国王费利佩六世。") if p == "attended"}
    assert met == {"韩正会见费利佩六世"}, met


def test_an_adverb_or_a_pronoun_after_a_surname_like_character_is_no_name() -> None:
    """基金经理都不具有…, 都是总书记心中的牵挂, 基金经理谈各自看法: no names; 王不 is read
    nowhere, while two-character names stay names."""
    for run in ("都不", "都只", "都是", "谈各自"):
        assert not is_name_run(run), run
    for run in ("林立", "韩德", "高晓梅"):
        assert is_name_run(run), run


def test_a_name_ends_before_the_words_that_follow_names() -> None:
    """夫妇, 夫人 and 今日 follow names (梧川国总理斯卡里特夫妇到…, 副主任林志中今日赴…)."""
    assert name_at("斯卡里特夫妇到使馆吊唁", 0) == "斯卡里特"
    assert name_at("托卡耶夫夫人出席", 0) == "托卡耶夫"
    assert name_at("林志中今日赴云岭省", 0) == "林志中"
    assert name_run("辛格参与了会晤", 0) == "辛格"  # 参与, as 参加
    # 率 (leading) before the group led, as 率团 (部长林志中率代表团抵达…)
    assert name_at("韩德率代表团抵达日内瓦", 0) == "韩德"
    assert name_at("韩德率队出席", 0) == "韩德"
    assert not is_name_run("封其")  # 苏丹封其为总督: 其 is a pronoun, no given name


def test_common_transliteration_characters_spell_foreign_names() -> None:
    """穆罕默德 (罕, 默), 阿昆别科夫 (昆), 滕 and 翁 spell foreign names after a title."""
    from kg.extract.names import foreign_name_at

    assert name_at("穆罕默德表示", 0) == "穆罕默德"
    assert foreign_name_at("阿昆别科夫出席", 0) == "阿昆别科夫"
    assert name_at("卡通巴耶娃指出", 0) == "卡通巴耶娃"  # 通, and 娃 ending women's names


def test_a_word_said_twice_opens_no_name() -> None:
    """谢谢刘秘书长: 谢谢 (thank you), then a surname and a title; no one is 谢谢刘."""
    assert not is_name_run("谢谢刘")
    assert is_name_run("王丽丽")


def test_a_conjunction_and_a_surname_are_no_name() -> None:
    """感谢林主席和贾主席: 和贾 is 和 and the surname of one named by it and a title."""
    assert not is_name_run("和贾")
    assert name_before("感谢林主席和贾", len("感谢林主席和贾")) is None


def test_a_word_and_a_building_is_no_name() -> None:
    """毛主席纪念堂: the dictionary calls 纪念堂 a name; a word (纪念) and 堂 make a building."""
    assert not is_name_run("纪念堂")
    assert is_name_run("刘亚楼")


def test_a_verb_or_a_preposition_is_no_part_of_a_name_by_a_title() -> None:
    """师生们高声向总书记问好: 向 (toward) ends no name before the title; 强调要, 任职变: a
    verb the dictionary holds opens no name of three characters."""
    assert name_before("师生们围拢过来，高声向总书记问好", 11) is None
    assert not is_name_run("强调要")
    assert not is_name_run("任职变")
    assert is_name_run("林志远")


def test_words_after_a_name_or_a_title_that_make_no_name() -> None:
    """副主任贾亮回到学院: 回到 follows the name; 苏丹平安回到祖国: 平安 (safely) is no name
    after the country; 让吕秘书长来分: 来 before a verb is no surname; 杨却表示: 却 (but)
    is no given name."""
    assert name_at("贾亮回到学院就投入培训", 0) == "贾亮"
    assert not is_name_run("平安")
    assert not is_name_run("来分")
    assert not is_name_run("杨却")
    assert is_name_run("来京生")  # 来 is a surname before what is no verb
