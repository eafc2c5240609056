"""Rebuild docs.jsonl and docs.conllu from the PUD rule examples (run from the repository root).

Each document is one to four UD Arabic-PUD sentences (gold parses, CC BY-SA 4.0,
see rules/examples/pud/LICENSE.md) joined by a space; docs.conllu holds their
parses with exact offsets (ParsedDocument.to_conllu), docs.jsonl their text and
some metadata.
"""

from __future__ import annotations

import json
from pathlib import Path

from quotes.conllu_reading import documents_from_conllu
from quotes.graph import ParsedDocument, shift_document

HERE = Path(__file__).parent
SIZES = (1, 3, 2, 4, 1, 2, 3, 1, 2, 4, 3, 2, 1, 3, 2, 1, 3, 2)


def main() -> None:
    sentences = []
    for path in sorted(Path("rules/examples/pud").glob("*.conllu")):
        sentences.extend(documents_from_conllu(path.read_text(encoding="utf-8"), source=str(path)))
    documents = []
    position = 0
    for number, size in enumerate(SIZES, 1):
        group = sentences[position : position + size]
        position += size
        if not group:
            break
        text = ""
        parsed = []
        for part in group:
            if text:
                text += " "
            parsed.extend(shift_document(part, len(text), len(parsed)))
            text += part.text
        doc_id = f"pud-{number:02d}"
        documents.append(ParsedDocument(doc_id=doc_id, text=text, sentences=tuple(parsed)))
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as stream:
        for number, document in enumerate(documents):
            record = {
                "id": document.doc_id,
                "url": f"https://example.org/news/{number}",
                "date": f"2016-01-{number + 1:02d}",
                "text": document.text,
            }
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    with open(HERE / "docs.conllu", "w", encoding="utf-8") as stream:
        for document in documents:
            stream.write(document.to_conllu())


if __name__ == "__main__":
    main()
