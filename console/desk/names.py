"""Names written shorter, step by step, so an SMS can stay within two parts.

A Hindi SMS has 134 characters in two parts; a long name and designation can
push an escalation over. Rather than send a third part (costly, often joined
badly on old handsets), the composer tries the same message with names as
initials and surname, then surname alone, then none at all.
"""

from __future__ import annotations

import unicodedata
from enum import IntEnum

from console.domain import RepresentativeKind

_VIRAMA = "\u094d"


class NameForm(IntEnum):
    """How much of a name is written, in the order the composer tries them."""

    FULL = 0
    INITIALS = 1  # "R. P. Verma", "रा. प्र. वर्मा"
    SURNAME = 2
    OMITTED = 3


def shorten(name: str, form: NameForm) -> str:
    words = name.split()
    if not words or form is NameForm.FULL:
        return " ".join(words)
    if form is NameForm.OMITTED:
        return ""
    if form is NameForm.SURNAME or len(words) == 1:
        return words[-1]
    return " ".join([initial(word) + "." for word in words[:-1]] + [words[-1]])


def initial(word: str) -> str:
    """The first letter as it is written: ``राम`` → ``रा``, ``प्रकाश`` → ``प्र``, ``Ram`` → ``R``."""
    if not word:
        return ""
    cluster = [word[0]]
    joined = False
    for char in word[1:]:
        if joined:
            cluster.append(char)  # the consonant after a virama belongs to the conjunct
            joined = False
        elif unicodedata.category(char).startswith("M") and not char.isascii():
            cluster.append(char)
            joined = char == _VIRAMA
        else:
            break
    return "".join(cluster)


KIND_WORDS: dict[str, dict[RepresentativeKind, str]] = {
    "hi": {
        RepresentativeKind.MP: "सांसद",
        RepresentativeKind.MLA: "विधायक",
        RepresentativeKind.MLC: "एमएलसी",
        RepresentativeKind.OTHER: "जनप्रतिनिधि",
    },
    "en": {
        RepresentativeKind.MP: "MP",
        RepresentativeKind.MLA: "MLA",
        RepresentativeKind.MLC: "MLC",
        RepresentativeKind.OTHER: "Representative",
    },
}
"""How an SMS names the kind of representative. These words go to officers in the message text,
which the district's templates frame; they are content, not interface, so they are not ``tr()``'d."""
