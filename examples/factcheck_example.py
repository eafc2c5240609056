"""Who said what: quotes of a few news snippets, as a fact-checking tool would use them.

    python examples/factcheck_example.py                 # the snippets below
    python examples/factcheck_example.py article.txt ... # your own files

One Extractor is loaded once (rules now, the parser on first use) and reused
for every text. A text that cannot be processed is reported and skipped; only
a problem with the extractor itself (no parser model, broken rules) stops the
run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quotes import Extractor, Quote, QuotesError

SNIPPETS = {
    "lavrov": (
        "في المقابل قال وزير الخارجية الروسي سيرجي لافروف إن انسحاب الولايات المتحدة من أفغانستان "
        "جعل الوضع أكثر غموضاً. وأضاف لافروف أن روسيا تريد المساعدة في بدء محادثات سلام."
    ),
    "health": (
        'وقال المتحدث الرسمي باسم وزارة الصحة الدكتور محمد العبدالعالي: "لم تسجل أي حالة جديدة خلال '
        'الأربع والعشرين ساعة الماضية"، مشيراً إلى أن الوضع الوبائي مستقر.'
    ),
    "reuters": (
        "نقلت رويترز عن ثلاثة مصادر مطلعة قولها إن الإدارة تجري محادثات مع كازاخستان وطاجيكستان "
        "حول استقبال مؤقت لآلاف الأفغان. ووفقاً لصحيفة كوميرسانت فإن العرض قُدّم في يونيو."
    ),
}


def describe(quote: Quote) -> str:
    """One claim, ready to check: the source, their role, the cue and what they said."""
    source = quote.speaker_resolved or quote.speaker
    who = source.text if source else "(unattributed)"
    if quote.role:
        who += f", {quote.role.text}"
    if quote.via:
        who += f" (via {quote.via.text})"
    return f"  [{quote.type}] {who} — {quote.cue.text}: «{quote.content.text}»  @{quote.content.start}"


def main(paths: list[str]) -> int:
    documents = {Path(path).stem: Path(path).read_text(encoding="utf-8") for path in paths} or SNIPPETS
    try:
        extractor = Extractor()
        results = list(extractor.extract_many((doc_id, text, {}) for doc_id, text in documents.items()))
    except QuotesError as exc:  # the extractor itself cannot run: say why, in one line
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    for result in results:
        if result.error is not None:  # one bad text never stops the others
            print(f"{result.doc_id}: skipped: {result.error}", file=sys.stderr)
            continue
        print(f"{result.doc_id}: {len(result.quotes)} quote(s)")
        for quote in result.quotes:
            print(describe(quote))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
