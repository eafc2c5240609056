"""Given names the tagger read as common words become PROPN in name position (quotes.name_tags); so does علي (Ali),
which the tagger reads as على ("on") spelt with ي, before the parse.

Each sentence is written for these tests and given as its words with the tags a
small tagger gives them (names that are also adjectives or nouns tagged
``ADJ``/``NOUN``); the lexicons are the rules' own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.name_tags import NameLexicons, names_to_retag, preposition_names_to_retag


@pytest.fixture(scope="module")
def lexicons() -> NameLexicons:
    return NameLexicons.bundled()


def _retagged(tagged: str, lexicons: NameLexicons) -> list[str]:
    """``word/TAG word/TAG …`` → the words re-tagged PROPN."""
    pairs = [item.rsplit("/", 1) for item in tagged.split()]
    forms, tags = [form for form, _ in pairs], [tag for _, tag in pairs]
    return [forms[i] for i in names_to_retag(forms, tags, lexicons)]


def test_the_bundled_lexicons_know_the_names_titles_and_honorifics(lexicons: NameLexicons) -> None:
    assert {"عادل", "صالح", "سعيد"} <= lexicons.given_names
    assert {"مدير", "وزير", "عقيد", "دكتور"} <= lexicons.titles
    assert {"شيخ", "امير", "سيد"} <= lexicons.honorifics
    assert "مصدر" not in lexicons.titles  # a descriptor, not a title: مصدر مسؤول


@pytest.mark.parametrize(
    ("tagged", "names"),
    [
        # after a definite title: an adjective there would carry the article (المدير العادل)
        ("و/CCONJ قال/VERB المدير/NOUN عادل/ADJ الحربي/NOUN إن/SCONJ المصنع/NOUN سيغلق/VERB ./PUNCT", ["عادل"]),
        ("و/CCONJ أوضح/VERB العقيد/NOUN سعيد/ADJ أن/SCONJ الطريق/NOUN مغلق/ADJ", ["سعيد"]),
        ("و/CCONJ صرح/VERB للمهندس/NOUN صالح/NOUN عن/ADP المشروع/NOUN", ["صالح"]),
        # after an honorific, with or without the article
        ("استقبل/VERB الشيخ/NOUN صالح/NOUN الوفد/NOUN", ["صالح"]),
        ("أكد/VERB سمو/NOUN الأمير/NOUN سعيد/ADJ بن/PROPN ماجد/PROPN", ["سعيد"]),
        # before the rest of a name: a family name with the article, a particle, another given name
        ("و/CCONJ قال/VERB عادل/ADJ الزهراني/PROPN إن/SCONJ الموسم/NOUN انتهى/VERB", ["عادل"]),
        ("و/CCONJ أشار/VERB سعيد/ADJ بن/PROPN ناصر/PROPN إلى/ADP ذلك/PRON", ["سعيد"]),
        ("و/CCONJ قال/VERB عادل/ADJ صالح/NOUN الشمري/NOUN :/PUNCT", ["عادل", "صالح"]),
        # after a name particle
        ("حضر/VERB ناصر/PROPN بن/PROPN صالح/NOUN الحفل/NOUN", ["صالح"]),
        # after a name particle a verb is the name's next word, listed or not (طالب "demanded", تمر)
        ("ب/ADP مدرسة/NOUN علي/PROPN بن/PROPN أبى/PROPN طالب/VERB الثانوية/NOUN", ["طالب"]),
        ("و/CCONJ قال/VERB سعد/PROPN بن/PROPN تمر/VERB إن/SCONJ", ["تمر"]),
    ],
)
def test_a_given_name_in_name_position_is_retagged(tagged: str, names: list[str], lexicons: NameLexicons) -> None:
    assert _retagged(tagged, lexicons) == names


@pytest.mark.parametrize(
    "tagged",
    [
        # the adjective and the noun where they are common words
        "طالب/VERB الوفد/NOUN ب/ADP حل/NOUN عادل/ADJ ل/ADP الأزمة/NOUN",
        "كل/NOUN مواطن/NOUN صالح/ADJ يحترم/VERB النظام/NOUN",  # an indefinite title: a good citizen
        # the genitive of a noun: a proper noun without the article after it is not the rest of a name
        "صوت/VERB المجلس/NOUN ل/ADP صالح/NOUN قطر/PROPN",
        # a name the tagger already recognised, and a listed name the tagger called a verb (left as it is)
        "و/CCONJ قال/VERB المدير/NOUN عادل/PROPN الحربي/PROPN",
        "أكد/VERB الأمير/NOUN فيصل/VERB بن/PROPN خالد/PROPN",
        # a noun with its pronoun after ابن is a kinsman (ابن جاره: a neighbour's son), whatever the tagger said
        "و/CCONJ قال/VERB ابن/NOUN جار/VERB ه/PRON إن/SCONJ",
    ],
)
def test_common_words_and_recognised_names_are_left_alone(tagged: str, lexicons: NameLexicons) -> None:
    assert _retagged(tagged, lexicons) == []


def test_lexicons_are_read_from_a_rules_folder(tmp_path: Path) -> None:
    (tmp_path / "given_names.tsv").write_text("form\tgender\tgloss\nوضاح\tm\t\n", encoding="utf-8")
    (tmp_path / "role_nouns.tsv").write_text("head\tkind\tgloss\nمراقب\tjob\t\nمصدر\tdescriptor\t\n", encoding="utf-8")
    (tmp_path / "honorifics.tsv").write_text("form\tgloss\nالحاج\t\nصاحب السمو\t\n", encoding="utf-8")
    lexicons = NameLexicons.from_folder(tmp_path)
    assert lexicons == NameLexicons(
        given_names=frozenset({"وضاح"}),
        titles=frozenset({"مراقب"}),
        honorifics=frozenset({"حاج"}),
        written_given_names=frozenset({"وضاح"}),
    )
    assert _retagged("قال/VERB المراقب/NOUN وضاح/ADJ إن/SCONJ", lexicons) == ["وضاح"]


def _retagged_before_parse(tagged: str, lexicons: NameLexicons) -> list[str]:
    pairs = [item.rsplit("/", 1) for item in tagged.split()]
    forms, tags = [form for form, _ in pairs], [tag for _, tag in pairs]
    return [forms[i] for i in preposition_names_to_retag(forms, tags, lexicons)]


def test_the_bundled_lexicons_know_ali_as_written_and_not_the_preposition(lexicons: NameLexicons) -> None:
    assert lexicons.preposition_names == frozenset({"علي"})  # as written: على, with its ى, is the preposition


@pytest.mark.parametrize(
    "tagged",
    [
        # before the rest of a name: a name particle, a proper noun, a given name
        "و/CCONJ قال/VERB علي/ADP بن/NOUN سعد/PROPN إن/SCONJ الموسم/NOUN انتهى/VERB",
        "و/CCONJ أكد/VERB علي/ADP الحربي/PROPN أن/SCONJ الفريق/NOUN جاهز/ADJ",
        "و/CCONJ أوضح/VERB علي/ADP عبدالله/NOUN أن/SCONJ العمل/NOUN مستمر/ADJ",
        # after a title, an honorific or a given name, whatever follows but a pronoun
        "و/CCONJ قال/VERB اللواء/NOUN علي/ADP ،/PUNCT قائد/NOUN القوة/NOUN",
        "و/CCONJ أضاف/VERB أحمد/PROPN علي/ADP في/ADP حديثه/NOUN",
        "زار/VERB الوفد/NOUN مسجد/NOUN الإمام/NOUN علي/ADP في/ADP المدينة/NOUN",
    ],
)
def test_ali_in_name_position_is_a_name_before_the_parse(tagged: str, lexicons: NameLexicons) -> None:
    assert _retagged_before_parse(tagged, lexicons) == ["علي"]


@pytest.mark.parametrize(
    "tagged",
    [
        # the preposition with its pronoun, as the clitic pass cuts عليه, even after a title
        "و/CCONJ قال/VERB الطبيب/NOUN المشرف/ADJ علي/ADP ه/PRON إن/SCONJ",
        "و/CCONJ رد/VERB المدير/NOUN علي/ADP ه/PRON",
        # the preposition spelt with ي before a common noun
        "صدر/VERB الحكم/NOUN علي/ADP المتهم/NOUN غيابيا/ADV",
        # على as it is written, and a name the tagger already recognised
        "و/CCONJ أكد/VERB اللواء/NOUN على/ADP أهمية/NOUN التدريب/NOUN",
        "و/CCONJ قال/VERB علي/PROPN الحربي/PROPN",
    ],
)
def test_the_preposition_stays_a_preposition(tagged: str, lexicons: NameLexicons) -> None:
    assert _retagged_before_parse(tagged, lexicons) == []


@pytest.mark.model
def test_the_parser_reads_ali_in_name_position_as_the_subject() -> None:
    """End to end: the bundled tagger tags علي ADP; before the parse it becomes PROPN where a name stands, and the
    parser makes the name the verb's subject. The preposition with its pronoun (عليه) stays a preposition."""
    from quotes.parser import StanzaParser

    parser = StanzaParser(threads=1)
    named, with_pronoun = parser.parse("وقال علي بن سعد الغامدي إن الموسم كان ناجحا. وقال الطبيب المشرف عليه إن حالته مستقرة.").sentences
    ali = next(word for word in named.words if word.text == "علي")
    assert (ali.upos, ali.deprel, named.words[ali.head - 1].text) == ("PROPN", "nsubj", "قال")
    assert [word.upos for word in with_pronoun.words if word.text == "علي"] == ["ADP"]
