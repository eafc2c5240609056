"""Where a group of sources is: the phrase after an indefinite plural that says who its people are.

`أفاد ناشطون | في مدينة دير الزور`، `مصادر رسمية | داخل أروقة الاتحاد`، `خبراء | في اقتصاديات النقل البحري`: after a
group noun, a في, لدى or داخل phrase (rules/lexicons/belonging_prepositions.tsv, column `group`) says which people
they are (the spec's `متعاملون في سوق التمور`); a medium (`في تصريحات صحفية`), a time (`في وقت سابق`) or a manner is
where or when they acted instead. Read by the speaker phrase of a cue's subject (quotes/drafts/subject_mention.py) and
by the GROUP mentions of the mention finder (quotes/mentions/groups.py), so that the two agree.
"""

from __future__ import annotations

from quotes.grammar.loader import marked_words
from quotes.graph import SentenceGraph, Word
from quotes.normalize import normalize
from quotes.speakers.words import is_medium, is_time, says_how

#: The prepositions that say where a group of sources is or belongs: rules/lexicons/belonging_prepositions.tsv,
#: column `group`.
WHERE_THEY_ARE = marked_words("belonging_prepositions", "group")


def where_they_are(sentence: SentenceGraph, head: Word, last: Word) -> Word | None:
    """The noun of the phrase right after `last` (the group mention's last word) that says where the people of the
    group `head` are: its preposition is listed and is the noun's own, and the noun hangs on the group's head; None
    for a medium, a time or a manner. (A cue's subject also takes such a phrase the parse hung on the verb of saying:
    quotes/drafts/subject_mention.py.)"""
    preposition = sentence.word_after(last)
    if preposition is None or preposition.base_deprel != "case" or normalize(preposition.text) not in WHERE_THEY_ARE:
        return None
    noun = sentence.word_after(preposition)
    if noun is None or preposition.head != noun.index or noun.base_deprel not in ("obl", "nmod"):
        return None
    if noun.head != head.index or is_medium(sentence, noun) or is_time(noun) or says_how(noun):
        return None
    return noun


def phrase_end(sentence: SentenceGraph, noun: Word, limit: int) -> int:
    """Where the noun's phrase (its subtree, read on from the noun) ends: before a mark, a word outside it or
    `limit`."""
    phrase = {word.index for word in sentence.subtree(noun.index)}
    end = noun.end
    for word in sentence.words[noun.index :]:
        if word.index not in phrase or word.upos == "PUNCT" or word.end > limit:
            break
        end = word.end
    return end
