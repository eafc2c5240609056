"""Names the entity tagger tagged in one sentence of a document, tagged where it left them untagged in another.

The tagger reads one sentence at a time, so a name it recognises in one sentence it may miss in the next:
``أكد المدرب أرسين فينغر`` is a person, then ``بخصوص فينغر`` and ``أكد كوبل`` stay untagged; ``قوات إيساف`` an
organisation once, untagged three sentences later. After tagging, the untagged words of each sentence are compared
with the persons and organisations tagged within :data:`WINDOW` sentences before or after it (in its document):

1. the same words as a person or organisation tagged there take its type (the longest run first, up to
   :data:`MAX_WORDS` words); where the window tags the words more than one way, the type it gives them most
   often, and none where that is a place or MISC (``طاجيكستان`` a place four times and an organisation once);
2. the last word of a person's name of two words or more (the family name: ``أرسين فينغر`` → ``فينغر``) is a
   person on its own, unless the linguist's lexicons say it names nobody alone: a regnal ordinal or a given name
   that is also a common word (``rules/lexicons/name_ends.tsv``: الثاني، علي), or a given name
   (``given_names.tsv``: the father's name in ``محمد صالح`` is not the person);
3. a given name of ``given_names.tsv`` right before a person, left untagged, is the start of that person's name
   (``و كان طلعت [زكريا]`` → ``[طلعت زكريا]``), unless the lexicon marks it a common word too (column
   ``common``: ``باسم``, by the name of; ``صديق``, friend; ``عمر``, age: words ANERcorp's training text leaves
   untagged more often than not).

Only words the tagger left ``O`` change: a tagged span is never cut or retyped, and only a person's grows (3). Words are compared
normalised (vowel marks, hamza on alef, ى/ي, ة/ه). New spans are written in the tagger's BIOES tags.

It runs where the tags are made (:meth:`quotes.entity_tagger.EntityTagger.tag_documents`), so ``quotes parse``
writes the repaired tags in ``NER=`` and a parse cache tagged before it keeps its old tags until re-tagged
(``quotes extract --ner`` tags caches that carry none). The ANERcorp benchmark (``python -m quotes.training ner
--step evaluate``) reads the whole split as one document with the same window. Measured, and what was tried and
dropped (title + name, name + title, given-name and surname extension, organisation heads): NER.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import attrs

from quotes.grammar.loader import name_link_words
from quotes.graph import tag_spans
from quotes.lexicon import load_lexicon
from quotes.normalize import normalize

#: How many sentences before and after a sentence lend it their names (ANERcorp dev: 10 and 20 alike, 30 lower).
WINDOW = 20
#: The longest run of words compared with a tagged name.
MAX_WORDS = 4
#: The types repaired (locations and MISC: dev fell when they were added).
TYPES = ("PERS", "ORG")
#: Words that join the parts of a name (بن، آل، أبو): never a family name on their own.
_NAME_LINKS = name_link_words("not_a_surname")  # rules/lexicons/name_links.tsv, normalised


@attrs.frozen
class RepairLexicons:
    """Normalised words that end a person's name but never name the person alone (given names, ordinals…)."""

    not_alone: frozenset[str]
    #: given names that start the name of a person tagged right after them (given_names.tsv but its common words)
    given: frozenset[str] = frozenset()

    @classmethod
    def from_folder(cls, lexicons: Path) -> RepairLexicons:
        """``name_ends.tsv`` and ``given_names.tsv`` of a rules ``lexicons`` folder."""
        ends = load_lexicon(lexicons / "name_ends.tsv")
        given = load_lexicon(lexicons / "given_names.tsv")
        starts = frozenset(key for key, entry in given.entries.items() if entry.get("common") != "yes")
        return cls(not_alone=frozenset(ends.entries) | frozenset(given.entries), given=starts)

    @classmethod
    def bundled(cls) -> RepairLexicons:
        """The lexicons of the rules shipped with `quotes`."""
        from quotes.grammar.loader import default_rules_dir

        return cls.from_folder(Path(default_rules_dir()) / "lexicons")


def _names(keys: Sequence[str], tags: Sequence[str], lexicons: RepairLexicons) -> tuple[list[tuple[tuple[str, ...], str]], list[str]]:
    """A sentence's tagged names (normalised words, type) and the family names its persons lend."""
    names: list[tuple[tuple[str, ...], str]] = []
    family: list[str] = []
    for start, end, kind in tag_spans(tags):
        words = tuple(keys[start:end])
        if len(words) <= MAX_WORDS:
            names.append((words, kind))  # places and MISC too: they outvote a slip (طاجيكستان an ORG once)
        if kind not in TYPES:
            continue
        last = words[-1]
        if kind == "PERS" and len(words) > 1 and len(last) > 2 and last not in _NAME_LINKS and last not in lexicons.not_alone:
            family.append(last)
    return names, family


def _spelled(word: str) -> bool:
    return any(char.isalpha() for char in word)


def repair_tags(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], lexicons: RepairLexicons, *, window: int = WINDOW
) -> list[tuple[str, ...]]:
    """Each sentence's tags with the names of its window tagged where it left them ``O`` (see the module)."""
    keys = [[normalize(word) for word in words] for words in sentences]
    lent = [_names(k, t, lexicons) for k, t in zip(keys, tags, strict=True)]
    repaired: list[tuple[str, ...]] = []
    for index, sentence_tags in enumerate(tags):
        out = list(sentence_tags)
        if all(tag != "O" for tag in out):
            repaired.append(tuple(out))
            continue
        known: dict[tuple[str, ...], Counter[str]] = {}
        family: set[str] = set()
        for names, surnames in lent[max(0, index - window) : index + window + 1]:
            for words, kind in names:
                known.setdefault(words, Counter())[kind] += 1
            family.update(surnames)
        if not known and not family:
            repaired.append(tuple(out))
            continue
        sentence_keys = keys[index]
        for length in range(MAX_WORDS, 0, -1):
            for start in range(len(out) - length + 1):
                run = tuple(sentence_keys[start : start + length])
                if run not in known or not all(tag == "O" for tag in out[start : start + length]) or not all(map(_spelled, run)):
                    continue
                kind = known[run].most_common(1)[0][0]
                if kind in TYPES:
                    _write(out, start, start + length, kind)
        for position, key in enumerate(sentence_keys):
            if out[position] == "O" and key in family:
                _write(out, position, position + 1, "PERS")
        _given_names_before(sentence_keys, out, lexicons.given)
        repaired.append(tuple(out))
    return repaired


def _given_names_before(keys: Sequence[str], tags: list[str], given: frozenset[str]) -> None:
    """Step 3: an untagged given name right before a person starts the person's name."""
    for start, end, kind in tag_spans(tags):
        if kind == "PERS" and start > 0 and tags[start - 1] == "O" and keys[start - 1] in given:
            _write(tags, start - 1, end, "PERS")


def _write(tags: list[str], start: int, end: int, kind: str) -> None:
    if end - start == 1:
        tags[start] = f"S-{kind}"
        return
    tags[start] = f"B-{kind}"
    tags[start + 1 : end - 1] = [f"I-{kind}"] * (end - start - 2)
    tags[end - 1] = f"E-{kind}"
