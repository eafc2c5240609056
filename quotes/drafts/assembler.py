"""One document's drafts from its sentences' matches, in the order the steps run.

Per sentence, one match per cue word (the highest priority wins), and the cues
that start a quote of their own bound the content before them. Per match: the
cue and its class, the content (`content`'s sieves), then the speaker slot
(`speaker`'s passes), the transmitter and the main clause's subject as a hint.
Per document: overlapping contents resolved (`overlaps`), a hint for cues
without a subject (`named_person`), relayed quotes merged (`relay`), warnings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quotes.drafts.according_to import according_to
from quotes.drafts.content import find_content
from quotes.drafts.context import CueSite, DocumentContext, Lexicons
from quotes.drafts.draft import Draft, span_bindings
from quotes.drafts.named_person import with_named_person
from quotes.drafts.overlaps import relayed_by_markers_after, with_warnings, without_overlaps
from quotes.drafts.quotations import named_by_a_heading, quoted_name_after
from quotes.drafts.relatives import may_stand_for_a_thing, pronoun_gender
from quotes.drafts.relay import relayed
from quotes.drafts.sources import role_at
from quotes.drafts.spans import CLAUSE_CONNECTORS, after_comma
from quotes.drafts.speaker import fill_speaker_slot, find_via, going_on_subject, main_clause_hint, statement_issuer_hint, under_kana
from quotes.drafts.words import adjective_of_noun_before, circumstantial, class_of, cue_at, names_someone
from quotes.grammar.loader import marked_words, word_set
from quotes.graph import ParsedDocument, SentenceGraph, Word
from quotes.match import Match
from quotes.model import Cue, Span
from quotes.normalize import PRONOUN_ENDINGS, char_before_spaces, normalize, strip_conjunction
from quotes.quotemarks import QuoteMarks
from quotes.speakers.words import is_kana, with_abbreviation_period

_CONNECTORS = frozenset(normalize(word) for word in CLAUSE_CONNECTORS)

#: A relative clause on a medium: بيانا أوضحت فيه، كلمة أشار فيها (the resumptive "in it" right after the cue).
_IN_IT = re.compile(r"\s+في(ه|ها|هما)\b")
#: The resumptive pronoun after a verb whose object ما is (ما أقرت به، ما أعلن عنه).
_RESUMPTIVE = re.compile(r"\s+(?:ب|عن|في|إلي|الي|علي)(?:ه|ها|هم)\b")
#: "which", right before a cue with no subject: the writer's inference (ما يؤكد، مما يشير إلى، وهو ما يعني), no source
#: (بحسب ما ذكرت، وفق ما أعلن: "according to what …" names a source).
_WHICH_BEFORE = re.compile(r"(?:^|[\s،,(])(?<!حسب )(?<!وفق )(?<!وفقا )(?<!طبقا )(?:ما|مما)\s*$")


#: A demonstrative that stands alone for a fact the text told (هذا، ذلك; rules/lexicons/demonstratives.tsv, column fact).
_FACT_DEMONSTRATIVES = marked_words("demonstratives", "fact")


#: Present verbs whose form without vowel marks is also the impersonal passive (يتوقع، يعتقد; rules/lexicons/
#: impersonal_passives.tsv).
_IMPERSONAL_PASSIVES = word_set("impersonal_passives")
#: من or ل with a pronoun right after such a verb: of whom or for what it is expected (يتوقع منه، يتوقع لها).
_FOR_HIM = re.compile(r"\s+(?:من|ل)(?:" + "|".join(PRONOUN_ENDINGS) + r")(?=[\s،,])")


#: The note of a negated cue's draft: it reports that nothing was said, so it yields no quote.
NEGATED = "negated: the cue reports that nothing was said (no quote)"
#: The note of a hypothetical cue's draft (ولو أعلن المدرب أن …): nothing was said, so it yields no quote.
HYPOTHETICAL = "hypothetical: the cue is the verb of a condition (no quote)"
#: Cue classes that only pass on a statement (قال، ذكر، أكد، أعلن، أوضح): negated, they report that nothing was said.
#: Others are left as they are: a negated denial or doubt still asserts (`لم ينف أن …`، `لم يستبعد أن …`), and an
#: appeal, warning or forecast negated is still read as the source's word by the gold (measured: check set).
_SILENT_WHEN_NEGATED = frozenset(("neutral", "assertive", "announcement", "explanatory"))

#: A "cue" right after the word that links a name to the father's or the family's is a name (خالد بن طالب).
_AFTER_NAME_LINK = re.compile(r"(?:^|\s)(?:بن|ابن|بنت|آل|أبو|ابو|أبي|ابي|أبا|ابا)\s*$")
#: "the matter which" right before a cue (الأمر الذي يدعو، وهو الأمر الذي يؤكد): like ما, the writer's inference.
_THE_MATTER_WHICH = re.compile(r"(?:^|[\s،,(])(?:وهو\s+)?(?:ال)?[أا]مر\s+الذي\s*$")
#: Whom a prayer addresses (rules/lexicons/prayed_to.tsv), then its epithets (prayer_epithets.tsv) and the complementizer of
#: the prayer:
#: `داعيا الله عز وجل أن …`، `ودعا فلان الله أن …`، `سائلا المولى بأن …`.
_PRAYED_TO = "|".join(sorted((re.escape(word) for word in word_set("prayed_to")), key=len, reverse=True))
_PRAYER = re.compile(
    r"^\s*(?:[^\s،,.:]+\s+){0,4}?(?<!عبد )(?:"  # (not عبد الله, a name)
    + _PRAYED_TO
    + r")(?:\s+(?:"
    + "|".join(
        re.escape(normalize(epithet)).replace(r"\ ", r"\s+")
        for epithet in sorted(word_set("prayer_epithets"), key=len, reverse=True)
    )
    + r"))?\s+ب?ان\b"
)
#: God right after the verb, its object, with no أن after it: `سائلا الله له الرحمة`، `داعيا المولى بالشفاء`.
_PRAYED_TO_FIRST = re.compile(r"^\s*(?:" + _PRAYED_TO + r")(?!\S)")
#: The cue classes of verbs that pray when God is their object: appeal (دعا، داعيا) and asking (سأل، سائلا).
_PRAYING = frozenset(("appeal", "question"))


def _prayer_between(context: DocumentContext, sentence: SentenceGraph, cue_word: Word, content: Span) -> bool:
    """Whether a verb or participle that prays stands between the cue and its content with God as its object and the
    content as its prayer (`…، داعيا الله أن …`، `…، سائلا المولى عز وجل أن …`): the parse hung the prayer's clause on
    the cue, which said nothing of it."""
    text = context.text
    return any(
        class_of(word, context.lexicons) in _PRAYING and _PRAYER.match(normalize(text[word.end : content.start + 3])) is not None
        for word in sentence.words_within(cue_word.end, content.start)
    )


def _which_says(text: str, cue: Cue, cue_word: Word) -> bool:
    """Whether ما/مما right before the cue is its subject ("which confirms"): not where ما is what the cue's own
    subject said (ما أقرت به بأننا …: a feminine or plural verb, or a resumptive pronoun after it)."""
    if not _WHICH_BEFORE.search(text, max(0, cue.start - 12), cue.start):
        return False
    if cue_word.feat("Gender") == "Fem" or cue_word.feat("Number") in ("Plur", "Dual"):
        return False
    return not _RESUMPTIVE.match(text, cue.end)


def _a_fact_shows(sentence: SentenceGraph, cue_word: Word) -> bool:
    """Whether the cue's subject is a singular demonstrative standing alone right before it, a negation or قد at most
    between them (`وهذا يؤكد خبرته`، `وذلك يكشف عن ضعف الرقابة`، `وهذا لا ينفي أن …`): it stands for a fact the text
    told. Not a demonstrative before its noun (`وأكد هذا المسؤول`, whose noun is the subject), nor one after the verb,
    its object (`أوضح ذلك سامي الحربي`)."""
    if cue_word.upos != "VERB":
        return False
    for child in sentence.children(cue_word.index):
        if child.base_deprel != "nsubj" or child.index > cue_word.index or _FACT_DEMONSTRATIVES.isdisjoint(child.keys):
            continue
        if any(word.upos != "PART" for word in sentence.words[child.index : cue_word.index - 1]):
            continue
        if all(grandchild.upos in ("PUNCT", "CCONJ") for grandchild in sentence.children(child.index)):
            return True
    return False


def _impersonal_passive(context: DocumentContext, sentence: SentenceGraph, cue_word: Word) -> bool:
    """Whether a present verb of expecting or believing that is also the impersonal passive once its vowels are left
    out (rules/lexicons/impersonal_passives.tsv: يتوقع، يعتقد …) has no subject of its own and either من or ل with a
    pronoun right after it (`ولا يتوقع منه أن يصدر …`، `يفترض له أن …`) or, before it, a relative pronoun it does not
    agree with, its clause or preposition right after it (`والتي يتوقع لها أن تكون …`، `المنطقة التي يعتقد أن السفينة
    غرقت فيها`): the passive "it is expected of him, believed", whose subject is the clause; nobody says it (the
    spec: passives with no source are no quotes). `الذي يتوقع أن …` (who expects) stays."""
    if _IMPERSONAL_PASSIVES.isdisjoint(cue_word.keys):
        return False
    subjects = [child for child in sentence.children(cue_word.index) if child.base_deprel == "nsubj"]
    if any(pronoun_gender(subject.text) is None for subject in subjects):
        return False  # a subject of its own
    if subjects:
        following = sentence.word_after(cue_word)
        if following is None or following.upos not in ("SCONJ", "ADP"):
            return False  # (التي يعتقد الاقتصاديون أنها …: the subject after the verb, which the parse made its object)
        return not any(pronoun_gender(subject.text) == "Masc" and may_stand_for_a_thing(subject.text) for subject in subjects)
    return _FOR_HIM.match(context.text, cue_word.end) is not None


#: The last mark of a sentence the tokenizer ended inside a clause (the clause goes on in the next sentence).
_GOES_ON = ("؛", "،", ",", ";")
#: A cue with its speech (a complement clause, a colon or quotation marks), not a bare noun phrase: the rules' confidence.
_SPEECH_CONFIDENCE = 0.65
#: Words that may stand before a cue that opens its sentence: a conjunction or a connective (و، ف، حيث، كما، ثم).
_OPENING_TAGS = frozenset(("CCONJ", "SCONJ", "PUNCT"))


def _negation_notes(context: DocumentContext, sentence: SentenceGraph, cue_word: Word) -> tuple[str, ...]:
    """The note that withholds a negated or hypothetical cue's quote (ولم يعلن المتحدث أن …، ولو أعلن المدرب أن …):
    its draft goes through the speaker passes, so that a cue after it without a subject (إلا أنه لم يعلن …، إلا أنه
    ينفي …) still finds its source, and the quote is left out after them (quotes.api)."""
    if _negated(context, sentence, cue_word):
        return (NEGATED,)
    return (HYPOTHETICAL,) if _hypothetical(context, sentence, cue_word) else ()


def _negated(context: DocumentContext, sentence: SentenceGraph, cue_word: Word) -> bool:
    """`لم يعلن`، `لم يذكر`، `لم يوضح`: a verb that passes on a statement, right after a negating particle
    (rules/lexicons/negation_particles.tsv), reports that nothing was said: no quote (`لم يستبعد أن …` stays one)."""
    negations = context.lexicons.negations
    if negations is None or cue_word.upos != "VERB" or cue_word.index < 2:
        return False
    before = sentence.word(cue_word.index - 1)
    if before.end > cue_word.start or not any(key in negations for key in before.keys):
        return False
    return class_of(cue_word, context.lexicons) in _SILENT_WHEN_NEGATED


#: "what" after a conditional particle (إذا ما أعلن …): the cue is still the condition's verb.
_WHAT = normalize("ما")
#: كان (kana_forms.tsv: quotes.speakers.words.is_kana) and قد between the particle and the cue (لو كنت قد سألت): the
#: condition's past perfect.
#: The particles whose condition is unreal in the past perfect too (لو: conditional_particles.tsv, column counterfactual).
_COUNTERFACTUAL = marked_words("conditional_particles", "counterfactual")
_QAD = normalize("قد")


#: The words of a subject between كان and the cue of a past perfect (كان الوزير الأول قد أعلن).
_SUBJECT_TAGS = frozenset(("NOUN", "PROPN", "ADJ", "X", "DET"))


def _hypothetical(context: DocumentContext, sentence: SentenceGraph, cue_word: Word) -> bool:
    """`ولو أعلن المدرب أن …، فإن …`، `وإذا قال الوزير إن …، فسيكون …`: a cue right after a particle that opens a
    condition (rules/lexicons/conditional_particles.tsv; also after it and ما) is supposed, not reported: no quote.
    A condition inside the content (قال إنه إذا …) is the source's own and is not before the cue."""
    conditionals = context.lexicons.conditionals
    if conditionals is None or cue_word.upos != "VERB":
        return False
    before = [word for word in sentence.words if word.index < cue_word.index and word.end <= cue_word.start]
    perfect = before
    while perfect and (is_kana(perfect[-1]) or perfect[-1].keys[:1] == (_QAD,)):
        perfect = perfect[:-1]  # لو كنت قد سألت: the past perfect of an unreal condition
    kana = next((at for at in range(len(perfect) - 1, max(-1, len(perfect) - 5), -1) if is_kana(perfect[at])), None)
    if kana is not None and all(word.upos in _SUBJECT_TAGS for word in perfect[kana + 1 :]):
        perfect = perfect[:kana]  # لو كان الوزير قد أعلن: كان, its subject, then قد and the cue
    if perfect is not before and perfect and any(key in _COUNTERFACTUAL for key in perfect[-1].keys):
        return True
    before = before[-2:]
    if len(before) == 2 and before[1].keys and before[1].keys[0] == _WHAT:
        before = before[:1]  # إذا ما أعلن
    return bool(before) and any(key in conditionals for key in before[-1].keys)


def _opens_its_sentence(sentence: SentenceGraph, cue: Word) -> bool:
    """Whether the cue opens its sentence, after at most conjunctions and a connective (ونوه، حيث شدد، كما أكد)."""
    before = [word for word in sentence.words if word.index < cue.index]
    return len(before) <= 2 and all(
        word.upos in _OPENING_TAGS or normalize(word.text) in _CONNECTORS for word in before
    )


def _and_names_its_source(text: str, match: Match, draft: Draft | None) -> bool:
    """A cue written with و, followed by its own subject and its speech (… على المتحرشين وقال المحامي فلان: إن …):
    a new clause with a new source starts there, comma or not. Not a cue whose content is a bare noun phrase (a
    rule less sure than a verb with its speech: وتوقعت الشركة أرباحا …)."""
    cue, speaker = match.anchor, match.word("speaker")
    glued = cue.start > 1 and text[cue.start - 1] == "و" and text[cue.start - 2].isspace()
    return (
        glued
        and speaker is not None
        and speaker.start > cue.start
        and draft is not None
        and draft.confidence >= _SPEECH_CONFIDENCE
        and draft.content.start > speaker.start
    )


def _next_clause_of_a_cue(text: str, match: Match, draft: Draft | None, earlier: Sequence[Word]) -> bool:
    """A cue written with و or after a connector (كما، فيما، ثم …), with no subject of its own in the parse, that the
    parse makes the next clause of an earlier cue (its conjunct) or a clause beside it (both hang from the same word as
    conjuncts or parataxis): وأكد الوزير على أهمية … ووجّه بتشكيل لجنة …، … كما وجه الأمير بإنشاء …; a new statement,
    which ends the first one's content, comma or not."""
    cue = match.anchor
    glued = cue.start > 1 and text[cue.start - 1] == "و" and text[cue.start - 2].isspace()
    connected = text[: cue.start].rstrip().endswith(tuple(f" {connector}" for connector in CLAUSE_CONNECTORS))
    if not (glued or connected) or draft is None or match.word("speaker") is not None or cue.base_deprel not in _NEXT_CLAUSE:
        return False
    return any(
        other.index < cue.index and (other.index == cue.head or (other.head == cue.head and other.base_deprel in _NEXT_CLAUSE))
        for other in earlier
    )


#: How the parse hangs a clause that goes on after another: و + verb as its conjunct, or beside it.
_NEXT_CLAUSE = frozenset(("conj", "parataxis"))


@attrs.frozen(eq=False)
class _SentenceCues:
    """A sentence's matches, one per cue word, with their drafts without bounds and where new quotes start in it."""

    chosen: dict[int, Match]
    unbounded: dict[int, Draft | None]
    #: where a new quote starts: the content of the sentence's other cues ends there
    shared: list[int]
    #: … and, for the content of an earlier sentence that runs into this one, also a cue that opens this sentence
    starts: list[int]
    #: where a cue with its own subject starts: the end of a noun phrase's content (a rule less sure than a verb with
    #: its speech: وأكد الوزير على أهمية … كما وجّه الأمير بـ …, the noun phrase stops before the new source's cue)
    sourced: list[int] = attrs.field(factory=list)


#: A connector of contrast right before a word (بينما، في حين، فيما; with و glued to it, or a comma before it).
_CONTRAST_BEFORE = re.compile(r"(?:^|[\s،,؛;(])و?(?:بينما|في حين|فيما)\s*$")


def _after_contrast(text: str, start: int) -> bool:
    """Whether a connector of contrast stands right before `start` (… بينما نفى …، …، في حين قال …)."""
    return _CONTRAST_BEFORE.search(text, max(0, start - 16), start) is not None


def _source_after(context: DocumentContext, sentence: SentenceGraph, verb: Word) -> bool:
    """Whether the verb's subject after it can name a source (بينما نفى محاميه، في حين قال الخبراء): a name, a role, a
    body, a group, a medium, a statement, or what the entity tagger found; not a verbal noun the parse made the subject
    of an impersonal verb (في حين يُتوقع فرض عقوبات)."""
    return any(
        child.base_deprel == "nsubj" and child.index > verb.index and names_someone(context, sentence, child)
        for child in sentence.children(verb.index)
    )


class DocumentAssembler:
    """Builds the drafts of one document from its sentences' matches."""

    def __init__(self, document: ParsedDocument, marks: QuoteMarks, lexicons: Lexicons) -> None:
        self.context = DocumentContext.of(document, marks, lexicons)

    def drafts(self, matches_by_sentence: Sequence[Sequence[Match]]) -> list[Draft]:
        context = self.context
        sentences = context.document.sentences
        found = [self._cue_sites(sentence, matches) for sentence, matches in zip(sentences, matches_by_sentence, strict=True)]
        drafts: list[Draft] = []
        for index, sentence in enumerate(sentences):
            drafts.extend(self._sentence_drafts(sentence, found[index], self._later_openings(index, found)))
        # رابط الخبر بصحيفة الوئام: «صحة حائل» تنفي …: the link line repeats the headline, nobody speaks (spec)
        drafts = [draft for draft in drafts if not context.on_a_link_line(draft.cue.start)]
        kept = without_overlaps(context.text, relayed_by_markers_after(context.text, drafts))
        named = [with_named_person(context, draft, kept) for draft in kept]
        return with_warnings(relayed(context, named), context.marks)

    def role_at(self, mention: Span) -> tuple[Span | None, Span | None]:
        """Where the text names a person source: its full name there and the role given right before it."""
        return role_at(self.context, mention)

    def _cue_sites(self, sentence: SentenceGraph, matches: Sequence[Match]) -> _SentenceCues:
        """One match per cue word (the highest priority wins), each drafted without bounds, and where a new quote
        starts: a participle (…، مشيراً إلى أن) or a cue after a comma; only a cue that makes a quote of its own
        (…، بلغ عدد الركاب: "reached", not speech)."""
        text = self.context.text
        chosen: dict[int, Match] = {}
        for match in sorted(matches, key=lambda found: -found.rule.priority):
            chosen.setdefault(match.anchor.index, match)
        unbounded = {id(match): self._draft(sentence, match, []) for match in chosen.values()}
        viable = [match for match in chosen.values() if unbounded[id(match)] is not None]
        anchors = [match.anchor for match in viable]
        participles = self.context.lexicons.participle_keys
        shared = sorted(
            {
                match.anchor.start
                for match in viable
                if (match.rule.id.startswith("participle") and circumstantial(text, sentence, match.anchor))
                or after_comma(text, match.anchor.start)
                or text[match.anchor.end : match.anchor.end + 2].lstrip().startswith(":")
                or _and_names_its_source(text, match, unbounded[id(match)])
                or _next_clause_of_a_cue(text, match, unbounded[id(match)], anchors)
            }
            | {  # … بينما نفى محاميه ذلك، …، في حين قال الخبراء …: a reporting verb after a connector of contrast, with a
                # subject of its own, opens another source's clause, whether it makes a quote or not (its content may
                # be a pronoun: ذلك); an impersonal one goes on with the same speech (…، في حين يُتوقع فرض عقوبات …)
                word.start
                for word in sentence.words
                if word.upos == "VERB"
                and _after_contrast(text, word.start)
                and class_of(word, self.context.lexicons) is not None
                and _source_after(self.context, sentence, word)
            }
            | {  # a participle cue after a comma starts a new quote even when no rule bound it
                word.start
                for word in (sentence.words if not participles.isdisjoint(sentence.form_keys) else ())
                if not participles.isdisjoint(word.keys) and after_comma(text, word.start)
            }
        )
        # (a cue that opens the sentence, after at most a connective: ونوه …، حيث شدد …)
        opening = [match.anchor.start for match in viable if _opens_its_sentence(sentence, match.anchor)]
        sourced = sorted(match.anchor.start for match in viable if match.word("speaker") is not None)
        return _SentenceCues(chosen, unbounded, shared, sorted(set(shared) | set(opening)), sourced)

    def _later_openings(self, index: int, found: Sequence[_SentenceCues]) -> list[int]:
        """Where new quotes start in the sentences after this one that its clause runs into: a sentence the tokenizer
        ended at a comma or semicolon goes on to the next full stop (`sentence_end`), and a quote that opens there
        (…؛ حيث شدد المجلس على …، …، لافتا إلى أن …) ends the content before it."""
        sentences = self.context.document.sentences
        starts: list[int] = []
        while index + 1 < len(sentences) and char_before_spaces(self.context.text, sentences[index].end) in _GOES_ON:
            index += 1
            starts.extend(found[index].starts)
        # a quotation that never closes runs on past the full stop: the report that opens the next sentence ends it
        # (موضحا "أن الميزانية لا تغطي …. وأضاف فلان أن …: content.quoted_after_cue)
        if index + 1 < len(sentences):
            starts.extend(found[index + 1].starts)
        return starts

    def _sentence_drafts(self, sentence: SentenceGraph, cues: _SentenceCues, later: list[int]) -> list[Draft]:
        drafts = []
        for match in sorted(cues.chosen.values(), key=lambda found: found.anchor.index):
            main = match.word("main")
            own = [main.start] if main is not None and main.index > match.anchor.index else []
            boundaries = sorted(cues.shared + own + later)
            if match.rule.confidence < _SPEECH_CONFIDENCE:
                boundaries = sorted({*boundaries, *(start for start in cues.sourced if start > match.anchor.start)})
            draft = cues.unbounded[id(match)]
            if draft is not None and any(draft.content.start < boundary < draft.content.end for boundary in boundaries):
                draft = self._draft(sentence, match, boundaries)  # a later cue ends this content: draft it again
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _draft(self, sentence: SentenceGraph, match: Match, boundaries: list[int]) -> Draft | None:
        """One match's draft: its cue, the content up to the first of `boundaries`, the speaker slot and hints."""
        context = self.context
        if match.rule.type == "according_to":
            return according_to(context, sentence, match, boundaries)
        cue_word = match.anchor
        cue = cue_at(context.text, cue_word)
        participle = match.rule.id.startswith("participle")
        if participle and adjective_of_noun_before(context.text, sentence, cue_word, context.lexicons.complementizers):
            return None  # سجل المتحف حضورا لافتا: "remarkable", no report
        preposition = match.word("preposition")
        quoted_name = quoted_name_after(context, cue.end, preposition.start if preposition is not None else None)
        site = CueSite(context, sentence, match, cue, quoted_name)
        found = find_content(site, boundaries)
        if found.span is None or (cue.start < found.span.end and cue.end > found.span.start):
            return None
        if found.type == "direct" and named_by_a_heading(context, found.span.start):
            return None  # نشر مقالا بعنوان: «…»، نشرته الصحيفة تحت عنوان «…»: a headline, not speech
        slot = fill_speaker_slot(site, found.span, found.type)
        if slot is None:
            return None
        speaker, role = slot.mention.speaker, slot.mention.role
        if speaker is not None and speaker.start < cue.end and cue.start < speaker.end:
            if not _IN_IT.match(context.text, cue.end):
                return None  # رسالة أوضح، صواريخ يعتقد: a "cue" inside its own subject is an adjective or a passive
            speaker, role = None, None  # أصدرت بيانا أوضحت فيه أن …: the statement is where it was said, not who said it
        if speaker is None and _which_says(context.text, cue, cue_word):
            return None  # …، ما يؤكد استفادتهم من التدريبات: the writer draws the conclusion, nobody says it
        if speaker is None and _a_fact_shows(sentence, cue_word):
            return None  # …، وهذا يؤكد خبرته في الإدارة: the writer says what a fact shows, nobody speaks
        if _impersonal_passive(context, sentence, cue_word):
            return None  # ولا يتوقع منه أن يصدر أحكاما، يتوقع لها أن تكون الأكبر: "it is expected of him", nobody speaks
        if _AFTER_NAME_LINK.search(context.text, max(0, cue.start - 8), cue.start):
            return None  # يؤكد … خالد بن طالب أن …: طالب is the father's name, not "demanded"
        if _THE_MATTER_WHICH.search(context.text, max(0, cue.start - 20), cue.start):
            return None  # …، الأمر الذي يدعو المنظمات إلى …: "which calls for", the matter is the subject, nobody speaks
        after_cue = normalize(context.text[cue.end : cue.end + 80])
        if class_of(cue_word, context.lexicons) in _PRAYING and (_PRAYER.match(after_cue) or _PRAYED_TO_FIRST.match(after_cue)):
            return None  # داعيا الله عز وجل أن يعيده على الجميع بالخير، سائلا الله له الرحمة: a prayer, not a report
        if _prayer_between(context, sentence, cue_word, slot.content):
            return None  # وأشاد الأمير بجهود رجال الأمن، داعيا الله أن يحفظهم: the clause is the prayer's, not the praise's
        hint = main_clause_hint(site)
        if speaker is None and hint is not None and hint.speaker is not None and under_kana(match):
            speaker, role = hint.speaker, hint.role  # وكان فلان رئيس اللجنة قد قال: كان's subject is the cue's own
        going_on = going_on_subject(site) if speaker is None else None
        if going_on is not None and going_on.speaker is not None:
            speaker, role = going_on.speaker, going_on.role  # ومضى الوزير يقول إن …: who went on saying
        if hint is None and speaker is None and _IN_IT.match(context.text, cue.end):
            hint = statement_issuer_hint(site)  # أصدرت الوزارة بيانا قالت فيه: whoever issued the statement
        return Draft(
            sentence_index=sentence.index,
            type=found.type,
            content=slot.content,
            cue=cue,
            cue_class=class_of(cue_word, context.lexicons),
            speaker=speaker,
            role=with_abbreviation_period(sentence, role, context.text) if speaker is not None else None,
            via=find_via(site, slot.content.start),
            speaker_hint=hint.speaker if hint is not None else None,
            hint_role=hint.role if hint is not None else None,
            cue_gender=written_gender(cue_word) if participle else cue_word.feat("Gender"),
            cue_number=written_number(cue_word) if participle else cue_word.feat("Number"),
            match=match,
            extra_bindings=span_bindings(
                sentence, (("speaker_mention", speaker), ("role", role if speaker else None)), slot.mention.notes
            ),
            priority=match.rule.priority,
            confidence=match.rule.confidence,
            notes=found.notes + slot.notes + slot.mention.notes + _negation_notes(context, sentence, cue_word),
        )


#: The endings of a participle written in the plural (مؤكدين، مشيرون، مؤكدات; مؤكدين is the dual too).
_PLURAL_ENDINGS = ("ين", "ون", "ات")


def written_number(participle: Word) -> str | None:
    """A participle cue's number as written: مؤكدين، مشيرون، مطالبات are plural whatever the tagger read (it often
    reads مؤكدين as a singular adjective), مؤكدا singular; the tagger's reading otherwise, and where it read none (a
    participle tagged an adverb: `.. مشيراً إلى أن …`) the singular of the accusative's alif or of ة."""
    written = strip_conjunction(normalize(participle.text))
    if written.endswith(_PLURAL_ENDINGS):
        return "Plur"
    number = participle.feat("Number")
    if number is None and written.endswith(_SINGULAR_ENDINGS):
        return "Sing"
    return number


#: The endings of a singular participle written in the accusative (مشيرا، مؤكدة، مشيرة: normalised).
_SINGULAR_ENDINGS = ("ا", "ه")


def written_gender(participle: Word) -> str | None:
    """A participle cue's gender: the tagger's reading, and where it read none (a participle tagged an adverb) as
    written: feminine with ة or the feminine plural ات (مؤكدة، مطالبات), masculine otherwise (مشيرا، مؤكدين)."""
    gender = participle.feat("Gender")
    if gender is not None:
        return gender
    written = strip_conjunction(normalize(participle.text))
    return "Fem" if written.endswith(("ه", "ات")) else "Masc"
