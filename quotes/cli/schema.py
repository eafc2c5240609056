"""`quotes schema`: the JSON Schema of quote records or error records."""

from __future__ import annotations

import click

from quotes.schema import SCHEMAS, schema_json


@click.command("schema")
@click.argument("record", type=click.Choice(sorted(SCHEMAS)), default="quote")
def schema(record: str) -> None:
    """Print the JSON Schema of RECORD: `quote` records (the output) or `error` records (--errors).

    Offsets count Unicode code points; the schema says how to convert them to JavaScript's UTF-16 units.
    The same schemas are committed as docs/quote-record.schema.json and docs/error-record.schema.json.
    """
    click.echo(schema_json(record), nl=False)


COMMANDS = [schema]
