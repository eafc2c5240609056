"""UD Arabic-PADT (UD v1) → the conventions the bundled model is trained on.

One set of conventions for both treebanks (decided in MODEL.md):

- UD v2 relations: ``dobj``→``obj``, ``nsubjpass``→``nsubj:pass``,
  ``csubjpass``→``csubj:pass``, ``auxpass``→``aux:pass``, ``neg``→``advmod``,
  ``mwe``→``fixed``, ``name``/``foreign``→``flat``; ``nmod`` whose head is a
  predicate (a verb, adjective, adverb or auxiliary, or any word with a
  ``cop`` or subject dependent) → ``obl``.
- UPOS: ``CONJ`` → ``SCONJ`` under ``mark``, else ``CCONJ``; foreign words
  (XPOS ``X…``, ``Foreign=Yes``) → ``PROPN``; unanalysed words (XPOS
  ``U…``) take the UPOS PUD gives the same form most often, else ``PROPN``
  when they fill a nominal slot; a ``NOUN``/``ADJ`` that is a given name
  (``rules/lexicons/given_names.tsv``) joined by a dependency to a
  neighbouring name becomes ``PROPN``.
- Names: a run of adjacent ``PROPN`` words joined only by
  ``flat``/``nmod``/``foreign`` is one name headed by its first word, the
  rest ``flat`` (PUD's shape; PADT headed names by their last word).
- A sentence rooted in a conjunction (PADT's ``وَ`` root with the clause as
  ``parataxis``) is re-rooted at that clause; the conjunction becomes its
  ``cc``. PUD's ``و``/``ف`` as ``PART compound:prt`` become ``CCONJ cc`` too.
- A relative pronoun PADT attaches to its antecedent as ``cc`` becomes an
  argument (``nsubj``, or ``obj`` when the clause has a subject) of the
  ``acl`` clause that follows, which becomes ``acl:relcl`` (PUD's shape).
- PADT tree conventions PUD does not share (MODEL.md, session 10; each
  checked on both treebanks' training files):

  - a number heading the noun it counts (``ثلاثة`` in the slot, ``مصادر``
    its ``nmod``) hands the slot to the noun, and becomes its ``nummod``;
    the number's own words between it and the noun and its
    ``advmod``/``nummod``/``compound`` before it stay, its other dependents
    move to the noun (PUD: the noun heads, the number is
    ``nummod``). A noun with a preposition of its own (``أربعة من …``,
    partitive) is left alone, in PUD too;
  - an ``obj`` or ``iobj`` with a ``case`` dependent (PADT v1 labels
    prepositional objects ``dobj``/``iobj``) → ``obl``;
  - the future ``سـ`` as ``aux``/``auxpass`` and ``قد``/``لقد`` as ``aux`` or
    ``advmod:emph`` → ``compound:prt``;
  - an emphatic ``إنّ``/``أنّ`` as ``advmod:emph`` with the noun after it as
    its ``nsubj`` (``فإن الشركة تعلن``, ``إنها``) → ``PART compound:prt``
    without dependents, the noun (and a ``فـ`` ``cc``) on the predicate (PUD:
    29 ``compound:prt`` إنّ under a root, none with a dependent);
  - a bare time noun (``TIME_NOUNS``: ``يوم``, ``عام``, ``الآن``, ``أسبوع``,
    ``صباح``, the Levantine month names) as ``obl`` without a preposition →
    ``obl:tmod`` (PADT has no ``obl:tmod``; weekdays stay ``obl`` as in PUD);
  - an ``acl`` that is a verb without a ``mark`` (a relative clause without
    a pronoun) → ``acl:relcl``; participles and ``أن`` clauses stay ``acl``.
- Lemmas in both treebanks in Unicode canonical order (NFC: PADT writes a
  doubled letter's shadda before its short vowel, PUD after).
- XPOS is blanked (``_``) in both treebanks: their tag sets differ and the
  rules never read XPOS. ``Foreign=Foreign``→``Foreign=Yes``,
  ``Definite=Red``→``Definite=Cons`` (UD v2).
- Word forms lose their vowel marks (news is unvocalized); lemmas keep
  them unless asked (the shipped lemmatizer writes vocalized lemmas, the
  parser reads them, and the rules normalise lemmas before comparing).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from quotes.grammar.loader import default_rules_dir
from quotes.training.data import Sentence

VOWEL_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
DEPREL_V2 = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "neg": "advmod",
    "mwe": "fixed",
    "name": "flat",
    "foreign": "flat",
    "nmod:tmod": "obl:tmod",
}
PREDICATE_UPOS = frozenset({"VERB", "ADJ", "ADV", "AUX"})
PREDICATE_MARKERS = frozenset({"cop", "nsubj", "nsubj:pass", "csubj"})
NOMINAL_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "nmod", "conj", "appos", "root", "foreign", "name", "dep"})
NAME_LINKS = frozenset({"flat", "nmod", "foreign", "name"})
FEATURE_V2 = {"Foreign=Foreign": "Foreign=Yes", "Definite=Red": "Definite=Cons"}
CLITIC_CONJUNCTIONS = frozenset({"و", "ف"})
NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "أبو", "آل", "ال", "عبد"})
VERBAL_PARTICLES = frozenset({"س", "سـ", "قد", "لقد"})
#: إنّ / أنّ (normal_form: hamza dropped, vowel marks removed)
EMPHATIC_PARTICLES = frozenset({"ان"})
NUMBER_KEEPS = frozenset({"advmod", "nummod", "compound", "fixed", "flat"})
# bare time nouns PUD labels obl:tmod (its train split: عام 56 of 56 bare obl, يوم 8 of 10, الآن 7 of 7,
# the Levantine month names every bare one); weekdays, أمس, شهر, سنة are left as PADT has them
TIME_NOUNS = frozenset(
    {"يوم", "عام", "الان", "اسبوع", "صباح"} | {"كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"}
)
#: the given names of the project's own rules, in a checkout or inside an installed package (``_rules``)
GIVEN_NAMES = default_rules_dir() / "lexicons" / "given_names.tsv"


def strip_vowels(text: str) -> str:
    """Remove Arabic vowel marks, shadda, sukun, dagger alef and tatweel; alef wasla → alef."""
    return VOWEL_MARKS.sub("", text).replace("ٱ", "ا")


def read_padt(path: str | Path) -> list[Sentence]:
    """PADT sentences, gzipped or not; the document is the ``# orig_file_sentence`` prefix before ``#``."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        blocks = handle.read().split("\n\n")
    sentences = []
    for block in blocks:
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        comments = tuple(line for line in lines if line.startswith("#"))
        rows = tuple(tuple(line.split("\t")) for line in lines if not line.startswith("#"))
        origin = next((c.split(None, 2)[2] for c in comments if c.startswith("# orig_file_sentence")), None)
        if origin is None:
            raise ValueError(f"{path}: a sentence without '# orig_file_sentence' ({comments[:1]})")
        bad = [row for row in rows if len(row) != 10 or not row[0].isdigit()]
        if bad:
            raise ValueError(f"{path}: {origin}: expected ten columns and a plain word id, got {bad[0]!r}")
        sentences.append(Sentence(origin.split("#", 1)[0], comments, rows))
    return sentences


def _given_name_rows(path: Path) -> list[tuple[str, str]]:
    """The lexicon's (form, gender) rows as written there, the gender "" where none is given; comments and the
    header left out."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("form\t"):
            continue
        form, gender, *_ = [*line.split("\t"), ""]
        rows.append((form, gender))
    return rows


def load_given_names(path: Path = GIVEN_NAMES) -> frozenset[str]:
    return frozenset(normal_form(form) for form, _ in _given_name_rows(path))


def load_given_name_genders(path: Path = GIVEN_NAMES) -> dict[str, str]:
    """The lexicon's given names as written there, each with its gender (``m`` or ``f``)."""
    return {form: gender for form, gender in _given_name_rows(path) if gender in ("m", "f")}


def normal_form(form: str) -> str:
    """The comparison key for a form: no vowels, hamza on alef folded."""
    return strip_vowels(form).translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"}))


def upos_by_form(sentences: Iterable[Sentence], *, min_count: int = 2) -> dict[str, str]:
    """The UPOS a treebank gives each (normalised) form most often, for forms seen ``min_count`` times."""
    counts: dict[str, Counter[str]] = {}
    for sentence in sentences:
        for row in sentence.rows:
            if row[0].isdigit():
                counts.setdefault(normal_form(row[1]), Counter())[row[3]] += 1
    result = {}
    for form, counter in counts.items():
        (upos, n), *_ = counter.most_common(1)
        if sum(counter.values()) >= min_count and n * 2 > sum(counter.values()):
            result[form] = upos
    return result


@attrs.define
class _Word:
    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    deps: str
    misc: str

    def row(self) -> tuple[str, ...]:
        return (str(self.id), self.form, self.lemma, self.upos, self.xpos, self.feats, str(self.head), self.deprel, self.deps, self.misc)


def _words(sentence: Sentence) -> list[_Word]:
    words = []
    for row in sentence.rows:
        if not row[0].isdigit():
            raise ValueError(f"sentence {sentence.comments[:2]}: multi-word or empty node {row[0]} is not handled")
        words.append(_Word(int(row[0]), row[1], row[2], row[3], row[4], row[5], int(row[6]), row[7], row[8], row[9]))
    return words


def _children(words: Sequence[_Word], head: int) -> list[_Word]:
    return [w for w in words if w.head == head]


def _upos(words: list[_Word], pud_upos: Mapping[str, str], given_names: frozenset[str]) -> None:
    for w in words:
        if w.upos == "CONJ":
            w.upos = "SCONJ" if w.deprel == "mark" else "CCONJ"
        elif w.upos == "X" and w.xpos.startswith("X"):
            w.upos = "PROPN"
        elif w.upos == "X" and w.xpos.startswith("U"):
            known = pud_upos.get(normal_form(w.form))
            if known is not None:
                w.upos = known
            elif normal_form(w.form) in given_names or w.deprel in NOMINAL_SLOTS:
                w.upos = "PROPN"
    # given names in name position: linked to an adjacent name word
    by_id = {w.id: w for w in words}
    changed = True
    while changed:
        changed = False
        for w in words:
            if w.upos not in ("NOUN", "ADJ") or normal_form(w.form) not in given_names:
                continue
            for other_id in (w.id - 1, w.id + 1):
                other = by_id.get(other_id)
                linked = other is not None and (other.head == w.id or w.head == other.id)
                if linked and (other.upos == "PROPN" or normal_form(other.form) in NAME_PARTICLES):
                    w.upos = "PROPN"
                    changed = True
                    break


def _flatten_names(words: list[_Word]) -> None:
    """Adjacent PROPN words joined only by name links become one name headed by its first word."""
    i = 0
    while i < len(words):
        if words[i].upos != "PROPN":
            i += 1
            continue
        j = i
        while j + 1 < len(words) and words[j + 1].upos == "PROPN":
            j += 1
        run = words[i : j + 1]
        i = j + 1
        if len(run) < 2:
            continue
        ids = {w.id for w in run}
        outside = [w for w in run if w.head not in ids]
        if len(outside) != 1 or any(w.deprel not in NAME_LINKS for w in run if w.head in ids):
            continue
        first, old_head = run[0], outside[0]
        if first is not old_head:
            first.head, first.deprel = old_head.head, old_head.deprel
            for w in words:  # the name's own dependents (amod, punct...) move to its new head
                if w.head in ids and w.id not in ids:
                    w.head = first.id
        for w in run[1:]:
            w.head, w.deprel = first.id, "flat"


def _reroot_conjunction(words: list[_Word]) -> None:
    """A root conjunction hands the root to its clause (its first parataxis, else first non-punct child)."""
    root = next((w for w in words if w.head == 0), None)
    if root is None or root.upos not in ("CCONJ", "SCONJ"):
        return
    children = [w for w in _children(words, root.id) if w.deprel != "punct"]
    if not children:
        return
    clause = next((w for w in children if w.deprel == "parataxis"), children[0])
    clause.head, clause.deprel = 0, "root"
    for w in _children(words, root.id):
        if w is not clause:
            w.head = clause.id
    root.head, root.deprel = clause.id, "cc" if root.upos == "CCONJ" else "mark"


def _relative_pronouns(words: list[_Word]) -> None:
    """PADT hangs a relative pronoun on the antecedent as ``cc``; PUD makes it an argument of the clause.

    The pronoun moves into the ``acl`` clause that follows it on the same
    antecedent (``nsubj`` when that clause has no subject yet, else ``obj``)
    and the clause becomes ``acl:relcl``.
    """
    for w in words:
        if w.deprel != "cc" or "PronType=Rel" not in w.feats.split("|"):
            continue
        clause = next((c for c in _children(words, w.head) if c.deprel == "acl" and c.id > w.id), None)
        if clause is None:
            continue
        has_subject = any(c.deprel in ("nsubj", "nsubjpass", "nsubj:pass") for c in _children(words, clause.id))
        w.head, w.deprel = clause.id, "obj" if has_subject else "nsubj"
        clause.deprel = "acl:relcl"


def _number_heads(words: list[_Word]) -> None:
    """A number heading the noun it counts (``nmod``) hands it its slot and becomes its ``nummod``.

    The noun is the number's first ``nmod`` to its right with only the
    number's own words between them (``ثلاثين مليار دولار``, ``خمسة إلى ستة
    آلاف شخص``: those stay with the number). Runs before the UD v2
    relabelling (the slot is then ``nmod`` when the number was a
    ``nummod``/``advmod``/``dep``/``det`` of its head, which ``_obl`` turns
    into ``obl`` under a predicate). A noun with its own ``case`` (``أربعة من
    الأشخاص``) is a partitive and stays.
    """
    by_id = {w.id: w for w in words}

    def under(w: _Word, top: int) -> bool:
        seen = set()
        while w.head != 0 and w.id not in seen:
            seen.add(w.id)
            if w.head == top:
                return True
            w = by_id[w.head] if w.head in by_id else w
        return False

    for number in words:
        if number.upos != "NUM":
            continue
        noun = next((c for c in _children(words, number.id) if c.id > number.id and c.deprel == "nmod"), None)
        if noun is None or noun.upos != "NOUN" or any(c.deprel == "case" for c in _children(words, noun.id)):
            continue
        between = [by_id[i] for i in range(number.id + 1, noun.id) if i in by_id]
        if any(w.upos in ("NOUN", "PROPN") or not under(w, number.id) for w in between):
            continue
        slot = "nmod" if number.deprel in ("nummod", "advmod", "dep", "det", "amod") else number.deprel
        noun.head, noun.deprel = number.head, slot
        for w in _children(words, number.id):
            stays = number.id < w.id < noun.id or (w.id < number.id and w.deprel in NUMBER_KEEPS)
            if w is not noun and not stays:
                w.head = noun.id
        number.head, number.deprel = noun.id, "nummod"


def _prepositional_objects(words: list[_Word]) -> None:
    """An ``obj`` or ``iobj`` with a ``case`` dependent (PADT v1's prepositional object) → ``obl``."""
    with_case = {w.head for w in words if w.deprel == "case"}
    for w in words:
        if w.deprel in ("obj", "iobj") and w.id in with_case:
            w.deprel = "obl"


def _verbal_particles(words: list[_Word]) -> None:
    """PADT's future ``سـ`` and ``قد`` as ``aux``/``aux:pass``/``advmod:emph`` → PUD's ``compound:prt``."""
    for w in words:
        if w.deprel in ("aux", "aux:pass", "advmod:emph") and w.upos == "PART" and strip_vowels(w.form) in VERBAL_PARTICLES:
            w.deprel = "compound:prt"


def _emphatic_particles(words: list[_Word]) -> None:
    """PADT's emphatic ``إنّ``/``أنّ`` (``advmod:emph``) heads the noun after it as its ``nsubj`` (and a ``فـ``
    before it as ``cc``); PUD hangs that noun on the predicate and writes the particle ``PART compound:prt``
    without dependents. The particle's dependents but ``fixed`` move to its head."""
    by_id = {w.id: w for w in words}
    for particle in words:
        if particle.deprel != "advmod:emph" or normal_form(particle.form) not in EMPHATIC_PARTICLES:
            continue
        if particle.head not in by_id:
            continue
        particle.upos, particle.deprel = "PART", "compound:prt"
        for child in words:
            if child.head == particle.id and child.deprel != "fixed":
                child.head = particle.head


def _time_nouns(words: list[_Word]) -> None:
    """A bare time noun (``TIME_NOUNS``, no ``case`` dependent) as ``obl`` → ``obl:tmod``."""
    with_case = {w.head for w in words if w.deprel == "case"}
    for w in words:
        if w.deprel != "obl" or w.id in with_case or w.upos not in ("NOUN", "PROPN", "ADV"):
            continue
        if normal_form(w.lemma) in TIME_NOUNS or normal_form(w.form) == "الان":
            w.deprel = "obl:tmod"


def _relative_clauses(words: list[_Word]) -> None:
    """An ``acl`` verb without a ``mark`` (a relative clause, with or without a pronoun) → ``acl:relcl``."""
    marked = {w.head for w in words if w.deprel == "mark"}
    for w in words:
        if w.deprel == "acl" and w.upos == "VERB" and w.id not in marked:
            w.deprel = "acl:relcl"


def canonical_lemma(lemma: str) -> str:
    """A lemma with its marks in Unicode canonical order (NFC): the short vowel of a doubled letter before the shadda."""
    return unicodedata.normalize("NFC", lemma)


def _obl(words: list[_Word]) -> None:
    by_id = {w.id: w for w in words}
    predicates = {w.head for w in words if w.deprel in PREDICATE_MARKERS}
    for w in words:
        if w.deprel == "nmod" and w.head in by_id:
            head = by_id[w.head]
            if head.upos in PREDICATE_UPOS or head.id in predicates:
                w.deprel = "obl"


def _feats(feats: str) -> str:
    if feats == "_":
        return feats
    return "|".join(FEATURE_V2.get(f, f) for f in feats.split("|"))


def convert_padt(sentence: Sentence, *, pud_upos: Mapping[str, str], given_names: frozenset[str], strip_lemmas: bool = False) -> Sentence:
    """One PADT sentence in the shared conventions (see the module docstring)."""
    words = _words(sentence)
    _upos(words, pud_upos, given_names)
    for w in words:
        w.feats = _feats(w.feats)
        w.xpos = "_"
        w.form = strip_vowels(w.form) or w.form
        w.lemma = canonical_lemma(w.lemma)
        if strip_lemmas:
            w.lemma = strip_vowels(w.lemma) or w.lemma
    _reroot_conjunction(words)
    _flatten_names(words)
    _relative_pronouns(words)
    _number_heads(words)
    for w in words:
        w.deprel = DEPREL_V2.get(w.deprel, w.deprel)
    _obl(words)
    _prepositional_objects(words)
    _verbal_particles(words)
    _emphatic_particles(words)
    _time_nouns(words)
    _relative_clauses(words)
    comments = tuple(c for c in sentence.comments if c.startswith(("# sent_id", "# orig_file_sentence")))
    comments = (f"# newdoc id = {sentence.doc_id}", *comments) if _first_of_doc(sentence) else comments
    return attrs.evolve(sentence, comments=comments, rows=tuple(w.row() for w in words))


def _first_of_doc(sentence: Sentence) -> bool:
    return any(c.startswith("# orig_file_sentence") and c.rstrip().endswith("#1") for c in sentence.comments)


def convert_pud(sentence: Sentence) -> Sentence:
    """PUD in the shared conventions: XPOS blanked, و/ف as ``PART compound:prt`` → ``CCONJ cc``, lemmas NFC."""
    rows = []
    for row in sentence.rows:
        fields = list(row)
        if row[0].isdigit():
            fields[4] = "_"
            fields[2] = canonical_lemma(row[2])
            if strip_vowels(row[1]) in CLITIC_CONJUNCTIONS and row[7] == "compound:prt":
                fields[3], fields[7] = "CCONJ", "cc"
        rows.append(tuple(fields))
    return attrs.evolve(sentence, rows=tuple(rows))
