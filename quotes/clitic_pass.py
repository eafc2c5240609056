"""The clitic pass: re-decide the pieces the compact tokenizer cut each written word into, with a frequency lexicon.

The bundled tokenizer saw 1,000 sentences. After it, each written word's proclitics (و ف ب ل س ك) are decided again
with the counts of SaudiNewsNet word forms (``clitic_lexicon.tsv.gz``, :mod:`quotes.training.clitics`): a split is
undone where the rest is much rarer than the whole word (و + زير, ب + رنامج), an attached prefix is split off where
the rest is a frequent word of its own (وقال، وبالتالي); listed names stay whole (``rules/lexicons/parser/``); a piece
cut off a word's end that is no pronoun is the word's own letters (جوارديو + لا). Pieces stay substrings of the text,
so offsets stay exact. :class:`quotes.parser.StanzaParser` runs it on every sentence before tagging.
"""

from __future__ import annotations

import itertools
import pathlib
from collections.abc import Sequence

from quotes.cleantext import TATWEEL
from quotes.grammar.loader import bundled_lexicon, parser_lexicon, word_set
from quotes.name_tags import NameLexicons
from quotes.normalize import normalize
from quotes.training.clitics import CONJUNCTIONS, FUTURE, Lexicon, is_arabic
from quotes.verb_homographs import VerbHomographs

CLITIC_PREFIXES = frozenset((*CONJUNCTIONS, "ب", "ل", "ك", FUTURE))

#: A pronoun suffix is rejoined when the whole word is this common and this many times commoner than its stem.
_SUFFIX_JOIN_MIN_COUNT = 20
_SUFFIX_JOIN_RATIO = 20
PRONOUN_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ني"})


def _orthographic_words(tokens: Sequence[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Runs of touching Arabic tokens: the pieces the tokenizer cut one written word into."""
    groups: list[list[tuple[str, int, int]]] = []
    for token in tokens:
        if groups and groups[-1][-1][2] == token[1] and is_arabic(token[0]) and is_arabic(groups[-1][-1][0]):
            groups[-1].append(token)
        else:
            groups.append([token])
    return groups


#: `فان` before a word the corpus writes fewer times than this is the name particle (لويس فان غال), not فإن.
VAN_NAME_MAX_COUNT = 500


def _van_particle(
    groups: Sequence[list[tuple[str, int, int]]], position: int, pieces: Sequence[tuple[str, int, int]], lexicon: Lexicon
) -> bool:
    """Whether ف + ان are the name particle `فان` (وقال فان غال، لويس فان جال، روبن فان بيرسي), not فإن written
    without hamza: a word stands right before it (فإن follows a clause, after a comma or an adverb: الى ذلك فان،
    وبالتالي فان الاطمئنان) and a rare word without the article follows it (a family name: فان دايك؛ not فان هناك،
    فان المبلغ, فان عدد)."""
    if [piece[0] for piece in pieces] != ["ف", "ان"] or position == 0 or position + 1 >= len(groups):
        return False
    before, after = groups[position - 1][-1][0], groups[position + 1][0][0]
    return (
        is_arabic(before)
        and is_arabic(after)
        and not after.startswith("ال")
        and len(after) > 1
        and lexicon.count(after) < VAN_NAME_MAX_COUNT
    )


def correction_lexicon(path: pathlib.Path, names: NameLexicons, verbs: VerbHomographs) -> Lexicon:
    """The clitic lexicon at `path` as the parser corrects with it: a given name stays one word (لبنى is not ل + بنى,
    أدهم not أد + هم), and so does a listed name word whose rest is no word (``rules/lexicons/parser/clitic_names.tsv``:
    بيرنز is not ب + يرنز, والتر not و + التر); و/ف before a reporting verb is the conjunction (وأردف is و + أردف)."""
    clitic_names = parser_lexicon("clitic_names")
    final_ha_names = parser_lexicon("final_ha_names")
    return (
        Lexicon.load(path)
        .keeping_whole(names.written_given_names, suffixes=PRONOUN_SUFFIXES)
        .keeping_names(entry.written for entry in clitic_names.entries.values())
        .keeping_final_ha(entry.written for entry in final_ha_names.entries.values())
        .following_name_starts(names.written_given_names | _written_name_particles())
        .splitting_before(verbs.reporting_forms)
    )


def _written_name_particles() -> frozenset[str]:
    """The words that join a name's parts before its next word (بن، ابن، أبو; ``rules/lexicons/name_links.tsv``'s
    particles), as written."""
    links = bundled_lexicon("name_links")
    return frozenset(entry.written for entry in links.entries.values() if entry.get("particle") == "yes")


def correct_tokens(tokens: Sequence[tuple[str, int, int]], lexicon: Lexicon) -> list[tuple[str, int, int]]:
    """Re-decide the proclitics of each written word with the frequency lexicon.

    ``tokens`` are (text, start_char, end_char) of one sentence. In each
    written word, clitic tokens the tokenizer split off are first rejoined
    where the split is implausible (و + زير, ب + رنامج), innermost first;
    then the stem is split further where the lexicon is confident (وقال,
    وبالتالي) and the clitic order allows it. Suffix tokens (نشرت + ها) stay;
    the name particle فان before a family name stays one word (see
    :func:`_van_particle`), and so does a family name after a given name whose
    ه is no pronoun (see :func:`_family_name_after_given_name`). Pieces are
    substrings of the text, so offsets stay exact.
    """
    out: list[tuple[str, int, int]] = []
    groups = _orthographic_words(tokens)
    for position, group in enumerate(groups):
        word = _corrected_word(group, lexicon)
        if len(word) > 1 and _opens_listed_name(groups, position):
            word = [("".join(piece[0] for piece in word), word[0][1], word[-1][2])]  # بان كي مون: the name's first word
        elif _van_particle(groups, position, word, lexicon) or _family_name_after_given_name(out, word, lexicon):
            word = [("".join(piece[0] for piece in word), word[0][1], word[-1][2])]  # the name particle, a family name: one word
        out.extend(word)
    return out


def _name_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The listed names of several words (``rules/lexicons/parser/clitic_name_phrases.tsv``) by their first word: the
    words that follow it in each, as :func:`_name_word` reads them (سي إن إن is also written سي ان ان)."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for entry in parser_lexicon("clitic_name_phrases").entries.values():
        first, *rest = (_name_word(word) for word in entry.written.split())
        phrases.setdefault(first, []).append(tuple(rest))
    return {first: tuple(rests) for first, rests in phrases.items()}


def _name_word(word: str) -> str:
    """A listed name's word as written, with the hamza below its alef or without it alike (إن، ان of سي إن إن); not
    the hamza above (بي بي سي أن أن: BBC, then أن "that" written twice)."""
    return word.replace("إ", "ا")


_NAME_PHRASES = _name_phrases()
#: The most words a listed name has.
_LONGEST_NAME = 1 + max((len(rest) for rests in _NAME_PHRASES.values() for rest in rests), default=0)


def _opens_listed_name(groups: Sequence[list[tuple[str, int, int]]], position: int) -> bool:
    """Whether the written word at `position` opens a listed name of several words (بان before كي مون), the name's
    next words written right after it as the list writes them."""
    written = ["".join(piece[0] for piece in group) for group in groups[position : position + _LONGEST_NAME]]
    return _listed_name_length(written, 0) > 0


def listed_name_words(texts: Sequence[str]) -> list[int]:
    """The positions of the words of a sentence (`texts`, as the parse has them) that make up a listed name of several
    words (``clitic_name_phrases.tsv``: بان كي مون). The tagger reads كي as "so that"; the parser reads a name whose
    every word is a proper noun as one."""
    found: list[int] = []
    for position in range(len(texts)):
        found.extend(range(position, position + _listed_name_length(texts, position)))
    return found


def _listed_name_length(texts: Sequence[str], position: int) -> int:
    """How many words a listed name of several words has that opens at `position` of `texts`; 0 where none does."""
    for rest in _NAME_PHRASES.get(_name_word(texts[position]), ()):
        if tuple(_name_word(text) for text in texts[position + 1 : position + 1 + len(rest)]) == rest:
            return 1 + len(rest)
    return 0


def _family_name_after_given_name(
    before: Sequence[tuple[str, int, int]], pieces: Sequence[tuple[str, int, int]], lexicon: Lexicon
) -> bool:
    """Whether stem + ه is one word, a name, not a word with its pronoun: it stands right after a given name or a name
    particle (مايكل هانيكه، موفق نيربيه، ابن ماجه) and its stem is no word the counts know (هانيك). A stem the counts
    know keeps its pronoun after a name too (سلم محمد رسالته، استقبل خالد ضيفه)."""
    if len(pieces) != 2 or pieces[1][0] != "ه" or pieces[0][2] != pieces[1][1] or not before:
        return False
    stem = pieces[0][0]
    return before[-1][0] in lexicon.name_starts and len(stem) >= _FAMILY_STEM_MIN_CHARS and not lexicon.stem_known(stem)


#: A stem of fewer letters than this before ه is no family name's (after a name: سعد فيه).
_FAMILY_STEM_MIN_CHARS = 3


def _corrected_word(group: list[tuple[str, int, int]], lexicon: Lexicon) -> list[tuple[str, int, int]]:
    """The pieces of one written word (see :func:`correct_tokens`)."""
    out: list[tuple[str, int, int]] = []
    while len(group) > 1 and _stray_letter(group[0][0], group[1][0]):
        # ح + سبما، م + هما، ض + من: a letter that is no proclitic is the word's own first letter (a tatweel used as
        # a dash, ـيمكن، is no letter)
        first, following = group[0], group[1]
        group = [(first[0] + following[0], first[1], following[2]), *group[2:]]
    n_prefix = 0
    while n_prefix < len(group) - 1 and n_prefix < 2 and group[n_prefix][0] in CLITIC_PREFIXES:
        n_prefix += 1
    rest = group[n_prefix:]
    if len(rest) > 1 and _written_whole(rest) and _given_name_cut_astray(rest, lexicon):
        # عبد + المل + ك، عبد + الملك، أي + من: a given name (عبدالملك، أيمن) is one word, as عبداللطيف is
        group = [*group[:n_prefix], ("".join(piece[0] for piece in rest), rest[0][1], rest[-1][2])]
    while n_prefix + 1 < len(group) and _cut_inside_word(group[n_prefix], group[n_prefix + 1], lexicon):
        # جوارديو + لا، منه + ج، تويت + ر: a piece that is no pronoun is the word's own last letters
        cut, following = group[n_prefix], group[n_prefix + 1]
        group = [*group[:n_prefix], (cut[0] + following[0], cut[1], following[2]), *group[n_prefix + 2 :]]
    stem = group[n_prefix]
    if not is_arabic(stem[0]) or stem[0] in PRONOUN_SUFFIXES:
        return list(group)
    prefixes = list(group[:n_prefix])
    stem_text, stem_start = stem[0], stem[1]
    after = "".join(piece[0] for piece in group[n_prefix + 1 :])
    while prefixes and lexicon.implausible_split(prefixes[-1][0], stem_text, after=after):
        prefix = prefixes.pop()
        stem_text, stem_start = prefix[0] + stem_text, prefix[1]
    if any(p[0] not in CONJUNCTIONS for p in prefixes):
        allow = "none"
    elif prefixes:
        allow = "prep"
    else:
        allow = "conj+prep"
    offset = stem_start
    out.extend(prefixes)
    pieces = []
    for piece in lexicon.segment(stem_text, allow=allow):
        pieces.append((piece, offset, offset + len(piece)))
        offset += len(piece)
    suffixes = list(group[n_prefix + 1 :])
    if suffixes and _implausible_suffix(pieces[-1][0], suffixes[0][0], lexicon):
        # عبدالل + ه, يتوج + ه: the "pronoun" is the word's own last letter
        last, suffix = pieces.pop(), suffixes.pop(0)
        if pieces:
            pieces.append((last[0] + suffix[0], last[1], suffix[2]))
        else:
            # ونو + ه: the whole word ونوه, whose proclitics are decided now (و + نوه), not on its cut-off stem
            offset = last[1]
            for piece in lexicon.segment(last[0] + suffix[0], allow=allow):
                pieces.append((piece, offset, offset + len(piece)))
                offset += len(piece)
    if not suffixes and pieces:
        pronoun_at = _pronoun_left_on(pieces[-1][0], lexicon)
        if pronoun_at:
            last = pieces.pop()
            pieces += [(last[0][:pronoun_at], last[1], last[1] + pronoun_at), (last[0][pronoun_at:], last[1] + pronoun_at, last[2])]
    out.extend(pieces)
    out.extend(suffixes)
    return out


#: Third-person pronouns a word may end in, the longest first (its ه of هما before ه).
_THIRD_PERSON = ("هما", "هم", "ها", "ه")
#: The honorific pronouns (سموه، معاليه: rules/lexicons/honorific_anaphors.tsv), read as one word wherever written.
_HONORIFIC_ANAPHORS = frozenset(entry.written for entry in bundled_lexicon("honorific_anaphors").entries.values())
#: إلى written without its hamza before a pronoun (اليه، اليهم), whose first letters are no article.
_PARTICLES_WITH_ALIF_LAM = frozenset(("الي", "إلي"))
#: A stem the corpus writes at least this often, and at least as often as the word with the pronoun, takes it apart.
_MISSED_SUFFIX_MIN_COUNT = 100


def _pronoun_left_on(word: str, lexicon: Lexicon) -> int:
    """Where a third-person pronoun the tokenizer left on a word starts (`أجاب|ه`، `منح|ه`، `لدي|ه`), or 0: the stem is
    a word the corpus writes often, and no less often than the word with the pronoun (`شبه` is no شب + ه, `اتجاه` no
    اتجا + ه); never where the pass would join such a cut again (a name, a listed word kept whole, a word ending in ة
    written ه: :func:`_implausible_suffix`)."""
    if word in _HONORIFIC_ANAPHORS or not is_arabic(word):
        return 0
    suffix = next((ending for ending in _THIRD_PERSON if word.endswith(ending)), None)
    if suffix is None or len(word) - len(suffix) < 3:
        return 0  # (كله، يده: the tokenizer cuts these; جيه، بيه are letters spelled out)
    stem = word[: -len(suffix)]
    if stem.startswith("ال") and stem not in _PARTICLES_WITH_ALIF_LAM:
        return 0  # الصحيه، السنه: a word with the article takes no pronoun (its ه is a ة written without dots)
    alone = _stem_count(stem, lexicon)
    if alone < _MISSED_SUFFIX_MIN_COUNT or alone < lexicon.count(word) or _implausible_suffix(stem, suffix, lexicon):
        return 0
    return len(stem)


#: Particles that ما، لا or من is written on as a word of its own (إنما، كأنما، ربما، بينما، عندما، كلما، لكيلا، فيما،
#: مما and ممن: من + ما، من + من, عما).
_PARTICLES_BEFORE_MA_LA = frozenset(
    ("أن", "إن", "ان", "كأن", "لكن", "رب", "حيث", "كل", "بين", "عند", "كي", "طال", "قل", "مه", "من", "عن", "في", "لو")
)
#: Two pieces written this many times each, whose join is rarer than either, are two words a missing space glued.
_GLUED_WORDS_MIN_COUNT = 20


def _cut_inside_word(stem: tuple[str, int, int], piece: tuple[str, int, int], lexicon: Lexicon) -> bool:
    """Whether the tokenizer cut `piece` off the end of `stem` inside one word: a piece that is no pronoun suffix
    (جوارديو + لا، من + هج، كيلومت + را، العرا + ق), not a word with the article (عبد + العزيز), not ما، لا or من on a
    particle (إن + ما، كي + لا، من + ما of مما، لو + لا), nor a tatweel's piece; both written as they stand in the text,
    one right after the other (not the tokenizer's expansion of مما into من + ما). A stem that ends with ة ends its
    word, and two words the corpus writes, whose join it writes less often than either, are two words a missing space
    glued (`الإرهابيةدور`، `لغايةبهويته`): the tokenizer's cut stays."""
    if not _written_whole((stem, piece)):
        return False
    stem_text, piece_text = stem[0], piece[0]
    if piece_text in PRONOUN_SUFFIXES or piece_text.startswith("ال") or not (is_arabic(stem_text) and is_arabic(piece_text)):
        return False
    if TATWEEL in stem_text or TATWEEL in piece_text or not piece_text.isalpha() or stem_text.endswith("ة"):
        return False
    if piece_text in ("ما", "لا", "من") and stem_text in _PARTICLES_BEFORE_MA_LA:
        return False
    apart = min(lexicon.count(stem_text), lexicon.count(piece_text))
    return not (apart >= _GLUED_WORDS_MIN_COUNT and lexicon.count(stem_text + piece_text) < apart)


#: The heads of titles and jobs (rules/lexicons/role_nouns.tsv: ملك، أمير), normalised, without the article.
_TITLE_WORDS = word_set("role_nouns")


def _given_name_cut_astray(pieces: Sequence[tuple[str, int, int]], lexicon: Lexicon) -> bool:
    """Whether the pieces of one written word join into a given name (given_names.tsv) that the cut misreads: any cut
    into three pieces or more, or into two that are no word with the article (`عبد` + `ال` + `لطيف`، `عبد` + `المل` +
    `ك`، `أي` + `من`), and عبد with a title with the article (`عبد` + `الملك`, read as "the king" after the name). `عبد`
    + `العزيز`, the treebanks' own cut of such names, which the steps after the parse read as one name, stays."""
    texts = [piece[0] for piece in pieces]
    if "".join(texts) not in lexicon.name_starts:
        return False
    if len(texts) == 2 and texts[1].startswith("ال") and len(texts[1]) > 2:
        return normalize(texts[1][2:]) in _TITLE_WORDS
    return True


def _written_whole(pieces: Sequence[tuple[str, int, int]]) -> bool:
    """Whether the pieces are the text's letters as written, one right after the other (not a tokenizer's expansion)."""
    return all(end - start == len(text) for text, start, end in pieces) and all(
        before[2] == after[1] for before, after in itertools.pairwise(pieces)
    )


def _stray_letter(piece: str, following: str) -> bool:
    """A one-letter piece that is no proclitic, cut off the letters after it (ح of حسبما); tatweel is no letter."""
    return (
        len(piece) == 1
        and piece.isalpha()
        and piece != TATWEEL
        and piece not in CLITIC_PREFIXES
        and following[:1].isalpha()
        and following[:1] != TATWEEL
    )



#: Nouns that take a pronoun only after their long vowel (أبوها، أخيه): ``rules/lexicons/parser/vowelled_nouns.tsv``.
_VOWELLED_NOUNS = frozenset(entry.written for entry in parser_lexicon("vowelled_nouns").entries.values())
#: The pronoun written on the bare noun all the same (أبي، أخي: "my father", "my brother").
_FIRST_PERSON = "ي"


def _implausible_suffix(stem: str, suffix: str, lexicon: Lexicon) -> bool:
    """Is stem + suffix a common word whose stem is not one (عبدالله, not عبدالل + ه; قولها stays قول + ها)?"""
    if suffix not in PRONOUN_SUFFIXES:
        return False
    if stem in _VOWELLED_NOUNS and suffix != _FIRST_PERSON:
        return True  # أبها (the city), not أب + ها: "her father" is أبوها
    if stem + suffix in lexicon.keep:
        return True  # a given name (أدهم), not أد + هم
    if suffix == "ه" and stem + suffix in lexicon.final_ha_names:
        return True  # a name whose ه is its own (شنقريحه، نيربيه), not شنقريح + ه
    if suffix == "ه" and _ta_marbuta_written_ha(stem, lexicon):
        return True  # علاقه، رساله: ة written without its dots, not علاق + ه
    # the counts are of words written without vowel marks: نوّ + ه is read as نو + ه, whose whole نوه is counted
    joined = lexicon.count(stem + suffix)
    alone = _stem_count(stem, lexicon)
    if lexicon.conjoins(stem + suffix):
        # نوّه، نبّه: a reporting verb, whose "stem" نو، نب is no common word; the verb is written after و or ف
        # more often than alone (ونبه 50 times, نبه 19), and those count for it too
        written = joined + sum(lexicon.count(conjunction + stem + suffix) for conjunction in CONJUNCTIONS)
        return written >= _SUFFIX_JOIN_MIN_COUNT and alone < _SUFFIX_JOIN_MIN_COUNT
    return joined >= _SUFFIX_JOIN_MIN_COUNT and alone * _SUFFIX_JOIN_RATIO < joined


#: A stem's last letter before a pronoun and what the word alone writes in its place: ة as ت (سعادت of سعادته is
#: سعادة), ى as ي or ا (لدي of لديهم is لدى, ألقا of ألقاها ألقى), a final hamza on ئ or ؤ (إيوائ of إيوائه is إيواء),
#: a sound plural without its ن (منافسي of منافسيه is منافسين, لاعبو of لاعبوه لاعبون).
_WRITTEN_ALONE = {"ت": ("ة",), "ي": ("ى", "ين"), "ا": ("ى",), "ئ": ("ء",), "ؤ": ("ء",), "و": ("ون",)}


def _stem_count(stem: str, lexicon: Lexicon) -> int:
    """How often the corpus writes the stem a pronoun was cut from as a word: as it stands, or with its last letter as
    the word written alone spells it (`سعادت` of `سعادته` is `سعادة`, which the corpus never writes with ت)."""
    alone = (stem[:-1] + ending for ending in _WRITTEN_ALONE.get(stem[-1:], ()))
    return max(lexicon.count(spelling) for spelling in (stem, *alone))


#: A word ending in ة written this often is the word a ه after its stem stands for (علاقه for علاقة).
_TA_MARBUTA_MIN_COUNT = 20


def _ta_marbuta_written_ha(stem: str, lexicon: Lexicon) -> bool:
    """Whether stem + ه is a word ending in ة written without the letter's dots (`علاقه`، `رساله`، `الاستفاده`, common in
    informal text): the stem is no word the counts know and the stem with ة is a common one. A word ending in ة takes
    its pronoun after ت (`رسالته`), so the stem with ة says nothing of a pronoun."""
    return not lexicon.stem_known(stem) and lexicon.count(stem + "ة") >= _TA_MARBUTA_MIN_COUNT
