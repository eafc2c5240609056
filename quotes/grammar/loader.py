"""Read rule files, check every field, and report every problem at once.

Each problem names the file, the rule id and the field, and where it can, the
fix: ``rules/cues.toml:cue-subject:prority: unknown key (did you mean 'priority'?)``.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path as FilePath
from typing import Any

import attrs
import regex

from quotes.errors import LexiconError, RuleError, RuleProblem
from quotes.grammar.paths import (
    UD_FEATURES,
    UD_RELATIONS,
    UD_SUBTYPES,
    Path,
    PathSyntaxError,
    Step,
    known_relation,
    parse_path,
    unknown_relations,
)
from quotes.grammar.schema import (
    EXAMPLE_KEYS,
    EXPECT_KEYS,
    NODE_KEYS,
    NORMALISED_KEYS,
    QUOTE_TYPES,
    RULE_KEYS,
    SET_CONSTRAINTS,
    Constraint,
    Example,
    NodePattern,
    Rule,
    describe_values,
    feats_test,
    past_tense_forms,
    phrase_test,
    present_tense_forms,
    regex_test,
)
from quotes.lexicon import Lexicon, load_lexicon, load_lexicons
from quotes.normalize import normalize

UPOS_TAGS = (
    "ADJ",
    "ADP",
    "ADV",
    "AUX",
    "CCONJ",
    "DET",
    "INTJ",
    "NOUN",
    "NUM",
    "PART",
    "PRON",
    "PROPN",
    "PUNCT",
    "SCONJ",
    "SYM",
    "VERB",
    "X",
)


def default_rules_dir() -> FilePath:
    """`rules/` of a source checkout, else the copy installed inside the package."""
    package = FilePath(__file__).resolve().parent.parent
    checkout = package.parent / "rules"
    if (checkout / "lexicons").is_dir():
        return checkout
    return package / "_rules"


@functools.cache
def bundled_lexicon(name: str) -> Lexicon:
    """The lexicon `name` of the project's own rules (``rules/lexicons/NAME.tsv``), read once a process whatever
    rules folder an extractor is given: the module-level word lists of the name readers and of coreference (here,
    beside :func:`default_rules_dir`: this module is never compiled)."""
    return load_lexicon(default_rules_dir() / "lexicons" / f"{name}.tsv")


@functools.cache
def parser_lexicon(name: str) -> Lexicon:
    """The lexicon `name` the parser reads before any rule runs (``rules/lexicons/parser/NAME.tsv``: the name words the
    clitic pass keeps whole), read once a process and only by the parser: no rule refers to it, so it is kept out of
    the folder :func:`load_grammar` reads."""
    return load_lexicon(default_rules_dir() / "lexicons" / "parser" / f"{name}.tsv")


#: `@lexicon[column=value|value]`: the words of a lexicon whose column holds one of the values.
_SELECTOR = re.compile(r"@(?P<name>[^\[\]]+)\[(?P<column>[^=\]]+)=(?P<values>[^\]]+)\]")


def _lexicon_selector(item: str) -> tuple[str, tuple[str, frozenset[str]] | None]:
    """The lexicon a value names and the entries it selects, if any: `@role_nouns` (every word) or
    `@role_nouns[kind=job|rank]` (the words whose `kind` is job or rank)."""
    found = _SELECTOR.fullmatch(item)
    if found is None:
        return item[1:], None
    values = frozenset(value.strip() for value in found["values"].split("|") if value.strip())
    return found["name"], (found["column"].strip(), values)


@functools.cache
def marked_words(name: str, column: str) -> frozenset[str]:
    """The normalised words of the project's lexicon ``rules/lexicons/NAME.tsv`` marked ``yes`` in `column` (a list
    with one column a reading, each said in the file), read once a process (:func:`bundled_lexicon`)."""
    lexicon = bundled_lexicon(name)
    if column not in lexicon.columns[1:]:
        raise LexiconError(f"no column {column!r} (its columns: {', '.join(lexicon.columns)})", path=lexicon.path)
    return frozenset(key for key, entry in lexicon.entries.items() if entry.get(column) == "yes")


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """The normalised keys of the project's lexicon ``rules/lexicons/NAME.tsv`` (all of its words, whatever their
    columns), read once a process (:func:`bundled_lexicon`)."""
    return frozenset(bundled_lexicon(name))


def name_link_words(column: str) -> frozenset[str]:
    """The words that join the parts of a name (``name_links.tsv``) marked ``yes`` in `column` (link, particle,
    tag_cue, not_a_surname, opens_family)."""
    return marked_words("name_links", column)


def second_name_halves() -> frozenset[str]:
    """The second halves of compound given names written apart (``name_ends.tsv``, column second_half: الدين of صلاح
    الدين)."""
    return marked_words("name_ends", "second_half")


def time_words(column: str) -> frozenset[str]:
    """The time words (``time_words.tsv``) marked ``yes`` in `column`: ``speaker`` (days, moments, "at that time":
    never a speaker nor a name's part) or ``period`` (a stretch of time a report covers: never its issuer)."""
    return marked_words("time_words", column)


@attrs.frozen
class Grammar:
    """A checked rule set with its lexicons, rules ordered by priority (highest first)."""

    rules: tuple[Rule, ...]
    lexicons: Mapping[str, Lexicon] = attrs.field(eq=False, hash=False)
    folder: FilePath

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        known = [rule.id for rule in self.rules]
        hint = _suggest(rule_id, known)
        raise RuleError([RuleProblem(str(self.folder), rule_id, None, f"no such rule{hint}")])

    def lexicon(self, name: str) -> Lexicon:
        return self.lexicons[name]


def _suggest(value: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Collector:
    def __init__(self) -> None:
        self.problems: list[RuleProblem] = []

    def add(self, path: str, rule_id: str | None, field: str | None, message: str) -> None:
        self.problems.append(RuleProblem(path, rule_id, field, message))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


class _RuleReader:
    """Turns the TOML of one rule into a :class:`Rule`, collecting problems."""

    def __init__(self, path: str, lexicons: Mapping[str, Lexicon], examples_dir: FilePath, problems: _Collector):
        self.path = path
        self.lexicons = lexicons
        self.examples_dir = examples_dir
        self.problems = problems
        self.rule_id = "?"

    def problem(self, field: str | None, message: str) -> None:
        self.problems.add(self.path, self.rule_id, field, message)

    def read(self, table: Any, position: int) -> Rule | None:
        if not isinstance(table, dict):
            self.problems.add(self.path, f"rule #{position}", None, "a rule must be a table ([[rule]])")
            return None
        rule_id = table.get("id")
        self.rule_id = rule_id if isinstance(rule_id, str) and rule_id else f"rule #{position}"
        for key in table:
            if key not in RULE_KEYS:
                self.problem(
                    key, f"unknown key {key!r}{_suggest(key, RULE_KEYS)}; rule keys are: {', '.join(RULE_KEYS)}"
                )
        if not isinstance(rule_id, str) or not re.match(r"^[a-z0-9][a-z0-9_.-]*$", rule_id or ""):
            self.problem(
                "id", "missing or malformed: use lower-case letters, digits, '-', e.g. 'cue-subject-complement'"
            )
        description = table.get("description")
        if not isinstance(description, str) or not description.strip():
            self.problem("description", "missing: say in one sentence what the rule finds")
            description = ""
        priority = table.get("priority", 0)
        if not isinstance(priority, int) or isinstance(priority, bool):
            self.problem("priority", f"must be an integer, not {priority!r}")
            priority = 0
        quote_type = table.get("type", "auto")
        if quote_type not in QUOTE_TYPES:
            self.problem(
                "type",
                f"unknown type {quote_type!r}{_suggest(str(quote_type), QUOTE_TYPES)}; one of {', '.join(QUOTE_TYPES)}",
            )
        confidence = table.get("confidence", 0.8)
        if not isinstance(confidence, (int, float)) or isinstance(confidence, bool) or not 0 <= confidence <= 1:
            self.problem("confidence", f"must be a number in [0, 1], not {confidence!r}")
            confidence = 0.8
        nodes = self.read_nodes(table.get("nodes"))
        examples = self.read_examples(table.get("examples", []))
        if nodes is None:
            return None
        trigger = self.trigger_keys(nodes[0])
        return Rule(
            id=self.rule_id,
            description=description.strip(),
            priority=priority,
            type=str(quote_type),
            confidence=float(confidence),
            nodes=nodes,
            examples=examples,
            path=self.path,
            trigger_keys=trigger,
            trigger_text=self.trigger_text(nodes[0]),
        )

    # -- nodes

    def read_nodes(self, nodes: Any) -> tuple[NodePattern, ...] | None:
        if not isinstance(nodes, dict) or not nodes:
            self.problem("nodes", "missing: add [rule.nodes.cue] and the nodes reached from it")
            return None
        bound: list[str] = []
        patterns: list[NodePattern] = []
        for position, (name, spec) in enumerate(nodes.items()):
            field = f"nodes.{name}"
            if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
                self.problem(field, "a node name is a plain identifier such as 'cue' or 'speaker'")
                continue
            if not isinstance(spec, dict):
                self.problem(field, "a node is a table of constraints")
                continue
            pattern = self.read_node(name, spec, bound, anchor=position == 0)
            if pattern is not None:
                patterns.append(pattern)
            bound.append(name)
        if len(patterns) != len(nodes):
            return None
        return tuple(patterns)

    def read_node(self, name: str, spec: dict[str, Any], bound: list[str], *, anchor: bool) -> NodePattern | None:
        field = f"nodes.{name}"
        ok = True
        for key in spec:
            if key not in NODE_KEYS:
                self.problem(
                    f"{field}.{key}",
                    f"unknown key {key!r}{_suggest(key, NODE_KEYS)}; node keys are: {', '.join(NODE_KEYS)}",
                )
                ok = False
        path = None
        if "path" in spec:
            if anchor:
                self.problem(
                    f"{field}.path",
                    "the first node is the anchor and has no path; move it below the node it starts from",
                )
                ok = False
            else:
                try:
                    path = self.with_lexicon_filters(f"{field}.path", parse_path(str(spec["path"])))
                except PathSyntaxError as exc:
                    self.problem(f"{field}.path", str(exc))
                    ok = False
                else:
                    if path.source not in bound:
                        self.problem(
                            f"{field}.path",
                            f"undefined node {path.source!r}{_suggest(path.source, bound)}; "
                            f"nodes bound before it: {', '.join(bound) or 'none'}",
                        )
                        ok = False
                    for relation in unknown_relations(path):
                        self.problem(
                            f"{field}.path",
                            f"unknown relation {relation!r}{_suggest(relation.split(':')[0], UD_RELATIONS)}; "
                            f"UD relations are: {', '.join(UD_RELATIONS)}",
                        )
                        ok = False
        elif not anchor:
            self.problem(field, 'no path: say how the node is reached, e.g. path = "cue >nsubj"')
            ok = False
        optional = spec.get("optional", False)
        if not isinstance(optional, bool):
            self.problem(f"{field}.optional", f"must be true or false, not {optional!r}")
            ok = False
        if anchor and optional:
            self.problem(f"{field}.optional", "the anchor cannot be optional")
            ok = False
        constraints: list[Constraint] = []
        for key, written in spec.items():
            negated = key.startswith("not_")
            base = key[4:] if negated else key
            built = self.constraint(f"{field}.{key}", base, written, negated=negated)
            if built is None:
                if base in SET_CONSTRAINTS or base in ("phrase", "form_regex", "feats"):
                    ok = False
                continue
            constraints.append(attrs.evolve(built, negated=negated))
        without: list[Step] = []
        for raw in _as_list(spec.get("without", [])):
            try:
                parsed = self.with_lexicon_filters(f"{field}.without", parse_path(f"self {raw}"))
            except PathSyntaxError as exc:
                self.problem(f"{field}.without", str(exc))
                ok = False
                continue
            if len(parsed.steps) != 1:
                self.problem(f"{field}.without", f"{raw!r}: one step per entry, e.g. '>nsubj'")
                ok = False
                continue
            for relation in unknown_relations(parsed):
                self.problem(f"{field}.without", f"unknown relation {relation!r}{_suggest(relation, UD_RELATIONS)}")
                ok = False
            without.append(parsed.steps[0])
        order: dict[str, str | None] = {}
        for key in ("after", "before"):
            target = spec.get(key)
            if target is not None and target not in bound:
                self.problem(f"{field}.{key}", f"undefined node {target!r}{_suggest(str(target), bound)}")
                ok = False
            order[key] = target
        if not ok:
            return None
        return NodePattern(
            name=name,
            path=path,
            optional=optional,
            constraints=tuple(constraints),
            without=tuple(without),
            after=order["after"],
            before=order["before"],
        )

    def with_lexicon_filters(self, field: str, path: Path) -> Path:
        """The path with each step filter that names a lexicon (`>nmod[lemma=@thanks_nouns]`) holding that lexicon's
        words, as a node constraint's `@name` does; an unknown lexicon is reported and the step keeps no word."""
        steps = []
        for step in path.steps:
            if step.filter_key is not None and any(value.startswith("@") for value in step.filter_values):
                values = self.values(field, step.filter_key, list(step.filter_values)) or frozenset()
                written = "|".join(step.filter_values)
                step = attrs.evolve(step, filter_values=tuple(sorted(values)), filter_written=written)
            steps.append(step)
        return attrs.evolve(path, steps=tuple(steps))

    def values(self, field: str, key: str, written: Any) -> frozenset[str] | None:
        items = _as_list(written)
        if not items or not all(isinstance(item, str) and item for item in items):
            self.problem(field, f"must be a string or a list of strings, not {written!r}")
            return None
        found: set[str] = set()
        for item in items:
            if item.startswith("@"):
                name, selector = _lexicon_selector(item)
                lexicon = self.lexicons.get(name)
                if lexicon is None:
                    self.problem(
                        field,
                        f"unknown lexicon {item!r}{_suggest(name, self.lexicons)}; "
                        f"lexicons: {', '.join('@' + name for name in self.lexicons)}",
                    )
                    return None
                if selector is not None:
                    selected = self.selected_entries(field, item, lexicon, selector)
                    if selected is None:
                        return None
                    found.update(selected)
                    continue
                found.update(lexicon)
                if key == "lemma" and "present" in lexicon.columns:
                    # a wrong lemma from a small lemmatizer (ضَيَّف for يضيف): the imperfect forms find the verb
                    found.update(lexicon.by_column("present", present_tense_forms))
            elif key in NORMALISED_KEYS:
                found.add(normalize(item))
            else:
                found.add(item)
        if key == "upos":
            for tag in found - set(UPOS_TAGS):
                self.problem(
                    field, f"unknown UPOS {tag!r}{_suggest(tag, UPOS_TAGS)}; UPOS tags are: {', '.join(UPOS_TAGS)}"
                )
                return None
        if key == "deprel":
            for relation in found:
                if not known_relation(relation):
                    known = (*UD_RELATIONS, *UD_SUBTYPES)
                    self.problem(
                        field,
                        f"unknown relation {relation!r}{_suggest(relation, known)}; UD relations are: {', '.join(UD_RELATIONS)} "
                        f"and the subtypes {', '.join(UD_SUBTYPES)}",
                    )
                    return None
        return frozenset(found)

    def selected_entries(self, field: str, item: str, lexicon: Lexicon, selector: tuple[str, frozenset[str]]) -> frozenset[str] | None:
        """The keys of `lexicon` whose `column` holds one of the selected values (`@role_nouns[kind=job|rank]`)."""
        column, wanted = selector
        if column not in lexicon.columns[1:]:
            self.problem(field, f"{item!r}: the lexicon has no column {column!r} (its columns: {', '.join(lexicon.columns[1:])})")
            return None
        keys = frozenset(key for key, entry in lexicon.entries.items() if entry.get(column) in wanted)
        if not keys:
            self.problem(field, f"{item!r} selects no word of the lexicon")
            return None
        return keys

    def constraint(self, field: str, key: str, written: Any, *, negated: bool = False) -> Constraint | None:
        if key in SET_CONSTRAINTS:
            values = self.values(field, key, written)
            if values is None:
                return None
            return Constraint(
                key=key, description=describe_values(key, written), test=SET_CONSTRAINTS[key](values), values=values
            )
        if key == "phrase":
            if not isinstance(written, str) or not written.startswith("@") or written[1:] not in self.lexicons:
                self.problem(
                    field,
                    f"must name a lexicon such as '@according_to', not {written!r}{_suggest(str(written).lstrip('@'), self.lexicons)}",
                )
                return None
            lexicon = self.lexicons[written[1:]]
            return Constraint(
                key=key,
                description=f"phrase={written}",
                test=phrase_test(lexicon),
                values=lexicon.first_words,
                contains=lexicon.glued_keys,
            )
        if key == "form_regex":
            try:
                # the `regex` module: Unicode properties (\p{Arabic}, \p{Mn}) that Arabic forms need
                pattern = regex.compile(str(written))
            except regex.error as exc:
                self.problem(field, f"bad regular expression {written!r}: {exc}")
                return None
            return Constraint(key=key, description=f"form~/{written}/", test=regex_test(pattern))
        if key == "feats":
            if not isinstance(written, dict) or not written:
                self.problem(field, 'must be a table such as { Gender = "Fem" }')
                return None
            for name in written:
                if str(name).split("[", 1)[0] not in UD_FEATURES:
                    known = ", ".join(UD_FEATURES)
                    self.problem(field, f"unknown feature {name!r}{_suggest(str(name), UD_FEATURES)}; UD features are: {known}")
                    return None
            wanted = {name: frozenset(str(value) for value in _as_list(values)) for name, values in written.items()}
            # feats = every listed feature has one of its values; not_feats = none of them has
            joiner = "," if not negated else " or "
            shown = joiner.join(f"{name}={'|'.join(sorted(values))}" for name, values in wanted.items())
            return Constraint(key=key, description=f"feats[{shown}]", test=feats_test(wanted, any_of=negated))
        return None

    def trigger_keys(self, anchor: NodePattern) -> frozenset[str] | None:
        """Normalised keys one of which a sentence must hold for the rule to be tried."""
        for constraint in anchor.constraints:
            if constraint.key == "lemma" and not constraint.negated and constraint.values is not None:
                return frozenset(form for value in constraint.values for form in past_tense_forms(value))
            if constraint.key in (*NORMALISED_KEYS, "phrase") and not constraint.negated:
                return constraint.values
        return None

    @staticmethod
    def trigger_text(anchor: NodePattern) -> frozenset[str] | None:
        """Strings one of which the sentence's joined word forms must contain for the rule to be tried."""
        for constraint in anchor.constraints:
            if constraint.contains is not None and not constraint.negated:
                return constraint.contains
        return None

    # -- examples

    def read_examples(self, examples: Any) -> tuple[Example, ...]:
        if not isinstance(examples, list):
            self.problem("examples", "write examples as [[rule.examples]] tables")
            return ()
        read: list[Example] = []
        for number, table in enumerate(examples, 1):
            field = f"examples[{number}]"
            if not isinstance(table, dict):
                self.problem(field, "an example is a table")
                continue
            for key in table:
                if key not in EXAMPLE_KEYS:
                    self.problem(
                        f"{field}.{key}",
                        f"unknown key {key!r}{_suggest(key, EXAMPLE_KEYS)}; example keys are: {', '.join(EXAMPLE_KEYS)}",
                    )
            text = table.get("text")
            if not isinstance(text, str) or not text.strip():
                self.problem(f"{field}.text", "missing: give the sentence as written")
                continue
            fires = table.get("fires", True)
            if not isinstance(fires, bool):
                self.problem(f"{field}.fires", "must be true or false")
                continue
            expect = table.get("expect", {})
            if not isinstance(expect, dict):
                self.problem(f"{field}.expect", 'must be a table such as { cue = "قال", speaker = "…" }')
                continue
            for key, value in expect.items():
                if key not in EXPECT_KEYS:
                    self.problem(
                        f"{field}.expect.{key}",
                        f"unknown field {key!r}{_suggest(key, EXPECT_KEYS)}; expected fields: {', '.join(EXPECT_KEYS)}",
                    )
                elif value != "" and not isinstance(value, str):
                    self.problem(f"{field}.expect.{key}", "must be a string ('' for none)")
                elif key not in ("type",) and value and value not in text:
                    self.problem(f"{field}.expect.{key}", f"{value!r} is not part of the example text")
            if fires and not expect:
                self.problem(f"{field}.expect", "a positive example says what it expects (at least the cue)")
            conllu = self.example_conllu(field, table.get("conllu"))
            read.append(
                Example(
                    text=text,
                    conllu=conllu,
                    expect={key: (value or None) for key, value in expect.items()},
                    fires=fires,
                    note=str(table.get("note", "")),
                    origin=f"{self.path}:{self.rule_id}:{field}",
                )
            )
        return tuple(read)

    def example_conllu(self, field: str, written: Any) -> str | None:
        if written is None:
            return None
        if not isinstance(written, str):
            self.problem(f"{field}.conllu", "must be a string")
            return None
        if "\t" in written:
            return written
        file_name, _, sent_id = written.partition("#")
        target = self.examples_dir / file_name
        if not target.is_file():
            self.problem(f"{field}.conllu", f"no file {file_name!r} under {self.examples_dir}")
            return None
        text = target.read_text(encoding="utf-8")
        if not sent_id:
            return text
        block = _sentence_block(text, sent_id)
        if block is None:
            self.problem(f"{field}.conllu", f"no sentence with sent_id {sent_id!r} in {file_name}")
        return block


def _sentence_block(text: str, sent_id: str) -> str | None:
    for block in re.split(r"\n\s*\n", text):
        for line in block.splitlines():
            if line.startswith("# sent_id") and line.partition("=")[2].strip() == sent_id:
                kept = [row for row in block.splitlines() if not row.startswith("# newdoc")]
                return "\n".join(kept) + "\n"
    return None


def load_grammar(folder: str | FilePath | None = None, *, files: Iterable[FilePath] | None = None) -> Grammar:
    """Load and check every ``*.toml`` rule file in `folder` (default: the project's `rules/`).

    Raises :class:`RuleError` listing every problem found, each located.
    """
    root = FilePath(folder) if folder is not None else default_rules_dir()
    problems = _Collector()
    try:
        lexicons = load_lexicons(root / "lexicons")
    except LexiconError as exc:
        raise RuleError([RuleProblem(exc.path, None, "lexicon", str(exc))]) from exc
    rule_files = sorted(files) if files is not None else sorted(root.glob("*.toml"))
    if not rule_files:
        problems.add(str(root), None, None, "no rule files (*.toml) found")
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for rule_file in rule_files:
        shown = str(rule_file)
        try:
            data = tomllib.loads(rule_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            problems.add(shown, None, None, f"cannot read: {exc}")
            continue
        except tomllib.TOMLDecodeError as exc:
            problems.add(shown, None, None, f"not valid TOML: {exc}")
            continue
        for key in data:
            if key != "rule":
                problems.add(
                    shown,
                    None,
                    key,
                    f"unknown top-level key {key!r}{_suggest(key, ['rule'])}; a rule file holds [[rule]] tables",
                )
        reader = _RuleReader(shown, lexicons, root / "examples", problems)
        for position, table in enumerate(_as_list(data.get("rule", [])), 1):
            rule = reader.read(table, position)
            rule_id = table.get("id") if isinstance(table, dict) else None
            if isinstance(rule_id, str) and rule_id:
                if rule_id in seen:
                    problems.add(shown, rule_id, "id", f"duplicate rule id, first defined in {seen[rule_id]}")
                    continue
                seen[rule_id] = shown
            if rule is not None:
                rules.append(rule)
    if problems.problems:
        raise RuleError(problems.problems)
    rules.sort(key=lambda rule: (-rule.priority, rule.id))
    return Grammar(rules=tuple(rules), lexicons=lexicons, folder=root)
