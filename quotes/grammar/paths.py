"""The compact path syntax between pattern nodes.

A path names a node bound earlier, then steps through the tree::

    cue >nsubj                 a child of cue by nsubj (or nsubj:pass, nsubj:…)
    cue <parataxis >nsubj      up a parataxis edge, then down an nsubj edge
    cue >ccomp|obj|parataxis   alternatives
    speaker >appos?            an optional step: speaker itself, or its appos child
    cue >>                     any descendant; `<<` any ancestor
    cue >                      any child (`>*` says the same)
    content >mark[form=بعد|قبل]  a filter on the word reached: form, lemma (normalised) or upos; a value
                                 `@name` stands for the words of a lexicon (the loader reads them)

A deprel without a subtype matches its subtypes too; `nsubj:pass` matches only itself.
"""

from __future__ import annotations

import re

import attrs

UD_RELATIONS = (
    "acl",
    "advcl",
    "advmod",
    "amod",
    "appos",
    "aux",
    "case",
    "cc",
    "ccomp",
    "clf",
    "compound",
    "conj",
    "cop",
    "csubj",
    "dep",
    "det",
    "discourse",
    "dislocated",
    "expl",
    "fixed",
    "flat",
    "goeswith",
    "iobj",
    "list",
    "mark",
    "nmod",
    "nsubj",
    "nummod",
    "obj",
    "obl",
    "orphan",
    "parataxis",
    "punct",
    "reparandum",
    "root",
    "vocative",
    "xcomp",
)

DIRECTIONS = {">": "child", "<": "parent", ">>": "descendant", "<<": "ancestor"}

_STEP = re.compile(r"^(>>|<<|>|<)([A-Za-z:_|*]*)(\?)?(?:\[(form|lemma|upos)=([^\]]+)\])?$")
FILTER_KEYS = ("form", "lemma", "upos")


class PathSyntaxError(ValueError):
    """A path that does not follow the syntax; the message says where."""


@attrs.frozen
class Step:
    direction: str
    deprels: tuple[str, ...]
    optional: bool = False
    #: `>mark[form=بعد|قبل]`: the word reached must also have one of these forms/lemmas/tags
    filter_key: str | None = None
    filter_values: tuple[str, ...] = ()
    #: the filter's values as the rule wrote them where the loader read a lexicon for them (`@thanks_nouns`): shown
    #: in traces and the rules' documentation instead of the lexicon's words
    filter_written: str | None = None
    #: the relations as written (`nsubj:pass`), and those without a subtype, which also take any subtype
    _exact: frozenset[str] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _bases: frozenset[str] = attrs.field(init=False, eq=False, hash=False, repr=False)

    @_exact.default
    def _exact_default(self) -> frozenset[str]:
        return frozenset(self.deprels)

    @_bases.default
    def _bases_default(self) -> frozenset[str]:
        return frozenset(wanted for wanted in self.deprels if ":" not in wanted)

    def accepts(self, deprel: str) -> bool:
        """`>nsubj` takes nsubj and nsubj:pass; `>nsubj:pass` only nsubj:pass; `>` any relation."""
        if not self.deprels or deprel in self._exact:
            return True
        return deprel.partition(":")[0] in self._bases

    def __str__(self) -> str:
        arrow = {"child": ">", "parent": "<", "descendant": ">>", "ancestor": "<<"}[self.direction]
        shown = arrow + "|".join(self.deprels) + ("?" if self.optional else "")
        if self.filter_key:
            shown += f"[{self.filter_key}={self.filter_written or '|'.join(self.filter_values)}]"
        return shown


@attrs.frozen
class Path:
    source: str
    steps: tuple[Step, ...]

    def __str__(self) -> str:
        return " ".join([self.source, *(str(step) for step in self.steps)])


def parse_path(text: str) -> Path:
    """Parse ``"cue <parataxis >nsubj"``; raise :class:`PathSyntaxError` naming the bad part."""
    parts = text.split()
    if not parts:
        raise PathSyntaxError("empty path: write the name of a node bound earlier, then steps such as '>nsubj'")
    source, *raw_steps = parts
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", source):
        raise PathSyntaxError(f"a path starts with a node name, not {source!r}")
    if not raw_steps:
        raise PathSyntaxError(f"path {text!r} has no step: add one such as '>nsubj' or '<parataxis'")
    steps = []
    for raw in raw_steps:
        found = _STEP.match(raw)
        if not found:
            raise PathSyntaxError(
                f"step {raw!r} is not one of '>rel', '<rel', '>>', '<<' (rel: a UD relation, "
                "alternatives joined by '|', '?' at the end for an optional step)"
            )
        arrow, relations, optional, filter_key, filter_values = found.groups()
        deprels = tuple(relation for relation in relations.split("|") if relation and relation != "*")
        values = tuple(value.strip() for value in (filter_values or "").split("|") if value.strip())
        steps.append(
            Step(
                direction=DIRECTIONS[arrow],
                deprels=deprels,
                optional=bool(optional),
                filter_key=filter_key,
                filter_values=values,
            )
        )
    return Path(source=source, steps=tuple(steps))


#: Relation subtypes: the universal ones UD documents, and those the Arabic treebanks (PADT, PUD) use.
UD_SUBTYPES = (
    "acl:relcl",
    "advcl:relcl",
    "advmod:emph",
    "advmod:lmod",
    "advmod:tmod",
    "aux:pass",
    "cc:preconj",
    "compound:lvc",
    "compound:prt",
    "compound:redup",
    "compound:svc",
    "csubj:outer",
    "csubj:pass",
    "det:numgov",
    "det:nummod",
    "det:poss",
    "expl:impers",
    "expl:pass",
    "expl:pv",
    "flat:foreign",
    "flat:name",
    "nmod:poss",
    "nmod:tmod",
    "nsubj:outer",
    "nsubj:pass",
    "nummod:gov",
    "obl:agent",
    "obl:arg",
    "obl:lmod",
    "obl:tmod",
)

#: UD's universal features (a layered one, Gender[psor], names its layer in brackets).
UD_FEATURES = (
    "Abbr",
    "Animacy",
    "Aspect",
    "Case",
    "Clusivity",
    "Definite",
    "Degree",
    "Deixis",
    "DeixisRef",
    "Evident",
    "ExtPos",
    "Foreign",
    "Gender",
    "Mood",
    "NounClass",
    "NumType",
    "Number",
    "Person",
    "Polarity",
    "Polite",
    "Poss",
    "PronType",
    "Reflex",
    "Tense",
    "Typo",
    "VerbForm",
    "Voice",
)


def known_relation(relation: str) -> bool:
    """A UD relation, or one of its known subtypes (``nsubj:pass``); ``*`` stands for any."""
    base, colon, _ = relation.partition(":")
    if relation == "*" or base not in UD_RELATIONS:
        return relation == "*"
    return not colon or relation in UD_SUBTYPES


def unknown_relations(path: Path) -> list[str]:
    """Relations in `path` that are neither a UD relation nor a known subtype of one."""
    return [deprel for step in path.steps for deprel in step.deprels if deprel and not known_relation(deprel)]
