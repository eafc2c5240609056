"""Compiled copies of the rule pipeline's modules: the same Python source, built by Cython, used only while current.

Re-running rules over a parse cache is pure Python: reading CoNLL-U, matching, the mention finders, entities,
coreference and attribution, each a loop over words that the interpreter runs one bytecode at a time. Cython
compiles these modules as they are (no type declarations, Python semantics kept: ``annotation_typing`` off, so an
annotation is never a runtime check) into C extensions that run the same code about 1.2× faster
(`benchmarks/README.md`). The one declaration is ``graph.pxd``, beside its module: it makes ``Word`` an extension type
(fields in a C struct); Python ignores it, and its hash is part of the module's.

``quotes compile`` builds them (it needs the ``compile`` extra, Cython, and a C compiler; ``scripts/setup.sh`` runs
it) into ``quotes/_compiled/<python tag>/`` beside a manifest that names the SHA-256 of each source file as it was
compiled. ``quotes/__init__.py`` installs :class:`CompiledModules` as the first import finder: it loads a listed
module from its compiled copy only when the source file still has the manifest's hash, so an edited module runs as
Python until the next ``quotes compile`` (and an unbuilt, half-built or foreign build is never used).
``QUOTES_PURE_PYTHON=1`` turns the copies off for a process and its workers.

The modules stay plain Python: mypy, ruff and the tests read the source, and a test runs the pure-Python path
beside the compiled one and compares their records (tests/test_compiled.py).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

#: The modules compiled: what a rules-only run spends its time in (every module it imports but the package inits,
#: the entry points `api` and `batch`, the error classes, the worker settings in `loaded`, `htmltext`, and
#: `grammar.loader`, which finds the bundled rules from its own ``__file__``).
MODULES: tuple[str, ...] = (
    "quotes.normalize",
    "quotes.textcheck",
    "quotes.cleantext",
    "quotes.model",
    "quotes.lexicon",
    "quotes.graph",
    "quotes.conllu_reading",
    "quotes.grammar.schema",
    "quotes.grammar.paths",
    "quotes.match",
    "quotes.quotemarks",
    "quotes.speakers.words",
    "quotes.speakers.mention",
    "quotes.speakers.roles",
    "quotes.speakers.names",
    "quotes.speakers.called",
    "quotes.speakers.describe",
    "quotes.speakers.belonging",
    "quotes.drafts.context",
    "quotes.drafts.draft",
    "quotes.drafts.relatives",
    "quotes.drafts.spans",
    "quotes.drafts.quotations",
    "quotes.drafts.words",
    "quotes.drafts.complements",
    "quotes.drafts.subject",
    "quotes.drafts.subject_mention",
    "quotes.drafts.nominal_subject",
    "quotes.drafts.aside_subject",
    "quotes.drafts.overlaps",
    "quotes.drafts.sources",
    "quotes.drafts.content",
    "quotes.drafts.speaker",
    "quotes.drafts.according_to",
    "quotes.drafts.relay",
    "quotes.drafts.named_person",
    "quotes.drafts.assembler",
    "quotes.coreference.lexicons",
    "quotes.coreference.words",
    "quotes.coreference.counting",
    "quotes.coreference.nisba",
    "quotes.coreference.pointing",
    "quotes.coreference.heads",
    "quotes.coreference.spans",
    "quotes.coreference.chains",
    "quotes.coreference.state",
    "quotes.coreference.titles",
    "quotes.coreference.bodies",
    "quotes.coreference.issuers",
    "quotes.coreference.query",
    "quotes.coreference.sieve_words",
    "quotes.coreference.sieve_heads",
    "quotes.coreference.sieve_titles",
    "quotes.coreference.finding",
    "quotes.coreference.questions",
    "quotes.coreference.honorifics",
    "quotes.coreference.recency",
    "quotes.coreference.completion",
    "quotes.coreference.records",
    "quotes.coreference.quote_sieves",
    "quotes.coreference.resolver",
    "quotes.mentions.model",
    "quotes.mentions.lexicons",
    "quotes.mentions.word_facts",
    "quotes.mentions.source_heads",
    "quotes.mentions.words",
    "quotes.mentions.roles",
    "quotes.mentions.places",
    "quotes.mentions.organisations",
    "quotes.mentions.tagged",
    "quotes.mentions.names",
    "quotes.mentions.titles",
    "quotes.mentions.groups",
    "quotes.mentions.honorifics",
    "quotes.mentions.latter",
    "quotes.mentions.documents",
    "quotes.mentions.merging",
    "quotes.mentions.finder",
    "quotes.entities",
    "quotes.attribution.ground",
    "quotes.attribution.entity_roles",
    "quotes.attribution.no_source",
    "quotes.attribution.name_in_phrase",
    "quotes.attribution.addressee",
    "quotes.attribution.entity",
    "quotes.attribution.latest_person",
    "quotes.attribution.scripture",
    "quotes.attribution.quoted_roles",
    "quotes.attribution.sieves",
    "quotes.io",
)

#: Cython's settings: Python 3 semantics, functions that introspect like Python's (signatures, defaults), and
#: annotations that are documentation only (with typing on, ``def f(text: str)`` would refuse bytes with Cython's
#: TypeError before the function's own check could raise quotes' InputError).
DIRECTIVES = {"language_level": 3, "binding": True, "annotation_typing": False}

#: Set to 1 (or anything but 0/empty) to run every module as Python.
PURE_PYTHON_VARIABLE = "QUOTES_PURE_PYTHON"

#: C compiler flags beside Python's own (-O3): no warnings (the generated C draws some from GCC's array-bounds
#: analysis; they say nothing about the Python source) and no debugging information (the copies: 9 MB instead of 53)
_C_FLAGS = [] if sys.platform == "win32" else ["-w", "-g0"]

PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST = "manifest.json"


def default_folder() -> Path:
    """Where this interpreter's compiled copies live: one folder per Python (``cpython-311``)."""
    return PACKAGE_DIR / "_compiled" / sys.implementation.cache_tag


def source_path(module: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """The .py file of a module of the package: ``quotes.drafts.content`` → ``<package>/drafts/content.py``."""
    parts = module.split(".")[1:]
    return package_dir.joinpath(*parts[:-1], parts[-1] + ".py")


def source_hash(path: Path) -> str:
    """The SHA-256 of a module's source: its .py file, and the Cython declarations beside it (``graph.pxd``) where
    there are any, so that editing either makes the compiled copy stale."""
    declarations = path.with_suffix(".pxd")
    if not declarations.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    return hashlib.sha256(path.read_bytes() + b"\0" + declarations.read_bytes()).hexdigest()


@attrs.frozen
class ModuleState:
    """Whether a module runs compiled: ``compiled`` (the copy matches its source), ``stale`` (the source changed
    since the build), ``not built`` (absent from the manifest, or its file missing)."""

    module: str
    state: str


class CompiledModules(importlib.abc.MetaPathFinder):
    """An import finder that answers for the manifest's modules with their compiled copies, each only while its
    source file has the hash it was compiled from; for anything else it answers nothing (the usual finders load
    the .py file)."""

    def __init__(self, folder: Path, package_dir: Path = PACKAGE_DIR) -> None:
        self.folder = folder
        self.package_dir = package_dir
        self.entries = _read_manifest(folder)
        #: modules whose copy was passed over because their source changed since the build
        self.stale: set[str] = set()

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.entries:
            return None
        state = self._state(fullname)
        if state == "stale":
            self.stale.add(fullname)
        if state != "compiled":
            return None
        compiled = self.folder / self.entries[fullname]["file"]
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(compiled))
        return importlib.util.spec_from_file_location(fullname, compiled, loader=loader)

    def states(self, modules: Iterable[str] = MODULES) -> list[ModuleState]:
        """Each module's state as an import would find it now."""
        return [ModuleState(module, self._state(module)) for module in modules]

    def _state(self, module: str) -> str:
        entry = self.entries.get(module)
        if entry is None or not (self.folder / entry["file"]).is_file():
            return "not built"
        try:
            current = source_hash(source_path(module, self.package_dir)) == entry["sha256"]
        except OSError:
            return "not built"  # the source is gone: the usual finders report the missing module
        return "compiled" if current else "stale"


def _load_manifest(folder: Path) -> dict[str, Any]:
    """The manifest as written; empty for a folder without one or with one that is unreadable."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """The manifest's modules; nothing for a folder without one, one that is unreadable, or one written for another
    interpreter's extension files."""
    manifest = _load_manifest(folder)
    if manifest.get("suffix") != _extension_suffix():
        return {}
    modules = manifest.get("modules")
    if not isinstance(modules, dict):
        return {}
    return {
        name: entry
        for name, entry in modules.items()
        if isinstance(entry, dict) and isinstance(entry.get("file"), str) and isinstance(entry.get("sha256"), str)
    }


def _extension_suffix() -> str:
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def pure_python_requested() -> bool:
    return os.environ.get(PURE_PYTHON_VARIABLE, "") not in ("", "0")


def install(folder: Path | None = None) -> CompiledModules | None:
    """Put the compiled copies first in line for imports (once per process); None when they are turned off or none
    were built."""
    for finder in sys.meta_path:
        if isinstance(finder, CompiledModules):
            return finder
    if pure_python_requested():
        return None
    finder = CompiledModules(folder or default_folder())
    if not finder.entries:
        return None
    sys.meta_path.insert(0, finder)
    return finder


def running_compiled(module: ModuleType) -> bool:
    """Whether an imported module is its compiled copy."""
    spec = getattr(module, "__spec__", None)
    return spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader)


@attrs.frozen
class BuildReport:
    folder: Path
    #: modules compiled by this build
    modules: tuple[str, ...]
    #: modules whose copies were current already, kept
    reused: tuple[str, ...]
    #: modules whose source changed while they were compiled: left out of the manifest (they run as Python)
    changed: tuple[str, ...]


class BuildError(Exception):
    """Cython or a C compiler is missing, or compiling failed."""


def build(
    folder: Path | None = None,
    modules: Sequence[str] = MODULES,
    *,
    package_dir: Path = PACKAGE_DIR,
    jobs: int | None = None,
    quiet: bool = True,
    force: bool = False,
) -> BuildReport:
    """Compile `modules` into `folder` (default: this interpreter's) and write the manifest last, so that a build that
    fails half way leaves the previous one, or none, in use. A module whose copy is current (same source, same Cython
    and settings) is not compiled again unless `force`: after editing one module, only that one is."""
    try:
        from Cython.Build import cythonize
        from setuptools import Distribution, Extension
    except ImportError as exc:
        raise BuildError(f"compiling needs Cython and setuptools (pip install 'quotes[compile]'): {exc}") from exc
    folder = folder or default_folder()
    jobs = jobs or os.cpu_count() or 1
    root = package_dir.parent
    hashes = {module: source_hash(source_path(module, package_dir)) for module in modules}
    settings = _settings()
    previous = {} if force or _read_settings(folder) != settings else _read_manifest(folder)
    reused = {
        module: previous[module]
        for module in modules
        if module in previous and previous[module]["sha256"] == hashes[module] and (folder / previous[module]["file"]).is_file()
    }
    todo = [module for module in modules if module not in reused]
    entries: dict[str, dict[str, str]] = dict(reused)
    changed: tuple[str, ...] = ()
    if todo:
        with tempfile.TemporaryDirectory(prefix="quotes-compile-") as scratch:
            work = Path(scratch)
            # relative source names: Cython writes them into tracebacks (``quotes/graph.py``, line 712)
            extensions = [
                Extension(module, [str(source_path(module, package_dir).relative_to(root))], extra_compile_args=_C_FLAGS)
                for module in todo
            ]
            cwd = Path.cwd()
            os.chdir(root)
            try:
                compiled = cythonize(
                    extensions, compiler_directives=DIRECTIVES, build_dir=str(work / "c"), nthreads=jobs, quiet=quiet, force=True
                )
                distribution = Distribution({"ext_modules": compiled, "script_name": "quotes-compile"})
                command = distribution.get_command_obj("build_ext")
                command.build_lib = str(work / "lib")
                command.build_temp = str(work / "tmp")
                command.parallel = jobs
                command.ensure_finalized()
                command.run()
            except (Exception, SystemExit) as exc:  # distutils reports a compiler error as SystemExit or CompileError
                raise BuildError(f"compiling failed: {exc}") from exc
            finally:
                os.chdir(cwd)
            changed = tuple(module for module in todo if source_hash(source_path(module, package_dir)) != hashes[module])
            folder.mkdir(parents=True, exist_ok=True)
            for module in todo:
                if module in changed:
                    continue
                relative = Path(*module.split(".")).as_posix() + _extension_suffix()
                target = folder / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                staged = target.with_name(target.name + ".new")
                shutil.copyfile(work / "lib" / relative, staged)
                os.replace(staged, target)  # a process that loaded the old file keeps its mapping
                entries[module] = {"file": relative, "sha256": hashes[module]}
    manifest = {"suffix": _extension_suffix(), "python": sys.version.split()[0], **settings, "modules": entries}
    folder.mkdir(parents=True, exist_ok=True)
    staged_manifest = folder / (MANIFEST + ".new")
    staged_manifest.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(staged_manifest, folder / MANIFEST)
    prune(folder, entries)
    built = tuple(module for module in todo if module in entries)
    return BuildReport(folder=folder, modules=built, reused=tuple(reused), changed=changed)


def prune(folder: Path, entries: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Delete the compiled copies that no manifest entry names (a module that became a package, as ``quotes.coref``
    became ``quotes.coreference``, or one taken off the list): none would be loaded, since the finder answers only for
    listed modules, but they would take room and confuse a reader of the folder. Returns their paths, relative."""
    named = {entry["file"] for entry in entries.values()}
    removed = []
    for path in sorted(folder.rglob("*" + _extension_suffix())):
        relative = path.relative_to(folder).as_posix()
        if relative not in named:
            path.unlink()
            removed.append(relative)
    return removed


def _settings() -> dict[str, object]:
    """What a compiled copy depends on besides its source: a change rebuilds every module."""
    return {"cython": _cython_version(), "directives": DIRECTIVES, "c_flags": _C_FLAGS}


def _read_settings(folder: Path) -> dict[str, object]:
    manifest = _load_manifest(folder)
    return {key: manifest.get(key) for key in ("cython", "directives", "c_flags")}


def _cython_version() -> str:
    import Cython

    return str(Cython.__version__)


def remove(folder: Path | None = None) -> bool:
    """Delete the compiled copies (the next process runs everything as Python); False when there were none."""
    folder = folder or default_folder()
    if not folder.exists():
        return False
    shutil.rmtree(folder)
    return True
