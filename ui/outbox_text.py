"""How an SMS or a call of the outbox ended, in words and colours: the same in the outbox list and a case's timeline.

A call the officer did not pick up is not "sent": it is busy, unanswered or
failed, and an answered one shows how long the officer listened.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.domain import CallHeard, OutboxKind, OutboxStatus, SpokenOutcome
from console.lifecycle_commands import AttemptOutcome
from console.views import CallAudioRecord
from ui.labels import label
from ui.style import CALL_OUTCOME_COLOURS, OUTBOX_COLOURS

CONTEXT = "OutboxText"
_CALLING = QT_TRANSLATE_NOOP("OutboxText", "Calling…")
_ANSWERED = QT_TRANSLATE_NOOP("OutboxText", "Answered (%1)")  # the talk time
# What the officer heard; %1 is the talk time, %2 a count or the operator's login.
_HEARD = {
    CallHeard.ALERT_ONLY: QT_TRANSLATE_NOOP("OutboxText", "Answered (%1) — alert only"),
    CallHeard.RECORDING_CUT: QT_TRANSLATE_NOOP("OutboxText", "Answered (%1) — recording cut short"),
    CallHeard.OPERATOR: QT_TRANSLATE_NOOP("OutboxText", "Answered (%1) — operator on the line, outcome not recorded"),
}
_FELL_BACK = QT_TRANSLATE_NOOP("OutboxText", "Answered (%1) — alert only (the modem could not play the recording)")
_PLAYED = QT_TRANSLATE_NOOP("OutboxText", "Answered (%1) — recording played %2 times")
_SPOKEN = {
    SpokenOutcome.INSTRUCTED: QT_TRANSLATE_NOOP("OutboxText", "Answered (%1) — spoken by %2: instructed"),
    SpokenOutcome.CALL_BACK_LATER: QT_TRANSLATE_NOOP("OutboxText",
                                                     "Answered (%1) — spoken by %2: will call back later"),
    SpokenOutcome.WRONG_PERSON: QT_TRANSLATE_NOOP("OutboxText", "Answered (%1) — spoken by %2: wrong person"),
}
# The same, short enough for the outbox list's status column (the list's tooltip and the case's timeline say it whole).
_HEARD_SHORT = {
    CallHeard.ALERT_ONLY: QT_TRANSLATE_NOOP("OutboxText", "Alert only"),
    CallHeard.RECORDING_CUT: QT_TRANSLATE_NOOP("OutboxText", "Recording cut"),
    CallHeard.OPERATOR: QT_TRANSLATE_NOOP("OutboxText", "Outcome?"),
}
_PLAYED_SHORT = QT_TRANSLATE_NOOP("OutboxText", "Played %2×")
_SPOKEN_SHORT = {
    SpokenOutcome.INSTRUCTED: QT_TRANSLATE_NOOP("OutboxText", "Instructed"),
    SpokenOutcome.CALL_BACK_LATER: QT_TRANSLATE_NOOP("OutboxText", "Will call later"),
    SpokenOutcome.WRONG_PERSON: QT_TRANSLATE_NOOP("OutboxText", "Wrong person"),
}


def outcome_text(kind: OutboxKind, status: OutboxStatus, call_outcome: AttemptOutcome | None,
                 talk_seconds: float | None, error_code: str = "", audio: CallAudioRecord | None = None,
                 *, short: bool = False) -> str:
    """``short``: what an answered call carried in a few words (the outbox list); otherwise whole (the timeline)."""
    if kind is OutboxKind.CALL and call_outcome is not None:
        if call_outcome is AttemptOutcome.ANSWERED and audio is not None:
            return heard_text(audio, talk_seconds or 0.0, short=short)
        if call_outcome is AttemptOutcome.ANSWERED and talk_seconds is not None:
            return QCoreApplication.translate(CONTEXT, _ANSWERED).replace("%1", format_talk(talk_seconds))
        return label(call_outcome)
    if kind is OutboxKind.CALL and status is OutboxStatus.SENDING:
        return QCoreApplication.translate(CONTEXT, _CALLING)
    return label(status) + (f" ({error_code})" if error_code else "")


def heard_text(audio: CallAudioRecord, talk_seconds: float, *, short: bool = False) -> str:
    """An answered call as the officer lived it: never "heard" for an alert or a recording cut short."""
    if audio.heard is CallHeard.OPERATOR and audio.spoken_outcome is not None:
        text, count = (_SPOKEN_SHORT if short else _SPOKEN)[audio.spoken_outcome], audio.spoken_by
    elif audio.heard is CallHeard.RECORDING:
        text, count = _PLAYED_SHORT if short else _PLAYED, str(audio.plays)
    elif audio.heard is CallHeard.ALERT_ONLY and audio.fell_back and not short:
        text, count = _FELL_BACK, ""
    else:
        text, count = (_HEARD_SHORT if short else _HEARD)[audio.heard], ""
    return QCoreApplication.translate(CONTEXT, text).replace("%1", format_talk(talk_seconds)).replace("%2", count)


def outcome_colours(status: OutboxStatus, call_outcome: AttemptOutcome | None) -> tuple[str, str] | None:
    """An answered call is green only when the officer heard the instruction (the row is delivered)."""
    if call_outcome is AttemptOutcome.ANSWERED and status is not OutboxStatus.DELIVERED:
        return OUTBOX_COLOURS[status]
    if call_outcome is not None:
        return CALL_OUTCOME_COLOURS[call_outcome]
    return OUTBOX_COLOURS[status]


def format_talk(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
