"""The library's front: a loaded :class:`Extractor`, reused across calls.

>>> extractor = Extractor()                       # loads rules now, the parser on first use
>>> quotes = extractor.extract(text, doc_id="a1")  # list[Quote]
>>> [quote.to_dict() for quote in quotes]          # the JSONL records

Parsing and rules can be separated: :meth:`Extractor.extract_parsed` takes a
:class:`~quotes.graph.ParsedDocument`, a Stanza ``Document`` or CoNLL-U text.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from quotes.attribution import BEFORE_SPEAKER_MENTIONS, SIEVES, Ground, attribute
from quotes.conllu_reading import documents_from_conllu
from quotes.coreference import HeadNouns, SpeakerResolver
from quotes.coreference.words import mention_words
from quotes.drafts import HYPOTHETICAL, NEGATED, DocumentAssembler, Draft, Lexicons
from quotes.entities import Entity, EntityTable, build_entities
from quotes.errors import InputError, QuotesError
from quotes.grammar import Grammar, load_grammar
from quotes.graph import ParsedDocument, document_from_stanza, sentences_from_stanza
from quotes.match import Matcher
from quotes.mentions import EntityMention, MentionFinder, MentionLexicons, outside_contents
from quotes.model import Quote
from quotes.normalize import lone_surrogates
from quotes.quotemarks import pair_quote_marks
from quotes.speakers.words import name_gender
from quotes.textcheck import text_problem

if TYPE_CHECKING:
    from quotes.entity_tagger import EntityTagger
    from quotes.parser import ModelInfo, StanzaParser

#: Longest slice of text handed to the parser at once; longer documents are split
#: at paragraph, then sentence boundaries, never dropped.
MAX_PARSE_CHARS = 20_000
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_SENTENCE = re.compile(r"(?<=[.!?؟])\s+")


@attrs.frozen
class DocumentResult:
    """The outcome of one document in a batch: its quotes, or the error that stopped it."""

    doc_id: str
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()
    error: QuotesError | None = attrs.field(default=None, eq=False)
    #: the document's people, organisations and groups (None for a document that failed)
    entities: EntityTable | None = attrs.field(default=None, eq=False)

    @property
    def ok(self) -> bool:
        return self.error is None


def split_for_parser(text: str, limit: int = MAX_PARSE_CHARS) -> list[tuple[int, int]]:
    """Slices of `text` no longer than `limit`, cut at paragraph, sentence, then space boundaries."""
    if len(text) <= limit:
        return [(0, len(text))]
    slices: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            window = text[start:end]
            cut = None
            for pattern in (_PARAGRAPH, _SENTENCE):
                found = [match.end() for match in pattern.finditer(window) if match.end() > limit // 4]
                if found:
                    cut = found[-1]
                    break
            if cut is None:
                space = window.rfind(" ", limit // 4)
                cut = space + 1 if space > 0 else len(window)
            end = start + cut
        slices.append((start, end))
        start = end
    return slices


def release_stanza_documents(documents: Iterable[Any]) -> None:
    """Unlink Stanza documents that are read and done with, so that they are freed as soon as they are let go.

    In a Stanza document every word points back to its token and sentence, and every sentence to its document:
    each is a cycle that reference counting cannot free. The parser builds them over several young collections,
    which move them to an older generation; there the collector frees them only after walking them all (about
    31,000 objects for a batch of 16 articles). Emptying the sentences' and tokens' attributes leaves each word
    pointing to objects that point back to nothing."""
    for document in documents:
        for sentence in document.sentences:
            for token in sentence.tokens:
                vars(token).clear()
            vars(sentence).clear()
        vars(document).clear()


def _builds_its_documents_afresh(parser: Any) -> bool:
    """Whether `parser` is the project's :class:`~quotes.parser.StanzaParser`, whose documents are new on each call and
    read by nobody once their sentences are built (a parser passed in could keep and hand out its documents again)."""
    module = sys.modules.get("quotes.parser")  # not imported: the parser is another one, and torch stays unloaded
    return module is not None and isinstance(parser, module.StanzaParser)


def document_id(value: Any) -> str | None:
    """A document id as a string: a string, or an integer written as one; anything else is an :class:`InputError`."""
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InputError(f"a document id is a non-empty string or an integer, not {value!r}")


def check_text(text: Any, doc_id: str | None) -> None:
    """Raise :class:`InputError` for a text that cannot be processed (the reason the command line gives too)."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}", doc_id=doc_id)
    surrogate_problem(text, doc_id)
    problem = text_problem(text, max_chars=sys.maxsize)  # the library splits long texts; only the command line has --max-chars
    if problem is not None:
        raise InputError(problem[1], doc_id=doc_id)


def surrogate_problem(text: str, doc_id: str | None) -> None:
    """Raise :class:`InputError` for a text with lone surrogates (half of a character, from a cut ``\\ud83d`` escape):
    no encoding can write one, so neither the parser nor a record could. The command line and the HTTP service replace
    them themselves and say so; the library leaves the choice to its caller."""
    count = lone_surrogates(text)
    if count:
        raise InputError(
            f"text holds {count:,} lone surrogate{'s' if count != 1 else ''} (U+D800-U+DFFF, a character cut in half), "
            "which no encoding can write; replace them first: quotes.normalize.replace_surrogates(text) puts U+FFFD in "
            "their place and keeps every offset",
            doc_id=doc_id,
        )


class Extractor:
    """Finds attributed quotes in Arabic text. Load once, call many times.

    `model` is a path to a Stanza model directory, ``"official"``, or None for
    the default resolution (official models if installed, else the bundled
    compact model). `rules` is a rules folder (default: the project's own).
    """

    def __init__(
        self,
        model: str | os.PathLike[str] | None = None,
        *,
        rules: str | os.PathLike[str] | Grammar | None = None,
        threads: int | None = None,
        parser: StanzaParser | None = None,
        entity_tagger: EntityTagger | bool | None = None,
        sieves: Sequence[str] | None = None,
    ) -> None:
        self.grammar = rules if isinstance(rules, Grammar) else load_grammar(Path(rules) if rules is not None else None)
        self.matcher = Matcher(self.grammar)
        self.lexicons = Lexicons.from_mapping(self.grammar.lexicons)
        self.mention_finder = MentionFinder(MentionLexicons.from_mapping(self.grammar.lexicons))
        self._head_nouns = HeadNouns.from_lexicons(
            self.grammar.lexicons["organisation_anaphors"],
            self.lexicons.roles,
            self.grammar.lexicons.get("speech_nouns"),
            self.grammar.lexicons.get("media_nouns"),
            self.grammar.lexicons.get("title_synonyms"),
            self.grammar.lexicons.get("document_nouns"),
        )
        #: The named-entity tagger shipped beside the parser (models/ar_ner), loaded offline on first use:
        #: None (the default): it tags what this extractor parses, and a parse cache keeps the tags (rules-only
        #: reruns read them, never re-tag); True (or a tagger): it also tags cached parses that carry no tags
        #: (gold treebanks, caches written with --no-ner); False: no tagger, and tags in cached parses are ignored.
        self._entity_tagger: EntityTagger | bool | None = entity_tagger
        self._reads_tags = entity_tagger is not False
        self._tags_untagged = entity_tagger is not None and entity_tagger is not False
        #: the attribution sieves to run (names from quotes.attribution.SIEVES; None: all, in order)
        self.sieves = tuple(name for name, _ in SIEVES) if sieves is None else tuple(sieves)
        unknown = sorted(set(self.sieves) - {name for name, _ in SIEVES})
        if unknown:
            raise QuotesError(f"unknown attribution sieve(s) {', '.join(unknown)}; known: {', '.join(name for name, _ in SIEVES)}")
        self._model = model
        self._threads = threads
        self._parser = parser

    # -- parsing

    @property
    def parser(self) -> StanzaParser:
        """The Stanza parser, loaded on first use (CoNLL-U input never loads it)."""
        if self._parser is None:
            from quotes.parser import StanzaParser

            self._parser = StanzaParser(self._model, threads=self._threads)
        return self._parser

    @property
    def model_info(self) -> ModelInfo:
        return self.parser.info

    def parse(self, text: str, doc_id: str = "doc") -> ParsedDocument:
        return self.parse_many([(doc_id, text)])[0]

    def parse_many(self, documents: Iterable[tuple[str, str]]) -> list[ParsedDocument]:
        """Parse many documents in one batch of the parser; each keeps its own offsets."""
        jobs: list[tuple[int, int, str]] = []
        pieces: list[str] = []
        listed = list(documents)
        for doc_id, text in listed:
            surrogate_problem(text, doc_id)  # (the parser could not encode the text: a clear error, not its crash)
        for number, (_, text) in enumerate(listed):
            for start, end in split_for_parser(text):
                if text[start:end].strip():
                    jobs.append((number, start, text[start:end]))
                    pieces.append(text[start:end])
        parsed = self.parser.parse_many(pieces) if pieces else []
        sentences: list[list[Any]] = [[] for _ in listed]
        for (number, start, piece), stanza_document in zip(jobs, parsed, strict=True):
            so_far = sentences[number]  # a piece's words are built in the whole text's offsets, its sentences after these
            so_far.extend(sentences_from_stanza(stanza_document, piece, offset=start, first_index=len(so_far)))
        if _builds_its_documents_afresh(self.parser):
            release_stanza_documents(parsed)
        del parsed
        return self.tagged_many(
            [
                ParsedDocument(doc_id=doc_id, text=text, sentences=tuple(found))
                for (doc_id, text), found in zip(listed, sentences, strict=True)
            ]
        )

    @property
    def entity_tagger(self) -> EntityTagger | None:
        """The named-entity tagger (None when it is not shipped or was turned off)."""
        tagger = self._entity_tagger
        if tagger is True or tagger is None:
            from quotes.entity_tagger import EntityTagger

            tagger = self._entity_tagger = EntityTagger.bundled() or False
        return None if tagger is None or isinstance(tagger, bool) else tagger

    def tagged(self, document: ParsedDocument) -> ParsedDocument:
        """The document with the entity tagger's tags (unchanged when it has them or there is no tagger)."""
        return self.tagged_many([document])[0]

    def tagged_many(self, documents: Sequence[ParsedDocument]) -> list[ParsedDocument]:
        """:meth:`tagged` for many documents, their sentences tagged in shared batches."""
        tagger = self.entity_tagger
        untagged = [number for number, document in enumerate(documents) if document.entity_tags is None]
        if tagger is None or not untagged:
            return list(documents)
        words = [[[word.text for word in s.words] for s in documents[number].sentences] for number in untagged]
        result = list(documents)
        for number, tags in zip(untagged, tagger.tag_documents(words), strict=True):
            result[number] = attrs.evolve(documents[number], entity_tags=tuple(tags))
        return result

    # -- extraction

    def extract(self, text: str, doc_id: str | None = None, meta: Mapping[str, Any] | None = None) -> list[Quote]:
        """Every quote in `text`, in text order.

        Raises :class:`InputError` for a text the command line would refuse too (empty, binary, not Arabic)
        and for an id that is neither a string nor an integer (an integer id is written as a string).
        """
        identifier = document_id(doc_id)
        check_text(text, identifier)
        return self.extract_parsed(self.parse(text, identifier or "doc"), meta=meta)

    def extract_parsed(
        self, document: ParsedDocument | str | Any, *, doc_id: str | None = None, meta: Mapping[str, Any] | None = None
    ) -> list[Quote]:
        """Quotes of a pre-parsed document: a ParsedDocument, CoNLL-U text (one document) or a Stanza Document."""
        if isinstance(document, str):
            documents = documents_from_conllu(document, default_id=doc_id or "doc")
            if len(documents) != 1:
                raise InputError(
                    f"expected one document in the CoNLL-U text, found {len(documents)}; use extract_conllu"
                )
            document = documents[0]
        elif not isinstance(document, ParsedDocument):
            text = getattr(document, "text", None)
            if not isinstance(text, str):
                raise InputError("a Stanza Document passed to extract_parsed must keep its text", doc_id=doc_id)
            document = document_from_stanza(document, doc_id=doc_id or "doc", text=text)
        document = self._with_tags_read(document)
        assembler, drafts = self._drafts(document)
        if not drafts:
            return []  # no cue drafted a quote: the mentions, the entity table and the sieves serve quotes alone
        return self._quotes_and_entities(document, assembler, drafts, meta)[0]

    def mentions(self, document: ParsedDocument) -> tuple[EntityMention, ...]:
        """Every person, organisation, group and document mention of a parsed document."""
        document = self._with_tags_read(document)
        return self.mention_finder.find(document, document.entity_tags)

    def _with_tags_read(self, document: ParsedDocument) -> ParsedDocument:
        """The document with the entity tags this extractor reads, for every step that reads them (the mention
        finders, the draft assembler's speaker rules, the resolver): tagged here when it carries none and the
        extractor tags untagged parses (``--ner``); without them when the extractor reads none (``--no-ner``)."""
        if not self._reads_tags:
            return attrs.evolve(document, entity_tags=None) if document.entity_tags is not None else document
        if document.entity_tags is None and self._tags_untagged:
            return self.tagged(document)
        return document

    def extract_with_entities(
        self, document: ParsedDocument, *, meta: Mapping[str, Any] | None = None
    ) -> tuple[list[Quote], EntityTable]:
        """The quotes of a parsed document and its entity table, the quotes' sources pointing into it."""
        document = self._with_tags_read(document)  # before the drafts: their speaker rules read the tags too
        assembler, drafts = self._drafts(document)
        return self._quotes_and_entities(document, assembler, drafts, meta)

    def _drafts(self, document: ParsedDocument) -> tuple[DocumentAssembler, list[Draft]]:
        """The drafts of a document whose tags are read (:meth:`_with_tags_read`), and the assembler that drafted them."""
        matches = [self.matcher.chosen_matches(sentence) for sentence in document.sentences]  # what the drafts keep
        assembler = DocumentAssembler(document, pair_quote_marks(document.text), self.lexicons)
        return assembler, assembler.drafts(matches)

    def _quotes_and_entities(
        self,
        document: ParsedDocument,
        assembler: DocumentAssembler,
        drafts: list[Draft],
        meta: Mapping[str, Any] | None,
    ) -> tuple[list[Quote], EntityTable]:
        """The quotes of `drafts` (:meth:`_drafts`) with their sources resolved and attributed, and the entity table."""
        found = self.mentions(document)
        mentions = outside_contents(found, [draft.content for draft in drafts], document.text)
        # the bodies the text names in full, wherever they stand (inside a quote too): what a short name completes to
        bodies = [
            mention.span
            for mention in found
            if (mention.source == "organisation" or mention.kind == "ORG") and len(mention.span.text.split()) > 1
        ]
        resolver = SpeakerResolver(
            document,
            self.grammar.lexicons["organisation_anaphors"],
            self.lexicons.roles,
            self.grammar.lexicons.get("speech_nouns"),
            role_at=assembler.role_at,
            organisation_phrases=bodies,
            given_names=self.grammar.lexicons.get("given_names"),
            heads=self._head_nouns,
            person_names=[mention.span for mention in mentions if mention.person_name],
            media=self.grammar.lexicons.get("media_nouns"),
            honorifics=self.grammar.lexicons.get("honorific_anaphors"),
            honoured=[
                (mention.span, mention.honoured)
                for mention in mentions
                if mention.honoured and (mention.person_name or mention.kind == "HONORIFIC")
            ],
            groups=[(mention.span, mention.sentence_index) for mention in mentions if mention.kind == "GROUP" and mention.acts],
            persons=[(mention.span, mention.sentence_index) for mention in mentions if mention.kind == "PER" and mention.person_name],
            bodies=[(mention.span, mention.sentence_index) for mention in mentions if mention.kind in ("ORG", "MEDIA")],
        )
        quotes = resolver.resolve(drafts, dict(meta or {}))
        early = [name for name in self.sieves if name in BEFORE_SPEAKER_MENTIONS]
        synonyms = self._head_nouns.title_synonyms  # rules/lexicons/title_synonyms.tsv, as the resolver reads it
        # the early sieves read the finders' mentions alone: a speaker phrase of the rules would cover itself
        ground = Ground(
            build_entities(document.doc_id, mentions, synonyms),
            document,
            self.mention_finder.is_title,
            self.mention_finder.describes_person,
            self.mention_finder.why_no_source,
            self._person_gender,
        )
        if early:
            quotes = attribute(quotes, ground, sieves=early)
        # the speakers the rules chose that no finder found are mentions too: every source is in the table (where
        # the rules found none, the finders' table is that table already)
        added = self._speaker_mentions(document, quotes, mentions)
        table = build_entities(document.doc_id, (*mentions, *added), synonyms) if added else ground.table
        late = [name for name in self.sieves if name not in BEFORE_SPEAKER_MENTIONS]
        quotes = attribute(quotes, attrs.evolve(ground, table=table), sieves=late)
        withheld = (NEGATED, HYPOTHETICAL)  # a negated or hypothetical cue reports nothing
        return [quote for quote in quotes if not any(note in quote.evidence.notes for note in withheld)], table

    def _person_gender(self, entity: Entity) -> str | None:
        """What a person's given name or title says of their gender (the entity's fullest name, its first role)."""
        role = mention_words(entity.role)[:1] if entity.role is not None else ()
        given = self.grammar.lexicons.get("given_names")
        return name_gender(mention_words(entity.canonical), role[0] if role else None, given, self.lexicons.roles)

    def _speaker_mentions(
        self, document: ParsedDocument, quotes: list[Quote], mentions: tuple[EntityMention, ...]
    ) -> list[EntityMention]:
        known = {(m.span.start, m.span.end) for m in mentions}
        added: list[EntityMention] = []
        for quote in quotes:
            for span in (quote.speaker, quote.speaker_resolved):
                if span is None or (span.start, span.end) in known or not document.sentences:
                    continue
                known.add((span.start, span.end))
                added.append(self.mention_finder.speaker_mention(document, span, mentions))
        return added

    def extract_conllu(self, conllu: str, *, source: str | None = None) -> Iterator[tuple[ParsedDocument, list[Quote]]]:
        """Each document of a CoNLL-U text with its quotes (no parser is loaded)."""
        for document in documents_from_conllu(conllu, source=source):
            yield document, self.extract_parsed(document)

    def extract_many(
        self, documents: Iterable[tuple[str, str, Mapping[str, Any]]], *, batch_size: int = 16
    ) -> Iterator[DocumentResult]:
        """Quotes of many ``(doc_id, text, meta)`` documents, parsed in batches; errors are results."""
        batch: list[tuple[str, str, Mapping[str, Any]]] = []
        for item in documents:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, listed: list[tuple[str, str, Mapping[str, Any]]]) -> Iterator[DocumentResult]:
        refused: dict[int, QuotesError] = {}
        for position, (doc_id, text, _) in enumerate(listed):
            try:
                check_text(text, document_id(doc_id))
            except InputError as exc:
                refused[position] = exc
        accepted = [position for position in range(len(listed)) if position not in refused]
        parsed: dict[int, ParsedDocument] | None
        try:
            found = self.parse_many([(document_id(listed[at][0]) or "doc", listed[at][1]) for at in accepted])
            parsed = dict(zip(accepted, found, strict=True))
        except QuotesError:
            raise
        except Exception:  # noqa: BLE001 - one bad document must not sink its batch: retry one by one
            parsed = None
        for position, (raw_id, text, meta) in enumerate(listed):
            if position in refused:
                yield DocumentResult(doc_id=str(raw_id), error=refused[position])
                continue
            doc_id = document_id(raw_id) or "doc"
            try:
                document = parsed[position] if parsed is not None else self.parse(text, doc_id)
                quotes, table = self.extract_with_entities(document, meta=meta)
            except QuotesError as exc:
                yield DocumentResult(doc_id=doc_id, error=exc)
                continue
            except Exception as exc:  # noqa: BLE001 - reported as this document's error record
                yield DocumentResult(doc_id=doc_id, error=QuotesError(f"{type(exc).__name__}: {exc}"))
                continue
            warnings = pair_quote_marks(text).warnings
            yield DocumentResult(doc_id=doc_id, quotes=tuple(quotes), warnings=warnings, entities=table)
