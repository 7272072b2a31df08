"""Words for the domain's codes: the only place enums become text.

Every string is marked for Qt Linguist with ``QT_TRANSLATE_NOOP`` and
translated when shown, so a language switch re-words every label.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.domain import (
    AvailabilityStatus,
    ContactChannel,
    EscalationState,
    OutboxKind,
    OutboxStatus,
    RepresentativeKind,
    UserRole,
)
from console.availability import PeriodProblem
from console.window_interface import CalendarProblem, ActionOutcome
from console.lifecycle_commands import AttemptOutcome, AttemptParty
from console.views import (
    CalendarDayKind,
    CaseAction,
    ConfirmationSource,
    ContactReason,
    DeadlineKind,
    IncomingKind,
    ModemAudio,
    RegistrationState,
    SimState,
    TimelineEventKind,
)

CONTEXT = "Labels"

_TEXTS: tuple[tuple[Enum, str], ...] = (
    (EscalationState.WAITING, QT_TRANSLATE_NOOP("Labels", "Waiting")),
    (EscalationState.DUE, QT_TRANSLATE_NOOP("Labels", "Due")),
    (EscalationState.INSTRUCTED, QT_TRANSLATE_NOOP("Labels", "Instructed")),
    (EscalationState.CONFIRMED, QT_TRANSLATE_NOOP("Labels", "Confirmed")),
    (EscalationState.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (EscalationState.REDIRECTED, QT_TRANSLATE_NOOP("Labels", "Redirected")),
    (EscalationState.ALARM, QT_TRANSLATE_NOOP("Labels", "Alarm")),
    (EscalationState.ESCALATED, QT_TRANSLATE_NOOP("Labels", "Escalated")),
    (EscalationState.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (AvailabilityStatus.ON_DUTY, QT_TRANSLATE_NOOP("Labels", "On duty")),
    (AvailabilityStatus.LEAVE, QT_TRANSLATE_NOOP("Labels", "On leave")),
    (AvailabilityStatus.TRAINING, QT_TRANSLATE_NOOP("Labels", "In training")),
    (AvailabilityStatus.OTHER, QT_TRANSLATE_NOOP("Labels", "Away (other)")),
    (RepresentativeKind.MP, QT_TRANSLATE_NOOP("Labels", "MP")),
    (RepresentativeKind.MLA, QT_TRANSLATE_NOOP("Labels", "MLA")),
    (RepresentativeKind.MLC, QT_TRANSLATE_NOOP("Labels", "MLC")),
    (RepresentativeKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Representative")),
    (ContactChannel.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
    (ContactChannel.MOBILE, QT_TRANSLATE_NOOP("Labels", "Mobile")),
    (ContactChannel.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "In person")),
    (ContactChannel.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (OutboxKind.SMS, QT_TRANSLATE_NOOP("Labels", "SMS")),
    (OutboxKind.CALL, QT_TRANSLATE_NOOP("Labels", "Call")),
    (OutboxStatus.QUEUED, QT_TRANSLATE_NOOP("Labels", "Queued")),
    (OutboxStatus.SENDING, QT_TRANSLATE_NOOP("Labels", "Sending")),
    (OutboxStatus.SENT, QT_TRANSLATE_NOOP("Labels", "Sent")),
    (OutboxStatus.DELIVERED, QT_TRANSLATE_NOOP("Labels", "Delivered")),
    (OutboxStatus.FAILED, QT_TRANSLATE_NOOP("Labels", "Failed")),
    (OutboxStatus.UNCERTAIN, QT_TRANSLATE_NOOP("Labels", "Uncertain")),
    (OutboxStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (UserRole.OPERATOR, QT_TRANSLATE_NOOP("Labels", "Operator")),
    (UserRole.SUPERVISOR, QT_TRANSLATE_NOOP("Labels", "Supervisor")),
    (UserRole.ADMIN, QT_TRANSLATE_NOOP("Labels", "Administrator")),
    (DeadlineKind.BECOME_DUE, QT_TRANSLATE_NOOP("Labels", "center acts")),
    (DeadlineKind.INSTRUCTION, QT_TRANSLATE_NOOP("Labels", "instruct now")),
    (DeadlineKind.CONFIRMATION, QT_TRANSLATE_NOOP("Labels", "callback")),
    (DeadlineKind.REINSTRUCT, QT_TRANSLATE_NOOP("Labels", "re-instruct")),
    (DeadlineKind.ESCALATION, QT_TRANSLATE_NOOP("Labels", "escalation")),
    (CaseAction.INSTRUCT, QT_TRANSLATE_NOOP("Labels", "&Instruct officer")),
    (CaseAction.RECORD_CONFIRMATION, QT_TRANSLATE_NOOP("Labels", "Record &confirmation")),
    (CaseAction.REDIRECT, QT_TRANSLATE_NOOP("Labels", "&Redirect to alternate")),
    (CaseAction.REINSTRUCT, QT_TRANSLATE_NOOP("Labels", "Re-instr&uct")),
    (CaseAction.ESCALATE, QT_TRANSLATE_NOOP("Labels", "&Escalate to superior")),
    (CaseAction.CLOSE, QT_TRANSLATE_NOOP("Labels", "C&lose case")),
    (CaseAction.CANCEL, QT_TRANSLATE_NOOP("Labels", "Cancel c&ase")),
    (CaseAction.REOPEN, QT_TRANSLATE_NOOP("Labels", "Re&open")),
    (CaseAction.ADD_NOTE, QT_TRANSLATE_NOOP("Labels", "Add &note")),
    (CaseAction.RECORD_MANUAL_CALL, QT_TRANSLATE_NOOP("Labels", "Record &manual call")),
    (TimelineEventKind.LOGGED, QT_TRANSLATE_NOOP("Labels", "Complaint logged")),
    (TimelineEventKind.JOINED, QT_TRANSLATE_NOOP("Labels", "Further complaint joined")),
    (TimelineEventKind.BECAME_DUE, QT_TRANSLATE_NOOP("Labels", "Became due")),
    (TimelineEventKind.INSTRUCTED, QT_TRANSLATE_NOOP("Labels", "Officer instructed")),
    (TimelineEventKind.SMS, QT_TRANSLATE_NOOP("Labels", "SMS to officer")),
    (TimelineEventKind.CALL, QT_TRANSLATE_NOOP("Labels", "Call to officer")),
    (TimelineEventKind.MANUAL_CALL, QT_TRANSLATE_NOOP("Labels", "Manual call")),
    (TimelineEventKind.CONFIRMED, QT_TRANSLATE_NOOP("Labels", "Callback confirmed")),
    (TimelineEventKind.REDIRECTED, QT_TRANSLATE_NOOP("Labels", "Redirected to alternate")),
    (TimelineEventKind.ALARM, QT_TRANSLATE_NOOP("Labels", "Alarm: callback overdue")),
    (TimelineEventKind.REINSTRUCTED, QT_TRANSLATE_NOOP("Labels", "Re-instructed")),
    (TimelineEventKind.ESCALATED, QT_TRANSLATE_NOOP("Labels", "Escalated to superior")),
    (TimelineEventKind.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (TimelineEventKind.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (TimelineEventKind.REOPENED, QT_TRANSLATE_NOOP("Labels", "Reopened")),
    (TimelineEventKind.NOTE, QT_TRANSLATE_NOOP("Labels", "Note")),
    (ModemAudio.OPERATOR, QT_TRANSLATE_NOOP("Labels", "Operator")),
    (ModemAudio.RECORDED, QT_TRANSLATE_NOOP("Labels", "Recording")),
    (ModemAudio.RECORDED_CANNOT_PLAY, QT_TRANSLATE_NOOP("Labels", "Cannot play")),
    (ModemAudio.ALERT, QT_TRANSLATE_NOOP("Labels", "Alert only")),
    (AttemptOutcome.ANSWERED, QT_TRANSLATE_NOOP("Labels", "Answered")),
    (AttemptOutcome.NO_ANSWER, QT_TRANSLATE_NOOP("Labels", "No answer")),
    (AttemptOutcome.BUSY, QT_TRANSLATE_NOOP("Labels", "Busy")),
    (AttemptOutcome.UNREACHABLE, QT_TRANSLATE_NOOP("Labels", "Unreachable")),
    (AttemptOutcome.REJECTED, QT_TRANSLATE_NOOP("Labels", "Rejected")),
    (AttemptParty.OFFICER, QT_TRANSLATE_NOOP("Labels", "Officer")),
    (AttemptParty.REPRESENTATIVE, QT_TRANSLATE_NOOP("Labels", "Representative")),
    (AttemptParty.ALTERNATE, QT_TRANSLATE_NOOP("Labels", "Alternate")),
    (AttemptParty.SUPERIOR, QT_TRANSLATE_NOOP("Labels", "Superior")),
    (ConfirmationSource.REPRESENTATIVE, QT_TRANSLATE_NOOP("Labels", "Representative confirmed")),
    (ConfirmationSource.OFFICER, QT_TRANSLATE_NOOP("Labels", "Officer confirmed")),
    (ConfirmationSource.SMS_REPLY, QT_TRANSLATE_NOOP("Labels", "SMS reply")),
    (ConfirmationSource.MISSED_CALL, QT_TRANSLATE_NOOP("Labels", "Missed call")),
    (ContactReason.ON_DUTY, QT_TRANSLATE_NOOP("Labels", "On duty: contact the officer")),
    (ContactReason.ALTERNATE_FOR_LEAVE, QT_TRANSLATE_NOOP("Labels", "On leave: contact the alternate")),
    (ContactReason.ALTERNATE_FOR_TRAINING, QT_TRANSLATE_NOOP("Labels", "In training: contact the alternate")),
    (ContactReason.ALTERNATE_FOR_OTHER, QT_TRANSLATE_NOOP("Labels", "Away: contact the alternate")),
    (ContactReason.NO_ALTERNATE, QT_TRANSLATE_NOOP("Labels", "Away and no alternate named")),
    (ContactReason.ALTERNATE_CYCLE, QT_TRANSLATE_NOOP("Labels", "Alternates lead back round: nobody to contact")),
    (RegistrationState.HOME, QT_TRANSLATE_NOOP("Labels", "Registered")),
    (RegistrationState.ROAMING, QT_TRANSLATE_NOOP("Labels", "Roaming")),
    (RegistrationState.SEARCHING, QT_TRANSLATE_NOOP("Labels", "Searching")),
    (RegistrationState.DENIED, QT_TRANSLATE_NOOP("Labels", "Denied")),
    (RegistrationState.NOT_REGISTERED, QT_TRANSLATE_NOOP("Labels", "Not registered")),
    (RegistrationState.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Unknown")),
    (SimState.READY, QT_TRANSLATE_NOOP("Labels", "Ready")),
    (SimState.PIN_REQUIRED, QT_TRANSLATE_NOOP("Labels", "PIN required")),
    (SimState.PUK_REQUIRED, QT_TRANSLATE_NOOP("Labels", "PUK required")),
    (SimState.ABSENT, QT_TRANSLATE_NOOP("Labels", "No SIM")),
    (SimState.ERROR, QT_TRANSLATE_NOOP("Labels", "SIM error")),
    (IncomingKind.SMS, QT_TRANSLATE_NOOP("Labels", "SMS")),
    (IncomingKind.MISSED_CALL, QT_TRANSLATE_NOOP("Labels", "Missed call")),
    (IncomingKind.CALL, QT_TRANSLATE_NOOP("Labels", "Incoming call")),
    (CalendarDayKind.GAZETTED_HOLIDAY, QT_TRANSLATE_NOOP("Labels", "Gazetted holiday")),
    (CalendarDayKind.LOCAL_HOLIDAY, QT_TRANSLATE_NOOP("Labels", "Local holiday")),
    (CalendarDayKind.COMPENSATORY_WORKING_DAY, QT_TRANSLATE_NOOP("Labels", "Compensatory working day")),
    (ActionOutcome.OK, QT_TRANSLATE_NOOP("Labels", "Done.")),
    (ActionOutcome.JOINED_OPEN_CASE, QT_TRANSLATE_NOOP("Labels", "This representative already has an open case for this officer; the complaint was added to it.")),
    (ActionOutcome.STALE, QT_TRANSLATE_NOOP("Labels", "Another operator changed this case a moment ago. The window shows the latest; please check and try again.")),
    (ActionOutcome.NOT_ALLOWED, QT_TRANSLATE_NOOP("Labels", "That action is not possible in the case's current state.")),
    (ActionOutcome.NOT_FOUND, QT_TRANSLATE_NOOP("Labels", "The record no longer exists.")),
    (ActionOutcome.NOT_REGISTERED_NUMBER, QT_TRANSLATE_NOOP("Labels", "The number is not on the government register; the center may not dial it.")),
    (ActionOutcome.NO_ALTERNATE, QT_TRANSLATE_NOOP("Labels", "No alternate is named for this officer.")),
    (ActionOutcome.INVALID, QT_TRANSLATE_NOOP("Labels", "Please correct the marked fields.")),
    (ActionOutcome.PERMISSION_DENIED, QT_TRANSLATE_NOOP("Labels", "Only a supervisor may do this.")),
    (ActionOutcome.UNAVAILABLE, QT_TRANSLATE_NOOP("Labels", "The database cannot be reached: nothing was saved. Your text is kept; try again in a moment.")),
    (ActionOutcome.FAILED, QT_TRANSLATE_NOOP("Labels", "The action failed; nothing was changed. The log has the details.")),
    (PeriodProblem.ENDS_BEFORE_START, QT_TRANSLATE_NOOP("Labels", "The last day is before the first day.")),
    (PeriodProblem.ENDS_IN_PAST, QT_TRANSLATE_NOOP("Labels", "The period is already over.")),
    (PeriodProblem.ALTERNATE_IS_OFFICER, QT_TRANSLATE_NOOP("Labels", "An officer cannot be their own alternate.")),
    (PeriodProblem.ALTERNATE_CYCLE, QT_TRANSLATE_NOOP("Labels", "This alternate leads back to the officer through other alternates.")),
    (PeriodProblem.ALTERNATE_UNAVAILABLE, QT_TRANSLATE_NOOP("Labels", "The alternate is away on some of these days.")),
    (PeriodProblem.OVERLAPS_PERIOD, QT_TRANSLATE_NOOP("Labels", "The officer already has a period on some of these days.")),
    (PeriodProblem.NOTE_REQUIRED, QT_TRANSLATE_NOOP("Labels", "Say in the note what the absence is.")),
    (PeriodProblem.UNKNOWN_OFFICER, QT_TRANSLATE_NOOP("Labels", "The officer is not on the roster.")),
    (PeriodProblem.UNKNOWN_ALTERNATE, QT_TRANSLATE_NOOP("Labels", "The alternate is not on the roster.")),
    (PeriodProblem.NAIVE_TIME, QT_TRANSLATE_NOOP("Labels", "The period's times have no time zone.")),
    (CalendarProblem.DUPLICATE_DAY, QT_TRANSLATE_NOOP("Labels", "That day already has an entry.")),
    (CalendarProblem.NAME_REQUIRED, QT_TRANSLATE_NOOP("Labels", "Give the day a name.")),
    (CalendarProblem.WORKING_DAY_NOT_OFF, QT_TRANSLATE_NOOP("Labels", "A compensatory working day must fall on a day off.")),
    (CalendarProblem.NOT_EDITABLE, QT_TRANSLATE_NOOP("Labels", "The state's gazetted list cannot be edited here.")),
)
_DONE: dict[CaseAction, str] = {
    CaseAction.INSTRUCT: QT_TRANSLATE_NOOP("Done", "Officer instructed: the SMS and the call are in the outbox."),
    CaseAction.REINSTRUCT: QT_TRANSLATE_NOOP("Done", "Officer instructed again: the SMS and the call are in the outbox."),
    CaseAction.RECORD_CONFIRMATION: QT_TRANSLATE_NOOP("Done", "Callback confirmed and recorded."),
    CaseAction.REDIRECT: QT_TRANSLATE_NOOP("Done", "Redirected: this is now the case against the alternate."),
    CaseAction.ESCALATE: QT_TRANSLATE_NOOP("Done", "Escalated: the superior's SMS and call are in the outbox."),
    CaseAction.CLOSE: QT_TRANSLATE_NOOP("Done", "Case closed."),
    CaseAction.CANCEL: QT_TRANSLATE_NOOP("Done", "Case cancelled."),
    CaseAction.REOPEN: QT_TRANSLATE_NOOP("Done", "Case reopened."),
    CaseAction.ADD_NOTE: QT_TRANSLATE_NOOP("Done", "Note added."),
    CaseAction.RECORD_MANUAL_CALL: QT_TRANSLATE_NOOP("Done", "Manual call recorded."),
}


def done_label(action: CaseAction) -> str:
    """What an action that succeeded did, in one line."""
    return QCoreApplication.translate("Done", _DONE[action])


# Keyed by type as well: str enums of different types with the same value compare equal.
_LABELS: dict[tuple[type[Enum], str], str] = {(type(code), code.value): text for code, text in _TEXTS}


def label(code: Enum) -> str:
    return QCoreApplication.translate(CONTEXT, _LABELS[(type(code), code.value)])


def plain_label(code: Enum) -> str:
    """The label without its keyboard-accelerator ampersand (for lists and tables)."""
    return label(code).replace("&", "")


def problem_label(code: str) -> str:
    for enum in (PeriodProblem, CalendarProblem):
        try:
            return label(enum(code))
        except ValueError:
            continue
    return code
