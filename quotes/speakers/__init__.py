"""Grow a speaker's head word into its mention, and find the role it is given.

Roles come before the name (`وزير الخارجية الروسي سيرجي لافروف`), after it as
an apposition (`جو ستيرنليب، رئيس …`), or in a `وهو …` clause
(`فلاديمير فرولوف، وهو دبلوماسي روسي سابق`). Honorifics (السيد، الشيخ) are
dropped from both; ranks and titles (اللواء، المهندس) belong to the role.

One step a module, each building on the ones before it:

- `words`: what a word is to a speaker (a time word, a given name, a title or
  job, an honorific, a nationality) and the span a run of words covers;
- `mention`: the head word grown into the words of its mention;
- `roles`: the role before the name, in apposition, between dashes, in a
  `وهو …` clause, or as the job after the name;
- `names`: where a name starts and ends in running text (the phrase between a
  cue and its content, the named person before a cue);
- `called`: a person introduced by the name they are called (`شخص يدعى طاهر`): the name is the speaker;
- `describe`: `describe_speaker`, which runs them for the head word a rule bound.
"""

from quotes.speakers.describe import describe_speaker
from quotes.speakers.mention import Mention
from quotes.speakers.names import GIVEN_NAMES_READ_AS_PREPOSITION, named_person_before, phrase_between
from quotes.speakers.roles import APPOSITION_COMMAS, job_after_name, only_a_rank, role_before, yields_to_job_after
from quotes.speakers.words import (
    TIME_WORDS,
    common_noun_reading,
    compound_given_name,
    is_time,
    name_gender,
    opens_definite_noun,
    opens_possessed_noun,
    person_gender,
    plural_verb_form,
    prayer_around,
    prayer_starts,
    preposition_on_article,
    pronoun_suffixed,
    says_how,
    second_name_half,
    strip_honorifics,
    time_in_parentheses,
)

__all__ = [
    "APPOSITION_COMMAS",
    "GIVEN_NAMES_READ_AS_PREPOSITION",
    "TIME_WORDS",
    "Mention",
    "common_noun_reading",
    "compound_given_name",
    "describe_speaker",
    "is_time",
    "job_after_name",
    "name_gender",
    "named_person_before",
    "only_a_rank",
    "opens_definite_noun",
    "opens_possessed_noun",
    "person_gender",
    "phrase_between",
    "plural_verb_form",
    "prayer_around",
    "prayer_starts",
    "preposition_on_article",
    "pronoun_suffixed",
    "role_before",
    "says_how",
    "second_name_half",
    "strip_honorifics",
    "time_in_parentheses",
    "yields_to_job_after",
]
