"""Statements and reports with their issuer (`بيان لوزارة الداخلية` → DOC, issuer `وزارة الداخلية`; `أصدرت الوزارة
بيانا`: the verb's subject issued it), once every other mention of the document is found: the issuer is one of
them. Reads the word facts (document_noun) and the mentions found before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotes.grammar.loader import word_set
from quotes.graph import ParsedDocument, SentenceGraph, Word
from quotes.mentions.model import EntityMention
from quotes.mentions.roles import speech_verb
from quotes.mentions.word_facts import WordFacts, WordReader, with_facts
from quotes.mentions.words import ISSUED, ISSUER_MARKERS, definite, span_of
from quotes.model import Span
from quotes.normalize import normalize, strip_article
from quotes.speakers import pronoun_suffixed
from quotes.speakers.words import is_kana, issuing_clause, only_spreads

#: The verbal nouns of issue (rules/lexicons/issuing_nouns.tsv): `قامت الهيئة بإعداد دراسة`.
_ISSUING_NOUNS = word_set("issuing_nouns")


def find_documents(
    reader: WordReader, document: ParsedDocument, found: Sequence[EntityMention], facts_by_sentence: Sequence[Sequence[WordFacts]]
) -> Iterable[EntityMention]:
    """`بيان لوزارة الداخلية`، `تقرير صادر عن الهيئة`: the statement, with the issuer a mention found above names."""
    issuers = [mention for mention in found if mention.kind in ("ORG", "MEDIA", "PER", "GROUP", "TITLE")]
    for sentence, facts in zip(document.sentences, facts_by_sentence, strict=True):
        for word, fact in with_facts(sentence.words, facts, "document_noun"):
            noun = fact.document_noun
            if noun is None:
                continue
            issuer = (
                _issuer_after(sentence, word, issuers)
                or _issuer_in_construct(sentence, word, issuers)
                or _issuer_of_relative_clause(sentence, word, issuers)
            )
            if issuer is not None:
                span = Span.from_offsets(document.text, word.start, issuer.span.end)
                yield EntityMention(span, "DOC", "document", sentence.index, issuer=issuer.span, head=noun)
                continue
            own = span_of([word], document.text)
            if _said_in_by_no_speaker(reader, sentence, word):
                # قتل ألف شخص …، على ما أعلنت بعثة الأمم المتحدة | في تقرير: the parse hung "in a report" on the clause
                # reported; who announced it in the report issued it, not who was killed
                issuer = _reporter_before(reader, sentence, word, issuers)
            else:
                issuer = _issuing_subject(sentence, word, issuers) or _issued_without_subject(document, sentence, word, issuers)
            # (a subject no finder named, وقال البيت الأبيض في بيان, is found once the rules' speakers join)
            issuer_span = issuer.span if issuer is not None else _unnamed_issuer(sentence, word, document.text)
            if own is not None and (issuer_span is not None or definite(word)):
                # أصدرت الوزارة بيانا (the subject issued it); البيان (the statement named before)
                yield EntityMention(own, "DOC", "document", sentence.index, issuer=issuer_span, head=noun)


#: How many words before a statement said in (في تقرير) the verb that reported in it may stand.
_REPORTER_WINDOW = 8


def _said_in_by_no_speaker(reader: WordReader, sentence: SentenceGraph, noun: Word) -> bool:
    """Whether a statement something was said in (في بيان، في تقرير) hangs on a verb that says nothing (قتل، ارتفع)."""
    verb = sentence.parent(noun.index)
    if verb is None or verb.upos != "VERB" or noun.base_deprel != "obl":
        return False
    cases = [normalize(child.text) for child in sentence.children(noun.index) if child.base_deprel == "case"]
    return bool(cases) and all(case in _SPOKEN_IN for case in cases) and not speech_verb(reader, verb)


def _reporter_before(reader: WordReader, sentence: SentenceGraph, noun: Word, issuers: Sequence[EntityMention]) -> EntityMention | None:
    """The body or person that a reporting verb shortly before the statement has for its subject or object (the parse
    may read a subject after the verb as its object): `على ما أعلنت بعثة الأمم المتحدة في تقرير`."""
    verbs = [
        word
        for word in sentence.words[max(0, noun.index - 1 - _REPORTER_WINDOW) : noun.index - 1]
        if word.upos == "VERB" and speech_verb(reader, word)
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    here = [mention for mention in issuers if mention.sentence_index == sentence.index]
    for child in sentence.children(verb.index):
        if child.base_deprel in ("nsubj", "obj") and child.index < noun.index:
            for mention in here:
                if mention.span.start <= child.start < mention.span.end:
                    return mention
    return None


def _issued_without_subject(
    document: ParsedDocument, sentence: SentenceGraph, noun: Word, issuers: Sequence[EntityMention]
) -> EntityMention | None:
    """The body that issued a statement its verb's subject does not name (`نفذت وزارة الداخلية الحكم. وأصدرت بيانا
    ذكرت فيه …`: she issued it): the body that was the subject of a verb last, in this sentence before the verb or in
    the one before, of the verb's gender."""
    verb = sentence.parent(noun.index)
    if verb is None or verb.upos != "VERB" or verb.index > noun.index:
        return None
    # (بيانا، تقريرا: the accusative ending says object, whatever relation the parse gave it)
    if noun.base_deprel != "obj" and not (noun.base_deprel == "nsubj" and _accusative(noun)):
        return None
    if any(child.base_deprel in ("nsubj", "nsubj:pass") and child != noun for child in sentence.children(verb.index)):
        return None
    feminine = verb.feat("Gender") == "Fem"
    for mention in sorted(issuers, key=lambda m: -m.span.start):
        if mention.kind not in ("ORG", "MEDIA") or mention.span.end > verb.start:
            continue
        if mention.sentence_index not in (sentence.index, sentence.index - 1):
            break
        if mention.head and mention.head.endswith("ه") != feminine:
            continue  # صندوق … وأصدرت بيانا: she is not the fund
        where = document.sentences[mention.sentence_index]
        head = where.words_within(mention.span.start, mention.span.end)
        if head and head[0].base_deprel == "nsubj":
            return mention
    return None


def _accusative(noun: Word) -> bool:
    """Whether an indefinite noun is written with the accusative alif its lemma lacks (بيانا، تقريرا، بياناً)."""
    written = normalize(noun.text).rstrip("\u064b")
    return written.endswith("ا") and not strip_article(normalize(noun.lemma)).endswith("ا") and not definite(noun)


#: Words that end the phrase of a statement: what it said, or a new clause, follows.
_CLAUSE_TAGS = frozenset(("SCONJ", "VERB", "AUX"))
_CLAUSE_MARKS = frozenset(("،", ",", ".", ":", "؛"))
#: عن right after a statement: what it is about, not who issued it.
_ABOUT = normalize("عن")


def _issuer_after(sentence: SentenceGraph, noun: Word, issuers: Sequence[EntityMention]) -> EntityMention | None:
    """The issuer mention that starts within three words after the noun, after صادر/عن/من/لـ: the one nearest the
    noun, the longest there (`بيان | للجنة الأولمبية الدولية`, not `الأولمبية الدولية` that the tagger read alone)."""
    window = sentence.words[noun.index : noun.index + 3]
    ends = [number for number, word in enumerate(window) if word.upos in _CLAUSE_TAGS or word.text in _CLAUSE_MARKS]
    window = window[: ends[0]] if ends else window  # وقال التقرير | إن من واحد الى خمسة: what it said, no issuer
    if not window:
        return None
    markers = [w for w in window if normalize(w.text) in ISSUER_MARKERS | ISSUED or normalize(w.text).startswith("ل")]
    if not markers or (normalize(markers[0].text) == _ABOUT and markers[0].index == noun.index + 1):
        return None  # دراسة عن سوق العمل: what the study is about (تقرير صادر عن الهيئة: who issued it)
    limit = window[-1].end
    near = [mention for mention in issuers if mention.sentence_index == sentence.index and noun.end <= mention.span.start <= limit + 2]
    return min(near, key=lambda mention: (mention.span.start, -mention.span.end), default=None)


def _issuer_in_construct(sentence: SentenceGraph, noun: Word, issuers: Sequence[EntityMention]) -> EntityMention | None:
    """The issuer mention that starts right after a statement written without the article, its genitive in the parse
    (`تعميم وزير الصحة`، `خطاب الأمين العام`, a person or a title: a body in construct, `بيان الوزارة`, is found
    where the statements are told apart, quotes.coreference.issuers)."""
    following = sentence.word_after(noun)
    if following is None or following.head != noun.index or following.base_deprel != "nmod" or definite(noun):
        return None
    return next(
        (
            mention
            for mention in issuers
            if mention.kind in ("PER", "TITLE") and mention.sentence_index == sentence.index and mention.span.start == following.start
        ),
        None,
    )


def _issuer_of_relative_clause(sentence: SentenceGraph, noun: Word, issuers: Sequence[EntityMention]) -> EntityMention | None:
    """`تقرير أعدته وزارة الاقتصاد`، `دراسة أجراها معهد بروكينغز`، `بيان وزعه المصرف`: the mention that names the
    subject of an issuing verb in a relative clause on the statement (:func:`quotes.speakers.words.issuing_clause`); not
    who only spread it (`بيان نشرته وكالة الأنباء الرسمية`), nor in an aside after a comma."""
    found = issuing_clause(sentence, noun)
    if found is None or only_spreads(found[0]):
        return None
    verb, subject = found
    if any(word.text in ("،", ",") for word in sentence.words[noun.index : verb.index - 1]):
        return None  # (وبينت الدراسة، التي أعدها …: an aside on a statement named before)
    return next(
        (m for m in issuers if m.sentence_index == sentence.index and m.span.start <= subject.start < m.span.end),
        None,
    )


def _issuing_subject(sentence: SentenceGraph, noun: Word, issuers: Sequence[EntityMention]) -> EntityMention | None:
    """The subject of the verb whose object the statement is (أصدرت وزارة الداخلية بيانا), or that spoke in it
    (وقالت السفارة في بيان: a later البيان is the embassy's), or revealed it (كشفت الإدارة عن تقريرها). A title no
    mention holds is the person its phrase names (أصدر وزير الصحة الدكتور فلان تعميما: فلان issued it)."""
    here = [mention for mention in issuers if mention.sentence_index == sentence.index]
    for subject in _issuing_subjects(sentence, noun):
        for mention in here:
            if mention.span.start <= subject.start < mention.span.end:
                return mention
        # (the holder's name ends the title's phrase: وزير الصحة الدكتور فلان، الأمين العام لرابطة … الدكتور فلان)
        phrase_end = max(word.end for word in sentence.subtree(subject.index) if word.upos != "PUNCT")
        named = [
            m
            for m in here
            if m.kind == "PER"
            and subject.end <= m.span.start
            and m.span.end == phrase_end
            # (a name has a proper noun: not الإسلامي of رابطة العالم الإسلامي, which the tagger read as a person)
            and any(word.upos in ("PROPN", "X") for word in sentence.words_within(m.span.start, m.span.end))
        ]
        if named:
            return min(named, key=lambda mention: mention.span.start)
    return None


#: The prepositions of a statement a body speaks in or reveals (`وقالت السفارة في بيان`، `كشفت الإدارة عن تقريرها`).
_SPOKEN_IN = frozenset(normalize(word) for word in ("في", "عن"))


def _issuing_subjects(sentence: SentenceGraph, noun: Word) -> list[Word]:
    """The subjects of the verb whose object a statement is, or that spoke in it (في بيان) or revealed it (عن تقريرها),
    or that did the act of issuing it (قامت الهيئة بإعداد دراسة: the verbal nouns of issuing_nouns.tsv)."""
    verb = sentence.parent(noun.index)
    if verb is not None and verb.upos == "NOUN" and noun.base_deprel == "nmod" and not definite(noun):
        # قامت الهيئة بإعداد دراسة، أعلنت الوزارة عن إصدار تقرير: the statement in construct with the act of issuing
        # it, the verb that does the act has the issuer for subject
        if strip_article(normalize(verb.text)) in _ISSUING_NOUNS:
            acting = sentence.parent(verb.index)
            if acting is not None and acting.upos == "VERB" and verb.base_deprel in ("obl", "obj"):
                return [child for child in sentence.children(acting.index) if child.base_deprel == "nsubj"]
        return []
    if verb is None or verb.upos != "VERB":
        return []
    cases = [normalize(child.text) for child in sentence.children(noun.index) if child.base_deprel == "case"]
    spoken_in = noun.base_deprel == "obl" and any(case in _SPOKEN_IN for case in cases)
    # (أصدر، الأحد الماضي، تعميما: after an aside the parse makes the object an adverbial with no preposition)
    object_read_as_adverbial = noun.base_deprel == "obl" and not cases
    if (noun.base_deprel != "obj" or any(case not in _SPOKEN_IN for case in cases)) and not (spoken_in or object_read_as_adverbial):
        return []  # (اعترض الأهالي على تعميم …: an object after على, though the parse made it the verb's, was not issued)
    subjects = [child for child in sentence.children(verb.index) if child.base_deprel == "nsubj"]
    kana = sentence.parent(verb.index) if verb.base_deprel == "xcomp" else None
    if not subjects and kana is not None and kana.index < verb.index and is_kana(kana):
        # وكان الوزير قد أصدر تعميما: the parse gives كان the subject and hangs the verb from it
        subjects = [child for child in sentence.children(kana.index) if child.base_deprel == "nsubj"]
    if spoken_in and not subjects:
        # على ما أعلنت بعثة الأمم المتحدة في تقرير: a small parser reads the subject after the verb as its object; what
        # was said in the report is never a noun said before it
        subjects = [child for child in sentence.children(verb.index) if child.base_deprel == "obj" and child.index < noun.index]
    if spoken_in and pronoun_suffixed(sentence, noun):
        # عين اليوم – الرياض: توقعت الرئاسة العامة للأرصاد في تقريرها: "its report" is the body's that the parse made
        # the verb's object, a dateline before the verb having taken its subject
        objects = [child for child in sentence.children(verb.index) if child.base_deprel == "obj" and child.index < noun.index]
        subjects = sorted([*subjects, *objects], key=lambda word: -word.index)  # the pronoun's nearest antecedent first
    return subjects


def _unnamed_issuer(sentence: SentenceGraph, noun: Word, text: str) -> Span | None:
    """The subject word of a statement's verb that no finder found a mention for (`وقال البيت الأبيض في بيان`): the
    issuer, where the rules' speaker phrase that starts there joins the table."""
    subjects = [word for word in _issuing_subjects(sentence, noun) if word.upos in ("NOUN", "PROPN", "X")]
    return span_of(subjects[:1], text) if subjects else None
