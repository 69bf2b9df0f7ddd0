"""Places and organisations: sentences we wrote -> partOf facts."""

from __future__ import annotations

import pytest

import kg
from tests.conftest import triples

CASES = [
    (
        "云岭省梧川市青禾县今年建成高标准农田。",
        {("青禾县", "partOf", "梧川市"), ("梧川市", "partOf", "云岭省")},
    ),
    ("深圳市光明区召开会议。", {("光明区", "partOf", "深圳市")}),
    (
        "全国政协社会和法制委员会负责同志介绍情况。",
        {("全国政协社会和法制委员会", "partOf", "全国政协")},
    ),
    ("中共中央政治局委员王小川出席。", {("中共中央政治局", "partOf", "中共中央")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_part_of(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    found = {t for t in triples(sentence) if t[1] == "partOf"}
    assert expected <= found, f"missing {expected - found}"


def test_neighbouring_countries_are_not_nested() -> None:
    assert not {t for t in triples("中国巴西高级别协调委员会举行会议。") if t[1] == "partOf"}


def test_local_body_expanded_with_the_home_district() -> None:
    text = (
        "深圳市光明区召开会议。光明区委常委、区委宣传部部长陈思雨参加会议。区委宣传部将加强宣传。"
    )
    found = {t for t in triples(text) if t[1] == "partOf"}
    assert ("光明区委宣传部", "partOf", "光明区委") in found


def test_a_part_named_by_where_it_lies_or_what_it_grows_is_no_place() -> None:
    """云岭省南部地区, 安徽小麦主产区: parts of the province, named by no name of their own."""
    text = "目前，云岭省南部地区麦收已进入尾声，安徽小麦主产区收获已过六成。"
    found = {t for t in triples(text) if t[1] == "partOf"}
    assert not any(s.endswith(("地区", "产区")) for s, p, o in found), found


def test_another_communist_party_centre_is_not_the_party_centre() -> None:
    """梧川国共产党中央政治局委员: 党中央 (the Chinese party's centre) is not named."""
    found = {t for t in triples("林志远会见梧川国共产党中央政治局委员韩德。") if t[1] == "partOf"}
    assert not any(o == "党中央" for s, p, o in found), found


def test_a_commission_and_its_twin_are_not_part_of_the_commission() -> None:
    """云岭省纪委监委 is the commission and the supervisory body sharing its offices."""
    found = {t for t in triples("林志远来到云岭省纪委监委，看望机关干部。") if t[1] == "partOf"}
    assert not any(s.endswith("纪委监委") and o.endswith("纪委") for s, p, o in found), found


def test_a_place_the_recogniser_reads_after_the_place_it_lies_in() -> None:
    facts = triples("7月8日，国务院总理程远航在意大利弗洛纳出席发展中国家领导人对话会。", date="2025-07-09")
    assert ("弗洛纳", "partOf", "意大利") in facts
    # A venue after the place it lies in is still a venue, not who convened the meeting.
    assert not any(p == "convened" for _, p, _ in facts)


def test_a_place_read_after_a_chain_lies_in_the_chain_s_last_place() -> None:
    """安徽亳州蒙城: the recogniser reads the whole chain as one place; what follows the last
    place it knows (亳州) lies in that place."""
    for text, fact in (
        ("在安徽亳州蒙城，两百多万亩小麦开镰收割。", ("蒙城", "partOf", "亳州")),
        ("江西宜春袁州区的水稻获得丰收。", ("袁州区", "partOf", "宜春")),
    ):
        facts = triples(text)
        assert fact in facts, facts
    # Not the rest of a road (上海南京西路), nor a ruler after a place that is also a title
    # (文莱苏丹哈米德纳尔).
    for text in ("游客们漫步在上海南京西路。", "出席开幕式的外国领导人有：文莱苏丹哈米德纳尔、梧川国总统韩德。"):
        facts = triples(text)
        assert not {s for s, p, _ in facts if p == "partOf"} & {"西路", "哈米德纳尔"}, facts


def test_a_name_running_on_from_a_country_is_no_place_in_it() -> None:
    """马里亚纳海沟: the dictionary reads 马里亚纳 as one name, so the trench is no place in
    马里 (Mali)."""
    facts = triples("科考船在马里亚纳海沟完成了万米水深的测量。", date="2025-05-03")
    assert not any(p == "partOf" for _, p, _ in facts), facts


def test_a_county_the_dictionary_calls_a_noun_is_a_place_where_it_stands_alone() -> None:
    """在陕西榆林府谷，: jieba's dictionary tags 府谷 a noun, but between 在 and a comma,
    after the places it lies in, it is a place; an exhibition's area is not (在法国展区，)."""
    facts = triples("在陕西榆林府谷，当地新建了三座污水处理厂。")
    assert ("府谷", "partOf", "榆林") in facts, facts
    facts = triples("在法国展区，学生们参观了各校的展品。")
    assert not any(p == "partOf" for _, p, _ in facts), facts


def test_a_common_word_after_a_place_is_no_place_of_it() -> None:
    from kg.extract.hierarchy import _place_like

    assert _place_like("弗洛纳") and _place_like("查干湖")
    for word in (
        "王国", "多地", "区域", "铁路", "科技馆", "公路",
        # jieba tags these places; a hotel, a shop and a period are none
        "嘉宾", "海关", "湖畔", "万豪酒店", "友谊商店", "雪假期间", "一私募基金", "驻村",
    ):  # fmt: skip
        assert not _place_like(word), word


def test_a_place_said_to_lie_in_another_is_part_of_it() -> None:
    facts = triples("7月6日，胡锦涛抵达位于欧洲南部的意大利，开始国事访问。", date="2025-07-09")
    assert ("意大利", "partOf", "欧洲") in facts
    # Not when what follows is no place that ends there, nor a bigger place.
    assert not any(p == "partOf" for _, p, _ in triples("位于三亚的中国科学院深海所举行会议。"))


def test_a_level_character_that_starts_a_word_ends_no_place() -> None:
    """麦收省份, 农贸市场, 紧密型县域: 省, 市 and 县 there begin 省份, 市场 and 县域."""
    import kg

    text = "今年，麦收省份设立服务站3100多个，农贸市场新增摊位800个，紧密型县域医共体覆盖率超过90%。"
    places = {
        name
        for f in kg.extract(text, date="2025-06-01")
        for name, kind in ((f.subject.name, f.subject.type), (f.object.name, f.object.type))
        if kind == "Place"
    }
    assert not places & {"麦收省", "农贸市", "紧密型县"}, places
    assert ("梧川市", "partOf", "云岭省") in triples("，云岭省梧川市召开会议。")


def test_a_countrys_capital_or_city_is_part_of_it() -> None:
    """法国首都巴黎, 美国城市西雅图: the city is part of the country, and 城市 is no part
    of its name."""
    assert ("巴黎", "partOf", "法国") in triples("法国首都巴黎举行了会议。")
    facts = triples("代表团抵达美国城市西雅图。")
    assert ("西雅图", "partOf", "美国") in facts
    assert not any(s.startswith("城市") for s, _, _ in facts)


def test_former_belongs_to_the_post_not_to_the_body() -> None:
    """上海市政协原党组成员: a former member of the party group of 上海市政协; the body is
    上海市政协党组."""
    facts = triples("上海市政协原党组成员、副主席王明接受审查调查。")
    assert ("上海市政协党组", "partOf", "上海市政协") in facts, facts
    assert not any("原" in s for s, p, _ in facts if p == "partOf"), facts


def test_an_office_is_not_read_out_of_a_verb() -> None:
    """办 ends 文明办 but starts 办理 and 办事: 部门办理 names no office of 国务院."""
    text = "会议听取国务院部门办理建议工作情况汇报，党中央职能部门和办事机构负责同志列席。"
    assert not [t for t in triples(text) if t[1] == "partOf"], triples(text)
    assert ("国务院新闻办", "partOf", "国务院") in triples("国务院新闻办今天举行新闻发布会。")


def test_a_place_chain_does_not_end_inside_a_word() -> None:
    """中国房地产市|场: 市 starts 市场 there, no place; 阜阳市委 still follows 阜阳市."""
    facts = triples("今年以来，中国房地产市场持续回暖。安徽省阜阳市委召开会议。")
    assert not any("房地产" in s for s, p, o in facts), facts
    assert ("阜阳市", "partOf", "安徽省") in facts, facts


def test_a_country_named_by_its_side_is_that_country() -> None:
    """澳方 in an article naming 澳大利亚 is Australia (as 中方 is China): its goals are its
    own, not China's. Not where two countries named start alike (巴西, 巴基斯坦), nor the
    compass (南方 beside 南非) or a word ending in 方 (参加方 beside 加拿大)."""
    import kg

    text = "澳大利亚总理韩德表示，澳方致力于推动双边关系成熟稳定发展。"
    goals = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "targets"}
    assert goals == {("澳大利亚", "推动双边关系成熟稳定发展")}, goals
    usual = "韩德表示，意方致力于发展长期稳定良好的双边关系。"  # no other name of Italy
    goals = {(f.subject.name, f.object.name) for f in kg.extract(usual) if f.predicate == "targets"}
    assert goals == {("意大利", "发展长期稳定良好的双边关系")}, goals
    ambiguous = "巴西和巴基斯坦代表出席会议。巴方致力于推动双边合作。"
    assert not any(f.subject.name in ("巴西", "巴基斯坦") for f in kg.extract(ambiguous)
                   if f.predicate == "targets")
    for others in (
        "中国企业和中国高校代表出席会议，南非代表也出席。南方致力于发展清洁能源。",
        "中国企业和中国高校代表出席会议，加拿大代表也出席。参加方致力于发展清洁能源。",
    ):
        subjects = {f.subject.name for f in kg.extract(others) if f.predicate == "targets"}
        assert subjects == {"中国"}, subjects


def test_countries_of_every_region_are_places() -> None:
    """加蓬, 瑙鲁, 萨摩亚, 多米尼克: a country the list long lacked is a place, and the actor of
    its goals."""
    import kg

    text = "习近平强调，中国正在推进高质量发展，加蓬也在积极致力于早日实现建成“新兴加蓬”战略目标。"
    goals = {(f.subject.name, f.object.name) for f in kg.extract(text) if f.predicate == "targets"}
    assert ("加蓬", "早日实现建成“新兴加蓬”战略目标") in goals, goals
    posts = {f.object.name for f in kg.extract("瑙鲁总统阿迪昂出席开幕式。") if f.predicate == "holdsPost"}
    assert posts == {"瑙鲁总统"}, posts
    # 多米尼克 (Dominica, not 多米尼加) is a country, not a person at the talks.
    talks = kg.extract("国务院总理林志远同来华进行正式访问的多米尼克总理韩德举行会谈。")
    people = {f.subject.name for f in talks if f.predicate == "attended"}
    assert people == {"林志远", "韩德"}, people
    posts = {(f.subject.name, f.object.name) for f in talks if f.predicate == "holdsPost"}
    assert ("韩德", "多米尼克总理") in posts, posts


def test_a_prefecture_city_named_after_its_province_is_part_of_it() -> None:
    """湖南益阳, 湖南郴州桂阳县: each city of a province is known by its short form, so the
    chain is read place by place, not as one place 郴州桂阳县."""
    found = {t for t in triples("湖南郴州桂阳县和湖南益阳今年新建高标准农田。") if t[1] == "partOf"}
    assert {("益阳", "partOf", "湖南"), ("郴州", "partOf", "湖南"), ("桂阳县", "partOf", "郴州")} <= found, found


def test_places_listed_after_the_first_of_a_province_are_part_of_it_where_they_lie_there() -> None:
    """江苏苏州、无锡、常州等地: each city listed lies in 江苏 (the gazetteer says so too);
    湖北武汉、重庆: 重庆 lies in no 湖北."""
    found = {t for t in triples("江苏苏州、无锡、常州等地出现降雨。湖北武汉、重庆两地联动。") if t[1] == "partOf"}
    assert {(city, "partOf", "江苏") for city in ("苏州", "无锡", "常州")} <= found, found
    assert ("武汉", "partOf", "湖北") in found, found
    assert not any(s == "重庆" for s, _, _ in found), found


def test_a_ministry_whose_name_holds_he_is_one_body() -> None:
    """住房和城乡建设部 (in the word lists, with 国家发展和改革委员会 and the like): its 和 ends
    no prefix, so the post is the whole of it."""
    facts = triples("住房和城乡建设部科学技术委员会常务副主任韩德出席会议。")
    assert ("韩德", "holdsPost", "住房和城乡建设部科学技术委员会常务副主任") in facts, facts


@pytest.mark.parametrize(
    ("text", "market"),
    [
        ("今年，当地设置了花田步道、花田市集，景区接待游客同比增长23.6%。", "花田"),
        ("上周，沪深两市成交额超过9000亿元。", "沪深"),
        ("，青禾楼市成交量增长12%。", "青禾楼"),
        ("，慈善超市接收捐赠超过800件。", "慈善"),
    ],
)
def test_a_market_is_no_city(text: str, market: str) -> None:
    """花田市集, 沪深两市, 青禾楼市, 慈善超市: a market, not a city the gazetteer lacks."""
    facts = triples(text)
    assert not any(s.startswith(market) or o.startswith(market) for s, _, o in facts), facts


def test_a_banner_before_ship_is_no_place() -> None:
    """亚洲最大旗舰店: 旗 (a banner) before 舰 opens 旗舰 (flagship); 最大旗 is no place."""
    facts = triples("梧川家居的“亚洲最大旗舰店”将落户青禾。", date="2025-06-01")
    assert not any("最大旗" in (s, o) for s, _, o in facts), facts


def test_a_flag_after_a_place_is_no_banner() -> None:
    """来北京看升旗: 旗 ends 升旗 (raising the flag), so 看升旗 is no banner in 北京; 鄂托克前旗
    still is one in 鄂尔多斯市."""
    facts = triples("村民们来北京看升旗，又去了鄂尔多斯市鄂托克前旗。", date="2025-06-01")
    assert not any("升旗" in s for s, _, _ in facts), facts
    assert ("鄂托克前旗", "partOf", "鄂尔多斯市") in facts, facts


def test_a_city_whose_short_form_is_another_word_goes_by_its_full_name() -> None:
    """南通市 is known, 南通 is not (河南|通报); 益阳 is 益阳市."""
    from kg import resources

    short = resources.place_short_forms()
    assert short.get("益阳") == "益阳市" and "南通" not in short
    assert "南通市" in resources.places()
    assert not any("南通" in t[0] or "南通" in t[2] for t in triples("河南通报了湖北宜昌的经验。"))


def test_a_country_goes_by_the_short_form_the_news_gives_it() -> None:
    """沙特 is 沙特阿拉伯 (places.txt writes a country's short form out), 巴新 巴布亚新几内亚:
    a city there is part of it, and the short form is no person."""
    from kg.nlp.lexicon import place_names

    assert place_names()["沙特"] == "沙特阿拉伯"
    assert place_names()["巴新"] == "巴布亚新几内亚"
    facts = triples("郑州至沙特利雅得货运航线下个月开通。")
    assert ("利雅得", "partOf", "沙特") in facts, facts


def test_capitals_and_cities_abroad_are_places_of_their_country() -> None:
    """瑞士日内瓦, 柬埔寨金边: part of the country; 在杜尚别总统府: a city, not a person
    met there."""
    facts = triples("林志远抵达瑞士日内瓦，随后前往柬埔寨金边。", date="2024-07-05")
    assert {("日内瓦", "partOf", "瑞士"), ("金边", "partOf", "柬埔寨")} <= facts, facts
    talks = triples(
        "当地时间7月5日，国家主席林志远同梧川国总统韩德在杜尚别总统府举行会谈。",
        date="2024-07-05",
    )
    assert not any("杜尚别" in s or "杜尚别" in o for s, p, o in talks if p == "attended"), talks


def test_a_language_or_a_village_word_after_a_place_makes_no_place() -> None:
    """西班牙语 is a language, not Spain; in 湖南省特色乡村 the 乡 opens 乡村 (villages),
    so 特色乡 is no township of 湖南省; 中国式 (Chinese-style) and 发展中国家 (developing
    countries) name no China either."""
    spoken = triples("西班牙语是世界上超过4亿人使用的母语，云岭省今年新开设西班牙语专业。")
    assert not any("西班牙" in (s, o) for s, p, o in spoken), spoken
    rural = triples("林志远考察了湖南省特色乡村建设。中国式现代化乡村振兴取得成效。")
    assert not any(s.endswith("乡") for s, p, o in rural if p == "partOf"), rural
    assert not any(o.startswith("式") for s, p, o in rural), rural
    developing = triples("今年，发展中国家经济增速超过4%。")
    assert not any("中国" in (s, o) for s, p, o in developing), developing


def test_a_time_zone_names_no_place() -> None:
    """北京时间 is the hour of a game abroad: 北京 is no place the article speaks of, so its
    figures are not credited to it."""
    facts = triples("北京时间3月5日，梧川队主场取胜，全场命中率达到52%，取得8场胜利。")
    assert not any("北京" in (s, o) for s, _, o in facts), facts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # 运河 holds 河, so 河南 is not read across 运河南起
        ("京杭大运河南起浙江杭州，北至北京通州。", "河南"),
        # a part of a province south of a river is no place in it
        ("眼下，河南黄河以南部分地区小麦已经开始收割。", "以南"),
        # a garrison is no district of its city
        ("北京卫戍区先后派出2000多名官兵。", "卫戍区"),
        # 联合 (jointly) and 国家 (national): no body of the United Nations
        ("中央广播电视总台联合国家消防救援局推出安全公开课。", "联合国"),
        # a place spelt inside a foreign name after its joining mark (肖恩-马里昂)
        ("在肖恩-马里昂加盟后，小牛队表现出色。", "马里"),
        # 或 (or) joins two places, it opens none
        ("学生可申请在芬兰或欧盟其他国家继续学习。", "或欧盟"),
        # a district a body's name holds (公安局江汉区分局) is no place of the city's body
        ("他生前是湖北省武汉市公安局江汉区分局副所长。", "公安局"),
        # a county named for what it leads in (美丽四川先行县) is no county's name
        ("今年，四川将加快15个美丽四川先行县建设。", "先行县"),
    ],
)
def test_characters_of_a_place_inside_other_words_make_no_place(text: str, wrong: str) -> None:
    facts = triples(text, date="2025-06-01")
    assert not any(wrong in s or wrong in o for s, p, o in facts if p == "partOf"), facts


def test_the_member_states_governments_are_no_body_of_the_organisation() -> None:
    """上海合作组织成员国政府首脑理事会: the members' governments are no part of the
    organisation; its council of heads of state is."""
    facts = triples("林志远出席上海合作组织成员国政府首脑理事会第二十四次会议。", date="2025-11-20")
    assert not any(s.endswith("成员国政府") for s, p, _ in facts if p == "partOf"), facts
    facts = triples("林志远出席上海合作组织成员国元首理事会第二十五次会议。", date="2025-09-01")
    assert ("上海合作组织成员国元首理事会", "partOf", "上海合作组织") in facts, facts


def test_a_railway_from_one_place_to_another_names_no_place_in_the_first() -> None:
    """重庆至青禾州高铁: 至 (to) starts no place; 至青禾州 is not part of 重庆."""
    facts = triples("4月份，重庆至青禾州高铁隧道全部贯通。", date="2026-05-13")
    assert not any(s.startswith("至") for s, p, o in facts), facts


def test_how_much_of_a_province_is_no_place_in_it() -> None:
    """云岭省大部分地区高温天气持续: 大部分地区 (most areas) is no place of 云岭省."""
    facts = triples("今天，云岭省大部分地区高温天气持续，部分地区最高气温超42℃。")
    assert not any("部分" in s for s, p, o in facts), facts


def test_all_or_the_other_townships_of_a_county_are_no_place_in_it() -> None:
    """建昌县所有乡镇, 绥中县其他乡镇: all (the other) townships, none of them named."""
    facts = triples("截至今天中午，葫芦岛市建昌县所有乡镇已取得联系，绥中县其他乡镇正在抢通道路。")
    assert not any(s.startswith(("所有", "其他")) for s, p, o in facts), facts


def test_a_known_place_the_gazetteer_puts_elsewhere_is_no_part_of_the_one_before() -> None:
    """上海南京西路, 上海纽约大学, 美国马里兰州: a street, a university, a state; 南京, 纽约,
    兰州 are no places of 上海 or 马里. 四川成都 is still 成都 in 四川."""
    facts = triples("这里是上海南京西路，上海纽约大学就在附近。四川成都的游客来到美国马里兰州参观。")
    part_of = {(s, o) for s, p, o in facts if p == "partOf"}
    assert ("成都", "四川") in part_of, facts
    assert not part_of & {("南京", "上海"), ("纽约", "上海"), ("兰州", "马里")}, facts


def test_a_place_after_suozaidi_starts_after_it() -> None:
    """户籍所在地青禾市梧川乡: 所在地 (where one is registered) ends before 青禾市."""
    facts = triples("林志远的户籍所在地青禾市梧川乡木楼村委会出具了证明。")
    part_of = {(s, o) for s, p, o in facts if p == "partOf"}
    assert ("梧川乡", "青禾市") in part_of and not any(o.startswith("地") for _, o in part_of), facts


def test_going_home_and_any_region_are_no_places() -> None:
    """离开布达佩斯回国: 回国 (return home) is no place in 布达佩斯; 中国大陆任何地区 (any
    region of the mainland) names none."""
    facts = triples("林志远乘专机离开布达佩斯回国。客服电话：中国大陆任何地区拨打，只收取市话费用。")
    assert not any(p == "partOf" for s, p, o in facts), facts


def test_a_level_character_that_opens_a_word_ends_no_place() -> None:
    """中国文明乡风大会: 乡风 (village ways) is a word, 文明乡 no township of China; 辽宁西部
    多个城市 (several cities) names none."""
    facts = triples("10月29日，中国文明乡风大会在延安举行。预计今天夜间，辽宁西部多个城市气温将降至0℃以下。")
    assert not any(p == "partOf" for s, p, o in facts), facts


def test_traditional_villages_are_no_village() -> None:
    """中国传统村落保护名录: 村落 (villages) is a word; 传统村 is no village of China."""
    facts = triples("目前，8155个村落列入中国传统村落保护名录。")
    assert not any("传统村" == s for s, p, o in facts), facts


def test_a_province_s_suffix_before_a_word_of_its_own_stays_with_it() -> None:
    """江苏省民间投资同比增长5.1%: 省 ends the province's name (民间 is the next word), not
    a word 省民; 重庆市数字化城市运行中心: 数字化城市 is no city of 重庆市."""
    facts = triples("今年1到7月，江苏省民间投资同比增长5.1%，远高于全国平均水平。", date="2024-09-08")
    assert ("江苏省", "achieved", "民间投资同比增长5.1%") in facts, facts
    facts = triples("林志远考察了重庆市数字化城市运行和治理中心。", date="2024-04-24")
    assert not any(p == "partOf" for s, p, o in facts), facts


def test_a_warship_named_after_a_city_is_no_place() -> None:
    """南昌舰3天完成40个课目: the ship did it, not the city of 南昌."""
    facts = triples("前不久，海军南昌舰解缆起航。南昌舰3天完成40个课目。", date="2024-01-06")
    assert not any("南昌" in s for s, p, o in facts), facts


def test_a_city_known_by_its_full_name_is_its_short_form_after_its_province() -> None:
    """山西大同, 江苏南通: a city whose short form is mostly another word (大同, 南通 in
    河南通报) is that city right after the province it lies in, and the place after it
    lies in it; elsewhere its short form is no place."""
    found = {t for t in triples("在山西大同，一系列冰雪赛事迎来了各地的滑雪爱好者。") if t[1] == "partOf"}
    assert ("大同", "partOf", "山西") in found, found
    found = {t for t in triples("在江苏南通海门区，当地启动完整社区连片建设。") if t[1] == "partOf"}
    assert {("南通", "partOf", "江苏"), ("海门区", "partOf", "南通")} <= found, found
    assert not any("大同" in s + o for s, _, o in triples("青禾县各族群众共同追求世界大同的理想。"))
    # Where the words run on into a longer word, the short form opens that word.
    assert not any(t[1] == "partOf" for t in triples("广东中山大学举行毕业典礼。"))


def test_autonomous_prefectures_leagues_and_their_short_forms() -> None:
    """凉山, 凉山州, 黔西南州, 锡林郭勒 are the prefectures and leagues they stand for; a short
    form with a level after it is a smaller place of that name (阿坝县, not 阿坝 + 县贾洛镇);
    a short form inside a word is none (伟大理想 holds no 大理)."""
    found = {t for t in triples("走进四川凉山越西县呷古村，绣娘正忙着赶制订单。") if t[1] == "partOf"}
    assert {("凉山", "partOf", "四川"), ("越西县", "partOf", "凉山")} <= found, found
    found = {t for t in triples("在黔西南州册亨县，眼下正进行基本农田提质改造。") if t[1] == "partOf"}
    assert ("册亨县", "partOf", "黔西南州") in found, found
    found = {t for t in triples("内蒙古锡林郭勒迎来降雪。") if t[1] == "partOf"}
    assert ("锡林郭勒", "partOf", "内蒙古") in found, found
    found = {t for t in triples("韩德深入阿坝县贾洛镇考察。") if t[1] == "partOf"}
    assert found == {("贾洛镇", "partOf", "阿坝县")}, found
    assert not any("大理" in s + o for s, _, o in triples("为实现伟大理想而奋斗，青禾县建成农田5万亩。"))


def test_a_site_in_a_place_is_no_place_of_its_chain() -> None:
    """河南漯河产业园扦样区: the works and the part of it are no places in 漯河."""
    found = {t for t in triples("在中粮面业河南漯河产业园扦样区，扦样机对小麦进行抽检。") if t[1] == "partOf"}
    assert found == {("漯河", "partOf", "河南")}, found


def test_a_river_s_bank_names_no_province() -> None:
    """黄河南岸, 长江西岸, 渤海南部: 河南, 江西, 海南 read across the river and its side are no
    places; 河南 on its own still is."""
    for text in ("青禾村位于黄河南岸，今年建成高标准农田5万亩。", "梧川港地处长江西岸，今年建成码头3座。"):
        assert not any(name in ("河南", "江西") for s, _, o in triples(text) for name in (s, o)), text
    assert ("河南", "achieved", "建成高标准农田5万亩") in triples("今年以来，河南建成高标准农田5万亩。")


def test_an_ocean_and_a_region_s_flag_are_no_places() -> None:
    """印度洋地区 is no 洋地区 in 印度; 香港特区区旗 holds no 特区区."""
    assert not any(p == "partOf" for _, p, _ in triples("中方欢迎各方参加印度洋地区发展合作论坛。"))
    assert not any(p == "partOf" for _, p, _ in triples("五星红旗和香港特区区旗在广场升起。"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在云南普洱孟连县，村民们正在采收咖啡。", {("孟连县", "普洱"), ("普洱", "云南")}),
        ("在安徽黟县宏村，游客络绎不绝。", {("宏村", "黟县"), ("黟县", "安徽")}),
        ("在江苏沭阳新河镇，花木产业兴旺。", {("新河镇", "沭阳"), ("沭阳", "江苏")}),
        # one county of a long name, and a count of places
        ("在新疆巴里坤县，牧民转场。", {("巴里坤县", "新疆")}),
        ("在新疆察布查尔县，牧民转场。", {("察布查尔县", "新疆")}),
    ],
)
def test_a_county_written_before_a_town_is_read_apart(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """云南普洱孟连县: 普洱 (a city the dictionary knows) holds 孟连县; 黟县宏村: 黟县 holds
    宏村; not 巴里坤县 (巴里|坤县) nor 察布查尔县, one county each."""
    parts = {(s, o) for s, p, o in triples(text) if p == "partOf"}
    assert parts == expected, parts


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 嘉荫 is a county of 黑龙江 (the gazetteer's), its riverside no place of its own
        ("在黑龙江嘉荫江畔，游客络绎不绝。", {("嘉荫", "黑龙江")}),
        ("这两天，广州南岗河畔纳凉的市民多了起来。", set()),
        ("销售商家：西安乐玛科技。", set()),
        # 霍尔果斯 is a city of 新疆 (the gazetteer's); its port of entry is there too
        ("在新疆霍尔果斯口岸，货车排起长队。", {("霍尔果斯", "新疆")}),
        ("在新疆青禾口岸，货车排起长队。", {("青禾口岸", "新疆")}),
    ],
)
def test_a_riverside_or_a_firm_after_a_place_is_no_place_in_it(
    text: str, kept: set[tuple[str, str]]
) -> None:
    """嘉荫江畔 is the riverside, 乐玛科技 a firm; 霍尔果斯口岸, a port of entry, is a place."""
    parts = {(s, o) for s, p, o in triples(text) if p == "partOf"}
    assert parts == kept, parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # districts whose names end like a generic area
        ("在北京市房山区十渡镇，重建工程一刻不停。", {("十渡镇", "房山区"), ("房山区", "北京市")}),
        ("北京市石景山区召开推进会。", {("石景山区", "北京市")}),
        ("杭州市萧山区召开推进会。", {("萧山区", "杭州市")}),
        # generic areas: a word, a count or a few characters before 山区 or 城区
        ("贵州省偏远山区群众脱贫。", set()),
        ("重庆市中心城区交通拥堵。", set()),
        ("重庆市主城区交通拥堵。", set()),
        ("杭州五城区成交均价上涨。", set()),
    ],
)
def test_a_district_ending_like_a_generic_area_is_a_place(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """房山区, 石景山区 end as 山区 (mountain areas) does and 东城区 as 城区 (urban areas): the
    districts are places of their city, 偏远山区 and 中心城区 are not."""
    parts = {(s, o) for s, p, o in triples(text) if p == "partOf"}
    assert parts == expected, parts


@pytest.mark.parametrize("party", ["老挝人民革命党", "越南共产党", "巴西劳工党"])
def test_a_foreign_partys_politburo_is_no_part_of_the_chinese_partys_centre(party: str) -> None:
    """X党中央政治局委员: 党中央 there is X's, not the centre 党中央 names alone."""
    facts = triples(f"林志远会见{party}中央政治局委员巴罗。")
    assert not any(o == "党中央" for s, p, o in facts), facts


def test_a_county_level_city_is_known_without_its_level_and_lies_in_its_city() -> None:
    """太仓 (太仓市) is a place the news names without 市; after 苏州 it is part of it, and
    what it did is its own, not the country's."""
    facts = triples("今年一季度，苏州太仓新签约亿元以上产业项目32个，总投资达110.8亿元。")
    assert ("太仓", "partOf", "苏州") in facts, facts
    assert ("太仓", "achieved", "总投资达110.8亿元") in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "为保障群众生活，搬迁安置房历经7个月的紧张施工，目前已全部建设完成。",
        "两国关系繁荣成果丰硕，贸易额增长20%。",
        "我对这里非常熟悉，这里的游客增长20%。",
    ],
)
def test_no_county_level_city_is_read_across_two_words(text: str) -> None:
    """搬迁安置, 繁荣成果, 非常熟悉: 迁安, 荣成 and 常熟 are not listed without their 市, the
    words around them hold those characters far more often."""
    assert not [f for f in triples(text) if f[1] in ("achieved", "partOf")]


def test_a_county_the_dictionary_knows_is_read_though_its_name_holds_he() -> None:
    """青海民和县: 和 mostly joins two words, but 民和县 is a county the dictionary knows; what
    is done there is the county's, not the province's. 各乡镇 stays no place."""
    facts = triples("在青海民和县，当地规划建设的安置房目前已全部建设完成。")
    assert ("民和县", "partOf", "青海") in facts, facts
    assert {s for s, p, o in facts if p == "achieved"} == {"民和县"}, facts
    assert not [f for f in triples("保山市各乡镇的游客增长20%。") if f[1] == "partOf"]


def test_a_place_is_not_read_into_the_word_for_townships() -> None:
    """江苏基层乡镇: 乡 opens 乡镇 (townships), so 基层乡 is no place in 江苏."""
    assert not [f for f in triples("即将选调江苏基层乡镇工作的学生韩梅说，要扎根基层。") if f[1] == "partOf"]


@pytest.mark.parametrize(
    "text",
    [
        "要把中国共产党领导和关心人民政协的故事讲述好。",
        "中国东北地区和俄罗斯远东地区政府间合作委员会双方代表作了汇报。",
    ],
)
def test_what_a_body_does_or_a_body_between_governments_is_no_part_of_one(text: str) -> None:
    """中国共产党领导和关心人民政协: what the party does, no body of it; 远东地区政府间合作委员会:
    a body between governments, none of 区政府."""
    assert not [f for f in triples(text) if f[1] == "partOf" and f[0].endswith(("政协", "委员会"))]


def test_a_county_level_city_whose_name_opens_with_a_numeral_is_known() -> None:
    """五常市: 五 opens no count here; the list holds it, so what is done there is its own."""
    facts = triples("在五常市，为应对洪峰过境，当地累计转移4.9万余人。")
    assert {s for s, p, o in facts if p == "achieved"} == {"五常市"}, facts


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("高速公路将串联起太原、吕梁、忻州三市五县。", "忻州"),
        ("福建、宁夏两省区坚持优势互补。", "宁夏"),
        ("科创中心拓展至长三角四省市，这是重大部署。", "长三角"),
    ],
)
def test_a_count_of_areas_is_no_place(text: str, county: str) -> None:
    """忻州三市五县, 宁夏两省区, 长三角四省市: how many areas, not an area inside the place
    before it."""
    facts = triples(text)
    assert not [f for f in facts if f[1] == "partOf" and f[2] == county], facts


def test_a_county_whose_name_opens_with_a_numeral_is_part_of_its_city() -> None:
    """台州三门县: 三 opens the county's own name, not a count."""
    facts = triples("在浙江台州三门县花桥镇，党员干部和志愿者送来饭菜。")
    assert ("三门县", "partOf", "台州") in facts, facts


def test_a_count_of_provinces_no_list_holds_is_no_place_but_a_region_so_named_is() -> None:
    """连通三省一市的大环线: how many provinces, after a word, names no place that achieves;
    沿黄九省, a region named by its count, still is one."""
    facts = triples("在长三角，连通三省一市的大环线实现双向运营，旅客发送量同比增长6.3%。")
    assert {s for s, p, o in facts if p == "achieved"} == {"长三角"}, facts
    facts = triples("沿黄九省召开座谈会。沿黄九省优良水质比例提高3.5个百分点。")
    assert {s for s, p, o in facts if p == "achieved"} == {"沿黄九省"}, facts


def test_a_county_is_read_after_its_province_or_city_by_the_gazetteer() -> None:
    """安徽霍邱, 吉林磐石: counties the gazetteer holds (counties.txt), written short after
    their province; 吉林通化 is the city (通化市), not its county (通化县)."""
    facts = kg.extract("在安徽霍邱，中稻开始收获。吉林磐石、吉林通化等地加强田间管理。")
    parts = {
        (f.subject.name, f.object.name): f.subject.aliases for f in facts if f.predicate == "partOf"
    }
    assert parts.get(("霍邱", "安徽")) == ("霍邱县",), parts
    assert parts.get(("磐石", "吉林")) == ("磐石市",), parts
    assert parts.get(("通化", "吉林")) == ("通化市",), parts


def test_the_county_gazetteer_names_one_place_each_in_a_place_it_knows() -> None:
    """counties.txt (built by scripts/build_counties.py): each county once, in a
    prefecture or province of the gazetteer, none of places.txt again; those of two
    characters (新县, 和县: in 新县城, 市和县 no place) marked to be read only after their
    prefecture or province."""
    from kg import resources

    rows = [line.split("\t") for line in resources._lines("counties.txt")]
    names = [row[0] for row in rows]
    assert len(rows) > 2000 and len(names) == len(set(names))
    listed = {line.split("\t")[0] for line in resources._lines("places.txt")}
    assert not listed & set(names)
    assert all(row[1] == "county" and row[2] in listed for row in rows)
    assert all((len(row[0]) == 2) == (row[3:] == ["after"]) for row in rows)
    # 湖南澧县 is the county; 新县城 (a new county town) and 市和县 (city and county) are not
    facts = kg.extract("湖南澧县城头山遗址推出研学活动。新县城里的居民多了，市和县两级加大投入。")
    parts = {(f.subject.name, f.object.name) for f in facts if f.predicate == "partOf"}
    assert parts == {("澧县", "湖南")}, parts


def test_what_is_named_after_a_county_is_not_the_county() -> None:
    """江西鄱阳湖 is the lake, not 鄱阳县; 西安雁塔路 a road, not 雁塔区, 北京大兴国际机场 an
    airport, not 大兴区; 海东民和 is the
    autonomous county named 民和 (民和回族土族自治县), whose peoples are no part of its
    short name."""
    facts = kg.extract(
        "在江西鄱阳湖，候鸟栖息觅食。销售商家：西安雁塔路数码城。青海海东民和迎来丰收。"
    )
    subjects = {f.subject.name: f.subject.aliases for f in facts if f.predicate == "partOf"}
    assert "鄱阳" not in subjects and "雁塔" not in subjects, subjects
    facts = kg.extract("北京大兴国际机场等一批重大工程建成投运。")
    assert not [f for f in facts if "大兴区" in f.subject.aliases], facts
    assert subjects.get("民和") == ("民和回族土族自治县",), subjects
    # 积石山保安族东乡族撒拉族自治县: 积石山, not 积石 (保安族 is one of its peoples)
    facts = kg.extract("甘肃临夏积石山6.2级地震发生后，人员搜救全面展开。")
    subjects = {f.subject.name: f.subject.aliases for f in facts if f.predicate == "partOf"}
    assert subjects.get("积石山") == ("积石山保安族东乡族撒拉族自治县",), subjects


def test_a_county_inside_a_longer_word_is_no_county() -> None:
    """亦庄新城东区: 城东区 is a district of 西宁, but here 新城 is a word and 东区 its part;
    平遥县 written alone is the county."""
    facts = kg.extract(
        "青禾地产摘得亦庄新城东区一宗地块，总成交额达到48.3亿元。平遥县的这家企业产值增长了12%。"
    )
    subjects = {f.subject.name for f in facts}
    assert "城东区" not in subjects, facts
    assert ("平遥县", "achieved") in {(f.subject.name, f.predicate) for f in facts}, facts


def test_a_county_the_article_names_is_the_one_its_short_name_stands_for() -> None:
    """黑龙江漠河北极村 names 漠河市; later 漠河坚持造林… is that county, whose result it is.
    Where the article names no such county, 漠河 alone is no place."""
    text = "这个春节，黑龙江漠河北极村十分热闹。牢记嘱托，漠河坚持造林，森林覆盖率超过了92%。"
    facts = kg.extract(text)
    achieved = {(f.subject.aliases, f.object.name) for f in facts if f.predicate == "achieved"}
    assert (("漠河市",), "森林覆盖率超过了92%") in achieved, achieved
    facts = kg.extract("牢记嘱托，漠河坚持造林，森林覆盖率超过了92%。")
    assert not [f for f in facts if "漠河市" in f.subject.aliases], facts


def test_a_village_of_one_character_after_a_county_of_two_is_read() -> None:
    """安徽黟县宏村: 黟县 (a county of two characters, read after its province) and 宏村 in it."""
    parts = {(s, o) for s, p, o in triples("在安徽黟县宏村，游客络绎不绝。") if p == "partOf"}
    assert parts == {("宏村", "黟县"), ("黟县", "安徽")}, parts
