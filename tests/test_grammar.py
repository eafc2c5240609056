"""Rule files are data: the loader reports every problem at once, located, with a fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import _register, cli
from quotes.errors import RuleError
from quotes.grammar import Grammar, load_grammar, parse_path
from quotes.grammar.paths import PathSyntaxError
from quotes.grammar.schema import could_inflect, past_tense_forms, present_tense_forms
from quotes.normalize import normalize

RULES = Path(__file__).resolve().parent.parent / "rules"

_register()


def broken_copy(tmp_path: Path, rule_text: str) -> Path:
    """The project's lexicons and examples with one rule file of our own."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES / "lexicons", folder / "lexicons")
    shutil.copytree(RULES / "examples", folder / "examples")
    (folder / "broken.toml").write_text(rule_text, encoding="utf-8")
    return folder


BROKEN = """
[[rule]]
id = "cue-subject"
description = "قال الوزير إن …"
prority = 3

[rule.nodes.cue]
lemma = "@reporting_verb"
upos = ["VERB", "VRB"]

[rule.nodes.speaker]
path = "cue >nsubjj"

[rule.nodes.content]
path = "cuee >ccomp"

[[rule]]
id = "cue-subject"
description = "the same id again"

[rule.nodes.cue]
lemma = ["قال"]
"""


def test_project_rules_load(grammar) -> None:  # type: ignore[no-untyped-def]
    assert len(grammar.rules) >= 10
    assert sum(len(rule.examples) for rule in grammar.rules) >= 40
    priorities = [rule.priority for rule in grammar.rules]
    assert priorities == sorted(priorities, reverse=True)


def test_every_problem_is_reported_at_once_with_file_rule_and_field(tmp_path: Path) -> None:
    folder = broken_copy(tmp_path, BROKEN)
    with pytest.raises(RuleError) as caught:
        load_grammar(folder)
    messages = [str(problem) for problem in caught.value.problems]
    path = str(folder / "broken.toml")
    assert f"{path}:cue-subject:prority: unknown key 'prority' (did you mean 'priority'?)" in messages[0]
    joined = "\n".join(messages)
    assert "nodes.cue.lemma: unknown lexicon '@reporting_verb' (did you mean 'reporting_verbs'?)" in joined
    assert "unknown UPOS 'VRB' (did you mean 'VERB'?)" in joined
    assert "nodes.speaker.path: unknown relation 'nsubjj' (did you mean 'nsubj'?); UD relations are: acl" in joined
    assert "nodes.content.path: undefined node 'cuee' (did you mean 'cue'?)" in joined
    assert "cue-subject:id: duplicate rule id" in joined
    assert len(caught.value.problems) == 6


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        (
            '[[rule]]\nid = "x"\ndescription = "d"\n[rule.nodes.cue]\nlemma = "قال"\nopional = true\n',
            "unknown key 'opional' (did you mean 'optional'?)",
        ),
        (
            '[[rule]]\nid = "x"\ndescription = "d"\n[rule.nodes.cue]\nlemma = "قال"\n[rule.nodes.s]\nlemma = "x"\n',
            "no path: say how the node is reached",
        ),
        (
            '[[rule]]\nid = "x"\ndescription = "d"\ntype = "quoted"\n[rule.nodes.cue]\nlemma = "قال"\n',
            "unknown type 'quoted'",
        ),
        (
            '[[rule]]\nid = "x"\ndescription = "d"\n[rule.nodes.cue]\nlemma = "قال"\n[[rule.examples]]\n'
            'text = "قال"\nexpect = { cue = "أضاف" }\n',
            "'أضاف' is not part of the example text",
        ),
        ('[[rule]]\nid = "x"\ndescription = "d"\n[rule.nodes.cue]\nform_regex = "(("\n', "bad regular expression"),
        ("[[rule]\n", "not valid TOML"),
        ('[[rules]]\nid = "x"\n', "unknown top-level key 'rules' (did you mean 'rule'?)"),
    ],
)
def test_each_kind_of_mistake_has_a_located_message(tmp_path: Path, snippet: str, expected: str) -> None:
    folder = broken_copy(tmp_path, snippet)
    with pytest.raises(RuleError, match=None) as caught:
        load_grammar(folder)
    assert expected in str(caught.value)
    assert str(folder / "broken.toml") in str(caught.value)


def test_rules_check_command_passes_on_the_project_rules() -> None:
    result = CliRunner().invoke(cli, ["rules", "check"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok: ")


def test_rules_check_command_fails_on_a_broken_copy_with_located_messages(tmp_path: Path) -> None:
    folder = broken_copy(tmp_path, BROKEN)
    result = CliRunner().invoke(cli, ["rules", "check", "--rules", str(folder)])
    assert result.exit_code == 2
    assert "6 problems in the rules" in result.output
    assert "broken.toml:cue-subject:prority: unknown key 'prority' (did you mean 'priority'?)" in result.output


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("cue >nsubj", "cue >nsubj"),
        ("cue <parataxis >nsubj", "cue <parataxis >nsubj"),
        ("speaker >appos?", "speaker >appos?"),
        ("cue >ccomp|obj|parataxis", "cue >ccomp|obj|parataxis"),
        ("cue >>", "cue >>"),
        ("content >mark[form=بعد|قبل]", "content >mark[form=بعد|قبل]"),
    ],
)
def test_path_syntax_round_trips(text: str, shown: str) -> None:
    assert str(parse_path(text)) == shown


@pytest.mark.parametrize("text", ["", "cue", "cue nsubj", "1cue >nsubj", "cue >nsubj[colour=red]"])
def test_bad_paths_are_rejected(text: str) -> None:
    with pytest.raises(PathSyntaxError):
        parse_path(text)


def test_reporting_verbs_are_found_by_their_written_forms(grammar: Grammar) -> None:
    """A small lemmatizer's wrong lemma (ضَيَّف for يضيف، نَفَت for نفت) must not hide a cue."""
    assert {"قالت", "قالوا", "نفت", "نفوا"} <= past_tense_forms("قال") | past_tense_forms("نفي")
    assert {"يضيف", "تضيف", "يضيفون"} <= present_tense_forms("يضيف")
    verb_forms = grammar.lexicons["reporting_verbs"].by_column("present", present_tense_forms)
    assert verb_forms["تضيف"].key == normalize("أضاف")
    assert verb_forms["يقولون"].key == "قال"
    assert "يرد" not in verb_forms  # ورد "arrive" more often than رد "reply": left out on purpose


def test_a_lemma_is_trusted_only_where_the_form_could_inflect_it() -> None:
    """يقول of قال, يؤكد of أكد, نفت of نفى, قيل of قال; not تجد (وجد "find") of جدد, a small lemmatizer's error."""
    assert could_inflect("قال", "يقول") and could_inflect("اكد", "يؤكد") and could_inflect("نفي", "نفت")
    assert could_inflect("قال", "قيل") and could_inflect("ردد", "يرددون")
    assert not could_inflect("جدد", "تجد")


# ---------------------------------------------------------------- lexicon and rule mistakes `rules check` catches (issue 13)

RULE_HEAD = '[[rule]]\nid = "x"\ndescription = "d"\n'
EXAMPLE = '[[rule.examples]]\ntext = "قال الوزير إن الاجتماع انتهى."\nexpect = { cue = "قال" }\n'


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        (
            RULE_HEAD + '[rule.nodes.cue]\nlemma = "قال"\nfeats = { Gendr = "Fem" }\n' + EXAMPLE,
            "unknown feature 'Gendr' (did you mean 'Gender'?)",
        ),
        (
            RULE_HEAD + '[rule.nodes.cue]\nlemma = "قال"\n[rule.nodes.s]\npath = "cue >nsubj:passive"\n' + EXAMPLE,
            "unknown relation 'nsubj:passive'",
        ),
        (RULE_HEAD + '[rule.nodes.cue]\nlemma = "قال"\nnot_deprel = ["obl:foo"]\n' + EXAMPLE, "unknown relation 'obl:foo'"),
    ],
)
def test_rule_mistakes_that_used_to_pass(tmp_path: Path, snippet: str, expected: str) -> None:
    folder = broken_copy(tmp_path, snippet)
    with pytest.raises(RuleError) as caught:
        load_grammar(folder)
    assert expected in str(caught.value)


def test_a_layered_feature_and_a_known_subtype_are_accepted(tmp_path: Path) -> None:
    snippet = RULE_HEAD + '[rule.nodes.cue]\nlemma = "قال"\nfeats = { "Gender[psor]" = "Fem" }\nnot_deprel = ["nsubj:pass"]\n' + EXAMPLE
    load_grammar(broken_copy(tmp_path, snippet))


def _lexicon_copy(tmp_path: Path, name: str, edit) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    target = folder / "lexicons" / f"{name}.tsv"
    target.write_text(edit(target.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("name", "edit", "expected"),
    [
        ("reporting_verbs", lambda text: text.replace("\tneutral\t", "\tnuetral\t", 1), "unknown class 'nuetral' of"),
        ("role_nouns", lambda text: text.replace("\tjob\t", "\tjobs\t", 1), "unknown kind 'jobs' of"),
        ("speech_nouns", lambda text: text + "بيان\tstatement\n", "duplicate entry 'بيان', first on line"),
        ("according_to", lambda text: text + "حسبما أفاد   as reported\n", "are the columns separated by spaces instead of tabs?"),
        ("titled_nouns", lambda text: text.split("\n", 1)[1], "the first line is not a header of column names"),
    ],
)
def test_lexicon_mistakes_are_refused_by_rules_check(tmp_path: Path, name: str, edit, expected: str) -> None:  # type: ignore[no-untyped-def]
    folder = _lexicon_copy(tmp_path, name, edit)
    result = CliRunner().invoke(cli, ["rules", "check", "--rules", str(folder)])
    assert result.exit_code == 2, result.output
    assert expected in result.output
    assert f"{name}.tsv" in result.output


def test_form_regex_takes_unicode_properties(tmp_path: Path) -> None:
    snippet = RULE_HEAD + '[rule.nodes.cue]\nlemma = "قال"\nform_regex = "^\\\\p{Arabic}+$"\n' + EXAMPLE
    grammar = load_grammar(broken_copy(tmp_path, snippet))
    (constraint,) = [found for found in grammar.rule("x").nodes[0].constraints if found.key == "form_regex"]
    word = type("W", (), {"text": "قال"})()
    assert constraint.test(None, word)  # type: ignore[arg-type]
    word.text = "said"
    assert not constraint.test(None, word)  # type: ignore[arg-type]


def test_rules_check_refuses_a_rule_without_examples(tmp_path: Path) -> None:
    folder = broken_copy(tmp_path, RULE_HEAD + '[rule.nodes.cue]\nlemma = "قال"\n')
    load_grammar(folder)  # loading is fine (tests write rules without examples) ...
    result = CliRunner().invoke(cli, ["rules", "check", "--rules", str(folder)])
    assert result.exit_code == 2  # ... the check is not
    assert f"{folder / 'broken.toml'}:x:examples: no examples: add [[rule.examples]]" in result.output


LEXICON_FILTER = """
[[rule]]
id = "thanks-after-an-intensifier"
description = "أعرب عن عظيم شكره: the intensifier's genitive is a noun of thanks"

[rule.nodes.cue]
lemma = ["أعرب"]

[rule.nodes.content]
path = "cue >obl[lemma=@thanks_nouns_missing]"
without = [">nmod[lemma=@thanks_nouns]"]
"""


def test_a_step_filter_names_a_lexicon_and_shows_it_by_name(tmp_path: Path) -> None:
    folder = broken_copy(tmp_path, LEXICON_FILTER.replace("@thanks_nouns_missing", "عظيم|بالغ"))
    (rule,) = [rule for rule in load_grammar(folder).rules if rule.id == "thanks-after-an-intensifier"]
    (step,) = next(node for node in rule.nodes if node.name == "content").without
    assert {normalize("شكر"), normalize("امتنان")} <= set(step.filter_values)
    assert str(step) == ">nmod[lemma=@thanks_nouns]"


def test_an_unknown_lexicon_in_a_step_filter_is_reported(tmp_path: Path) -> None:
    with pytest.raises(RuleError) as caught:
        load_grammar(broken_copy(tmp_path, LEXICON_FILTER))
    joined = "\n".join(str(problem) for problem in caught.value.problems)
    assert "nodes.content.path: unknown lexicon '@thanks_nouns_missing' (did you mean 'thanks_nouns'?)" in joined


# ---------------------------------------------------------------- a lexicon's words selected by one of its columns

SELECTED = (
    RULE_HEAD
    + '[rule.nodes.cue]\nlemma = "قال"\n[rule.nodes.content]\npath = "cue >obj"\nnot_form = ["@role_nouns[kind=job|title]"]\n'
    + EXAMPLE
)


def test_a_lexicon_selector_takes_the_words_of_the_chosen_kinds_only(tmp_path: Path) -> None:
    (rule,) = [rule for rule in load_grammar(broken_copy(tmp_path, SELECTED)).rules if rule.id == "x"]
    content = next(node for node in rule.nodes if node.name == "content")
    (refused,) = [constraint for constraint in content.constraints if constraint.key == "form"]
    assert {normalize("رئيس"), normalize("مدير")} <= refused.values  # jobs
    assert normalize("معارض") not in refused.values  # a descriptor (kind descriptor)


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("@role_nouns[knd=job]", "'@role_nouns[knd=job]': the lexicon has no column 'knd'"),
        ("@role_nouns[kind=minister]", "'@role_nouns[kind=minister]' selects no word of the lexicon"),
        ("@role_noun[kind=job]", "unknown lexicon '@role_noun[kind=job]' (did you mean 'role_nouns'?)"),
    ],
)
def test_a_lexicon_selector_mistake_is_reported(tmp_path: Path, selector: str, expected: str) -> None:
    with pytest.raises(RuleError) as caught:
        load_grammar(broken_copy(tmp_path, SELECTED.replace("@role_nouns[kind=job|title]", selector)))
    assert expected in str(caught.value)
