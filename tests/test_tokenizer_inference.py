"""The faster tokenizer gives Stanza's own tokens, sentences and offsets (quotes.tokenizer_inference): the same
model over the same batches, with less Python around it and no rows of padding for paragraphs already done."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotes.cleantext import clean_for_parser
from quotes.parser import StanzaParser
from quotes.tokenizer_inference import FastTokenizer

GOLD = Path(__file__).parent / "data" / "gold"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def parser() -> Iterator[StanzaParser]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STANZA_RESOURCES_DIR", "/nonexistent/stanza_resources")
        yield StanzaParser(threads=1)


def _stock(parser: StanzaParser, texts: list[str]) -> list[list[list[tuple[str, int, int]]]]:
    return [
        [[(token.text, token.start_char, token.end_char) for token in sentence.tokens] for sentence in document.sentences]
        for document in parser._tokenize.bulk_process(texts)
    ]


def _fast(parser: StanzaParser) -> FastTokenizer:
    assert parser._fast_tokenizer is not None
    return parser._fast_tokenizer


def test_the_bundled_tokenizer_gets_the_fast_path(parser: StanzaParser) -> None:
    assert FastTokenizer.of(parser._tokenize) is not None
    assert FastTokenizer.of(parser._full) is None  # pretokenized: Stanza's own path


def test_news_articles_get_stanzas_tokens_sentences_and_offsets(parser: StanzaParser) -> None:
    with open(GOLD / "snn_dev_docs.jsonl", encoding="utf-8") as stream:
        texts = [json.loads(line)["text"] for line in stream]
    for raw in (texts, [clean_for_parser(text).text for text in texts]):
        for start in range(0, len(raw), 16):
            batch = raw[start : start + 16]
            assert _fast(parser).tokenize_many(batch) == _stock(parser, batch)


SENTENCE = "وقال المتحدث باسم وزارة الصحة خالد المرغلاني إن عدد الحالات تراجع خلال الأسبوع الماضي، مؤكدا أن الفرق الميدانية تواصل عملها. "


def test_paragraphs_longer_than_the_window_and_short_ones_in_one_batch(parser: StanzaParser) -> None:
    # two paragraphs of several windows (Stanza reads 1,000 characters at a time and goes on after the last
    # sentence end), one of exactly the window, and thirty short ones sorted into the same batch of 32
    long_one = SENTENCE * 40
    longer = (SENTENCE + "وأضاف أن الوزارة ستعلن الأرقام غدا ") * 45
    window = (SENTENCE * 10)[:1000]
    short = [f"قال مدير المستشفى رقم {i} إن الوضع مطمئن." for i in range(30)]
    texts = ["\n\n".join([long_one, *short[:15]]), "\n\n".join([longer, window, *short[15:]])]
    assert len(long_one) > 3000 and len(longer) > 3000 and len(window) == 1000
    assert _fast(parser).tokenize_many(texts) == _stock(parser, texts)


def test_whitespace_links_mail_long_tokens_and_empty_texts(parser: StanzaParser) -> None:
    link = "https://www.example.com/" + "%D8%AA%D8%B5" * 12 + "?id=77"
    texts = [
        "",
        "   قال   الوزير\t\tإن\u00a0الاجتماع \u0085 انتهى.\n\n\n\nوأكد  مصدر  مطلع  ذلك.  ",
        f"وللتفاصيل زوروا {link} أو راسلوا info@example.org اليوم.",
        "وقال: «لن نتراجع» ... ثم غادر!!",
        "\n\n",
        "١٢٣٫٥ مليون ريال في ٢٠١٥م.",
    ]
    assert _fast(parser).tokenize_many(texts) == _stock(parser, texts)
    assert _fast(parser).tokenize_many([]) == []


def test_the_parser_parses_the_same_with_either_tokenizer(parser: StanzaParser) -> None:
    text = SENTENCE * 12 + "\n\n" + "وأكد الوزير أن القرار نهائي."
    slow = StanzaParser(threads=1, fast_tokenizing=False)
    assert slow._fast_tokenizer is None

    def words(parsed: StanzaParser) -> list[tuple[str, int, int, str, int]]:
        document = parsed.parse(text)
        return [(w.text, w.start_char, w.end_char, w.upos, w.head) for s in document.sentences for w in s.words]

    assert words(parser) == words(slow)
