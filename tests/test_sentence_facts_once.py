"""A sentence's fixed facts are worked out once (issue 12, sixteenth pass): what the parse-cache reader already holds
in its columns (each word's dependents, the words' offsets, their form readings) it gives the sentence instead of
the sentence reading every word again; a question several stages ask of the same words (the title before a name,
asked by the tagged spans' finder and the name finder) is answered once per sentence, in a memory that goes with
the sentence; a search for a mark in a phrase is one search of the text, not a step per character. Each gives what
the longer way gives; an expression looked for again and again opens with one set of characters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.coreference.spans import _first_of, whole_words
from quotes.drafts.spans import SENTENCE_END
from quotes.graph import SentenceGraph
from quotes.mentions import roles
from quotes.model import Span
from quotes.normalize import normalize, starts_normalised

SEED = Path(__file__).resolve().parent / "data" / "seed" / "seed.conllu"


def _fresh(sentence: SentenceGraph) -> SentenceGraph:
    """The same words in a sentence that computes every cached fact itself."""
    return SentenceGraph(index=sentence.index, words=sentence.words, start=sentence.start, end=sentence.end)


def test_the_reader_gives_a_sentence_the_facts_it_would_compute() -> None:
    documents = documents_from_conllu(SEED.read_text(encoding="utf-8"))
    sentences = [sentence for document in documents for sentence in document.sentences]
    assert len(sentences) > 20
    for sentence in sentences:
        given = sentence.__dict__
        assert {"_child_words", "_word_bounds", "form_keys", "joined_forms"} <= given.keys()
        fresh = _fresh(sentence)
        assert given["_child_words"] == fresh._child_words
        assert given["_word_bounds"] == fresh._word_bounds
        assert given["form_keys"] == fresh.form_keys
        assert given["joined_forms"] == fresh.joined_forms


def test_a_sentence_remembers_each_question_apart() -> None:
    sentence = documents_from_conllu(SEED.read_text(encoding="utf-8"))[0].sentences[0]
    first = sentence.memory("the title before a name")
    first[(1, 2)] = "وزير الخارجية"
    assert sentence.memory("the title before a name") is first
    assert sentence.memory("another question") == {}
    assert _fresh(sentence).memory("the title before a name") == {}


def test_the_title_before_a_name_is_worked_out_once_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """Records are the same with the memory; each question reaches role_before once per sentence."""
    text = SEED.read_text(encoding="utf-8")
    expected = [quotes for _, quotes in Extractor(entity_tagger=False).extract_conllu(text)]
    asked: list[tuple[int, ...]] = []
    original = roles._role_before_name

    def counted(reader, sentence, run, span, given, document_text):
        asked.append((id(sentence), sentence.start, run[0].index, len(run), span.start, span.end, given))
        return original(reader, sentence, run, span, given, document_text)

    monkeypatch.setattr(roles, "_role_before_name", counted)
    assert [quotes for _, quotes in Extractor(entity_tagger=False).extract_conllu(text)] == expected
    assert asked and len(asked) == len(set(asked))


@pytest.mark.parametrize(
    ("text", "marks", "start", "end"),
    [
        ("قالت شركة «موتور غروب» شونغ", "»”", 0, 27),
        ("قالت شركة «موتور غروب» شونغ", "«“", 5, 11),
        ("قالت شركة «موتور غروب» شونغ", "«“", 11, 27),
        ("صحيفة ”الشرق“ اليوم", "»”", 0, 19),
        ("بلا علامات", "»”", 0, 10),
        ("بلا علامات", "»”", 6, 3),
    ],
)
def test_the_first_mark_is_found_by_searching_the_text(text: str, marks: str, start: int, end: int) -> None:
    by_character = next((i for i in range(start, end) if text[i] in marks), None)
    assert _first_of(text, marks, start, end) == by_character


def test_a_mention_that_began_inside_a_quoted_name_starts_after_it() -> None:
    text = "وقال رئيس شركة «هيونداي موتور غروب» شونغ مونغكو إن"
    inside = text.index("موتور")
    span = Span.from_offsets(text, inside, text.index(" إن"))
    assert whole_words(text, span) == Span.from_offsets(text, text.index("شونغ"), text.index(" إن"))


#: What SENTENCE_END matches, as first written (quotes.drafts.spans).
_SENTENCE_END_AS_WRITTEN = re.compile(r"[.!?؟]\s|[.!?؟]$|\n")


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير. وأضاف أن",
        "هل انتهى؟\nنعم.",
        "انتهى.\n\nثم",
        "الساعة 10.30 صباحا!",
        "نهاية.",
        "«قال: انتهى.» ثم",
        "\n",
        "..؟ !\t.",
    ],
)
def test_the_sentence_end_expression_finds_what_it_was_written_to_find(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            written = [found.span() for found in _SENTENCE_END_AS_WRITTEN.finditer(text, start, end)]
            assert [found.span() for found in SENTENCE_END.finditer(text, start, end)] == written
    assert SENTENCE_END.split(text, maxsplit=1) == _SENTENCE_END_AS_WRITTEN.split(text, maxsplit=1)


@pytest.mark.parametrize(
    "text",
    [
        "أن الوزارة ستعلن عن نتائج الدراسة في الأسبوع المقبل بعد اكتمال المراجعة",
        "إنّ " * 30,
        " " * 60 + "بأن القرار نهائي",
        "\u200f" * 50 + "أن",
        "فإنه " + "ـ" * 60,
        "ﺃﻥ الأمر انتهى" + " كلام" * 20,
        "قال إن",
        "",
    ],
)
def test_a_long_text_starts_as_its_normal_form_does(text: str) -> None:
    for openings in (("ان", "ان", "بان"), ("فان", "فقد"), ("ان ",)):
        assert starts_normalised(text, openings) == normalize(text).startswith(openings)


def test_a_record_reads_its_match_s_evidence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bindings of a record's evidence are the match's, built once (they do not depend on the notes)."""
    from quotes.match import Match

    text = SEED.read_text(encoding="utf-8")
    expected = [quotes for _, quotes in Extractor(entity_tagger=False).extract_conllu(text)]
    original = Match.evidence
    asked = []

    def counted(match: Match, notes: tuple[str, ...] = ()):
        asked.append(notes)
        return original(match, notes)

    monkeypatch.setattr(Match, "evidence", counted)
    found = [quotes for _, quotes in Extractor(entity_tagger=False).extract_conllu(text)]
    assert found == expected
    assert len(asked) == sum(len(quotes) for quotes in found)
