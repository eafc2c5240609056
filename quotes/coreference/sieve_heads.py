"""Mention sieve that reads a nominal anaphor by its head noun: `الصحيفة` → `صحيفة كوميرسانت`."""

from __future__ import annotations

from quotes.coreference.bodies import anaphor_head, headed_by, names_another_body
from quotes.coreference.chains import Entity
from quotes.coreference.query import NEW, Query, Verdict
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words, names_itself, opens_definite, words_of
from quotes.grammar.loader import bundled_lexicon
from quotes.normalize import normalize, strip_article


def _regional_domains() -> dict[str, frozenset[str]]:
    """Each domain noun of rules/lexicons/regional_domains.tsv (صحه) with the words that name it in a body's full name
    (صحه، صحيه), normalised as mention words are."""
    lexicon = bundled_lexicon("regional_domains")
    domains = {}
    for key, entry in lexicon.entries.items():
        noun = strip_article(normalize(key))
        adjective = strip_article(normalize(entry.get("adjective") or ""))
        domains[noun] = frozenset(word for word in (noun, adjective) if word)
    return domains


#: The domains a regional directorate is called by (صحة حائل، تعليم جدة), with the words of its full name.
_REGIONAL_DOMAINS = _regional_domains()
#: The prepositions glued to a place in a body's full name (بحائل، لمنطقة، بالطائف).
_PLACE_CLITICS = ("ب", "ل", "بال", "لل")


def definite_head(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`وقالت الصحيفة` after `صحيفة كوميرسانت`، `الوزارة` after `وزارة الداخلية`: a definite anaphor
    (organisation_anaphors.tsv) is the latest body named with its head noun, unless the two go on with different
    nouns (`الإدارة العامة للحج` after `إدارة المطار`: NEW). A head with its own name in marks (`صحيفة «ماركا»`) or
    in construct with a name (`صحيفة الوطن`) is no anaphor."""
    mention = query.mention
    head = anaphor_head(coref, query.words) if not names_itself(mention) and opens_definite(mention) else None
    if head is not None:
        for entity in reversed(coref.entities):
            if any(headed_by(coref, head, known) and known.text != mention.text for known in entity.mentions):
                return NEW if names_another_body(coref, mention, head, entity) else entity
    return None


def body_by_domain_and_place(coref: Coreference, query: Query) -> Entity | None:
    """`صحة حائل` after `المديرية العامة للشئون الصحية بمنطقة حائل`، `تعليم جدة` after `إدارة التعليم بجدة`: a domain
    (regional_domains.tsv) and a place, without the article, is the short name of the latest body named with that
    domain (or its adjective, الصحية) and that place (بحائل، بمنطقة حائل)."""
    words = query.words
    if len(words) != 2 or opens_definite(query.mention) or words[0] not in _REGIONAL_DOMAINS:
        return None
    domain, place = _REGIONAL_DOMAINS[words[0]], words[1]
    places = {place, *(clitic + place for clitic in _PLACE_CLITICS)}
    for entity in reversed(coref.entities):
        for known in entity.mentions:
            if known.text == query.mention.text or not domain & set(mention_words(known)):
                continue
            # the place may follow the mention the rules read (المديرية العامة للشؤون الصحية | بمنطقة تبوك)
            seat = words_of(_clause_part(coref.document.text, known.end))[:_SEAT_WORDS]
            if places & {*mention_words(known)[1:], *seat}:
                return entity
    return None


#: How many words after a body's mention may still name its seat (بمنطقة تبوك، في محافظة الطائف).
_SEAT_WORDS = 3


def _clause_part(text: str, start: int) -> str:
    """The text from `start` to the next punctuation mark (where a body's name written on cannot reach)."""
    end = start
    while end < len(text) and text[end] not in "،,.:؛;\n()«»\"":
        end += 1
    return text[start:end]
