"""The JSON Schemas of quote and error records: committed, printed, and true of what runs write."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from quotes.batch import Job, RunConfig, run
from quotes.cli import cli
from quotes.cli.schema import schema as schema_command
from quotes.schema import ERROR_KINDS, ERROR_RECORD_SCHEMA, QUOTE_RECORD_SCHEMA, SCHEMA_FILES, schema_json
from test_batch import expected_records, fake_extractor, write_bad_inputs

REPO = Path(__file__).resolve().parents[1]
cli.add_command(schema_command)


def validator(schema: dict) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_the_committed_schema_is_the_one_the_code_prints(name):
    committed = (REPO / SCHEMA_FILES[name]).read_text(encoding="utf-8")
    assert committed == schema_json(name), f"regenerate {SCHEMA_FILES[name]} with `quotes schema {name}`"
    result = CliRunner().invoke(cli, ["schema", name])
    assert result.exit_code == 0 and result.stdout == committed


def test_every_quote_record_follows_the_schema():
    check = validator(QUOTE_RECORD_SCHEMA)
    records = [record for quotes in expected_records().values() for record in quotes]
    assert len(records) == 37
    for record in records:
        check.validate(record)
    broken = copy.deepcopy(records[0])
    broken["content"]["start"] = "12"
    with pytest.raises(jsonschema.ValidationError):
        check.validate(broken)
    del records[0]["cue"]["lemma"]
    with pytest.raises(jsonschema.ValidationError):
        check.validate(records[0])


def test_every_error_record_follows_the_schema(tmp_path):
    source = tmp_path / "bad.jsonl"
    write_bad_inputs(source)
    with open(source, "ab") as stream:
        stream.write(b'{"id": ["x"], "text": "\xd9\x82"}\n')
    errors = tmp_path / "errors.jsonl"
    run(RunConfig(inputs=(str(source),), output=str(tmp_path / "o.jsonl"), errors=str(errors), job=Job(extractor_factory=fake_extractor)))
    check = validator(ERROR_RECORD_SCHEMA)
    written = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert len(written) == 10
    for record in written:
        check.validate(record)
        assert record["kind"] in ERROR_KINDS
    with pytest.raises(jsonschema.ValidationError):
        check.validate({**written[0], "line": 0})


def test_the_schema_says_offsets_are_code_points_and_how_to_convert_them():
    assert "Unicode code points" in QUOTE_RECORD_SCHEMA["description"]
    assert "UTF-16" in QUOTE_RECORD_SCHEMA["description"]
