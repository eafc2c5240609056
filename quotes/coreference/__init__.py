"""Speakers across a document: who a subject-less cue, a surname or an anaphor refers to.

Each source becomes an entity. A mention joins an entity when its words are
the entity's words or part of them (`فرولوف` → `فلاديمير فرولوف`), when it is a
nominal anaphor of the entity's kind (`الصحيفة` → `صحيفة كوميرسانت`), or when it
repeats the entity's role noun (`اللاعب` → the player quoted before). A cue
without a subject takes the most recent speaker that agrees with the verb's
gender. The fullest mention is `speaker_resolved`; the first role found is
carried to every later quote of the entity.

One step a module, each building on the ones before it:

- how a mention reads: `words` (normalised words, a body's words, the
  article), `counting` (ثلاثة مصادر → 3), `nisba` (الرئيس الجزائري is not
  المصري), `pointing` (هذا المصدر، المصدر نفسه، مصادر أخرى); `heads`:
  `HeadNouns`, the head nouns of organisations, titles, statements and media,
  read from the lexicons; `spans`: a speaker phrase grown to whole words;
- `chains`: `Entity` and the proper-name chains; `state`: `Coreference`, what
  the resolver knows of one document (its entities, the latest speaker);
- what a title (`titles`), a body's head noun (`bodies`) and a statement's
  issuer (`issuers`) say;
- the mention sieves, asked in order by `finding` (`MENTION_SIEVES`): `sieve_words`
  (another source, a numbered group, the same words), `sieve_heads` (a
  definite anaphor, a company named by its bare name), `sieve_titles` (the holder of an office, the person named
  with a title and its nisba, the official quoted last, the person the text is about, the holder of a long title);
- the quote sieves (`quote_sieves`: `QUOTE_SIEVES`, then the latest speaker),
  with the readings they use (`honorifics`, `recency`); the passes after the
  document (`completion`); the records (`records`);
- `resolver`: `SpeakerResolver`, the driver.
"""

from quotes.coreference.chains import Entity
from quotes.coreference.counting import cardinality
from quotes.coreference.finding import MENTION_SIEVES
from quotes.coreference.heads import HeadNouns
from quotes.coreference.pointing import pointed_mention
from quotes.coreference.quote_sieves import QUOTE_SIEVES
from quotes.coreference.resolver import SpeakerResolver
from quotes.coreference.words import mention_words

__all__ = [
    "MENTION_SIEVES",
    "QUOTE_SIEVES",
    "Entity",
    "HeadNouns",
    "SpeakerResolver",
    "cardinality",
    "mention_words",
    "pointed_mention",
]
