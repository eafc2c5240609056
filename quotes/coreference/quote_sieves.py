"""The quote sieves: which entity each draft's source is, in document order, the most precise first. Each answers
an entity or None (the next is asked); where none answers, `latest_speaker` (the fallback, at lower confidence)
takes the latest source that agrees with the cue."""

from __future__ import annotations

from collections.abc import Callable

from quotes.coreference.chains import Entity
from quotes.coreference.finding import observe
from quotes.coreference.honorifics import honoured
from quotes.coreference.issuers import issuer
from quotes.coreference.questions import REPLIES, is_one_of, one_asked, one_spoken_to
from quotes.coreference.recency import (
    body_named_since,
    group_mention,
    group_named_since,
    one_person,
    person_named_since,
    recent,
    recent_group,
    recent_plural,
    speaks_as_group,
)
from quotes.coreference.records import said_in_a_relative_clause
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words, opens_definite
from quotes.drafts import Draft
from quotes.graph import Word
from quotes.model import Span
from quotes.speakers.words import is_medium


class Turn:
    """One draft to resolve, its main verb's word (a participle's: `…، مؤكداً أن`), and what the drafts before it
    were resolved to."""

    __slots__ = ("by_cue", "draft", "main", "resolved")

    def __init__(
        self,
        draft: Draft,
        resolved: list[tuple[Draft, Entity | None, float]],
        by_cue: dict[int, Entity | None],
    ) -> None:
        self.draft = draft
        self.main: Word | None = draft.match.word("main")
        self.resolved = resolved
        #: the source of each cue seen so far, by the cue word's offset
        self.by_cue = by_cue


def honorific_subject(coref: Coreference, turn: Turn) -> Entity | None:
    """`وأكد معاليه`، `وأوضح سموه`: an honorific subject is the person quoted last, where a name or title shows a
    person of the honorific's gender (:mod:`quotes.coreference.honorifics`)."""
    return honoured(coref, turn.draft)


def named_speaker(coref: Coreference, turn: Turn) -> Entity | None:
    """`وقال وزير الخارجية عادل الجبير`، `وأضاف الجبير`: the speaker phrase the rules chose, resolved by the mention
    sieves (:mod:`quotes.coreference.finding`)."""
    draft = turn.draft
    return observe(coref, draft.speaker, draft.role, draft.cue_gender) if draft.speaker is not None else None


def asked_person(coref: Coreference, turn: Turn) -> Entity | None:
    """`وعند سؤال وجهته «الحياة» لأحد الموظفين في البلدية عن …، أجاب قائلا إن …`، `وسألت «الرياض» أحد السكان عن …،
    فأجاب بأن …`: a reply without a subject is the answer of the one the question in its sentence was put to, not of
    the person named last (:mod:`quotes.coreference.questions`); a participle after it (`مضيفا`) follows its verb
    (:func:`same_cue`). The participle's own reply verb where no draft of its own speaks for it (`أجاب | قائلا إن`)."""
    draft = turn.draft
    if draft.speaker is not None:
        return None
    reply = draft.match.anchor
    main = turn.main
    if not is_one_of(reply, REPLIES) and main is not None and main.start not in turn.by_cue:
        reply = main
    asked = one_asked(coref.document.text, draft.match.sentence, reply) or one_spoken_to(
        coref.document.text, draft.match.sentence, draft.match.anchor
    )
    return observe(coref, asked, None, draft.cue_gender) if asked is not None else None


def statement_spoken_in(coref: Coreference, turn: Turn) -> Entity | None:
    """`وقالت في بيان إن …` then `وتابع البيان أن …`: a statement named by its definite noun alone, whose issuer the
    text names nowhere beside it, is the one an earlier cue spoke in (`في بيان`، `في بيان لها`): its source's, the spec's
    issuer of a statement (a cue without a subject included, whose source the sieves found across the document). A noun
    that stands for any statement (document_nouns.tsv `any`: `وأعلنت في تقرير …` then `وتضيف الوثيقة`) is the one
    spoken in last, whatever its noun."""
    speaker = turn.draft.speaker
    words = mention_words(speaker) if speaker is not None else ()
    if speaker is None or len(words) != 1 or words[0] not in coref.document_nouns or not opens_definite(speaker):
        return None
    if issuer(coref, speaker) is not None:
        return None  # البيان الذي أصدرته الوزارة: the issuer the sentence names
    for earlier, entity, _ in reversed(turn.resolved):
        if entity is not None and _spoke_in(coref, earlier, words[0], any_noun=words[0] in coref.any_documents):
            if all(known.text != speaker.text for known in entity.aliases):
                entity.aliases.append(speaker)  # (an alias: the statement never becomes the source's fullest name)
            return entity
    return None


def _spoke_in(coref: Coreference, draft: Draft, noun: str, any_noun: bool = False) -> bool:
    """Whether the cue of `draft` spoke in a statement of `noun` (with `any_noun`, of any statement noun) written
    between the cue and its content (`وقالت | في بيان | إن …`، `في تقريرها`), or after a cue written after its content
    (`…، على ما أعلنت البعثة | في تقرير`): one it issued; a definite one (`وقال فلان في التقرير`) was named before, and
    whoever speaks in it is not its issuer."""
    sentence = coref.document.sentence_at(draft.cue.start)
    if sentence is None:
        return False
    until = draft.content.start if draft.content.start >= draft.cue.end else sentence.end
    return any(
        _statement_of(mention_words(Span(word.text, 0, 0)), noun, coref.document_nouns if any_noun else frozenset())
        and not opens_definite(word.text)
        and is_medium(sentence, word)
        for word in sentence.words
        if draft.cue.end <= word.start and word.end <= until
    )


def _statement_of(words: tuple[str, ...], noun: str, any_of: frozenset[str]) -> bool:
    """Whether `words` are the statement noun `noun` alone, or one of `any_of`."""
    return words == (noun,) or (len(words) == 1 and words[0] in any_of)


def same_cue(coref: Coreference, turn: Turn) -> Entity | None:
    """`وقال الوزير إن …، مؤكداً أن …`: a participle speaks for the quote of the verb it depends on; where the parse hung
    it on an earlier verb with another report between them (`نفت الوزارة الخبر، وأكد مدير الإعلام فيها أن …، مضيفاً:
    …`), for the nearer report's source, the one it follows; a singular cue never for a source of the other gender."""
    main = turn.main
    if main is None:
        return None
    draft = turn.draft
    nearer = [
        entity
        for earlier, entity, _ in turn.resolved
        if entity is not None
        and earlier.sentence_index == draft.sentence_index
        and main.start < earlier.cue.start < draft.cue.start
        and not any(other.content.start <= earlier.cue.start < other.content.end for other, _, _ in turn.resolved)
        and not (earlier.via is not None and earlier.via.start < earlier.cue.start)  # قال الوزير إن الشركة أعلنت …: his
        and not said_in_a_relative_clause(earlier)  # …، مشيداً بالمقاولين الذين قالوا إن …، داعياً: not theirs
    ]
    found: Entity | None
    if nearer:
        found = nearer[-1]
    elif any(earlier.cue.start == main.start and said_in_a_relative_clause(earlier) for earlier, _, _ in turn.resolved):
        return None  # …، معربة عن شكرها للمتطوعين الذين أكدوا أن …، داعية: the parse hung her call on their verb
    elif _reported_before(turn, main):
        return None  # لافتاً إلى أن التحقيقات تشير إلى أن …، مبيناً: the reporter's, whom `enclosing_quote` finds
    else:
        found = turn.by_cue.get(main.start)
    if found is not None and draft.cue_number == "Sing" and _other_gender(coref, found, draft.cue_gender):
        # وقال الرئيس التنفيذي فلان "…"، وقالت شل إن …: a feminine verb hung on his is no word of his (a plural verb may
        # go on with a body whose head is feminine: طالبت إدارة الشقق …، وحين شددوا …)
        return None
    return found


def _reported_before(turn: Turn, main: Word) -> bool:
    """Whether the verb the parse hung the participle on is a report inside an earlier quote's content that ended
    before the participle (`أكد أن الفحوص تشير إلى أن …، مبيناً أن …`): a source quoted within a quote does not go on
    speaking; the participle continues the one who quoted it."""
    draft = turn.draft
    return main.start in turn.by_cue and any(
        earlier.content.start <= main.start < earlier.content.end <= draft.cue.start
        and earlier.sentence_index == draft.sentence_index
        for earlier, _, _ in turn.resolved
    )


def enclosing_quote(coref: Coreference, turn: Turn) -> Entity | None:
    """`أشار إلى أن … التي تنظمها الجمعية، مؤكداً`: a participle whose verb lies inside a quote's content continues
    that quote, with its source."""
    main = turn.main
    if main is None:
        return None
    for draft, entity, _ in reversed(turn.resolved):
        if draft.content.start <= main.start < draft.content.end:
            if draft.type == "according_to" and entity is not None and _other_gender(coref, entity, turn.draft.cue_gender):
                # مضيفا أنه، وفقا لتقديرات الهيئة، لا يقل … لكنه توقع: the body a speaker cites for a figure is not
                # the one the masculine verb goes on with; the clause goes on with the one who cited it
                continue
            # (…، معربة عن شكرها للمتطوعين الذين أكدوا أنهم مستعدون …، داعية: the parse hung her call in their clause)
            return None if said_in_a_relative_clause(draft) else entity
    return None


def _other_gender(coref: Coreference, entity: Entity, gender: str | None) -> bool:
    """Whether the entity's gender is known and is not the cue's (`gender`, None where the cue shows none): a cue
    agreed with it, a name or title says it, or it is a body whose head ends in ة (هيئة، وزارة: feminine)."""
    known = coref.gender(entity)
    if known is None and not coref.names_person(entity.fullest):
        head = mention_words(entity.fullest)[:1]
        known = "Fem" if head and head[0].endswith("ه") else None
    return gender is not None and known is not None and known != gender


def speaker_hint(coref: Coreference, turn: Turn) -> Entity | None:
    """`وبحسب المصادر`، `على حد قوله`: a source the rules read beside the cue rather than as its subject."""
    draft = turn.draft
    if draft.speaker_hint is None:
        return None
    if draft.cue_number == "Plur" and draft.type != "according_to" and not group_mention(coref, draft.speaker_hint):
        return None  # تابع الوزير ونائبه الحادث ووجهوا بـ …: a plural verb's subject is people, never الحادث
    return observe(coref, draft.speaker_hint, draft.hint_role)


def latest_speaker(coref: Coreference, turn: Turn) -> Entity | None:
    """`وأضاف`، `وقالت`: a cue without a subject takes the latest speaker of the verb's gender; a plural verb after
    one person quoted (`وطالبوا`) the latest plural source, and a plural verb after no group (`وقالوا` after an event or
    a thing) the latest source that can speak as one, else none (:mod:`quotes.coreference.recency`). A plural verb
    first takes the group the text named since the last quote, if any (`تجمع عدد من الأهالي …. وقالوا`)."""
    draft = turn.draft
    if draft.cue_number == "Plur":
        group = group_named_since(coref, draft.cue.start, draft.sentence_index, _end_of_last_quote(turn))
        if group is not None:
            return observe(coref, group)  # تجمع عدد من الأهالي …. وقالوا: the people named since the last quote
    elif draft.cue_number == "Sing" and draft.cue_class not in _GOING_ON:
        person = person_named_since(coref, draft.cue.start, draft.sentence_index, _end_of_last_quote(turn), draft.cue_gender)
        if person is not None:
            return observe(coref, person, None, draft.cue_gender)  # وأيد العميد خالد … كلام وكيله، وقال: the one who acted
    last = coref.last_speaker
    last_gender = coref.gender(last) if last is not None else None
    if draft.cue_number == "Sing" and draft.cue_gender in ("Fem", "Masc") and last_gender not in (None, draft.cue_gender):
        body = body_named_since(coref, draft.cue.start, draft.sentence_index, _end_of_last_quote(turn), draft.cue_gender)
        if body is not None:
            return observe(coref, body, None, draft.cue_gender)  # وعلقت الهيئة على …. وقالت: not the man quoted before
    feminine_singular = draft.cue_number == "Sing" and draft.cue_gender == "Fem" and draft.speaker is None
    entity = recent(coref, draft.cue_gender, feminine_singular=feminine_singular)
    if draft.cue_number in ("Plur", "Dual") and entity is not None and one_person(coref, entity):
        entity = recent_plural(coref)  # وطالبوا …: they, not the one person quoted last
    elif draft.cue_number == "Plur" and entity is not None and not speaks_as_group(coref, entity):
        entity = recent_group(coref)  # وقالوا after سلامة التصميم or الحادث: people, never a thing; else none
    return entity


#: The cue classes that go on with the speaker quoted before (أضاف، تابع، استطرد: rules/lexicons/reporting_verbs.tsv
#: `additive`): a person named in between does not take their speech.
_GOING_ON = frozenset(("additive",))


def _end_of_last_quote(turn: Turn) -> int:
    """Where the latest quote before the turn's cue ends: its cue, speaker or content, whichever ends last (0: none)."""
    ends = [0]
    for draft, _, _ in turn.resolved:
        ends.extend(span.end for span in (draft.cue, draft.content, draft.speaker) if span is not None)
    return max(ends)


#: The quote sieves in the order they are asked; `latest_speaker` answers where none does.
QUOTE_SIEVES: tuple[Callable[[Coreference, Turn], Entity | None], ...] = (
    honorific_subject,
    statement_spoken_in,
    named_speaker,
    asked_person,
    same_cue,
    enclosing_quote,
    speaker_hint,
)
