"""Within-article resolution: one entity per person, organisation, place or meeting.

Mentions are grouped by type and canonical name; a shorter name that the article also
writes out in full (世界议长大会 / 第六次世界议长大会, 深圳 / 深圳市) joins the longer
one, which becomes the canonical name, the others its aliases.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from kg import resources
from kg.model import Entity, Mention
from kg.nlp.lexicon import place_names

# Types whose short names are merged into a longer name that contains them.
_MERGE_BY_CONTAINMENT = ("Meeting", "Organization", "Place")

#: How an article refers to its own country or place (我国, 中方, 我市; the hierarchy
#: extractor finds them): it stands for the place it is resolved to, never names it and
#: is no other name of it.
OWN_PLACE_WORDS = frozenset({"我国", "中方", "我省", "我市", "我区", "我县"})
#: 全国 (the whole country) opening a clause stands for China the same way.
NATIONWIDE = "全国"
_STANDING_FOR = OWN_PLACE_WORDS | {NATIONWIDE}


def is_party(text: str) -> bool:
    """Whether ``text`` names a country by its side (美方, 澳方), standing for it as 中方
    does for China."""
    return len(text) == 2 and text[1] == "方"


def _absorber(name: str, longer: list[str], label: str) -> str | None:
    """The longer name that ``name`` is a short form of, if exactly one is."""
    if label == "Place":
        full = place_names().get(name)
        if full and full in longer:
            return full
        return None
    if label == "Meeting" and len(name) < 4:
        return None
    candidates = [other for other in longer if other != name and other.endswith(name)]
    if label == "Meeting":
        # Not a meeting that opens the longer name: that one is held at it or for it
        # (全国政协十四届一次会议新闻发布会, …开幕式, …预备会议), another meeting.
        candidates += [
            o
            for o in longer
            if o != name and name in o and not o.startswith(name) and o not in candidates
        ]
    if (
        label == "Meeting"
        and not candidates
        and not _ORDINALS & set(name)
        and not any(talk in name for talk in TALK_WORDS)
    ):
        # 晋衔仪式 for 晋升上将军衔仪式: a short form keeping the first character, the kind
        # and some characters between, in order (none that numbers a session: 二中全会 is
        # no short form of 二十届三中全会; no talk, named after who took part in it); the
        # body or the place that opens the full name may be left off (中央军委晋升上将军衔仪式).
        candidates = [
            o
            for o in longer
            if len(o) > len(name) + 1
            and _first_after_holder(name[0], o)
            and o.endswith(name[-2:])
            and _in_order(name, o)
        ]
    return candidates[0] if len(candidates) == 1 else None


#: The words of talks and audiences, which their names hold (丁薛祥会见吉乔, 习近平同拜登会晤).
TALK_WORDS = ("会见", "接见", "会谈", "会晤", "通电话")
# Characters that number a meeting (第十次, 二十届, 三中全会).
_ORDINALS = frozenset("一二三四五六七八九十百第届次0123456789")


def _first_after_holder(first: str, full: str) -> bool:
    """Whether ``full`` opens with ``first``, or with a body or a place that ``kg`` knows and
    then ``first`` (中央军委|晋升上将军衔仪式)."""
    at = full.find(first)
    return at == 0 or (
        at > 1 and (full[:at] in resources.organizations() or full[:at] in place_names())
    )


def _in_order(short: str, full: str) -> bool:
    """Whether every character of ``short`` is in ``full``, in the same order."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def resolve(mentions: list[Mention]) -> dict[tuple[str, str], Entity]:
    """Group ``mentions`` into entities.

    Returns:
        A map from ``(label, canonical name of a mention)`` to its entity; every
        mention's key is in it.
    """
    names: dict[str, dict[str, set[str]]] = {}  # label -> canonical name -> texts
    uses: Counter[str] = Counter()
    for mention in mentions:
        label, text = mention.label, mention.text
        by_name = names.get(label)
        if by_name is None:
            by_name = names[label] = {}
        canonical = mention.name or text
        if mention.name and (text in _STANDING_FOR or (label == "Place" and is_party(text))):
            text = canonical
        texts = by_name.get(canonical)
        if texts is None:
            by_name[canonical] = {text}
        else:
            texts.add(text)
        if label == "Place":
            uses[text] += 1
    table: dict[tuple[str, str], Entity] = {}
    for label, by_name in names.items():
        ordered = sorted(by_name, key=lambda n: (-len(n), n))
        if label not in _MERGE_BY_CONTAINMENT:
            for name in ordered:
                surfaces = by_name[name]
                aliases = tuple(sorted(surfaces - {name})) if surfaces != {name} else ()
                table[(label, name)] = Entity(label, name, aliases)
            continue
        longer: dict[int, int] = {}  # length -> how many names are longer
        for index, name in enumerate(ordered):
            longer.setdefault(len(name), index)
        target: dict[str, str] = {}
        for name in ordered:
            parent = _absorber(name, ordered[: longer[len(name)]], label)
            target[name] = target.get(parent, parent) if parent else name
        groups: dict[str, set[str]] = defaultdict(set)
        members: dict[str, list[str]] = defaultdict(list)  # canonical -> names
        for name, canonical in target.items():
            groups[canonical] |= {name} | by_name[name]
            members[canonical].append(name)
        for canonical, surfaces in groups.items():
            if label == "Place":
                # A place goes by the name the article uses most (西藏, not 西藏自治区).
                surfaces = surfaces | {canonical}
                name = max(surfaces, key=lambda s: (uses[s], len(s)))
                if name != canonical:
                    members[name] += members.pop(canonical, [])
                canonical = name
            aliases = tuple(sorted(surfaces - {canonical})) if len(surfaces) > 1 else ()
            entity = Entity(label, canonical, aliases)
            for name in members[canonical]:
                table[(label, name)] = entity
    return table
