"""The Stanza adapter: find an Arabic model, load it offline, parse text.

Only this module (and ``graph.py``) imports stanza. Models are resolved in
this order: an explicit path (or ``"official"``) → Stanza's official Arabic
models if they are installed in Stanza's resources directory → the compact
model bundled in ``quotes/models/ar_compact``.

The compact model follows UD Arabic-PUD, which writes clitics as separate
tokens (و + قال). Its tokenizer saw only 1,000 sentences, so after
tokenizing, a frequency lexicon from SaudiNewsNet splits prefixes it left
attached (وقال) and rejoins prefixes it cut off wrongly (و + زير) (the clitic
pass, ``quotes.clitic_pass``); tagging,
lemmas and the dependency parse then run on the corrected tokens. Every
token keeps character offsets into the original text: a split token's
pieces are substrings of it. After the parse, given names the tagger called
nouns or adjectives in name position (وقال المدير عادل …) are re-tagged
``PROPN`` (``quotes.name_tags``); the tree is left as the parser made it.
"""

from __future__ import annotations

import json
import logging
import os
import pathlib
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

import attrs

from quotes.cleantext import TAGGER_PUNCTUATION, TATWEEL, CleanText, clean_for_parser, tagger_form
from quotes.clitic_pass import correct_tokens, correction_lexicon, listed_name_words
from quotes.errors import ModelError
from quotes.loaded import settle_after_loading
from quotes.name_tags import NameLexicons, names_to_retag, preposition_names_to_retag
from quotes.normalize import INVISIBLE
from quotes.parser_inference import speed_up
from quotes.stanza_loading import shared_foundation_cache, without_optimizers
from quotes.tagging_inference import speed_up_tagger
from quotes.tokenizer_inference import FastTokenizer
from quotes.training.clitics import Lexicon
from quotes.verb_homographs import VerbHomographs
from quotes.verb_person import first_person_number, plural_imperfect, with_first_person, with_plural
from quotes.verbal_noun_tags import NOUN_FEATS, verbal_nouns_to_retag

if TYPE_CHECKING:
    import stanza

BUNDLED_DIR = pathlib.Path(__file__).parent / "models" / "ar_compact"
# file name → pipeline option; pretrain.pt is optional (a model trained
# without word vectors has none)
COMPACT_FILES = {
    "tokenizer.pt": "tokenize_model_path",
    "tagger.pt": "pos_model_path",
    "lemmatizer.pt": "lemma_model_path",
    "parser.pt": "depparse_model_path",
}
PRETRAIN_FILE = "pretrain.pt"
LEXICON_FILE = "clitic_lexicon.tsv.gz"
OFFICIAL_PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
_OFFICIAL_BEFORE_PARSE = ",".join(name for name in OFFICIAL_PROCESSORS if name != "depparse")
OFFICIAL_FIX = (
    "install them where a network is available with `python -c 'import stanza; stanza.download(\"ar\")'` "
    "(or set STANZA_RESOURCES_DIR), or pass --model PATH to a model directory"
)
#: Stanza warns that Arabic is an "unsupported language" each time it loads the compact model (which it is
#: told to with allow_unknown_language): expected, so not shown. Every other message of Stanza's passes.
_UNSUPPORTED_LANGUAGE = "Trying to create pipeline for unsupported language: %s"


class _ExpectedLanguageWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.msg == _UNSUPPORTED_LANGUAGE and record.args == ("ar",))


def _silence_expected_warnings() -> None:
    stanza_log = logging.getLogger("stanza")
    if not any(isinstance(found, _ExpectedLanguageWarning) for found in stanza_log.filters):
        stanza_log.addFilter(_ExpectedLanguageWarning())


PARSING_PROCESSORS = "pos,lemma,depparse"
#: What runs before the dependency parser (its tags are corrected in between: ``quotes.verb_homographs``).
TAGGING_PROCESSORS = "pos,lemma"
DEFAULT_BATCH_SIZE = 3000  # words per tagger/parser batch; see MODEL.md for the measurement


@attrs.frozen
class ModelInfo:
    name: str
    source: str  # "explicit" | "official" | "bundled"
    path: pathlib.Path
    scores: dict[str, float] = attrs.field(factory=dict)

    @property
    def kind(self) -> str:
        return "official" if self.path.name == "ar" and not (self.path / "tokenizer.pt").exists() else "compact"


def stanza_resources_dir() -> pathlib.Path:
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return pathlib.Path(env) if env else pathlib.Path.home() / "stanza_resources"


def _official_dir() -> pathlib.Path:
    return stanza_resources_dir() / "ar"


def official_installed() -> bool:
    """Whether Stanza's official Arabic models (every processor we need) are in the resources dir."""
    root = _official_dir()
    return all((root / name).is_dir() and any((root / name).glob("*.pt")) for name in OFFICIAL_PROCESSORS)


def _read_scores(directory: pathlib.Path) -> tuple[str, dict[str, float]]:
    path = directory / "scores.json"
    if not path.exists():
        return directory.name, {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: not valid JSON ({exc}); restore it from the repository or delete it") from exc
    test = data.get("test", {})
    scores = {key: float(value) for key, value in test.items() if isinstance(value, (int, float))}
    return str(data.get("name", directory.name)), scores


def _check_compact(directory: pathlib.Path) -> None:
    if not directory.is_dir():
        raise ModelError(
            f"model directory {directory} does not exist; pass --model PATH to a directory "
            f"holding {', '.join(COMPACT_FILES)}, or --model official"
        )
    missing = [name for name in COMPACT_FILES if not (directory / name).is_file()]
    if missing:
        raise ModelError(
            f"model directory {directory} lacks {', '.join(missing)}; restore the bundled model with "
            f"`git checkout -- quotes/models/ar_compact`, retrain it with `python -m quotes.training all`, "
            f"pass --model PATH to a complete model directory, or use Stanza's official models ({OFFICIAL_FIX})"
        )


def _official_info() -> ModelInfo:
    return ModelInfo(name="stanza-ar-official", source="official", path=_official_dir(), scores={})


def resolve_model(model: str | os.PathLike[str] | None = None) -> ModelInfo:
    """Which model to use: explicit path or "official", else official if installed, else bundled."""
    if model is not None:
        if str(model) == "official":
            if not official_installed():
                raise ModelError(f"Stanza's official Arabic models are not installed in {_official_dir()}; {OFFICIAL_FIX}")
            info = _official_info()
            return attrs.evolve(info, source="explicit")
        directory = pathlib.Path(model).expanduser()
        _check_compact(directory)
        name, scores = _read_scores(directory)
        return ModelInfo(name=name, source="explicit", path=directory, scores=scores)
    if official_installed():
        return _official_info()
    _check_compact(BUNDLED_DIR)
    name, scores = _read_scores(BUNDLED_DIR)
    return ModelInfo(name=name, source="bundled", path=BUNDLED_DIR, scores=scores)


def describe_model(info: ModelInfo) -> str:
    """Human-readable text for `quotes models`."""
    where = {
        "explicit": "given explicitly",
        "official": "Stanza's official Arabic models, installed",
        "bundled": "bundled with quotes",
    }.get(info.source, info.source)
    lines = [f"model: {info.name}", f"source: {info.source} ({where})", f"path: {info.path}"]
    if info.scores:
        order = ["Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS"]
        shown = [f"{key} {info.scores[key]:.2f}" for key in order if key in info.scores]
        lines.append("test scores (CoNLL 2018 F1, raw text): " + ", ".join(shown))
    else:
        lines.append("test scores: none recorded")
    return "\n".join(lines)


def _offsets_fixed(tokens: Sequence[tuple[str, int | None, int | None]], text: str) -> list[tuple[str, int, int]]:
    """(text, start, end) of stanza tokens, re-aligned to ``text`` where needed.

    A token's text is always the slice of ``text`` it covers: the tokenizer writes ``<UNK>`` for a
    token longer than its window (a long URL) but keeps its offsets, so the token's offsets win when
    they are plausible, then a search for its text, then the next run of non-space characters.
    """
    out: list[tuple[str, int, int]] = []
    cursor = 0
    for token_text, token_start, token_end in tokens:
        if _plausible(text, token_start, token_end, cursor):
            start, end = cast(int, token_start), cast(int, token_end)
        else:
            found = text.find(token_text, cursor) if token_text else -1
            if found >= 0:
                start, end = found, found + len(token_text)
            else:
                start, end = _next_run(text, cursor)
        if end <= start:
            continue  # nothing left of the text to give this token
        out.append((text[start:end], start, end))
        cursor = end
    return out


def _plausible(text: str, start: int | None, end: int | None, cursor: int) -> bool:
    """Offsets that point at a non-empty stretch of `text` after `cursor` without spaces at its edges."""
    if start is None or end is None or not cursor <= start < end <= len(text):
        return False
    piece = text[start:end]
    return piece == piece.strip()


_NON_SPACE = re.compile(r"\S+")


def _next_run(text: str, cursor: int) -> tuple[int, int]:
    """The next run of non-space characters at or after `cursor` (empty at the end of the text)."""
    found = _NON_SPACE.search(text, cursor)
    return (found.start(), found.end()) if found else (len(text), len(text))


#: Longest sentence (in tokens) handed to the tagger and parser. Their memory grows with the square of a
#: sentence's length (a 1,000-word run without punctuation took 2.9 GB, 5,000 words over 24 GB), so a longer
#: one is cut into pieces parsed as sentences of their own. News sentences stay under it: the longest of
#: the 192 SNN dev sentences has 185 tokens (see `split_long_sentence` for the measured effect on quotes).
MAX_SENTENCE_WORDS = 200
#: Where a long sentence is best cut: after a comma, semicolon or colon, then before a conjunction و.
_CLAUSE_PUNCTUATION = frozenset("،,؛;:")
_CONJUNCTION = "و"


def split_long_sentence(tokens: Sequence[tuple[str, int, int]], limit: int = MAX_SENTENCE_WORDS) -> list[list[tuple[str, int, int]]]:
    """`tokens` of one sentence in pieces of at most `limit` tokens, cut at clause boundaries where there are any.

    A piece ends after the last comma, semicolon or colon of its second half, else before the last
    separate conjunction و there, else at `limit`. A sentence within the limit is one piece, unchanged;
    tokens keep their offsets.
    """
    pieces: list[list[tuple[str, int, int]]] = []
    rest = list(tokens)
    while len(rest) > limit:
        window = range(limit - 1, limit // 2, -1)
        cut = next((at + 1 for at in window if rest[at][0] in _CLAUSE_PUNCTUATION), None)
        if cut is None:
            cut = next((at for at in window if rest[at][0] == _CONJUNCTION), limit)
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


#: Titles written as one letter and a period before a name: د. (دكتور), م. (مهندس), أ. (أستاذ).
TITLE_ABBREVIATIONS = frozenset(("د", "م", "أ", "ا"))


def split_at_line_breaks(sentences: Sequence[list[tuple[str, int, int]]], text: str) -> list[list[tuple[str, int, int]]]:
    """Sentences cut where the text breaks its line between two of their tokens (`text` is the original the offsets
    point into). News writes a paragraph a line, and a headline, a byline or a dateline on a line of its own, often
    with no closing mark; the tokenizer, trained on treebank sentences that hold no line break, runs on across them
    (`الخالد: العمل ارتجالي! ⏎ المدرب … يقول …`, `فلان – الرياض ⏎ قال …`) and the parser joins the two lines in one
    tree. Not after a colon: what it opens may start on the next line (`وقال: ⏎ «…»`)."""
    cut: list[list[tuple[str, int, int]]] = []
    for tokens in sentences:
        current: list[tuple[str, int, int]] = []
        for token in tokens:
            if current and "\n" in text[current[-1][2] : token[1]] and current[-1][0] != ":":
                cut.append(current)
                current = []
            current.append(token)
        if current:
            cut.append(current)
    return cut


def join_abbreviation_breaks(
    sentences: Sequence[list[tuple[str, int, int]]], text: str = ""
) -> list[list[tuple[str, int, int]]]:
    """Sentences the tokenizer ended at a title's abbreviation (`وأوضح عميد القبول د. | عبدالله الفريدان أن …`) joined
    again, the period left out of the words (the text keeps it; `rules/lexicons/role_nouns.tsv` reads د and م as
    titles), and at a decimal point (`1116.43`, and `6.\u200f15` with a bidi mark after the point, which the
    tokenizer never saw: `text` is the original the offsets point into). Not after a number: `2015 م.` (the Gregorian
    year) ends a sentence."""
    joined: list[list[tuple[str, int, int]]] = []
    for tokens in sentences:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and len(previous) >= 3
            and tokens
            and previous[-1][0] == "."
            and previous[-2][0] in TITLE_ABBREVIATIONS
            and previous[-2][2] == previous[-1][1]  # د. written with its period
            and not any(char.isdigit() for char in previous[-3][0])
            and tokens[0][0][:1].isalpha()
        ):
            previous.pop()  # the period is the abbreviation's, not a word of the sentence: د عبدالله الفريدان
            previous.extend(tokens)
        elif previous is not None and tokens and (_inside_acronym(previous, tokens[0]) or _spaced_acronym(previous, tokens)):
            previous.extend(tokens)  # (بي.بي.سي): the period between two letters of an acronym ends nothing
        elif previous is not None and tokens and _inside_number(previous, tokens[0], text):
            previous.extend(tokens)  # (ارتفع إلى 1116.43 دولار): a decimal point ends nothing
        elif previous is not None and tokens and _inside_short_name_in_marks(previous, tokens, text):
            previous.pop()  # (لدى «أوزإس. فايننشال سرفيس»): a period inside a name in marks ends nothing; the text
            previous.extend(tokens)  # keeps it, the words leave it out, as after د.
        else:
            joined.append(list(tokens))
    return [_numbers_whole(tokens, text) for tokens in joined]


#: Opening and closing guillemets and curly quotation marks, and the most words a name in them holds.
_OPENING_MARKS = frozenset(("«", "“"))
_CLOSING_MARKS = frozenset(("»", "”"))
_MARKED_NAME_WORDS = 6


def _inside_short_name_in_marks(
    previous: Sequence[tuple[str, int, int]], tokens: Sequence[tuple[str, int, int]], text: str
) -> bool:
    """Whether the period that ended `previous` lies inside a name in quotation marks that closes a few words into
    `tokens` on the same line (`محلل لدى «أوزإس. | فايننشال سرفيس» لـ…`): a company's or a programme's name with an
    abbreviation's period, no end of a sentence. A quotation of sentences (`«…. …»`) holds more words."""
    if previous[-1][0] != ".":
        return False
    opening = next((i for i in range(len(previous) - 1, -1, -1) if previous[i][0] in _OPENING_MARKS | _CLOSING_MARKS), None)
    if opening is None or previous[opening][0] not in _OPENING_MARKS:
        return False
    closing = next((i for i, token in enumerate(tokens) if token[0] in _OPENING_MARKS | _CLOSING_MARKS), None)
    if closing is None or tokens[closing][0] not in _CLOSING_MARKS:
        return False
    inside = len(previous) - opening - 2 + closing  # the words between the marks, the period aside
    return 0 < inside <= _MARKED_NAME_WORDS and "\n" not in text[previous[opening][2] : tokens[closing][1]]


def _numbers_whole(tokens: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """The sentence's tokens with each number the tokenizer cut at its point one word again (`1116 . 43` →
    `1116.43`, `1 . 742 . 000` → `1.742.000`; see _inside_number)."""
    if not any(token[0] == "." for token in tokens):
        return tokens
    whole: list[tuple[str, int, int]] = []
    for token in tokens:
        if len(whole) >= 2 and _inside_number(whole, token, text):
            number, point = whole[-2], whole[-1]
            whole[-2:] = [(number[0] + point[0] + token[0], number[1], token[2])]
        else:
            whole.append(token)
    return whole


#: The longest Latin letter spelled out in Arabic inside an acronym (دبليو, W; ايه، إتش، إكس: three letters).
_SPELLED_LETTER = 5


def _inside_acronym(previous: Sequence[tuple[str, int, int]], following: tuple[str, int, int]) -> bool:
    """Whether a sentence ends at a period glued on both sides between short letter groups: بي.بي.سي، أ.ف.ب, and the
    longer spelled-out letters of an acronym the tokenizer kept together with their periods (`جي.ايه | . | سي`،
    `إتش.إس.بي.سي`) (not `الجرحى.وقال` nor `أمس.وقال`, a period with its space left out after a word)."""
    if len(previous) < 2 or previous[-1][0] != ".":
        return False
    letters, period = previous[-2], previous[-1]
    glued = letters[2] == period[1] and period[2] == following[1]
    # (إن.بي.كيه: the tokenizer may keep a period with the letters after it, إن + .بي + .)
    groups = [group for group in letters[0].split(".") if group]
    longest = _SPELLED_LETTER if len(groups) > 1 else 2
    return (
        glued
        and bool(groups)
        and all(group.isalpha() and len(group) <= longest for group in groups)
        and following[0][:1].isalpha()
    )


def _spaced_acronym(previous: Sequence[tuple[str, int, int]], tokens: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a sentence ends inside an acronym written with spaces, each group of one or two letters with its
    period (`(إف. بي. أي.)`): the next "sentence" opens with such a group too."""
    if len(previous) < 2 or len(tokens) < 2 or previous[-1][0] != "." or tokens[1][0] != ".":
        return False
    before, after = previous[-2], tokens[0]
    return (
        before[2] == previous[-1][1]
        and after[2] == tokens[1][1]
        and all(group.isalpha() and len(group) <= 2 for group in (before[0], after[0]))
    )


def _inside_number(previous: Sequence[tuple[str, int, int]], following: tuple[str, int, int], text: str = "") -> bool:
    """Whether the tokens `previous` end at a period glued on both sides between digits: a decimal point or a thousands
    separator (`1116.43`، `9.599`; with nothing but invisible characters of `text` between, `6.\u200f15`), not a
    full stop (`عام 2015. وقال`, with its space)."""
    if len(previous) < 2 or previous[-1][0] != ".":
        return False
    digits, period = previous[-2], previous[-1]
    glued = digits[2] == period[1] and (period[2] == following[1] or _only_invisible(text, period[2], following[1]))
    # (1.742.000: a number already joined at its first point, 1.742, meets the next one)
    whole = digits[0].split(".")
    return glued and all(part.isdigit() for part in whole) and following[0].isdigit()


def _only_invisible(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is one or more invisible characters (bidi marks, zero-width joiners)."""
    return start < end and all(char in INVISIBLE for char in text[start:end])


def cut_marks_apart(tokens: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A tatweel that marks a cut and the quotation mark after it, read as one token (لـ«بوينغ» as ل + ـ« + بوينغ),
    are two tokens, as the tokenizer reads لـ"سبق" (ل + ـ + " + سبق): ـ« tagged a noun took the place of the name."""
    out: list[tuple[str, int, int]] = []
    for text, start, end in tokens:
        cut = len(text) - len(text.lstrip(TATWEEL))
        if 0 < cut < len(text) and not any(char.isalpha() for char in text[cut:]):
            out.append((text[:cut], start, start + cut))
            out.append((text[cut:], start + cut, end))
        else:
            out.append((text, start, end))
    return out


#: Punctuation the tokenizer left glued to the end of a word (اليوم؛، قال؟ , (داعش)، «الرياض») or to its start
#: ((الموصل)، "ان بلاتيني: the mark read as part of ان made it a name, and the quotation's opening mark the speaker):
#: it was trained on text without ؛ and with few such marks. (# of a hashtag stays: cut off, it was tagged a pronoun.)
GLUED_AFTER = frozenset('\u061b;!\u061f)]}»”"')
GLUED_BEFORE = frozenset('([{«“"')


def cut_glued_punctuation(tokens: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A word with punctuation glued to its end or start (مايكل كيني؛, (المسجد) is the word and each mark, one
    token apiece: اليوم؛ read as one noun was the subject of the next clause, and a name ended in ؛."""
    out: list[tuple[str, int, int]] = []
    for text, start, end in tokens:
        first, last = 0, len(text)
        while last - first > 1 and text[first] in GLUED_BEFORE:
            first += 1
        while last - first > 1 and text[last - 1] in GLUED_AFTER:
            last -= 1
        if (first == 0 and last == len(text)) or not any(char.isalnum() for char in text[first:last]):
            out.append((text, start, end))
            continue
        out.extend((char, start + i, start + i + 1) for i, char in enumerate(text[:first]))
        out.append((text[first:last], start + first, start + last))
        out.extend((char, start + i, start + i + 1) for i, char in enumerate(text[last:], start=last))
    return out


def restore_offsets(tokens: Sequence[tuple[str, int, int]], clean: CleanText) -> list[tuple[str, int, int]]:
    """Tokens of the cleaned text as tokens of the original text: its slices, with their offsets.

    A word takes the vowel marks and tatweel written inside and right after it.
    """
    restored = []
    for _, start, end in tokens:
        first, last = clean.span(start, end)
        restored.append((clean.original[first:last], first, last))
    return restored


def _written_forms(document: Any, text: str) -> None:
    """Give each token (and its one word) the form written in `text`, once the cleaned form has been parsed:
    a parse read back from CoNLL-U then equals the parse made now."""
    for sentence in document.sentences:
        for token in sentence.tokens:
            written = text[token.start_char : token.end_char]
            token.text = written
            if len(token.words) == 1:
                token.words[0].text = written
                if written in TAGGER_PUNCTUATION:
                    token.words[0].lemma = written


#: How many words outside the lemmatizer's dictionary it remembers before it forgets them all (a run's memory stays flat).
LEMMA_MEMORY_WORDS = 200_000


@attrs.define
class LemmaMemory:
    """The lemmatizer's memory of its own predictions.

    Stanza's lemmatizer looks a word up in the dictionary it was trained
    with and runs its character-level seq2seq model for any word outside it,
    again every time the word comes back. With `store_results` it adds each
    prediction to its dictionary: a corpus repeats its unknown words, and the
    lemmas are the same (checked on 60 articles: identical lemmas, 18 % less
    CPU for the whole parse). The memory is cut back to the trained
    dictionary when it grows past `limit` words.
    """

    trainer: Any
    trained: dict[Any, dict[str, str]]
    limit: int = LEMMA_MEMORY_WORDS

    @classmethod
    def of(cls, pipeline: Any, limit: int = LEMMA_MEMORY_WORDS) -> LemmaMemory | None:
        lemma = getattr(pipeline, "processors", {}).get("lemma")
        trainer = getattr(lemma, "trainer", None)
        if lemma is None or lemma.use_identity or trainer is None or not isinstance(getattr(trainer, "pos_dict", None), dict):
            return None
        lemma.store_results = True
        return cls(trainer, {pos: dict(words) for pos, words in trainer.pos_dict.items()}, limit)

    def size(self) -> int:
        return sum(len(words) for words in self.trainer.pos_dict.values())

    def bound(self) -> None:
        if self.size() > sum(len(words) for words in self.trained.values()) + self.limit:
            self.forget()

    def forget(self) -> None:
        """Back to the dictionary the lemmatizer was trained with."""
        self.trainer.pos_dict = {pos: dict(words) for pos, words in self.trained.items()}


class StanzaParser:
    """Tokenize, tag, lemmatize and parse Arabic text with one resolved model."""

    def __init__(
        self,
        model: str | os.PathLike[str] | None = None,
        *,
        threads: int | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_sentence_words: int = MAX_SENTENCE_WORDS,
        fast_decoding: bool = True,
        fast_tagging: bool = True,
        fast_tokenizing: bool = True,
        name_tags: bool = True,
        verb_tags: bool = True,
    ) -> None:
        self.info = resolve_model(model)
        names = NameLexicons.bundled()
        #: given names the tagger called NOUN or ADJ, in name position, become PROPN after the parse
        self._names = names if name_tags else None
        verbs = VerbHomographs.bundled()
        #: reporting verbs the tagger read as another word (بين for بيّن) become the verb before the parse
        self._verbs = verbs if verb_tags else None
        self.batch_size = batch_size
        self.max_sentence_words = max_sentence_words
        if threads is not None:
            import torch

            torch.set_num_threads(threads)
        self._lexicon: Lexicon | None = None
        #: Stanza's tokenizer with less Python around the same model (quotes.tokenizer_inference): the same tokens
        self._fast_tokenizer: FastTokenizer | None = None
        if self.info.kind == "official":
            self._full = self._load(self._official_options())
            self._tokenize: Any = None
        else:
            # Two pipelines over one model: the tokenizer alone (its words are corrected below), then the
            # tagger, lemmatizer and parser on the corrected words. Stanza loads (and runs) every processor
            # whose `*_model_path` it is given, so each pipeline gets only its own processors' options.
            self._tokenize = self._load(self._compact_tokenizer_options())
            self._full = self._load({**self._compact_options(), "tokenize_pretokenized": True})
            if fast_tokenizing:
                self._fast_tokenizer = FastTokenizer.of(self._tokenize)
            lexicon_path = self.info.path / LEXICON_FILE
            if lexicon_path.exists():
                try:
                    self._lexicon = correction_lexicon(lexicon_path, names, verbs)
                except (OSError, ValueError, EOFError) as exc:
                    raise ModelError(
                        f"{lexicon_path}: cannot be read ({exc}); restore it or delete it to parse without clitic correction"
                    ) from exc
        # the same parser model, decoded by a compiled MST decoder with labels scored for the chosen arcs only
        self.fast_decoding = fast_decoding and speed_up(self._full)
        # the tagger and parser read each spelling letter by letter once, and the tagger's feature strings are
        # remembered (quotes.tagging_inference): the same tags and trees
        self.fast_tagging: tuple[str, ...] = tuple(speed_up_tagger(self._full)) if fast_tagging else ()
        self._lemma_memory = LemmaMemory.of(self._full)
        settle_after_loading()  # the collector no longer walks the model's objects at every full collection

    def _common_options(self) -> dict[str, Any]:
        return {
            "lang": "ar",
            "download_method": None,
            "logging_level": "WARN",
            "use_gpu": False,
            "pos_batch_size": self.batch_size,
            "depparse_batch_size": self.batch_size,
        }

    def _official_options(self) -> dict[str, Any]:
        return {
            **self._common_options(),
            "dir": str(stanza_resources_dir()),
            "processors": ",".join(OFFICIAL_PROCESSORS),
        }

    def _compact_options(self) -> dict[str, Any]:
        path = self.info.path
        options = {
            **self._common_options(),
            "dir": str(path),
            "allow_unknown_language": True,
            "processors": "tokenize,pos,lemma,depparse",
        }
        for name, option in COMPACT_FILES.items():
            options[option] = str(path / name)
        if (path / PRETRAIN_FILE).is_file():
            options["pos_pretrain_path"] = options["depparse_pretrain_path"] = str(path / PRETRAIN_FILE)
        return options

    def _compact_tokenizer_options(self) -> dict[str, Any]:
        return {
            **self._common_options(),
            "dir": str(self.info.path),
            "allow_unknown_language": True,
            "processors": "tokenize",
            "tokenize_model_path": str(self.info.path / "tokenizer.pt"),
        }

    def _load(self, options: dict[str, Any]) -> Any:
        import stanza

        _silence_expected_warnings()

        try:
            with without_optimizers():  # inference only: building Stanza's optimizers costs a second per process
                return stanza.Pipeline(**options, foundation_cache=shared_foundation_cache())
        except ModelError:
            raise
        except Exception as exc:  # stanza raises many types for unreadable files
            raise ModelError(
                f"cannot load the Stanza model from {self.info.path} ({type(exc).__name__}: {exc}); "
                f"the files may be corrupt: restore them, pass --model PATH to another model, or "
                f"use Stanza's official models ({OFFICIAL_FIX})"
            ) from exc

    def parse(self, text: str) -> stanza.Document:
        return self.parse_many([text])[0]

    def parse_many(self, texts: list[str]) -> list[stanza.Document]:
        """Parse several texts in one batched pass; results keep the input order."""
        if not texts:
            return []
        if self._tokenize is None:
            official = self.retag_names(self._tag_then_parse(list(texts), _OFFICIAL_BEFORE_PARSE))
            if self._lemma_memory is not None:
                self._lemma_memory.bound()
            return official
        # the compact tokenizer splits words at vowel marks (وجّه → وجّ + ه) and was trained on none of the
        # invisible marks, tatweel or presentation forms of text as it arrives: it reads a cleaned copy
        cleaned = [clean_for_parser(text) for text in texts]
        tokenized = self.tokenize_many([clean.text for clean in cleaned])
        documents = [self._corrected(sentences, clean) for sentences, clean in zip(tokenized, cleaned, strict=True)]
        # the words are already tokenized and corrected: skip the second pipeline's tokenize step (a deep copy)
        parsed = self.retag_names(self._tag_then_parse(documents, TAGGING_PROCESSORS))
        if self._lemma_memory is not None:
            self._lemma_memory.bound()
        for document, clean in zip(parsed, cleaned, strict=True):
            # (the tagger read a cleaned form, or a ، for a ؛: each token gets the form written back)
            if clean.text != clean.original or any(mark in clean.original for mark in TAGGER_PUNCTUATION):
                _written_forms(document, clean.original)
        return parsed

    def tokenize_many(self, texts: list[str]) -> list[list[list[tuple[str, int | None, int | None]]]]:
        """The compact tokenizer's sentences of ``(text, start, end)`` tokens for each of `texts` (already cleaned)."""
        if self._fast_tokenizer is not None:
            return self._fast_tokenizer.tokenize_many(texts)  # type: ignore[return-value]
        return [
            [[(token.text, token.start_char, token.end_char) for token in sentence.tokens] for sentence in document.sentences]
            for document in self._tokenize.bulk_process(texts)
        ]

    def _tag_then_parse(self, documents: list[Any], tagging: str) -> list[Any]:
        """Run the `tagging` processors, re-tag the reporting verbs the tagger read as another word
        (``quotes.verb_homographs``), the listed names of several words and the given names written as a preposition
        is (``quotes.name_tags.preposition_names_to_retag``), then the dependency parser on those tags."""
        tagged = list(self._full.bulk_process(documents, processors=tagging))
        for document in tagged:
            for sentence in document.sentences:
                self._retag_before_parse(sentence.words)
        return list(self._full.bulk_process(tagged, processors="depparse"))

    def _retag_before_parse(self, words: list[Any]) -> None:
        """One sentence's re-tagging before the dependency parse, in turn: the misread reporting verbs, the listed names
        of several words (they go with the clitic pass), the given names written as a preposition is."""
        if self._verbs is not None:
            for i, reading in self._verbs.verbs_to_retag([w.text for w in words], [w.upos for w in words]):
                words[i].upos, words[i].lemma, words[i].feats = "VERB", reading.lemma, reading.feats
            for i in verbal_nouns_to_retag([w.text for w in words], [w.upos for w in words], [w.feats for w in words]):
                # عن توفر: the noun تَوَفُّر, not the verb تُوفر (quotes.verbal_noun_tags)
                words[i].upos, words[i].feats = "NOUN", NOUN_FEATS
        if self._lexicon is not None:
            for i in listed_name_words([w.text for w in words]):
                # بان كي مون: every word of the name a proper noun (the tagger read كي as "so that")
                words[i].upos, words[i].lemma, words[i].feats = "PROPN", words[i].text, None
        if self._names is not None:
            for i in preposition_names_to_retag([w.text for w in words], [w.upos for w in words], self._names):
                # علي بن أحمد: the name, not على spelt with ي (the tagger reads every علي as the preposition)
                words[i].upos, words[i].lemma, words[i].feats = "PROPN", words[i].text, None

    def retag_names(self, documents: list[Any]) -> list[Any]:
        """Given names in name position that the tagger called common words become PROPN (``quotes.name_tags``);
        first-person verbs it called third person get their person back, and plural imperfects it called singular
        their number (``quotes.verb_person``).

        Run on parsed documents: the tree stays the one the parser built from
        its own tags (re-tagging before the parse changed next to no arc on
        PADT, and would make the tree depend on the correction).
        """
        names = self._names
        for document in documents:
            for sentence in document.sentences:
                words = sentence.words
                if names is not None:
                    for i in names_to_retag([w.text for w in words], [w.upos for w in words], names):
                        words[i].upos = "PROPN"
                for word in words:
                    number = first_person_number(word.text, word.lemma, word.upos, word.feats)
                    if number is not None:
                        word.feats = with_first_person(word.feats, number)  # لا أعتقد: not a third person
                    elif plural_imperfect(word.text, word.lemma, word.upos, word.feats):
                        word.feats = with_plural(word.feats)  # يعتقدون: not one person
        return documents

    def _corrected(self, tokenized: list[list[tuple[str, int | None, int | None]]], clean: CleanText) -> Any:
        from stanza.models.common.doc import Document

        fix: Callable[[list[tuple[str, int, int]]], list[tuple[str, int, int]]]
        lexicon = self._lexicon
        fix = (lambda toks: correct_tokens(toks, lexicon)) if lexicon is not None else (lambda toks: toks)
        sentences = []
        corrected = [
            fix(cut_glued_punctuation(cut_marks_apart(restore_offsets(_offsets_fixed(tokens, clean.text), clean))))
            for tokens in tokenized
        ]
        for tokens in split_at_line_breaks(join_abbreviation_breaks(corrected, clean.original), clean.original):
            for piece in split_long_sentence(tokens, self.max_sentence_words):
                # the tagger reads each word with its vowel marks (بيّن is not بين) but without what it was never
                # trained on (invisible marks, a stretching tatweel, presentation forms)
                sentences.append(
                    [
                        {"id": (i,), "text": tagger_form(tok), "start_char": start, "end_char": end}
                        for i, (tok, start, end) in enumerate(piece, start=1)
                    ]
                )
        return Document(sentences, text=clean.original)
