"""How an SMS or a call of the outbox ended, in words and colours: the same in the outbox list and a case's timeline.

A call the officer did not pick up is not "sent": it is busy, unanswered or
failed, and an answered one shows how long the officer listened.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.domain import OutboxKind, OutboxStatus
from console.lifecycle_commands import AttemptOutcome
from ui.labels import label
from ui.style import CALL_OUTCOME_COLOURS, OUTBOX_COLOURS

CONTEXT = "OutboxText"
_CALLING = QT_TRANSLATE_NOOP("OutboxText", "Calling…")
_ANSWERED = QT_TRANSLATE_NOOP("OutboxText", "Answered (%1)")  # the talk time


def outcome_text(kind: OutboxKind, status: OutboxStatus, call_outcome: AttemptOutcome | None,
                 talk_seconds: float | None, error_code: str = "") -> str:
    if kind is OutboxKind.CALL and call_outcome is not None:
        if call_outcome is AttemptOutcome.ANSWERED and talk_seconds is not None:
            return QCoreApplication.translate(CONTEXT, _ANSWERED).replace("%1", format_talk(talk_seconds))
        return label(call_outcome)
    if kind is OutboxKind.CALL and status is OutboxStatus.SENDING:
        return QCoreApplication.translate(CONTEXT, _CALLING)
    return label(status) + (f" ({error_code})" if error_code else "")


def outcome_colours(status: OutboxStatus, call_outcome: AttemptOutcome | None) -> tuple[str, str] | None:
    if call_outcome is not None:
        return CALL_OUTCOME_COLOURS[call_outcome]
    return OUTBOX_COLOURS[status]


def format_talk(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
