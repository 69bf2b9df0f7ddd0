"""Statements: what a person said, stressed, demanded or pointed out.

"刘胜要求，明确发力重点…", "赵乐际在发言中说…", "他表示…" (他 is the person last
mentioned), "王沪宁出席并讲话".
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.base import Extraction, Relation, register
from kg.extract.clauses import ByStart, persons, words_carried_out
from kg.extract.dates import WHEN_OPENING
from kg.extract.names import ADDRESSES
from kg.model import Mention, Sentence
from kg.nlp.doc import Doc

EXTRACTOR = "statements"

# A character of what someone said (not punctuation alone).
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_SPEECH_LEADS = (
    "还|也|并|则|又|亦|都|同时|进一步|再次|分别|最后|首先|随后|充分|高度|深刻|明确|专门|特别|郑重"
    "|发言|讲话|致辞|对此|对记者|向记者|对媒体|向媒体|对大家|对他们|对她们"
    "|接受[^，。；：“”]{0,12}?采访时，?"
    # 代表民革中央发言说: on whose behalf
    "|代表[^，。；：“”]{2,16}?(?=发言|讲话|致辞)"
).split("|")
_SPEECH_VERBS = (
    "表示|指出|强调|要求|说|认为|宣布|提出|呼吁|阐述|介绍说|介绍(?=[，：:])|指示|批示|寄语|希望"
    "|称(?=[，：:“])|坦言|直言|透露|坦承|重申|承认|证实|披露|宣称|声称|警告|补充说|说道|谈道"
    "|告诉记者|回应说|回应称|解释说|建议(?=[，：])"
).split("|")
# When it was said, between the speaker and the verb (王珏林近日透露, 陈健2日表示, 何亚非日前说).
_SPEECH_TIMES = (
    "今天|今日|昨天|昨日|前天|近日|日前|当天|当日|此前|早些时候|上午|下午|晚间|晚上"
).split("|")
_SPEECH = re.compile(
    r"(?:在[^，。；：“”]{0,16}?(?:上|中|时|期间|后)，?|\d{1,2}日(?:上午|下午|晚间|晚上|晚)?|"
    + "|".join(_SPEECH_LEADS + _SPEECH_TIMES)
    + ")*("
    + "|".join(sorted(_SPEECH_VERBS, key=len, reverse=True))
    + ")"
)
# The characters a speech starts with: where another follows a person, none does, unless
# it tells how they spoke (激动地说, 笑着表示).
_SPEECH_STARTS = frozenset(
    "在0123456789" + "".join(word[0] for word in _SPEECH_LEADS + _SPEECH_TIMES + _SPEECH_VERBS)
)
_SPEECH_IN_MANNER = re.compile("[\u4e00-\u9fff]{1,3}?[地着]" + _SPEECH.pattern)
# An address given (发表重要讲话, 发表主旨演讲, 发表致辞), not one written about (发表的讲话).
_DELIVERED = r"发表(?!的)[^，。；：“”]{0,10}?(?:讲话|演讲|致辞)"
_ADDRESS = re.compile(
    r"[^，。；：“”]{0,24}?并(?:讲话|致辞|发言|作[^，。]{0,8}报告|" + _DELIVERED + ")"
)
# An address where it was given (在大会上致辞, 在开幕式上发表主旨演讲).
_ADDRESS_AT = re.compile(
    r"在[^，。；：“”]{1,16}?(?:上|中|期间)(?:讲话|致辞|发言|" + _DELIVERED + ")(?!精神|稿|中|时)"
)
_BARE_ADDRESS = re.compile(r"(?:讲话|致辞|发言|" + _DELIVERED + ")(?!精神|稿|中|时)")
# An address, then what it said (主持座谈会并发表重要讲话强调，…; 在会上发表讲话指出，…), or
# what was said after what the speaker did (主持会议并强调，…).
_ADDRESS_SPEECH = re.compile(
    r"(?:在[^，。；：“”]{0,16}?(?:上|中|时|期间)，?)?(?:[^，。；：“”]{0,24}?并)?"
    + r"(?:(?:讲话|致辞|发言|"
    + _DELIVERED
    + r")时?，?|(?<=并))("
    + "|".join(sorted(_SPEECH_VERBS, key=len, reverse=True))
    + ")"
)
_ADDRESSED = re.compile("|".join(ADDRESSES))
# 过 after a verb of saying, before a mark: said before (说过，…).
_SAID_BEFORE = re.compile("过(?=[，：“])")
# What names the one a message or a gesture is addressed to, up to them (a post between).
_ADDRESSED_TO = re.compile("(?:向|致电|致信|致函|致贺电|致贺信|致慰问电)[^，。；：“”]{0,20}$")
# What follows 提出 where words said come next (提出，…; 提出：“…”; 提出要…; 提出三点建议).
_SAYS_AFTER_PUT = re.compile("[，：:,“要]|了?[\\d一二两三四五六七八九十几]+[点条项]")
_CLAUSE_REST = re.compile("[^，。；]*")
_PRONOUNS = ("他", "她")
_PRONOUN = re.compile("[他她]")


@register(EXTRACTOR, requires=("people",))
def extract_statements(doc: Doc) -> Extraction:
    """Find ``stated`` relations from speech verbs after a person or a pronoun."""
    out = Extraction()
    people = persons(doc)
    by_start: dict[int, Mention] = {m.start: m for m in people.mentions}
    # A title written after a name (习近平总书记指出, 王毅部长表示) stands between the
    # speaker and the verb; so does a form of address (李希同志强调, 张伟先生说).
    titles: dict[int, int] = {m.start: m.end for m in doc.by_label("Post")}
    for match in _ADDRESSED.finditer(doc.norm):
        titles.setdefault(match.start(), match.end())
    titled = {end: start for start, end in titles.items()}  # where a name's titles start
    text = doc.norm
    pronouns = doc.sentences_with(_PRONOUN)
    # The sentences a person may start in (one check a sentence below says which do).
    with_person = {bisect_right(doc.sentence_starts, m.start) - 1 for m in people.mentions}
    for sentence in doc.sentences:
        if sentence.index not in with_person and sentence.index not in pronouns:
            continue
        # Each speaker as the person, and where the name (or the pronoun) is written.
        speakers: list[tuple[Mention, int, int]] = [
            (m, m.start, m.end) for m in people.starting_in(sentence.start, sentence.end)
        ]
        if sentence.index in pronouns:
            previous = doc.sentences[sentence.index - 1] if sentence.index else None
            speakers += _pronoun_speakers(
                text,
                sentence,
                people.mentions,
                by_start,
                _opener(text, previous, people, titles),
                titled,
            )
        spoken: set[int] = set()
        # Where the words someone says in this sentence begin (丁薛祥指出，…): an address
        # named inside them (，习近平总书记发表重要讲话，…) is told of, not given here.
        said_from = sentence.end
        for person, written, end in speakers:
            end = titles.get(end, end)
            end = titles.get(end, end)  # a form of address after a title (总统先生)
            # 莱恩斯和迪克表示: each of the persons joined before the verb speaks.
            while end + 1 < sentence.end and text[end] in "和与及、" and end + 1 in by_start:
                end = titles.get(by_start[end + 1].end, by_start[end + 1].end)
            speech = (
                _SPEECH.match(text, end, sentence.end)
                if end < sentence.end and text[end] in _SPEECH_STARTS
                else None
            ) or _SPEECH_IN_MANNER.match(text, end, sentence.end)
            if speech is None and text.startswith("，在", end):
                # 全国人大代表陈军，在回答…问题时表示: a clause of when between them
                speech = _SPEECH.match(text, end + 1, sentence.end)
            if (
                speech is None
                and end < sentence.end
                and (text[end] in "在并讲致发" or "并" in text[end : end + 25])
            ):
                speech = _ADDRESS_SPEECH.match(text, end, sentence.end)
                if speech and not _addresses(text, written, end, speech.end()):
                    continue
            if speech and (
                text.startswith("的", speech.end())
                or (speech.group(1) == "提出" and not _says_after_put(text, speech.end(), sentence))
            ):
                # 习主席提出的全球治理倡议, 习近平主席提出全球安全倡议: what he put forward, not
                # what he says here (提出，要…, 提出要… are).
                continue
            if speech and (
                text[written - 1 : written] == "是"
                or words_carried_out(text, max(sentence.start, written - 12), written)
                # 致电印尼外长哈桑表示慰问, 向习近平表示欢迎: the one addressed, not the speaker
                or _ADDRESSED_TO.search(text, max(sentence.start, written - 24), written)
            ):
                # 落实李强总理要求, 今年是习近平主席提出…倡议10周年: their words are
                # carried out or dated here, not said.
                continue
            if speech:
                content_start = speech.end()
                if text.startswith("了", content_start) and not text.startswith(
                    ("了解", "了不"), content_start
                ):
                    content_start += 1  # 阐述了中方的立场: what he set out, not 了
                elif _SAID_BEFORE.match(text, content_start):
                    content_start += 1  # 说过，…: said before, 过 no part of it
                while content_start < sentence.end and text[content_start] in "，：:,“":
                    if text[content_start] == "“" and _quoted_name(text, content_start, sentence):
                        break  # 表示，“中立之友小组”成立3年多来: the quote names what is spoken of
                    content_start += 1
                content_end = sentence.end
                if text[content_end - 1] == "”" and text.count(
                    "”", content_start, content_end
                ) > text.count("“", content_start, content_end):
                    content_end -= 1  # 说，“……。”: the quote's closing mark, its opening cut
                if not _WORDS.search(text, content_start, content_end):
                    # Nothing said after the verb (…”徐玲说。): what was said is the
                    # sentence, its quote before the speaker; or, where the speaker opens
                    # the sentence (“…。”徐玲说。), the quote that ends before it.
                    # Where the speaker's clause opens (分析师曾令华说。, ，”主教练阿德尔曼说。).
                    opening = max(
                        sentence.start,
                        1 + max(text.rfind(mark, sentence.start, written) for mark in "，,；：”"),
                    )
                    content_start, content_end = _quote_before(text, opening)
                    if content_start < sentence.start and _WORDS.search(
                        text, sentence.start, opening
                    ):
                        # …，”霍林斯说。: the quote opened in a sentence before
                        content_start = sentence.start
                    elif content_start == content_end:
                        if not _WORDS.search(text, sentence.start, opening):
                            continue
                        content_start, content_end = sentence.start, sentence.end
                said_from = min(said_from, content_start)
            else:
                # A person whose letter is read out, or whose speech is studied, does
                # not address the meeting (宣读习近平主席贺信并致辞).
                if words_carried_out(text, max(sentence.start, written - 12), written):
                    continue
                # 并 comes within 25 characters in every address but a bare one
                # (诺瓦克致辞).
                address = (
                    _BARE_ADDRESS.match(text, end, sentence.end)
                    or _ADDRESS_AT.match(text, end, sentence.end)
                    or (
                        text.find("并", end, min(end + 25, sentence.end)) >= 0
                        and _ADDRESS.match(text, end, sentence.end)
                    )
                )
                if (
                    not address
                    or not _addresses(text, written, end, address.end())
                    or written >= said_from
                ):
                    continue
                content_start, content_end = sentence.start, sentence.end
            statement = doc.mention(content_start, content_end, "Statement", "", sentence.index)
            out.mentions.append(statement)
            out.relations.append(Relation(person, "stated", statement, sentence, 0.85, EXTRACTOR))
            spoken.add(person.start)
        # 易卜拉欣请李强转达…问候，表示马方…: a later clause without a subject of its own
        # says what the one who opens the sentence said.
        later = _later_speech(text, sentence, people, titles, spoken)
        if later is not None:
            speaker, content_start = later
            statement = doc.mention(content_start, sentence.end, "Statement", "", sentence.index)
            out.mentions.append(statement)
            out.relations.append(Relation(speaker, "stated", statement, sentence, 0.8, EXTRACTOR))
            spoken.add(speaker.start)
        # 民革中央主席郑建邦、…、无党派人士代表武向平等先后发言: each one listed spoke.
        for match in _LISTED_ADDRESS.finditer(text, sentence.start, sentence.end):
            listed = _listed_before(
                text, people.starting_in(sentence.start, match.start()), titles, match.start()
            )
            speaking = [p for p in listed if p.start not in spoken]
            if speaking:
                statement = doc.mention(
                    sentence.start, sentence.end, "Statement", "", sentence.index
                )
                out.mentions.append(statement)
                out.relations.extend(
                    Relation(p, "stated", statement, sentence, 0.85, EXTRACTOR) for p in speaking
                )
    return out


# Before a person, what makes them the one spoken with or to (同阮富仲总书记会见…并发表讲话).
_ADDRESSEE_BEFORE = frozenset("同与跟向对")
# Before an address, what puts it in the future (将出席开幕式并发表主旨讲话).
_TO_COME = re.compile("将|拟")


def _addresses(text: str, written: int, end: int, stop: int) -> bool:
    """Whether the person written at ``written`` (their titles ending at ``end``) gives
    the address that ends at ``stop``: not one they are spoken with, nor one to come."""
    return text[written - 1 : written] not in _ADDRESSEE_BEFORE and not _TO_COME.search(
        text, end, stop
    )


# A clause that opens with a verb of saying, its subject left out (，表示…, ，并强调…).
_LATER_VERB = re.compile("，(?:并|还|同时)?(强调指出|表示|指出|强调)[，：]?")
# What a clause opens with that names a subject of its own (他, 双方, 中方 …).
_OWN_SUBJECT = re.compile("[他她我你]|双方|[中外我][方国]|两国|大家|各方")


def _later_speech(
    text: str, sentence: Sentence, people: ByStart, titles: dict[int, int], spoken: set[int]
) -> tuple[Mention, int] | None:
    """The one who opens ``sentence`` and says what a later clause of it says, with
    where that begins (易卜拉欣请李强转达…问候，表示马方…; 赵乐际介绍了…，表示…), where no
    clause between names a subject of its own and they have not spoken in it yet."""
    if not _LATER_VERB.search(text, sentence.start, sentence.end):
        return None  # most sentences: no clause opens with a verb of saying
    # 3日，塞尔维亚总统武契奇到…吊唁，表示…: the days come first, in a clause of their own.
    when = WHEN_OPENING.match(text, sentence.start, sentence.end)
    opening = when.end() if when else sentence.start
    speaker = _opener(text, sentence, people, titles, opening)
    if speaker is None or speaker.start in spoken or speaker.start != titles.get(
        opening, opening
    ):
        return None
    for verb in _LATER_VERB.finditer(text, speaker.end, sentence.end):
        # Any clause between opening with a person or a subject of its own ends the
        # opener's reach.
        for comma in re.finditer("，", text[speaker.end : verb.start() + 1]):
            clause = speaker.end + comma.end()
            if people.any_starting_in(clause, clause + 1) or _OWN_SUBJECT.match(text, clause):
                return None
        content_start = verb.end()
        if len(_WORDS.findall(text, content_start, sentence.end)) < 6:
            return None  # 颁发命令状，表示祝贺。: a feeling shown, nothing said
        return speaker, content_start
    return None


# Speeches given one after another by those listed before (先后发言, 分别致辞).
_LISTED_ADDRESS = re.compile("(?:先后|分别|相继)(?:发言|致辞|讲话)")
# What may end a list of speakers before its verb (等, 等6位代表).
_LIST_END = re.compile("等?(?:[\\d一二三四五六七八九十]+位(?:代表|同志|专家)?)?$")
# What may stand before a listed name besides its titles (、无党派人士代表).
_LIST_GAP = re.compile("[、，和及]*(?:[^、，。；：]{0,10}?代表)?$")


def _listed_before(
    text: str, persons: list[Mention], titles: dict[int, int], end: int
) -> list[Mention]:
    """Of ``persons`` (in text order, before ``end``), those listed right before ``end``,
    last first: each separated from the next by a mark and the next one's titles only
    (民革中央主席郑建邦、民盟中央主席丁仲礼…)."""
    listed: list[Mention] = []
    boundary = end
    for person in reversed(persons):
        gap = _without_titles(text, titles, person.end, boundary)
        pattern = _LIST_END if boundary == end else _LIST_GAP
        if person.end > boundary or not pattern.fullmatch(gap):
            break
        listed.append(person)
        boundary = person.start
    return listed


def _without_titles(text: str, titles: dict[int, int], start: int, end: int) -> str:
    """``text[start:end]`` without the titles that start and end in it."""
    kept = []
    position = start
    while position < end:
        title_end = titles.get(position)
        if title_end is not None and title_end <= end:
            position = title_end
            continue
        kept.append(text[position])
        position += 1
    return "".join(kept)


def _quoted_name(text: str, start: int, sentence: Sentence) -> bool:
    """Whether the quote opening at ``start`` closes before the words go on in the same
    clause (“中立之友小组”成立…): a name quoted in what was said, not the words quoted."""
    close = text.find("”", start, sentence.end)
    return (
        0 <= close < sentence.end - 1
        and not any(mark in text[start:close] for mark in "，。；！？")
        and text[close + 1] not in "，。；！？：…“"
    )


def _says_after_put(text: str, end: int, sentence: Sentence) -> bool:
    """Whether words said follow 提出 (ending at ``end``): right away, or after a colon or a
    dash in its clause (提出了自己的观点——“…”), not a thing put forward (提出全球安全倡议,
    提出“一带一路”倡议, 提出共建“一带一路”倡议, 提出了关于“…”的建议: a quoted name is no
    quotation)."""
    if text.startswith("“", end) and _quoted_name(text, end, sentence):
        return False  # 提出“一带一路”倡议: the name of what was put forward
    if _SAYS_AFTER_PUT.match(text, end):
        return True
    clause = _CLAUSE_REST.match(text, end, sentence.end)
    return clause is not None and any(mark in clause.group() for mark in ("：", "——"))


def _pronoun_speakers(
    text: str,
    sentence: Sentence,
    persons: list[Mention],
    by_start: dict[int, Mention],
    opener: Mention | None = None,
    titled: dict[int, int] | None = None,
) -> list[tuple[Mention, int, int]]:
    """他 or 她 opening a clause stands for the person last mentioned before it; opening
    the sentence, for the one who opened the sentence before (``opener``, if any:
    林志远对韩德…表示赞赏。他说…: 林志远); ``titled`` gives where the titles before a
    name start (by where the name starts)."""
    titled = titled or {}
    speakers = []
    for pronoun in _PRONOUNS:
        for match in re.finditer(pronoun, text[sentence.start : sentence.end]):
            start = sentence.start + match.start()
            if start not in by_start and (
                start == sentence.start or text[start - 1] in "，。；：、"
            ):
                previous = [m for m in persons if m.end <= start]
                # 会见X时，韩正转达了习近平主席和彭丽媛教授的问候，他表示: the one who
                # opens a clause of the sentence, not one named inside it.
                subjects = [
                    m
                    for m in previous
                    if m.start >= sentence.start
                    and _opens_clause(text, sentence.start, titled.get(m.start, m.start))
                ]
                if start == sentence.start and opener is not None:
                    speakers.append((opener, start, start + 1))
                elif subjects or previous:
                    speakers.append(((subjects or previous)[-1], start, start + 1))
    return speakers


def _opens_clause(text: str, sentence_start: int, position: int) -> bool:
    """Whether ``position`` opens a clause of the sentence starting at ``sentence_start``."""
    return position == sentence_start or text[position - 1] in "，。；：、"


def _opener(
    text: str,
    sentence: Sentence | None,
    people: ByStart,
    titles: dict[int, int],
    opening: int | None = None,
) -> Mention | None:
    """The person ``sentence`` opens with (or its text from ``opening`` on), after their
    titles if any (林志远对…, 区委书记林志远指出…), not one a name opens with
    (习近平总书记关于…的重要思想研讨会)."""
    if sentence is None:
        return None
    start = sentence.start if opening is None else opening
    position = titles.get(start, start)
    found = people.starting_in(position, position + 1)
    if not found:
        # 吉尔吉斯斯坦前总统奥通巴耶娃指出: before the name words no title reads; the first
        # person of the opening clause who speaks right after their name.
        stop = _CLAUSE_END.search(text, start, sentence.end)
        for person in people.starting_in(start, stop.start() if stop else sentence.end):
            end = titles.get(person.end, person.end)
            if end < sentence.end and text[end] in _SPEECH_STARTS and _SPEECH.match(text, end):
                return person
        return None
    if text.startswith(_NAMING, titles.get(found[0].end, found[0].end)):
        return None
    return found[0]


_CLAUSE_END = re.compile("[，。；：]")


# What follows a person a name opens with (习近平总书记关于…研讨会, 习近平的…).
_NAMING = ("关于", "的")


def _quote_before(text: str, position: int) -> tuple[int, int]:
    """The span inside the quotation marks that close right before ``position`` (empty
    where none do)."""
    end = position
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in "，,"):
        end -= 1  # “…”，王金战说: the comma after the quote
    if end == 0 or text[end - 1] != "”":
        return position, position
    opening = text.rfind("“", max(0, end - 500), end - 1)
    if opening < 0 or not _WORDS.search(text, opening + 1, end - 1):
        return position, position
    close = end - 1
    while text[close - 1] in "，,":
        close -= 1  # “…事情了，”阿德尔曼说: the comma inside the quote
    return opening + 1, close
