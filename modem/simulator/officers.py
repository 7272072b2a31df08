"""Simulated Officers at the far end of the network: how they take calls and answer SMS."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace


class CallBehaviour(enum.Enum):
    ANSWER = "answer"
    BUSY = "busy"
    NO_ANSWER = "noanswer"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class Officer:
    """One number on the simulated network and what its owner does."""

    number: str  # "+91XXXXXXXXXX"
    call: CallBehaviour = CallBehaviour.ANSWER
    answer_after_seconds: float = 6.0
    talk_seconds: float = 20.0  # how long they stay on the line, listening, unless the center hangs up first
    reply_text: str | None = None
    reply_after_seconds: float = 30.0
    missed_call_after_sms_seconds: float | None = None
    delivery_statuses: tuple[int, ...] = (0x00,)  # TP-Status of each report, e.g. (0x20, 0x00)
    delivery_after_seconds: float = 3.0

    @classmethod
    def parse(cls, text: str) -> Officer:
        """``NUMBER:answer|busy|noanswer|unreachable[:SECONDS[:LISTEN]]``, as the ``simulate`` command takes it.

        SECONDS before answering; LISTEN seconds on the line after the answer (the officer listens
        that long, then hangs up, unless the center hangs up first).
        """
        seconds = r"(?::([0-9]+(?:\.[0-9]+)?))?"
        match = re.fullmatch(rf"(\+[0-9]{{6,15}}):(answer|busy|noanswer|unreachable){seconds}{seconds}", text)
        if match is None:
            raise ValueError(
                f"officer {text!r} must look like +919876543210:answer (or busy, noanswer, unreachable),"
                " optionally followed by :SECONDS before answering and :SECONDS listening"
            )
        number, behaviour, answer_after, listen = match.groups()
        officer = cls(number=number, call=CallBehaviour(behaviour))
        if answer_after is not None:
            officer = replace(officer, answer_after_seconds=float(answer_after))
        if listen is not None:
            officer = replace(officer, talk_seconds=float(listen))
        return officer


# Everyone not configured picks up after a few rings.
DEFAULT_OFFICER = Officer(number="")
