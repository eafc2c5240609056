"""How the resolver reads a mention's words: normalised, without clitic conjunctions and the article (`والوزارة` →
`وزارة`) but with a first و or ف that belongs to a title or body word the lexicons know (`وزير الخارجية` → وزير
خارجيه), or as a body's name keeps any first و or ف (`وكالة`), and what the first word says of the phrase (the
article of an anaphor, a name in quotation marks, a conjunct that names another body)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from quotes.grammar.loader import bundled_lexicon as bundled
from quotes.grammar.loader import word_set
from quotes.model import Span
from quotes.normalize import article_key, joined_name_particle, normalize, strip_article, strip_conjunction
from quotes.quotemarks import NAME_MARKS
from quotes.speakers.words import PEOPLE_PLURALS, QUANTIFIERS


def _root_waw_fa() -> frozenset[str]:
    """Words whose first و or ف is the word's own letter: the title and body heads of the bundled lexicons that open
    with one (وزير، وكيل، وكالة، فريق) and root_waw_fa.tsv (وزارة، والي، فصيل)."""
    words = set(bundled("root_waw_fa")) | set(bundled("role_nouns")) | set(bundled("title_synonyms"))
    words |= set(bundled("group_nouns")) | set(bundled("media_nouns")) | set(bundled("document_nouns"))
    words |= {strip_article(normalize(entry.get("head") or key)) for key, entry in bundled("organisation_anaphors").entries.items()}
    return frozenset(word for word in map(strip_article, words) if len(word) > 3 and word.startswith(("و", "ف")))


#: Words that keep their first و or ف in :func:`words_of`.
ROOT_WAW_FA = _root_waw_fa()
#: Words whose first ل is their own (rules/lexicons/root_lam.tsv): للجنة is لجنه in :func:`words_of`, as اللجنة is.
ROOT_LAM = word_set("root_lam")
#: Words that open a mention of people as a group: group nouns (مصادر، سكان، أهالي، خبراء), broken plurals of people
#: (الوزراء، القادة) and quantifiers (عدد من، بعض): rules/lexicons/group_nouns.tsv, people_plurals.tsv, quantifiers.tsv.
GROUP_WORDS = frozenset(strip_article(word) for word in word_set("group_nouns")) | PEOPLE_PLURALS | QUANTIFIERS


def mention_words(span: Span) -> tuple[str, ...]:
    """Normalised words without clitic conjunctions and the article."""
    return words_of(span.text)


def fullest(spans: Iterable[Span]) -> Span:
    """The mention with the most words, the earliest of those: what stands for an entity or a body by its name."""
    return max(spans, key=lambda span: (len(mention_words(span)), -span.start))


@lru_cache(maxsize=65_536)
def words_of(text: str) -> tuple[str, ...]:
    """:func:`mention_words` of a text (remembered per text): a first و or ف goes as the conjunction unless the word
    is one that owns it (:data:`ROOT_WAW_FA`: `وزير` stays, `ووزير` → وزير)."""
    words: list[str] = []
    for word in text.split():
        bare = normalize(word)
        key = "".join(char for char in bare if char.isalnum())
        if key not in ROOT_WAW_FA:
            key = "".join(char for char in article_key(strip_conjunction(bare), ROOT_LAM) if char.isalnum())
        particle = joined_name_particle(key)
        if particle is not None:  # عبدالله is عبد الله, أبوزيد is أبو زيد: one name however it is spaced
            words.append(particle)
            key = "".join(char for char in strip_article(key[len(particle) :]) if char.isalnum())
        if key == _IBN and words:
            key = _BIN  # سلمان ابن إبراهيم: the patronymic link, however written
        elif key == _IBN and len(text.split()) > 1:
            key = _BIN  # ابن إبراهيم: a man called by his father's name, the link of his full name (سلمان بن إبراهيم)
        if key:
            words.append(key)
    return tuple(words)


#: The patronymic link written with its alif (ابن) and without (بن): one word to the resolver.
_IBN, _BIN = normalize("ابن"), normalize("بن")


def body_words(span: Span) -> tuple[str, ...]:
    """:func:`mention_words` keeping a first letter و or ف that belongs to the word (وزارة، وكالة، فريق): a body's head
    noun is compared with the lexicon's heads and with its definite anaphor (الوزارة), which keep it; a conjunction
    goes only before the article (والوزارة), as in entities.text_name_words."""
    return body_words_of(span.text)


@lru_cache(maxsize=65_536)
def body_words_of(text: str) -> tuple[str, ...]:
    """:func:`body_words` of a text (remembered per text)."""
    words = []
    for word in text.split():
        bare = normalize(word)
        key = strip_article(strip_conjunction(bare) if bare.startswith(("وال", "فال")) else bare)
        key = "".join(char for char in key if char.isalnum())
        if key:
            words.append(key)
    return tuple(words)


def names_itself(mention: Span) -> bool:
    """A head with its name in marks (صحيفة «ماركا» الإسبانية) is no anaphor of an earlier body with that head."""
    text = mention.text
    return any(opening in text and closing in text[text.index(opening) + 1 :] for opening, closing in NAME_MARKS.items())


def opens_definite(mention: Span | str) -> bool:
    """Whether the mention's first word has the article (الصحيفة، والوزارة، للهيئة): an anaphor; `صحيفة الوطن`, a head
    in construct with a name, names a body of its own. A word that owns its first و is no conjunction and article
    (والي الولاية)."""
    first = (mention if isinstance(mention, str) else mention.text).split(maxsplit=1)
    bare = normalize(first[0]) if first else ""
    if bare not in ROOT_WAW_FA:
        bare = strip_conjunction(bare)
    return bare.startswith(("ال", "لل"))


def conjoined(phrase: Span, words: set[str]) -> bool:
    """Whether one of `words` is a conjunct of `phrase` (الحكومة الكرواتية ووزارة الخارجية): another body's name."""
    return any(
        normalize(word).startswith("و") and strip_article(strip_conjunction(normalize(word))) in words
        for word in phrase.text.split()[1:]
    )
