"""The people, organisations and groups of one document: its mentions clustered into entities.

Ordered passes, each seeing the clusters the earlier ones built (the shape
of Stanford's multi-pass sieve coreference):

1. ``name``: a name joins a cluster whose name words contain it or are
   contained in it (`لافروف` ↔ `سيرجي لافروف`; بن/آل/أبو are name words;
   spelling variants within one edit for longer words, `سيرغي` ↔ `سيرجي`); a name of one word only where
   it opens or ends the fuller one (`فهد`، `الشمري` ↔ `فهد ناصر الشمري`, not the father's `ناصر`);
2. ``title``: a bare title (`الوزير`، `المتحدث الرسمي`) joins the latest
   person the document gave that title;
3. ``organisation``: a short organisation form (`الوزارة`، `الهيئة`) joins
   the latest organisation with that head noun;
4. ``document``: a statement or report joins its issuer;
5. ``honorific``: `سموه`، `معاليه` join the latest named person.

Each entity has an id, a type (PER, ORG, GROUP, MEDIA), a canonical name
(its fullest name mention) and the roles the document gives it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from typing import NamedTuple

import attrs

from quotes.grammar.loader import name_link_words, word_set
from quotes.lexicon import read_as
from quotes.mentions import EntityMention
from quotes.model import Span
from quotes.normalize import article_key, as_country, joined_name_particle, normalize, strip_article, strip_conjunction

ENTITY_TYPES = ("PER", "ORG", "GROUP", "MEDIA")
#: Words shorter than this must match exactly; longer ones may differ by one edit (a spelling variant).
FUZZY_MIN_CHARS = 5
#: Name particles: part of a name, but never enough on their own to link two names.
NAME_PARTICLES = name_link_words("particle")  # rules/lexicons/name_links.tsv, normalised
#: Words whose first ل is their own (لجنة، لبنان: rules/lexicons/root_lam.tsv): للجنة keeps it after the preposition.
ROOT_LAM = word_set("root_lam")
#: Words whose first و or ف is their own (والي، فالح: rules/lexicons/root_waw_fa.tsv): no conjunction before an article.
ROOT_WAW_FA = word_set("root_waw_fa")
#: Describing adjectives after a name (العجوز، الثمانيني، الراحل: rules/lexicons/name_epithets.tsv): no name words.
NAME_EPITHETS = word_set("name_epithets")
_TYPE_OF_KIND = {"PER": "PER", "TITLE": "PER", "HONORIFIC": "PER", "ORG": "ORG", "MEDIA": "MEDIA", "GROUP": "GROUP"}
#: Mentions that name their referent: the canonical name is chosen among these.
_NAMING_KINDS = frozenset(("PER", "ORG", "MEDIA", "GROUP"))


_PARENTHESES = re.compile(r"\([^()]*\)")


def name_words(span: Span) -> tuple[str, ...]:
    """Normalised name words of a mention (see :func:`text_name_words`)."""
    return text_name_words(span.text)


@lru_cache(maxsize=65_536)
def text_name_words(text: str) -> tuple[str, ...]:
    """Normalised words of a mention without a conjunction before the article (والوزارة), the article and
    punctuation; a word that only begins with و or ف keeps it (وزير، فراس: the parser splits real clitics). The words
    end before a describing adjective after the first (:func:`_epithet_after_name`)."""
    words: list[str] = []
    for word in text.split():
        bare = "".join(char for char in normalize(word) if char.isalnum())  # "الفجر" in marks is الفجر: then the article
        if bare.startswith(("وال", "فال")) and bare not in ROOT_WAW_FA:
            bare = strip_conjunction(bare)  # (والي the governor keeps its و: the definite الوالي is the same word)
        if words and _epithet_after_name(bare):
            break  # ماركيز | العجوز الثمانيني: the person described, not more of the name
        key = article_key(bare, ROOT_LAM)  # (بيان للجنة المنظمة: لجنه، as اللجنة المنظمة)
        key = "".join(char for char in key if char.isalnum())
        particle = joined_name_particle(key)
        if particle is not None:  # أبوزيد is أبو زيد, عبدالعزيز is عبد العزيز: one name however it is spaced
            words.append(particle)
            key = "".join(char for char in strip_article(key[len(particle) :]) if char.isalnum())
        if key:
            words.append(key)
    return tuple(words)


def _epithet_after_name(bare: str) -> bool:
    """Whether a word written with the article after a name word is a describing adjective (rules/lexicons/
    name_epithets.tsv): `ويرى ماركيز العجوز أن …`، `وقال كيارستمي الراحل`: the adjective describes the person named
    `غابرييل ماركيز` before, it is no part of the name, and neither is what follows it (`العجوز الثمانيني صاحب …`)."""
    return bare.startswith("ال") and strip_article(bare) in NAME_EPITHETS


@lru_cache(maxsize=65_536)
def same_word(a: str, b: str) -> bool:
    """Equal, or one edit apart when both are long enough to be spelling variants of one name."""
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_MIN_CHARS or abs(len(a) - len(b)) > 1:
        return False
    return _one_edit_apart(a, b)


def _one_edit_apart(a: str, b: str) -> bool:
    """One substitution, insertion or deletion turns `a` into `b` (or none): what ``regex``'s ``{e<=1}`` fuzzy full
    match says, without compiling a pattern per word."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    if len(longer) - len(shorter) != 1:
        return False
    same = 0
    while same < len(shorter) and shorter[same] == longer[same]:
        same += 1
    return shorter[same:] == longer[same + 1 :]


def _has_long_word(words: Collection[str]) -> bool:
    """Whether a word is long enough to have spelling variants (see same_word)."""
    return any(len(word) >= FUZZY_MIN_CHARS for word in words)


def contained(small: Collection[str], large: Collection[str]) -> bool:
    """Every word of `small` (particles aside) has a match in `large`, and at least one such word exists."""
    content = [word for word in small if word not in NAME_PARTICLES]
    if not content:
        return False
    # most words match as written: the spelling-variant test only for the rest
    exact = large if isinstance(large, frozenset) else set(large)
    return all(word in exact or _spelling_variant_in(word, large) for word in content)


def _countries_of(words: Sequence[str], held: Collection[str]) -> tuple[str, ...]:
    """A title's words with a nationality the holder's title writes as its country read as the country (`المبعوث
    الصيني` for `المبعوث الخاص لرئيس الصين`: صيني → صين; quotes.normalize.as_country, as coreference reads them)."""
    return tuple(as_country(word, held) for word in words)


def _in_name_order(words: tuple[str, ...], cluster: _Cluster) -> bool:
    """Whether a name of one word (with its particles: `الشمري`، `آل ثاني`، `عبدالله`) opens or ends a person's fuller
    name in the cluster, or the cluster's one-word name opens or ends the fuller name `words`: a person is called by
    the given name (`فهد` of `فهد ناصر الشمري`) or the family name (`الشمري`), never by a father's or grandfather's
    name inside the chain (`ناصر`). Names of more words than one on both sides join as contained() says."""
    names = [name_words(mention.span) for mention in cluster.names()]
    if _one_name(words):
        fuller = [name for name in names if not _one_name(name)]
        return not fuller or any(_opens_or_ends(words, name) for name in fuller)
    single = [name for name in names if _one_name(name)]
    return len(single) < len(names) or any(_opens_or_ends(name, words) for name in single)


def _one_name(words: Sequence[str]) -> bool:
    """Whether the name words hold one name and its particles at most (`الشمري`، `آل ثاني`، `أبو زيد`)."""
    return sum(word not in NAME_PARTICLES for word in words) == 1


def _opens_or_ends(small: Sequence[str], large: Sequence[str]) -> bool:
    """Whether the words of `small` are the first or the last words of `large`, each as written or a spelling variant;
    particles aside (`ابن المبارك` ends `عبدالله بن المبارك`)."""
    small = [word for word in small if word not in NAME_PARTICLES]
    large = [word for word in large if word not in NAME_PARTICLES]
    size = len(small)
    if not size or size > len(large):
        return False
    return all(map(same_word, small, large[:size])) or all(map(same_word, small, large[-size:]))


@lru_cache(maxsize=65_536)
def _names_contained(small: frozenset[str], large: frozenset[str]) -> bool:
    """:func:`contained` for two sets of name words, remembered: the name pass asks it of every earlier cluster for
    every mention, and a document names the same people again and again."""
    return contained(small, large)


def _spelling_variant_in(word: str, words: Collection[str]) -> bool:
    """Whether `words` hold a spelling variant of `word` (:func:`same_word`), `word` itself not among them: only
    words of about its length can be one."""
    if len(word) < FUZZY_MIN_CHARS:
        return False
    length = len(word)
    return any(same_word(word, other) for other in words if length - 1 <= len(other) <= length + 1)


@attrs.frozen
class Role:
    """A title or role the document gives an entity, where it gives it."""

    span: Span
    sentence_index: int

    def to_dict(self) -> dict[str, object]:
        return {**self.span.to_dict(), "sentence": self.sentence_index}


@attrs.frozen
class Entity:
    id: str
    type: str
    canonical: Span
    mentions: tuple[EntityMention, ...]
    roles: tuple[Role, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.type not in ENTITY_TYPES:
            raise ValueError(f"entity {self.id}: type {self.type!r} is not one of {', '.join(ENTITY_TYPES)}")

    @property
    def role(self) -> Span | None:
        return self.roles[0].span if self.roles else None

    def covers(self, span: Span) -> EntityMention | None:
        """The mention of this entity that overlaps `span` most, if any."""
        best: EntityMention | None = None
        best_overlap = 0
        for mention in self.mentions:
            overlap = min(mention.span.end, span.end) - max(mention.span.start, span.start)
            if overlap > best_overlap:
                best, best_overlap = mention, overlap
        return best

    def to_record(self, doc_id: str, quotes: int = 0) -> dict[str, object]:
        return {
            "doc_id": doc_id,
            "entity": f"{doc_id}:{self.id}",
            "type": self.type,
            "canonical": self.canonical.text,
            "mentions": [mention.to_dict() for mention in self.mentions],
            "roles": [role.to_dict() for role in self.roles],
            "quotes": quotes,
        }


# not slotted: a slotted attrs class with cached properties gets a __getattr__ that slows every attribute read
# (issue 12; as ParsedDocument and Lexicon)
@attrs.frozen(slots=False)
class EntityTable:
    """A document's entities, and the mentions that are no source (places)."""

    doc_id: str
    entities: tuple[Entity, ...] = ()
    places: tuple[EntityMention, ...] = ()

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def at(self, span: Span) -> tuple[Entity, EntityMention] | None:
        """The entity with the mention that overlaps `span` most (ties: the mention closest to it in length).

        Each entity offers the mention :meth:`Entity.covers` picks (the first that overlaps most); ties between
        entities go to the first. Only the mentions near `span` are read, from :attr:`_mention_index`."""
        index, starts, longest = self._mention_index
        # a mention overlaps `span` when it starts before span.end and ends after span.start, so starts after
        # span.start - longest
        first, last = bisect.bisect_right(starts, span.start - longest), bisect.bisect_left(starts, span.end)
        chosen: dict[int, tuple[int, int]] = {}  # entity position → (overlap, position of the mention covers picks)
        for start, end, entity_position, mention_position in index[first:last]:
            overlap = min(end, span.end) - max(start, span.start)
            if overlap <= 0:
                continue
            known = chosen.get(entity_position)
            if known is None or overlap > known[0] or (overlap == known[0] and mention_position < known[1]):
                chosen[entity_position] = (overlap, mention_position)
        best: tuple[Entity, EntityMention] | None = None
        best_key = (0, -(1 << 30))
        for entity_position in sorted(chosen):
            overlap, mention_position = chosen[entity_position]
            entity = self.entities[entity_position]
            mention = entity.mentions[mention_position]
            key = (overlap, -abs((mention.span.end - mention.span.start) - (span.end - span.start)))
            if key > best_key:
                best, best_key = (entity, mention), key
        return best

    @cached_property
    def _mention_index(self) -> tuple[list[tuple[int, int, int, int]], list[int], int]:
        """Every entity's mentions as (start, end, entity position, mention position) in order of start, the starts
        alone (for bisect), and the longest mention's length: what :meth:`at` reads, built once per table."""
        index = sorted(
            (mention.span.start, mention.span.end, entity_position, mention_position)
            for entity_position, entity in enumerate(self.entities)
            for mention_position, mention in enumerate(entity.mentions)
        )
        longest = max((end - start for start, end, _, _ in index), default=0)
        return index, [start for start, _, _, _ in index], longest

    @cached_property
    def source_name_keys(self) -> frozenset[str]:
        """Every word of the persons', bodies' and media's names the finders found (no speaker phrase of the rules),
        normalised, without its article: whether a word is a word of a name the document gives, built once per table
        (a sieve asks it of every quote's phrase head)."""
        return frozenset(
            strip_article(normalize(word))
            for entity in self.entities
            for mention in entity.mentions
            if mention.kind in ("PER", "ORG", "MEDIA") and mention.source != "speaker"
            for word in mention.span.text.split()
        )

    def mentions_starting(self, start: int, end: int) -> list[tuple[Entity, EntityMention]]:
        """The mentions that start at an offset in [start, end], with their entities, in the order a walk over every
        entity's mentions meets them (entity by entity, each entity's in its order): read from :attr:`_mention_index`
        instead of walking every mention of the document."""
        index, starts, _ = self._mention_index
        chosen = sorted(
            (entity_position, mention_position)
            for _, _, entity_position, mention_position in index[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)]
        )
        entities = self.entities
        return [(entities[position], entities[position].mentions[mention]) for position, mention in chosen]

    def is_place(self, span: Span) -> bool:
        """Whether a place mention covers `span` entirely and no source mention lies within `span`."""
        if not any(p.span.start <= span.start and span.end <= p.span.end for p in self.places):
            return False
        return not any(span.start <= m.span.start and m.span.end <= span.end for _, m in self.mentions_starting(span.start, span.end))

    def by_id(self, entity_id: str) -> Entity | None:
        return next((entity for entity in self.entities if entity.id == entity_id), None)

    def records(self, quote_counts: Mapping[str, int] | None = None) -> list[dict[str, object]]:
        counts = quote_counts or {}
        return [entity.to_record(self.doc_id, counts.get(entity.id, 0)) for entity in self.entities]


class _NameSummary(NamedTuple):
    """A cluster's name words, and whether one is long enough to have spelling variants or a mention is a proper name."""

    words: frozenset[str]
    long_word: bool
    proper_name: bool
    #: words written only after a glued لل (مواقع تدريب تابعة للقسام): they name whom the body belongs to
    owners: frozenset[str] = frozenset()


@attrs.define
class _Cluster:
    """An entity while the passes build it."""

    type: str
    mentions: list[EntityMention] = attrs.field(factory=list)
    #: what the name pass asks of the cluster again and again (see summary), as of the mentions read so far
    _summary: _NameSummary | None = None
    #: how many mentions the summary has read: mentions are only ever appended, so the next summary reads those after
    _summarised: int = 0
    #: the summary's sets so far: name words, words written after a glued لل, the other name words
    _name_words: set[str] = attrs.field(factory=set)
    _owners: set[str] = attrs.field(factory=set)
    _own: set[str] = attrs.field(factory=set)

    def names(self) -> list[EntityMention]:
        return [mention for mention in self.mentions if mention.kind in _NAMING_KINDS]

    def has_proper_name(self) -> bool:
        """Whether a mention gives the person's proper name (a name finder's, not a description's)."""
        return any(mention.person_name for mention in self.mentions)

    def summary(self) -> _NameSummary:
        """Its name words, whether one is long enough to have spelling variants and whether a mention gives a proper
        name (not a description or a bare title): read again only once it has more mentions."""
        if self._summary is not None and self._summarised == len(self.mentions):
            return self._summary
        added = self.mentions[self._summarised :]
        for mention in added:
            if mention.kind in _NAMING_KINDS:
                self._name_words.update(name_words(mention.span))
                self._owners.update(_owner_words(mention.span.text))
                self._own.update(_own_words(mention.span.text))
        found = self._name_words
        proper = (self._summary is not None and self._summary.proper_name) or any(mention.person_name for mention in added)
        summary = _NameSummary(frozenset(found), _has_long_word(found), proper, frozenset(self._owners - self._own))
        self._summary, self._summarised = summary, len(self.mentions)
        return summary

    def words(self) -> frozenset[str]:
        return self.summary().words

    def role_words(self) -> set[str]:
        found: set[str] = set()
        for mention in self.mentions:
            if mention.role is not None:
                found.update(name_words(mention.role))
        return found

    def heads(self) -> set[str]:
        return {mention.head for mention in self.mentions if mention.head}


def _canonical(cluster: _Cluster) -> Span:
    """The fullest name a finder found; a speaker phrase the rules chose only when no finder named the entity
    (للمعلومات الواردة من وكالة الأنباء الألمانية is said by وكالة الأنباء الألمانية)."""
    # (a person the text names by a title only: the title, not the statement that carries it, تعميم وزير الصحة)
    named = cluster.names() or [mention for mention in cluster.mentions if mention.kind != "DOC"] or cluster.mentions
    found = [mention for mention in named if mention.source != "speaker"] or named
    if not cluster.has_proper_name():  # المصدر المقرب | من اتحاد الكونكاكاف: a description the rules read with its phrase
        found += [m for m in named if m.source == "speaker" and any(f.span.start == m.span.start for f in found if f is not m)]
    return max(found, key=lambda mention: (len(name_words(mention.span)), -mention.span.start)).span


class EntityBuilder:
    """Clusters a document's mentions (sorted by position) into entities."""

    def __init__(self, title_synonyms: Mapping[str, str] | None = None) -> None:
        self.clusters: list[_Cluster] = []
        #: a title word read as another when titles are compared (ناطق → متحدث: rules/lexicons/title_synonyms.tsv)
        self.title_synonyms: Mapping[str, str] = title_synonyms or {}

    def build(self, doc_id: str, mentions: Sequence[EntityMention]) -> EntityTable:
        places = tuple(mention for mention in mentions if mention.kind == "PLACE")
        pending: list[EntityMention] = []
        spoken: list[EntityMention] = []
        bodies = [mention for mention in mentions if mention.kind in ("ORG", "MEDIA") and mention.source != "speaker"]
        names = [mention for mention in mentions if mention.person_name]
        for mention in sorted(mentions, key=lambda m: (m.span.start, -m.span.end)):
            if mention.kind == "PLACE":
                continue
            if mention.source == "name-word":
                cluster = self._by_name(mention)
                if cluster is not None:  # a lone proper noun is a person only once the document named them in full
                    cluster.mentions.append(mention)
                continue
            if mention.kind in ("DOC", "HONORIFIC", "LATTER", "TITLE"):
                pending.append(mention)  # they point at an entity: joined once the names are clustered
                continue
            if mention.kind == "PER" and mention.source == "speaker" and _ends_in_name(mention, bodies, names):
                spoken.append(mention)  # لجامعة الملك عبدالعزيز | خالد الغامدي: it joins the person named after the body
                continue
            self._add(mention)
        for mention in spoken:
            self._add(mention)
        for mention in [m for m in pending if m.kind == "TITLE"]:
            family = self._by_family_name(mention)
            if family is not None:
                family.mentions.append(attrs.evolve(mention, kind="PER", role=None))  # a family name, not a title
                continue
            holder = self._by_title(mention) or self._by_title_and_family_name(mention) or self._same_title(mention)
            if holder is not None:
                holder.mentions.append(mention)
            else:
                self.clusters.append(_Cluster("PER", [mention]))
        pending = [m for m in pending if m.kind != "TITLE"]
        for mention in pending:
            if mention.kind == "HONORIFIC":
                target = self._latest_person(mention.span.start, mention.honoured)
            elif mention.kind == "LATTER":
                target = self._named_last(mention)
            elif mention.issuer is not None:
                target = self._issuer(mention)
            else:
                target = self._earlier_statement(mention)
            if target is not None:
                target.mentions.append(mention)
        entities = []
        ordered_clusters = sorted(self.clusters, key=lambda cluster: min(m.span.start for m in cluster.mentions))
        for number, cluster in enumerate(ordered_clusters, start=1):  # e1 is the entity the text mentions first
            roles = tuple(
                Role(mention.role, mention.sentence_index)
                for mention in cluster.mentions
                if mention.role is not None and mention.kind != "TITLE"
            ) or tuple(Role(m.role, m.sentence_index) for m in cluster.mentions if m.role is not None)
            unique_roles = tuple({role.span.text: role for role in roles}.values())
            ordered = tuple(sorted(cluster.mentions, key=lambda m: m.span.start))
            entities.append(Entity(f"e{number}", cluster.type, _canonical(cluster), ordered, unique_roles))
        return EntityTable(doc_id, tuple(entities), places)

    def _add(self, mention: EntityMention) -> None:
        for joins in (self._by_name, self._by_organisation_head):
            cluster = joins(mention)
            if cluster is not None:
                cluster.mentions.append(mention)
                return
        self.clusters.append(_Cluster(_TYPE_OF_KIND[mention.kind], [mention]))

    # -- passes

    def _by_name(self, mention: EntityMention) -> _Cluster | None:
        if mention.kind not in _NAMING_KINDS:
            return None
        words = name_words(mention.span)
        word_set = frozenset(words)  # asked of every cluster: made once
        long_words = _has_long_word(words)
        types = _COMPATIBLE_TYPES[mention.kind]
        person = mention.kind == "PER"  # (asked of every cluster: read once, as described)
        described = person and mention.source == "descriptor"
        for cluster in reversed(self.clusters):
            if cluster.type not in types:
                continue
            summary = cluster.summary()  # asked three times below: read once
            known = summary.words
            if not known:
                continue
            if person and (described or not summary.proper_name):
                # unnamed persons (مصدر مسؤول، دبلوماسي) are one only when described alike
                if word_set == known or _described_again(mention, words, cluster):
                    return cluster
                continue
            if known.isdisjoint(word_set) and not (long_words and summary.long_word):
                continue  # no word of one is a word, or could be a spelling variant of a word, of the other
            if person and (_names_contained(word_set, known) or _names_contained(known, word_set)):
                if _in_name_order(words, cluster):
                    return cluster
                continue  # ناصر after فهد ناصر الشمري: his father's name, not what the text calls him
            if not person and mention.head == "" and word_set <= summary.owners:
                continue  # القسام after مواقع تدريب تابعة للقسام: not the sites, the body they belong to
            # organisations and groups: a later, shorter form joins a fuller one, never the other way round
            # (مصادر, then ثلاثة مصادر مطلعة, are two groups)
            if not person and _names_contained(word_set, known) and (mention.head == "" or mention.head in cluster.heads()):
                if mention.kind == "GROUP" and any(_joined_group(other) for other in cluster.names()):
                    continue  # المواطنين والمقيمين, then المواطنون: one of two groups named together, not both
                return cluster
        return None

    def _by_family_name(self, mention: EntityMention) -> _Cluster | None:
        """`الخطيب` after `سامر الخطيب`: a one-word title that ends the full name of a person named before it is that
        person's family name (many are trades and offices: الخطيب، النجار، الحداد، القاضي، الشيخ), the latest such
        person's."""
        words = name_words(mention.span)
        return self._person_with_family_name(words[0], mention.span.start) if len(words) == 1 else None

    def _by_title_and_family_name(self, mention: EntityMention) -> _Cluster | None:
        """`الدكتور الفهيد` after `وزير الصحة الدكتور ماجد الفهيد`, `الفريق المطيري` after `الفريق الركن حمدان المطيري مدير
        الأمن العام`: a title or rank, then the word that ends the full name of a person named before, is that person (the
        latest such person), whatever title the text gave them there."""
        words = name_words(mention.span)
        return self._person_with_family_name(words[-1], mention.span.start) if len(words) >= 2 else None

    def _person_with_family_name(self, family: str, before: int) -> _Cluster | None:
        """The latest person whose full name, found before offset `before`, ends with the word `family`."""
        for cluster in reversed(self.clusters):
            if cluster.type != "PER":
                continue
            for known in cluster.mentions:
                if known.span.start < before and known.person_name:
                    full = name_words(known.span)
                    if len(full) > 1 and full[-1] == family:
                        return cluster
        return None

    def _by_title(self, mention: EntityMention) -> _Cluster | None:
        """The named person given this title nearest to it (the latest before it, else the first after it), in its words
        or a synonym's (المتحدث after الناطق باسم الوزارة سامي العمري); an aside in parentheses is no part of the title
        (رئيس حملة السكينة (المتخصصة بتقصي …))."""
        synonyms = self.title_synonyms
        words = read_as(text_name_words(_PARENTHESES.sub(" ", mention.span.text)), synonyms)
        holders = [
            c
            for c in self.clusters
            if c.type == "PER" and c.names() and contained(_countries_of(words, held := read_as(c.role_words(), synonyms)), held)
        ]
        # وقال معالي وزير الخارجية after وزير الخارجية عادل الجبير met وزير الخارجية الإيطالي فلان: a title with no
        # country is the holder named without one, not the foreign one named nearer
        plain = [c for c in holders if not any(_nisba(word) and word not in words for word in read_as(c.role_words(), synonyms))]

        def distance(cluster: _Cluster) -> tuple[int, int]:
            before = [mention.span.start - m.span.start for m in cluster.mentions if m.span.start <= mention.span.start]
            after = [m.span.start - mention.span.start for m in cluster.mentions if m.span.start > mention.span.start]
            return (0, min(before)) if before else (1, min(after))

        if holders:
            return min(plain or holders, key=distance)
        # وقال المدرب الهولندي after لويس فان جال مدرب مانشستر يونايتد: the nationality the title adds is the holder's
        # own, which their title does not say; the title without it names one holder only, or none
        bare = tuple(word for word in words if not _nisba(word))
        if not bare or len(bare) == len(words):
            return None
        holders = [
            c
            for c in self.clusters
            if c.type == "PER"
            and c.names()
            and contained(bare, held := read_as(c.role_words(), synonyms))
            and not (_nationalities(c) - set(words))  # (الرئيس التونسي is not الرئيس المصري)
        ]
        return holders[0] if len(holders) == 1 else None

    def _same_title(self, mention: EntityMention) -> _Cluster | None:
        """الوكيل المفوض again: the person no name was found for, under the same title."""
        words = set(name_words(mention.span))
        for cluster in reversed(self.clusters):
            if cluster.type == "PER" and not cluster.names() and any(set(name_words(m.span)) == words for m in cluster.mentions):
                return cluster
        return None

    def _by_organisation_head(self, mention: EntityMention) -> _Cluster | None:
        if mention.kind not in ("ORG", "MEDIA") or len(name_words(mention.span)) > 1:
            return None
        for cluster in reversed(self.clusters):
            if cluster.type in ("ORG", "MEDIA") and mention.head in cluster.heads() and len(cluster.words()) > 1:
                return cluster
        return None

    def _issuer(self, mention: EntityMention) -> _Cluster | None:
        issuer = mention.issuer
        if issuer is None:
            return None
        for cluster in self.clusters:
            if any(known.span.start == issuer.start and known.span.end == issuer.end for known in cluster.mentions):
                return cluster
        for cluster in self.clusters:  # the subject word of `وقال البيت الأبيض في بيان`: the speaker phrase it opens
            if any(_opens_with(known, issuer) for known in cluster.mentions):
                return cluster
        return None

    def _earlier_statement(self, mention: EntityMention) -> _Cluster | None:
        """البيان: the entity that issued the latest statement of that kind before it."""
        best: tuple[int, _Cluster] | None = None
        for cluster in self.clusters:
            for known in cluster.mentions:
                if known.kind == "DOC" and known.head == mention.head and known.span.start < mention.span.start:
                    if best is None or known.span.start > best[0]:
                        best = (known.span.start, cluster)
        return best[1] if best is not None else None

    def _named_last(self, mention: EntityMention) -> _Cluster | None:
        """The person or body "the latter" (الأخير، الأخيرة) stands for: the one named last before it whose gender
        agrees (`التقى الوزير بمدير البنك الدولي جون سميث، وأكد الأخير` → جون سميث)."""
        named = [
            cluster
            for cluster in self.clusters
            if cluster.type in ("PER", "ORG", "MEDIA") and cluster.names() and _agrees(cluster, mention.gender)
        ]
        # (the speaker phrase that holds the anaphor is no earlier mention of anyone: whole mentions only)
        return _latest_before(named, mention.span.start, whole=True)

    def _latest_person(self, offset: int, honoured: str = "") -> _Cluster | None:
        """The person an honorific (سموه، سماحته، معاليه) stands for: the latest one before it that the text names
        with that honorific (صاحب السمو الأمير …، معالي …), else the latest one it names (a proper name) with no other
        honorific, else the latest person described (أحد المعلمين is no one's highness)."""
        named = [cluster for cluster in self.clusters if cluster.type == "PER" and cluster.has_proper_name()]
        titled = [cluster for cluster in named if honoured and any(m.honoured == honoured for m in cluster.mentions)]
        # (معاليه after الملك سلمان was thanked: the king is جلالته, never معاليه)
        named = [cluster for cluster in named if not _honoured_otherwise(cluster, honoured)]
        return (
            _latest_before(titled, offset)
            or _latest_before(named, offset)
            or _latest_before([cluster for cluster in self.clusters if cluster.type == "PER" and cluster.names()], offset)
        )


def _agrees(cluster: _Cluster, gender: str) -> bool:
    """Whether a person or body may be what "the latter" of `gender` stands for: a body by its head noun's gender
    (شركة، وزارة، هيئة: f; صندوق، البنك: m); a person or a body of no head noun either way."""
    heads = cluster.heads()
    if cluster.type == "PER" or not heads or not gender:
        return True
    return any(head.endswith("ه") == (gender == "f") for head in heads)


def _honoured_otherwise(cluster: _Cluster, honoured: str) -> bool:
    """Whether the text names the person with another honorific than `honoured` and never with it (الملك سلمان, a
    majesty, for معاليه)."""
    keys = {mention.honoured for mention in cluster.mentions if mention.honoured}
    return bool(honoured) and bool(keys) and honoured not in keys


def _described_again(mention: EntityMention, words: Sequence[str], cluster: _Cluster) -> bool:
    """Whether a definite description (`وأضاف المصدر المقرب من الاتحاد أن …`) names again the unnamed person a
    cluster opened with indefinite (`وقال مصدر إن …`): the same head noun, every word of the first description in it."""
    first = cluster.mentions[0]
    said = name_words(first.span)
    written = [strip_conjunction(normalize(word)) for word in (mention.span.text.split()[:1] + first.span.text.split()[:1])]
    return (
        len(written) == 2
        and written[0].startswith("ال")
        and not written[1].startswith("ال")
        and bool(said)
        and bool(words)
        and said[0] == words[0]
        and set(said) < set(words)
    )


def _joined_group(mention: EntityMention) -> bool:
    """Whether a group mention names two groups joined by و (المواطنين والمقيمين، المعلمون والمعلمات)."""
    return mention.kind == "GROUP" and any(_joined_plural(word) for word in mention.span.text.split()[1:])


def _joined_plural(word: str) -> bool:
    """A plural joined by و as written (والمقيمين، ومهندسون، والمعلمات): not a word that only begins with و (وزارة)."""
    bare = normalize(word)
    return bare.startswith("وال") or (bare.startswith("و") and len(bare) > 5 and bare.endswith(("ون", "ين", "ات")))


# a cluster's summary reads every name of the cluster again whenever it has grown, so the same texts come back
# (benchmarks/README.md, fifteenth pass): both are remembered by text, as text_name_words
@lru_cache(maxsize=65_536)
def _owner_words(text: str) -> tuple[str, ...]:
    """Name words of a mention written after a glued لل ("of the"): تابعة للقسام، الهيئة العامة للسياحة."""
    return tuple(word for written in text.split() if normalize(written).startswith("لل") for word in text_name_words(written))


@lru_cache(maxsize=65_536)
def _own_words(text: str) -> tuple[str, ...]:
    """Name words of a mention not written after a glued لل."""
    return tuple(word for written in text.split() if not normalize(written).startswith("لل") for word in text_name_words(written))


def _nationalities(cluster: _Cluster) -> set[str]:
    """The relative adjectives written with the article after the first word of the titles the cluster's mentions give
    (`الرئيس المصري` → مصري; not `نادي` of `مدرب نادي الوحدة`, a noun in construct): the nationality a title says."""
    found = set()
    for mention in cluster.mentions:
        for written in (mention.role.text.split()[1:] if mention.role is not None else ()):
            bare = strip_conjunction(normalize(written))
            if bare.startswith("ال") and _nisba(strip_article(bare)):
                found.add(strip_article(bare))
    return found


def _nisba(word: str) -> bool:
    """A relational adjective as name words write it (no article): إيطالي، ألماني، مصري: a country or an affiliation."""
    return len(word) >= 4 and word.endswith("ي")


def _opens_with(mention: EntityMention, word: Span) -> bool:
    """Whether a naming mention starts with `word` and holds it (البيت الأبيض of the word البيت)."""
    return mention.kind in _NAMING_KINDS and mention.span.start == word.start and word.end <= mention.span.end


def _latest_before(clusters: Sequence[_Cluster], offset: int, *, whole: bool = False) -> _Cluster | None:
    """The cluster mentioned last before `offset`: by where its mentions start, or with `whole`, by where they end,
    counting only mentions that end before `offset`."""
    best: tuple[int, _Cluster] | None = None
    for cluster in clusters:
        if whole:
            before = [m.span.end for m in cluster.mentions if m.span.end <= offset]
        else:
            before = [m.span.start for m in cluster.mentions if m.span.start < offset]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), cluster)
    return best[1] if best is not None else None


def _ends_in_name(mention: EntityMention, bodies: Sequence[EntityMention], names: Sequence[EntityMention]) -> bool:
    """Whether a speaker phrase ran on to a person's name from a body or title before it: it starts inside a body's
    name (لجامعة الملك عبدالعزيز | خالد الغامدي) or ends with a name a finder found (البنتاجون | جيف ديفيس)."""
    span = mention.span
    return any(body.span.start <= span.start < body.span.end for body in bodies) or any(
        span.start < name.span.start and name.span.end == span.end for name in names
    )


def _compatible(entity_type: str, kind: str) -> bool:
    if entity_type == "PER":
        return kind == "PER"
    if entity_type in ("ORG", "MEDIA"):
        return kind in ("ORG", "MEDIA")
    return kind == entity_type


#: The entity types a naming mention of each kind can join (see _compatible).
_COMPATIBLE_TYPES = {kind: frozenset(t for t in ENTITY_TYPES if _compatible(t, kind)) for kind in _NAMING_KINDS}


def build_entities(
    doc_id: str, mentions: Sequence[EntityMention], title_synonyms: Mapping[str, str] | None = None
) -> EntityTable:
    """The entity table of one document from its mentions; `title_synonyms` reads one title word as another."""
    return EntityBuilder(title_synonyms).build(doc_id, mentions)
