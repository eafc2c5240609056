"""A statement in construct with a company's bare name is that company's, and the company is the one the document named
in full (issue 10; spec: the `speaker_resolved` of a statement is its issuer when the text names one, and a source's
is its fullest mention).

News names a company once in full with its head noun (`شركة هواوي للتقنيات`، `شركة أرامكو السعودية`) and later quotes
its statement or advertisement in construct with the bare name (`ويقول إعلان هواوي إن …`، `وقال بيان أرامكو إن …`,
seen on SaudiNewsNet articles outside the gold sets: `ويقول إعلان سامسونج إن …` after `شركة سامسونج للإلكترونيات`):

- a statement written without the article (document_nouns.tsv, where `إعلان` is listed now) followed by a name the
  entity tagger tagged an organisation is issued by that organisation (coreference/issuers._tagged_organisation_after);
- a body quoted by such a bare name takes the organisation phrase of the document that writes the name right after its
  head noun (coreference/completion.names_after_their_head), unless the name belongs to a person's name found in the
  document (the tagger took `جوارديولا` for a body on an unseen article, after `المدرب جوسيب جوارديولا`, and the text
  wrote `تحت قيادة جوارديولا`: the coach is no `قيادة`).

The sentences were written for the test; tests/data/entities/statements_of_tagged_bodies.conllu holds each parsed by the
bundled model (`…-shipped`) and by session 23's GPU-trained parser (`…-gpu23`), entity tagger on.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("statements_of_tagged_bodies")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_an_advertisement_in_construct_with_a_company_is_the_companys(extractor: Extractor, parser: str) -> None:
    """`وأطلقت شركة هواوي للتقنيات هاتفا جديدا …. ويقول إعلان هواوي إن …`."""
    assert sources(extractor, DOCUMENTS[f"statement-of-tagged-body-1-{parser}"]) == [
        ("ويقول", "إعلان هواوي", "شركة هواوي للتقنيات", None)
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_statement_in_construct_with_a_company_is_the_companys(extractor: Extractor, parser: str) -> None:
    """`ووقعت شركة أرامكو السعودية اتفاقية …. وقال بيان أرامكو إن …`."""
    assert sources(extractor, DOCUMENTS[f"statement-of-tagged-body-2-{parser}"]) == [
        ("وقال", "بيان أرامكو", "شركة أرامكو السعودية", None)
    ]
