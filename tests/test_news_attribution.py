"""Attribution in news prose, on parses made by the bundled compact model.

tests/data/news/attribution.conllu holds what `quotes parse` wrote for short
news sentences written for these tests (one document each), errors of the small
parser included: the attribution step must cope with them. No model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.model import Quote

NEWS = Path(__file__).resolve().parent / "data" / "news" / "attribution.conllu"


@pytest.fixture(scope="module")
def quotes_by_document(extractor: Extractor) -> dict[str, list[Quote]]:
    found: dict[str, list[Quote]] = {}
    for document in documents_from_conllu(NEWS.read_text(encoding="utf-8"), source=str(NEWS)):
        quotes = extractor.extract_parsed(document)
        for quote in quotes:
            for span in (quote.content, quote.cue, quote.speaker, quote.speaker_resolved, quote.role, quote.via):
                if span is not None:
                    assert document.text[span.start : span.end] == span.text
        found[document.doc_id] = quotes
    return found


def text(span: object) -> str | None:
    return getattr(span, "text", None)


def by_cue(quotes: list[Quote], cue: str) -> Quote:
    [quote] = [quote for quote in quotes if quote.cue.text == cue]
    return quote


def test_an_adverbial_accusative_is_not_the_subject_a_later_cue_inherits(
    quotes_by_document: dict[str, list[Quote]],
) -> None:
    # وذكر سالم العتيبي بأن …، حيث وافق سريعاً على العرض، كما أوضح بأنه سيوقع العقد …
    quotes = quotes_by_document["adverbial-subject"]
    first, explained = by_cue(quotes, "وذكر"), by_cue(quotes, "أوضح")
    assert text(first.speaker) == "سالم العتيبي"
    assert first.content.text.endswith("وافق سريعاً على العرض")  # the connector كما opens the next quote
    assert explained.speaker is None
    assert text(explained.speaker_resolved) == "سالم العتيبي"
    assert explained.speaker_entity == first.speaker_entity


def test_a_quoted_name_right_after_the_cue_is_the_speaker_not_the_speech(
    quotes_by_document: dict[str, list[Quote]],
) -> None:
    # وقال "فهد الشمري" لـ"سبق": كنت داخل السوق …
    [quote] = quotes_by_document["quoted-name"]
    assert (quote.type, text(quote.speaker)) == ("direct", "فهد الشمري")
    assert quote.content.text == "كنت داخل السوق مع أسرتي عندما بدأ الحريق"


def test_illa_anna_is_a_connective_and_ends_reported_speech(quotes_by_document: dict[str, list[Quote]]) -> None:
    # طلبت الشرطة حضوري، إلا أنني أصبت …: no quote; وأكد المدير أن …، إلا أنه رفض …: the quote ends at إلا
    [quote] = quotes_by_document["adversative"]
    assert (text(quote.cue), text(quote.speaker)) == ("وأكد", "المدير")
    assert quote.content.text == "أن العمل سيستمر حتى نهاية الشهر"


def test_a_body_quoted_by_its_short_name_resolves_to_its_full_name(quotes_by_document: dict[str, list[Quote]]) -> None:
    # تود المديرية العامة للشئون الصحية بمنطقة الجوف أن توضح … ونفت الشئون الصحية ما تردد عن …
    [denial] = quotes_by_document["organisation-name"]
    assert text(denial.speaker) == "الشئون الصحية"
    assert text(denial.speaker_resolved) == "المديرية العامة للشئون الصحية بمنطقة الجوف"
    assert denial.content.text == "ما تردد عن إغلاق المستشفى"


def test_a_name_after_a_long_role_belongs_to_the_speaker_not_the_content(
    quotes_by_document: dict[str, list[Quote]],
) -> None:
    # وكشف الناطق الإعلامي لشرطة منطقة الرياض العقيد دكتور ماجد بن فهد الدوسري عن ضبط عصابة …
    # (and الرياض, the city, is not the given name رياض)
    [quote] = quotes_by_document["name-after-role"]
    assert text(quote.speaker) == "ماجد بن فهد الدوسري"
    assert text(quote.role) == "الناطق الإعلامي لشرطة منطقة الرياض العقيد دكتور"
    assert quote.content.text == "ضبط عصابة لسرقة السيارات"


def test_a_directive_with_bi_is_reported_speech(quotes_by_document: dict[str, list[Quote]]) -> None:
    # ووجّه أمير المنطقة بسرعة إلقاء القبض على المتهمين (the shadda no longer splits the verb)
    [quote] = quotes_by_document["directive"]
    assert (quote.type, text(quote.cue), text(quote.speaker)) == ("indirect", "ووجّه", "أمير المنطقة")
    assert quote.content.text == "بسرعة إلقاء القبض على المتهمين"


def test_an_imperfect_cue_is_found_whatever_its_lemma(quotes_by_document: dict[str, list[Quote]]) -> None:
    # ويضيف: «…» — the compact lemmatizer gives ضَيَّف; the lexicon's present form finds the cue
    quotes = quotes_by_document["imperfect-cue"]
    added = by_cue(quotes, "ويضيف")
    assert (added.type, added.cue_class) == ("direct", "additive")
    assert text(added.speaker_resolved) == "المدير"
    assert added.content.text == "سنفتتح المرحلة الأولى في الصيف المقبل"


def test_a_relay_keeps_its_speech_noun_and_content(quotes_by_document: dict[str, list[Quote]]) -> None:
    # نقلت وكالة الأنباء عن مصادر مطلعة قولها إن …: قولها is part of the relay, not a new cue
    [quote] = quotes_by_document["relay-speech-noun"]
    assert text(quote.speaker) == "مصادر مطلعة"
    assert quote.content.text == "إن الاجتماع سيعقد غداً"


def test_a_participle_whose_verb_is_inside_a_quote_continues_that_quote(
    quotes_by_document: dict[str, list[Quote]],
) -> None:
    # وأشار المدير إلى أن … العروض المسرحية التي تنظمها الجمعية، مؤكداً أن الدخول مجاني
    quotes = quotes_by_document["nested-participle"]
    pointed, stressed = by_cue(quotes, "وأشار"), by_cue(quotes, "مؤكداً")
    assert stressed.speaker is None
    assert stressed.speaker_entity == pointed.speaker_entity
    assert text(stressed.speaker_resolved) == "المدير"


def test_a_subjectless_cue_takes_the_person_its_sentence_names(quotes_by_document: dict[str, list[Quote]]) -> None:
    # وتواصلت الصحيفة مع رئيس اللجنة الدكتور عبدالله البرقان …، فأكد أن …: not the feminine الصحيفة
    [quote] = quotes_by_document["named-in-sentence"]
    assert quote.speaker is None
    assert text(quote.speaker_resolved) == "عبدالله البرقان"
    assert text(quote.role) == "رئيس اللجنة الدكتور"


def test_the_medium_of_a_statement_is_not_part_of_the_speaker(quotes_by_document: dict[str, list[Quote]]) -> None:
    # وقالت أمانة جدة في بيان لها إن …
    [quote] = quotes_by_document["medium"]
    assert text(quote.speaker) == "أمانة جدة"
    assert quote.content.text == "إن فرقها أغلقت المطعم المخالف"


def test_hasab_with_a_non_source_is_not_an_attribution(quotes_by_document: dict[str, list[Quote]]) -> None:
    # وتصمم الشركة السيارات حسب الطلب …: "made to order"
    assert quotes_by_document["not-a-source"] == []


def test_a_mention_cut_inside_a_word_grows_to_the_whole_word(extractor: Extractor) -> None:
    """A small tokenizer cut الشهري into ا + لشهري and عبدالله into عبدالل + ه: mentions are whole words."""
    conllu = """# newdoc id = cut-start
# text = أعلن الشهري أنه سيستقيل.
1	أعلن	أَعلَن	VERB	_	Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act	0	root	_	start_char=0|end_char=4
2	ا	ا	X	_	_	3	dep	_	SpaceAfter=No|start_char=5|end_char=6
3	لشهري	شهري	PROPN	_	_	1	nsubj	_	start_char=6|end_char=11
4	أن	أَنَّ	SCONJ	_	_	6	mark	_	SpaceAfter=No|start_char=12|end_char=14
5	ه	هو	PRON	_	_	6	nsubj	_	start_char=14|end_char=15
6	سيستقيل	اِستَقَال	VERB	_	Aspect=Imp|Person=3	1	ccomp	_	SpaceAfter=No|start_char=16|end_char=23
7	.	.	PUNCT	_	_	1	punct	_	start_char=23|end_char=24

# newdoc id = cut-end
# text = وقال عبدالله بلاتر إنه سيستقيل.
1	و	و	CCONJ	_	_	2	cc	_	SpaceAfter=No|start_char=0|end_char=1
2	قال	قَال	VERB	_	Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act	0	root	_	start_char=1|end_char=4
3	عبدالل	عبدالل	NOUN	_	_	2	nsubj	_	SpaceAfter=No|start_char=5|end_char=11
4	ه	هو	PRON	_	_	3	nmod	_	start_char=11|end_char=12
5	بلاتر	بلاتر	PROPN	_	_	3	nmod	_	start_char=13|end_char=18
6	إن	إِنَّ	SCONJ	_	_	8	mark	_	SpaceAfter=No|start_char=19|end_char=21
7	ه	هو	PRON	_	_	8	nsubj	_	start_char=21|end_char=22
8	سيستقيل	اِستَقَال	VERB	_	Aspect=Imp|Person=3	2	ccomp	_	SpaceAfter=No|start_char=23|end_char=30
9	.	.	PUNCT	_	_	2	punct	_	start_char=30|end_char=31

"""
    quotes = {document.doc_id: quotes for document, quotes in extractor.extract_conllu(conllu)}
    [started] = quotes["cut-start"]
    assert text(started.speaker) == "الشهري"
    [ended] = quotes["cut-end"]
    assert text(ended.speaker) == "عبدالله بلاتر"
    assert text(ended.cue) == "وقال"  # the proclitic و stays with the cue, not the speaker


def test_a_quotation_after_a_titled_noun_is_its_name(quotes_by_document: dict[str, list[Quote]]) -> None:
    # كتب معرض "من هنا ننهض بمنتجاتنا" قصة نجاح …: the exhibition's name, not its speech
    assert quotes_by_document["title"] == []


def test_an_impersonal_passive_attributes_nothing(quotes_by_document: dict[str, list[Quote]]) -> None:
    # يُتوقع أن يكون اللاعب …: "it is expected", no source
    assert quotes_by_document["impersonal"] == []


def test_a_name_ends_before_the_common_nouns_after_it(quotes_by_document: dict[str, list[Quote]]) -> None:
    # … للمهرجان عبدالعزيز المهوس أبرز ملامح خطة عمل المهرجان، موضحا أن …: the name is two words
    [explained] = [quote for quote in quotes_by_document["name-end"] if text(quote.cue) == "موضحا"]
    assert explained.speaker is None
    assert text(explained.speaker_resolved) == "عبدالعزيز المهوس"
    assert text(explained.role) == "الرئيس التنفيذي للمهرجان"


def test_a_pointing_participle_takes_the_noun_after_ila(quotes_by_document: dict[str, list[Quote]]) -> None:
    # …، مشيراً الى مباشرة الحريق بثلاث فرق إطفاء (the parse hangs مشيراً under the noun)
    quotes = quotes_by_document["participle-preposition"]
    said, pointed = by_cue(quotes, "وقال"), by_cue(quotes, "مشيراً")
    assert said.content.text == "إن الفرق باشرت الموقع واستطاعت إخماد النيران"
    assert pointed.content.text == "مباشرة الحريق بثلاث فرق إطفاء"
    assert pointed.speaker_entity == said.speaker_entity


def test_a_quote_that_only_relays_another_becomes_its_via(quotes_by_document: dict[str, list[Quote]]) -> None:
    # وعلمت مصادر الصحيفة أن اللاعب محمد العلي أكد خلال التحقيق أنه …: one record, via the sources
    [quote] = quotes_by_document["relay-chain"]
    assert (text(quote.cue), text(quote.speaker), text(quote.role)) == ("أكد", "محمد العلي", "اللاعب")
    assert text(quote.via) == "مصادر الصحيفة"
    assert quote.content.text == "أنه لم يوقع أي عقد مع النادي"


def test_speech_after_the_speaker_and_a_comma_is_direct(quotes_by_document: dict[str, list[Quote]]) -> None:
    # واوضح الناطق الإعلامي لمدني الجوف المقدم سعد بن فهد الرويلي، بمجرد تلقي البلاغ باشرت الفرق …
    [quote] = quotes_by_document["speech-after-comma"]
    assert (quote.type, text(quote.speaker)) == ("direct", "سعد بن فهد الرويلي")
    assert text(quote.role) == "الناطق الإعلامي لمدني الجوف المقدم"
    assert quote.content.text == "بمجرد تلقي البلاغ باشرت الفرق الموقع وتمكنت من السيطرة على النيران"


def test_the_first_subjectless_quote_takes_the_source_the_lead_named(
    quotes_by_document: dict[str, list[Quote]],
) -> None:
    # كشفت سفارة المملكة في مسقط ملابسات الحادثة … وأفادت أن …: the embassy (feminine, like the verb)
    quotes = quotes_by_document["first-quote-source"]
    informed = by_cue(quotes, "وأفادت")
    assert informed.speaker is None
    assert text(informed.speaker_resolved) == "سفارة المملكة"


def test_a_group_named_by_a_descriptor_is_a_new_source(quotes_by_document: dict[str, list[Quote]]) -> None:
    # وقال رئيس الفريق إن … وأضاف الباحثون أن …: the researchers, not the team leader again
    quotes = quotes_by_document["group-descriptor"]
    said, added = by_cue(quotes, "وقال"), by_cue(quotes, "وأضاف")
    assert text(added.speaker_resolved) == "الباحثون"
    assert added.speaker_entity != said.speaker_entity


def test_a_participle_after_a_quotation_reports_its_own_clause() -> None:
    """`"…"، مشيراً إلى أن …`: the participle's content is its أن clause, not the quotation before it.

    The parse (tests/data/news/participle_after_quote.conllu, the compact model's parse of the health
    snippet of examples/factcheck_example.py) hangs the clause from قال and مشيراً from the clause.
    """
    from quotes.api import Extractor
    from quotes.conllu_reading import documents_from_conllu

    path = Path(__file__).parent / "data" / "news" / "participle_after_quote.conllu"
    (document,) = documents_from_conllu(path.read_text(encoding="utf-8"))
    quotes = Extractor().extract_parsed(document)
    assert [(quote.cue.text, quote.content.text, quote.type) for quote in quotes] == [
        ("وقال", "لم تسجل أي حالة جديدة خلال الأربع والعشرين ساعة الماضية", "direct"),
        ("مشيراً", "أن الوضع الوبائي مستقر", "indirect"),
    ]
    assert quotes[1].speaker_resolved is not None and quotes[1].speaker_resolved.text == "محمد العبدالعالي"


LEAD = Path(__file__).resolve().parent / "data" / "news" / "subjectless_after_lead.conllu"


@pytest.mark.parametrize("noun_gender", ["as parsed", "absent (PADT-style features)"])
def test_a_subjectless_first_cue_takes_the_organisation_the_lead_named(extractor: Extractor, noun_gender: str) -> None:
    """اجتمعت هيئة الرقابة … / وأفادت أن …: the body the lead named speaks. Models trained on PADT write no Gender
    on nouns; an absent gender is no disagreement with the feminine cue."""
    [document] = documents_from_conllu(LEAD.read_text(encoding="utf-8"))
    if noun_gender != "as parsed":
        sentences = tuple(
            attrs.evolve(
                sentence,
                words=tuple(
                    attrs.evolve(word, feats=tuple(f for f in word.feats if f[0] != "Gender")) if word.upos == "NOUN" else word
                    for word in sentence.words
                ),
            )
            for sentence in document.sentences
        )
        document = attrs.evolve(document, sentences=sentences)
    [quote] = extractor.extract_parsed(document)
    assert text(quote.cue) == "وأفادت" and quote.speaker is None
    assert text(quote.speaker_resolved) == "هيئة الرقابة"


def test_the_lead_body_is_the_head_of_its_construct_not_the_domain_after_it(extractor: Extractor) -> None:
    """اجتمعت وزارة الصحة … / وأفادت أن …: الصحة is an organisation word too (صحة حائل), but here it only names the
    ministry's domain: the source is وزارة الصحة."""
    path = Path(__file__).resolve().parent / "data" / "news" / "subjectless_after_ministry.conllu"
    [document] = documents_from_conllu(path.read_text(encoding="utf-8"))
    [quote] = extractor.extract_parsed(document)
    assert text(quote.cue) == "وأفادت" and text(quote.speaker_resolved) == "وزارة الصحة"
