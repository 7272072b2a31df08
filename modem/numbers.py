"""Phone numbers as the modem may see them: ``+`` and 6–15 ASCII digits, nothing else.

A dial string is an AT command argument: ``;`` ends the command, ``*``/``#`` make
supplementary-service codes (call forwarding), ``W T P I G`` are dial modifiers, and CR,
Ctrl-Z, ESC or ``"`` break out of the command or the PDU prompt. So a number is checked
character by character before it is normalised, and again against the strict pattern
after, and a refusal says exactly which character (and where) was wrong.
"""

from __future__ import annotations

import re

from modem.errors import NumberRejected

STRICT = re.compile(r"\+[0-9]{6,15}")
INDIA_CODE = "91"
# Spacing people type between digit groups; removed before the checks.
_SEPARATORS = frozenset(" -()")


def normalise_number(raw: str, *, country_code: str = INDIA_CODE) -> str:
    """``"098765 43210"`` → ``"+919876543210"``; :class:`NumberRejected` for anything doubtful."""
    if not isinstance(raw, str):
        raise NumberRejected(f"a phone number must be text, not {type(raw).__name__}")
    for position, char in enumerate(raw, start=1):
        if char in _SEPARATORS or char in "0123456789":
            continue
        if char == "+" and not raw[:position - 1].strip(" ("):
            continue
        raise NumberRejected(f"phone number {_shown(raw)}: character {char!r} at position {position} is not allowed")
    compact = "".join(char for char in raw if char not in _SEPARATORS)
    international = _international(compact, country_code)
    if not STRICT.fullmatch(international):
        raise NumberRejected(
            f"phone number {_shown(raw)}: needs 6 to 15 digits after the country code's '+', got {international!r}"
        )
    return international


def _international(compact: str, country_code: str) -> str:
    if compact.startswith("+"):
        return compact
    if compact.startswith("00"):
        return "+" + compact[2:]
    if country_code == INDIA_CODE:
        if len(compact) == 10 and compact[0] in "6789":
            return "+91" + compact
        if len(compact) == 11 and compact.startswith("0") and compact[1] in "6789":
            return "+91" + compact[1:]
        if len(compact) == 12 and compact.startswith("91") and compact[2] in "6789":
            return "+" + compact
    return compact  # fails the strict pattern, with the message above


def _shown(raw: str) -> str:
    """The refused input, quoted so control characters are visible and the log line stays one line."""
    return repr(raw[:40])
