"""HeadNouns: the head nouns the resolver tells kinds of phrase by (an organisation, a title, a statement, a
medium), read once from the lexicons."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from quotes.coreference.lexicons import bundled
from quotes.drafts import organisation_heads
from quotes.lexicon import Lexicon, synonym_map
from quotes.normalize import normalize, strip_article


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
    #: descriptors (القيادي، الخبير، المختص): what a person is described as, no office
    descriptors: frozenset[str] = frozenset()
    #: kinship nouns of the man's line (role_nouns.tsv `family`: والد، ابن، شقيق): the relative bears the family name
    #: of the name in construct after the noun
    family_kin: frozenset[str] = frozenset()
    #: a title word read as another when titles are compared (ناطق → متحدث; no part of the hash: a dict is none)
    title_synonyms: Mapping[str, str] = attrs.field(factory=dict, eq=False)
    #: statements that stand for whichever statement or report was named before (document_nouns.tsv `any`: وثيقة)
    any_documents: frozenset[str] = frozenset()

    @classmethod
    def from_lexicons(
        cls,
        anaphors: Lexicon,
        roles: Lexicon,
        documents: Lexicon | None = None,
        media: Lexicon | None = None,
        synonyms: Lexicon | None = None,
        statements: Lexicon | None = None,
    ) -> HeadNouns:
        """`documents`: speech nouns (speech_nouns.tsv); `statements`: the statements and reports whose issuer is the
        source (document_nouns.tsv; the bundled one where not given)."""
        organisations = organisation_heads(anaphors)
        issued = statements if statements is not None else bundled("document_nouns")
        document_nouns = frozenset(documents or ()) | frozenset(strip_article(normalize(key)) for key in issued)
        any_documents = frozenset(
            strip_article(normalize(key)) for key in issued if (entry := issued.lookup(key)) is not None and entry.get("any") == "yes"
        )
        descriptors = {key for key in roles if (entry := roles.lookup(key)) is not None and entry.get("kind") == "descriptor"}
        media_heads = frozenset(strip_article(normalize(key)) for key in (media or ()))
        kinds = organisations | document_nouns | descriptors
        family_kin = {key for key in roles if (entry := roles.lookup(key)) is not None and entry.get("family") == "yes"}
        return cls(
            organisations,
            frozenset(roles),
            document_nouns,
            kinds,
            media_heads,
            descriptors=frozenset(descriptors),
            family_kin=frozenset(family_kin),
            title_synonyms=synonym_map(synonyms),
            any_documents=any_documents,
        )
