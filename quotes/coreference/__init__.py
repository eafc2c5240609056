"""Speakers across a document: who a subject-less cue, a surname or an anaphor refers to.

Each source becomes an entity. A mention joins an entity when its words are
the entity's words or part of them (`فرولوف` → `فلاديمير فرولوف`), when it is a
nominal anaphor of the entity's kind (`الصحيفة` → `صحيفة كوميرسانت`), or when it
repeats the entity's role noun (`اللاعب` → the player quoted before). A cue
without a subject takes the most recent speaker that agrees with the verb's
gender. The fullest mention is `speaker_resolved`; the first role found is
carried to every later quote of the entity.
"""

from quotes.coreference.chains import Entity
from quotes.coreference.counting import cardinality
from quotes.coreference.heads import HeadNouns
from quotes.coreference.pointing import pointed_mention
from quotes.coreference.resolver import SpeakerResolver
from quotes.coreference.words import mention_words

__all__ = ["Entity", "HeadNouns", "SpeakerResolver", "cardinality", "mention_words", "pointed_mention"]
