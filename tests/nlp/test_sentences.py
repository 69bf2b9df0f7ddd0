"""Sentence splitting: marks, line breaks and news agencies' datelines."""

from __future__ import annotations

from kg.nlp.sentences import split_sentences
from tests.conftest import triples


def test_a_dateline_ends_the_headline_glued_to_it_and_is_in_no_sentence() -> None:
    """青禾县召开经济工作会议新华网北京7月6日电 …: the headline is a sentence, the dateline
    (新华网北京7月6日电, 中新网快讯：, 本报讯) is in none; 央视网消息（新闻联播）： opens its
    sentence as before."""
    text = (
        "青禾县召开经济工作会议新华网北京7月6日电 青禾县委书记林志远主持会议。"
        "梧川市迎来丰收中新网快讯：梧川市粮食产量创新高。\n"
        "央视网消息（新闻联播）：青禾县今天开会。"
    )
    assert [s.text for s in split_sentences(text)] == [
        "青禾县召开经济工作会议",
        "青禾县委书记林志远主持会议。",
        "梧川市迎来丰收",
        "梧川市粮食产量创新高。",
        "央视网消息（新闻联播）：青禾县今天开会。",
    ]


def test_the_place_of_a_dateline_does_not_act_in_the_sentence_after_it() -> None:
    """中广网北京7月20日消息 (记者 高晓梅) 中央军委20日在北京…举行晋升上将军衔仪式: the
    ceremony is the commission's, neither the dateline's place's nor the venue's."""
    facts = triples(
        "中央军委授予林志远上将军衔中广网北京7月20日消息 (记者 高晓梅) "
        "中央军委20日在北京八一大楼隆重举行晋升上将军衔仪式。",
        date="2009-07-20",
    )
    conveners = {s for s, p, o in facts if p == "convened"}
    assert conveners == {"中央军委"}, facts
