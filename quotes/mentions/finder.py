"""MentionFinder: the mention finders of quotes/mentions/, run in order over one document.

Per sentence: the entity tagger's spans (`tagged`), organisations (`organisations`), person names with their
titles and the places met on the way (`names`), bare titles (`titles`), groups and unnamed people (`groups`),
honorific anaphors (`honorifics`), "the latter" (`latter`); then, over the whole document, statements and their issuers (`documents`);
then where the mentions meet (`merging`). Reads the lexicons through one WordReader, which remembers the facts
of each spelling across documents.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.graph import ParsedDocument, SentenceGraph, Word, tag_spans
from quotes.mentions.documents import find_documents
from quotes.mentions.groups import find_groups
from quotes.mentions.honorifics import find_epithets, find_honorifics, with_honorific_noun
from quotes.mentions.latter import find_latter
from quotes.mentions.lexicons import MentionLexicons
from quotes.mentions.merging import before_people, deduplicated, from_tagged_person, outside_bodies, written_starts
from quotes.mentions.model import EntityMention
from quotes.mentions.names import find_names
from quotes.mentions.organisations import find_organisations
from quotes.mentions.places import streets_named_after_people
from quotes.mentions.source_heads import phrase_head, refused_noun, why_no_source
from quotes.mentions.tagged import find_tagged, place_starts, tagged_otherwise
from quotes.mentions.titles import find_titles
from quotes.mentions.word_facts import WordFacts, WordReader, listed_key
from quotes.model import Span
from quotes.normalize import normalize, strip_article, strip_conjunction
from quotes.speakers.words import dateline_end, issuer_end, issuing_subject, tag_line_start


def _may_open_role(facts: WordFacts) -> bool:
    """A title, or a descriptor that made definite opens a role before a name (see role_before_name)."""
    return facts.title or facts.descriptor is not None


class MentionFinder:
    """Finds the mentions of one document; ``tags`` are the entity tagger's BIOES tags per sentence, if any."""

    def __init__(self, lexicons: MentionLexicons) -> None:
        self.lexicons = lexicons
        self._reader = WordReader(lexicons)

    def find(self, document: ParsedDocument, tags: Sequence[Sequence[str]] | None = None) -> tuple[EntityMention, ...]:
        """The document's mentions, one per span, in order of their start (the longer first)."""
        reader = self._reader
        found: list[EntityMention] = []
        facts_by_sentence = []
        # the document's own tags have their spans read once (coreference asks for them too)
        spans = document.entity_spans if tags is document.entity_tags else None
        for sentence in document.sentences:
            facts = reader.facts.all_of(sentence.words)
            facts_by_sentence.append(facts)
            if tags is None or sentence.index >= len(tags):
                sentence_spans: Sequence[tuple[int, int, str]] = ()
            else:
                sentence_spans = spans[sentence.index] if spans is not None else tag_spans(tags[sentence.index])
            # a role the finders keep starts with a title word or a definite descriptor (see role_before_name): none
            # where the sentence has none
            titled = any(map(_may_open_role, facts))
            sentence_start = len(found)
            tagged = list(find_tagged(reader, sentence, sentence_spans, document.text, titled=titled))
            bodies = list(find_organisations(reader, sentence, document.text, facts, place_starts(sentence_spans)))
            found.extend(outside_bodies(mention, bodies, document.text) for mention in tagged)
            names = [
                mention
                for mention in find_names(
                    reader,
                    sentence,
                    document.text,
                    facts,
                    [body.span for body in bodies],
                    titled=titled,
                    tags=tags[sentence.index] if tags is not None and sentence.index < len(tags) else None,
                )
                if not tagged_otherwise(mention, sentence, sentence_spans)
            ]
            found.extend(before_people(bodies, names, document.text))
            found.extend(names)
            found.extend(find_titles(reader, sentence, document.text, names, facts))
            found.extend(find_groups(reader, sentence, document.text, facts, found[sentence_start:]))
            found.extend(find_honorifics(reader, sentence, document.text, facts))
            found.extend(find_epithets(reader, sentence, document.text))
            found.extend(find_latter(sentence, document.text))
            found[sentence_start:] = streets_named_after_people(sentence, found[sentence_start:], document.text)
        found.extend(find_documents(reader, document, found, facts_by_sentence))
        found = [with_honorific_noun(reader, document, mention) for mention in found]
        # محمد الشراري – طبرجل /: the dateline names who wrote the article, never one of its sources
        dateline = dateline_end(document.text)
        # … خمس مراحل. سمات بيتوركا منصور البلوي مونتاري: the keywords listed after the article name no one, run together
        keywords = tag_line_start(document.text)
        found = [mention for mention in found if dateline <= mention.span.start < keywords]
        return tuple(deduplicated(written_starts(from_tagged_person(found, document.text), document.text)))

    def is_title(self, word: Word) -> bool:
        """Whether `word` is a title or job word (وزير، المستشار، الناطق) as written."""
        return self._reader.facts(word).title

    def describes_person(self, word: Word) -> bool:
        """Whether `word` is a title or job word, or a word that describes a person (الإعلامي، مسؤول), as written."""
        facts = self._reader.facts(word)
        return facts.title or facts.descriptor is not None

    def why_no_source(self, document: ParsedDocument, span: Span) -> str | None:
        """What a speaker phrase no finder found names instead of a source, read off its head (see
        :mod:`quotes.mentions.source_heads`), or None when it may name one."""
        sentence = document.sentence_at(span.start)
        if sentence is None:
            return None
        return why_no_source(self._reader, sentence, sentence.words_within(span.start, span.end))

    def _typed_by_head(self, sentence: SentenceGraph, words: Sequence[Word]) -> tuple[str, str] | None:
        """A speaker phrase's kind and head noun read off its head word, where that word says whether people speak:
        people as a group (`ممثلو الادعاء`، `عدد من المختصين`: GROUP), one person described (`مسؤول بمكتب أولوند`,
        PER, not the office its complement names)."""
        word = phrase_head(sentence, words)
        if word is None:
            return None
        facts = self._reader.facts(word)
        if facts.group_noun:
            return "GROUP", facts.group_noun
        if facts.people_plural or facts.quantifier:
            # عدد من سكان الحي: the group its people name (سكان, as the group finder keys it), else the quantifier
            after = [other for other in words if other.index > word.index]
            named = (self._reader.facts(other) for other in after)
            counted = next((f.group_noun or f.people_plural for f in named if f.group_noun or f.people_plural), None)
            if facts.people_plural or counted or not any(refused_noun(other) for other in after):
                return "GROUP", facts.people_plural or counted or facts.quantifier or ""
            # (عدد من الزيارات: a quantifier of things, typed below)
        if facts.descriptor and not any(listed_key(other, self.lexicons.document_nouns) for other in words):
            return "PER", facts.descriptor  # (إحدى الدراسات: a study, typed below)
        return None

    def speaker_mention(
        self, document: ParsedDocument, span: Span, found: Sequence[EntityMention] = ()
    ) -> EntityMention:
        """A speaker phrase the rules chose that no finder found, typed by its head word where that says who speaks (see
        _typed_by_head), else by its first listed word; a statement cut
        before its issuer (`بحسب تقرير | لصحيفة «…»`) is the statement the finders found there, with its issuer."""
        sentence = document.sentence_at(span.start) or document.sentences[0]
        for known in found:
            if known.kind == "DOC" and known.issuer is not None and known.span.start == span.start < span.end < known.span.end:
                return EntityMention(span, "DOC", "speaker", sentence.index, issuer=known.issuer, head=known.head)
        # (a span inside one written word, وزارة of للوزارة, is typed by that word)
        words = sentence.words_within(span.start, span.end) or [
            word for word in sentence.words if word.start < span.end and span.start < word.end
        ]
        kind, head = "PER", ""
        if words and (key := listed_key(words[0], self.lexicons.document_nouns)) is not None:
            subject = issuing_subject(sentence, words[0])
            if subject is not None and span.start <= subject.start < span.end:
                # بيان أصدره الاتحاد: the statement, with the subject of its relative clause as its issuer
                issuer = Span.from_offsets(document.text, subject.start, issuer_end(sentence, subject, span.end))
                return EntityMention(span, "DOC", "speaker", sentence.index, issuer=issuer, head=key)
        opening = " ".join(strip_article(strip_conjunction(normalize(word.text))) for word in words[:2])
        if opening in self.lexicons.organisation_heads or opening in self.lexicons.institutions:
            return EntityMention(span, "ORG", "speaker", sentence.index)  # الشئون الصحية: a body named by its domain
        if words and listed_key(words[0], self.lexicons.institutions) is not None:
            return EntityMention(span, "ORG", "speaker", sentence.index)  # بحسب الجمارك: a service by its common noun
        if words and (key := listed_key(words[0], self.lexicons.titles)) is not None:
            return EntityMention(span, "TITLE", "speaker", sentence.index, role=span, head=key)  # وزير الصحة الأردني
        typed = self._typed_by_head(sentence, words)
        if typed is not None:
            kind, head = typed
            return EntityMention(span, kind, "speaker", sentence.index, head=head)
        for word in words:
            if (key := listed_key(word, self.lexicons.organisation_heads)) is not None:
                kind, head = ("MEDIA" if key in self.lexicons.media_heads else "ORG"), key
                break
            if (key := listed_key(word, self.lexicons.group_nouns)) is not None:
                kind, head = "GROUP", key
                break
            if (key := listed_key(word, self.lexicons.document_nouns)) is not None:
                kind, head = "ORG", key  # a statement whose issuer is not named: it stands for the body that issued it
                break
        return EntityMention(span, kind, "speaker", sentence.index, head=head)
