"""Where content without quotation marks starts after its cue.

At a complementizer (أن، إن، بأن), also one the parse left unattached; at a
noun complement right after the cue (مؤكداً سعي الغرفة …، مشيراً إلى مباشرة …);
or, with no mark at all, at a clause with its own finite verb right after the
cue (وأضاف أسفر الحريق عن …) or after the speaker and a comma.
"""

from __future__ import annotations

from quotes.drafts.context import DocumentContext, once_per_match
from quotes.drafts.quotations import quotation_right_after
from quotes.drafts.spans import in_parentheses_at, word_span
from quotes.drafts.words import (
    LEADING_PREPOSITIONS,
    addressee_right_after_verb,
    feminine_body_after_masculine_verb,
    is_cue_word,
    names_a_source,
    says_words,
)
from quotes.graph import SentenceGraph, Word
from quotes.match import Match
from quotes.normalize import normalize, strip_article, strip_conjunction
from quotes.speakers import is_time
from quotes.speakers.words import NAME_LINKS, RELATIVE_PRONOUNS

#: Prepositions that turn أن into a temporal or purpose clause (بعد أن، قبل أن), not reported speech.
#: Before a complementizer the rule bound: connectives only (شدد على أن and أشار إلى أن are speech).
CONNECTIVES_BEFORE_COMPLEMENTIZER = frozenset(
    normalize(word)
    for word in (
        *("إلا", "غير", "سوى", "بعد", "قبل", "منذ", "حين", "رغم", "بدل", "مجرد", "لولا", "طالما", "مع"),
        # كما أن ("moreover"), (ب)حيث إن ("such that", "since"), ولكن إن ("but if"): the writer's connective
        *("كما", "بحيث", "حيث", "لكن", "ولكن"),
        # خصوصا أن، لا سيما أن ("especially since"): the writer's reason after what was said (not خاصة, also the
        # adjective "private": مصادر خاصة أن …)
        *("خصوصا", "خصوصاً", "سيما"),
    )
)
#: … and before one the parse left unattached, also these prepositions.
_NOT_SPEECH_BEFORE_COMPLEMENTIZER = CONNECTIVES_BEFORE_COMPLEMENTIZER | frozenset(
    normalize(word) for word in ("حتى", "عند", "ل", "كي", "من", "على", "بما", "إذ")
)
#: How far after the cue a complementizer the parse left unattached is still taken as the content's start; how far
#: past a relative clause that describes the speaker.
_LOOSE_WINDOW_WORDS = 24
_DESCRIBED_WINDOW_WORDS = 40
#: Unmarked speech (`وأضاف سيتم …`، `وأوضح فلان، …`): only after a verb of speech (reporting_verbs.tsv, column speech:
#: drafts.words.says_words); after `وأوضح فلان،` a sentence-opening cue, a speaker phrase of at most this many words, a
#: clause of at least this many words with a finite verb among its first words, not opening like a description.
_SPEAKER_PHRASE_WORDS = 16
_MIN_UNMARKED_SPEECH_WORDS = 5
_UNMARKED_VERB_WINDOW = 8
_PHRASE_TAGS = frozenset(("NOUN", "PROPN", "ADJ", "X", "DET", "ADP", "NUM", "CCONJ", "PRON", "PART"))
_NOT_SPEECH_OPENINGS = frozenset(
    normalize(word)
    for word in ("وهو", "وهي", "الذي", "التي", "في", "خلال", "عبر", "أثناء", "لدى", "عند", "مشيرا", "مضيفا", "و", "ل")
)
#: How many words a parse may leave between a subject-less cue and its noun complement's first word.
_COMPLEMENT_GAP_WORDS = 4


def not_speech_complementizer(sentence: SentenceGraph, word: Word, connectives: frozenset[str]) -> bool:
    """أن after إلا/بعد/قبل/حين (…، إلا أنني، بعد أن، في حين أن): a connective, not the start of speech; وإن before a
    verb (…، وإن كانت مساهمتها محدودة): "even if", not the start of speech."""
    previous = sentence.word_before(word)
    return (previous is not None and any(key in connectives for key in previous.keys)) or _concessive(sentence, word)


#: The concessive "even if" as written after its و (وإن كان، وإن لم): إن with the hamza below, or none.
_CONCESSIVE_FORMS = frozenset(("إن", "ان"))
_AND = frozenset(("و",))
#: The particle of a negated verb after a concessive or conditional إن (وإن لم يكن).
_NEGATING = frozenset((normalize("لم"),))


def _concessive(sentence: SentenceGraph, word: Word) -> bool:
    """Whether an إن written with و is "even if" (وإن كانت، وإن لم تعلن): the complementizer إنّ takes a noun or a
    pronoun, the conditional إنْ a verb. (أن with its hamza above, وأن, stays a complementizer: أنْ takes a verb.)"""
    if word.text not in _CONCESSIVE_FORMS:
        return False
    previous, following = sentence.word_before(word), sentence.word_after(word)
    if previous is None or previous.text not in _AND or previous.end != word.start:
        return False
    return following is not None and (following.upos in ("VERB", "AUX") or any(key in _NEGATING for key in following.keys))


#: Letters spelled out in acronyms written in Arabic (سي إن إن، بي بي سي): an إن among them is no complementizer.
_ACRONYM_LETTERS = frozenset(normalize(word) for word in ("سي", "إن", "بي", "إس", "إي", "دي", "تي", "إم"))


def _a_name(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a proper-noun إن/آن is a name: a letter among spelled-out letters (سي إن إن) or the name آن (Anne,
    written with madda); otherwise it is a complementizer the tagger called a name (… صحفي أمس إن الوزارة …)."""
    if word.text.startswith("آ"):
        return True
    neighbours = [sentence.word(index) for index in (word.index - 1, word.index + 1) if 1 <= index <= len(sentence.words)]
    return any(normalize(other.text) in _ACRONYM_LETTERS for other in neighbours)


def _opens_a_name(sentence: SentenceGraph, word: Word) -> bool:
    """Whether `word` is a proper noun whose next word the parse hangs on it as the rest of its name (`بان | كي مون`,
    flat), though it is spelled like a complementizer without its hamza (بأن، أن written with one is never a name)."""
    following = sentence.word_after(word)
    return (
        word.upos == "PROPN"
        and not any(letter in _HAMZA_ALEFS for letter in word.text)
        and following is not None
        and following.head == word.index
        and following.base_deprel == "flat"
    )


#: The alefs with hamza that a complementizer is written with (أن، إن، بأن) and no name that looks like one (بان).
_HAMZA_ALEFS = frozenset("أإ")


def _describes_the_medium(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """`وأكد … في تصريح صحفي بثته وكالة الأنباء اليوم أن …`، `في بيان أصدره أمس، إنه …`: a verb describing the statement
    the cue speaks in (a clause hung on بيان، تصريح، حديث) says where the words were published, not what was said."""
    speech = context.lexicons.speech_nouns
    statement = sentence.parent(word.index) if word.deprel.startswith("acl") else None
    return (
        speech is not None
        and statement is not None
        and statement.upos == "NOUN"
        and any(strip_article(key) in speech for key in (*statement.keys, statement.lemma_key))
    )


def _after_name_link(sentence: SentenceGraph, word: Word) -> bool:
    """Whether the word before `word` links a name to a father's or family name (بن، آل، أبو): `word` is a name."""
    previous = sentence.word_before(word)
    return previous is not None and normalize(previous.text) in NAME_LINKS


#: The pronouns of a `وهو …` clause after a name (فلان، وهو دبلوماسي سابق، وهم مشاركون في …).
_HUWA_PRONOUNS = frozenset(normalize(word) for word in ("هو", "هي", "هما", "هم"))


def _opens_description_of(text: str, word: Word, speaker: Word | None, cue_word: Word) -> bool:
    """Whether `word` opens a clause on the cue's subject after it: a relative pronoun (وقالت حايك التي شاركت …،
    ويؤكد فلان، الذي يقود …) or the pronoun of a `وهو …` clause (وأشار فلان وفلان وهم مشاركون في …): the clause
    describes the speaker."""
    if speaker is None or not cue_word.index < speaker.index < word.index:
        return False
    written = normalize(word.text)
    if strip_conjunction(written) in RELATIVE_PRONOUNS:
        return True
    conjoined = written.startswith("و") or text[max(0, word.start - 2) : word.start].strip() == "و"
    return word.upos == "PRON" and conjoined and strip_conjunction(written) in _HUWA_PRONOUNS


#: The relations of a cue's own complements (its object, its prepositional phrase, its clause).
_COMPLEMENT_RELATIONS = frozenset(("obj", "obl", "iobj", "ccomp", "xcomp"))


def _complement_of(sentence: SentenceGraph, word: Word, cue_word: Word) -> bool:
    """Whether the parse hangs `word` on the cue as its complement (بطارية in `وأضاف مصممو الشركة بطارية`، عن in
    `أعرب … عن سعادته`): not a word of the speaker's phrase or of a clause describing it."""
    return word.head == cue_word.index and word.base_deprel in _COMPLEMENT_RELATIONS and word.upos not in ("VERB", "AUX")


#: Marks that close a description set off after the speaker's name (فلان، وهي …، / فلان -الذي …-).
_DESCRIPTION_CLOSINGS = frozenset(("،", ",", "-", "–", "—", "ـ"))
#: Prepositions of the medium, the place or the addressee of speech (في مقال لها، لـ«الحياة»), which may follow a
#: description of the speaker.
_WHERE_OR_TO_WHOM = frozenset(normalize(word) for word in ("ل", "في", "خلال", "عبر", "أمام", "لدى"))


def _where_or_to_whom(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a preposition of the medium or the addressee opens `word`'s phrase (في مقال لها، لـ«الحياة»)."""
    return any(
        child.base_deprel == "case" and normalize(child.text).rstrip("ـ") in _WHERE_OR_TO_WHOM
        for child in sentence.children(word.index)
    )


def _medium_words(sentence: SentenceGraph, cue_word: Word) -> frozenset[int]:
    """The words of the phrases on the cue that say where or to whom it was said (`في تصريحات لصحيفة «…» الألمانية`،
    `في عددها الصادر غدا`): however long, they do not take the cue's reach to its complementizer."""
    return frozenset(
        word.index
        for child in sentence.children(cue_word.index)
        if child.base_deprel in ("obl", "nmod") and _where_or_to_whom(sentence, child)
        for word in sentence.subtree(child.index)
    )


def find_loose_complementizer(context: DocumentContext, match: Match) -> int | None:
    """Where the first complementizer after the cue starts, wherever the parse hung it (None if another
    clause or cue comes first). A relative clause on the subject after the cue (`وقالت فلانة التي شاركت في …
    وقامت بـ… لـ«رويترز» بأن …`) describes the speaker: its verbs open no clause of the cue's, and the reach is
    longer by its length; so is it by the cue's phrases of medium and place (`في تصريحات لصحيفة «…» الألمانية في
    عددها الصادر غدا، إن …`)."""
    sentence, cue_word = match.sentence, match.anchor
    bound = {word.index for word in match.bindings.values() if word is not None}
    speaker = match.word("speaker")
    described = describing = complemented = False
    medium = _medium_words(sentence, cue_word)
    reach = 0
    for word in sentence.words[cue_word.index : cue_word.index + _DESCRIBED_WINDOW_WORDS]:
        if word.upos == "PUNCT" and word.text in (".", "؟", "?", "!"):
            return None
        if word.index not in medium:
            reach += 1
        if not described and reach > _LOOSE_WINDOW_WORDS:
            return None
        if describing and word.upos == "PUNCT" and word.text in _DESCRIPTION_CLOSINGS:
            describing = False  # فلان، وهي متخصصة في …، في مقال لها …: the comma or dash closes the description
            continue
        if _complement_of(sentence, word, cue_word) and not _where_or_to_whom(sentence, word):
            # وذكر فلان والذي يدرس … مدى سعادته بقوله: …: the cue's own complement closes the description, its clause
            # goes on; وأضاف مصممو الشركة بطارية …، والذي …: a clause after the object describes the object
            describing = False
            complemented = True
        if not described and not complemented and _opens_description_of(context.text, word, speaker, cue_word):
            described = describing = True
            continue
        if context.marks.containing(word.start) is not None or (
            word.upos in ("PROPN", "X") and not quotation_right_after(context, word) and _a_name(sentence, word)
        ):
            continue  # إن of "سي إن إن", or inside a quoted title (إن "داعش" يهدد: a quoted word after it)
        if _opens_a_name(sentence, word):
            continue  # بان كي مون: the first word of a person's name, not بأن
        if _after_name_link(sentence, word):
            continue  # … فهد بن طالب أن …: a father's name the tagger called a verb (طالب, "demanded"), no new clause
        if context.lexicons.is_complementizer(word) and word.token_first:
            if not_speech_complementizer(sentence, word, _NOT_SPEECH_BEFORE_COMPLEMENTIZER):
                return None
            return word_span(context.text, word.start, word.end).start  # بأن written as one word starts at ب
        if (
            word.upos == "VERB"
            and not describing
            and word.index > cue_word.index + 1
            and word.deprel != "acl:relcl"
            and not _describes_the_medium(context, sentence, word)
            and not any(key in context.lexicons.names for key in word.keys)  # المتحدث باسم الجامعة، خالد الزهراني، أن
            and not is_time(word)  # أفاد مصدر …، أمس الأربعاء بأن …: أمس tagged as a verb
        ):
            return None
        if word.index > cue_word.index + 1 and word.index not in bound and is_cue_word(context, sentence, word):
            return None  # …، مشيراً إلى أن: that complementizer is the next cue's
    return None


#: find_loose_complementizer, found once per match of a document (the content search asks at several steps)
loose_complementizer = once_per_match(find_loose_complementizer)


def complement_start(context: DocumentContext, sentence: SentenceGraph, cue_word: Word, head_start: int) -> int:
    """`مؤكدًا سعي الغرفة إلى تحقيق …`: with no subject between them, a noun complement starts right after
    the cue even where the parse hangs its first nouns elsewhere."""
    between = sentence.words_starting(cue_word.end, head_start)
    while between and between[0].upos == "ADP" and any(key in LEADING_PREPOSITIONS for key in between[0].keys):
        between = between[1:]
    outside = [word for word in between if not in_parentheses_at(context.text, word.start)]
    if not between or len(outside) > _COMPLEMENT_GAP_WORDS:
        return head_start
    if any(
        word.upos not in ("NOUN", "ADJ", "DET", "ADP", "NUM", "CCONJ")
        and not (word.upos == "PUNCT" and word.text in "()")
        for word in between
    ):
        return head_start  # (اتفاق الطرفين (اللاعب والأهلي) على …: a parenthesis may stand between)
    if any(names_a_source(context.lexicons, word) for word in between):
        return head_start  # وأكد الوزير …: a subject, not the complement
    if feminine_body_after_masculine_verb(context, sentence, cue_word, between[0]):
        return head_start  # ودعا وكالة التنمية إلى تقديم …: whom he called on, not what he called for
    if addressee_right_after_verb(context, sentence, cue_word, between[0]):
        return head_start  # ودعت المجتمع الدولي إلى التحرك …، وحث جميع الأطراف على …: whom, not what
    return between[0].start


def prepositional_complement(context: DocumentContext, sentence: SentenceGraph, cue_word: Word) -> int | None:
    """Where the noun after إلى/على (or بـ, kept) right after a cue starts, if that is what follows it."""
    following = sentence.words_starting(cue_word.end)[:2]
    if len(following) < 2 or following[0].upos != "ADP" or following[1].upos not in ("NOUN", "VERB"):
        return None
    if any(key in LEADING_PREPOSITIONS for key in following[0].keys):
        return following[1].start
    if any(key == "ب" for key in following[0].keys):
        return word_span(context.text, following[0].start, following[0].end).start
    return None


def speech_after_comma(context: DocumentContext, sentence: SentenceGraph, cue_word: Word) -> int | None:
    """Where speech starts after `cue speaker-phrase،` when a clause with its own verb follows the comma."""
    if not says_words(cue_word, context.lexicons):
        return None
    if any(word.upos not in ("CCONJ", "PART", "PUNCT") for word in sentence.words_ending_by(cue_word.start)):
        return None  # only a sentence-opening cue (وأوضح فلان، …)
    after = sentence.words_starting(cue_word.end)
    comma = next((position for position, word in enumerate(after) if word.text in ("،", ",")), None)
    if comma is None or comma == 0 or comma > _SPEAKER_PHRASE_WORDS:
        return None
    if any(word.upos not in _PHRASE_TAGS for word in after[:comma]):
        return None  # the words before the comma are not just a speaker's phrase
    clause = after[comma + 1 :]
    if len(clause) < _MIN_UNMARKED_SPEECH_WORDS or any(key in _NOT_SPEECH_OPENINGS for key in clause[0].keys):
        return None
    if any(context.lexicons.is_complementizer(word) for word in clause):
        return None  # …، في بيان …، إن: the speech starts at its complementizer, not at the comma
    finite = any(
        word.upos in ("VERB", "AUX") and word.feat("VerbForm") not in ("Part", "Inf")
        for word in clause[:_UNMARKED_VERB_WINDOW]
    )
    if not finite or any(is_cue_word(context, sentence, word) for word in clause[:_UNMARKED_VERB_WINDOW]):
        return None
    return word_span(context.text, clause[0].start, clause[0].end).start


#: Particles of tense and negation that may open a clause before its verb (وأضاف سنعمل …، وقال لن نسمح …، وقال لم يكن …).
_VERB_PARTICLES = frozenset(normalize(word) for word in ("س", "سوف", "لن", "لم", "لا", "قد", "لقد"))


def _first_word_of_clause(sentence: SentenceGraph, start: int) -> tuple[Word | None, Word | None]:
    """The first word written at or after `start`, and the finite verb it opens or that follows its tense or negation
    particles (`سـ` of سنعمل is a word of its own), if there is one."""
    following = sentence.words_starting(start)
    if not following:
        return None, None
    position = 0
    while position < len(following) - 1 and following[position].upos == "PART" and any(
        key in _VERB_PARTICLES for key in following[position].keys
    ):
        position += 1
    word = following[position]
    finite = word.upos in ("VERB", "AUX") and word.feat("VerbForm") not in ("Part", "Inf")
    return following[0], word if finite else None


#: "What" or "as" right before a cue (حسب ما نشر، كما قال، مثلما ذكر): the cue's clause is a source, not speech.
_WHAT_BEFORE_CUE = frozenset(normalize(word) for word in ("ما", "كما", "حسبما", "بحسبما", "مثلما", "بما"))


def clause_right_after(context: DocumentContext, sentence: SentenceGraph, cue_word: Word) -> Word | None:
    """A finite verb right after a cue with no subject after it (or after its tense or negation particle: `وأضاف
    ستكون …`), in its subtree: where unmarked speech starts (the first word of the clause). Only after a verb of
    saying: a cue of another kind with a clause after it says no words of its own (`الضحايا الذين قضوا نحبهم …`)."""
    if not says_words(cue_word, context.lexicons):
        return None
    previous = sentence.word_before(cue_word)
    if previous is not None and any(key in _WHAT_BEFORE_CUE for key in previous.keys):
        return None  # حسب ما نشر لم يكن …، كما قال: the cue names a source of what stands around it, and says nothing after
    first, verb = _first_word_of_clause(sentence, cue_word.end)
    if first is None or verb is None or cue_word not in sentence.ancestors(verb.index):
        return None
    if any(key in context.lexicons.verbs for key in (verb.lemma_key, *verb.keys)):
        return None  # two cues in a row (قال أكد): not speech
    return first


#: How the parse hangs a clause of speech on its cue (وقال فلان باشرت الفرق …: ccomp).
_SPEECH_CLAUSE_RELATIONS = frozenset(("ccomp", "parataxis", "xcomp", "obj"))


def clause_after_speaker(
    context: DocumentContext, sentence: SentenceGraph, cue_word: Word, speaker: Word, after_speaker: int
) -> Word | None:
    """`وقال المتحدث باسم الدفاع المدني الرائد فلان باشرت الفرق …`: with no mark at all, speech that starts right after
    the speaker's phrase, where the parse hangs a finite verb there on a saying cue as its clause: the first word of
    that clause. The speaker's phrase holds nouns, names and prepositions only; the clause has words enough to say
    something and no cue of its own among its first words."""
    if not says_words(cue_word, context.lexicons):
        return None
    between = sentence.words_starting(cue_word.end, after_speaker)
    if not between or len(between) > _SPEAKER_PHRASE_WORDS or any(word.upos not in _PHRASE_TAGS for word in between):
        return None
    first, verb = _first_word_of_clause(sentence, after_speaker)
    if first is None or verb is None or verb.head != cue_word.index or verb.base_deprel not in _SPEECH_CLAUSE_RELATIONS:
        return None
    clause = sentence.words_starting(first.start)
    if len(clause) < _MIN_UNMARKED_SPEECH_WORDS or any(key in _NOT_SPEECH_OPENINGS for key in first.keys):
        return None
    if any(is_cue_word(context, sentence, word) for word in clause[:_UNMARKED_VERB_WINDOW]):
        return None
    return first
