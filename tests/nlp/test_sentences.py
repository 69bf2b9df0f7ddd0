"""Sentence splitting: marks, line breaks and news agencies' datelines."""

from __future__ import annotations

from kg.nlp.sentences import LONGEST, split_sentences
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


def test_a_stretch_longer_than_a_sentence_is_cut_after_its_clause_marks() -> None:
    """A list of 300 prize winners with no full stop is cut into pieces of at most
    LONGEST characters, each ending after a comma of its second half; a run with no
    mark at all at the limit; the pieces cover the text, and a sentence of prose is
    left whole."""
    winners = "，".join(f"青禾区第{n}号选手林{n}" for n in range(300)) + "。"
    marks = "市长" * 1_200
    prose = "青禾县委书记林志远主持会议，" * 20 + "强调要抓好落实。"
    text = "\n".join([winners, marks, prose])
    sentences = list(split_sentences(text))
    assert all(len(s.text) <= LONGEST for s in sentences)
    winners_cut = [s.text for s in sentences if s.text.startswith("青禾区")]
    assert len(winners_cut) > 1
    assert all(piece.endswith("，") and len(piece) > LONGEST // 2 for piece in winners_cut[:-1])
    assert "".join(winners_cut) == winners
    assert "".join(s.text for s in sentences if s.text.startswith("市长")) == marks
    assert [len(s.text) for s in sentences if s.text.startswith("市长")] == [1_000, 1_000, 400]
    assert sentences[-1].text == prose
