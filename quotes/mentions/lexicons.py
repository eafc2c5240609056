"""The word lists the mention finders read, from ``rules/lexicons`` (role_nouns, honorific_anaphors, honorifics,
organisation_anaphors, media_nouns, group_nouns, place_nouns, document_nouns, given_names, complementizers,
eponym_titles, reporting_verbs, reporting_participles, institution_nouns, people_plurals, quantifiers, prayer_formulas,
place_names), as normalised keys without ال.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from quotes.lexicon import Lexicon
from quotes.normalize import normalize, strip_article

#: Cue classes whose verbs take a person as object (اتهم، انتقد، أشاد، دعا، حث، حذر).
PERSON_OBJECT_CLASSES = frozenset(("opinion", "appeal", "warning"))


@attrs.frozen
class MentionLexicons:
    """The word lists the finders read, as normalised keys without ال."""

    titles: frozenset[str]
    honorifics: frozenset[str]
    organisation_heads: frozenset[str]
    media_heads: frozenset[str]
    group_nouns: frozenset[str]
    descriptors: frozenset[str]
    place_nouns: frozenset[str]
    document_nouns: frozenset[str]
    names: frozenset[str]
    given_names: Lexicon
    roles: Lexicon
    honorific_titles: Lexicon
    complementizers: frozenset[str] = frozenset()
    eponym_titles: frozenset[str] = frozenset()  # الملك، الإمام: a body named after a person (جامعة الملك سعود)
    speech_verbs: frozenset[str] = frozenset()  # reporting verbs whose object is never a person (قال، أوضح)
    according_to: Lexicon | None = None  # وفقا لـ، بحسب، نقلا عن: a marker ends a name (وزارة الخارجية | وفقا لوكالة …)
    participles: frozenset[str] = frozenset()  # قائلا، مضيفا: a cue's participle is never a name's word
    institutions: frozenset[str] = frozenset()  # الجمارك، حرس الحدود: a service as the source a marker names
    people_plurals: frozenset[str] = frozenset()  # الوزراء، اللاعبون، الحضور: broken plurals of people (a group's head)
    quantifiers: frozenset[str] = frozenset()  # عدد، بعض، كثير: with من and a plural after them, a group (عدد من الأهالي)
    prayers: Lexicon | None = None  # رحمه الله، حفظه الله: a prayer after a person's name is no part of it
    place_names: frozenset[str] = frozenset()  # واشنطن، موسكو، إيران: a place after a person's name is the verb's object

    @classmethod
    def from_mapping(cls, lexicons: Mapping[str, Lexicon]) -> MentionLexicons:
        def keys(name: str, column: str | None = None, where: Callable[[Mapping[str, str]], bool] = lambda _: True) -> frozenset[str]:
            lexicon = lexicons[name]
            found = set()
            for entry in lexicon.entries.values():
                if where(entry.fields):
                    found.add(strip_article(normalize(entry.get(column) or entry.key) if column else entry.key))
            return frozenset(found)

        return cls(
            titles=keys("role_nouns", where=lambda fields: fields.get("kind") in ("job", "rank", "title")),
            honorifics=keys("honorific_anaphors"),
            organisation_heads=keys("organisation_anaphors", "head"),
            media_heads=keys("media_nouns"),
            group_nouns=keys("group_nouns"),
            place_nouns=keys("place_nouns"),
            descriptors=keys("role_nouns", where=lambda fields: fields.get("kind") == "descriptor") - keys("group_nouns"),
            document_nouns=keys("document_nouns"),
            names=frozenset(lexicons["given_names"].entries),
            given_names=lexicons["given_names"],
            roles=lexicons["role_nouns"],
            honorific_titles=lexicons["honorifics"],
            complementizers=frozenset(normalize(key) for key in lexicons["complementizers"].entries),
            eponym_titles=keys("eponym_titles"),
            speech_verbs=keys("reporting_verbs", where=lambda fields: fields.get("class") not in PERSON_OBJECT_CLASSES),
            according_to=lexicons.get("according_to"),
            participles=keys("reporting_participles") if "reporting_participles" in lexicons else frozenset(),
            institutions=keys("institution_nouns") if "institution_nouns" in lexicons else frozenset(),
            people_plurals=keys("people_plurals") if "people_plurals" in lexicons else frozenset(),
            quantifiers=keys("quantifiers") if "quantifiers" in lexicons else frozenset(),
            prayers=lexicons.get("prayer_formulas"),
            place_names=keys("place_names") if "place_names" in lexicons else frozenset(),
        )
