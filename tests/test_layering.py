"""The architecture, enforced: Stanza stays behind the adapter, dependencies point one way."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "quotes"

#: Lower layers may not import higher ones (errors, normalize → model, lexicon → graph → conllu_reading → grammar → match
#: → quotemarks, speakers → drafts → coreference → mentions → entities → attribution → explain, parser, its clitic pass and tag
#: corrections → api → io, evaluate → review → service → cli; `compiled` imports nothing of quotes: it loads
#: the compiled copies of the others).
LAYERS = [
    {"errors", "normalize", "textcheck", "cleantext", "htmltext", "compiled"},
    {"model", "lexicon", "schema"},
    {"graph"},
    {"conllu_reading"},
    {"grammar"},
    {"match"},
    {"quotemarks", "speakers"},
    {"drafts"},
    {"coreference"},
    {"mentions"},
    {"entities"},
    {"attribution"},
    {"explain", "parser", "clitic_pass", "name_tags", "verb_homographs", "verbal_noun_tags", "entity_tagger"},
    {"api"},
    {"ruletest", "evaluate", "baseline", "io", "cache", "batch", "dask"},
    {"review"},
    {"service"},
    {"cli"},
]

#: Inside quotes/drafts/, the steps in the order they build on each other: each imports only earlier steps.
DRAFT_STEPS = [
    {"context", "draft", "relatives"},
    {"spans"},
    {"quotations", "words"},
    {"complements", "subject", "overlaps", "sources"},
    {"subject_mention", "nominal_subject", "aside_subject"},
    {"content", "speaker", "according_to", "relay", "named_person"},
    {"assembler"},
    {"__init__"},
]

#: Inside quotes/speakers/, the steps in the order they build on each other: each imports only earlier steps.
SPEAKER_STEPS = [
    {"words"},
    {"mention", "belonging"},
    {"roles"},
    {"names", "called"},
    {"describe"},
    {"__init__"},
]

#: Inside quotes/mentions/, the steps in the order they build on each other: each imports only earlier steps.
MENTION_STEPS = [
    {"model", "lexicons", "words"},
    {"word_facts"},
    {"roles", "places", "source_heads"},
    {"tagged", "organisations", "names", "titles", "groups", "honorifics", "latter", "documents"},
    {"merging"},
    {"finder"},
    {"__init__"},
]

#: Inside quotes/batch/, the parts of a run in the order they build on each other: each imports only earlier ones.
BATCH_STEPS = [
    {"budget", "summary", "chunks"},
    {"job", "manifest"},
    {"config"},
    {"workers", "outputs"},
    {"runner"},
    {"__init__"},
]

#: Inside quotes/attribution/, the sieves over what they share, then the order that runs them.
ATTRIBUTION_STEPS = [
    {"ground"},
    {"entity_roles", "named_holder"},
    {"no_source", "name_in_phrase", "addressee", "entity", "latest_person", "scripture", "quoted_roles"},
    {"sieves"},
    {"__init__"},
]

#: Inside quotes/coreference/, the steps in the order they build on each other: each imports only earlier steps.
COREFERENCE_STEPS = [
    {"lexicons", "words", "nisba", "spans"},
    {"counting", "pointing", "heads"},
    {"chains"},
    {"state"},
    {"titles"},
    {"bodies"},
    {"issuers", "query"},
    {"sieve_words", "sieve_heads", "sieve_titles"},
    {"finding", "honorifics", "recency", "completion", "records", "questions"},
    {"quote_sieves"},
    {"resolver"},
    {"__init__"},
]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _layer(module: str) -> int | None:
    top = module.split(".")[1] if module.startswith("quotes.") else None
    for number, names in enumerate(LAYERS):
        if top in names:
            return number
    return None


def test_stanza_is_imported_only_by_the_model_adapters_and_training() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        adapters = (
            "parser.py",
            "parser_inference.py",
            "tagging_inference.py",
            "tokenizer_inference.py",
            "char_memory.py",
            "stanza_loading.py",
            "entity_tagger.py",
        )
        if relative in adapters or relative.startswith("training/"):
            continue
        if any(name == "stanza" or name.startswith("stanza.") for name in _imports(path)):
            offenders.append(relative)
    assert offenders == []


def test_dependencies_point_one_way() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
        own = _layer("quotes." + relative)
        if own is None:
            continue
        for imported in _imports(path):
            target = _layer(imported)
            if target is not None and target > own:
                offenders.append(f"{relative} imports {imported}")
    assert offenders == []


def test_the_library_never_imports_the_cli() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "cli" in path.relative_to(PACKAGE).parts or path.name == "__main__.py":
            continue
        assert not any(name == "quotes.cli" or name.startswith("quotes.cli.") for name in _imports(path)), path


def _steps_imported_out_of_order(package: str, steps: list[set[str]]) -> list[str]:
    step = {name: number for number, names in enumerate(steps) for name in names}
    unplaced = [path.stem for path in (PACKAGE / package).glob("*.py") if path.stem not in step]
    assert unplaced == [], f"place each module of quotes/{package}/ in its list of steps"
    offenders = []
    for path in sorted((PACKAGE / package).glob("*.py")):
        for imported in _imports(path):
            if imported == f"quotes.{package}" or imported.startswith(f"quotes.{package}."):
                target = imported.removeprefix(f"quotes.{package}").lstrip(".") or "__init__"
                if step[target] >= step[path.stem]:
                    offenders.append(f"{package}/{path.name} imports {imported}")
    return offenders


def test_each_drafting_step_imports_only_earlier_steps() -> None:
    assert _steps_imported_out_of_order("drafts", DRAFT_STEPS) == []


def test_each_speaker_step_imports_only_earlier_steps() -> None:
    assert _steps_imported_out_of_order("speakers", SPEAKER_STEPS) == []


def test_each_mention_step_imports_only_earlier_steps() -> None:
    assert _steps_imported_out_of_order("mentions", MENTION_STEPS) == []


def test_each_coreference_step_imports_only_earlier_steps() -> None:
    assert _steps_imported_out_of_order("coreference", COREFERENCE_STEPS) == []


def test_each_attribution_sieve_imports_only_what_it_builds_on() -> None:
    assert _steps_imported_out_of_order("attribution", ATTRIBUTION_STEPS) == []


def test_each_part_of_a_batch_run_imports_only_earlier_parts() -> None:
    assert _steps_imported_out_of_order("batch", BATCH_STEPS) == []


def test_a_rules_only_run_over_parses_never_imports_torch_or_stanza() -> None:
    """A batch worker over a CoNLL-U parse cache loads no model: importing torch (with torch._dynamo, about 1.5 s)
    would be paid by every worker of `quotes extract cache.conllu --workers N`."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from quotes.batch import Job, process\n"
        "from quotes.io import ReadOptions, read_input\n"
        f"documents = list(read_input({str(PACKAGE.parent / 'tests/data/seed/seed.conllu')!r}, ReadOptions()))\n"
        "outcomes = process(Job(threads=1), documents)\n"
        "assert outcomes and all(outcome.failure is None for outcome in outcomes), outcomes\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('torch', 'stanza')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
