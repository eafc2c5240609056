"""Where the finders' mentions meet: a tagged person cut where a body's name ends, a person's name that ran on from a
tagged place or body, each mention from where its first word is written, one mention per span by the finders'
precedence; and, once quotes are attributed, mentions cut where a quote's content starts inside them
(outside_contents). Reads mentions and the document's text only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

import attrs

from quotes.mentions.model import EntityMention
from quotes.mentions.words import ISSUER_MARKERS, NAME_LINKS
from quotes.model import Span
from quotes.normalize import article_cut_start, end_before_spaces, normalize, strip_article, strip_conjunction
from quotes.speakers.words import EPONYM_TITLES, is_verbal_noun

#: Which finder wins when two give the same span: the tagger's type over the rules' guess, a name over a title.
_PRECEDENCE = {
    "document": 0,
    "title": 1,
    "ner": 2,
    "name": 3,
    "organisation": 4,
    "group": 5,
    "descriptor": 5,
    "honorific": 6,
    "name-word": 7,
    "place": 7,
    "speaker": 8,
}


def from_tagged_person(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """A person's name the finders ran on from a place or body the entity tagger found before it starts where the
    tagger's person does: `شرطة لوس أنجلوس | أندرو سميث` (the parse chained the proper nouns with `flat`)."""
    tagged = [m for m in mentions if m.source == "ner"]
    people = [m for m in tagged if m.kind == "PER"]
    others = [m for m in tagged if m.kind in ("PLACE", "ORG", "MEDIA")]
    result = []
    for mention in mentions:
        if mention.kind == "PER" and mention.source != "ner":
            person = next(
                (
                    p
                    for p in people
                    if mention.span.start < p.span.start
                    and p.span.end <= mention.span.end
                    and any(mention.span.start < o.span.end <= p.span.start for o in others)
                ),
                None,
            )
            if person is not None:
                role = mention.role
                if role is not None and role.end <= person.span.start:  # the title runs on to the person's name
                    role = Span.from_offsets(text, role.start, end_before_spaces(text, person.span.start))
                mention = attrs.evolve(mention, span=Span.from_offsets(text, person.span.start, mention.span.end), role=role)
        result.append(mention)
    return result


def outside_bodies(mention: EntityMention, bodies: Sequence[EntityMention], text: str) -> EntityMention:
    """A tagged person that starts inside a body's name starts after it: `لجامعة الملك عبدالعزيز | خالد الغامدي`."""
    if mention.kind != "PER":
        return mention
    for body in bodies:
        if body.span.start <= mention.span.start < body.span.end < mention.span.end:
            rest = text[body.span.end : mention.span.end]
            start = body.span.end + len(rest) - len(rest.lstrip())
            role = mention.role
            if role is not None and role.end <= mention.span.start:
                role = Span.from_offsets(text, role.start, body.span.end)
            return attrs.evolve(mention, span=Span.from_offsets(text, start, mention.span.end), role=role)
    return mention


def _opens_with_eponym_title(name: str) -> bool:
    """Whether a name opens with the title of a body's eponym (`مستشفى | الملك فهد`: the tagger's person is the
    hospital's name)."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    return strip_article(strip_conjunction(normalize(first))) in EPONYM_TITLES


def before_people(bodies: Sequence[EntityMention], people: Sequence[EntityMention], text: str) -> list[EntityMention]:
    """A body's name that runs on into a person's name found inside it ends before it: `وزارة العمل بمنطقة جازان | علي
    الحربي` (a given name ends a body's name, and علي, spelled like the preposition على, is one only where a name
    stands). Not a lone proper noun (`بمنطقة | حائل` may be a place), nor a name that opens with an eponym's title
    (`مستشفى | الملك فهد`)."""
    cut = []
    for body in bodies:
        inside = [
            person.span.start
            for person in people
            if person.kind == "PER"
            and (person.source != "name-word" or " " in person.span.text.strip())
            and body.span.start < person.span.start < body.span.end <= person.span.end
            and not _opens_with_eponym_title(person.span.text)
        ]
        if inside:
            end = min(inside)
            while end > body.span.start and text[end - 1].isspace():
                end -= 1
            body = attrs.evolve(body, span=Span.from_offsets(text, body.span.start, end))
        cut.append(body)
    return cut


def written_starts(mentions: Iterable[EntityMention], text: str) -> Iterator[EntityMention]:
    """Each mention from where its first word starts as written: `للبيان`, not `لبيان` (ل + لبيان is لل + البيان cut
    after its first letter), as the quotes' speakers are (coref), so that a speaker finds its mention; a statement's
    issuer likewise (`بيان | للجنة المنظمة`), so that the statement finds the issuer's mention."""
    for mention in mentions:
        start = article_cut_start(text, mention.span.start)
        if start != mention.span.start:
            mention = attrs.evolve(mention, span=Span.from_offsets(text, start, mention.span.end))
        issuer = mention.issuer
        if issuer is not None and (issuer_start := article_cut_start(text, issuer.start)) != issuer.start:
            mention = attrs.evolve(mention, issuer=Span.from_offsets(text, issuer_start, issuer.end))
        yield mention


#: A content that may open with a preposition, by its spelling: a word that starts with ب، ل or ك (بمقتل، لكرة; also
#: باب or لجنة, which are left out as well), or a preposition written apart (إلى ضرورة).
_OPENS_WITH_PREPOSITION = re.compile(r"(?:ب|ل|ك)\w|(?:إلى|الى|على|علي|عن|من|في|مع)\s")
#: A content's own preposition written apart before it, left at the end of a mention cut there.
_CONTENT_PREPOSITIONS = ISSUER_MARKERS | {"ب", "بـ"}


#: A content that opens with بـ and a verbal noun (بتوزيع أرباح، بالتمسك بـ، بالقول): the word glued to بـ.
_GLUED_TO_BA = re.compile(r"ب(\w+)")


def _opens_with_verbal_noun(text: str, start: int) -> bool:
    """Whether a content opens with بـ glued to a verbal noun (`أوصى مجلس إدارة الشركة | بتوزيع أرباح …`، `طالبت لجنة
    الانضباط | بالتمسك بـ …`): what was said, never more of a body's name, unlike a place after بـ (بمنطقة الرياض)."""
    found = _GLUED_TO_BA.match(text, start)
    if found is None:
        return False
    stem = strip_article(normalize(found.group(1)))
    return is_verbal_noun(stem) or stem == "قول" or (len(stem) == 4 and stem.startswith("ت"))


def outside_contents(mentions: Sequence[EntityMention], contents: Sequence[Span], text: str) -> tuple[EntityMention, ...]:
    """The mentions cut where a quote's content starts inside them: a source's name never runs into what it is quoted
    saying (`أعلنت هيئة الهلال الأحمر السعودي | فتح باب التقديم …`: the verbal noun the parse hung on the body). A
    content that opens with a preposition is left out: the parse may have started it inside the body's own name
    (`ودعت الإدارة العامة للتعليم | بمنطقة الرياض أولياء الأمور إلى …`). A mention that would keep no word, or end
    with a name link, is left as it was."""
    starts = sorted(
        {
            content.start
            for content in contents
            if not _OPENS_WITH_PREPOSITION.match(text, content.start) or _opens_with_verbal_noun(text, content.start)
        }
    )
    if not starts:
        return tuple(mentions)
    cut: list[EntityMention] = []
    for mention in mentions:
        at = bisect_left(starts, mention.span.start + 1)
        if at < len(starts) and starts[at] < mention.span.end:
            span = Span.from_offsets(text, mention.span.start, starts[at])
            words = span.text.split()
            while words and normalize(words[-1]) in _CONTENT_PREPOSITIONS:
                words.pop()  # (the content's own preposition, written apart)
            if words and normalize(words[-1]) not in NAME_LINKS:  # (خالد بن | طالب: a name, whatever was read as a cue)
                span = Span.from_offsets(text, mention.span.start, mention.span.start + len(" ".join(words)))
                if span.text == " ".join(words):
                    mention = attrs.evolve(mention, span=span)
        cut.append(mention)
    return tuple(cut)


def deduplicated(mentions: Iterable[EntityMention]) -> list[EntityMention]:
    """One mention per span, the finder's of highest precedence, which keeps a role another finder gave."""
    best: dict[tuple[int, int], EntityMention] = {}
    for mention in mentions:
        key = (mention.span.start, mention.span.end)
        known = best.get(key)
        if known is None or _PRECEDENCE[mention.source] < _PRECEDENCE[known.source]:
            if known is not None and known.role is not None and mention.role is None:
                mention = attrs.evolve(mention, role=known.role)
            best[key] = mention
    return sorted(best.values(), key=lambda m: (m.span.start, -m.span.end))
