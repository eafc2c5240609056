"""Quotes across a document: types, spans, speakers, roles, transmitters and what is not a quote.

Documents are built from the hand-written PADT-style parses and UD Arabic-PUD
sentences under rules/examples/, so no model is needed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.api import Extractor
from quotes.grammar.loader import _sentence_block
from quotes.model import Quote
from quotes.quotemarks import pair_quote_marks

EXAMPLES = Path(__file__).resolve().parent.parent / "rules" / "examples"


def document(*references: str, doc_id: str = "doc-1") -> str:
    """One CoNLL-U document made of fixture sentences ('padt/file.conllu#sent_id')."""
    blocks = []
    for reference in references:
        file_name, _, sent_id = reference.partition("#")
        block = _sentence_block((EXAMPLES / file_name).read_text(encoding="utf-8"), sent_id)
        assert block is not None, reference
        blocks.append(block.strip("\n"))
    return f"# newdoc id = {doc_id}\n" + "\n\n".join(blocks) + "\n\n"


def quotes_of(extractor: Extractor, conllu: str) -> list[Quote]:
    [(parsed, quotes)] = list(extractor.extract_conllu(conllu))
    for quote in quotes:
        for span in (quote.content, quote.cue, quote.speaker, quote.speaker_resolved, quote.role, quote.via):
            if span is not None:
                assert parsed.text[span.start : span.end] == span.text
    return quotes


def text_of(span: object) -> str | None:
    return getattr(span, "text", None)


def test_a_subject_less_cue_takes_the_previous_speaker_and_carries_the_role(extractor: Extractor) -> None:
    lavrov, added = quotes_of(
        extractor, document("padt/role_name.conllu#padt-rn-01", "padt/direct_colon.conllu#padt-dc-01")
    )
    assert (lavrov.type, text_of(lavrov.speaker), text_of(lavrov.role)) == (
        "indirect",
        "سيرجي لافروف",
        "وزير الخارجية الروسي",
    )
    assert lavrov.content.text.startswith("إن انسحاب القوات الأمريكية")
    assert added.type == "direct"
    assert added.speaker is None
    assert text_of(added.speaker_resolved) == "سيرجي لافروف"
    assert text_of(added.role) == "وزير الخارجية الروسي"
    assert added.speaker_entity == lavrov.speaker_entity
    assert added.cue.text == "وأضاف"


def test_transmitter_chain_gives_speaker_and_via(extractor: Extractor) -> None:
    [quote] = quotes_of(extractor, document("padt/via_addressee.conllu#padt-via-02"))
    assert text_of(quote.speaker) == "ثلاثة مصادر مطلعة"
    assert text_of(quote.via) == "رويترز"
    assert quote.content.text == "إن إدارة بايدن تجري محادثات مع كازاخستان"


def test_an_addressee_is_not_a_transmitter(extractor: Extractor) -> None:
    [quote] = quotes_of(extractor, document("padt/via_addressee.conllu#padt-via-01"))
    assert text_of(quote.speaker) == "أندري كورتونوف"
    assert quote.via is None


def test_nominal_anaphor_resolves_to_the_organisation(extractor: Extractor) -> None:
    conllu = document("padt/according_to.conllu#padt-at-01", "padt/verb_nsubj_ccomp.conllu#padt-vnc-03")
    quotes = quotes_of(extractor, conllu)
    assert [quote.type for quote in quotes] == ["according_to", "indirect"]
    assert text_of(quotes[0].speaker) == "وكالة الأنباء السعودية"
    assert text_of(quotes[1].speaker) == "الصحيفة"


def test_quote_first_order_and_colon_speech(extractor: Extractor) -> None:
    [first] = quotes_of(extractor, document("padt/quote_first.conllu#padt-qf-01"))
    assert (first.type, first.content.text, text_of(first.speaker)) == (
        "direct",
        "سنواصل العمل حتى النهاية",
        "رئيس الوزراء",
    )
    [colon] = quotes_of(extractor, document("pud/direct_colon.conllu#n01022010"))
    assert colon.content.text.startswith("نحن نسير على الدرب الصحيح. اتفاق باريس")
    assert text_of(colon.role) == "رئيس برنامج الأمم المتحدة للبيئة"


def test_participle_cue_inherits_the_main_clause_speaker(extractor: Extractor) -> None:
    main, participle = quotes_of(extractor, document("padt/participle.conllu#padt-pt-01"))
    assert main.content.text == "أن الهيئة مستمرة في الترخيص للشركات الجديدة"
    assert participle.cue.text == "مشيرا"
    assert participle.speaker is None
    assert text_of(participle.speaker_resolved) == "رئيس الهيئة"


def test_mixed_quote_has_a_quoted_fragment_inside_indirect_content(extractor: Extractor) -> None:
    [quote] = quotes_of(extractor, document("pud/verb_nsubj_ccomp.conllu#n01002017"))
    assert quote.type == "mixed"


def test_non_quotes_produce_nothing(extractor: Extractor) -> None:
    for reference in (
        "padt/negative.conllu#padt-neg-01",  # يذكر أن …: the writer's note
        "padt/negative.conllu#padt-neg-02",  # رفض التعليق
        "padt/negative.conllu#padt-neg-03",  # a film title in quotation marks
        "pud/negative.conllu#n01139016",  # قيل أن: a passive without a source
    ):
        assert quotes_of(extractor, document(reference)) == [], reference


def test_every_record_carries_its_evidence_and_a_stable_id(extractor: Extractor) -> None:
    conllu = document("padt/role_name.conllu#padt-rn-01")
    [quote] = quotes_of(extractor, conllu)
    [again] = quotes_of(extractor, conllu)
    assert quote.quote_id == again.quote_id
    record = quote.to_dict()
    assert record["evidence"]["rule_id"] == "verb-subject-complement-clause"
    nodes = {binding["node"]: binding["path"] for binding in record["evidence"]["bindings"]}
    assert nodes["speaker"] == "cue >nsubj"
    assert record["cue"]["lemma"] == "قال"
    assert Quote.from_dict(record) == quote


def test_unbalanced_quotation_marks_are_warnings_not_crashes() -> None:
    marks = pair_quote_marks('قال الوزير: «لن نتراجع عن القرار\n\nوأضاف "سنمضي قدما" في الخطة')
    assert any("unbalanced" in warning for warning in marks.warnings)
    assert [len(segment.mark) for segment in marks.segments] == [1, 1]
    assert not marks.segments[0].balanced
    assert marks.segments[1].balanced


def test_quotation_marks_pair_by_type_and_nest() -> None:
    text = 'قال: «إن “الاتفاق” لم ينته» ثم قال "انتهى"'
    marks = pair_quote_marks(text)
    shown = [text[segment.start : segment.end] for segment in marks.segments]
    assert shown == ["إن “الاتفاق” لم ينته", "الاتفاق", "انتهى"]


def test_a_report_resolves_to_its_issuer_and_later_mentions_follow(extractor: Extractor) -> None:
    from quotes.coreference import SpeakerResolver
    from quotes.graph import ParsedDocument
    from quotes.model import Span

    text = "أوضح تقرير صادر عن الهيئة العامة للسياحة أن النمو مستمر. وبحسب إحصائية حديثة للهيئة فإن العدد زاد."
    resolver = SpeakerResolver(
        ParsedDocument("d", text, ()),
        extractor.grammar.lexicons["organisation_anaphors"],
        extractor.lexicons.roles,
        extractor.grammar.lexicons["speech_nouns"],
    )
    report = resolver.observe(Span.from_offsets(text, text.index("تقرير"), text.index(" أن")))
    statistic = resolver.observe(Span.from_offsets(text, text.index("إحصائية"), text.index(" فإن")))
    assert statistic is report
    assert report.fullest.text == "الهيئة العامة للسياحة"
    later = resolver.observe(Span.from_offsets(text, text.index("تقرير"), text.index("تقرير") + len("تقرير")))
    assert later is report


@pytest.mark.parametrize(
    ("phrase", "issuer"),
    [
        ("دراسة أميركية للسلوك الاجتماعي", None),  # what the study is about, not who made it
        ("بيان للأمم المتحدة", "أمم المتحدة"),  # the first word of a multiword organisation (read without لل)
        ("تقرير للوزارة", "وزارة"),
        ("بيان لرويترز", "رويترز"),  # ل + a name
    ],
)
def test_a_definite_lam_phrase_issues_a_statement_only_when_it_names_an_organisation(
    extractor: Extractor, phrase: str, issuer: str | None
) -> None:
    from quotes.coreference import SpeakerResolver
    from quotes.graph import ParsedDocument
    from quotes.model import Span

    text = f"وأوضح {phrase} أن الأرقام ارتفعت."
    resolver = SpeakerResolver(
        ParsedDocument("d", text, ()),
        extractor.grammar.lexicons["organisation_anaphors"],
        extractor.lexicons.roles,
        extractor.grammar.lexicons["speech_nouns"],
    )
    found = resolver.issuer(Span.from_offsets(text, text.index(phrase), text.index(phrase) + len(phrase)))
    assert (found.text if found else None) == issuer


def test_the_extractors_head_nouns_are_those_a_resolver_builds_from_its_lexicons(extractor: Extractor) -> None:
    from quotes.coreference import HeadNouns, SpeakerResolver
    from quotes.graph import ParsedDocument

    lexicons = (
        extractor.grammar.lexicons["organisation_anaphors"],
        extractor.lexicons.roles,
        extractor.grammar.lexicons["speech_nouns"],
    )
    media = extractor.grammar.lexicons["media_nouns"]
    built = SpeakerResolver(ParsedDocument("d", "", ()), *lexicons, media=media)
    given = SpeakerResolver(ParsedDocument("d", "", ()), *lexicons, heads=HeadNouns.from_lexicons(*lexicons, media))
    for resolver in (built, given):
        assert (resolver.organisation_heads, resolver.role_heads, resolver.document_nouns, resolver.kind_heads, resolver.media_heads) == (
            built.organisation_heads,
            built.role_heads,
            built.document_nouns,
            built.kind_heads,
            built.media_heads,
        )
    assert extractor._head_nouns == HeadNouns.from_lexicons(*lexicons, media)
    assert built.media_heads  # صحيفة، موقع …
    assert built.kind_heads > built.organisation_heads | built.document_nouns  # the descriptors (مصدر) too


@pytest.mark.parametrize(
    "phrase",
    ["صاحب السمو الملكي الأمير سلطان", "السيد أحمد", "الأمير خالد الفيصل", "وزير الخارجية", "ـ السيد أحمد", "سموه", ""],
)
def test_honorifics_are_stripped_as_when_every_reading_was_looked_up(extractor: Extractor, phrase: str) -> None:
    """strip_honorifics skips a phrase whose first word opens no honorific key (Lexicon.first_words): same result as
    looking up every reading."""
    from quotes.model import Span
    from quotes.normalize import form_keys, normalize
    from quotes.speakers import strip_honorifics

    honorifics = extractor.lexicons.honorifics
    assert honorifics.first_words >= {key.split(" ")[0] for key in honorifics}

    def every_reading(span: Span) -> Span | None:  # the loop without the first-word test
        start, changed = span.start, True
        while changed:
            changed = False
            rest = text[start : span.end]
            words = rest.split()
            for size in (4, 3, 2, 1):
                if len(words) <= size:
                    continue
                candidate = " ".join(normalize(word) for word in words[:size])
                readings = {candidate, " ".join(form_keys(words[0])[-1:] + tuple(normalize(w) for w in words[1:size]))}
                if any(reading in honorifics for reading in readings):
                    start += rest.find(words[size - 1]) + len(words[size - 1])
                    while start < span.end and text[start].isspace():
                        start += 1
                    changed = True
                    break
        return span if start == span.start else Span.from_offsets(text, start, span.end)

    text = f"قال {phrase} إن"
    span = Span.from_offsets(text, 4, 4 + len(phrase))
    assert strip_honorifics(span, honorifics, text) == every_reading(span)
