"""A grandfather speaks: `جد` is a kinship noun, the head of a speaker's description like والد and شقيق.

`وأفاد جد الطفل بأنه أصيب …`: the tagger reads `جد` as the verb جدّ ("strove"), and no speaker was found; the quote and
the ones after it went to the police named before. With `جد` in rules/lexicons/role_nouns.tsv (kin), the noun between
the cue and the content is the speaker, and the subject-less cues after it are his. (`جدة` is left out: in Saudi news it
is the city far more often than the grandmother.)

Sentences written for the test (invented content), after a read-set record; tests/data/entities/kin_speakers.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_a_grandfather_and_his_next_quotes(extractor: Extractor) -> None:
    police, grandfather, added, mentioned = sources(extractor, entity_parses("kin_speakers")["grandfather-speaks"])
    assert police[:3] == ("وأفادت", "الشرطة", "الشرطة")
    assert grandfather[:3] == ("وأفاد", "جد الطفل", "جد الطفل")
    assert added[:3] == ("مضيفا", None, "جد الطفل")
    assert mentioned[:3] == ("وذكر", None, "جد الطفل")
