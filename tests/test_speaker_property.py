"""No speaker is ever a verb, a number, a place, an abstract or verbal noun, or the object of a preposition that does
not name a source.

Random parses: a reporting verb whose subject slot a (small, fallible) parser
filled with whatever word it chose, a content clause, sometimes an addressee
(`لـ"الاقتصادية"`). Places are what the entity tagger tags LOC (a stand-in
tagger here), said where something was said (`قال في الرياض`). Whatever the
parse, the attribution step must not output such a word as the speaker. (A
capital as the subject itself speaks for its government, `قالت بكين`, as the
annotation contract has it.) Nor is a subject whose head names no source (`الواقع`، `الانخفاض`), while a noun of
people no word list holds (`ساكن`) may be.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.api import Extractor
from quotes.attribution import NOT_SOURCE_TAGS, speaker_head
from quotes.conllu_reading import documents_from_conllu
from quotes.grammar import load_grammar

#: (form, lemma, upos, is a place) of words a parser may take for the subject of a cue.
SUBJECTS = {
    "verb": ("يستمر", "استمر", "VERB", False),
    "number": ("ثلاثة", "ثلاثة", "NUM", False),
    "digits": ("2019", "2019", "NUM", False),
    "place": ("الرياض", "الرياض", "PROPN", True),
    "city": ("طرابلس", "طرابلس", "PROPN", True),
    "name": ("ناصر", "ناصر", "PROPN", False),
    "source": ("المصدر", "مصدر", "NOUN", False),
    "abstract noun": ("الواقع", "واقع", "NOUN", False),
    "verbal noun": ("الانخفاض", "انخفاض", "NOUN", False),
    "resident": ("ساكن", "ساكن", "NOUN", False),
}
#: Subjects whose head names no source (quotes/mentions/source_heads.py): never a speaker either.
NO_SOURCE_HEADS = {SUBJECTS["abstract noun"][0], SUBJECTS["verbal noun"][0]}
CUES = (("قال", "قال"), ("أكد", "أكد"), ("أوضح", "أوضح"))
CONTENT = (("الحكومة", "حكومة", "NOUN", "nsubj"), ("ستطرح", "طرح", "VERB", "ccomp"), ("القانون", "قانون", "NOUN", "obj"))


GRAMMAR = load_grammar()


class PlaceTagger:
    """Tags the listed place words S-LOC, like the trained tagger would."""

    def __init__(self, places: set[str]) -> None:
        self.places = places

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
        return [tuple("S-LOC" if word in self.places else "O" for word in words) for words in sentences]

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]]) -> list[list[tuple[str, ...]]]:
        return [self.tag_many(sentences) for sentences in documents]


def sentence(subject: str, addressee: bool, subject_first: bool) -> str:
    """One CoNLL-U sentence: cue, the chosen subject (before or after an addressee), إن, a clause."""
    form, lemma, upos, _ = SUBJECTS[subject]
    cue_form, cue_lemma = CUES[len(subject) % len(CUES)]
    rows: list[tuple[str, str, str, int, str, str]] = [(cue_form, cue_lemma, "VERB", 0, "root", "_")]
    subject_rows = [(form, lemma, upos, 1, "nsubj", "_")]
    if SUBJECTS[subject][3]:
        subject_rows.insert(0, ("في", "في", "ADP", 0, "case", "_"))  # في الرياض, which the parser made the subject
    extra: list[tuple[str, str, str, int, str, str]] = []
    if addressee:
        # مصدر مسؤول لـ"الاقتصادية": the newspaper the source spoke to; a parser may make it the subject
        relation = "obl" if subject_first else "nsubj"
        extra = [("ل", "ل", "ADP", 0, "case", "SpaceAfter=No"), ("الاقتصادية", "اقتصادي", "PROPN", 1, relation, "_")]
    ordered = [*subject_rows, *extra] if subject_first else [*extra, *subject_rows]
    rows.extend(ordered)
    rows.append(("إن", "إن", "SCONJ", 0, "mark", "_"))
    base = len(rows)
    lines = ["# text = _"]
    for number, (word_form, word_lemma, word_upos, head, deprel, misc) in enumerate(rows, start=1):
        if deprel == "case":
            head = number + 1
        elif deprel == "mark":
            head = base + 2
        elif head == 1:
            head = 1
        lines.append(f"{number}\t{word_form}\t{word_lemma}\t{word_upos}\t_\t_\t{head}\t{deprel}\t_\t{misc}")
    for offset, (word_form, word_lemma, word_upos, deprel) in enumerate(CONTENT, start=1):
        head = 1 if deprel == "ccomp" else base + 2
        lines.append(f"{base + offset}\t{word_form}\t{word_lemma}\t{word_upos}\t_\t_\t{head}\t{deprel}\t_\t_")
    return "\n".join(lines)


@settings(max_examples=60, deadline=None)
@given(
    subjects=st.lists(st.sampled_from(sorted(SUBJECTS)), min_size=1, max_size=3),
    addressee=st.booleans(),
    subject_first=st.booleans(),
)
def test_no_speaker_is_a_verb_a_number_a_place_or_an_addressee(subjects: list[str], addressee: bool, subject_first: bool) -> None:
    conllu = "# newdoc id = random\n" + "\n\n".join(sentence(s, addressee, subject_first) for s in subjects) + "\n\n"
    [document] = documents_from_conllu(conllu)
    places = {SUBJECTS[name][0] for name in SUBJECTS if SUBJECTS[name][3]}
    extractor = Extractor(rules=GRAMMAR, entity_tagger=PlaceTagger(places))  # type: ignore[arg-type]
    quotes = extractor.extract_parsed(document)
    assert quotes, "the cue with an إن clause is a quote whatever its subject"
    for quote in quotes:
        for span in (quote.speaker, quote.speaker_resolved):
            if span is None:
                continue
            head = speaker_head(document, span)
            assert head is not None
            assert head.upos not in NOT_SOURCE_TAGS, (span.text, head.upos)
            assert span.text not in places
            assert span.text not in NO_SOURCE_HEADS
            assert "الاقتصادية" not in span.text
