"""PADT → shared conventions, the document split and the orthographic noise (quotes.training).

Fixtures are small CoNLL-U sentences written for these tests in PADT's UD v1
style (vocalized forms, ``# orig_file_sentence``); nothing here trains a model.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from quotes.training import harmonize, treebanks
from quotes.training.data import Sentence, read_conllu

# و as root with the clause as parataxis, a foreign name headed by its last word, nmod of a verb,
# a negation, a direct object and a construct-state feature
PADT_STATEMENT = """\
# sent_id t-1
# orig_file_sentence TESTDOC_A#1
1	وَ	وَ	CONJ	C---------	_	0	root	_	_
2	أَعلَنَ	أَعلَن	VERB	VP-A-3MS--	Aspect=Perf|Person=3	1	parataxis	_	_
3	اَلمُتَحَدِّثُ	مُتَحَدِّث	NOUN	N------S1D	Case=Nom|Definite=Def	2	nsubj	_	_
4	جُون	جُون	X	X---------	Foreign=Foreign	5	foreign	_	_
5	سمِيث	سمِيث	X	X---------	Foreign=Foreign	3	nmod	_	_
6	فِي	فِي	ADP	P---------	AdpType=Prep	7	case	_	_
7	بَيَانٍ	بَيَان	NOUN	N------S2I	Case=Gen|Definite=Ind	2	nmod	_	_
8	أَنَّ	أَنَّ	CONJ	C---------	_	11	mark	_	_
9	اَللَّجنَةَ	لَجنَة	NOUN	N------S4D	Case=Acc|Definite=Def	11	nsubj	_	_
10	لَم	لَم	PART	F---------	_	11	neg	_	_
11	تُنهِ	أَنهَى	VERB	VIJA-3FS--	Mood=Jus	2	ccomp	_	_
12	عَمَلَ	عَمَل	NOUN	N------S4R	Case=Acc|Definite=Red	11	dobj	_	_
13	هَا	هُوَ	PRON	SP---3FS2-	PronType=Prs	12	nmod	_	_
14	.	.	PUNCT	G---------	_	1	punct	_	_

"""

# a given name PADT analysed as a noun next to an unanalysed family name; a relative pronoun as cc;
# a passive subject; the same given name as an ordinary adjective
PADT_NAMES = """\
# sent_id t-2
# orig_file_sentence TESTDOC_A#2
1	رَحَّبَ	رَحَّب	VERB	VP-A-3MS--	Aspect=Perf	0	root	_	_
2	اَلسَّفِيرُ	سَفِير	NOUN	N------S1D	Case=Nom|Definite=Def	1	nsubj	_	_
3	عَادِل	عَادِل	NOUN	N------S1I	Case=Nom|Definite=Ind	4	nmod	_	_
4	المنصوري	المنصوري	X	U---------	_	2	nmod	_	_
5	بِ	بِ	ADP	P---------	AdpType=Prep	6	case	_	_
6	قَرَارٍ	قَرَار	NOUN	N------S2I	Case=Gen|Definite=Ind	1	nmod	_	_
7	عَادِلٍ	عَادِل	ADJ	A-----MS2I	Case=Gen|Definite=Ind	6	amod	_	_
8	اَلَّذِي	اَلَّذِي	PRON	SR----MS1-	PronType=Rel	6	cc	_	_
9	اُتُّخِذَ	اِتَّخَذ	VERB	VP-P-3MS--	Voice=Pass	6	acl	_	_
10	أَمسِ	أَمسِ	NOUN	N------S4I	Case=Acc	9	nmod	_	_
11	وَ	وَ	CONJ	C---------	_	12	cc	_	_
12	اُستُقبِلَ	اِستَقبَل	VERB	VP-P-3MS--	Voice=Pass	1	conj	_	_
13	اَلوَفدُ	وَفد	NOUN	N------S1D	Case=Nom|Definite=Def	12	nsubjpass	_	_

"""

# PADT heads a counted noun by its number (the seed's نقلت رويترز عن ثلاثة مصادر مطلعة قولها)
PADT_NUMBER_HEAD = """\
# sent_id t-3
# orig_file_sentence TESTDOC_B#1
1	نَقَلَت	نَقَل	VERB	VP-A-3FS--	Aspect=Perf	0	root	_	_
2	رويترز	رويترز	X	U---------	_	1	nsubj	_	_
3	عَن	عَن	ADP	P---------	AdpType=Prep	4	case	_	_
4	ثَلَاثَةِ	ثَلَاث	NUM	QL------2R	Case=Gen	1	nmod	_	_
5	مَصَادِرَ	مَصدَر	NOUN	N------P2I	Case=Gen|Definite=Ind	4	nmod	_	_
6	مُطَّلِعَةٍ	مُطَّلِع	ADJ	A-----FS2I	Case=Gen|Definite=Ind	5	amod	_	_
7	قَولَ	قَول	NOUN	N------S4R	Case=Acc|Definite=Red	1	dobj	_	_
8	هَا	هُوَ	PRON	SP---3FS2-	PronType=Prs	7	nmod	_	_
9	بَينَ	بَينَ	ADP	P---------	AdpType=Prep	10	case	_	_
10	أَربَعَةِ	أَربَع	NUM	QL------2R	Case=Gen	7	nmod	_	_
11	مِن	مِن	ADP	P---------	AdpType=Prep	12	case	_	_
12	اَلمَصَادِرِ	مَصدَر	NOUN	N------P2D	Case=Gen|Definite=Def	10	nmod	_	_

"""

# today as a bare nmod of the verb, a prepositional object (dobj with a preposition), the future سَـ
# and قَد as aux, a relative clause without a pronoun (acl), an أن clause on a noun (acl), and a
# lemma with the shadda before its vowel (PADT's order)
PADT_PARTICLES = """\
# sent_id t-4
# orig_file_sentence TESTDOC_B#2
1	قَالَ	قَال	VERB	VP-A-3MS--	Aspect=Perf	0	root	_	_
2	اَلوَزِيرُ	وَزِير	NOUN	N------S1D	Case=Nom|Definite=Def	1	nsubj	_	_
3	اَليَومَ	يَوم	NOUN	N------S4D	Case=Acc|Definite=Def	1	nmod	_	_
4	إِنَّ	إِنَّ	CONJ	C---------	_	7	mark	_	_
5	اَلحُكُومَةَ	حُكُومَة	NOUN	N------S4D	Case=Acc|Definite=Def	7	nsubj	_	_
6	سَ	سَ	PART	F---------	_	7	aux	_	_
7	تَرُدُّ	رَدّ	VERB	VIIA-3FS--	Aspect=Imp	1	ccomp	_	_
8	عَلَى	عَلَى	ADP	P---------	AdpType=Prep	9	case	_	_
9	طَلَبٍ	طَلَب	NOUN	N------S2I	Case=Gen|Definite=Ind	7	dobj	_	_
10	قَد	قَد	PART	F---------	_	11	aux	_	_
11	قَدَّمَ	قَدَّm	VERB	VP-A-3MS--	Aspect=Perf	9	acl	_	_
12	هُ	هُوَ	PRON	SP---3MS4-	PronType=Prs	11	dobj	_	_
13	نَائِبٌ	نَائِب	NOUN	N------S1I	Case=Nom|Definite=Ind	11	nsubj	_	_
14	أَن	أَن	CONJ	C---------	_	15	mark	_	_
15	يُستَجَابَ	اِستَجَاب	VERB	VISP-3MS--	Voice=Pass	9	acl	_	_

"""

# an emphatic إنّ heading the noun after it (PADT's advmod:emph with its nsubj), written for the test
PADT_EMPHATIC_INNA = """\
# sent_id t-9
# orig_file_sentence TESTDOC_C#1
1	فَ	فَ	CONJ	C---------	_	2	cc	_	_
2	إِنَّ	إِنَّ	CONJ	C---------	_	4	advmod:emph	_	_
3	اَلشَّرِكَةَ	شَرِكَة	NOUN	N------S4D	Case=Acc|Definite=Def	2	nsubj	_	_
4	تُعلِنُ	أَعلَن	VERB	VIIA-3FS--	Aspect=Imp	0	root	_	_
5	أَربَاحَ	رِبح	NOUN	N------P4R	Case=Acc|Definite=Red	4	dobj	_	_
6	هَا	هُوَ	PRON	SP---3FS2-	PronType=Prs	5	nmod	_	_
7	.	.	PUNCT	G---------	_	4	punct	_	_

"""

PUD_INITIAL_WA = """\
# newdoc id = p1
# sent_id = p1-1
# text = وأكدت الشركة ذلك.
1	و	و	PART	RP	_	2	compound:prt	_	SpaceAfter=No
2	أكدت	أَكَّد	VERB	VBC	Aspect=Perf	0	root	_	_
3	الشركة	شَرِكَة	NOUN	NN	Case=Nom|Definite=Def	2	nsubj	_	_
4	ذلك	ذٰلِك	PRON	DEM	_	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _convert(tmp_path: Path, text: str) -> dict[int, tuple[str, ...]]:
    (sentence,) = harmonize.read_padt(_write(tmp_path, "padt.conllu", text))
    converted = harmonize.convert_padt(sentence, pud_upos={}, given_names=frozenset({"عادل", "صالح"}))
    return {int(row[0]): row for row in converted.rows}


def _arc(row: tuple[str, ...]) -> tuple[str, str, int, str]:
    """form, UPOS, head, deprel"""
    return row[1], row[3], int(row[6]), row[7]


def test_padt_statement_follows_ud_v2_and_the_verb_is_the_root(tmp_path: Path) -> None:
    words = _convert(tmp_path, PADT_STATEMENT)
    assert _arc(words[1]) == ("و", "CCONJ", 2, "cc")
    assert _arc(words[2]) == ("أعلن", "VERB", 0, "root")
    assert _arc(words[14]) == (".", "PUNCT", 2, "punct")  # the root's other dependents follow it
    # the foreign name is one PROPN name headed by its first word
    assert _arc(words[4]) == ("جون", "PROPN", 3, "nmod")
    assert _arc(words[5]) == ("سميث", "PROPN", 4, "flat")
    assert _arc(words[7])[3] == "obl"  # nmod of a verb
    assert _arc(words[8]) == ("أن", "SCONJ", 11, "mark")
    assert _arc(words[10])[3] == "advmod"  # neg
    assert _arc(words[12])[3] == "obj"  # dobj
    assert _arc(words[13])[3] == "nmod"  # nmod of a noun stays
    assert words[12][5] == "Case=Acc|Definite=Cons"
    assert words[4][5] == "Foreign=Yes"
    assert {row[4] for row in words.values()} == {"_"}  # XPOS blanked
    assert words[2][2] == "أَعلَن"  # lemmas keep their vowels by default


def test_vowel_marks_are_removed_from_forms_only_unless_asked(tmp_path: Path) -> None:
    (sentence,) = harmonize.read_padt(_write(tmp_path, "padt.conllu", PADT_STATEMENT))
    plain = harmonize.convert_padt(sentence, pud_upos={}, given_names=frozenset())
    stripped = harmonize.convert_padt(sentence, pud_upos={}, given_names=frozenset(), strip_lemmas=True)
    assert [row[1] for row in plain.rows][:4] == ["و", "أعلن", "المتحدث", "جون"]
    assert [row[2] for row in stripped.rows][:3] == ["و", "أعلن", "متحدث"]
    assert harmonize.strip_vowels("اَلمُتَّحِدَةُ") == "المتحدة"


def test_given_name_in_name_position_becomes_a_name_and_an_adjective_stays(tmp_path: Path) -> None:
    words = _convert(tmp_path, PADT_NAMES)
    assert _arc(words[3]) == ("عادل", "PROPN", 2, "nmod")
    assert _arc(words[4]) == ("المنصوري", "PROPN", 3, "flat")
    assert _arc(words[7]) == ("عادل", "ADJ", 6, "amod")  # "a just decision": no name next to it


def test_relative_pronoun_and_passive_subject(tmp_path: Path) -> None:
    words = _convert(tmp_path, PADT_NAMES)
    assert _arc(words[8]) == ("الذي", "PRON", 9, "nsubj")
    assert _arc(words[9])[2:] == (6, "acl:relcl")
    assert _arc(words[10])[3] == "obl"  # nmod of the passive verb
    assert _arc(words[11]) == ("و", "CCONJ", 12, "cc")  # a medial conjunction keeps its place
    assert _arc(words[13])[3] == "nsubj:pass"


def test_unanalysed_word_takes_the_upos_pud_gives_it(tmp_path: Path) -> None:
    (sentence,) = harmonize.read_padt(_write(tmp_path, "padt.conllu", PADT_NAMES))
    converted = harmonize.convert_padt(sentence, pud_upos={"المنصوري": "NOUN"}, given_names=frozenset())
    assert converted.rows[3][3] == "NOUN"
    assert converted.rows[2][3] == "NOUN"  # no name next to it now


def test_pud_initial_conjunction_becomes_cc(tmp_path: Path) -> None:
    (sentence,) = read_conllu(_write(tmp_path, "pud.conllu", PUD_INITIAL_WA))
    rows = harmonize.convert_pud(sentence).rows
    assert _arc(rows[0]) == ("و", "CCONJ", 2, "cc")
    assert _arc(rows[1]) == ("أكدت", "VERB", 0, "root")
    assert {row[4] for row in rows} == {"_"}
    assert rows[0][9] == "SpaceAfter=No"


def test_a_number_hands_its_slot_to_the_noun_it_counts(tmp_path: Path) -> None:
    words = _convert(tmp_path, PADT_NUMBER_HEAD)
    assert _arc(words[5]) == ("مصادر", "NOUN", 1, "obl")  # the noun takes the number's slot (nmod of a verb → obl)
    assert _arc(words[4]) == ("ثلاثة", "NUM", 5, "nummod")
    assert _arc(words[3]) == ("عن", "ADP", 5, "case")  # the preposition moves with the slot
    assert _arc(words[6]) == ("مطلعة", "ADJ", 5, "amod")
    assert _arc(words[7])[2:] == (1, "obj")  # an object without a preposition stays obj
    # a noun with a preposition of its own is a partitive: the number keeps the slot
    assert _arc(words[10])[2:] == (7, "nmod")
    assert _arc(words[12])[2:] == (10, "nmod")


def test_padt_particles_objects_time_nouns_and_relative_clauses_follow_pud(tmp_path: Path) -> None:
    words = _convert(tmp_path, PADT_PARTICLES)
    assert _arc(words[3]) == ("اليوم", "NOUN", 1, "obl:tmod")
    assert _arc(words[6])[3] == "compound:prt"  # the future سـ
    assert _arc(words[10])[3] == "compound:prt"  # قد
    assert _arc(words[9])[3] == "obl"  # a prepositional object
    assert _arc(words[12])[3] == "obj"
    assert _arc(words[11])[2:] == (9, "acl:relcl")  # a verb clause on a noun without a mark
    assert _arc(words[15])[2:] == (9, "acl")  # an أن clause stays acl
    assert words[4][2] == "إِنَّ" == "\u0625\u0650\u0646\u064e\u0651"  # NFC: the vowel before the shadda
    assert words[7][2] == "رَدّ"


def test_an_emphatic_inna_hands_its_subject_to_the_predicate(tmp_path: Path) -> None:
    words = _convert(tmp_path, PADT_EMPHATIC_INNA)
    assert _arc(words[2]) == ("إن", "PART", 4, "compound:prt")  # PUD's sentence-level إنّ, a leaf
    assert _arc(words[3]) == ("الشركة", "NOUN", 4, "nsubj")  # the subject of the verb, as the rules read it
    assert _arc(words[1]) == ("ف", "CCONJ", 4, "cc")
    assert _arc(words[5])[2:] == (4, "obj")
    # an أنّ that marks a clause (mark) keeps its place and its subject stays on the clause's verb
    particles = _convert(tmp_path, PADT_PARTICLES)
    assert _arc(particles[4])[2:] == (7, "mark") and _arc(particles[5])[2:] == (7, "nsubj")


def test_pud_lemmas_are_put_in_canonical_order(tmp_path: Path) -> None:
    text = PUD_INITIAL_WA.replace("أَكَّد", "أَكّ\u064eد")  # PADT's order: the shadda first
    assert text != PUD_INITIAL_WA
    (sentence,) = read_conllu(_write(tmp_path, "pud.conllu", text))
    rows = harmonize.convert_pud(sentence).rows
    assert rows[1][2] == "أَكَّد" == "\u0623\u064e\u0643\u064e\u0651\u062f"


def test_read_padt_reads_gzip_and_names_the_document(tmp_path: Path) -> None:
    path = tmp_path / "ar-ud-dev.conllu.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(PADT_STATEMENT + PADT_NAMES)
    sentences = harmonize.read_padt(path)
    assert [s.doc_id for s in sentences] == ["TESTDOC_A", "TESTDOC_A"]


def test_read_padt_rejects_a_sentence_without_its_document(tmp_path: Path) -> None:
    text = PADT_STATEMENT.replace("# orig_file_sentence TESTDOC_A#1\n", "")
    with pytest.raises(ValueError, match="orig_file_sentence"):
        harmonize.read_padt(_write(tmp_path, "padt.conllu", text))


def _documents(n_docs: int, per_doc: int) -> list[Sentence]:
    (template,) = read_conllu_text(PADT_NAMES)
    return [
        Sentence(f"DOC{d:02d}", (f"# orig_file_sentence DOC{d:02d}#{k + 1}",), template.rows) for d in range(n_docs) for k in range(per_doc)
    ]


def read_conllu_text(text: str) -> list[Sentence]:
    sentences = []
    for block in text.strip().split("\n\n"):
        lines = block.splitlines()
        sentences.append(
            Sentence("", tuple(x for x in lines if x.startswith("#")), tuple(tuple(x.split("\t")) for x in lines if not x.startswith("#")))
        )
    return sentences


def test_split_keeps_every_document_whole_and_is_reproducible() -> None:
    sentences = _documents(30, 3) + _documents(5, 7)[: 5 * 7]  # uneven documents too
    sentences = [Sentence(f"{s.doc_id}-{i // 50}", s.comments, s.rows) for i, s in enumerate(sentences)]
    parts = treebanks.split_documents(sentences, {"test": 20, "dev": 15})
    owners: dict[str, set[str]] = {}
    for part, members in parts.items():
        for sentence in members:
            owners.setdefault(sentence.doc_id, set()).add(part)
    assert all(len(parts_of_doc) == 1 for parts_of_doc in owners.values())
    assert sum(len(members) for members in parts.values()) == len(sentences)
    assert 20 <= len(parts["test"]) < 20 + 7 and 15 <= len(parts["dev"]) < 15 + 7
    again = treebanks.split_documents(sentences, {"test": 20, "dev": 15})
    assert {p: [s.doc_id for s in m] for p, m in again.items()} == {p: [s.doc_id for s in m] for p, m in parts.items()}
    other_seed = treebanks.split_documents(sentences, {"test": 20, "dev": 15}, seed=7)
    assert [s.doc_id for s in other_seed["test"]] != [s.doc_id for s in parts["test"]]


def test_orthographic_noise_is_seeded_and_only_rewrites_its_letters() -> None:
    (statement,) = read_conllu_text(PADT_STATEMENT)
    words = [harmonize.strip_vowels(row[1]) for row in statement.rows]
    base = Sentence("D", (), tuple((row[0], w, *row[2:]) for row, w in zip(statement.rows, words, strict=True)))
    sentences = [base] * 200
    first = treebanks.add_orthographic_noise(sentences, seed=3)
    assert first == treebanks.add_orthographic_noise(sentences, seed=3)
    assert first != treebanks.add_orthographic_noise(sentences, seed=4)
    forms = [tuple(row[1] for row in s.rows) for s in first]
    without_hamza = sum(1 for f in forms if "أعلن" not in f)
    assert 0.2 * 200 < without_hamza < 0.5 * 200  # NOISE_SHARES["hamza"] = 0.35
    for f in forms:
        assert f[1] in ("أعلن", "اعلن")
        assert f[8] in ("اللجنة", "اللجنه")  # final ta marbuta only
        assert f[0] == "و" and f[13] == "."
    assert all(s.rows[1][2] == base.rows[1][2] for s in first)  # lemmas untouched


def test_given_names_are_read_from_the_rules_the_extractor_reads() -> None:
    # the same file in a checkout and in an installed package (quotes/_rules), never a path above the package
    from quotes.grammar.loader import default_rules_dir

    assert harmonize.GIVEN_NAMES == default_rules_dir() / "lexicons" / "given_names.tsv"
    assert {harmonize.normal_form("عادل"), harmonize.normal_form("خالد")} <= harmonize.load_given_names()


NAMES_AND_WORDS = """# sent_id = n1
1\tقال\tقال\tVERB\t_\tGender=Masc|Person=3\t0\troot\t_\t_
2\tخالد\tخالد\tPROPN\t_\tGender=Masc\t1\tnsubj\t_\tTranslit=ḫālid
3\tالشهري\tالشهري\tPROPN\t_\t_\t2\tflat\t_\t_
4\tإن\tإن\tSCONJ\t_\t_\t6\tmark\t_\t_
5\tالحكم\tحكم\tNOUN\t_\t_\t6\tnsubj\t_\t_
6\tعادل\tعادل\tADJ\t_\t_\t1\tccomp\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

# sent_id = n2
1\tقالت\tقال\tVERB\t_\tGender=Fem|Person=3\t0\troot\t_\t_
2\tمنى\tمنى\tPROPN\t_\tGender=Fem\t1\tnsubj\t_\t_
3\tإن\tإن\tSCONJ\t_\t_\t6\tmark\t_\t_
4\tأمل\tأمل\tNOUN\t_\t_\t6\tnsubj\t_\t_
5\tالناس\tناس\tNOUN\t_\t_\t4\tnmod\t_\t_
6\tكبير\tكبير\tADJ\t_\t_\t1\tccomp\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

# sent_id = n3
1\tزار\tزار\tVERB\t_\t_\t0\troot\t_\t_
2\tالوفد\tوفد\tNOUN\t_\t_\t1\tnsubj\t_\t_
3\tكامب\tكامب\tPROPN\t_\t_\t1\tobj\t_\t_
4\tديفيد\tديفيد\tPROPN\t_\t_\t3\tflat\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_"""

LEXICON = {"خالد": "m", "عادل": "m", "منى": "f", "أمل": "f", "ديفيد": "m"}


def test_word_like_given_names_are_the_lexicon_names_the_treebank_also_uses_as_words() -> None:
    sentences = read_conllu_text(NAMES_AND_WORDS)
    assert treebanks.word_like_given_names(sentences, LEXICON) == {"m": ["عادل"], "f": ["أمل"]}


def test_a_name_variant_puts_a_word_like_name_of_the_same_gender_in_the_name_position() -> None:
    sentences = read_conllu_text(NAMES_AND_WORDS)
    variants = treebanks.add_name_variants(sentences, LEXICON, {"m": ["عادل"], "f": ["أمل"]})
    assert [c for s in variants for c in s.comments if "variant" in c] == ["# name_variant_of = n1", "# name_variant_of = n2"]
    khalid, mona = variants
    assert khalid.rows[1] == ("2", "عادل", "عادل", "PROPN", "_", "Gender=Masc", "1", "nsubj", "_", "_")  # no Translit of خالد
    assert khalid.rows[2] == sentences[0].rows[2]  # the surname stays
    assert khalid.rows[5] == sentences[0].rows[5]  # the adjective stays an adjective
    assert mona.rows[1][1:4] == ("أمل", "أمل", "PROPN") and mona.rows[3][3] == "NOUN"
    assert all(not c.startswith("# text") for s in variants for c in s.comments)
    # ديفيد of كامب ديفيد is the flat part of a place's name: no copy of the third sentence


def test_a_name_is_never_replaced_by_itself_and_the_draw_is_seeded() -> None:
    sentences = read_conllu_text(NAMES_AND_WORDS.replace("خالد", "عادل"))
    variants = treebanks.add_name_variants(sentences, LEXICON, {"m": ["عادل"], "f": ["أمل"]})
    assert [c for s in variants for c in s.comments if "variant" in c] == ["# name_variant_of = n2"]
    words = {"m": ["عادل", "سعيد", "صالح", "جمال"], "f": ["أمل"]}
    lexicon = {**LEXICON, "سعيد": "m", "صالح": "m", "جمال": "m"}
    many = [Sentence("D", (f"# sent_id = s{i}",), read_conllu_text(NAMES_AND_WORDS)[0].rows) for i in range(40)]
    first = treebanks.add_name_variants(many, lexicon, words, seed=5)
    assert first == treebanks.add_name_variants(many, lexicon, words, seed=5)
    assert len({s.rows[1][1] for s in first}) > 1 and all(s.rows[1][1] in words["m"] for s in first)


def test_given_name_genders_come_from_the_lexicon() -> None:
    genders = harmonize.load_given_name_genders()
    assert genders["عادل"] == "m" and genders["منى"] == "f" and genders["هيلاري"] == "f"


def test_news_prep_adds_name_variants_unless_told_not_to() -> None:
    # session 46 measured the tagger with and without them (MODEL.md): with them it reads word-like names in name
    # position as names, and news-prep (and so `all`) adds them by default
    from quotes.training.__main__ import build_parser

    parser = build_parser()
    assert parser.parse_args(["news-prep"]).name_variants is True
    assert parser.parse_args(["news-prep", "--no-name-variants"]).name_variants is False
