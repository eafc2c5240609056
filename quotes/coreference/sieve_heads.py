"""Mention sieves that read a nominal anaphor by its head noun: `الصحيفة` → `صحيفة كوميرسانت`; `الشركة` → the company
the text named last by its bare name (`مورجان ستانلي`)."""

from __future__ import annotations

from quotes.coreference.bodies import anaphor_head, company_head, headed_by, names_another_body
from quotes.coreference.chains import Entity
from quotes.coreference.query import NEW, Query, Verdict
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words, names_itself, opens_definite, words_of
from quotes.model import Span


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


#: How many sentences back a company named by its bare name may be the one `الشركة` stands for.
COMPANY_SENTENCES_BACK = 3


def company_named_before(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`أعلنت مورجان ستانلي …. وقالت الشركة`، `ارتفع سهم داماك العقارية …. وأعلنت الشركة`: news names a company or a
    bank by its bare name, with no head noun, then calls it `الشركة` or `المصرف` (organisation_anaphors.tsv, column
    `company`). Where no body with that head was named before, the anaphor is the company the entity tagger found
    named last, in the sentences just before it; asked before the same words are (each `الشركة` of a market report
    is the company its paragraph names)."""
    mention = query.mention
    if not query.words or len(query.words) > 2 or names_itself(mention) or not opens_definite(mention):
        return None
    if not company_head(coref, query.words):
        return None
    if len(query.words) == 2 and not query.words[1].endswith(("ي", "يه")):
        return None  # (المؤسسة المصرفية: an adjective; الشركة السعودية للكهرباء names a company of its own)
    head = anaphor_head(coref, query.words)
    if head is None:
        return None
    before = [phrase for phrase in coref.organisation_phrases or () if phrase.end <= mention.start]
    known = [known for entity in coref.entities for known in entity.mentions if known.end <= mention.start]
    if any(headed_by(coref, head, phrase) for phrase in (*before, *known)) or _written_before(coref, head, mention.start):
        return None  # (شركة أرامكو …. وقالت الشركة: the headed body, definite_head's, wherever the text wrote its head)
    sentence = coref.document.sentence_at(mention.start)
    named = [
        phrase
        for phrase in before
        if mention_words(phrase) in coref.tagged_organisations
        and mention_words(phrase)[0] not in coref.organisation_heads
        and _sentences_back(coref, phrase, sentence.index if sentence is not None else 0) <= COMPANY_SENTENCES_BACK
    ]
    if not named:
        return None
    company = max(named, key=lambda phrase: phrase.start)
    words = mention_words(company)
    for entity in coref.entities:
        if any(mention_words(known) == words for known in entity.mentions):
            return entity
    return coref.new_entity(company)


def _written_before(coref: Coreference, head: str, offset: int) -> bool:
    """Whether the text writes the head noun before `offset` (`مؤسسة محمد بن سلمان الخيرية (مسك الخيرية)`, whatever
    the finders made of it): the words of a document's opening are read once here, not remembered."""
    return head in words_of.__wrapped__(coref.document.text[:offset])


def _sentences_back(coref: Coreference, span: Span, index: int) -> int:
    sentence = coref.document.sentence_at(span.start)
    return index - sentence.index if sentence is not None else COMPANY_SENTENCES_BACK + 1
