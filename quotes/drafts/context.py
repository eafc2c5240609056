"""What the drafting steps read: the lexicons, one document with its quotation marks, one cue in it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, TypeVar

import attrs

from quotes.grammar.schema import WordTest, phrase_test, present_tense_forms
from quotes.graph import ParsedDocument, SentenceGraph, Word
from quotes.lexicon import Lexicon, LexiconEntry
from quotes.match import Match
from quotes.model import Cue
from quotes.normalize import normalize, strip_article
from quotes.quotemarks import QuotedSegment, QuoteMarks


def organisation_heads(anaphors: Lexicon | None) -> frozenset[str]:
    """Head nouns of organisations (وزارة، سفارة، هيئة …), without ال, from the organisation_anaphors lexicon."""
    entries = anaphors.entries.values() if anaphors is not None else ()
    return frozenset(strip_article(normalize(entry.get("head") or entry.key)) for entry in entries)


# not slotted: a slotted attrs class with cached properties gets a __getattr__ that slows every attribute read
# (issue 12; as ParsedDocument and Lexicon)
@attrs.frozen(slots=False)
class Lexicons:
    """The lexicons the attribution step reads."""

    verbs: Lexicon
    participles: Lexicon
    roles: Lexicon
    honorifics: Lexicon
    complementizers: Lexicon
    names: Lexicon
    organisations: Lexicon | None = None
    speech_nouns: Lexicon | None = None
    according_to: Lexicon | None = None
    titled: Lexicon | None = None
    media: Lexicon | None = None
    groups: Lexicon | None = None
    quantifiers: Lexicon | None = None
    #: phrases that look like cues but report nothing (رفض التعليق، رفض نشر اسمه)
    non_quote_cues: Lexicon | None = None
    #: how the lines start that link to the article and repeat its headline (رابط الخبر): no quotes on them
    link_lines: Lexicon | None = None
    #: prayers written after a person's name (رحمه الله، حفظه الله): never a source
    prayers: Lexicon | None = None
    #: verbs whose subject is an act, not an actor (تم، يتم، جرى + a verbal noun): that subject never speaks
    light_verbs: Lexicon | None = None
    #: verbal nouns that open a cue's noun complement (أكد ضرورة …، نفى وجود …): never its source
    complement_nouns: Lexicon | None = None
    #: services named by their common noun (الجمارك، المرور): sources only after an according-to marker
    institutions: Lexicon | None = None
    #: particles that negate the verb after them (لم، لن): a negated cue reports nothing
    negations: Lexicon | None = None
    #: particles that open a condition (إذا، لو): a cue right after one is a hypothetical and reports nothing
    conditionals: Lexicon | None = None

    @cached_property
    def organisation_heads(self) -> frozenset[str]:
        return organisation_heads(self.organisations)

    def is_complementizer(self, word: Word) -> bool:
        """Whether one of `word`'s keys is a complementizer (أن، إن، بأن، أنه …: complementizers.tsv); a word written
        with madda is none (آن "a moment": في آن واحد, spelled ان once normalised)."""
        return not word.text.startswith("آ") and any(key in self.complementizers for key in word.keys)

    @cached_property
    def participle_keys(self) -> frozenset[str]:
        """The reporting participles' keys as one set, which a sentence's readings are tested against (a dictionary's
        key view tests each reading through the general membership test)."""
        return frozenset(self.participles.entries)

    @cached_property
    def named_in_marks(self) -> frozenset[str]:
        """Nouns whose name may follow them in quotation marks or parentheses: titled nouns and media heads."""
        return frozenset(strip_article(key) for key in (*(self.titled or ()), *(self.media or ())))

    @cached_property
    def marker_tails(self) -> frozenset[str]:
        """Later words of multiword according-to markers (على لسان، على حد قول): never part of the source."""
        tails = {word for key in (self.according_to or ()) for word in key.split()[1:] if len(word) > 1}
        # prepositions (إلى، على، لما) are not tails: على normalises like the name علي
        return frozenset(tails - {normalize(word) for word in ("إلى", "على", "لما", "عن", "من", "في")})

    @cached_property
    def source_nouns(self) -> frozenset[str]:
        """Nouns that can name a source by themselves: roles and descriptors, organisations, statements."""
        return frozenset(self.roles) | self.organisation_heads | frozenset(self.speech_nouns or ())

    @cached_property
    def speaking_nouns(self) -> frozenset[str]:
        """Common nouns that can be the subject of speech, without ال: source nouns, group nouns, media heads."""
        listed = (*self.source_nouns, *(self.groups or ()), *(self.media or ()))
        return frozenset(strip_article(key) for key in listed)

    @cached_property
    def institution_nouns(self) -> frozenset[str]:
        """Services named by their common noun, without ال (جمارك، مرور، أمن عام): sources after a marker only."""
        return frozenset(strip_article(key) for key in (self.institutions or ()))

    @cached_property
    def reports_nothing(self) -> WordTest:
        """Whether a phrase of `non_quote_cues` starts at a word (its verb reports nothing: رفض نشر اسمه)."""
        if self.non_quote_cues is None:
            return lambda graph, word: False
        return phrase_test(self.non_quote_cues)

    @cached_property
    def verb_forms(self) -> dict[str, LexiconEntry]:
        """Reporting verbs by their imperfect forms (يضيف، تضيف، يضيفون)."""
        return self.verbs.by_column("present", present_tense_forms)

    @classmethod
    def from_mapping(cls, lexicons: Mapping[str, Lexicon]) -> Lexicons:
        return cls(
            verbs=lexicons["reporting_verbs"],
            participles=lexicons["reporting_participles"],
            roles=lexicons["role_nouns"],
            honorifics=lexicons["honorifics"],
            complementizers=lexicons["complementizers"],
            names=lexicons["given_names"],
            organisations=lexicons.get("organisation_anaphors"),
            speech_nouns=lexicons.get("speech_nouns"),
            according_to=lexicons.get("according_to"),
            titled=lexicons.get("titled_nouns"),
            media=lexicons.get("media_nouns"),
            groups=lexicons.get("group_nouns"),
            quantifiers=lexicons.get("quantifiers"),
            non_quote_cues=lexicons.get("non_quote_cues"),
            link_lines=lexicons.get("link_lines"),
            prayers=lexicons.get("prayer_formulas"),
            light_verbs=lexicons.get("light_verbs"),
            complement_nouns=lexicons.get("complement_nouns"),
            institutions=lexicons.get("institution_nouns"),
            negations=lexicons.get("negation_particles"),
            conditionals=lexicons.get("conditional_particles"),
        )


# not slotted: a slotted attrs class with cached properties gets a __getattr__ that slows every attribute read
# (issue 12; as ParsedDocument and Lexicon)
@attrs.frozen(eq=False, slots=False)
class DocumentContext:
    """One document as the drafting steps read it: its parse and text, its paired quotation marks, the lexicons."""

    document: ParsedDocument
    text: str
    marks: QuoteMarks
    lexicons: Lexicons
    #: where the document's verbs start, in order: every quoted segment is asked whether it holds one
    verb_starts: tuple[int, ...]

    @classmethod
    def of(cls, document: ParsedDocument, marks: QuoteMarks, lexicons: Lexicons) -> DocumentContext:
        verb_starts = sorted(
            word.start for sentence in document.sentences for word in sentence.words if word.upos in ("VERB", "AUX")
        )
        return cls(document=document, text=document.text, marks=marks, lexicons=lexicons, verb_starts=tuple(verb_starts))

    @cached_property
    def person_name_words(self) -> frozenset[str]:
        """The spellings (normalised) of every word of three letters or more that the entity tagger put in a person
        anywhere in the document: a surname met again alone (`وبحسب السناني` after `أحمد السناني`)."""
        tags = self.document.entity_tags
        if tags is None:
            return frozenset()
        return frozenset(
            word.keys[0]
            for sentence, sentence_tags in zip(self.document.sentences, tags, strict=False)
            for word, tag in zip(sentence.words, sentence_tags, strict=False)
            if tag[2:] == "PERS" and word.keys and len(word.keys[0]) >= 3
        )

    @cached_property
    def proper_noun_words(self) -> frozenset[str]:
        """The spellings (normalised) of every word of three letters or more that the parser tagged a proper noun
        anywhere in the document: a surname met again alone where the entity tagger found no person (`وحسب الرميلي`
        after `كشف بوجمعة الرميلي`, where the parser called it a common noun)."""
        return frozenset(
            word.keys[0]
            for sentence in self.document.sentences
            for word in sentence.words
            if word.upos == "PROPN" and word.keys and len(word.keys[0]) >= 3
        )

    @cached_property
    def link_lines(self) -> tuple[tuple[int, int], ...]:
        """Where the lines are (start, end) that link to the article and repeat its headline (`رابط الخبر …: …`)."""
        lexicon = self.lexicons.link_lines
        if lexicon is None:
            return ()
        found = []
        start = 0
        for line in self.text.split("\n"):
            if lexicon.match_at(normalize(line.lstrip()[:40])) is not None:
                found.append((start, start + len(line)))
            start += len(line) + 1
        return tuple(found)

    @cached_property
    def found_for_matches(self) -> dict[tuple[str, int], tuple[Match, Any]]:
        """What the steps of `once_per_match` found for each match, by the step and the match's id, with the match
        itself, so that another match given the same id later is never taken for it."""
        return {}

    def on_a_link_line(self, position: int) -> bool:
        """Whether `position` lies on a line that links to the article (no quote is found there)."""
        return any(start <= position < end for start, end in self.link_lines)

    def entity_row(self, sentence: SentenceGraph) -> tuple[str, ...] | None:
        """The entity tagger's tags of the sentence's words (B-PERS, I-ORG, O …), in order; None where it tagged no
        sentence or not this one."""
        tags = self.document.entity_tags
        return tags[sentence.index] if tags is not None and sentence.index < len(tags) else None

    def entity_kind(self, sentence: SentenceGraph, word: Word) -> str:
        """The kind the entity tagger put `word` in (PERS, ORG, LOC, MISC); empty where it put it in none, or tagged
        no sentence."""
        row = self.entity_row(sentence)
        return row[word.index - 1][2:] if row is not None else ""

    def tagged_person_or_body(self, sentence: SentenceGraph, word: Word) -> bool:
        """Whether the entity tagger put `word` in a person or an organisation."""
        return self.entity_kind(sentence, word) in ("PERS", "ORG")


_Found = TypeVar("_Found")


def once_per_match(step: Callable[[DocumentContext, Match], _Found]) -> Callable[[DocumentContext, Match], _Found]:
    """`step`, which reads nothing but the document and one match, run once per match of a document: the content
    search and the speaker slot of one cue ask the same questions, and ask them again where a later cue ends the
    content and the match is drafted again (DocumentAssembler)."""
    name = step.__qualname__

    def found_once(context: DocumentContext, match: Match) -> _Found:
        key = (name, id(match))
        known = context.found_for_matches.get(key)
        if known is not None and known[0] is match:
            found: _Found = known[1]
            return found
        found = step(context, match)
        context.found_for_matches[key] = (match, found)
        return found

    return found_once


@attrs.frozen(eq=False)
class CueSite:
    """One cue as the content sieves and the speaker passes read it: where it stands, the match that bound it,
    the cue as written, and a quoted name right after it (`وقال "صالح السرحاني" لـ"سبق": …`)."""

    context: DocumentContext
    sentence: SentenceGraph
    match: Match
    cue: Cue
    quoted_name: QuotedSegment | None
