"""Where the text before an offset ends once its trailing spaces are left out (`end_before_spaces`,
`char_before_spaces`): read back from the offset, without copying the document's text before it."""

from __future__ import annotations

from quotes.normalize import char_before_spaces, end_before_spaces


def test_as_the_stripped_copy_would_say() -> None:
    text = "وقال الوزير،  \n أن العمل مستمر.\u00a0 وأضاف\t"
    for end in (*range(-3, len(text) + 3), 10**6):
        assert end_before_spaces(text, end) == len(text[:end].rstrip())
        stripped = text[:end].rstrip()
        assert char_before_spaces(text, end) == (stripped[-1] if stripped else "")
    assert char_before_spaces("   ", 2) == ""
    assert char_before_spaces("قال،   ", 7) == "،"
