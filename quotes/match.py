"""Match rules against sentence graphs.

A rule's nodes are bound in order: the anchor by its constraints, every other
node by following its path from a node bound earlier. The first complete
binding for each anchor word is a :class:`Match`; it records, per node, the
concrete dependency steps that reached it. Sentences are only tried against
rules whose anchor lemma/form occurs in them.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from quotes.grammar.loader import Grammar
from quotes.grammar.paths import Step
from quotes.grammar.schema import Constraint, NodePattern, Rule
from quotes.graph import SentenceGraph, Word
from quotes.model import Binding, Evidence
from quotes.normalize import normalize

#: Bound on the states tried per anchor word: keeps `>>`-heavy rules linear in practice.
MAX_STATES_PER_ANCHOR = 5000


@attrs.frozen
class Match:
    """A rule bound on one sentence: node name → word, and how each was reached."""

    rule: Rule
    sentence: SentenceGraph
    bindings: Mapping[str, Word | None] = attrs.field(eq=False, hash=False)
    routes: Mapping[str, str] = attrs.field(eq=False, hash=False)

    def word(self, node: str) -> Word | None:
        return self.bindings.get(node)

    @property
    def anchor(self) -> Word:
        word = self.bindings[self.rule.anchor.name]
        assert word is not None  # the anchor is never optional  # noqa: S101
        return word

    def evidence(self, notes: tuple[str, ...] = ()) -> Evidence:
        return Evidence(
            rule_id=self.rule.id,
            bindings=tuple(
                Binding(node=name, word_index=word.index, word_text=word.text, path=self.routes.get(name, ""))
                for name, word in self.bindings.items()
                if word is not None
            ),
            notes=notes,
        )


@attrs.frozen
class Failure:
    """Why a rule did not fire on an anchor word: the first node that could not be bound."""

    rule_id: str
    anchor: Word | None
    node: str
    reason: str

    def __str__(self) -> str:
        where = f" at {self.anchor.text!r} ({self.anchor.index})" if self.anchor else ""
        return f"{self.rule_id}{where}: node {self.node!r}: {self.reason}"


@attrs.frozen
class RuleTrace:
    """What one rule did on one sentence: its matches, or why each anchor failed."""

    rule: Rule
    tried: bool
    matches: tuple[Match, ...]
    failures: tuple[Failure, ...]


@functools.lru_cache(maxsize=4096)
def _filter_values(step: Step) -> frozenset[str]:
    """The values a step's `[key=…]` filter accepts, normalised once per step (tags as written)."""
    if step.filter_key == "upos":
        return frozenset(step.filter_values)
    return frozenset(normalize(value) for value in step.filter_values)


def _passes_filter(word: Word, step: Step) -> bool:
    if step.filter_key is None:
        return True
    wanted = _filter_values(step)
    if step.filter_key == "upos":
        return word.upos in wanted
    if step.filter_key == "lemma":
        return word.lemma_key in wanted
    return not wanted.isdisjoint(word.keys)


def follow(graph: SentenceGraph, word: Word, step: Step) -> list[tuple[Word, str]]:
    """Words reached from `word` by one step, with the step as taken (`>nsubj`)."""
    reached = [(word, "")] if step.optional else []
    if step.filter_key is None:
        reached.extend(_follow_edges(graph, word, step))
    else:
        reached.extend(item for item in _follow_edges(graph, word, step) if _passes_filter(item[0], step))
    return reached


def _follow_edges(graph: SentenceGraph, word: Word, step: Step) -> list[tuple[Word, str]]:
    accepts = step.accepts
    if step.direction == "child":
        return [(child, f">{child.deprel}") for child in graph.children(word.index) if accepts(child.deprel)]
    if step.direction == "parent":
        parent = graph.parent(word.index)
        return [(parent, f"<{word.deprel}")] if parent is not None and accepts(word.deprel) else []
    if step.direction == "descendant":
        return [(below, f">>{below.deprel}") for below in graph.descendants(word.index) if accepts(below.deprel)]
    return [(above, f"<<{above.deprel}") for above in graph.ancestors(word.index) if accepts(above.deprel)]


#: Steps that reach words in sentence order, each once (a word's children, its descendants).
_IN_ORDER = frozenset({"child", "descendant"})


def walk(graph: SentenceGraph, start: Word, steps: tuple[Step, ...]) -> list[tuple[Word, str]]:
    """Every word at the end of `steps` from `start`, with the route, without repeats."""
    frontier: list[tuple[Word, str]] = [(start, "")]
    for step in steps:
        if len(frontier) == 1 and not step.optional and step.direction in _IN_ORDER:
            # one word's children or descendants: each once and in sentence order already
            word, route = frontier[0]
            frontier = [(reached, f"{route} {taken}".strip()) for reached, taken in follow(graph, word, step)]
            continue
        following: dict[int, tuple[Word, str]] = {}
        for word, route in frontier:
            for reached, taken in follow(graph, word, step):
                if reached.index not in following:  # the first route found to a word is the one kept
                    following[reached.index] = (reached, f"{route} {taken}".strip())
        frontier = [following[index] for index in sorted(following)]
    return frontier


def _has_edge(graph: SentenceGraph, word: Word, step: Step) -> bool:
    """Whether the step reaches any word from `word` (an optional step's "stay here" does not count)."""
    return any(_passes_filter(reached, step) for reached, _ in _follow_edges(graph, word, step))


def _first_failure(graph: SentenceGraph, word: Word, node: NodePattern, bound: Mapping[str, Word | None]) -> tuple[str, Any] | None:
    """None when `word` satisfies `node`, else what failed first, unformatted (matching only needs yes or no)."""
    for constraint in node.constraints:
        if not constraint.holds(graph, word):
            return "constraint", constraint
    for step in node.without:
        if _has_edge(graph, word, step):
            return "without", step
    if node.after is not None:
        target = bound.get(node.after)
        if target is not None and not word.index > target.index:
            return "after", target
    if node.before is not None:
        target = bound.get(node.before)
        if target is not None and not word.index < target.index:
            return "before", target
    for other in bound.values():
        if other is not None and other.index == word.index:
            return "bound", other
    return None


def check_word(graph: SentenceGraph, word: Word, node: NodePattern, bound: Mapping[str, Word | None]) -> str | None:
    """None when `word` satisfies `node`, else the first reason it does not."""
    failure = _first_failure(graph, word, node, bound)
    if failure is None:
        return None
    kind, item = failure
    if kind == "constraint":
        return f"{word.text!r} fails {item}"
    if kind == "without":
        return f"{word.text!r} has an edge it must not have: {item}"
    if kind in ("after", "before"):
        return f"{word.text!r} is not {kind} {getattr(node, kind)} {item.text!r}"
    return f"{word.text!r} is already bound to another node"


class _Search:
    """Binds a rule's nodes from one anchor word, depth first; with `explain`, keeps why the deepest attempt failed."""

    def __init__(self, rule: Rule, graph: SentenceGraph, *, explain: bool = True) -> None:
        self.rule = rule
        self.graph = graph
        self.explain = explain
        self.states = 0
        self.deepest: tuple[int, str, str] = (-1, "", "")

    def fail(self, depth: int, node: str, reason: str) -> None:
        if depth > self.deepest[0]:
            self.deepest = (depth, node, reason)

    def bind(self, depth: int, bound: dict[str, Word | None], routes: dict[str, str]) -> Match | None:
        nodes = self.rule.nodes
        if depth == len(nodes):
            return Match(rule=self.rule, sentence=self.graph, bindings=dict(bound), routes=dict(routes))
        self.states += 1
        if self.states > MAX_STATES_PER_ANCHOR:
            self.fail(depth, nodes[depth].name, "search bound reached")
            return None
        node = nodes[depth]
        assert node.path is not None  # only the anchor has no path  # noqa: S101
        source = bound.get(node.path.source)
        if source is None:
            if node.optional:
                return self._descend(depth, node.name, None, "", bound, routes)
            self.fail(depth, node.name, f"{node.path.source!r} is unbound")
            return None
        candidates = walk(self.graph, source, node.path.steps)
        reason = ""
        if not candidates and self.explain:
            reason = f"no word reached by '{node.path}' from {source.text!r}"
        for word, route in candidates:
            if not self.explain:
                if _first_failure(self.graph, word, node, bound) is not None:
                    continue
            else:
                why_not = check_word(self.graph, word, node, bound)
                if why_not is not None:
                    reason = reason or why_not
                    continue
            found = self._descend(depth, node.name, word, f"{node.path.source} {route}", bound, routes)
            if found is not None:
                return found
        if node.optional:
            return self._descend(depth, node.name, None, "", bound, routes)
        self.fail(depth, node.name, reason or "no candidate led to a complete match")
        return None

    def _descend(
        self,
        depth: int,
        name: str,
        word: Word | None,
        route: str,
        bound: dict[str, Word | None],
        routes: dict[str, str],
    ) -> Match | None:
        bound[name] = word
        routes[name] = route
        try:
            return self.bind(depth + 1, bound, routes)
        finally:
            del bound[name]
            del routes[name]


def _applies(rule: Rule, graph: SentenceGraph) -> bool:
    if rule.trigger_keys is not None and rule.trigger_keys.isdisjoint(graph.words_by_key.keys()):
        return False
    if rule.trigger_text is not None:
        joined = graph.joined_forms
        return any(text in joined for text in rule.trigger_text)
    return True


def _anchor_candidates(rule: Rule, graph: SentenceGraph) -> list[Word] | tuple[Word, ...]:
    """Only words that carry a trigger key can be the anchor; without trigger keys, every word."""
    if rule.trigger_keys is None:
        return graph.words
    return graph.words_with_keys(rule.trigger_keys)


def trace_rule(rule: Rule, graph: SentenceGraph) -> RuleTrace:
    """Run one rule on one sentence, keeping the reason for every failed anchor."""
    if not _applies(rule, graph):
        return RuleTrace(
            rule=rule,
            tried=False,
            matches=(),
            failures=(
                Failure(rule.id, None, rule.anchor.name, "no trigger lemma, form or phrase of the anchor in the sentence"),
            ),
        )
    matches: list[Match] = []
    failures: list[Failure] = []
    anchor_node = rule.anchor
    # only the words the extractor tries: those with one of the rule's trigger keys (a phrase test alone reads the
    # forms joined without spaces: `طبقا ل` would hold at `وطبق المدرب`, where the extractor never looks)
    for word in _anchor_candidates(rule, graph):
        why_not = check_word(graph, word, anchor_node, {})
        if why_not is not None:
            first = anchor_node.constraints[0] if anchor_node.constraints else None
            if first is not None and first.holds(graph, word):
                failures.append(Failure(rule.id, word, anchor_node.name, why_not))
            continue
        search = _Search(rule, graph)
        found = search.bind(1, {anchor_node.name: word}, {anchor_node.name: anchor_node.name})
        if found is not None:
            matches.append(found)
        else:
            _, node, reason = search.deepest
            failures.append(Failure(rule.id, word, node, reason))
    if not matches and not failures:  # no word even came close: say what the anchor asks for
        failures.append(
            Failure(
                rule.id,
                None,
                anchor_node.name,
                "no word satisfies " + ", ".join(str(c) for c in anchor_node.constraints),
            )
        )
    return RuleTrace(rule=rule, tried=True, matches=tuple(matches), failures=tuple(failures))


def _needed_words(rule: Rule) -> tuple[tuple[str, frozenset[str]], ...]:
    """The `form` and `token` lists of the rule's nodes that must be bound (not the anchor's, which its trigger keys
    cover): a sentence where no word has one of a list's forms cannot match (`form = ["نقلا"]` of a relay)."""
    return tuple(
        (constraint.key, constraint.values)
        for node in rule.nodes[1:]
        if not node.optional
        for constraint in node.constraints
        if constraint.key in ("form", "token") and not constraint.negated and constraint.values is not None
    )


class _TriggerIndex:
    """Trigger key → the rules (by position) whose anchor it can be: a sentence's words are looked up once for all
    rules, instead of each rule comparing its trigger keys (every written form of 136 verbs) with the sentence's."""

    #: Words' trigger keys remembered with the rules they trigger, up to this many spellings (then forgotten, so
    #: that a long run's memory stays flat).
    LIMIT = 200_000

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        table: dict[str, list[int]] = {}
        for position, rule in enumerate(rules):
            for key in rule.trigger_keys or ():
                table.setdefault(key, []).append(position)
        self._rules_by_key = {key: tuple(positions) for key, positions in table.items()}
        #: the rules without trigger keys: any word may be their anchor, so they are tried on every sentence
        self.untriggered = frozenset(position for position, rule in enumerate(rules) if rule.trigger_keys is None)
        self._rules_by_word: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._needs = [_needed_words(rule) for rule in rules]
        # a rule's phrases (trigger_text): is any of them in the sentence's joined forms?
        self._phrases = {rule.trigger_text: shortest_phrases(rule.trigger_text) for rule in rules if rule.trigger_text}

    def _rules_of(self, trigger_keys: tuple[str, ...]) -> tuple[int, ...]:
        found = self._rules_by_word.get(trigger_keys)
        if found is None:
            if len(self._rules_by_word) >= self.LIMIT:
                self._rules_by_word.clear()
            listed = {position for key in trigger_keys for position in self._rules_by_key.get(key, ())}
            found = self._rules_by_word[trigger_keys] = tuple(sorted(listed))
        return found

    def anchors(self, graph: SentenceGraph) -> dict[int, list[Word]]:
        """Rule position → the words of `graph`, in order, that carry one of its trigger keys (rules with none absent)."""
        found: dict[int, list[Word]] = {}
        known = self._rules_by_word
        for word in graph.words:
            positions = known.get(word.trigger_keys)  # most words trigger no rule: an empty tuple, known already
            for position in self._rules_of(word.trigger_keys) if positions is None else positions:
                found.setdefault(position, []).append(word)
        return found

    def has_needed_words(self, position: int, graph: SentenceGraph) -> bool:
        """Whether every form or token the rule's required nodes ask for occurs in the sentence (see _needed_words)."""
        for key, values in self._needs[position]:
            if key == "form" and values.isdisjoint(graph.form_keys):
                return False
            if key == "token" and values.isdisjoint(graph.token_keys):
                return False
        return True

    def has_phrase(self, rule: Rule, graph: SentenceGraph, known: dict[frozenset[str], bool] | None = None) -> bool:
        """Whether one of the rule's phrases occurs in the sentence's joined forms (true for a rule without any);
        `known`: the answers for this sentence so far, by phrases (rules that share theirs look once)."""
        if rule.trigger_text is None:
            return True
        if not rule.trigger_text:
            return False
        found = known.get(rule.trigger_text) if known is not None else None
        if found is None:
            joined = graph.joined_forms
            found = any(text in joined for text in self._phrases[rule.trigger_text])
            if known is not None:
                known[rule.trigger_text] = found
        return found


def shortest_phrases(phrases: frozenset[str]) -> tuple[str, ...]:
    """The phrases that hold no other one: where a longer phrase occurs (بحسبما), a shorter one in it does too (حسب),
    so these alone say whether any occurs."""
    return tuple(sorted(text for text in phrases if not any(other != text and other in text for other in phrases)))


#: Constraints on a word's own tags, cheaper to test again than to look up: never remembered (see _AnchorTests).
_TAG_KEYS = frozenset({"upos", "xpos", "deprel"})


class _AnchorTests:
    """Each rule's anchor constraints, where rules share some: a constraint that several rules' anchors have (the
    reporting verbs' lemma, `not phrase=@non_quote_cues`, the according-to phrase …) is tested once per word of a
    sentence, its answer remembered for the next rule that asks. Constraints are shared when equal (same key,
    values and description: within one grammar, the same test); tests on a word's tags are cheaper to repeat."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        numbers: dict[Constraint, int] = {}
        #: per rule: (number, constraint) for a remembered constraint, (None, constraint) for a repeated one
        self.by_rule: list[tuple[tuple[int | None, Constraint], ...]] = [
            tuple(
                (None if constraint.key in _TAG_KEYS else numbers.setdefault(constraint, len(numbers)), constraint)
                for constraint in rule.anchor.constraints
            )
            for rule in rules
        ]

    def hold(self, position: int, graph: SentenceGraph, word: Word, answers: dict[tuple[int, int], bool]) -> bool:
        """Whether every anchor constraint of the rule at `position` holds at `word`; `answers`: this sentence's so far."""
        for number, constraint in self.by_rule[position]:
            if number is None:
                if not constraint.holds(graph, word):
                    return False
                continue
            key = (number, word.index)
            found = answers.get(key)
            if found is None:
                found = answers[key] = constraint.holds(graph, word)
            if not found:
                return False
        return True


class Matcher:
    """Applies a grammar's rules to sentence graphs; reusable and stateless between calls."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self._triggers = _TriggerIndex(grammar.rules)
        self._anchor_tests = _AnchorTests(grammar.rules)
        #: whether the rules come highest priority first (as the loader orders them): then the first rule that matches
        #: at a word is the one that claims it (see chosen_matches)
        priorities = [rule.priority for rule in grammar.rules]
        self._by_priority = all(a >= b for a, b in itertools.pairwise(priorities))

    def match_sentence(self, graph: SentenceGraph) -> list[Match]:
        """Every rule's matches on `graph`, highest priority first."""
        return self._matches(graph, first_only=False)

    def chosen_matches(self, graph: SentenceGraph) -> list[Match]:
        """The matches that claim their cue word: of :meth:`match_sentence`'s matches at each anchor word, the first of
        the highest priority (what the drafts keep, `quotes.drafts.assembler`), in the same order. The rules after the
        one that claimed a word are not tried at that word (half of a sentence's matches, with their failed tries)."""
        if not self._by_priority:
            return first_per_anchor(self.match_sentence(graph))
        return self._matches(graph, first_only=True)

    def _matches(self, graph: SentenceGraph, *, first_only: bool) -> list[Match]:
        found: list[Match] = []
        claimed: set[int] = set()  # the anchor words with a match (first_only: no later rule is tried there)
        anchors = self._triggers.anchors(graph)
        phrases: dict[frozenset[str], bool] = {}
        answers: dict[tuple[int, int], bool] = {}
        rules = self.grammar.rules
        # only the rules some word of the sentence triggers (about a dozen of the grammar's 41 in most sentences) and
        # those any word may anchor, in the grammar's order
        for position in sorted(anchors.keys() | self._triggers.untriggered):
            rule = rules[position]
            # the words that can be the anchor: those with a trigger key, else every word (see _applies)
            candidates = graph.words if rule.trigger_keys is None else anchors.get(position)
            if candidates and first_only and claimed:
                candidates = [word for word in candidates if word.index not in claimed]
            if not candidates:
                continue
            if not self._triggers.has_needed_words(position, graph) or not self._triggers.has_phrase(rule, graph, phrases):
                continue
            anchor_node = rule.anchor
            for word in candidates:
                # what _first_failure asks of the anchor: its constraints, none of its `without` edges (no node is
                # bound yet for `after`, `before` or a word bound twice)
                if not self._anchor_tests.hold(position, graph, word, answers) or any(
                    _has_edge(graph, word, step) for step in anchor_node.without
                ):
                    continue
                search = _Search(rule, graph, explain=False)
                match = search.bind(1, {anchor_node.name: word}, {anchor_node.name: anchor_node.name})
                if match is not None:
                    found.append(match)
                    claimed.add(word.index)
        return found

    def trace_sentence(self, graph: SentenceGraph) -> list[RuleTrace]:
        return [trace_rule(rule, graph) for rule in self.grammar.rules]


def first_per_anchor(matches: Sequence[Match]) -> list[Match]:
    """Of `matches`, the first of the highest priority at each anchor word, in the order they come sorted by priority
    (a stable sort: ties keep their order)."""
    chosen: dict[int, Match] = {}
    for match in sorted(matches, key=lambda found: -found.rule.priority):
        chosen.setdefault(match.anchor.index, match)
    return list(chosen.values())


def match_sentence(grammar: Grammar, graph: SentenceGraph) -> list[Match]:
    return Matcher(grammar).match_sentence(graph)
