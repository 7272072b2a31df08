"""A conservative count of SMS parts, until the modem layer's own codec is at hand.

Only plain ASCII that GSM 7-bit holds one-for-one counts as 7-bit; anything
else is counted as UCS2, which can only over-count: a message is then shortened
a little early, never sent in three parts.
"""

from __future__ import annotations

import math
import string

_GSM_SAFE = frozenset(string.ascii_letters + string.digits + " \n\r@$!\"#%&'()*+,-./:;<=>?_")
_GSM_ESCAPED = frozenset("^{}\\[~]|")
SINGLE_GSM, PART_GSM = 160, 153
SINGLE_UCS2, PART_UCS2 = 70, 67


def count_parts(text: str) -> int:
    if all(char in _GSM_SAFE or char in _GSM_ESCAPED for char in text):
        septets = sum(2 if char in _GSM_ESCAPED else 1 for char in text)
        return 1 if septets <= SINGLE_GSM else math.ceil(septets / PART_GSM)
    units = sum(2 if ord(char) > 0xFFFF else 1 for char in text)
    return 1 if units <= SINGLE_UCS2 else math.ceil(units / PART_UCS2)
