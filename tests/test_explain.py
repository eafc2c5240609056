"""`quotes rules explain`: the parse, each rule's bindings or first failure, and a picture."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from quotes.cli import _register, cli

_register()
FROLOV = Path(__file__).resolve().parent / "data" / "conllu" / "frolov_padt.conllu"


def test_explain_shows_cue_speaker_role_content_and_the_rule_for_the_frolov_sentence(tmp_path: Path) -> None:
    picture = tmp_path / "frolov.svg"
    result = CliRunner().invoke(cli, ["rules", "explain", "--conllu", str(FROLOV), "--svg", str(picture)])
    assert result.exit_code == 0, result.output
    output = result.output
    assert "root قال (قَال VERB) [1]  ◀ cue" in output
    assert "nsubj فلاديمير (فلاديمير X) [2]  ◀ speaker" in output
    assert "✔ verb-speech fired" in output
    assert "quote" in output and "by rule verb-speech" in output
    assert "cue              'قال'" in output
    assert "speaker          'فلاديمير فرولوف'" in output
    assert "role             'دبلوماسي روسي سابق رفيع المستوى'" in output
    assert "content          'طاجيكستان هي على ما يبدو الأكثر عرضة للخطر'" in output
    assert "binding          role = 'دبلوماسي روسي سابق رفيع المستوى'" in output
    svg = picture.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "فرولوف" in svg and "nsubj" in svg


def test_explain_says_why_a_rule_did_not_fire() -> None:
    result = CliRunner().invoke(
        cli, ["rules", "explain", "--conllu", str(FROLOV), "--rule", "verb-subject-complement-clause"]
    )
    assert result.exit_code == 0, result.output
    assert "✘ verb-subject-complement-clause did not fire" in result.output
    assert "node 'complementizer'" in result.output


def test_explain_table_layout_and_unknown_rule() -> None:
    table = CliRunner().invoke(cli, ["rules", "explain", "--conllu", str(FROLOV), "--table"])
    assert "id  form" in table.output and "deprel" in table.output
    unknown = CliRunner().invoke(cli, ["rules", "explain", "--conllu", str(FROLOV), "--rule", "verb-speach"])
    assert unknown.exit_code == 2
    assert "did you mean 'verb-speech'?" in unknown.output


def test_rules_test_and_docs_commands() -> None:
    tested = CliRunner().invoke(cli, ["rules", "test", "--no-parser"])
    assert tested.exit_code == 0, tested.output
    assert "0 failed" in tested.output
    docs = CliRunner().invoke(cli, ["rules", "docs"])
    assert docs.output.startswith("# Rules")
    assert "## `verb-speech`" in docs.output


def test_rules_stats_counts_rules_and_content_attachment() -> None:
    corpus = Path(__file__).resolve().parent.parent / "rules" / "examples" / "pud" / "verb_nsubj_ccomp.conllu"
    result = CliRunner().invoke(cli, ["rules", "stats", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "verb-subject-complement-clause" in result.output
    assert "content attached as" in result.output
    assert "قال" in result.output and "ccomp" in result.output


def test_the_rule_reference_in_the_repository_is_the_rules_as_they_are() -> None:
    """rules/RULES.md, which linguists read, is what `quotes rules docs` writes today: regenerate it with
    `quotes rules docs -o rules/RULES.md` after changing a rule."""
    docs = CliRunner().invoke(cli, ["rules", "docs"])
    committed = (Path(__file__).resolve().parent.parent / "rules" / "RULES.md").read_text(encoding="utf-8")
    assert docs.output.rstrip("\n") == committed.rstrip("\n"), "rules/RULES.md is stale: quotes rules docs -o rules/RULES.md"


def test_explain_shows_no_match_at_a_word_the_extractor_never_tries(tmp_path: Path) -> None:
    """`وطبق المدرب …` ("and the coach applied a new line-up"): the according-to phrase `طبقا ل` is in the forms joined without spaces
    (`طبق` + `المدرب`), but طبق carries no trigger key of a marker, so the extractor never tries the rule there, and
    the explanation must not show a match the extractor does not make."""
    sentence = tmp_path / "applied.conllu"
    sentence.write_text(
        "# text = وأنهى اللاعبون التدريب، وطبق المدرب تشكيلة جديدة.\n"
        "1\tو\tوَ\tCCONJ\t_\t_\t2\tcc\t_\tSpaceAfter=No\n"
        "2\tأنهى\tأَنهَى\tVERB\t_\tAspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act\t0\troot\t_\t_\n"
        "3\tاللاعبون\tلَاعِب\tNOUN\t_\tCase=Nom|Definite=Def\t2\tnsubj\t_\t_\n"
        "4\tالتدريب\tتَدرِيب\tNOUN\t_\tCase=Acc|Definite=Def\t2\tobj\t_\tSpaceAfter=No\n"
        "5\t،\t،\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
        "6\tو\tوَ\tCCONJ\t_\t_\t7\tcc\t_\tSpaceAfter=No\n"
        "7\tطبق\tطَبَّق\tVERB\t_\tAspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act\t2\tconj\t_\t_\n"
        "8\tالمدرب\tمُدَرِّب\tNOUN\t_\tCase=Nom|Definite=Def\t7\tnsubj\t_\t_\n"
        "9\tتشكيلة\tتَشكِيلَة\tNOUN\t_\tCase=Acc|Definite=Ind\t7\tobj\t_\t_\n"
        "10\tجديدة\tجَدِيد\tADJ\t_\tCase=Acc|Definite=Ind\t9\tamod\t_\tSpaceAfter=No\n"
        "11\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["rules", "explain", "--conllu", str(sentence)])
    assert result.exit_code == 0, result.output
    assert "according-to-marker-case fired" not in result.output
    assert not any(line.startswith("✔ according-to") for line in result.output.splitlines())
