"""The Stanza adapter: model resolution, offline loading, offsets, and parses of quote sentences.

Tests marked ``model`` load the bundled compact model (a few seconds) with
networking disabled; they assert structure, not exact parses.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotes.api import Extractor
from quotes.cleantext import clean_for_parser
from quotes.errors import ModelError
from quotes.parser import (
    BUNDLED_DIR,
    COMPACT_FILES,
    MAX_SENTENCE_WORDS,
    StanzaParser,
    _offsets_fixed,
    correct_tokens,
    cut_glued_punctuation,
    cut_marks_apart,
    describe_model,
    join_abbreviation_breaks,
    resolve_model,
    restore_offsets,
    split_at_line_breaks,
    split_long_sentence,
)
from quotes.training.clitics import Lexicon

NEWS_PARAGRAPH = (
    "وقال وزير الخارجية الروسي سيرجي لافروف يوم الجمعة إن انسحاب الولايات المتحدة من أفغانستان "
    "جعل الوضع أكثر غموضاً. وأضاف أن روسيا تريد المساعدة في بدء محادثات سلام، بحسب ما نقلت وكالة «رويترز»."
)

# Quote sentences of the seed article (arabicpost-russia-bases-2021-07-17), with their cue.
SEED_QUOTES = [
    (
        "ذكرت",
        "ذكرت صحيفة كوميرسانت يوم السبت 17 يوليو/تموز 2021 أن الرئيس الروسي فلاديمير بوتين عرض في شهر "
        "يونيو/حزيران على نظيره الأمريكي جو بايدن استخدام القواعد العسكرية الروسية في آسيا الوسطى لجمع المعلومات "
        "من أفغانستان أثناء مغادرة القوات الأمريكية البلاد.",
    ),
    (
        "قالت",
        "كما قالت الصحيفة إن هذا كان يتضمن تبادل المعلومات التي يتم الحصول عليها باستخدام الطائرات المسيرة، "
        "لكن لم يصل رد ملموس من الجانب الأمريكي.",
    ),
    (
        "قال",
        "في المقابل قال وزير الخارجية الروسي سيرجي لافروف الجمعة إن انسحاب الولايات المتحدة وحلف شمال "
        "الأطلسي من أفغانستان جعل الوضع السياسي والعسكري أكثر غموضاً؛ مما أدى بدوره إلى تفاقم التهديد الإرهابي في المنطقة.",
    ),
    (
        "أضاف",
        "أضاف لافروف، خلال مؤتمر مع كبار المسؤولين في آسيا الوسطى في طشقند عاصمة أوزبكستان، أن روسيا "
        "تريد المساعدة في بدء محادثات سلام بين الأطراف المتحاربة في أفغانستان.",
    ),
    ("قالت", "المصادر الثلاثة قالت إن نزوح اللاجئين إلى طاجيكستان سيشكل، إن حدث، تحدياً إنسانياً وقد يتسلل إليها المتشددون."),
    ("قال", "كما قال أركادي دوبنوف، وهو محلل يعمل انطلاقاً من موسكو، إن روسيا حرصت على عدم انتقاد طالبان في بياناتها الأخيرة."),
]
COMPLEMENT_RELATIONS = {"ccomp", "parataxis", "obj", "advcl", "conj", "xcomp", "csubj"}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def no_official(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Point Stanza's resources dir at an empty folder so the bundled model is chosen."""
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza_resources"))


@pytest.fixture(scope="module")
def bundled() -> Iterator[StanzaParser]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STANZA_RESOURCES_DIR", "/nonexistent/stanza_resources")
        yield StanzaParser(threads=2)


def _assert_tree_with_offsets(doc: Any, text: str) -> None:
    assert doc.sentences
    for sentence in doc.sentences:
        words = sentence.words
        assert words
        assert sum(1 for w in words if w.head == 0) == 1
        for word in words:
            assert 0 <= word.head <= len(words)
            assert word.deprel
            assert word.upos
        for token in sentence.tokens:
            assert text[token.start_char : token.end_char] == token.text
            for word in token.words:
                if word.start_char is not None:
                    assert token.start_char <= word.start_char <= word.end_char <= token.end_char
                    assert text[word.start_char : word.end_char] == word.text


# --- resolution and errors: no neural model needed -------------------------------------------


def test_missing_model_file_names_the_file(tmp_path: Path, no_official: None) -> None:
    for name in COMPACT_FILES:
        if name != "parser.pt":
            (tmp_path / name).write_bytes(b"x")
    with pytest.raises(ModelError, match=r"parser\.pt") as caught:
        resolve_model(tmp_path)
    assert "--model PATH" in str(caught.value)
    assert 'stanza.download("ar")' in str(caught.value)


def test_missing_model_directory_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        resolve_model(tmp_path / "nowhere")


def test_official_models_win_when_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for processor in ("tokenize", "mwt", "pos", "lemma", "depparse"):
        (tmp_path / "ar" / processor).mkdir(parents=True)
        (tmp_path / "ar" / processor / "padt.pt").write_bytes(b"x")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert resolve_model().source == "official"
    assert resolve_model(BUNDLED_DIR).source == "explicit"


def test_official_by_name_when_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    with pytest.raises(ModelError, match="not installed"):
        resolve_model("official")


def test_bundled_model_is_the_fallback(no_official: None) -> None:
    info = resolve_model()
    assert info.source == "bundled"
    assert info.path == BUNDLED_DIR
    assert info.scores["LAS"] > 0
    text = describe_model(info)
    assert "bundled" in text and "LAS" in text and str(BUNDLED_DIR) in text


def test_clitic_correction_keeps_offsets() -> None:
    lexicon = Lexicon({"قال": 5000, "وقال": 9000, "وزير": 6000, "الوزير": 3000})
    text = "وقال وزير!"  # tokenizer output below: وقال left whole, وزير cut into و + زير
    tokens = [("وقال", 0, 4), ("و", 5, 6), ("زير", 6, 9), ("!", 9, 10)]
    fixed = correct_tokens(tokens, lexicon)
    assert [t[0] for t in fixed] == ["و", "قال", "وزير", "!"]
    assert all(text[start:end] == piece for piece, start, end in fixed)


def test_vowel_marks_are_read_past_and_kept_in_the_offsets() -> None:
    text = "ووجّه الأميرُ بسرعةٍ"
    clean = clean_for_parser(text)
    assert clean.text == "ووجه الأمير بسرعةٍ"  # shadda and damma go; tanween (ٍ) stays, as the model was trained
    # a tokenizer's view of the cleaned text, mapped back: each token keeps its marks in the original offsets
    tokens = [("و", 0, 1), ("وجه", 1, 4), ("الأمير", 5, 11), ("بسرعةٍ", 12, 18)]
    restored = restore_offsets(tokens, clean)
    assert [text[start:end] for _, start, end in restored] == ["و", "وجّه", "الأميرُ", "بسرعةٍ"]
    assert [piece for piece, _, _ in restored] == ["و", "وجّه", "الأميرُ", "بسرعةٍ"]


# --- the bundled neural model -------------------------------------------------------------------


@pytest.mark.model
def test_bundled_model_parses_offline(no_network: None, no_official: None) -> None:
    parser = StanzaParser(threads=2)
    assert parser.info.source == "bundled"
    doc = parser.parse(NEWS_PARAGRAPH)
    assert len(doc.sentences) >= 2
    _assert_tree_with_offsets(doc, NEWS_PARAGRAPH)
    forms = [w.text for s in doc.sentences for w in s.words]
    assert "و" in forms and "قال" in forms  # وقال is split the PUD way
    assert "وزير" in forms  # and وزير is not


@pytest.mark.model
def test_parse_many_keeps_order_and_offsets(bundled: StanzaParser) -> None:
    texts = [quote for _, quote in SEED_QUOTES[:3]] + ["", NEWS_PARAGRAPH]
    docs = bundled.parse_many(texts)
    assert len(docs) == len(texts)
    for doc, text in zip(docs, texts, strict=True):
        assert doc.text == text
        if text:
            _assert_tree_with_offsets(doc, text)
    assert docs[0].sentences[0].words[0].text == "ذكرت"


@pytest.mark.model
def test_each_word_is_tagged_and_parsed_once(bundled: StanzaParser, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tokenizer pipeline only tokenizes: tagging, lemmas and the parse run once, on the corrected words."""
    assert set(bundled._tokenize.processors) == {"tokenize"}
    calls: dict[str, int] = {}
    for label, pipeline in (("tokenizer", bundled._tokenize), ("full", bundled._full)):
        for name, processor in pipeline.processors.items():
            original = processor.bulk_process

            def counted(docs: Any, _name: str = f"{label}:{name}", _original: Any = original) -> Any:
                calls[_name] = calls.get(_name, 0) + 1
                return _original(docs)

            monkeypatch.setattr(processor, "bulk_process", counted)
    fast = bundled._fast_tokenizer  # the tokenizer's model run without its processor's bulk_process (quotes.tokenizer_inference)
    assert fast is not None
    tokenize_many = fast.tokenize_many

    def tokenized(texts: Any) -> Any:
        calls["tokenizer:tokenize"] = calls.get("tokenizer:tokenize", 0) + 1
        return tokenize_many(texts)

    monkeypatch.setattr(fast, "tokenize_many", tokenized)
    texts = [quote for _, quote in SEED_QUOTES[:4]]
    docs = bundled.parse_many(texts)
    # the second pipeline's tokenize step would only copy the corrected words: it is skipped
    assert calls == {"tokenizer:tokenize": 1, "full:pos": 1, "full:lemma": 1, "full:depparse": 1}
    for doc, text in zip(docs, texts, strict=True):
        _assert_tree_with_offsets(doc, text)


@pytest.mark.model
def test_a_shadda_does_not_split_the_word(bundled: StanzaParser) -> None:
    text = "ووجّه الأمير بسرعة إلقاء القبض على المتهمين."
    doc = bundled.parse(text)
    _assert_tree_with_offsets(doc, text)
    words = [word.text for word in doc.sentences[0].words]
    assert "وجّه" in words and "جّ" not in words


def test_the_lemma_memory_forgets_its_predictions_past_its_limit() -> None:
    from types import SimpleNamespace

    from quotes.parser import LemmaMemory

    trainer = SimpleNamespace(pos_dict={"NOUN": {"وزير": "وَزِير"}})
    memory = LemmaMemory(trainer, {"NOUN": {"وزير": "وَزِير"}}, limit=2)
    trainer.pos_dict["NOUN"]["سفير"] = "سَفِير"
    trainer.pos_dict.setdefault("VERB", {})["صرح"] = "صَرَّح"
    memory.bound()
    assert memory.size() == 3  # within the limit: remembered
    trainer.pos_dict["VERB"]["أفاد"] = "أَفَاد"
    memory.bound()
    assert trainer.pos_dict == {"NOUN": {"وزير": "وَزِير"}}  # past it: back to the trained dictionary
    trainer.pos_dict["NOUN"]["سفير"] = "سَفِير"
    memory.forget()
    assert trainer.pos_dict == {"NOUN": {"وزير": "وَزِير"}}


@pytest.mark.model
def test_the_lemmatizer_remembers_its_predictions_and_they_do_not_change(bundled: StanzaParser) -> None:
    text = "وقال الناطق الإعلامي إن المتسللين اعترفوا بالتخطيط لعمليات تهريب واسعة."
    memory = bundled._lemma_memory
    assert memory is not None
    first = [(w.text, w.lemma) for s in bundled.parse(text).sentences for w in s.words]
    remembered = memory.size()
    again = [(w.text, w.lemma) for s in bundled.parse(text).sentences for w in s.words]
    assert again == first and memory.size() == remembered
    assert remembered > sum(len(words) for words in memory.trained.values())  # words outside the dictionary were kept


@pytest.mark.model
def test_a_loaded_model_is_out_of_the_garbage_collectors_reach(bundled: StanzaParser) -> None:
    """Full collections walk every tracked object; the model's (hundreds of thousands) are frozen once loaded."""
    import gc

    assert gc.get_freeze_count() > 100_000


@pytest.mark.model
def test_curly_quotation_marks_are_punctuation_of_their_own(bundled: StanzaParser) -> None:
    """The tokenizer was trained on `"` and « »: “ used to come out as a word tagged a name, or glued to the next word."""
    text = "وأجاب الرجل “اسمي كريم الزين، وأعمل في التجارة” ثم غادر."
    doc = bundled.parse(text)
    _assert_tree_with_offsets(doc, text)
    words = {word.text: word.upos for sentence in doc.sentences for word in sentence.words}
    assert words.get("“") == "PUNCT" and words.get("”") == "PUNCT"
    assert "اسمي" in words


@pytest.mark.model
def test_a_given_name_after_a_title_comes_out_as_a_name(bundled: StanzaParser) -> None:
    """عادل and صالح are adjectives too; after a definite title or before a family name they are names
    (the bundled tagger says ADJ/NOUN, `quotes.name_tags` corrects it), and the parse is the parser's own."""
    text = "وقال المدير عادل الحربي إن المصنع سيغلق أبوابه. وأضاف الدكتور صالح العمري أن العمل مستمر."
    plain = StanzaParser(threads=2, name_tags=False).parse(text)
    doc = bundled.parse(text)
    tags = {word.text: word.upos for sentence in doc.sentences for word in sentence.words}
    assert tags["عادل"] == "PROPN" and tags["صالح"] == "PROPN"
    trees = [[(w.text, w.head, w.deprel) for w in sentence.words] for sentence in doc.sentences]
    assert trees == [[(w.text, w.head, w.deprel) for w in sentence.words] for sentence in plain.sentences]


@pytest.mark.model
def test_corrupt_model_file_is_a_model_error(tmp_path: Path, no_official: None) -> None:
    for name in (*COMPACT_FILES, "pretrain.pt"):
        (tmp_path / name).write_bytes(b"not a torch file")
    (tmp_path / "resources.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot load"):
        StanzaParser(tmp_path)


@pytest.mark.model
def test_quote_clause_hangs_under_the_cue(bundled: StanzaParser) -> None:
    """The complement clause of the reporting verb attaches to the cue (tolerant labels)."""
    docs = bundled.parse_many([quote for _, quote in SEED_QUOTES])
    hanging = 0
    for (cue, _), doc in zip(SEED_QUOTES, docs, strict=True):
        sentence = doc.sentences[0]
        cue_words = [w for w in sentence.words if w.text == cue]
        assert cue_words, f"cue {cue} not found as a word"
        cue_word = cue_words[0]
        dependents = [w for w in sentence.words if w.head == cue_word.id and w.id > cue_word.id]
        if any(w.deprel.split(":")[0] in COMPLEMENT_RELATIONS for w in dependents):
            hanging += 1
    assert hanging >= len(SEED_QUOTES) - 2


def test_a_name_ending_in_allah_is_not_split_as_a_pronoun() -> None:
    """عبدالله + nothing, not عبدالل + ه; قولها keeps its pronoun (قول is a word, عبدالل is not)."""
    lexicon = Lexicon({"عبدالله": 5000, "قولها": 70, "قول": 285})
    text = "قال عبدالله قولها"
    tokens = [("قال", 0, 3), ("عبدالل", 4, 10), ("ه", 10, 11), ("قول", 12, 15), ("ها", 15, 17)]
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == ["قال", "عبدالله", "قول", "ها"]
    assert all(text[start:end] == piece for piece, start, end in fixed)


def test_a_word_rejoined_with_its_last_letter_gets_its_proclitics_decided_whole() -> None:
    """ونوّه written ونوه ("and he pointed out"): the tokenizer cut it ونو + ه, the last letter rejoins (ونوه is common,
    ونو is no word), and the conjunction is then split off the whole word (نوه is a reporting verb, which و before
    it always is the conjunction of), so the parser sees the verb نوه, not one unknown word."""
    lexicon = Lexicon({"ونوه": 271, "نوه": 94}).splitting_before(["نوه"])
    text = "ونوه الى أن"
    tokens = [("ونو", 0, 3), ("ه", 3, 4), ("الى", 5, 8), ("أن", 9, 11)]
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == ["و", "نوه", "الى", "أن"]
    assert all(text[start:end] == piece for piece, start, end in fixed)
    # cut و + نو + ه: نو is no common word (19 in the corpus) and نوه a reporting verb, so ه is its last letter
    lexicon = Lexicon({"ونوه": 271, "نوه": 94, "نو": 19}).splitting_before(["نوه"])
    fixed = correct_tokens([("و", 0, 1), ("نو", 1, 3), ("ه", 3, 4), ("الى", 5, 8), ("أن", 9, 11)], lexicon)
    assert [piece for piece, _, _ in fixed] == ["و", "نوه", "الى", "أن"]


def test_a_verb_written_with_its_shadda_keeps_its_last_letter() -> None:
    """ونوّه with its shadda ("and he pointed out"): the tokenizer cut it و + نوّ + ه, and the counts, which are of words
    written without vowel marks, read نوّه as نوه, a reporting verb, so ه is its last letter, as it is in ونوه; a verb
    with its object pronoun stays cut (يحبّه: يحب is a word of its own)."""
    lexicon = Lexicon({"ونوه": 271, "نوه": 94, "نو": 19, "يحب": 900, "يحبه": 60}).splitting_before(["نوه"])
    text = "ونوّه إلى أن الطالب يحبّه"
    tokens = [("و", 0, 1), ("نوّ", 1, 4), ("ه", 4, 5), ("إلى", 6, 9), ("أن", 10, 12), ("الطالب", 13, 19)]
    tokens += [("يحبّ", 20, 24), ("ه", 24, 25)]
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == ["و", "نوّه", "إلى", "أن", "الطالب", "يحبّ", "ه"]
    assert all(text[start:end] == piece for piece, start, end in fixed)
    # نبّه ("he warned") is rarer alone than after و (ونبه): the verb's count takes in its conjoined forms
    lexicon = Lexicon({"ونبه": 50, "نبه": 19}).splitting_before(["نبه"])
    fixed = correct_tokens([("و", 0, 1), ("نبّ", 1, 4), ("ه", 4, 5), ("إلى", 6, 9)], lexicon)
    assert [piece for piece, _, _ in fixed] == ["و", "نبّه", "إلى"]


def test_a_letter_that_is_no_proclitic_is_the_words_first_letter() -> None:
    """حسبما cut ح + سبما, مهما cut م + هما: ح and م are no proclitics, so the written word is one word again (the parse
    read حسبما as a noun ح and لسبما, and the according-to rules never saw حسبما); و + قال stays cut."""
    lexicon = Lexicon({"حسبما": 900, "مهما": 400, "قال": 5000, "وقال": 3000})
    text = "حسبما مهما وقال"
    tokens = [("ح", 0, 1), ("سبما", 1, 5), ("م", 6, 7), ("هما", 7, 10), ("و", 11, 12), ("قال", 12, 15)]
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == ["حسبما", "مهما", "و", "قال"]
    assert all(text[start:end] == piece for piece, start, end in fixed)


def test_a_word_with_tanween_is_counted_as_written_without_it() -> None:
    """بسرعةٍ: the tokenizer's ب + سرعةٍ stays split, as ب + سرعة does (the counts are of forms without marks);
    a rejoin needs the rest to be no word, and سرعةٍ is سرعة."""
    lexicon = Lexicon({"سرعة": 900, "بسرعة": 1200, "شكلاً": 3, "شكلا": 400})
    text = "بسرعةٍ وشكلاً"
    tokens = [("ب", 0, 1), ("سرعةٍ", 1, 6), ("و", 7, 8), ("شكلاً", 8, 13)]
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == ["ب", "سرعةٍ", "و", "شكلاً"]
    assert all(text[start:end] == piece for piece, start, end in fixed)
    assert lexicon.count("سرعةٍ") == lexicon.count("سرعة") == 900


def test_a_word_that_takes_wa_itself_is_not_split_after_it() -> None:
    """ووصف is common, so وصف is a word (not و + صف); ووقال never occurs, so وقال is و + قال."""
    lexicon = Lexicon({"وصف": 452, "صف": 159, "ووصف": 241, "وقال": 9000, "قال": 5000, "برلماني": 40})
    text = "وصف وقال برلماني"
    tokens = [("و", 0, 1), ("صف", 1, 3), ("وقال", 4, 8), ("ب", 9, 10), ("رلماني", 10, 16)]
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == ["وصف", "و", "قال", "برلماني"]
    assert all(text[start:end] == piece for piece, start, end in fixed)



def test_a_given_name_that_starts_with_a_clitic_letter_stays_one_word() -> None:
    """لبنى and وسام are given names; by the counts alone ل + بنى and و + سام win (بنى and سام are commoner words than
    the names). The parser keeps the names of `given_names.tsv` whole, whether the tokenizer split them or not, and
    still splits a clitic before any other word; باسم (المتحدث باسم) is no name the counts would cut."""
    counts = Lexicon({"لبنى": 15, "بنى": 61, "ل": 295, "وسام": 94, "سام": 65, "و": 5417, "وقال": 9000, "قال": 5000,
                      "باسم": 900, "اسم": 700, "ب": 533})  # fmt: skip
    lexicon = counts.keeping_whole(["لبنى", "وسام", "باسم", "محمد"])
    assert counts.segment("لبنى") == ["ل", "بنى"] and lexicon.segment("لبنى") == ["لبنى"]
    assert lexicon.keep - counts.keep == {"لبنى", "وسام"}
    text = "وقال لبنى ووسام"
    tokens = [("وقال", 0, 4), ("ل", 5, 6), ("بنى", 6, 9), ("و", 10, 11), ("وسام", 11, 15)]
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == ["و", "قال", "لبنى", "و", "وسام"]
    assert all(text[start:end] == piece for piece, start, end in fixed)


def test_a_given_name_whose_first_letter_leaves_no_word_is_rejoined_where_the_tokenizer_cut_it() -> None:
    """فالح is a given name; the tokenizer may cut it into ف + الح although الح is no word the counts know. Such a name
    is kept whole; باسم, whose rest is the word اسم (المتحدث باسم), is left to the counts."""
    counts = Lexicon({"فالح": 3, "ف": 900, "الشمري": 40, "باسم": 900, "اسم": 700, "ب": 533, "قال": 5000})
    lexicon = counts.keeping_whole(["فالح", "باسم"])
    assert lexicon.keep - counts.keep == {"فالح"}
    text = "قال فالح الشمري"
    tokens = [("قال", 0, 3), ("ف", 4, 5), ("الح", 5, 8), ("الشمري", 9, 15)]
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == ["قال", "فالح", "الشمري"]
    assert all(text[start:end] == piece for piece, start, end in fixed)


def test_a_given_name_that_ends_like_a_pronoun_is_not_cut_before_it() -> None:
    """أدهم is a name, not أد + هم; كتابهم keeps its pronoun."""
    counts = Lexicon({"أدهم": 40, "أد": 300, "كتاب": 900, "كتابهم": 50})
    lexicon = counts.keeping_whole(["أدهم"], suffixes=("هم", "ه", "ها"))
    text = "أدهم كتابهم"
    tokens = [("أد", 0, 2), ("هم", 2, 4), ("كتاب", 5, 9), ("هم", 9, 11)]
    assert [piece for piece, _, _ in correct_tokens(tokens, counts)] == ["أد", "هم", "كتاب", "هم"]
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == ["أدهم", "كتاب", "هم"]
    assert all(text[start:end] == piece for piece, start, end in fixed)


def test_the_bundled_parser_keeps_the_given_names_of_the_lexicon_whole(no_official: None) -> None:
    """What the parser loads: the bundled counts plus the rules' given names (لبنى، وسام، أدهم)."""
    from quotes.clitic_pass import PRONOUN_SUFFIXES
    from quotes.name_tags import NameLexicons
    from quotes.parser import BUNDLED_DIR, LEXICON_FILE

    bundled = Lexicon.load(BUNDLED_DIR / LEXICON_FILE)
    names = NameLexicons.bundled().written_given_names
    assert {"لبنى", "وسام", "أدهم"} <= names
    kept = bundled.keeping_whole(names, suffixes=PRONOUN_SUFFIXES)
    assert bundled.segment("لبنى") == ["ل", "بنى"]
    assert kept.segment("لبنى") == ["لبنى"] and "بنى" not in kept.segment("ولبنى")
    assert kept.segment("والوزير") == bundled.segment("والوزير") == ["و", "الوزير"]
    assert "باسم" not in kept.keep


def test_a_reporting_verb_after_wa_is_split_off_however_rare_alone() -> None:
    """وأردف is و + أردف: أردف alone is rare, so the counts keep the whole (and the tagger called it a name); the
    reporting verbs' past forms are split after و/ف whatever the counts say, and a split the tokenizer made stays."""
    counts = Lexicon({"وأردف": 188, "أردف": 7, "و": 5417, "ونبه": 50, "نبه": 12, "وعد": 300})
    lexicon = counts.splitting_before(["أردف", "أردفت", "نبه", "عد"])
    assert counts.segment("وأردف") == ["وأردف"]
    assert lexicon.segment("وأردف") == ["و", "أردف"] and lexicon.segment("واردف") == ["و", "اردف"]
    assert lexicon.segment("ونبه") == ["و", "نبه"]
    assert lexicon.segment("وعد") == ["وعد"]  # a two-letter verb (عدّ) is left to the counts: وعد is "promise"
    tokens = [("و", 0, 1), ("أردف", 1, 5)]
    assert [piece for piece, _, _ in correct_tokens(tokens, lexicon)] == ["و", "أردف"]


def test_the_bundled_parser_splits_wa_off_the_reporting_verbs(no_official: None) -> None:
    from quotes.parser import BUNDLED_DIR, LEXICON_FILE
    from quotes.verb_homographs import VerbHomographs

    forms = VerbHomographs.bundled().reporting_forms
    assert {"أردف", "أردفت", "نفى", "نفت", "قال", "قالوا"} <= forms
    lexicon = Lexicon.load(BUNDLED_DIR / LEXICON_FILE).splitting_before(forms)
    assert lexicon.segment("وأردف") == ["و", "أردف"] and lexicon.segment("واستطرد") == ["و", "استطرد"]
    assert lexicon.segment("وزير") == ["وزير"] and lexicon.segment("ورد") == ["ورد"]


def test_a_tatweel_and_the_quotation_mark_after_it_are_two_tokens() -> None:
    """لـ«بوينغ»: the tokenizer once read ـ« as one word, tagged a noun, which took the place of the name."""
    text = "وفقا لـ«بوينغ» فإن"
    start = text.index("ـ«")
    tokens = [("وفقا", 0, 4), ("ل", 5, 6), ("ـ«", start, start + 2), ("بوينغ", start + 2, start + 7), ("»", start + 7, start + 8)]
    cut = cut_marks_apart(tokens)
    assert [piece for piece, _, _ in cut] == ["وفقا", "ل", "ـ", "«", "بوينغ", "»"]
    assert all(text[first:last] == piece for piece, first, last in cut)
    assert cut_marks_apart([("قـال", 0, 4)]) == [("قـال", 0, 4)]  # a tatweel inside a word stays


def _tokens_of(text: str, words: list[str]) -> list[tuple[str, int, int]]:
    """The tokenizer's tokens for `words` written in turn in `text`: (text, start, end)."""
    tokens, start = [], 0
    for word in words:
        start = text.index(word, start)
        tokens.append((word, start, start + len(word)))
        start += len(word)
    return tokens


def test_punctuation_glued_to_a_word_is_a_token_of_its_own() -> None:
    """The tokenizer, trained on no ؛, left it glued to the word before (الظهر؛، سالم؛): a noun read as one
    token with its mark lost its reading (a time word became a subject) and a name ended in ؛."""
    text = "وصل الوفد بعد الظهر؛ وقال (سامي الحربي) إن عبدالله سالم؛ غادر. ما هذا؟! #الرياض"
    words = ["وصل", "الوفد", "بعد", "الظهر؛", "وقال", "(سامي", "الحربي)", "إن", "عبدالله", "سالم؛", "غادر.", "ما", "هذا؟!", "#الرياض"]
    cut = cut_glued_punctuation(_tokens_of(text, words))
    assert [piece for piece, _, _ in cut] == [
        "وصل", "الوفد", "بعد", "الظهر", "؛", "وقال", "(", "سامي", "الحربي", ")", "إن", "عبدالله", "سالم", "؛",
        "غادر.", "ما", "هذا", "؟", "!", "#الرياض",
    ]  # fmt: skip
    assert all(text[first:last] == piece for piece, first, last in cut)
    # a mark alone, marks only, and a mark inside a word stay as they are
    assert cut_glued_punctuation([("؛", 0, 1), ("؟!", 2, 4), ("(ج)", 5, 8)]) == [
        ("؛", 0, 1),
        ("؟!", 2, 4),
        ("(", 5, 6),
        ("ج", 6, 7),
        (")", 7, 8),
    ]
    assert cut_glued_punctuation([("ab;cd", 0, 5)]) == [("ab;cd", 0, 5)]


def test_quotation_marks_glued_to_a_word_are_tokens_of_their_own() -> None:
    """The tokenizer left a quotation's opening mark glued to its first word (`وتابع المصدر "ان سامي …`): `"ان` was
    tagged a name, and the mark became the speaker of the quotation it opens. Each mark is a token of its own, at
    either end of a word, as ( and ) are."""
    text = 'وتابع المصدر "ان سامي يعرف ذلك" وقال «الحربي» “نعم”'
    words = ["وتابع", "المصدر", '"ان', "سامي", "يعرف", 'ذلك"', "وقال", "«الحربي»", "“نعم”"]
    cut = cut_glued_punctuation(_tokens_of(text, words))
    assert [piece for piece, _, _ in cut] == [
        "وتابع", "المصدر", '"', "ان", "سامي", "يعرف", "ذلك", '"', "وقال", "«", "الحربي", "»", "“", "نعم", "”",
    ]  # fmt: skip
    assert all(text[first:last] == piece for piece, first, last in cut)
    assert cut_glued_punctuation([('""', 0, 2), ("«»", 3, 5)]) == [('""', 0, 2), ("«»", 3, 5)]  # marks only stay


@pytest.mark.model
def test_a_semicolon_is_tagged_punctuation_and_keeps_its_written_form(bundled: StanzaParser) -> None:
    """؛ is in neither treebank: the tagger read it as the comma they write in its place, and the CoNLL-U keeps ؛."""
    from quotes.conllu_reading import documents_from_conllu
    from quotes.graph import document_from_stanza

    text = "غادر الوزير العاصمة مساء أمس؛ موضحا أن الزيارة ناجحة. وأكدت ليلى حداد؛ أن المشروع تأخر ; لأسباب فنية."
    parsed = bundled.parse(text)
    words = [word for sentence in parsed.sentences for word in sentence.words]
    marks = [word for word in words if word.text in {"؛", ";"}]
    assert [word.text for word in marks] == ["؛", "؛", ";"]
    assert all(word.upos == "PUNCT" and word.lemma == word.text for word in marks)
    assert "أمس" in [word.text for word in words] and "حداد" in [word.text for word in words]
    for sentence in parsed.sentences:
        for token in sentence.tokens:
            assert text[token.start_char : token.end_char] == token.text
    conllu = document_from_stanza(parsed, doc_id="d", text=text).to_conllu()
    assert "\t؛\t؛\tPUNCT\t" in conllu and "\t،\t" not in conllu
    assert documents_from_conllu(conllu)[0].text == text


# --- what real corpora hold: long links, sentences without punctuation (issue 13) ---------------

#: A percent-encoded link of 150 characters: the tokenizer's window is shorter, it answers <UNK>.
LONG_LINK = "https://www.example.com/" + "%D8%AA%D8%B5%D8%B1%D9%8A%D8%AD" * 4 + "?id=77"
LINK_TEXT = f"وقال المتحدث باسم الهيئة إن التسجيل مفتوح حتى نهاية الشهر. وللتفاصيل زوروا {LONG_LINK} أو اتصلوا بالمركز."


def test_a_token_the_tokenizer_could_not_read_keeps_the_text_and_offsets_it_covers() -> None:
    start = LINK_TEXT.index(LONG_LINK)
    tokens = [
        ("زوروا", start - 6, start - 1),
        ("<UNK>", start, start + len(LONG_LINK)),
        ("<UNK>", None, None),  # no offsets either: the next run of text
    ]
    assert _offsets_fixed(tokens, LINK_TEXT) == [
        ("زوروا", start - 6, start - 1),
        (LONG_LINK, start, start + len(LONG_LINK)),
        ("أو", start + len(LONG_LINK) + 1, start + len(LONG_LINK) + 3),
    ]


@pytest.mark.model
def test_a_long_link_is_parsed_as_one_token_with_exact_offsets(bundled: StanzaParser) -> None:
    assert len(LONG_LINK) == 150
    doc = bundled.parse(LINK_TEXT)
    _assert_tree_with_offsets(doc, LINK_TEXT)
    assert LONG_LINK in [token.text for sentence in doc.sentences for token in sentence.tokens]
    results = list(Extractor(parser=bundled).extract_many([("link", LINK_TEXT, {})]))
    assert [result.ok for result in results] == [True]
    (quote,) = results[0].quotes
    assert "التسجيل مفتوح حتى نهاية الشهر" in quote.content.text
    assert LINK_TEXT[quote.content.start : quote.content.end] == quote.content.text


def _tokens(words: list[str]) -> list[tuple[str, int, int]]:
    found, cursor = [], 0
    for word in words:
        found.append((word, cursor, cursor + len(word)))
        cursor += len(word) + 1
    return found


def test_a_sentence_within_the_limit_is_one_piece() -> None:
    tokens = _tokens("قال الوزير إن المحادثات مستمرة .".split())
    assert split_long_sentence(tokens, limit=6) == [tokens]


def test_a_long_sentence_is_cut_after_a_comma_then_before_a_conjunction_then_at_the_limit() -> None:
    words = ["كلمة"] * 7 + ["،"] + ["كلمة"] * 7 + ["و"] + ["كلمة"] * 12
    pieces = split_long_sentence(_tokens(words), limit=10)
    assert [len(piece) for piece in pieces] == [8, 7, 10, 3]
    assert pieces[0][-1][0] == "،"  # after the comma
    assert pieces[1][-1][0] == "كلمة" and pieces[2][0][0] == "و"  # before the conjunction
    assert [token for piece in pieces for token in piece] == _tokens(words)  # nothing lost, offsets kept


def _glued(text: str) -> list[list[tuple[str, int, int]]]:
    """Sentences of `text` split the way the tokenizer splits at every period (a period glued to its word)."""
    sentences: list[list[tuple[str, int, int]]] = [[]]
    cursor = 0
    for word in text.split():
        if word.endswith(".") and len(word) > 1:
            sentences[-1] += [(word[:-1], cursor, cursor + len(word) - 1), (".", cursor + len(word) - 1, cursor + len(word))]
            sentences.append([])
        else:
            sentences[-1].append((word, cursor, cursor + len(word)))
        cursor += len(word) + 1
    return [sentence for sentence in sentences if sentence]


def test_a_title_abbreviation_does_not_end_the_sentence() -> None:
    text = "وأوضح عميد الكلية د. سامي الغامدي أن التسجيل مفتوح. وقال مدير المشروع م. فهد العنزي إن العمل مستمر."
    joined = join_abbreviation_breaks(_glued(text))
    assert [[word for word, _, _ in sentence] for sentence in joined] == [
        ["وأوضح", "عميد", "الكلية", "د", "سامي", "الغامدي", "أن", "التسجيل", "مفتوح", "."],
        ["وقال", "مدير", "المشروع", "م", "فهد", "العنزي", "إن", "العمل", "مستمر", "."],
    ]
    assert all(text[start:end] == word for sentence in joined for word, start, end in sentence)  # offsets kept


def test_a_line_break_ends_the_sentence_unless_a_colon_opens_the_next_line() -> None:
    # a headline and a byline on lines of their own, with no closing mark: the tokenizer ran them on into the first
    # sentence; after a colon the quotation may start on the next line
    text = "نادر العتيبي – الرياض\nأكد المدرب أن الفريق جاهز\nوقال:\n«نحن مستعدون»."
    one_sentence = [[(word, start, start + len(word)) for word, start in _words_with_offsets(text)]]
    cut = split_at_line_breaks(one_sentence, text)
    assert [" ".join(word for word, _, _ in sentence) for sentence in cut] == [
        "نادر العتيبي – الرياض",
        "أكد المدرب أن الفريق جاهز",
        "وقال : «نحن مستعدون».",
    ]
    assert split_at_line_breaks(one_sentence, text.replace("\n", " ")) == one_sentence


def _words_with_offsets(text: str) -> list[tuple[str, int]]:
    """The whitespace-separated words of `text` with their offsets, a colon cut off the word it ends."""
    found, cursor = [], 0
    for word in text.split():
        start = text.index(word, cursor)
        if word.endswith(":") and len(word) > 1:
            found += [(word[:-1], start), (":", start + len(word) - 1)]
        else:
            found.append((word, start))
        cursor = start + len(word)
    return found


def test_the_year_letter_after_a_number_still_ends_the_sentence() -> None:
    text = "افتتح المعرض في 10 أغسطس 2015 م. وأضاف المدير أن الزوار كثيرون."
    assert len(join_abbreviation_breaks(_glued(text))) == 2


def _pieces(text: str, sentences: list[list[str]]) -> list[list[tuple[str, int, int]]]:
    """Sentences of tokens given as written pieces of `text`, in order, with their offsets."""
    cursor, out = 0, []
    for pieces in sentences:
        out.append([])
        for piece in pieces:
            start = text.index(piece, cursor)
            out[-1].append((piece, start, start + len(piece)))
            cursor = start + len(piece)
    return out


def test_a_decimal_point_does_not_end_the_sentence() -> None:
    text = "وقال المتعامل إن سعر الأوقية ارتفع إلى 1116.43 دولار في التعاملات الصباحية."
    split = _pieces(
        text,
        [
            ["وقال", "المتعامل", "إن", "سعر", "الأوقية", "ارتفع", "إلى", "1116", "."],
            ["43", "دولار", "في", "التعاملات", "الصباحية", "."],
        ],
    )
    joined = join_abbreviation_breaks(split)
    assert [[word for word, _, _ in sentence] for sentence in joined] == [
        ["وقال", "المتعامل", "إن", "سعر", "الأوقية", "ارتفع", "إلى", "1116.43", "دولار", "في", "التعاملات", "الصباحية", "."]
    ]
    assert all(text[start:end] == word for sentence in joined for word, start, end in sentence)


def test_a_decimal_point_with_a_bidi_mark_after_it_does_not_end_the_sentence() -> None:
    # news copied from some sites writes a right-to-left mark after the point: the tokenizer reads the text without
    # it, and the offsets of the words around it, in the original, are one character apart
    text = "وقال المحلل إن المؤشر صعد 3.\u200f25 في المئة في ختام التعاملات."
    split = _pieces(
        text,
        [["وقال", "المحلل", "إن", "المؤشر", "صعد", "3", "."], ["25", "في", "المئة", "في", "ختام", "التعاملات", "."]],
    )
    joined = join_abbreviation_breaks(split, text)
    assert [[word for word, _, _ in sentence] for sentence in joined] == [
        ["وقال", "المحلل", "إن", "المؤشر", "صعد", "3.25", "في", "المئة", "في", "ختام", "التعاملات", "."]
    ]
    number = joined[0][5]
    assert text[number[1] : number[2]] == "3.\u200f25"  # the offsets cover the mark the text keeps
    # a full stop, a space and a bidi mark before the next number still end the sentence
    stop = "وبلغ عدد الزوار 1500. \u200f25 زائرا جاؤوا أمس."
    split = _pieces(stop, [["وبلغ", "عدد", "الزوار", "1500", "."], ["25", "زائرا", "جاؤوا", "أمس", "."]])
    assert len(join_abbreviation_breaks(split, stop)) == 2


def test_a_period_inside_a_name_in_marks_does_not_end_the_sentence() -> None:
    # a company's name with an abbreviation's period, in guillemets, before the quotation the colon opens
    text = (
        "وقال سامي الدوسري، محلل لدى «نوفاس. كابيتال غروب» لـ«الرياض»: «الأسعار سترتفع». "
        "وأضاف: «أولا. ثانيا. ثالثا. رابعا. خامسا. سادسا»."
    )
    split = _pieces(
        text,
        [
            ["وقال", "سامي", "الدوسري", "،", "محلل", "لدى", "«", "نوفاس", "."],
            ["كابيتال", "غروب", "»", "لـ", "«", "الرياض", "»", ":", "«", "الأسعار", "سترتفع", "»", "."],
            ["وأضاف", ":", "«", "أولا", "."],
            ["ثانيا", "."],
            ["ثالثا", "."],
            ["رابعا", "."],
            ["خامسا", "."],
            ["سادسا", "»", "."],
        ],
    )
    joined = join_abbreviation_breaks(split, text)
    assert [word for word, _, _ in joined[0]] == [
        *("وقال", "سامي", "الدوسري", "،", "محلل", "لدى", "«", "نوفاس", "كابيتال", "غروب", "»"),
        *("لـ", "«", "الرياض", "»", ":", "«", "الأسعار", "سترتفع", "»", "."),
    ]  # the periods the text keeps are no words
    # a quotation of sentences in marks: each period still ends one
    assert len(joined) == 1 + 6
    # nor across a line break
    broken = text.replace("نوفاس. كابيتال", "نوفاس.\nكابيتال")
    split = _pieces(broken, [["وقال", "سامي", "الدوسري", "،", "محلل", "لدى", "«", "نوفاس", "."], ["كابيتال", "غروب", "»", "."]])
    assert len(join_abbreviation_breaks(split, broken)) == 2


def test_thousands_points_do_not_end_the_sentence() -> None:
    text = "ويقطن القرى 1.742.000 نسمة."
    split = _pieces(text, [["ويقطن", "القرى", "1", "."], ["742", "."], ["000", "نسمة", "."]])
    joined = join_abbreviation_breaks(split)
    assert [[word for word, _, _ in sentence] for sentence in joined] == [["ويقطن", "القرى", "1.742.000", "نسمة", "."]]


def test_an_acronym_written_with_spaces_ends_no_sentence() -> None:
    text = "وقال مكتب التحقيقات (إف. بي. آي.) إن المسروقات أعيدت. وأضاف أن التحقيق مستمر."
    split = _pieces(
        text,
        [
            ["وقال", "مكتب", "التحقيقات", "(", "إف", "."],
            ["بي", "."],
            ["آي", ".", ")", "إن", "المسروقات", "أعيدت", "."],
            ["وأضاف", "أن", "التحقيق", "مستمر", "."],
        ],
    )
    assert [len(sentence) for sentence in join_abbreviation_breaks(split)] == [15, 5]


def test_an_acronym_of_spelled_out_letters_ends_no_sentence() -> None:
    # the tokenizer keeps جي.ايه together and ends the sentence at the period before سي; an Arabic spelling of a
    # Latin letter has up to five letters (ايه A، إتش H، دبليو W)
    text = "وقالت شركة (جي.ايه.سي) للشحن إن السفينة جنحت. وذكرت الشركة أن القبطان لم يكن على ظهرها."
    split = _pieces(
        text,
        [
            ["وقالت", "شركة", "(", "جي.ايه", "."],
            ["سي", ")", "للشحن", "إن", "السفينة", "جنحت", "."],
            ["وذكرت", "الشركة", "أن", "القبطان", "لم", "يكن", "على", "ظهرها", "."],
        ],
    )
    assert [len(sentence) for sentence in join_abbreviation_breaks(split)] == [12, 9]


def test_a_short_word_glued_to_the_next_sentence_still_ends_it() -> None:
    # a period with its space left out after a short word is a full stop: only an acronym's groups with periods
    # inside the token may be longer than two letters
    text = "وصل الوفد أمس.وقال رئيسه إن الزيارة مهمة."
    split = _pieces(text, [["وصل", "الوفد", "أمس", "."], ["وقال", "رئيسه", "إن", "الزيارة", "مهمة", "."]])
    assert len(join_abbreviation_breaks(split)) == 2


def test_a_full_stop_after_a_number_still_ends_the_sentence() -> None:
    text = "وبلغ عدد الزوار 1500. وقال المدير إن الإقبال كبير."
    split = _pieces(text, [["وبلغ", "عدد", "الزوار", "1500", "."], ["وقال", "المدير", "إن", "الإقبال", "كبير", "."]])
    assert len(join_abbreviation_breaks(split)) == 2


def test_an_acronym_whose_period_the_tokenizer_kept_with_the_letters_after_it_ends_nothing() -> None:
    text = "وقال سامي الناصر المحلل في إن.بي.كيه إن الأسواق ستتعافى."
    split = _pieces(
        text,
        [["وقال", "سامي", "الناصر", "المحلل", "في", "إن", ".بي", "."], ["كيه", "إن", "الأسواق", "ستتعافى", "."]],
    )
    assert len(join_abbreviation_breaks(split)) == 1


@pytest.mark.model
def test_a_run_of_words_without_punctuation_reaches_the_parser_in_bounded_pieces(bundled: StanzaParser) -> None:
    words = "قال الوزير إن المحادثات مستمرة مع الجانب الآخر في المدينة بحضور عدد من المسؤولين".split()
    text = " ".join(words[index % len(words)] for index in range(3 * MAX_SENTENCE_WORDS + 17))
    doc = bundled.parse(text)
    _assert_tree_with_offsets(doc, text)
    assert max(len(sentence.tokens) for sentence in doc.sentences) <= MAX_SENTENCE_WORDS
    assert sum(len(sentence.tokens) for sentence in doc.sentences) >= 3 * MAX_SENTENCE_WORDS + 17


@pytest.mark.model
def test_loading_the_compact_model_logs_no_unsupported_language_warning(no_official: None) -> None:
    import logging

    heard: list[str] = []
    listener = logging.Handler()
    listener.emit = lambda record: heard.append(record.getMessage())  # type: ignore[method-assign]
    stanza_log = logging.getLogger("stanza")
    stanza_log.addHandler(listener)
    try:
        StanzaParser(threads=1)
        stanza_log.warning("Unsupported language: %s", "xx")  # Stanza's other warnings still pass
    finally:
        stanza_log.removeHandler(listener)
    assert not [message for message in heard if "unsupported language: ar" in message]
    assert "Unsupported language: xx" in heard


def _at(text: str, pieces: list[list[str]]) -> list[list[tuple[str, int, int]]]:
    """Sentences of the given token pieces with their offsets in `text`, read left to right."""
    cursor, sentences = 0, []
    for piece in pieces:
        sentence = []
        for token in piece:
            start = text.index(token, cursor)
            sentence.append((token, start, start + len(token)))
            cursor = start + len(token)
        sentences.append(sentence)
    return sentences


def test_a_period_inside_an_acronym_does_not_end_the_sentence() -> None:
    text = "وقال المدرب لهيئة الإذاعة البريطانية (بي.بي.سي) إن الفريق جاهز. وأضاف أن المباراة صعبة.الجمهور حاضر."
    split = _at(
        text,
        [
            ["وقال", "المدرب", "لهيئة", "الإذاعة", "البريطانية", "(", "بي", ".", "بي", "."],
            ["سي", ")", "إن", "الفريق", "جاهز", "."],
            ["وأضاف", "أن", "المباراة", "صعبة", "."],  # a period with its space left out after a long word: a real end
            ["الجمهور", "حاضر", "."],
        ],
    )
    joined = join_abbreviation_breaks(split)
    assert [len(sentence) for sentence in joined] == [16, 5, 3]
    assert [word for word, _, _ in joined[0]][5:12] == ["(", "بي", ".", "بي", ".", "سي", ")"]


def test_van_before_a_family_name_stays_one_word() -> None:
    """وقال فان غال: فان is the name particle (a word before it, a rare word without the article after it); فإن
    written فان after a clause (الى ذلك فان من …) or before the article (فان المبلغ) is ف + ان."""
    lexicon = Lexicon({"ان": 7000, "فان": 650, "غال": 165, "قال": 5000, "وقال": 9000, "من": 200000, "ذلك": 30000})
    text = "وقال فان غال، الى ذلك فان من بين، التقرير فان المبلغ"
    tokens = [
        ("وقال", 0, 4), ("ف", 5, 6), ("ان", 6, 8), ("غال", 9, 12), ("،", 12, 13),
        ("الى", 14, 17), ("ذلك", 18, 21), ("فان", 22, 25), ("من", 26, 28), ("بين", 29, 32), ("،", 32, 33),
        ("التقرير", 34, 41), ("فان", 42, 45), ("المبلغ", 46, 52),
    ]  # fmt: skip
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == [
        "و", "قال", "فان", "غال", "،", "الى", "ذلك", "ف", "ان", "من", "بين", "،", "التقرير", "ف", "ان", "المبلغ",
    ]  # fmt: skip
    assert all(text[start:end] == piece for piece, start, end in fixed)


def test_the_future_particle_only_stands_before_an_imperfect_verb() -> None:
    """سالوبيك and سالمين are words (a name, a plural), not سَ + الوبيك: the future particle only precedes an
    imperfect verb (ستتوجه، سيعقد), so a cut before anything else is rejoined, however rare the whole word."""
    lexicon = Lexicon({"تتوجه": 800, "يعقد": 900, "سالمين": 2})
    text = "وقال زلاتكو سالوبيك إنها ستتوجه وسيعقد اللقاء مع سالمين"
    tokens = [
        ("و", 0, 1), ("قال", 1, 4), ("زلاتكو", 5, 11), ("س", 12, 13), ("الوبيك", 13, 19), ("إنها", 20, 24),
        ("س", 25, 26), ("تتوجه", 26, 31), ("و", 32, 33), ("س", 33, 34), ("يعقد", 34, 38), ("اللقاء", 39, 45),
        ("مع", 46, 48), ("س", 49, 50), ("المين", 50, 55),
    ]  # fmt: skip
    fixed = correct_tokens(tokens, lexicon)
    assert [piece for piece, _, _ in fixed] == [
        "و", "قال", "زلاتكو", "سالوبيك", "إنها", "س", "تتوجه", "و", "س", "يعقد", "اللقاء", "مع", "سالمين",
    ]  # fmt: skip
    assert all(text[start:end] == piece for piece, start, end in fixed)


@pytest.mark.model
def test_a_reporting_verb_written_like_a_preposition_is_parsed_as_the_verb(bundled: StanzaParser) -> None:
    """بيّن written بين: at a clause's start with a complementizer or a comma after it, the verb (re-tagged before
    the parse, `quotes.verb_homographs`), and the clause hangs under it as its complement (`ccomp`, or `obj` where the
    parser reads the clause after the comma as the verb's object, as the rules do too); بين before "X and Y" stays the
    preposition."""
    text = "وبين المتحدث الرسمي أن الحادث وقع صباح اليوم. وبين، أن التحقيق مستمر. وبين الطرفين والحكومة خلاف قديم."
    plain = StanzaParser(threads=2, verb_tags=False).parse(text)
    doc = bundled.parse(text)
    first, second, third = ([(w.text, w.upos, w.head, w.deprel) for w in s.words] for s in doc.sentences)
    assert first[1] == ("بين", "VERB", 0, "root") and ("وقع", "VERB", 2, "ccomp") in first
    assert second[1][1:3] == ("VERB", 0) and any(word[2:] in ((2, "ccomp"), (2, "obj")) and word[1] != "PUNCT" for word in second)
    assert third[1][1] == "ADP"
    assert [w.upos for w in plain.sentences[0].words][1] == "ADP"  # what the tagger says on its own
