"""Rewrite quotes/service/examples.json: the Arabic examples of `quotes serve`'s OpenAPI page.

The requests are written here; the responses are what the service answers to
them with the bundled model, so the documentation shows real output. Run it
after a change to the rules or the model changes those answers (the service
tests say so when they differ):

    .venv/bin/python scripts/update_service_examples.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent.parent / "quotes" / "service" / "examples.json"

STATEMENT = {
    "id": "health-17",
    "text": "قال وزير الصحة خالد المنصوري إن المستشفيات الجديدة ستفتح أبوابها في الربيع المقبل. وأضاف: «لن نترك أي مريض دون علاج».",
    "meta": {"url": "https://example.org/news/17"},
}
ACCORDING_TO = {"id": "economy-4", "text": "وفقاً لتقرير البنك المركزي، تراجع التضخم إلى أدنى مستوى له منذ عامين."}
NOT_ARABIC = {"id": "en-1", "text": "The minister said the talks would resume."}
PARSE = {"id": "weather-2", "text": "أكد الراصد الجوي أن الأمطار ستستمر."}

REQUESTS: dict[str, dict[str, Any]] = {
    "extract": {
        "statement": {"summary": "A minister's indirect and direct quotes", "value": STATEMENT},
        "according_to": {"summary": "A source given by وفقاً لـ", "value": ACCORDING_TO},
    },
    "batch": {
        "batch": {
            "summary": "Three documents, one of them not Arabic",
            "value": {"documents": [STATEMENT, ACCORDING_TO, NOT_ARABIC]},
        }
    },
    "parse": {"sentence": {"summary": "One sentence", "value": PARSE}},
}


def main() -> None:
    from fastapi.testclient import TestClient

    from quotes.service import ServiceConfig, create_app

    if not EXAMPLES.exists():
        EXAMPLES.write_text(json.dumps({kind: {"requests": requests} for kind, requests in REQUESTS.items()}), encoding="utf-8")
    with TestClient(create_app(ServiceConfig(timeout_s=300))) as client:
        while client.get("/v1/health").status_code != 200:
            pass
        answers: dict[str, Any] = {
            "extract": {
                "requests": REQUESTS["extract"],
                "responses": {name: client.post("/v1/extract", json=shown["value"]).json() for name, shown in REQUESTS["extract"].items()},
            },
            "batch": {
                "requests": REQUESTS["batch"],
                "response": client.post("/v1/extract/batch", json=REQUESTS["batch"]["batch"]["value"]).json(),
            },
            "parse": {"requests": REQUESTS["parse"], "response": client.post("/v1/parse", json=PARSE).text},
        }
    EXAMPLES.write_text(json.dumps(answers, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {EXAMPLES}")


if __name__ == "__main__":
    main()
