"""The speaker slot of one quote: its source's mention and role, filled by ordered passes.

The slot starts from the bound subject's mention (`subject`); each pass in
`SPEAKER_PASSES` then looks at it in turn: the first noun after the cue where
the parse gave no subject, a quoted name right after the cue, a name the parse
took for the content, a titled noun whose quotation is its name (no quote at
all), the words of the subject's phrase where they show a name the parse
missed, a coordinated subject, a "speaker" inside the content. Besides the
slot, a quote keeps its transmitter (`via`) and, as a hint for a cue with no
subject, its main clause's subject.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from quotes.drafts.aside_subject import subject_before_aside
from quotes.drafts.context import CueSite, DocumentContext
from quotes.drafts.nominal_subject import nominal_between
from quotes.drafts.quotations import title_after_quoted_name
from quotes.drafts.spans import trim
from quotes.drafts.subject import (
    act_after_verb,
    allowed_as_speaker,
    described,
    genitive_after,
    own_speech,
    prays_for_someone,
    usable_speaker,
)
from quotes.drafts.subject_mention import (
    RELATIVE_CLAUSE_SUBJECT,
    before_a_place,
    before_the_object,
    from_tagged_name_start,
    grow_mention,
    through_tagged_name,
)
from quotes.drafts.words import LEADING_PREPOSITIONS, VOCATIVES, class_of, could_be_source, names_a_source, opens_noun_complement
from quotes.grammar.loader import word_set
from quotes.graph import SentenceGraph, Word
from quotes.match import Match
from quotes.model import Span
from quotes.normalize import normalize, strip_article, strip_conjunction
from quotes.quotemarks import marked_name_end, unclosed_name_end
from quotes.speakers import Mention, describe_speaker, is_time, phrase_between, pronoun_suffixed
from quotes.speakers.words import NAME_TAGS, RELATIVE_PRONOUNS, dual_or_plural, given_name_before_family, is_role_word, surface


@attrs.frozen
class SpeakerSlot:
    """The speaker slot as the passes fill it: the word taken for the source, its mention, the content (a pass
    may move its start past a name), and what the passes did."""

    word: Word | None
    mention: Mention
    content: Span
    notes: tuple[str, ...] = ()


def fill_speaker_slot(site: CueSite, content: Span, quote_type: str) -> SpeakerSlot | None:
    """The bound subject's mention, then each pass in order; None where a pass finds that the content is not
    speech after all."""
    context, sentence, match = site.context, site.sentence, site.match
    # a cue in a clause that describes a noun (نبوءةٌ تقول إن …) is that noun's speech
    word = usable_speaker(context, match) or described(context, sentence, match)
    if word is not None and content.start > site.cue.start and word.start >= content.start:
        word = None  # a small parser's "subject" inside the content
    limit = content.start
    if word is not None and word.index < match.anchor.index:
        # (كانت جانيت يلين رئيسة مجلس الاحتياطي | قد قالت: the cue's own particles are no part of the subject's title)
        limit = min(limit, _particles_start(sentence, match.anchor, site.cue.start, after=word))
    found = grow_mention(context, sentence, word, limit=limit, content_head=match.word("content"), cue=match.anchor)
    found = _before_content(context, found, content)
    content = _content_after_its_subject(context, sentence, found, content)
    slot = SpeakerSlot(word=word, mention=found, content=content)
    for fill in SPEAKER_PASSES:
        filled = fill(site, quote_type, slot)
        if filled is None:
            return None
        slot = filled
    return slot


def _before_content(context: DocumentContext, mention: Mention, content: Span) -> Mention:
    """A speaker that runs into the content after it ends before it (ويقول درامي "أنا …": the parse hung the
    quotation's first word under the name), without the quotation mark that opens the content."""
    speaker = mention.speaker
    if speaker is None or not speaker.start < content.start < speaker.end:
        return mention
    clipped = trim(context.text, speaker.start, content.start)
    if clipped is not None:
        while clipped.end > clipped.start and context.text[clipped.end - 1] in '"«“ ':
            clipped = Span.from_offsets(context.text, clipped.start, clipped.end - 1)
    if clipped is None or not clipped.text.strip():
        return mention
    return attrs.evolve(mention, speaker=clipped, notes=(*mention.notes, "speaker cut where the content starts"))


def _content_after_its_subject(context: DocumentContext, sentence: SentenceGraph, mention: Mention, content: Span) -> Span:
    """`المهاجم الذي أكدت | الإدارة | التعاقد معه`: the subject of a relative clause whose pronoun is the verb's object
    (grow_mention) is where the parse started the content; the content starts after it, past a time word or the cue's
    preposition (`الذي أعلنت الشرطة أمس عن | اعتقاله`)."""
    speaker = mention.speaker
    if speaker is None or RELATIVE_CLAUSE_SUBJECT not in mention.notes or speaker.start != content.start or speaker.end >= content.end:
        return content
    rest = sentence.words_starting(speaker.end, content.end)
    while rest and (
        is_time(rest[0])
        or rest[0].upos == "PUNCT"
        or (rest[0].upos == "ADP" and any(key in LEADING_PREPOSITIONS for key in rest[0].keys))
    ):
        rest = rest[1:]
    if not rest:
        return content
    return trim(context.text, rest[0].start, content.end) or content


def first_noun_after_cue(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """No subject in the parse, or only a relative pronoun (الذي ذكر فيه دبلوماسي …): the first noun between the
    cue and the content."""
    if slot.mention.speaker is not None or "speaker" not in {node.name for node in site.match.rule.nodes}:
        return slot
    if under_kana(site.match) and site.match.word("main_speaker") is not None:
        return slot  # وكان الرئيس الأميركي قال … مع الرئيس الكيني فلان "…": كان's subject is the speaker (main_clause_hint)
    if site.match.word("main_speaker") is not None and _participle_cue(site.context, site.match.anchor):
        return slot  # …، واصفة أنقرة بأنها …: what a participle describes or urges, not who speaks (the main clause's subject)
    nominal = nominal_between(site.context, site.sentence, site.match.anchor, slot.content.start)
    if nominal is None:
        return slot
    if not allowed_as_speaker(site.match, nominal) and not given_name_before_family(site.sentence, nominal):
        return slot  # (the rules refuse صباح as a subject: the morning; صباح | الخالد is a given name)
    if own_speech(site.context, site.sentence, nominal):
        return slot  # واختتم حديثه بأن …: his talk is what he concluded, not who spoke
    if prays_for_someone(site.context, nominal):
        return slot  # كما قال عليه الصلاة والسلام: …: the prayer for the Prophet, who speaks
    if act_after_verb(site.context, site.sentence, site.match.anchor, nominal):
        return slot  # وجدد التأكيد على أن …: the affirmation renewed, not who renewed it
    found = grow_mention(
        site.context, site.sentence, nominal, limit=slot.content.start, content_head=site.match.word("content")
    )
    if nominal.upos == "NOUN" and not _may_speak(site.context, site.sentence, nominal) and not _names_someone(site, found):
        return slot  # يتمنى العودة إلى …، كتب رسالتين، ينتقد هذا التركيز: the verb's object, no one who speaks
    note = "speaker: the first noun between the cue and the content (no nsubj in the parse)"
    return SpeakerSlot(word=nominal, mention=found, content=slot.content, notes=(*slot.notes, note))


def _participle_cue(context: DocumentContext, cue_word: Word) -> bool:
    """Whether the cue is a reporting participle (مؤكدا، واصفة، مطالبين): a circumstance of the main clause, whose
    subject speaks; the noun after it is its object (واصفا الخطوة بأنها …، مطالبا الحكومة بـ …)."""
    return any(key in context.lexicons.participles for key in cue_word.keys)


def subject_before_its_aside(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """No subject in the parse: the subject written before the verb and closed off from it by an aside between commas
    (`أما فلانة، التي تدير …، فترى أن …`; aside_subject.subject_before_aside); the aside is the role when a role noun heads
    it (`فلان، ناشر مجلة …، قال`)."""
    if slot.mention.speaker is not None or "speaker" not in {node.name for node in site.match.rule.nodes}:
        return slot
    cue_word = site.match.anchor
    if cue_word.upos != "VERB" or cue_word.feat("Person") in ("1", "2") or site.cue.start >= slot.content.start:
        return slot
    found = subject_before_aside(site.context, site.sentence, cue_word)
    if found is None or not allowed_as_speaker(site.match, found.head):
        return slot
    mention = grow_mention(site.context, site.sentence, found.head, limit=found.end, content_head=site.match.word("content"))
    if mention.speaker is None or mention.speaker.end > found.end:
        return slot
    if found.role is not None:
        mention = attrs.evolve(mention, role=trim(site.context.text, found.role.start, found.role.end) or mention.role)
    note = "speaker: the subject before the verb, closed off from it by an aside between commas"
    # (no word for the later passes: their phrase would run on from it through the aside up to the cue)
    return SpeakerSlot(word=None, mention=mention, content=slot.content, notes=(*slot.notes, note))


def _names_someone(site: CueSite, mention: Mention) -> bool:
    """Whether a mention holds a name the entity tagger put in a person or a body, or a listed given name (أكد البرتغالي
    | جوزيه غوميز: a nationality, then the name)."""
    speaker, context = mention.speaker, site.context
    return speaker is not None and any(
        context.tagged_person_or_body(site.sentence, word) or any(key in context.lexicons.names for key in word.keys)
        for word in site.sentence.words_within(speaker.start, speaker.end)
    )


def quoted_name(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """`وقال "صالح السرحاني" لـ"سبق": …`: the quoted name right after the cue, unless the mention starts before it."""
    segment = site.quoted_name
    if segment is None or segment.end > slot.content.start or site.context.text[site.cue.end : segment.open_at].strip():
        return slot  # (a quoted description after the subject is no name: نفى فيصل العمراني "والد الطالبة" …)
    name = trim(site.context.text, segment.start, segment.end)
    if name is None or (slot.mention.speaker is not None and segment.start > slot.mention.speaker.start):
        return slot
    title_end = title_after_quoted_name(site.context, segment.close_at + 1) if segment.close_at is not None else None
    role = trim(site.context.text, segment.close_at + 1, title_end) if segment.close_at is not None and title_end is not None else None
    found = Mention(speaker=name, role=role, head=None)  # وقال "جون كول" المدير التنفيذي للتكنولوجيا بالشركة: …
    return SpeakerSlot(word=None, mention=found, content=slot.content, notes=(*slot.notes, "speaker: the quoted name right after the cue"))


def name_out_of_content(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """`وكشف الناطق الإعلامي … العقيد عاطي بن عطية القرشي عن رصد …`: a small parser takes the name after a
    long role for the object; the name belongs to the speaker and the content starts after it."""
    word, content, sentence = slot.word, slot.content, site.sentence
    if quote_type != "indirect" or site.match.word("complementizer") is not None or word is None:
        return slot
    if word.start >= content.start:
        return slot
    limit = next(
        (
            following.start
            for following in sentence.words
            if content.start < following.start < content.end
            and (following.upos == "PUNCT" or any(key in LEADING_PREPOSITIONS for key in following.keys))
        ),
        content.end,
    )
    wide = _phrase_from(site.context, sentence, word, limit)
    if wide is None or wide.speaker is None or wide.speaker.start != content.start:
        return slot
    rest = sentence.words_starting(wide.speaker.end, content.end)
    while rest and rest[0].upos == "ADP" and any(key in LEADING_PREPOSITIONS for key in rest[0].keys):
        rest = rest[1:]
    if not rest:
        return slot
    trimmed = trim(site.context.text, rest[0].start, content.end)
    if trimmed is None:
        return slot
    note = "the name the parse took for the content belongs to the speaker"
    return SpeakerSlot(word=word, mention=wide, content=trimmed, notes=(*slot.notes, note))


def not_a_title(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot | None:
    """`كتب معرض "من هنا ننهض بمنتجاتنا" قصة نجاح`: quoted content right after a titled noun of the subject
    (معرض، برنامج، حملة) is its name, and no quote."""
    titled = site.context.lexicons.titled
    found = slot.mention.speaker
    if quote_type != "direct" or slot.word is None or found is None or titled is None:
        return slot
    if not any(strip_article(key) in titled for key in slot.word.keys):
        return slot
    opening = slot.content.start - 1
    while opening > 0 and site.context.text[opening] in "\"«“ ":
        opening -= 1
    return None if found.start <= opening < found.end + 1 and found.end <= slot.content.start else slot


def phrase_words(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """Trust the words of the subject's phrase when they show a name the parse missed: between cue and content
    (VSO), or between the subject and the cue (SVO: اللاعب محمد العلي أكد أنه …)."""
    word, found, cue_word = slot.word, slot.mention, site.match.anchor
    limit = slot.content.start
    if word is None or word.start >= limit:
        return slot
    if word.index < cue_word.index:
        # (كانت سارة المالكي رئيسة مجلس الإدارة | قد قالت: the cue's own particles are no part of the title)
        limit = _particles_start(site.sentence, cue_word, cue_word.start, after=word)
    limit = _before_relative_clause(site.sentence, word, limit)
    phrase = _phrase_from(site.context, site.sentence, word, limit)
    if word.upos in NAME_TAGS and word.index > cue_word.index and phrase is not None and phrase.speaker is not None:
        complement = _cue_complement_start(site.sentence, cue_word, word, limit)
        if complement is not None and phrase.speaker.start >= complement:
            # (وأشار إردوغان | إلى لقائه بنظيره الأميركي باراك أوباما: the name the phrase found is in the complement)
            phrase = _phrase_from(site.context, site.sentence, word, complement)
    if phrase is None or phrase.speaker is None:
        return slot
    if found.speaker == phrase.speaker:
        # the parse found the same name: keep its role, or take the one the words show
        if found.role is not None or phrase.role is None:
            return slot
        return attrs.evolve(slot, mention=attrs.evolve(found, role=phrase.role))
    mention = Mention(
        speaker=phrase.speaker, role=phrase.role or found.role, head=phrase.head, notes=found.notes + phrase.notes
    )
    return attrs.evolve(slot, mention=mention)


def tagged_name(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """A name the entity tagger reads on past where the phrase's words ended it (`الشيخ صالح | لنجف`)."""
    speaker, limit = slot.mention.speaker, slot.content.start
    if speaker is not None and speaker.end <= site.cue.start:
        limit = min(limit, site.cue.start)  # (SVO: the name ends before the cue)
    mention = through_tagged_name(site.context, site.sentence, slot.mention, limit)
    # (and one that starts further back than the phrase's words: لاعب كرة السلة الأمريكي ليبرون | جيمس)
    mention = from_tagged_name_start(site.context, site.sentence, mention)
    # (and one that runs on past the tagger's person into the verb's object: ووصفت هدى | تنظيم المعرض بأنه …)
    mention = before_the_object(site.context, site.sentence, mention)
    # (and one that runs on into a place, the verb's object: ودعا روبن | واشنطن ولندن إلى …)
    mention = before_a_place(site.context, site.sentence, mention)
    return slot if mention is slot.mention else attrs.evolve(slot, mention=mention)


def conjuncts(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """`دبلوماسي روسي سابق ومحللان`: a coordinated subject the parser hung from the verb belongs to the speaker."""
    speaker, limit, sentence = slot.mention.speaker, slot.content.start, site.sentence
    if speaker is None or speaker.start < site.match.anchor.start:
        return slot
    following = sentence.words_starting(speaker.end, limit)
    # (سابق: an adjective of the first conjunct the parse hung elsewhere stays with it)
    skipped = next((i for i, word in enumerate(following) if word.upos != "ADJ" or is_time(word)), len(following))
    following = following[skipped:]
    if len(following) < 2 or following[0].upos != "CCONJ" or following[0].end != following[1].start:
        return slot
    conjunct = following[1]
    people = conjunct.upos == "ADJ" and dual_or_plural(conjunct)  # محللان tagged an adjective
    if (conjunct.upos not in ("NOUN", "PROPN", "X") and not people) or conjunct.base_deprel != "conj":
        return slot
    if pronoun_suffixed(sentence, conjunct):
        return slot  # منظمة حقوق الإنسان الدولية ومقرها جنيف: a conjunct with its own pronoun is about the speaker
    # منظمة الأغذية والزراعة أمس (الخميس): the time the parse hung on the conjunct is not part of the name
    end = max(
        word.end
        for word in sentence.subtree(conjunct.index)
        if word.start < limit and (word is conjunct or (not is_time(word) and word.upos != "PUNCT"))
    )
    widened = Span.from_offsets(site.context.text, speaker.start, end)
    return attrs.evolve(slot, mention=attrs.evolve(slot.mention, speaker=widened))


def name_in_marks(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """`ذكرت صحيفة «الشرق الأوسط» أن`, `دعت حملة (السكر صديق أم عدو) إلى`: the name in quotation marks or parentheses
    right after a medium's or a titled noun's head is part of the speaker; so is the rest of a name whose closing mark
    the phrase left out (`مجلة "المجلة`)."""
    found, text, limit = slot.mention.speaker, site.context.text, slot.content.start
    if found is None or found.end > limit:
        return slot
    end = unclosed_name_end(text, found.start, found.end, limit)
    if end is None:
        words = site.sentence.words_starting(found.start, found.end)
        if words and any(strip_article(key) in site.context.lexicons.named_in_marks for key in words[-1].keys):
            end = marked_name_end(text, found.end, limit)
    if end is None:
        return slot
    widened = Span.from_offsets(text, found.start, end)
    note = "speaker: the name in marks after it"
    return attrs.evolve(slot, mention=attrs.evolve(slot.mention, speaker=widened), notes=(*slot.notes, note))


def outside_content(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """A speaker inside the content is none (a small parser's "subject" there); but `قال الوزير إن "داعش" …`:
    where the parse took the content's first word for a name in apposition, the role before it is the speaker."""
    found, content = slot.mention, slot.content
    speaker = found.speaker
    if speaker is None or not (speaker.start >= content.start and speaker.end <= content.end):
        return slot
    if found.role is not None and found.role.end <= content.start and found.head is not None:
        return attrs.evolve(slot, mention=Mention(speaker=found.role, role=found.role, head=found.head))
    return attrs.evolve(slot, mention=attrs.evolve(found, speaker=None))


def interviewee(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot:
    """`أجرت الصحيفة حوارا مع اللاعب ماركو سيلفا قال فيه: …`: a cue with no subject that speaks "in it" (فيه، فيها)
    after an interview noun of its sentence (حوار، مقابلة، لقاء) is the speech of the one the interview was with (مع)."""
    if slot.mention.speaker is not None:
        return slot
    context, sentence, cue_word = site.context, site.sentence, site.match.anchor
    speech = context.lexicons.speech_nouns
    in_it = any(
        child.upos == "PRON"
        and child.base_deprel == "obl"
        and any(normalize(grand.text) == "في" for grand in sentence.children(child.index) if grand.base_deprel == "case")
        for child in sentence.children(cue_word.index)
    )
    if speech is None or not in_it:
        return slot
    media = context.lexicons.media
    for noun in reversed(sentence.words[: cue_word.index - 1]):
        if noun.upos != "NOUN" or not any(strip_article(key) in speech for key in (*noun.keys, noun.lemma_key)):
            continue  # (حوارا: the accusative's alif is on the form, not the lemma)
        partner = next(
            (
                child
                for child in sentence.children(noun.index)
                if child.base_deprel == "nmod"
                and any(normalize(grand.text) == "مع" for grand in sentence.children(child.index) if grand.base_deprel == "case")
            ),
            None,
        )
        if partner is None or not _may_speak(context, sentence, partner):
            return slot
        if media is not None and any(strip_article(key) in media for key in (*partner.keys, partner.lemma_key)):
            return slot  # في لقاء مع الصحيفة قال فيه: the medium asked; the speaker is someone else
        found = grow_mention(context, sentence, partner, limit=site.cue.start, content_head=cue_word)
        if found.speaker is None:
            return slot
        note = "speaker: the one the interview before the cue was with (حوار مع …، قال فيه)"
        return SpeakerSlot(word=partner, mention=found, content=slot.content, notes=(*slot.notes, note))
    return slot


def not_addressed(site: CueSite, quote_type: str, slot: SpeakerSlot) -> SpeakerSlot | None:
    """`واعلم أيها الأخ المسلم أن …`: a vocative right after the verb makes it an address to someone (an imperative,
    however the tagger read it), and no report: no quote."""
    following = site.sentence.word_after(site.match.anchor)
    # (as written: a small tokenizer splits أيها into أي + ها)
    written = normalize(surface(following, site.context.text)) if following is not None else ""
    return None if written in VOCATIVES else slot


#: The speaker passes, in order: each sees the slot the earlier ones left, None drops the quote.
SPEAKER_PASSES: tuple[Callable[[CueSite, str, SpeakerSlot], SpeakerSlot | None], ...] = (
    not_addressed,
    first_noun_after_cue,
    subject_before_its_aside,
    quoted_name,
    name_out_of_content,
    not_a_title,
    phrase_words,
    tagged_name,
    conjuncts,
    name_in_marks,
    outside_content,
    interviewee,
)


#: The prepositions of a reporting verb's own complement (أشار إلى، أكد على، أعرب عن).
_COMPLEMENT_PREPOSITIONS = frozenset(normalize(word) for word in ("إلى", "الى", "على", "عن"))


def _cue_complement_start(sentence: SentenceGraph, cue_word: Word, name: Word, limit: int) -> int | None:
    """Where the cue's own prepositional complement after a subject that is a name starts (`وأشار إردوغان | إلى لقائه
    بنظيره الأميركي باراك أوباما، قائلا`): whom that complement names is not the speaker."""
    for child in sentence.children(cue_word.index):
        if child.base_deprel != "obl" or child.index <= name.index or child.start >= limit:
            continue
        cases = [word for word in sentence.children(child.index) if word.base_deprel == "case"]
        case = next((word for word in cases if normalize(word.text) in _COMPLEMENT_PREPOSITIONS), None)
        if case is not None and case.index > name.index:
            return case.start
    return None


def _before_relative_clause(sentence: SentenceGraph, word: Word, limit: int) -> int:
    """`limit`, or the start of a relative pronoun after `word` before it (`ويؤكد كولو عبدالرشيد، | الذي يقود جماعة
    … إن …`): the clause it opens describes the speaker and names nobody."""
    for later in sentence.words[word.index :]:
        if later.start >= limit:
            break
        if strip_conjunction(normalize(later.text)) in RELATIVE_PRONOUNS:
            return later.start
    return limit


def _phrase_from(context: DocumentContext, sentence: SentenceGraph, word: Word, limit: int) -> Mention | None:
    return phrase_between(
        sentence,
        word,
        context.text,
        limit=limit,
        roles=context.lexicons.roles,
        honorifics=context.lexicons.honorifics,
        names=context.lexicons.names,
        prayers=context.lexicons.prayers,
    )


def find_via(site: CueSite, limit: int) -> Span | None:
    """The transmitter the rule bound (نقلت رويترز عن …): its mention, up to `limit`, and never into the source's phrase
    (`نقلت الوكالة | عن النائب العام …` where the parse hung the عن phrase on the transmitter)."""
    via_word = site.match.word("via")
    if via_word is None:
        return None
    source_case = site.match.word("speaker_case")
    before_source = source_case.index if source_case is not None and source_case.index > via_word.index else None
    return describe_speaker(
        site.sentence,
        via_word,
        site.context.text,
        roles=site.context.lexicons.roles,
        honorifics=site.context.lexicons.honorifics,
        limit=limit,
        prayers=site.context.lexicons.prayers,
        stop_at=before_source,
    ).speaker


def main_clause_hint(site: CueSite) -> Mention | None:
    """The subject of the clause the cue hangs from, if it agrees with the cue: a hint for a cue without one."""
    context, sentence, match = site.context, site.sentence, site.match
    cue_word = match.anchor
    hint_word = match.word("main_speaker")
    main_word = match.word("main")
    if main_word is not None and (_reported(context, sentence, main_word) or _cue_between(context, sentence, main_word, cue_word)):
        return None  # قال إن المعادلة تغيرت، مضيفاً أن …: the participle goes on the report, not the reported clause
    if hint_word is not None and not could_be_source(context.text, sentence, hint_word):
        hint_word = None
    if hint_word is not None and own_speech(context, sentence, hint_word):
        hint_word = None  # وختم حديثه قائلا: his talk is what he concluded; the participle speaks for who spoke before
    if hint_word is not None:
        hint_word = _speaker_of_speech(context, sentence, hint_word)
    if hint_word is not None and _disagree_in_gender(sentence, hint_word, cue_word):
        hint_word = None  # تواصلت الصحيفة مع …، فأكد: the masculine verb has another subject
    if (
        hint_word is not None
        and not under_kana(match)  # وكانت المدارس الأهلية أعلنت أن …: كان's subject is the cue's own, whatever it is
        and (
            # لكن طال انتظار الموافقة، وقال: …; وسيقام هذا المعرض …، مؤكدا; وأبدى إعجابه بـ …، مشيرا: what waited, what
            # is held or one's own feeling is no one who speaks
            cue_word.upos == "VERB"
            or _pointed_at(sentence, hint_word)
            or pronoun_suffixed(sentence, hint_word)
            # الدورات التي تقدمها جاءت بعد خبرة …، مشيرة: what came, of a verb that reports nothing, is no one who
            # speaks (a body the lexicons miss still speaks where its verb reports: نفت الشئون الصحية …، مؤكدة)
            or (main_word is not None and main_word.upos == "VERB" and class_of(main_word, context.lexicons) is None)
        )
        and not _may_speak(context, sentence, hint_word)
    ):
        hint_word = None
    if hint_word is not None and _act_of_light_verb(context, sentence, hint_word):
        hint_word = None  # لذلك يتم توجيه هؤلاء الأطفال إلى …، مضيفةً أنه …: the act done speaks for no one
    if hint_word is not None and opens_noun_complement(context, hint_word):
        hint_word = None  # ونفى وجود أي تقصير، مضيفا أن …: what was denied speaks for no one
    if (
        hint_word is None
        and main_word is not None
        and could_be_source(context.text, sentence, main_word)  # (not يا, the vocative the parse made a subject)
        and (
            names_a_source(context.lexicons, main_word)
            or (main_word.base_deprel == "nsubj" and not _act_of_light_verb(context, sentence, main_word))
        )
    ):
        hint_word = main_word  # سخر أوباما قائلاً: the participle hangs from its speaker
    if hint_word is None:
        return None
    limit = _particles_start(sentence, cue_word, site.cue.start, after=hint_word)
    mention = grow_mention(context, sentence, hint_word, limit=limit, content_head=cue_word)
    if hint_word.upos not in NAME_TAGS and hint_word.index < cue_word.index and is_role_word(hint_word, context.lexicons.roles):
        # أثنى الزائر للمهرجان | خالد العتيبي بالتنظيم، مشيراً: the name after the title's complement, which the parse
        # hung on that complement, is who goes on speaking
        phrase = _phrase_from(context, sentence, hint_word, _before_relative_clause(sentence, hint_word, limit))
        if phrase is not None and phrase.speaker is not None and phrase.speaker.start > hint_word.start:
            return Mention(speaker=phrase.speaker, role=phrase.role or mention.role, head=phrase.head, notes=mention.notes + phrase.notes)
    return mention


#: The relations of a verb's own particles written before it (قد، لقد، لم، لن، سوف، لا).
_PARTICLE_RELATIONS = frozenset(("aux", "advmod", "mark", "compound"))  # compound:prt too


def _particles_start(sentence: SentenceGraph, cue_word: Word, cue_start: int, *, after: Word) -> int:
    """Where the cue's own particles begin in the run of words right before it (`وكان فلان رئيس اللجنة | قد قال`): the
    main clause's subject and its title end there, not at the cue (`cue_start`, with its و)."""
    start = cue_start
    index = cue_word.index - 1
    while index > after.index:
        word = sentence.word(index)
        if word.head != cue_word.index or word.base_deprel not in _PARTICLE_RELATIONS or word.upos not in ("PART", "AUX", "ADV"):
            break
        start = min(start, word.start)
        index -= 1
    return start


_KANA = normalize("كان")


def _subject_of(sentence: SentenceGraph, verb: Word) -> Word | None:
    """The verb's subject; in a past perfect, كان's (`وكانت القيادة قد أصدرت بيانا`: the parse gives كان the subject
    and hangs the verb from it)."""
    holders = [verb]
    kana = sentence.parent(verb.index) if verb.base_deprel == "xcomp" else None
    if kana is not None and kana.lemma_key == _KANA and kana.index < verb.index:
        holders.append(kana)
    return next((child for holder in holders for child in sentence.children(holder.index) if child.base_deprel == "nsubj"), None)


def under_kana(match: Match) -> bool:
    """Whether the cue is the verb of a past perfect or progressive under كان before it (`وكان فلان قد قال …`،
    `وكانت الوزارة قد أعلنت …`): the parse hangs the cue from كان and gives كان the subject, which is the cue's own,
    so the main clause's subject (main_clause_hint) is the speaker, not only a hint."""
    main, cue_word = match.word("main"), match.anchor
    return main is not None and main.index < cue_word.index and main.lemma_key == _KANA and cue_word.base_deprel == "xcomp"


#: Verbs that carry a verb of saying as "went on saying" (مضى، تابع، استطرد: rules/lexicons/going_on_verbs.tsv).
_GOING_ON_VERBS = word_set("going_on_verbs")


def going_on_subject(site: CueSite) -> Mention | None:
    """`ومضى الوزير يقول إن …`، `وتابعت الصحيفة تقول إن …`: a verb of saying without a subject of its own that the parse
    hangs, as its clause, on a verb of going on before it speaks for that verb's subject; None where there is none."""
    sentence, cue_word = site.sentence, site.match.anchor
    verb = sentence.parent(cue_word.index)
    if verb is None or cue_word.base_deprel not in ("ccomp", "xcomp") or verb.index > cue_word.index or verb.upos != "VERB":
        return None
    if cue_word.upos != "VERB" or cue_word.feat("Aspect") != "Imp":
        return None  # (يقول، تقول، يضيف: the imperfect that "went on" carries; a participle has its own main clause)
    if not any(strip_conjunction(key) in _GOING_ON_VERBS for key in (verb.lemma_key, *verb.keys)):
        return None
    subject = next(
        (child for child in sentence.children(verb.index) if child.base_deprel == "nsubj" and verb.index < child.index < cue_word.index),
        None,
    )
    if subject is None or subject.upos not in ("NOUN", "PROPN", "X"):
        return None
    limit = _particles_start(sentence, cue_word, site.cue.start, after=subject)
    return grow_mention(site.context, sentence, subject, limit=limit, content_head=cue_word)


def statement_issuer_hint(site: CueSite) -> Mention | None:
    """`أصدرت وزارة الداخلية بيانا قالت فيه إن …`، `وجاء ذلك في بيان لوزارة الخارجية أكدت فيه أن …`: a cue with no
    subject and "in it" after it speaks for whoever issued the statement the sentence named last before it: the
    statement's genitive (بيان الوزارة، تصريحات للحكومة), else the subject of the verb whose object it is (أصدرت …
    بيانا). A hint only: the resolver decides."""
    context, sentence, cue_word = site.context, site.sentence, site.match.anchor
    speech = context.lexicons.speech_nouns
    if speech is None:
        return None
    statement = next(
        (
            word
            for word in reversed(sentence.words_ending_by(cue_word.start))
            if word.upos == "NOUN" and any(strip_article(key) in speech for key in (*word.keys, word.lemma_key))
        ),
        None,
    )
    if statement is None:
        return None
    owner = genitive_after(
        sentence,
        statement,
        lambda child: child.upos in ("NOUN", "PROPN", "X")
        and (child.index == statement.index + 1 or any(normalize(case.text) == "ل" for case in sentence.children(child.index))),
    )
    if owner is None and statement.base_deprel == "obj" and statement.head > 0:
        owner = _subject_of(sentence, sentence.word(statement.head))
    if owner is None or owner.start >= site.cue.start or not could_be_source(context.text, sentence, owner):
        return None
    if _disagree(owner, cue_word, "Gender") or not _may_speak(context, sentence, owner):
        return None
    limit = statement.start if owner.start < statement.start else site.cue.start
    return grow_mention(context, sentence, owner, limit=limit, content_head=cue_word)


def _act_of_light_verb(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Whether `word` is the subject of a light verb (rules/lexicons/light_verbs.tsv: تم، يتم، جرى): the act done
    (يتم توجيه الأطفال، تم تشكيل لجنة), not someone who speaks."""
    light = context.lexicons.light_verbs
    if light is None or word.upos not in ("NOUN", "ADJ") or word.base_deprel != "nsubj" or word.head == 0:
        return False
    verb = sentence.word(word.head)
    return verb.upos in ("VERB", "AUX") and any(key in light for key in (*verb.keys, verb.lemma_key))


def _speaker_of_speech(context: DocumentContext, sentence: SentenceGraph, word: Word) -> Word:
    """`وجاءت تصريحات البابا خلال مؤتمر …، وقال إن …`: a speech noun in construct stands for the one whose speech it is,
    the genitive right after it, where that can speak."""
    speech = context.lexicons.speech_nouns
    if speech is None or not any(strip_article(key) in speech for key in word.keys) or normalize(word.text).startswith("ال"):
        return word
    genitive = next(
        (child for child in sentence.children(word.index) if child.index == word.index + 1 and child.base_deprel == "nmod"),
        None,
    )
    return genitive if genitive is not None and genitive.upos != "PRON" and _may_speak(context, sentence, genitive) else word


def _may_speak(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Whether the subject of another verb can be the source of a later cue: a name or pronoun, a word the entity
    tagger put in a person or organisation, or a listed source noun (a title, body, group, medium, statement)."""
    if word.upos != "NOUN" or names_a_source(context.lexicons, word):
        return True
    if context.tagged_person_or_body(sentence, word) or given_name_before_family(sentence, word):
        return True  # (صباح | الخالد: a given name the parse read as the morning)
    return any(strip_article(key) in context.lexicons.speaking_nouns for key in (*word.keys, word.lemma_key))


def _pointed_at(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a demonstrative points at the noun (`هذا المعرض`، `هذه الخطوة`): a thing or event the text spoke of before,
    which a participle's speaker is not unless the noun is one that speaks (`هذا المسؤول`). A participle after other
    subjects speaks for them: a body the lexicons miss (`نفت الشئون الصحية …، مؤكدة`) is still its speaker."""
    return word.upos == "NOUN" and any(
        child.base_deprel == "det" and child.feat("PronType") == "Dem" for child in sentence.children(word.index)
    )


def _reported(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Whether `word` heads a reported clause: it opens with a complementizer (أن، إن، بأن)."""
    return any(
        child.base_deprel == "mark" and child.index < word.index and context.lexicons.is_complementizer(child)
        for child in sentence.children(word.index)
    )


def _cue_between(context: DocumentContext, sentence: SentenceGraph, main: Word, cue: Word) -> bool:
    """Whether a reporting verb stands between the clause the participle hangs from and the participle: `تغيرت
    المعادلة، ويقول فلان إن …، مضيفاً أن …` goes on with the later report, whatever the parse hung it from."""
    return any(
        word.upos == "VERB"
        and any(key in context.lexicons.verbs for key in (word.lemma_key, *word.keys))
        and any(child.base_deprel == "nsubj" for child in sentence.children(word.index))  # (not ما تردد عن …)
        for word in sentence.words[main.index : cue.index - 1]
    )


def _disagree_in_gender(sentence: SentenceGraph, subject: Word, cue: Word) -> bool:
    """Whether a clause's subject and a later cue disagree in gender. The subject's verb shows its gender better than
    the tagger's reading of a name (`أما ألمانيا فقد سارعت إلى رفض الخطة، معتبرة أن …`: the country, tagged masculine,
    is the feminine verb's subject and the feminine participle's speaker)."""
    if subject.upos == "NOUN" and subject.text.endswith("ة"):
        # a common noun written with ة is feminine whatever gender the tagger gave its verb (عزت أمانة المنطقة …،
        # مؤكدة أنها …: عزت read as masculine)
        return cue.feat("Gender") not in (None, "Fem")
    verb = sentence.parent(subject.index) if subject.base_deprel == "nsubj" else None
    if verb is not None and verb.upos in ("VERB", "AUX") and verb.feat("Gender") is not None:
        if _past_read_as_present(verb, subject, cue):
            return _disagree(subject, cue, "Gender")
        return _disagree(verb, cue, "Gender")
    return _disagree(subject, cue, "Gender")


def _past_read_as_present(verb: Word, subject: Word, cue: Word) -> bool:
    """Whether a verb the tagger read as a feminine present, whose subject is a man's name, is the masculine past of a
    verb that opens with ت (`تصدّر`، `تحدّث`، `تطرّق`, written like a present without their vowel marks: `تصدر سيغال
    العناوين عندما وصف …`), where the later cue is a past too: its gender then says nothing, and the name's does. (A
    past with its feminine ت at the end, `سارعت ألمانيا`, says the gender better than the name's reading.)"""
    return (
        cue.feat("Aspect") == "Perf"
        and verb.feat("Aspect") == "Imp"
        and verb.feat("Gender") == "Fem"
        and subject.upos == "PROPN"
        and subject.feat("Gender") == "Masc"
        and strip_conjunction(normalize(verb.text)).startswith("ت")
    )


def _disagree(first: Word, second: Word, feature: str) -> bool:
    one, other = first.feat(feature), second.feat(feature)
    return one is not None and other is not None and one != other
