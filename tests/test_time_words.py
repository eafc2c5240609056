"""The time words are one lexicon, rules/lexicons/time_words.tsv, read once: one column a reading. The speaker steps
read the `speaker` words (days, moments, "at that time": never who speaks nor a part of a name; `البارحة` too), the
issuer search and a body's name the `period` words (a stretch of time a report covers, never its issuer: `عام`، `شهر`،
`آب`; none goes on a body's name after لـ: `بالكلية | للعام الدراسي`), and
`given_name` marks a time word that is also a given name before a family name (`صباح`), and `age` the words that count
a person's years in an age after a name (`موتا (32 عاما)`: tests/test_ages_after_names.py)."""

from __future__ import annotations

from quotes.grammar.loader import time_words
from quotes.normalize import normalize
from quotes.speakers import mention as speaker_mention
from quotes.speakers import words as speaker_words


def _normal(*written: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in written)


def test_every_reader_reads_its_column() -> None:
    assert speaker_words.TIME_WORDS == time_words("speaker")
    assert speaker_words.PERIOD_NOUNS == time_words("period")
    assert time_words("given_name") == _normal("صباح")
    assert speaker_mention.YEARS == time_words("age") == _normal("عاما", "عاماً", "عام", "سنة", "سنوات", "عمره", "العمر")


def test_the_readings() -> None:
    assert _normal("اليوم", "أمس", "البارحة", "صباح", "آنذاك", "المرة", "يوليو") <= time_words("speaker")
    assert _normal("عام", "شهر", "آب", "ذي", "يوليو") <= time_words("period")
    # a year is a period a report covers, but العام after a title is "general" (الأمين العام): no speaker's time word
    assert not _normal("عام", "العام", "آب") & time_words("speaker")
    assert not _normal("اليوم", "أمس", "حاليا") & time_words("period")


def test_a_time_word_is_no_name_and_no_issuer() -> None:
    assert speaker_words.names_a_period("العام الماضي")
    assert speaker_words.names_a_period("لعام الدراسي")  # للعام, cut لـ + لعام by the clitic pass
    assert not speaker_words.names_a_period("الهيئة العامة للإحصاء")
