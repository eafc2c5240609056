"""The engine that reads rule files: schema, path syntax, loader.

The rule files themselves are data in the top-level ``rules/`` folder.
"""

from quotes.grammar.loader import Grammar, load_grammar
from quotes.grammar.paths import Step, parse_path
from quotes.grammar.schema import Example, NodePattern, Rule

__all__ = ["Example", "Grammar", "NodePattern", "Rule", "Step", "load_grammar", "parse_path"]
