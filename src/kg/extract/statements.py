"""Statements: what a person said, stressed, demanded or pointed out.

"刘胜要求，明确发力重点…", "赵乐际在发言中说…", "他表示…" (他 is the person last
mentioned), "王沪宁出席并讲话".
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.base import Extraction, Relation, register
from kg.extract.clauses import persons
from kg.model import Mention, Sentence
from kg.nlp.doc import Doc

EXTRACTOR = "statements"

# A character of what someone said (not punctuation alone).
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_SPEECH_LEADS = (
    "还|也|并|则|又|亦|都|同时|进一步|再次|分别|最后|首先|随后|充分|高度|深刻|明确|专门|特别|郑重".split(
        "|"
    )
)
_SPEECH_VERBS = "表示|指出|强调|要求|说|认为|宣布|提出|呼吁|阐述|介绍说|指示|批示|寄语|希望".split(
    "|"
)
_SPEECH = re.compile(
    r"(?:在[^，。；：“”]{0,16}?(?:上|中|时|期间)，?|"
    + "|".join(_SPEECH_LEADS)
    + ")*("
    + "|".join(_SPEECH_VERBS)
    + ")"
)
# The characters a speech starts with: where another follows a person, none does.
_SPEECH_STARTS = frozenset("在" + "".join(word[0] for word in _SPEECH_LEADS + _SPEECH_VERBS))
_ADDRESS = re.compile(r"[^，。；：“”]{0,24}?并(?:讲话|致辞|发言|作[^，。]{0,8}报告)")
_BARE_ADDRESS = re.compile(r"(?:讲话|致辞|发言)(?!精神|稿|中|时)")
_NOT_SPEAKING = ("宣读", "转达", "学习", "贯彻", "落实", "根据", "按照")
_PRONOUNS = ("他", "她")
_PRONOUN = re.compile("[他她]")


@register(EXTRACTOR, requires=("people",))
def extract_statements(doc: Doc) -> Extraction:
    """Find ``stated`` relations from speech verbs after a person or a pronoun."""
    out = Extraction()
    people = persons(doc)
    by_start: dict[int, Mention] = {m.start: m for m in people.mentions}
    text = doc.norm
    pronouns = doc.sentences_with(_PRONOUN)
    # The sentences a person may start in (one check a sentence below says which do).
    with_person = {bisect_right(doc.sentence_starts, m.start) - 1 for m in people.mentions}
    for sentence in doc.sentences:
        if sentence.index not in with_person and sentence.index not in pronouns:
            continue
        speakers: list[tuple[Mention, int]] = [
            (m, m.end) for m in people.starting_in(sentence.start, sentence.end)
        ]
        if sentence.index in pronouns:
            speakers += _pronoun_speakers(text, sentence, people.mentions, by_start)
        for person, end in speakers:
            # 莱恩斯和迪克表示: each of the persons joined before the verb speaks.
            while end + 1 < sentence.end and text[end] in "和与及、" and end + 1 in by_start:
                end = by_start[end + 1].end
            speech = (
                _SPEECH.match(text, end, sentence.end)
                if end < sentence.end and text[end] in _SPEECH_STARTS
                else None
            )
            if speech and text.startswith("的", speech.end()):
                continue  # 习主席提出的全球治理倡议: what he put forward, not what he says here
            if speech:
                content_start = speech.end()
                while content_start < sentence.end and text[content_start] in "，：:,“":
                    content_start += 1
                content_end = sentence.end
                if not _WORDS.search(text, content_start, content_end):
                    # Nothing said after the verb (…”徐玲说。): what was said is the
                    # sentence, its quote before the speaker; or, where the speaker opens
                    # the sentence (“…。”徐玲说。), the quote that ends before it.
                    content_start, content_end = sentence.start, sentence.end
                    if not _WORDS.search(text, sentence.start, person.start):
                        content_start, content_end = _quote_before(text, sentence.start)
                        if content_start == content_end:
                            continue
            else:
                # A person whose letter is read out, or whose speech is studied, does
                # not address the meeting (宣读习近平主席贺信并致辞).
                if _not_speaking(text, max(sentence.start, person.start - 12), person.start):
                    continue
                # 并 comes within 25 characters in every address but a bare one
                # (诺瓦克致辞).
                if not _BARE_ADDRESS.match(text, end, sentence.end) and (
                    text.find("并", end, min(end + 25, sentence.end)) < 0
                    or not _ADDRESS.match(text, end, sentence.end)
                ):
                    continue
                content_start, content_end = sentence.start, sentence.end
            statement = doc.mention(content_start, content_end, "Statement", "", sentence.index)
            out.mentions.append(statement)
            out.relations.append(Relation(person, "stated", statement, sentence, 0.85, EXTRACTOR))
    return out


def _pronoun_speakers(
    text: str, sentence: Sentence, persons: list[Mention], by_start: dict[int, Mention]
) -> list[tuple[Mention, int]]:
    """他 or 她 opening a clause stands for the person last mentioned before it."""
    speakers = []
    for pronoun in _PRONOUNS:
        for match in re.finditer(pronoun, text[sentence.start : sentence.end]):
            start = sentence.start + match.start()
            if start not in by_start and (
                start == sentence.start or text[start - 1] in "，。；：、"
            ):
                previous = [m for m in persons if m.end <= start]
                if previous:
                    speakers.append((previous[-1], start + 1))
    return speakers


def _quote_before(text: str, position: int) -> tuple[int, int]:
    """The span inside the quotation marks that close right before ``position`` (empty
    where none do)."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != "”":
        return position, position
    opening = text.rfind("“", max(0, end - 500), end - 1)
    if opening < 0 or not _WORDS.search(text, opening + 1, end - 1):
        return position, position
    return opening + 1, end - 1


def _not_speaking(text: str, start: int, end: int) -> bool:
    """Whether what stands before a person at ``end`` reads out or studies their words:
    宣读习近平主席贺信, 宣读俄罗斯总统普京贺信 (the post between), not across a clause."""
    window = text[start:end]
    if not any(word in window for word in _NOT_SPEAKING):
        return False
    cut = max(window.rfind(mark) for mark in "，。；：、！？")
    return any(word in window[cut + 1 :] for word in _NOT_SPEAKING)
