"""What a head noun says of a body: the head a definite anaphor stands for (`الصحيفة` → صحيفة), whether an earlier
mention names a body with that head (`الحركة الشعبية`) or only speaks of one after a head of its own (`مصادر داخل
الحركة`، `مكتب الأمم المتحدة`), and whether two bodies with one head are two (`الإدارة العامة للحج` after `إدارة
المطار`)."""

from __future__ import annotations

from quotes.coreference.chains import Entity
from quotes.coreference.state import Coreference
from quotes.coreference.titles import BELONGING_PREPOSITIONS
from quotes.coreference.words import body_words, mention_words, words_of
from quotes.lexicon import LexiconEntry
from quotes.model import Span
from quotes.normalize import normalize, strip_article


def anaphor_entry(coref: Coreference, words: tuple[str, ...]) -> LexiconEntry | None:
    """The row of organisation_anaphors.tsv of a nominal anaphor's first word (الصحيفة), if it is one."""
    return coref.anaphors.lookup("ال" + words[0], words[0]) if words else None


def company_head(coref: Coreference, words: tuple[str, ...]) -> bool:
    """Whether the first word is a head that stands for a company or a bank (organisation_anaphors.tsv column company:
    شركة، بنك، مجموعة), which news also names by its bare name."""
    entry = anaphor_entry(coref, words[:1])
    return entry is not None and entry.get("company") == "yes"


def anaphor_head(coref: Coreference, words: tuple[str, ...]) -> str | None:
    """The head noun a nominal anaphor stands for (organisation_anaphors.tsv: الصحيفة → صحيفة), if it is one."""
    entry = anaphor_entry(coref, words)
    if entry is None:
        return None
    head = entry.get("head") or words[0]
    return strip_article(normalize(head))


def names_another_body(coref: Coreference, mention: Span, head: str, entity: Entity) -> bool:
    """Whether a definite head and a body named before with that head each go on with a noun the other lacks:
    `الإدارة العامة للحج والعمرة` after `إدارة مطار الملك عبدالعزيز` is another department, while `الإدارة` or
    `الصحيفة البريطانية` (an adjective) points back at the one named before, and a full name after its bare head
    (`الهيئة` … `الهيئة العامة للغذاء والدواء`) names that body."""
    sentence = coref.document.sentence_at(mention.start)
    known = entity.words()
    if sentence is None or not known - {head} - set(mention_words(mention)):
        return False
    for word in sentence.words_within(mention.start, mention.end):
        if word.upos not in ("NOUN", "PROPN", "X"):
            continue
        keys = words_of(word.text)
        if keys and keys[0] != head and keys[0] not in known:
            return True
    return False


def headed_by(coref: Coreference, head: str, known: Span) -> bool:
    """Whether `known` names a body with this head noun (`الحركة` → `الحركة الشعبية`), not one that only
    speaks of it after a head of its own (`مصادر داخل الحركة الشعبية`) or a title (`نائبة رئيسة المنظمة …`)."""
    words = body_words(known)
    return head in words and (words[0] == head or (words[0] not in coref.kind_heads and words[0] not in coref.roles))


def inside_other_head(coref: Coreference, wanted: set[str], entity: Entity) -> bool:
    """Whether the words only occur after another head noun: المقاومة in مصادر داخل المقاومة, الأمم المتحدة in
    مكتب الأمم المتحدة name a body the entity belongs to or speaks of, not the entity (a surname in a full
    name is no such case: a name does not start with an organisation, descriptor or document noun)."""
    known_mentions = (*entity.mentions, *entity.aliases)
    if any(_short_name_in_parentheses(known) == wanted for known in known_mentions):
        return False  # منظمة الدول المصدرة للنفط (أوبك) … وتتوقع أوبك: the body's own short name, not a body inside it
    holding = [words for known in known_mentions if wanted <= set(words := mention_words(known))]
    if holding and all(_company_by_its_name(coref, wanted, words) for words in holding):
        return False  # شركة تالجو الإسبانية … وقالت تالجو: a company's name after its head is the company itself
    if any(words[0] in coref.family_kin and len(wanted) == 1 and words[-1] in wanted for words in holding):
        return False  # والد الوكيل دغاش الشهراني … وأفاد الشهراني: the father bears the family name too, and spoke
    # a body's short name (المنظمة) is not the person whose title names the body either (نائبة رئيسة المنظمة)
    heads = coref.kind_heads | coref.role_heads if wanted & coref.organisation_heads else coref.kind_heads
    return bool(holding) and all(
        words[0] not in wanted and (words[0] in heads or after_title_preposition(coref, wanted, words)) for words in holding
    )


def _company_by_its_name(coref: Coreference, wanted: set[str], words: tuple[str, ...]) -> bool:
    """Whether `words` are a company's head (organisation_anaphors.tsv column company: شركة، بنك، مجموعة) and then its
    name, which `wanted` opens (`شركة تالجو الإسبانية` for `تالجو`): news names a company by its name alone."""
    return len(words) >= 2 and words[1] in wanted and words[0] not in wanted and company_head(coref, words)


def _short_name_in_parentheses(mention: Span) -> set[str] | None:
    """The words a mention ends with in parentheses (`منظمة الدول المصدرة للنفط (أوبك)` → أوبك), if any."""
    text = mention.text.rstrip()
    if not text.endswith(")") or "(" not in text:
        return None
    return set(words_of(text[text.rindex("(") + 1 : -1]))


def after_title_preposition(coref: Coreference, wanted: set[str], words: tuple[str, ...]) -> bool:
    """Whether the words come after a title and a preposition (`قائد بارز في طالبان`، `مسؤول من الحركة`): the body
    the title holder belongs to, not the holder (a name after a title, `وزير الخارجية عادل الجبير`, has none)."""
    if words[0] not in coref.role_heads:
        return False
    first = next((position for position, word in enumerate(words) if word in wanted), 0)
    return any(word in BELONGING_PREPOSITIONS for word in words[1:first])


def opens_organisation(coref: Coreference, word: str) -> bool:
    """Whether a word (without its article) is an organisation's head or the first word of a multiword one
    (امم of الأمم المتحدة)."""
    return word in coref.organisation_heads or any(head.startswith(word + " ") for head in coref.organisation_heads)
