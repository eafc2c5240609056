"""The matcher: paths, optional nodes, negated edges, filters, evidence — and fuzzing."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.conllu_reading import sentence_from_conllu
from quotes.errors import QuotesError
from quotes.grammar import load_grammar
from quotes.grammar.paths import UD_RELATIONS
from quotes.graph import SentenceGraph, Word
from quotes.match import Matcher, trace_rule

RULES = Path(__file__).resolve().parent.parent / "rules"

LAVROV = """# text = وقال وزير الخارجية الروسي سيرجي لافروف إن الانسحاب جعل الوضع أكثر غموضا.
1-2	وقال	_	_	_	_	_	_	_	_
1	و	وَ	CCONJ	C---------	_	0	root	_	_
2	قال	قَال	VERB	VP-A-3MS--	Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act	1	parataxis	_	_
3	وزير	وَزِير	NOUN	N------S1R	Case=Nom|Definite=Cons|Number=Sing	2	nsubj	_	_
4	الخارجية	خَارِجِيَّة	NOUN	N------S2D	Case=Gen|Definite=Def|Number=Sing	3	nmod	_	_
5	الروسي	رُوسِيّ	ADJ	A-----MS1D	Case=Nom|Definite=Def|Gender=Masc|Number=Sing	3	amod	_	_
6	سيرجي	سيرجي	X	X---------	_	3	appos	_	_
7	لافروف	لافروف	X	X---------	_	6	flat	_	_
8	إن	إِنَّ	SCONJ	C---------	_	10	mark	_	_
9	الانسحاب	اِنسِحَاب	NOUN	N------S4D	Case=Acc|Definite=Def|Number=Sing	10	nsubj	_	_
10	جعل	جَعَل	VERB	VP-A-3MS--	Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act	2	ccomp	_	_
11	الوضع	وَضع	NOUN	N------S4D	Case=Acc|Definite=Def|Number=Sing	10	obj	_	_
12	أكثر	أَكثَر	ADJ	A-----MS4I	Case=Acc|Definite=Ind|Number=Sing	10	xcomp	_	_
13	غموضا	غُمُوض	NOUN	N------S4I	Case=Acc|Definite=Ind|Number=Sing	12	nmod	_	SpaceAfter=No
14	.	.	PUNCT	G---------	_	2	punct	_	_

"""


def write_rules(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "rules"
    (folder / "lexicons").mkdir(parents=True)
    for name in ("reporting_verbs", "complementizers"):
        (folder / "lexicons" / f"{name}.tsv").write_text(
            (RULES / "lexicons" / f"{name}.tsv").read_text(encoding="utf-8"), encoding="utf-8"
        )
    (folder / "test.toml").write_text(body, encoding="utf-8")
    return folder


def test_a_rule_binds_cue_speaker_and_content_with_the_steps_that_reached_them(tmp_path: Path) -> None:
    folder = write_rules(
        tmp_path,
        """
[[rule]]
id = "wa-qala-inna"
description = "و root, قال under it as parataxis, nsubj and an إن clause"
[rule.nodes.cue]
lemma = "@reporting_verbs"
[rule.nodes.conj]
path = "cue <parataxis"
upos = "CCONJ"
[rule.nodes.speaker]
path = "cue >nsubj"
[rule.nodes.content]
path = "cue >ccomp|obj|parataxis"
[rule.nodes.complementizer]
path = "content >mark"
form = "@complementizers"
""",
    )
    _, graph = sentence_from_conllu(LAVROV)
    [match] = Matcher(load_grammar(folder)).match_sentence(graph)
    assert {name: word.text for name, word in match.bindings.items() if word} == {
        "cue": "قال",
        "conj": "و",
        "speaker": "وزير",
        "content": "جعل",
        "complementizer": "إن",
    }
    evidence = match.evidence()
    assert evidence.rule_id == "wa-qala-inna"
    routes = {binding.node: binding.path for binding in evidence.bindings}
    assert routes["conj"] == "cue <parataxis"
    assert (
        routes["complementizer"] == "content >ccomp >mark"[: len("content >mark")]
        or routes["complementizer"] == "content >mark"
    )


def test_optional_nodes_negated_edges_and_filters(tmp_path: Path) -> None:
    folder = write_rules(
        tmp_path,
        """
[[rule]]
id = "no-subject"
description = "a cue without an nsubj"
[rule.nodes.cue]
lemma = "@reporting_verbs"
without = [">nsubj"]

[[rule]]
id = "optional-via"
description = "an optional node that cannot be bound stays unbound"
[rule.nodes.cue]
lemma = ["قال"]
[rule.nodes.via]
path = "cue >obl[form=عن]"
optional = true
[rule.nodes.name]
path = "cue >nsubj >appos? >flat"
""",
    )
    _, graph = sentence_from_conllu(LAVROV)
    grammar = load_grammar(folder)
    matches = {match.rule.id: match for match in Matcher(grammar).match_sentence(graph)}
    assert "no-subject" not in matches
    assert matches["optional-via"].word("via") is None
    assert matches["optional-via"].word("name").text == "لافروف"
    trace = trace_rule(grammar.rule("no-subject"), graph)
    assert "has an edge it must not have: >nsubj" in str(trace.failures[0])


def test_the_trigger_index_skips_sentences_without_a_cue_lemma(grammar) -> None:  # type: ignore[no-untyped-def]
    _, graph = sentence_from_conllu(
        "# text = ذهب الولد\n1\tذهب\tذَهَب\tVERB\t_\t_\t0\troot\t_\t_\n2\tالولد\tوَلَد\tNOUN\t_\t_\t1\tnsubj\t_\t_\n"
    )
    traces = Matcher(grammar).trace_sentence(graph)
    skipped = [trace for trace in traces if not trace.tried]
    assert skipped and all("no trigger" in trace.failures[0].reason for trace in skipped)


BI_HASAB = """# text = بحسب وزارة الصحة ارتفع العدد.
1-2	بحسب	_	_	_	_	_	_	_	_
1	ب	بِ	ADP	P---------	_	2	case	_	_
2	حسب	حَسَب	NOUN	N------S2R	Case=Gen|Definite=Cons|Number=Sing	6	obl	_	_
3	وزارة	وِزَارَة	NOUN	N------S2R	Case=Gen|Definite=Cons|Number=Sing	2	nmod	_	_
4	الصحة	صِحَّة	NOUN	N------S2D	Case=Gen|Definite=Def|Number=Sing	3	nmod	_	_
5	ارتفع	اِرتَفَع	VERB	VP-A-3MS--	Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act	0	root	_	_
6	العدد	عَدَد	NOUN	N------S1D	Case=Nom|Definite=Def|Number=Sing	5	nsubj	_	SpaceAfter=No
7	.	.	PUNCT	G---------	_	5	punct	_	_

"""


def test_a_phrase_rule_is_tried_only_where_the_sentence_spells_one_of_its_phrases(grammar) -> None:  # type: ignore[no-untyped-def]
    """بحسب split by the parser into ب + حسب still spells بحسب; في and من (first words of other phrases) do not."""
    rule = grammar.rule("according-to-marker-head")
    _, split = sentence_from_conllu(BI_HASAB)
    assert trace_rule(rule, split).tried
    _, lavrov = sentence_from_conllu(LAVROV)
    trace = trace_rule(rule, lavrov)
    assert not trace.tried and "phrase" in trace.failures[0].reason


# ---------------------------------------------------------------- fuzzing

FORMS = ["قال", "أضاف", "الوزير", "إن", "أن", "و", "مشيرا", "وفقا", "ل", "،", ":", '"', "X"]
UPOS = ["VERB", "NOUN", "PROPN", "X", "SCONJ", "CCONJ", "PUNCT", "ADJ", "ADP", "PRON"]


@st.composite
def random_trees(draw: st.DrawFn) -> SentenceGraph:
    size = draw(st.integers(min_value=1, max_value=14))
    heads = [0] + [draw(st.integers(min_value=1, max_value=index)) for index in range(1, size)]
    order = draw(st.permutations(list(range(1, size + 1))))
    position = {node: order[node] for node in range(size)}
    words = []
    cursor = 0
    for node in sorted(range(size), key=lambda item: position[item]):
        form = draw(st.sampled_from(FORMS))
        head = 0 if node == 0 else position[heads[node] - 1 if heads[node] - 1 != node else 0]
        if head == position[node]:
            head = 0
        words.append(
            Word(
                index=position[node],
                text=form,
                lemma=form,
                upos=draw(st.sampled_from(UPOS)),
                xpos="_",
                feats=(("Person", draw(st.sampled_from(["1", "3"]))),),
                head=head,
                deprel="root" if head == 0 else draw(st.sampled_from(list(UD_RELATIONS))),
                start=cursor,
                end=cursor + len(form),
                token_text=form,
            )
        )
        cursor += len(form) + 1
    return SentenceGraph(index=0, words=tuple(words), start=0, end=max(cursor - 1, 0))


RELATION = st.sampled_from([*UD_RELATIONS[:12], "nsubj", "ccomp", "obj", "parataxis"])
STEP = st.builds(
    lambda arrow, relations, optional: arrow + "|".join(relations) + ("?" if optional else ""),
    st.sampled_from([">", "<", ">>", "<<"]),
    st.lists(RELATION, max_size=3),
    st.booleans(),
)


@st.composite
def random_rule_files(draw: st.DrawFn) -> str:
    nodes = [
        "[rule.nodes.cue]",
        f"upos = {draw(st.lists(st.sampled_from(UPOS), min_size=1, max_size=3))!r}".replace("'", '"'),
    ]
    names = ["cue"]
    for number in range(draw(st.integers(min_value=0, max_value=4))):
        name = f"n{number}"
        source = draw(st.sampled_from(names))
        steps = " ".join(draw(st.lists(STEP, min_size=1, max_size=3)))
        nodes += [
            f"[rule.nodes.{name}]",
            f'path = "{source} {steps}"',
            f"optional = {str(draw(st.booleans())).lower()}",
        ]
        if draw(st.booleans()):
            nodes.append(f'not_upos = ["{draw(st.sampled_from(UPOS))}"]')
        if draw(st.booleans()):
            nodes.append(f'without = ["{draw(STEP).rstrip("?")}"]')
        if draw(st.booleans()):
            nodes.append(f'after = "{draw(st.sampled_from(names))}"')
        names.append(name)
    return '[[rule]]\nid = "fuzz"\ndescription = "random"\n' + "\n".join(nodes) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=random_trees(), rule_text=random_rule_files())
def test_random_rules_on_random_trees_raise_nothing_but_documented_errors(
    tmp_path: Path, tree: SentenceGraph, rule_text: str
) -> None:
    folder = tmp_path / "fuzz"
    (folder / "lexicons").mkdir(parents=True, exist_ok=True)
    (folder / "r.toml").write_text(rule_text, encoding="utf-8")
    try:
        grammar = load_grammar(folder)
    except QuotesError:
        return
    matcher = Matcher(grammar)
    for match in matcher.match_sentence(tree):
        assert match.anchor.upos in grammar.rules[0].anchor.constraints[0].values  # type: ignore[operator]
        for name, word in match.bindings.items():
            assert word is None or word in tree.words, name
    for trace in matcher.trace_sentence(tree):
        assert trace.matches or trace.failures


@settings(max_examples=100, deadline=None)
@given(tree=random_trees())
def test_the_project_rules_on_random_trees_raise_nothing(tree: SentenceGraph) -> None:
    grammar = load_grammar(RULES)
    from quotes.api import Extractor
    from quotes.graph import ParsedDocument

    text = " ".join(word.text for word in tree.words)
    document = ParsedDocument(doc_id="fuzz", text=text, sentences=(tree,))
    for quote in Extractor(rules=grammar).extract_parsed(document):
        for span in (quote.content, quote.speaker, quote.role, quote.via):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_fuzz_alphabet_is_arabic_and_punctuation() -> None:
    assert not any(set(form) & set(string.ascii_lowercase) for form in FORMS)


@pytest.mark.parametrize(
    "bad",
    ["[[rule]]\nid = 3\n", "[[rule]]\nid='x'\ndescription='d'\n[rule.nodes.cue]\nupos='VERB'\npath='cue >nsubj'\n"],
)
def test_documented_errors_only(tmp_path: Path, bad: str) -> None:
    folder = tmp_path / "bad"
    (folder / "lexicons").mkdir(parents=True)
    (folder / "r.toml").write_text(bad, encoding="utf-8")
    with pytest.raises(QuotesError):
        load_grammar(folder)


PHRASE_FORMS = ["و", "ب", "حسب", "وفقا", "ل", "لما", "على", "حد", "قوله", "في", "رأي", "من", "كما", "قال", "نقلا", "عن"]


@settings(max_examples=300, deadline=None)
@given(forms=st.lists(st.sampled_from(PHRASE_FORMS), min_size=1, max_size=8))
def test_the_phrase_prefilter_never_skips_a_sentence_where_a_phrase_starts(forms: list[str]) -> None:
    """Soundness of the trigger text: wherever the anchor's phrase test holds at a word, the rule is tried."""
    from quotes.match import _applies

    grammar = load_grammar(RULES)
    rows = "".join(
        f"{i}\t{form}\t{form}\tNOUN\t_\t_\t{0 if i == 1 else 1}\t{'root' if i == 1 else 'dep'}\t_\t_\n"
        for i, form in enumerate(forms, 1)
    )
    _, graph = sentence_from_conllu("# text = " + " ".join(forms) + "\n" + rows)
    for rule in grammar.rules:
        if rule.trigger_text is None:
            continue
        phrase = next(c for c in rule.anchor.constraints if c.key == "phrase")
        if any(phrase.holds(graph, word) for word in graph.words):
            assert _applies(rule, graph), (rule.id, forms)


@settings(max_examples=100, deadline=None)
@given(forms=st.lists(st.sampled_from(PHRASE_FORMS), min_size=1, max_size=8))
def test_the_matcher_looks_for_a_rules_shortest_phrases_and_finds_what_all_of_them_find(forms: list[str]) -> None:
    from quotes.match import shortest_phrases

    grammar = load_grammar(RULES)
    rows = "".join(
        f"{i}\t{form}\t{form}\tNOUN\t_\t_\t{0 if i == 1 else 1}\t{'root' if i == 1 else 'dep'}\t_\t_\n"
        for i, form in enumerate(forms, 1)
    )
    _, graph = sentence_from_conllu("# text = " + " ".join(forms) + "\n" + rows)
    matcher = Matcher(grammar)
    for rule in grammar.rules:
        if rule.trigger_text:
            assert set(shortest_phrases(rule.trigger_text)) <= rule.trigger_text
            expected = any(text in graph.joined_forms for text in rule.trigger_text)
            assert matcher._triggers.has_phrase(rule, graph) == matcher._triggers.has_phrase(rule, graph, {}) == expected


NEEDED_FORMS = ["قال", "نقلا", "عن", "إن", "أنه", "وعن", "بما", "ما", "على", "لل", "الوزير", "فإن"]


@settings(max_examples=300, deadline=None)
@given(forms=st.lists(st.sampled_from(NEEDED_FORMS), min_size=1, max_size=8))
def test_the_needed_words_prefilter_never_skips_a_sentence_where_a_required_node_could_bind(forms: list[str]) -> None:
    """Soundness of skipping a rule whose required node asks for a form no word of the sentence has."""
    matcher = Matcher(load_grammar(RULES))
    rows = "".join(
        f"{i}\t{form}\t{form}\tNOUN\t_\t_\t{0 if i == 1 else 1}\t{'root' if i == 1 else 'dep'}\t_\t_\n"
        for i, form in enumerate(forms, 1)
    )
    _, graph = sentence_from_conllu("# text = " + " ".join(forms) + "\n" + rows)
    for position, rule in enumerate(matcher.grammar.rules):
        if matcher._triggers.has_needed_words(position, graph):
            continue
        required = [node for node in rule.nodes[1:] if not node.optional]
        assert any(
            not any(constraint.holds(graph, word) for word in graph.words)
            for node in required
            for constraint in node.constraints
            if constraint.key in ("form", "token") and not constraint.negated
        ), (rule.id, forms)
