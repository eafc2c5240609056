"""Work a document's steps share is done once, and answers as the work done each time did (issue 12, fourteenth pass).

- A match's usable subject (`drafts.subject.usable_speaker`) and the complementizer after its cue
  (`drafts.complements.loose_complementizer`) are found once per document: the content search and the speaker slot
  ask for them, and again where a later cue ends the content and the match is drafted again.
- The entity tagger's spans are read without looking at the letters of an `O` tag (most words).
- Two words are told apart by their index before their whole annotation is compared, and a relation without a
  subtype is its own base (no split of `nsubj`).
"""

from __future__ import annotations

from itertools import product
from pathlib import Path

import attrs

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.conllu_reading import sentence_from_conllu
from quotes.drafts.assembler import DocumentAssembler
from quotes.drafts.complements import find_loose_complementizer, loose_complementizer
from quotes.drafts.subject import find_usable_speaker, usable_speaker
from quotes.graph import tag_spans
from quotes.quotemarks import pair_quote_marks

SEED = Path(__file__).resolve().parent / "data" / "seed" / "seed.conllu"

#: قال وزير الخارجية إن الحكومة ستطرح القانون
_SENTENCE = """\
1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_
2\tوزير\tوزير\tNOUN\t_\t_\t1\tnsubj\t_\t_
3\tالخارجية\tخارجية\tNOUN\t_\t_\t2\tnmod\t_\t_
4\tإن\tإن\tSCONJ\t_\t_\t6\tmark\t_\t_
5\tالحكومة\tحكومة\tNOUN\t_\t_\t6\tnsubj\t_\t_
6\tستطرح\tطرح\tVERB\t_\t_\t1\tccomp\t_\t_
7\tالقانون\tقانون\tNOUN\t_\t_\t6\tobj\t_\t_
"""


def test_a_matchs_usable_subject_is_found_once_and_is_what_finding_it_again_gives(extractor: Extractor) -> None:
    asked = 0
    for document in documents_by_id(SEED).values():
        assembler = DocumentAssembler(document, pair_quote_marks(document.text), extractor.lexicons)
        context = assembler.context
        for sentence in document.sentences:
            for match in extractor.matcher.chosen_matches(sentence):
                first = usable_speaker(context, match)
                assert usable_speaker(context, match) is first
                assert first == find_usable_speaker(context, match)
                complementizer = loose_complementizer(context, match)
                assert loose_complementizer(context, match) == complementizer == find_loose_complementizer(context, match)
                asked += first is not None
    assert asked >= 10


def _tag_spans_letter_by_letter(tags: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """tag_spans as written before: every tag's prefix and label read, `O` too."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, label = tag[:1], tag[2:]
        if start >= 0 and (prefix in ("O", "B", "S") or label != kind):
            spans.append((start, index, kind))
            start = -1
        if prefix in ("B", "S") or (prefix in ("I", "E") and start < 0):
            start, kind = index, label
        if prefix in ("E", "S") and start >= 0:
            spans.append((start, index + 1, kind))
            start = -1
    return spans


def test_the_tagged_spans_are_those_of_reading_every_tag_letter_by_letter() -> None:
    tags = ("O", "B-PERS", "I-PERS", "E-PERS", "S-ORG", "I-ORG", "E-LOC")
    for length in range(1, 5):
        for sequence in product(tags, repeat=length):
            assert tag_spans(sequence) == _tag_spans_letter_by_letter(sequence), sequence


def test_words_are_equal_by_their_annotation_told_first_by_their_index() -> None:
    _, graph = sentence_from_conllu(_SENTENCE)
    _, again = sentence_from_conllu(_SENTENCE)
    for word, same in zip(graph.words, again.words, strict=True):
        assert word == same and not word != same and word is not same
        assert word == word and not word != word
    first, second = graph.words[:2]
    assert first != second and not first == second
    moved = attrs.evolve(first, start=first.start + 1)  # one index, another offset: not the same word
    assert moved != first and not moved == first


def test_a_relations_base_is_its_name_before_the_subtype() -> None:
    _, graph = sentence_from_conllu(_SENTENCE.replace("\tnmod\t", "\tnmod:poss\t"))
    assert [word.base_deprel for word in graph.words] == ["root", "nsubj", "nmod", "mark", "nsubj", "ccomp", "obj"]
