"""Simulated Officers at the far end of the network: how they take calls and answer SMS."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


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
    talk_seconds: float = 20.0
    reply_text: str | None = None
    reply_after_seconds: float = 30.0
    missed_call_after_sms_seconds: float | None = None
    delivery_statuses: tuple[int, ...] = (0x00,)  # TP-Status of each report, e.g. (0x20, 0x00)
    delivery_after_seconds: float = 3.0

    @classmethod
    def parse(cls, text: str) -> Officer:
        """``NUMBER:answer|busy|noanswer|unreachable[:SECONDS]``, as the ``simulate`` command takes it."""
        match = re.fullmatch(r"(\+[0-9]{6,15}):(answer|busy|noanswer|unreachable)(?::([0-9]+(?:\.[0-9]+)?))?", text)
        if match is None:
            raise ValueError(
                f"officer {text!r} must look like +919876543210:answer (or busy, noanswer, unreachable),"
                " optionally followed by :SECONDS before answering"
            )
        number, behaviour, seconds = match.groups()
        if seconds is None:
            return cls(number=number, call=CallBehaviour(behaviour))
        return cls(number=number, call=CallBehaviour(behaviour), answer_after_seconds=float(seconds))


# Everyone not configured picks up after a few rings.
DEFAULT_OFFICER = Officer(number="")
