"""HeadNouns: the head nouns the resolver tells kinds of phrase by (an organisation, a title, a statement, a
medium), read once from the lexicons."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from quotes.drafts import organisation_heads
from quotes.lexicon import Lexicon, synonym_map
from quotes.normalize import normalize, strip_article

#: Statements and reports: their issuer is the source (beside the speech_nouns lexicon).
DOCUMENT_NOUNS = frozenset(
    strip_article(normalize(word))
    for word in ("تقرير", "بيان", "دراسة", "إحصائية", "إحصاءات", "مسح", "استطلاع", "وثيقة", "مذكرة", "تعميم", "نشرة")
)


@attrs.frozen
class HeadNouns:
    """The head nouns the resolver tells kinds of phrase by, from its lexicons: the same for every document, so an
    extractor builds them once (:meth:`from_lexicons`) and hands them to each document's resolver."""

    #: heads of phrases that name something other than the words after them: an office of the UN is not the UN
    organisations: frozenset[str]
    roles: frozenset[str]
    #: statements and reports, whose issuer is the source
    documents: frozenset[str]
    #: heads of phrases that name a kind of thing (an organisation, a statement, a descriptor), not one entity
    kinds: frozenset[str]
    #: heads of media (صحيفة، موقع، قناة): a body's medium (موقع الوزارة) is not the body's full name
    media: frozenset[str] = frozenset()
    #: a title word read as another when titles are compared (ناطق → متحدث; no part of the hash: a dict is none)
    title_synonyms: Mapping[str, str] = attrs.field(factory=dict, eq=False)

    @classmethod
    def from_lexicons(
        cls,
        anaphors: Lexicon,
        roles: Lexicon,
        documents: Lexicon | None = None,
        media: Lexicon | None = None,
        synonyms: Lexicon | None = None,
    ) -> HeadNouns:
        organisations = organisation_heads(anaphors)
        document_nouns = frozenset(documents or ()) | DOCUMENT_NOUNS
        descriptors = {key for key in roles if (entry := roles.lookup(key)) is not None and entry.get("kind") == "descriptor"}
        media_heads = frozenset(strip_article(normalize(key)) for key in (media or ()))
        kinds = organisations | document_nouns | descriptors
        return cls(organisations, frozenset(roles), document_nouns, kinds, media_heads, synonym_map(synonyms))
