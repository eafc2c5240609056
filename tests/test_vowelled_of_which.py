"""`…، مِنها 16 ألف سفينة …`: a word with a vowel mark is no circumstantial participle.

Indirect content ends at a participle after a comma (`…، مؤكدا أن …`: the speaker's next act), matched on the written
word: م, three letters, the accusative's alif. With its kasra, `مِنها` ("of which") had the letters' count of one; the
vowel marks are no letters (`quotes.drafts.content`, `_PARTICIPLE_LETTERS`).

Sentence written for the test (invented figures), after a read-set record; tests/data/entities/vowelled_of_which.conllu
holds its parse (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor


def test_of_which_stays_in_the_content(extractor: Extractor) -> None:
    ((_type, _cue, _speaker, content),) = quotes_resolved(extractor, entity_parses("vowelled_of_which")["of-which-with-a-vowel-mark"])
    assert content == "أن عدد السفن العابرة بلغ 182 ألف سفينة، مِنها 16 ألف سفينة خلال العام الماضي"
