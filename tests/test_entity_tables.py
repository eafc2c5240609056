"""The entity tables of whole articles, checked by hand: every named person and organisation with its canonical name.

The seed article's parse is tests/data/seed/seed.conllu (the bundled model's
output); no model is loaded and the entity tagger is off, so these are the
rules' tables, the floor the trained tagger adds to.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from quotes.api import Extractor
from quotes.attribution import quote_counts
from quotes.conllu_reading import documents_from_conllu
from quotes.entities import EntityTable
from quotes.grammar import Grammar
from quotes.model import Quote

SEED = Path(__file__).resolve().parent / "data" / "seed" / "seed.conllu"


@pytest.fixture(scope="module")
def seed(grammar: Grammar) -> tuple[list[Quote], EntityTable]:
    [document] = documents_from_conllu(SEED.read_text(encoding="utf-8"), source=str(SEED))
    return Extractor(rules=grammar, entity_tagger=False).extract_with_entities(document)


def table_of(table: EntityTable) -> dict[str, tuple[str, set[str]]]:
    return {entity.canonical.text: (entity.type, {m.span.text for m in entity.mentions}) for entity in table.entities}


def test_the_seed_articles_people_organisations_and_groups(seed: tuple[list[Quote], EntityTable]) -> None:
    _, table = seed
    found = table_of(table)
    people = ["فلاديمير بوتين", "جو بايدن", "سيرجي لافروف", "فلاديمير فرولوف", "أندري كورتونوف", "أركادي دوبنوف"]
    for name in people:
        assert found[name][0] == "PER", name
    assert found["صحيفة كوميرسانت"] == ("MEDIA", {"صحيفة كوميرسانت", "الصحيفة"})
    assert found["ثلاثة مصادر مطلعة"] == ("GROUP", {"ثلاثة مصادر مطلعة", "المصادر الثلاثة"})
    assert found["مجلس الشؤون الدولية الروسي"][0] == "ORG"
    assert found["إدارة بايدن"][0] == "ORG"
    # surnames join the full names
    assert {"سيرجي لافروف", "لافروف"} <= found["سيرجي لافروف"][1]
    assert {"فلاديمير فرولوف", "فرولوف"} <= found["فلاديمير فرولوف"][1]
    assert {"جو بايدن", "بايدن"} <= found["جو بايدن"][1]
    # no country, city or date is a person
    for place in ("روسيا", "أفغانستان", "موسكو", "طاجيكستان", "رويترز"):
        assert place not in found


def test_the_seed_articles_roles_and_quote_counts(seed: tuple[list[Quote], EntityTable]) -> None:
    quotes, table = seed
    by_name = {entity.canonical.text: entity for entity in table.entities}
    assert [role.span.text for role in by_name["سيرجي لافروف"].roles] == ["وزير الخارجية الروسي"]
    assert [role.span.text for role in by_name["فلاديمير بوتين"].roles] == ["الرئيس الروسي"]
    records = {record["canonical"]: record for record in table.records(quote_counts(quotes))}
    assert records["فلاديمير فرولوف"]["quotes"] == 3
    assert records["سيرجي لافروف"]["quotes"] == 2
    assert records["صحيفة كوميرسانت"]["quotes"] == 2
    assert records["فلاديمير بوتين"]["quotes"] == 0  # named, not quoted
    for quote in quotes:  # every quote with a source points into the table
        if quote.speaker_resolved is not None:
            assert quote.speaker_entity is not None
            entity = table.by_id(quote.speaker_entity.rsplit(":", 1)[1])
            assert entity is not None


DEV = Path(__file__).resolve().parent / "data" / "entities" / "snn_dev3.conllu"


@pytest.fixture(scope="module")
def dev_tables(grammar: Grammar) -> dict[str, tuple[list[Quote], EntityTable]]:
    extractor = Extractor(rules=grammar, entity_tagger=False)
    return {
        document.doc_id: extractor.extract_with_entities(document)
        for document in documents_from_conllu(DEV.read_text(encoding="utf-8"), source=str(DEV))
    }


def test_a_health_directorate_article(dev_tables: dict[str, tuple[list[Quote], EntityTable]]) -> None:
    """snnD-008: the directorate denies a report; its short names and its statement are the directorate."""
    quotes, table = dev_tables["snnD-008"]
    found = table_of(table)
    directorate = "المديرية العامة للشئون الصحية بمنطقة حائل"
    assert found[directorate][0] == "ORG"
    assert found["لجنة للتحقق"] == ("ORG", {"لجنة للتحقق", "اللجنة"})
    assert found["مستشفى الولادة والأطفال"][0] == "ORG"
    assert "المستشفى" in found["مستشفى الولادة والأطفال"][1]
    [entity] = [e for e in table.entities if e.canonical.text == directorate]
    spoken = [q for q in quotes if q.speaker_entity == f"snnD-008:{entity.id}"]
    assert len(spoken) == 4
    assert all(q.speaker_resolved is not None and q.speaker_resolved.text == directorate for q in spoken)


def test_a_war_report_of_unnamed_sources(dev_tables: dict[str, tuple[list[Quote], EntityTable]]) -> None:
    """snnD-017: witnesses, military sources, a security source, an agency; no place is a source."""
    quotes, table = dev_tables["snnD-017"]
    found = table_of(table)
    assert found["شهود عيان"] == ("GROUP", {"شهود عيان", "الشهود"})
    assert found["مصادر عسكرية عراقية"] == ("GROUP", {"مصادر عسكرية عراقية", "المصادر"})
    assert found["وكالة الأنباء الألمانية"][0] == "MEDIA"
    assert found["مصدر أمني عراقي"][0] == "PER"  # one unnamed person
    assert found["قيادة عمليات دجلة"][0] == "ORG"
    assert not any("بغداد" in name or "الموصل" in name for name in found)
    # the agency the sources spoke to is not who speaks
    assert not any(q.speaker_resolved is not None and "وكالة" in q.speaker_resolved.text for q in quotes)
    resolved = {q.speaker_resolved.text for q in quotes if q.speaker_resolved is not None}
    assert {"شهود عيان", "مصادر عسكرية عراقية", "مصدر أمني عراقي"} <= resolved


def test_a_football_transfer_article(dev_tables: dict[str, tuple[list[Quote], EntityTable]]) -> None:
    """snnD-023: players, an official and a committee; a later bare title joins the player quoted by name."""
    quotes, table = dev_tables["snnD-023"]
    found = table_of(table)
    for name in ("عبدالعزيز الجبرين", "أحمد الفريدي", "عبدالله البرقان", "عبداللطيف الخضير"):
        assert found[name][0] == "PER", name
    assert found["لجنة الاحتراف"][0] == "ORG"
    assert "اللجنة" in found["لجنة الاحتراف"][1]
    assert found["مصادر مؤكدة"][0] == "GROUP"
    assert found["الاتحاد السعودي"][0] == "ORG"
    player = [q for q in quotes if q.speaker is not None and q.speaker.text == "اللاعب"]
    assert player and all(q.speaker_resolved is not None and q.speaker_resolved.text == "عبدالعزيز الجبرين" for q in player)


def test_the_command_line_writes_the_entity_tables(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quotes.cli import _register, cli

    _register()
    entities = tmp_path / "entities.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(SEED), "-o", str(tmp_path / "quotes.jsonl"), "--entities", str(entities), "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in entities.read_text(encoding="utf-8").splitlines()]
    assert {record["doc_id"] for record in records} == {"seed-001"}
    assert set(records[0]) == {"doc_id", "entity", "type", "canonical", "mentions", "roles", "quotes"}
    frolov = next(record for record in records if record["canonical"] == "فلاديمير فرولوف")
    assert frolov["type"] == "PER" and frolov["quotes"] == 3
    quotes = [json.loads(line) for line in (tmp_path / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(record["quotes"] for record in records) == sum(1 for quote in quotes if quote["speaker_entity"])
    [document] = documents_from_conllu(SEED.read_text(encoding="utf-8"))
    for record in records:
        for mention in record["mentions"]:
            assert document.text[mention["start"] : mention["end"]] == mention["text"]


@pytest.mark.model
def test_the_shipped_tagger_tags_what_is_parsed_and_the_parse_cache_keeps_its_tags(grammar: Grammar) -> None:
    from quotes.entity_tagger import EntityTagger

    extractor = Extractor(rules=grammar)
    assert isinstance(extractor.entity_tagger, EntityTagger)  # on by default, loaded offline
    words = ["قال", "وزير", "الخارجية", "سامح", "شكري", "في", "القاهرة", "إن", "مصر", "ترفض", "القرار", "."]
    [tags] = extractor.entity_tagger.tag_many([words])
    tagged = {word: tag for word, tag in zip(words, tags, strict=True)}
    assert tagged["سامح"].endswith("PERS") and tagged["شكري"].endswith("PERS"), tags
    assert tagged["القاهرة"].endswith("LOC"), tags
    assert tagged["القرار"] == "O", tags

    document = extractor.parse("قال وزير الخارجية سامح شكري في القاهرة إن مصر ترفض القرار.", "tagged")
    assert document.entity_tags is not None
    names = {word.text: tag for word, tag in zip(document.sentences[0].words, document.entity_tags[0], strict=True)}
    assert names["شكري"].endswith("PERS"), names
    [reread] = documents_from_conllu(document.to_conllu())
    assert reread.entity_tags == document.entity_tags
    assert any(mention.source == "ner" for mention in extractor.mentions(reread))
    assert Extractor(rules=grammar, entity_tagger=False).parse("قال سامح شكري إن مصر ترفض القرار.").entity_tags is None
    # documents parsed together are tagged in shared batches, with the tags each gets alone
    texts = [("one", "أكد المتحدث محمد العتيبي أن الهيئة ستغلق المحلات."), ("two", "وقالت وكالة رويترز إن المفاوضات في جنيف توقفت.")]
    together = extractor.parse_many(texts)
    assert [d.entity_tags for d in together] == [extractor.parse(text, doc_id).entity_tags for doc_id, text in texts]
    assert any(tag != "O" for d in together for tags in d.entity_tags or () for tag in tags)


SHUKRI = """# newdoc id = tags
# doc_text_json = "قالت المديرة كريستالينا غورغيفا إن القرار نهائي."
# entity_tags = BIOES
1	قالت	قال	VERB	_	_	0	root	_	start_char=0|end_char=4
2	المديرة	مدير	NOUN	_	_	1	nsubj	_	start_char=5|end_char=12
3	كريستالينا	كريستالين	NOUN	_	_	2	nmod	_	start_char=13|end_char=23|NER=B-PERS
4	غورغيفا	غورغيف	NOUN	_	_	3	nmod	_	start_char=24|end_char=31|NER=E-PERS
5	إن	إن	SCONJ	_	_	7	mark	_	start_char=32|end_char=34
6	القرار	قرار	NOUN	_	_	7	nsubj	_	start_char=35|end_char=41
7	نهائي	نهائي	ADJ	_	_	1	ccomp	_	start_char=42|end_char=47|SpaceAfter=No
8	.	.	PUNCT	_	_	1	punct	_	start_char=47|end_char=48

"""


def test_cached_entity_tags_are_read_back_and_used_without_the_tagger(grammar: Grammar) -> None:
    """A parse cache written with tags (NER= in MISC, none written: O) gives its tags to the mention finder;
    --no-ner (entity_tagger=False) ignores them."""
    [document] = documents_from_conllu(SHUKRI)
    assert document.entity_tags == (("O", "O", "B-PERS", "E-PERS", "O", "O", "O", "O"),)
    assert documents_from_conllu(document.to_conllu())[0].entity_tags == document.entity_tags
    people = [(m.span.text, m.source) for m in Extractor(rules=grammar).mentions(document) if m.kind == "PER"]
    assert ("كريستالينا غورغيفا", "ner") in people  # two nouns no word list knows: a name only for the tagger
    untagged = [m.span.text for m in Extractor(rules=grammar, entity_tagger=False).mentions(document) if m.kind == "PER"]
    assert "كريستالينا غورغيفا" not in untagged
    with pytest.raises(ValueError, match="one tag per word"):
        attrs.evolve(document, entity_tags=(("O",),))
