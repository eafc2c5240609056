"""The words a step reads are rules/lexicons, one list for every step that reads the same words (a linguist extends
one file, and no module keeps a copy that falls behind):

- demonstratives.tsv: a demonstrative after a speaker's name, or before a word without the article, is the verb's
  object (`وأكد المسؤول ذلك`، `أوضح ذلك سامي الحربي`); before a definite noun it points back at a source (`هذا
  المصدر`);
- name_ends.tsv, column second_half: the second half of a compound given name written apart (الدين of `صلاح الدين`)
  starts no name and opens no phrase of its own;
- issued_words.tsv: the participle of issue (`بيان صادر عن …`، `التقرير الصادر مؤخرا`) ends a body's name and is cut
  from an issuer found after a statement;
- complementizers.tsv: a tagged name does not run on through a complementizer, and one may follow a name set off by
  a comma after a title (`المتحدث باسم الشرطة، سامي الحربي، أن …`);
- given_names.tsv, column preposition: `باسم` after a job title is "in the name of" (`المتحدث باسم الشرطة`);
- emphatic_words.tsv: `نفسه`، `ذاتها` in apposition belong to the speaker (`المصدر نفسه`);
- not_sound_plurals.tsv: the tens and the nouns that only look like a plural of people in ون/ين (`قانون`، `فلسطين`)
  are no group's source;
- reporting_verbs.tsv, column speech: the verbs that speech with no marks at all may follow (`وأضاف سيتم …`:
  tests/test_speech_only_after_saying.py);
- according_to.tsv, column checked_word: the markers' words that also mean "in line with" (حسب، وفق، بناء …), after
  which the source is checked;
- quantifiers.tsv, column alone: `كثيرون`، `كثيرين` are people without من and a plural after them; counting_words.tsv:
  `كل من`، `بعض`، `جميع` before the names they count are no title (tests/test_many_and_each_of.py).
"""

from __future__ import annotations

import pytest

from quotes.attribution import addressee, name_in_phrase
from quotes.coreference import issuers, pointing
from quotes.drafts import according_to
from quotes.grammar.loader import bundled_lexicon, marked_words, second_name_halves, word_set
from quotes.mentions import groups, tagged, word_facts
from quotes.mentions import words as mention_words
from quotes.normalize import normalize
from quotes.speakers import mention as speaker_mention
from quotes.speakers import names as speaker_names
from quotes.speakers import words as speaker_words


def _normal(*written: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in written)


def test_every_reader_reads_the_one_list() -> None:
    assert speaker_mention._DEMONSTRATIVES == pointing.DEMONSTRATIVES == word_set("demonstratives")
    assert tagged._SECOND_HALVES == addressee._SECOND_NAME_HALVES == second_name_halves()
    assert mention_words.ISSUED == word_set("issued_words")
    assert issuers._AFTER_THE_NAME == word_set("issued_words") | word_set("complementizers")
    assert tagged._COMPLEMENTIZERS == name_in_phrase._AFTER_SET_OFF_NAME == word_set("complementizers")
    assert speaker_names.GIVEN_NAMES_READ_AS_PREPOSITION == marked_words("given_names", "preposition")
    assert speaker_mention._EMPHATIC == word_set("emphatic_words")
    assert speaker_words._NOT_SOUND_PLURALS == word_set("not_sound_plurals")
    assert groups._PEOPLE_ALONE == marked_words("quantifiers", "alone")
    checked = (entry.get("checked_word") for entry in bundled_lexicon("according_to").entries.values())
    assert according_to._AMBIGUOUS_MARKERS == _normal(*(word for word in checked if word))
    assert speaker_names._COUNTING_WORDS == word_set("counting_words")


def test_the_words() -> None:
    assert _normal("ذلك", "هذا", "هذه", "تلك", "ذاك", "هؤلاء", "أولئك") <= word_set("demonstratives")
    assert second_name_halves() == _normal("الدين")
    assert word_set("issued_words") == _normal("صادر", "الصادر", "صادرة", "الصادرة")
    assert _normal("أن", "إن", "بأن", "أنّ", "إنّ", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها") <= word_set("complementizers")
    assert marked_words("given_names", "preposition") == _normal("باسم")
    assert word_set("emphatic_words") == _normal("نفس", "ذات")
    assert _normal("عشرون", "تسعين", "قانون", "مليون", "فلسطين") <= word_set("not_sound_plurals")
    assert marked_words("quantifiers", "alone") == _normal("كثيرون", "كثيرين")
    checked = _normal("حسب", "بحسب", "وفق", "وفقاً", "طبقا", "تبعا", "بناء", "استنادا", "وجهة", "رأي", "برأي")
    assert according_to._AMBIGUOUS_MARKERS == checked
    assert word_set("counting_words") == _normal("كل", "كلا", "بعض", "جميع")
    assert marked_words("reporting_verbs", "speech") == _normal("قال", "أضاف", "أوضح", "بين", "أردف", "استطرد")


@pytest.mark.parametrize(("word", "plural"), [("المهندسون", True), ("اللاعبين", True), ("القانون", False), ("خمسين", False)])
def test_a_plural_of_people_is_read_by_its_ending_unless_listed(word: str, plural: bool) -> None:
    assert word_facts.sound_plural(normalize(word).removeprefix("ال")) is plural


@pytest.mark.parametrize("written", ["ذلك", "ذَلِكَ", "هؤلاء", "هولاء"])
def test_a_demonstrative_is_read_however_it_is_spelled(written: str) -> None:
    assert normalize(written) in speaker_mention._DEMONSTRATIVES


def test_a_second_half_is_no_family_name_of_its_own() -> None:
    """name_ends.tsv is also what the entity-tag repair reads: the last word of `صلاح الدين` never names a person
    alone, as the regnal ordinals (الثاني) and the given names that are common words (علي) do not."""
    assert normalize("الدين") in word_set("name_ends")
