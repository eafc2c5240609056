"""The library front: one Extractor reused across calls, typed results, clear errors.

A small stand-in parser builds real Stanza Documents from a table of parses,
so the path text → Stanza → graph → quotes runs without the neural model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from stanza.models.common.doc import Document

from quotes import Extractor, InputError, Quote, QuotesError, Span
from quotes.api import split_for_parser
from quotes.normalize import replace_surrogates

RULES = Path(__file__).resolve().parent.parent / "rules"

WAZIR = "قال الوزير إن الحكومة ستطرح القانون."
WAZIR_PARSE = [
    ("قال", "قَال", "VERB", 0, "root"),
    ("الوزير", "وَزِير", "NOUN", 1, "nsubj"),
    ("إن", "إِنَّ", "SCONJ", 5, "mark"),
    ("الحكومة", "حُكُومَة", "NOUN", 5, "nsubj"),
    ("ستطرح", "طَرَح", "VERB", 1, "ccomp"),
    ("القانون", "قَانُون", "NOUN", 5, "obj"),
    (".", ".", "PUNCT", 1, "punct"),
]
ADDED = 'وأضاف: "لن نتراجع عن هذا القرار أبدا".'
ADDED_PARSE = [
    ("وأضاف", "أَضَاف", "VERB", 0, "root"),
    (":", ":", "PUNCT", 5, "punct"),
    ('"', '"', "PUNCT", 5, "punct"),
    ("لن", "لَن", "PART", 4, "advmod"),
    ("نتراجع", "تَرَاجَع", "VERB", 1, "ccomp"),
    ("عن", "عَن", "ADP", 7, "case"),
    ("هذا", "هٰذَا", "DET", 7, "det"),
    ("القرار", "قَرَار", "NOUN", 5, "obl"),
    ("أبدا", "أَبَدًا", "ADV", 5, "advmod"),
    ('"', '"', "PUNCT", 5, "punct"),
    (".", ".", "PUNCT", 1, "punct"),
]
PARSES = {WAZIR: [WAZIR_PARSE], WAZIR + " " + ADDED: [WAZIR_PARSE, ADDED_PARSE]}


class TableParser:
    """Parses only the texts it knows, as Stanza would, with character offsets."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def parse_many(self, texts: list[str]) -> list[Any]:
        self.calls.append(list(texts))
        return [self._parse(text) for text in texts]

    def _parse(self, text: str) -> Any:
        if text not in PARSES:
            raise RuntimeError("the stand-in parser does not know this text")
        sentences, cursor = [], 0
        for parse in PARSES[text]:
            words = []
            for index, (form, lemma, upos, head, deprel) in enumerate(parse, 1):
                start = text.index(form, cursor)
                cursor = start + len(form)
                words.append(
                    {
                        "id": index,
                        "text": form,
                        "lemma": lemma,
                        "upos": upos,
                        "head": head,
                        "deprel": deprel,
                        "start_char": start,
                        "end_char": cursor,
                        "feats": "Person=3|Voice=Act" if upos == "VERB" else None,
                    }
                )
            sentences.append(words)
        return Document(sentences, text=text)


@pytest.fixture
def parsed_extractor() -> Extractor:
    return Extractor(rules=RULES, parser=TableParser())  # type: ignore[arg-type]


def test_extract_returns_typed_quotes_with_exact_offsets(parsed_extractor: Extractor) -> None:
    [quote] = parsed_extractor.extract(WAZIR, doc_id="a1")
    assert isinstance(quote, Quote) and isinstance(quote.content, Span)
    assert (quote.doc_id, quote.type, quote.cue.text) == ("a1", "indirect", "قال")
    assert quote.content.text == "إن الحكومة ستطرح القانون"
    assert WAZIR[quote.content.start : quote.content.end] == quote.content.text
    assert quote.speaker is not None and quote.speaker.text == "الوزير"


def test_one_extractor_serves_many_calls_and_documents(parsed_extractor: Extractor) -> None:
    first = parsed_extractor.extract(WAZIR, doc_id="a1")
    second = parsed_extractor.extract(WAZIR + " " + ADDED, doc_id="a2", meta={"url": "https://example.org/a2"})
    assert [quote.to_dict() for quote in first] == [
        quote.to_dict() for quote in parsed_extractor.extract(WAZIR, doc_id="a1")
    ]
    wazir, added = second
    assert added.speaker is None
    assert added.speaker_resolved is not None and added.speaker_resolved.text == "الوزير"
    assert added.content.text == "لن نتراجع عن هذا القرار أبدا"
    assert added.to_dict()["meta"] == {"url": "https://example.org/a2"}
    assert wazir.speaker_entity == added.speaker_entity == "a2:e1"


def test_batch_form_parses_in_one_call_and_reports_bad_documents_as_results(parsed_extractor: Extractor) -> None:
    documents = [("a1", WAZIR, {}), ("bad", "نص لا يعرفه المحلل", {}), ("a2", WAZIR + " " + ADDED, {})]
    results = list(parsed_extractor.extract_many(documents, batch_size=8))
    assert [result.doc_id for result in results] == ["a1", "bad", "a2"]
    assert results[0].ok and len(results[0].quotes) == 1
    assert not results[1].ok and "RuntimeError" in str(results[1].error)
    assert results[2].ok and len(results[2].quotes) == 2


def test_pre_parsed_input_never_loads_a_parser() -> None:
    extractor = Extractor(rules=RULES, parser=None)
    conllu = (RULES / "examples" / "padt" / "role_name.conllu").read_text(encoding="utf-8")
    found = [quote for _, quotes in extractor.extract_conllu(conllu) for quote in quotes]
    assert len(found) == 3
    assert extractor._parser is None


def test_clear_errors_from_the_one_base_class(parsed_extractor: Extractor) -> None:
    with pytest.raises(InputError, match="text must be a string, not bytes"):
        parsed_extractor.extract("نص".encode(), doc_id="b1")  # type: ignore[arg-type]
    with pytest.raises(QuotesError, match="expected one document"):
        parsed_extractor.extract_parsed(
            "# newdoc id = a\n# text = x\n1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n\n"
            "# newdoc id = b\n# text = y\n1\ty\ty\tX\t_\t_\t0\troot\t_\t_\n"
        )


def test_long_documents_are_split_at_paragraphs_not_dropped() -> None:
    paragraph = "قال الوزير إن الحكومة ستطرح القانون. " * 40
    text = "\n\n".join([paragraph] * 6)
    slices = split_for_parser(text, limit=4000)
    assert len(slices) > 1
    assert "".join(text[start:end] for start, end in slices) == text
    assert all(end - start <= 4000 for start, end in slices)
    assert all(text[end - 2 : end] == "\n\n" or end == len(text) for _, end in slices)


def test_a_document_parsed_in_pieces_has_its_words_in_the_whole_texts_offsets(
    parsed_extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long document reaches the parser in pieces, all in one batch; each piece's words and sentences are built
    once, straight in the whole text's offsets and sentence order, as if the text had been parsed whole."""
    text = WAZIR + "\n\n" + ADDED
    second = len(WAZIR) + 2
    monkeypatch.setattr("quotes.api.split_for_parser", lambda whole: [(0, second), (second, len(whole))])
    monkeypatch.setitem(PARSES, WAZIR + "\n\n", [WAZIR_PARSE])
    monkeypatch.setitem(PARSES, ADDED, [ADDED_PARSE])
    document = parsed_extractor.parse(text, "long")
    assert parsed_extractor.parser.calls == [[WAZIR + "\n\n", ADDED]]  # type: ignore[attr-defined]
    assert [sentence.index for sentence in document.sentences] == [0, 1]
    assert document.sentences[1].start == second and document.sentences[1].end == len(text)
    assert all(text[word.start : word.end] == word.text for s in document.sentences for word in s.words)
    _, added = parsed_extractor.extract_parsed(document)
    assert text[added.content.start : added.content.end] == added.content.text == "لن نتراجع عن هذا القرار أبدا"
    assert added.speaker_resolved is not None and added.speaker_resolved.text == "الوزير"


def test_library_and_command_line_refuse_the_same_texts(parsed_extractor: Extractor) -> None:
    with pytest.raises(InputError, match="document text is empty"):
        parsed_extractor.extract(" \n ", doc_id="blank")
    with pytest.raises(InputError, match=r"document is not Arabic text \(0% of its letters are Arabic\)"):
        parsed_extractor.extract("The minister said the talks would go on.", doc_id="english")
    results = list(parsed_extractor.extract_many([("e", "", {}), ("a1", WAZIR, {}), (7, WAZIR, {})]))  # type: ignore[list-item]
    assert [(result.doc_id, result.ok) for result in results] == [("e", False), ("a1", True), ("7", True)]
    assert "document text is empty" in str(results[0].error)


def test_a_character_cut_in_half_is_refused_with_the_way_to_repair_it(parsed_extractor: Extractor) -> None:
    """A lone surrogate (half an emoji, from a cut `\\ud83d` escape) can be written by no encoding, so the parser could
    not read the text: the library says so before parsing (it had crashed inside the tokenizer with UnicodeEncodeError),
    naming the document, and the replacement it points to keeps every offset."""
    cut = WAZIR[:10] + "\udcd9" + WAZIR[10:]
    for call in (lambda: parsed_extractor.extract(cut, doc_id="cut"), lambda: parsed_extractor.parse(cut, "cut")):
        with pytest.raises(InputError, match=r"1 lone surrogate .*replace_surrogates") as refused:
            call()
        assert refused.value.doc_id == "cut"
    assert parsed_extractor.parser.calls == []  # type: ignore[attr-defined]
    (result,) = parsed_extractor.extract_many([("cut", cut, {})])
    assert not result.ok and "lone surrogate" in str(result.error)
    repaired, count = replace_surrogates(cut)
    assert count == 1 and len(repaired) == len(cut) and repaired[10] == "\ufffd"


def test_an_integer_id_becomes_a_string_and_any_other_id_is_refused(parsed_extractor: Extractor) -> None:
    (quote,) = parsed_extractor.extract(WAZIR, doc_id=17)  # type: ignore[arg-type]
    assert quote.doc_id == "17" and isinstance(quote.to_dict()["doc_id"], str)
    with pytest.raises(InputError, match=r"a document id is a non-empty string or an integer, not \['a'\]"):
        parsed_extractor.extract(WAZIR, doc_id=["a"])  # type: ignore[arg-type]
