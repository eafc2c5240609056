"""Rule matches grown into quote drafts, one document at a time.

The rules bind words: cue, speaker, the content's head, markers. These modules
grow them into spans of the original text, one step each:

- `spans`, `quotations`, `words`: where words, clauses and quotations open
  and close; what a word can be to a quote (a cue, a possible source);
- `content`, `complements`: the content and its type, by ordered sieves:
  direct content from paired quotation marks or a colon, indirect content
  from the complementizer (or the noun complement) to where the attributed
  clause ends;
- `subject`, `speaker`: the speaker slot: which bound word can be the
  source and its mention, then ordered passes that repair it;
- `according_to`: the source a marker governs and the clause it sources;
- `overlaps`, `named_person`, `relay`: the document's drafts side by side:
  one quote per content, a hint for subject-less cues, relayed quotes merged;
- `sources`: where the document names a source in full, for speaker resolution;
- `assembler`: `DocumentAssembler`, which runs the steps in order.
"""

from quotes.drafts.assembler import HYPOTHETICAL, NEGATED, DocumentAssembler
from quotes.drafts.context import DocumentContext, Lexicons, organisation_heads
from quotes.drafts.draft import Draft

__all__ = ["HYPOTHETICAL", "NEGATED", "DocumentAssembler", "DocumentContext", "Draft", "Lexicons", "organisation_heads"]
