"""Given names the tagger read as common words, re-tagged as names where they stand in name position.

Many Arabic given names are also adjectives or nouns (عادل just, صالح good,
سعيد happy), and a tagger that saw few names in news calls them ``ADJ`` or
``NOUN`` even in ``وقال المدير عادل الحربي``. The rules read a name from
``PROPN`` or ``X``, so a word the given-names lexicon
(``rules/lexicons/given_names.tsv``) lists becomes ``PROPN`` when the tagger
said ``NOUN`` or ``ADJ`` and it stands where only a name can:

- right after a definite title or an honorific: ``المدير عادل``,
  ``الدكتور صالح``, ``الشيخ سعيد`` (an adjective after a definite noun would
  carry the article itself: ``المدير العادل``);
- right after a name particle or another given name: ``محمد بن صالح``,
  ``أبو سعيد``, ``محمد سعيد``;
- right before the rest of a name: a family name with the article tagged
  ``PROPN`` or ``X`` (``عادل الجبير``), a name particle (``صالح بن``) or
  another listed given name (``عادل صالح``).

A listed word before a proper noun without the article is left alone: that
is the genitive of a common noun as often as a name (``لصالح مصر``,
``مساعد ترامب``), and so is a name the tagger called a verb (``الأمير
فيصل/VERB بن خالد``: re-tagging those lost a quote on the news dev set, whose
rules read the mis-tagged name as the content), but right after a name
particle (``علي بن أبي طالب/VERB``) it is always the name. A predicate adjective after
a definite title (``المدير سعيد بالنتائج``, the director is pleased) is read
as a name: rare in news. The lexicons are the rules' own (``role_nouns`` of
kind job, rank or title; one-word ``honorifics``; ``given_names``).
Measured in MODEL.md (issue 9, names).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs

from quotes.grammar.loader import name_link_words
from quotes.lexicon import load_lexicon
from quotes.normalize import form_keys, normalize, strip_article

#: What the tagger may have said about a name it did not recognise.
COMMON_TAGS = frozenset({"NOUN", "ADJ"})
NAME_TAGS = frozenset({"PROPN", "X"})
#: Words that join the parts of a name: بن، ابن، بنت، أبو (and its case forms).
NAME_PARTICLES = name_link_words("tag_cue")  # rules/lexicons/name_links.tsv, normalised
TITLE_KINDS = frozenset({"job", "rank", "title"})


@attrs.frozen
class NameLexicons:
    """Normalised given names, title heads (without the article) and one-word honorifics."""

    given_names: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]
    #: the given names as the lexicon writes them (لبنى), for the clitic pass, which reads unnormalised forms
    written_given_names: frozenset[str] = frozenset()
    #: given names written as a preposition is, as the text writes them (علي: على with its ى written ي;
    #: rules/lexicons/parser/preposition_names.tsv)
    preposition_names: frozenset[str] = frozenset()

    @classmethod
    def from_folder(cls, lexicons: Path) -> NameLexicons:
        """Read ``given_names.tsv``, ``role_nouns.tsv`` and ``honorifics.tsv`` from a rules ``lexicons`` folder."""
        names = load_lexicon(lexicons / "given_names.tsv")
        roles = load_lexicon(lexicons / "role_nouns.tsv")
        honorifics = load_lexicon(lexicons / "honorifics.tsv")
        return cls(
            given_names=frozenset(names.entries),
            titles=frozenset(strip_article(key) for key, entry in roles.entries.items() if entry.get("kind") in TITLE_KINDS),
            honorifics=frozenset(strip_article(key) for key in honorifics.entries if " " not in key),
            written_given_names=frozenset(entry.written for entry in names.entries.values()),
            preposition_names=_written_forms(lexicons / "parser" / "preposition_names.tsv"),
        )

    @classmethod
    def bundled(cls) -> NameLexicons:
        """The lexicons of the rules shipped with `quotes`."""
        from quotes.grammar.loader import default_rules_dir

        return cls.from_folder(Path(default_rules_dir()) / "lexicons")


def _written_forms(path: Path) -> frozenset[str]:
    """The forms of a lexicon as its file writes them (not normalised: على and علي are one key normalised); none
    where the rules folder has no such file."""
    if not path.exists():
        return frozenset()
    return frozenset(entry.written for entry in load_lexicon(path).entries.values())


def _definite(form: str) -> bool:
    """``الوزير``, ``والوزير``, ``للوزير``: the article is written on the word (after و/ف, or as لل)."""
    keys = form_keys(form)
    return keys[-1] != keys[0] and any(key.startswith(("ال", "لل")) for key in keys)


def _title_before(form: str, lexicons: NameLexicons) -> bool:
    bare = form_keys(form)[-1]
    return bare in lexicons.honorifics or (bare in lexicons.titles and _definite(form))


def _name_follows(form: str, upos: str) -> bool:
    """A name particle, or a family name with the article tagged as a name (الجبير)."""
    key = normalize(form)
    return key in NAME_PARTICLES or (upos in NAME_TAGS and key.startswith("ال") and len(key) > 3)


def names_to_retag(forms: Sequence[str], upos: Sequence[str], lexicons: NameLexicons) -> list[int]:
    """Indices of the words (0-based) that are given names in name position but tagged ``NOUN`` or ``ADJ``, or
    ``VERB`` right after a name particle (``علي بن أبي طالب``: a verb never follows بن or أبو).

    ``forms`` and ``upos`` are one sentence's words in order.
    """
    keys = [normalize(form) for form in forms]
    names = lexicons.given_names
    found = []
    for i, key in enumerate(keys):
        if upos[i] == "VERB" and i > 0 and keys[i - 1] in NAME_PARTICLES and not (i + 1 < len(forms) and upos[i + 1] == "PRON"):
            # علي بن أبي | طالب: after بن or أبو only a name goes on, never a verb (ابن جار + ه is a noun with its
            # pronoun: a neighbour's son)
            found.append(i)
            continue
        if upos[i] not in COMMON_TAGS or key not in names:
            continue
        before = i > 0 and _name_before(forms[i - 1], lexicons)
        after = i + 1 < len(forms) and (keys[i + 1] in names or _name_follows(forms[i + 1], upos[i + 1]))
        if before or after:
            found.append(i)
    return found


def preposition_names_to_retag(forms: Sequence[str], upos: Sequence[str], lexicons: NameLexicons) -> list[int]:
    """Indices of the words (0-based) that are a given name written as a preposition is (علي), tagged ``ADP``, in
    name position: a title, an honorific, a name particle or a given name before it (اللواء علي، محمد علي، الإمام
    علي في …), or a name particle, a proper noun or a given name after it (علي بن أحمد، علي خامنئي، علي عبدالله).
    Never before a pronoun: المدعى علي + ه is the preposition with its pronoun, as the clitic pass cuts عليه.

    Run before the parse, unlike :func:`names_to_retag`: a preposition and a name are different trees (علي بن أحمد
    read as a prepositional phrase hangs from the verb and leaves the sentence no subject).
    """
    written = lexicons.preposition_names
    if not written:
        return []
    found = []
    for i, form in enumerate(forms):
        if form not in written or upos[i] != "ADP" or (i + 1 < len(forms) and upos[i + 1] == "PRON"):
            continue
        if (i > 0 and _name_before(forms[i - 1], lexicons)) or (i + 1 < len(forms) and _name_after(forms[i + 1], upos[i + 1], lexicons)):
            found.append(i)
    return found


def _name_before(form: str, lexicons: NameLexicons) -> bool:
    """A title or honorific (:func:`_title_before`), a name particle or a given name: a given name may follow it."""
    key = normalize(form)
    return bool(form_keys(form)) and (_title_before(form, lexicons) or key in NAME_PARTICLES or key in lexicons.given_names)


def _name_after(form: str, upos: str, lexicons: NameLexicons) -> bool:
    """A name particle, a proper noun or a given name: the rest of a name."""
    key = normalize(form)
    return upos in NAME_TAGS or key in NAME_PARTICLES or key in lexicons.given_names
