"""Train, evaluate and describe the bundled compact Arabic Stanza model.

``python -m quotes.training all`` reproduces ``quotes/models/ar_compact``
end to end from UD Arabic-PUD and SaudiNewsNet; see ``--help``.
"""
