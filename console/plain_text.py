"""Text from people, made safe to store, show, export and send: no invisible characters that change its meaning.

A right-to-left override (U+202E) in a name reversed the callback number and the
case code in an officer's SMS; a control character made the Excel export fail.
So every name and note is cleaned on its way in (workbook, window, API) and every
SMS body on its way out: Unicode format characters (bidirectional overrides,
embeddings, isolates and marks, zero-width spaces, the BOM, soft hyphens...) are
removed, except the zero-width joiner and non-joiner that Hindi spelling needs;
control characters and line or paragraph separators become spaces.
"""

from __future__ import annotations

import re
import unicodedata

ZERO_WIDTH_NON_JOINER = "\u200c"
ZERO_WIDTH_JOINER = "\u200d"

# Unicode's format characters (category Cf), without ZWNJ and ZWJ; pinned against unicodedata by a test.
_FORMAT = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_INVISIBLE = re.compile(f"[{_FORMAT}]")
_BREAKING = re.compile("[\u0000-\u001f\u007f-\u009f\u2028\u2029]")  # controls, line and paragraph separators
_BREAKING_IN_NOTES = re.compile("[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]")  # newline kept
_SPACES = re.compile(r"[^\S\n]+")


def plain_line(text: str) -> str:
    """A name, a designation, a place: one line, NFC, single spaces, nothing invisible but ZWJ and ZWNJ."""
    if text.isascii() and text.isprintable():
        return " ".join(text.split())  # the common case, without the regular expressions
    text = _BREAKING.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))
    return " ".join(text.split())


def plain_note(text: str) -> str:
    """A note or a reason: as :func:`plain_line`, but its line breaks stay (runs of spaces collapse per line)."""
    if text.isascii() and text.isprintable():
        return _SPACES.sub(" ", text).strip()
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _BREAKING_IN_NOTES.sub(" ", _INVISIBLE.sub("", text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds anything :func:`plain_line` would remove or replace (other than spaces)."""
    return bool(_INVISIBLE.search(text) or _BREAKING.search(text))
