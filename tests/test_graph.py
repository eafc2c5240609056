"""The sentence graph: CoNLL-U in, exact offsets into the original text out."""

from __future__ import annotations

import attrs
import pytest

from quotes.conllu_reading import documents_from_conllu, sentence_from_conllu
from quotes.errors import ConlluError
from quotes.graph import tag_spans

PADT_WA_QALA = """# newdoc id = padt-1
# text = وقال الوزير إن الحكومة ستطرح القانون.
1-2	وقال	_	_	_	_	_	_	_	_
1	و	وَ	CCONJ	C---------	_	0	root	_	_
2	قال	قَال	VERB	VP-A-3MS--	Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act	1	parataxis	_	_
3	الوزير	وَزِير	NOUN	N------S1D	Case=Nom|Definite=Def|Number=Sing	2	nsubj	_	_
4	إن	إِنَّ	SCONJ	C---------	_	6	mark	_	_
5	الحكومة	حُكُومَة	NOUN	N------S4D	Case=Acc|Definite=Def|Number=Sing	6	nsubj	_	_
6	ستطرح	طَرَح	VERB	VI-A-3FS--	Aspect=Imp|Gender=Fem|Number=Sing|Person=3	2	ccomp	_	_
7	القانون	قَانُون	NOUN	N------S4D	Case=Acc|Definite=Def|Number=Sing	6	obj	_	SpaceAfter=No
8	.	.	PUNCT	G---------	_	2	punct	_	_

"""

PUD_LI_OBAMA = """# newdoc id = pud-1
# text = المساعدة الخاصة لأوباما
1	المساعدة	مُساعِد	NOUN	NN	_	0	root	_	_
2	الخاصة	خَاصّ	ADJ	JJ	_	1	amod	_	_
3	ل	لِ	ADP	IN	_	4	case	_	SpaceAfter=No
4	أوباما	اوباما	PROPN	NNP	_	1	nmod	_	_

"""


def test_multiword_token_words_index_the_original_text() -> None:
    text, graph = sentence_from_conllu(PADT_WA_QALA)
    assert text == "وقال الوزير إن الحكومة ستطرح القانون."
    wa, qala = graph.word(1), graph.word(2)
    assert text[wa.start : wa.end] == "و"
    assert text[qala.start : qala.end] == "قال"
    assert qala.token_text == "وقال"  # noqa: S105 - a token, not a password
    for word in graph.words:
        assert text[word.start : word.end] == word.text


def test_clitics_split_without_multiword_ranges_keep_their_own_offsets() -> None:
    text, graph = sentence_from_conllu(PUD_LI_OBAMA)
    assert text == "المساعدة الخاصة لأوباما"
    assert [text[word.start : word.end] for word in graph.words] == ["المساعدة", "الخاصة", "ل", "أوباما"]


def test_vocalised_lemmas_are_compared_normalised() -> None:
    _, graph = sentence_from_conllu(PADT_WA_QALA)
    assert graph.word(2).lemma == "قَال"
    assert graph.word(2).lemma_key == "قال"
    assert "وزير" in graph.word(3).keys


def test_tree_navigation() -> None:
    _, graph = sentence_from_conllu(PADT_WA_QALA)
    assert [word.text for word in graph.roots()] == ["و"]
    assert [word.deprel for word in graph.children(2)] == ["nsubj", "ccomp", "punct"]
    assert graph.parent(3) == graph.word(2)
    assert [word.text for word in graph.subtree(6)] == ["إن", "الحكومة", "ستطرح", "القانون"]
    assert [word.text for word in graph.ancestors(4)] == ["ستطرح", "قال", "و"]


def test_a_sentences_key_sets_are_its_words_readings_together() -> None:
    _, graph = sentence_from_conllu(PADT_WA_QALA)
    assert graph.form_keys == {key for word in graph.words for key in word.keys}
    assert graph.token_keys == {key for word in graph.words for key in word.token_keys}
    assert "قال" in graph.form_keys and "وقال" in graph.token_keys and "وقال" not in graph.form_keys


def test_round_trip_keeps_text_ids_and_offsets() -> None:
    document = documents_from_conllu(PADT_WA_QALA)[0]
    again = documents_from_conllu(document.to_conllu())[0]
    assert again.doc_id == "padt-1"
    assert again.text == document.text
    assert [sentence.words for sentence in again.sentences] == [sentence.words for sentence in document.sentences]
    assert again.sentences[0].sent_id == "padt-1-1"


def test_documents_split_at_newdoc_and_text_rebuilt_from_space_after() -> None:
    documents = documents_from_conllu(PADT_WA_QALA + PUD_LI_OBAMA)
    assert [document.doc_id for document in documents] == ["padt-1", "pud-1"]
    assert documents[1].text == "المساعدة الخاصة لأوباما"


def test_exact_document_text_with_newlines_survives() -> None:
    document = documents_from_conllu(PADT_WA_QALA)[0]
    spaced = document.to_conllu().replace(
        '# doc_text_json = "وقال الوزير إن الحكومة ستطرح القانون."',
        '# doc_text_json = "وقال الوزير إن الحكومة ستطرح القانون.\\n\\nفقرة ثانية"',
    )
    again = documents_from_conllu(spaced)[0]
    assert again.text.endswith("فقرة ثانية")
    assert again.sentences[0].words[2].text == "الوزير"


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ("1\tقال\tقال\tVERB\n", "expected 10 tab-separated columns"),
        ("2\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n", "out of sequence"),
        ("1\tقال\tقال\tVERB\t_\t_\t7\troot\t_\t_\n", "outside the sentence"),
        ("1\tقال\tقال\tVERB\t_\t_\tx\troot\t_\t_\n", "is not a number"),
    ],
)
def test_malformed_conllu_is_a_located_error(broken: str, message: str) -> None:
    with pytest.raises(ConlluError, match=message) as caught:
        documents_from_conllu("# text = قال\n" + broken, source="bad.conllu")
    assert "bad.conllu" in str(caught.value)


def _rows(*heads: int) -> str:
    words = ["قال", "الوزير", "إن", "الاجتماع", "انتهى"]
    return "".join(
        f"{number}\t{word}\t{word}\tX\t_\t_\t{head}\t{'root' if head == 0 else 'dep'}\t_\t_\n"
        for number, (word, head) in enumerate(zip(words, heads, strict=False), 1)
    ) + "\n"


@pytest.mark.parametrize(
    ("heads", "message"),
    [
        ((2, 1), r"the heads form a cycle \(1 → 2 → 1\): not a tree"),
        ((0, 3, 4, 2), r"the heads form a cycle \(2 → 3 → 4 → 2\): not a tree"),
        ((2, 1, 0), r"the heads form a cycle \(1 → 2 → 1\): not a tree"),
        ((0, 1, 0), r"a sentence has one root \(head 0\), this one has 2: 1, 3"),
    ],
)
def test_a_sentence_that_is_not_a_tree_is_refused_when_read(heads: tuple[int, ...], message: str) -> None:
    # a cycle would send every walk up the heads round forever
    with pytest.raises(ConlluError, match=message):
        documents_from_conllu("# sent_id = s1\n" + _rows(*heads), source="cycle.conllu")


def test_a_parse_cache_document_reads_back_with_its_tags_through_either_reader() -> None:
    # what `quotes parse` writes is read in one pass; the same rows with MISC in another order take the general reader
    document = attrs.evolve(
        documents_from_conllu(PUD_LI_OBAMA)[0], entity_tags=(("O", "O", "O", "S-PERS"),)
    )
    written = document.to_conllu()
    reordered = written.replace("start_char=16|end_char=17|SpaceAfter=No", "SpaceAfter=No|start_char=16|end_char=17")
    assert reordered != written
    for conllu in (written, reordered):
        again = documents_from_conllu(conllu)[0]
        assert again.text == document.text
        assert again.entity_tags == document.entity_tags
        assert [sentence.words for sentence in again.sentences] == [sentence.words for sentence in document.sentences]
        for read, built in zip(again.sentences[0].words, document.sentences[0].words, strict=True):
            assert (read.lemma_key, read.keys, read.token_keys, read.trigger_keys) == (
                built.lemma_key, built.keys, built.token_keys, built.trigger_keys
            )
        assert [again.sentences[0].children(index) for index in range(5)] == [
            document.sentences[0].children(index) for index in range(5)
        ]


def test_a_documents_entity_spans_are_its_sentences_tag_spans() -> None:
    document = documents_from_conllu(PUD_LI_OBAMA)[0]
    assert document.entity_spans is None  # not tagged
    tagged = attrs.evolve(document, entity_tags=(("B-ORG", "E-ORG", "O", "S-PERS"),))
    assert tagged.entity_spans == (tuple(tag_spans(("B-ORG", "E-ORG", "O", "S-PERS"))),) == (((0, 2, "ORG"), (3, 4, "PERS")),)


def test_a_word_built_without_its_readings_computes_them() -> None:
    from quotes.graph import Word, readings_of
    from quotes.normalize import form_keys, normalize

    word = Word(2, "قال", "قَال", "VERB", "_", (), 0, "root", 1, 4, "وقال", token_first=False)
    assert word.lemma_key == normalize("قَال") == "قال"
    assert word.keys == form_keys("قال")
    assert word.token_keys == form_keys("وقال")
    assert (word.lemma_key, word.keys, word.token_keys, word.trigger_keys, word.spelling) == readings_of(
        "قَال", "قال", "وقال", "VERB"
    )
    assert word.spelling == ("قال", "وقال", "VERB", "قال")
    assert "وقال" in word.trigger_keys and "قال" in word.trigger_keys
    # the readings follow from the other fields: they take no part in comparisons or the repr
    assert word == attrs.evolve(word, keys=())
    assert "keys" not in repr(word)


def test_a_word_behaves_as_the_attrs_class_of_its_fields() -> None:
    """Word is written out (compiled, an extension type); what it does is what attrs generates for its fields."""
    import pickle

    from quotes.graph import Word, _WordFields

    fields = (2, "قال", "قَال", "VERB", "_", (("Aspect", "Perf"),), 0, "root", 1, 4, "وقال")
    word, described = Word(*fields, token_first=False), _WordFields(*fields, token_first=False)
    assert repr(word).removeprefix("Word") == repr(described).removeprefix("_WordFields")
    assert attrs.has(Word) and attrs.fields(Word) == attrs.fields(_WordFields)
    assert attrs.asdict(word) == attrs.asdict(described)
    readings = ("lemma_key", "keys", "token_keys", "trigger_keys", "spelling")
    assert [getattr(word, name) for name in readings] == [getattr(described, name) for name in readings]
    moved = attrs.evolve(word, start=11, end=14)
    assert isinstance(moved, Word) and (moved.start, moved.end, moved.keys) == (11, 14, word.keys)
    assert moved != word and not moved == word and word == attrs.evolve(word, keys=()) and not word != word
    assert word.__eq__(described) is NotImplemented and word != described
    copied = pickle.loads(pickle.dumps(word))  # noqa: S301  # its own object: as a worker's results travel
    assert copied == word and copied.trigger_keys == word.trigger_keys
    word.feats = ()  # a word's fields can be set, as an attrs class's that is not frozen
    assert word.feat("Aspect") is None


def test_words_hash_by_their_annotation_as_the_words_of_a_set() -> None:
    graph = sentence_from_conllu(PADT_WA_QALA)[1]
    again = documents_from_conllu(documents_from_conllu(PADT_WA_QALA)[0].to_conllu())[0].sentences[0]
    # read twice, the same words: equal, hashed alike (the readings take no part), found in a set or a dictionary
    assert graph.words == again.words
    assert list(map(hash, graph.words)) == list(map(hash, again.words))
    assert set(graph.words) == set(again.words) and len(set(graph.words)) == len(graph.words)
    assert {word: word.index for word in graph.words}[again.words[1]] == 2
    assert hash(attrs.evolve(graph.words[0], keys=())) == hash(graph.words[0])


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_the_parse_cache_reader_accepts_the_trees_the_general_reader_accepts(count: int) -> None:
    """Every head sequence of 1-4 words with heads inside the sentence and no word its own head (the rest the
    parse-cache reader refuses before its tree check): one tree for one reader is one for the other, with the same
    dependents."""
    from itertools import product

    from quotes.conllu_reading import _tree_children, check_tree
    from quotes.graph import SentenceGraph, Word

    for heads in product(range(count + 1), repeat=count):
        if any(head == number for number, head in enumerate(heads, 1)):
            continue
        words = tuple(
            Word(number, "قال", "قال", "X", "_", (), head, "dep", 0, 3, "قال") for number, head in enumerate(heads, 1)
        )
        children = _tree_children(words)
        try:
            check_tree(words)
        except ConlluError:
            assert children is None, heads
            continue
        assert children is not None, heads
        graph = SentenceGraph(index=0, words=words, start=0, end=3)
        assert children == tuple(graph.children(index) for index in range(count + 1)), heads


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("\t0\troot", "\t2\troot", r"the heads form a cycle \(1 → 2 → 1\)"),
        ("start_char=9|end_char=15", "start_char=9|end_char=14", r"token 'الخاصة' has no start_char/end_char that index"),
        ("\t1\tamod", "\t_\tamod", r"a sentence has one root \(head 0\), this one has 2: 1, 2"),
    ],
)
def test_a_broken_parse_cache_document_gets_the_general_readers_error(old: str, new: str, message: str) -> None:
    written = documents_from_conllu(PUD_LI_OBAMA)[0].to_conllu()
    assert old in written
    with pytest.raises(ConlluError, match=message):
        documents_from_conllu(written.replace(old, new, 1))


@pytest.mark.parametrize(
    ("ids", "plain"),
    [(("1", "2", "3"), True), (("1", "3"), False), (("1-2", "1", "2"), False), (("1", "1.1", "2"), False), (("10",), False), ((), True)],
)
def test_a_block_is_plain_where_its_word_ids_count_from_one(ids: tuple[str, ...], plain: bool) -> None:
    from quotes.conllu_reading import _Block

    lines = [f"{word_id}\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_" for word_id in ids]
    block = _Block({}, lines, list(range(1, len(lines) + 1)), 1)
    assert block.plain() is plain
    assert plain == ([line[: line.find("\t")] for line in lines] == [str(number) for number in range(1, len(lines) + 1)])


def test_words_within_is_the_words_inside_the_stretch_whether_offsets_run_in_order_or_not() -> None:
    from quotes.graph import SentenceGraph, Word

    def sentence(offsets: list[tuple[int, int]]) -> SentenceGraph:
        words = tuple(
            Word(number, "قال", "قال", "X", "_", (), 0 if number == 1 else 1, "dep", start, end, "قال")
            for number, (start, end) in enumerate(offsets, 1)
        )
        return SentenceGraph(index=0, words=words, start=min(s for s, _ in offsets), end=max(e for _, e in offsets))

    in_order = sentence([(0, 3), (4, 5), (4, 5), (6, 9), (10, 13)])  # two clitic words with their token's offsets
    out_of_order = sentence([(6, 9), (0, 3), (10, 13), (4, 5)])
    assert in_order._word_bounds is not None and out_of_order._word_bounds is None
    for graph in (in_order, out_of_order):
        for start in range(-1, 15):
            for end in range(-1, 15):
                expected = [word for word in graph.words if start <= word.start and word.end <= end]
                assert graph.words_within(start, end) == expected


@pytest.mark.parametrize("mark", ["\u2028", "\x85", "\x0c", "\r"])
def test_a_line_break_inside_a_row_cuts_it_as_splitlines_does(mark: str) -> None:
    # the reader splits at \n alone where the text holds no other line break; where it does, every break counts
    text = PUD_LI_OBAMA.replace("الخاصة\tخَاصّ", f"الخا{mark}صة\tخَاصّ")
    with pytest.raises(ConlluError, match="expected 10 tab-separated columns"):
        documents_from_conllu(text)


@pytest.mark.parametrize("text", [PUD_LI_OBAMA, PUD_LI_OBAMA.rstrip("\n"), PADT_WA_QALA + "\n\n", "", "\n"])
def test_the_readers_lines_are_splitlines_and_at_most_one_blank_line_more(text: str) -> None:
    from quotes.conllu_reading import _lines

    lines = _lines(text)
    assert lines == text.splitlines() or lines == [*text.splitlines(), ""]


def test_a_token_across_a_line_break_is_written_on_one_row() -> None:
    # a numbered list (`Bloons TD 5\n5. لعبة …`): the tokenizer made one token of `5\n5`; its row must stay one row, and
    # its offsets still index the text, line break and all
    document = documents_from_conllu(PUD_LI_OBAMA)[0]
    words = list(document.sentences[0].words)
    first = words[0]
    text = "5\n5" + document.text[first.end :]
    shift = 3 - (first.end - first.start)
    moved = [attrs.evolve(word, start=word.start + shift, end=word.end + shift) for word in words[1:]]
    across = "5\n5"
    crossing = attrs.evolve(first, text=across, lemma=across, token_text=across, start=0, end=3)
    sentence = attrs.evolve(document.sentences[0], words=(crossing, *moved), start=0, end=len(text))
    broken = attrs.evolve(document, text=text, sentences=(sentence,))
    again = documents_from_conllu(broken.to_conllu(), source="list.conllu")[0]
    assert again.text == text
    assert [(word.start, word.end) for word in again.sentences[0].words] == [(word.start, word.end) for word in sentence.words]
    assert again.sentences[0].words[0].text == "5 5"
