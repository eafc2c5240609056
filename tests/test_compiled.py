"""Compiled copies of the rule pipeline (quotes.compiled): used only while current, and the same records as Python."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quotes import compiled

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
QUOTES = Path(sys.executable).with_name("quotes")

#: parses in both styles (PUD-like news, PADT's و-root and names as X) and a long article with every kind of quote
PARSES = [DATA / "seed" / "seed.conllu", *sorted((DATA / "news").glob("*.conllu")), *sorted((DATA / "conllu").glob("*.conllu"))]


def _environment(pure_python: bool) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key != compiled.PURE_PYTHON_VARIABLE}
    if pure_python:
        environment[compiled.PURE_PYTHON_VARIABLE] = "1"
    return environment


def _run_python(code: str, *, pure_python: bool = False, path: Path | None = None) -> str:
    environment = _environment(pure_python)
    if path is not None:
        environment["PYTHONPATH"] = str(path)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=environment, check=True, timeout=120
    )
    return done.stdout


def _project_build_is_current() -> bool:
    return all(state.state == "compiled" for state in compiled.CompiledModules(compiled.default_folder()).states())


def test_a_compiled_module_is_used_only_while_its_source_is_as_it_was_compiled(tmp_path: Path) -> None:
    pytest.importorskip("Cython", reason="compiling needs the compile extra (Cython)")
    package = tmp_path / "src" / "greetings"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    module = package / "hello.py"
    module.write_text('def greet(name: str) -> str:\n    return "مرحبا " + name\n', encoding="utf-8")
    folder = tmp_path / "compiled"
    report = compiled.build(folder, ("greetings.hello",), package_dir=package, jobs=1)
    assert report.modules == ("greetings.hello",)
    probe = f"""
        import sys
        from pathlib import Path
        from quotes import compiled
        finder = compiled.CompiledModules(Path({str(folder)!r}), Path({str(package)!r}))
        sys.meta_path.insert(0, finder)
        import greetings.hello
        print(compiled.running_compiled(greetings.hello), greetings.hello.greet("سلمى"), sorted(finder.stale))
    """
    assert _run_python(probe, path=tmp_path / "src").split() == ["True", "مرحبا", "سلمى", "[]"]

    # built again unchanged: nothing to compile
    again = compiled.build(folder, ("greetings.hello",), package_dir=package, jobs=1)
    assert (again.modules, again.reused) == ((), ("greetings.hello",))

    # edited after the build: the edited source runs, as Python, until the next build, which compiles it again
    module.write_text('def greet(name: str) -> str:\n    return "أهلا " + name\n', encoding="utf-8")
    assert _run_python(probe, path=tmp_path / "src").split() == ["False", "أهلا", "سلمى", "['greetings.hello']"]
    assert [state.state for state in compiled.CompiledModules(folder, package).states(["greetings.hello"])] == ["stale"]
    rebuilt = compiled.build(folder, ("greetings.hello",), package_dir=package, jobs=1)
    assert (rebuilt.modules, rebuilt.reused) == (("greetings.hello",), ())
    assert _run_python(probe, path=tmp_path / "src").split() == ["True", "أهلا", "سلمى", "[]"]


def test_a_modules_cython_declarations_are_part_of_its_source(tmp_path: Path) -> None:
    """A .pxd file beside a module (graph.pxd: Word as an extension type) changes what Cython builds: editing it, or
    adding one, makes the compiled copy stale as editing the .py does."""
    module = tmp_path / "hello.py"
    module.write_text("class Greeting:\n    pass\n", encoding="utf-8")
    alone = compiled.source_hash(module)
    declarations = tmp_path / "hello.pxd"
    declarations.write_text("cdef class Greeting:\n    pass\n", encoding="utf-8")
    declared = compiled.source_hash(module)
    declarations.write_text("cdef class Greeting:\n    cdef public object name\n", encoding="utf-8")
    assert len({alone, declared, compiled.source_hash(module)}) == 3


def test_word_runs_as_an_extension_type_when_compiled() -> None:
    if not _project_build_is_current():
        pytest.skip("the project's compiled modules are not built or not current")
    probe = """
        from quotes import compiled, graph
        word = graph.Word(1, "قال", "قال", "VERB", "_", (), 0, "root", 0, 3, "قال")
        print(compiled.running_compiled(graph), hasattr(word, "__dict__"))
    """
    assert _run_python(probe).split() == ["True", "False"]
    assert _run_python(probe, pure_python=True).split() == ["False", "True"]


def test_copies_built_for_another_interpreter_or_half_written_are_never_used(tmp_path: Path) -> None:
    manifest = {"suffix": ".cpython-399-other.so", "modules": {"quotes.graph": {"file": "graph.so", "sha256": "0" * 64}}}
    (tmp_path / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert compiled.CompiledModules(tmp_path).entries == {}
    (tmp_path / compiled.MANIFEST).write_text('{"suffix": ', encoding="utf-8")
    assert compiled.CompiledModules(tmp_path).entries == {}
    assert compiled.CompiledModules(tmp_path / "absent").find_spec("quotes.graph", None) is None


def test_a_listed_module_whose_file_is_missing_is_loaded_as_python(tmp_path: Path) -> None:
    source = compiled.source_path("quotes.graph")
    entry = {"file": "quotes/graph" + compiled._extension_suffix(), "sha256": compiled.source_hash(source)}
    manifest = {"suffix": compiled._extension_suffix(), "modules": {"quotes.graph": entry}}
    (tmp_path / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    finder = compiled.CompiledModules(tmp_path)
    assert finder.find_spec("quotes.graph", None) is None
    assert [state.state for state in finder.states(["quotes.graph", "quotes.match"])] == ["not built", "not built"]


def test_every_compiled_module_is_a_module_of_the_package() -> None:
    assert all(compiled.source_path(module).is_file() for module in compiled.MODULES)
    assert len(set(compiled.MODULES)) == len(compiled.MODULES)


def test_every_module_of_the_rule_steps_is_compiled() -> None:
    """A module added to (or split out into) a package of rule steps runs compiled with the others."""
    package = Path(compiled.__file__).parent
    for steps in ("drafts", "speakers", "mentions", "coreference"):
        modules = {f"quotes.{steps}.{path.stem}" for path in (package / steps).glob("*.py") if path.stem != "__init__"}
        assert modules - set(compiled.MODULES) == set(), steps


def test_copies_no_manifest_entry_names_are_deleted(tmp_path: Path) -> None:
    """`quotes.coref` became the package `quotes.coreference`: its old copy goes, the listed ones stay."""
    suffix = compiled._extension_suffix()
    old, kept = tmp_path / "quotes" / ("coref" + suffix), tmp_path / "quotes" / "coreference" / ("words" + suffix)
    for path in (old, kept):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    entries = {"quotes.coreference.words": {"file": "quotes/coreference/words" + suffix, "sha256": "0" * 64}}
    assert compiled.prune(tmp_path, entries) == ["quotes/coref" + suffix]
    assert not old.exists() and kept.exists()


@pytest.mark.skipif(not _project_build_is_current(), reason="the compiled modules are not built or stale: run `quotes compile`")
def test_the_rules_give_the_same_records_compiled_and_as_python(tmp_path: Path) -> None:
    outputs = {}
    for pure_python in (False, True):
        output = tmp_path / f"{'python' if pure_python else 'compiled'}.jsonl"
        subprocess.run(
            [str(QUOTES), "extract", *map(str, PARSES), "-o", str(output)],
            env=_environment(pure_python),
            check=True,
            capture_output=True,
            timeout=300,
        )
        outputs[pure_python] = output.read_text(encoding="utf-8")
    assert outputs[False] == outputs[True]
    assert outputs[False].count("\n") >= 20  # the seed article alone holds 14 quotes

    probe = """
        import importlib
        from quotes import compiled
        print(sum(compiled.running_compiled(importlib.import_module(name)) for name in compiled.MODULES))
    """
    assert int(_run_python(probe)) == len(compiled.MODULES)
    assert int(_run_python(probe, pure_python=True)) == 0


def test_the_status_command_counts_every_module() -> None:
    from click.testing import CliRunner

    from quotes.cli.compile import compile_modules

    result = CliRunner().invoke(compile_modules, ["--status"])
    assert result.exit_code == 0
    first = result.output.splitlines()[0]
    counts = [int(word) for word in first.replace(",", " ").split() if word.isdigit()]
    assert first.startswith("compiled modules") and sum(counts) == len(compiled.MODULES)
