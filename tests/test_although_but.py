"""`إنه بالرغم من …، إلا أن …`: a "but" that completes the content's "although" is the speaker's, not the narrator's.

Indirect content ends at the narrator's `، إلا أن` (`إن المشروع تأخر، إلا أنه رفض الإفصاح …`: what the minister did, not
what he said); but after `رغم`، `بالرغم من`، `على الرغم من` in the content the "but" is the second half of the
speaker's own sentence (`quotes.drafts.content`, `_CONCESSIVE`).

Sentences written for the test (invented content), after read-set records; tests/data/entities/although_but.conllu holds
their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor


def test_the_but_of_an_although_is_the_speakers(extractor: Extractor) -> None:
    ((_type, _cue, _speaker, content),) = quotes_resolved(extractor, entity_parses("although_but")["although-then-but"])
    assert content == "إنه بالرغم من أهمية البرامج كلها، إلا أن غياب التنسيق يضعف أثرها"


def test_the_narrators_but_ends_the_content(extractor: Extractor) -> None:
    ((_type, _cue, _speaker, content),) = quotes_resolved(extractor, entity_parses("although_but")["narrators-but"])
    assert content == "إن المشروع تأخر عن موعده"
