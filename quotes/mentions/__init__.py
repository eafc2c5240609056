"""Every mention of a person, organisation, group or document in a parsed document, with exact spans.

Mentions are found once per document, before any quote is attributed, by
small finders that each know one kind of phrase (a mention's ``source``
names the finder):

- ``ner``: the trained entity tagger's PERS/ORG/LOC spans (when the model is
  shipped; LOC spans become PLACE mentions, which are never sources);
- ``title``: a title or role noun and the name it gives (`وزير الخارجية
  عادل الجبير` → PER `عادل الجبير`, role `وزير الخارجية`), or the bare
  title (`المتحدث الرسمي`) when no name follows;
- ``honorific``: an honorific pronoun (`سموه`، `معاليه`، `فضيلته`);
- ``latter``: "the latter" standing alone where someone speaks (`الأخير`، `هذه الأخيرة`), a LATTER mention:
  the person or body named last before it whose gender agrees;
- ``organisation``: an organisation head and its name (`وزارة الداخلية`,
  `الهيئة العامة للإحصاء`), MEDIA when the head is a medium (`صحيفة
  كوميرسانت`, `صحيفة «الشرق الأوسط»`); a body named after a person takes
  the person's name (`جامعة الملك سعود`), which is then no person's mention;
- ``group``: a plural source and its description (`مصادر مطلعة`), and people named as a
  group where they act, with the whole phrase (`عدد من أهالي قرية الريحان`، `الحضور`،
  `7 لاعبين`، `مهندسون وخبراء`): whom a plural cue without a subject may mean;
- ``document``: a statement or report with its issuer (`بيان لوزارة
  الداخلية` → DOC with issuer `وزارة الداخلية`).

Vocabulary is read from ``rules/lexicons`` (role_nouns, honorific_anaphors, latter_anaphors,
organisation_anaphors, media_nouns, group_nouns, people_plurals, quantifiers,
document_nouns, given_names, eponym_titles, reporting_verbs).

One step a module, each building on the ones before it:

- `model`: `EntityMention`, its kinds; `lexicons`: `MentionLexicons`, the
  word lists the finders read;
- `word_facts`: what a word is to the finders (a given name, a title, an
  organisation head …), remembered per spelling by the `WordReader` every
  finder receives; `words`: facts of words in running text (spans, glued
  words, the article, what joins two words);
- `roles`: whether a name finder keeps the title before a name; `places`: a
  place noun and the proper noun after it;
- the finders, one per kind of phrase: `tagged` (the entity tagger's spans),
  `organisations`, `names`, `titles`, `groups`, `honorifics`, `latter`, `documents`;
- `merging`: where the finders' mentions meet (one mention per span by
  precedence), and mentions cut where a quote's content starts;
- `source_heads`: whether a speaker phrase no finder found names a source, read off its head word;
- `finder`: `MentionFinder`, which runs them in order.
"""

from quotes.mentions.finder import MentionFinder
from quotes.mentions.lexicons import PERSON_OBJECT_CLASSES, MentionLexicons
from quotes.mentions.merging import outside_contents
from quotes.mentions.model import KINDS, PROPER_NAME_SOURCES, SOURCE_KINDS, EntityMention

__all__ = [
    "KINDS",
    "PERSON_OBJECT_CLASSES",
    "PROPER_NAME_SOURCES",
    "SOURCE_KINDS",
    "EntityMention",
    "MentionFinder",
    "MentionLexicons",
    "outside_contents",
]
