"""The window's rows (:mod:`console.views`) built from the desk's records: codes in, codes out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from console.availability import ChainEnd, ContactDecision
from console.desk.ladder import LadderPolicy, reinstruct_at
from console.desk.records import case_of, short_code
from console.domain import (
    AvailabilityPeriod,
    AvailabilityStatus,
    BusinessHours,
    CallHeard,
    EscalationState,
    Officer,
    OutboxKind,
    OutboxStatus,
    Representative,
    RepresentativeKind,
    SpokenOutcome,
)
from console.lifecycle_commands import CALL_OUTCOMES, AttemptOutcome, AttemptParty
from console.lifecycle import Action, ConfirmationMethod, DeadlineKind, next_deadline, operator_actions
from console.place_names import PlaceNames
from console.plain_text import plain_line
from console.views import (
    AvailabilityDecision,
    CallAudioRecord,
    CaseAction,
    ConfirmationSource,
    ContactReason,
    IncomingKind,
    IncomingRow,
    ModemAudio,
    ModemRow,
    OfficerRow,
    OutboxRow,
    QueueRow,
    RegistrationState,
    RepresentativeRow,
    SimState,
    TimelineEntry,
    TimelineEventKind,
)
from db.codes import IncomingChannel
from db.escalation_record import EscalationRecord, OpenCase, Presence
from modem.call_audio import AudioMode
from modem.state import ModemStatus, Registration, Role
from modem.state import SimState as ModemSimState

if TYPE_CHECKING:  # the storage's records, read only here: the first screen's rows are built before the ORM loads
    from db.repositories.escalations import EventRecord
    from db.repositories.incoming import IncomingRecord
    from db.repositories.outbox import OutboxRecord
    from db.repositories.outbox_parts import Parts

EVENT_KINDS = {
    Action.LOG: TimelineEventKind.LOGGED,
    Action.JOIN: TimelineEventKind.JOINED,
    Action.BECOME_DUE: TimelineEventKind.BECAME_DUE,
    Action.INSTRUCT: TimelineEventKind.INSTRUCTED,
    Action.CONFIRM: TimelineEventKind.CONFIRMED,
    Action.REDIRECT: TimelineEventKind.REDIRECTED,
    Action.RAISE_ALARM: TimelineEventKind.ALARM,
    Action.REINSTRUCT: TimelineEventKind.REINSTRUCTED,
    Action.ESCALATE: TimelineEventKind.ESCALATED,
    Action.CLOSE: TimelineEventKind.CLOSED,
    Action.CANCEL: TimelineEventKind.CANCELLED,
    Action.REOPEN: TimelineEventKind.REOPENED,
    Action.ADD_NOTE: TimelineEventKind.NOTE,
    Action.RECORD_ATTEMPT: TimelineEventKind.MANUAL_CALL,
}
CASE_ACTIONS = {
    Action.INSTRUCT: CaseAction.INSTRUCT,
    Action.REDIRECT: CaseAction.REDIRECT,
    Action.CONFIRM: CaseAction.RECORD_CONFIRMATION,
    Action.REINSTRUCT: CaseAction.REINSTRUCT,
    Action.ESCALATE: CaseAction.ESCALATE,
    Action.CLOSE: CaseAction.CLOSE,
    Action.CANCEL: CaseAction.CANCEL,
    Action.REOPEN: CaseAction.REOPEN,
    Action.ADD_NOTE: CaseAction.ADD_NOTE,
    Action.RECORD_ATTEMPT: CaseAction.RECORD_MANUAL_CALL,
}
_AWAY_REASONS = {
    AvailabilityStatus.LEAVE: ContactReason.ALTERNATE_FOR_LEAVE,
    AvailabilityStatus.TRAINING: ContactReason.ALTERNATE_FOR_TRAINING,
}
_REGISTRATIONS = {
    Registration.HOME: RegistrationState.HOME,
    Registration.ROAMING: RegistrationState.ROAMING,
    Registration.SEARCHING: RegistrationState.SEARCHING,
    Registration.DENIED: RegistrationState.DENIED,
    Registration.NOT_REGISTERED: RegistrationState.NOT_REGISTERED,
}
_SIMS = {
    ModemSimState.READY: SimState.READY,
    ModemSimState.PIN_REQUIRED: SimState.PIN_REQUIRED,
    ModemSimState.PIN_REJECTED: SimState.PIN_REQUIRED,
    ModemSimState.PUK_REQUIRED: SimState.PUK_REQUIRED,
    ModemSimState.ABSENT: SimState.ABSENT,
}
_CALL_OUTCOMES = {outcome.value: outcome for outcome in CALL_OUTCOMES}
_PARTIES = {party.value: party for party in AttemptParty}
# How the window names who confirmed, in the record's terms: a method, and for the operator's own word who told them.
_METHOD_OF = {ConfirmationSource.SMS_REPLY: ConfirmationMethod.SMS_REPLY,
              ConfirmationSource.MISSED_CALL: ConfirmationMethod.MISSED_CALL}
_TOLD_BY = {ConfirmationSource.REPRESENTATIVE: AttemptParty.REPRESENTATIVE, ConfirmationSource.OFFICER: AttemptParty.OFFICER}
_SOURCES = {method.value: source for source, method in _METHOD_OF.items()}
_SOURCE_TOLD_BY: dict[AttemptParty | None, ConfirmationSource] = {party: source for source, party in _TOLD_BY.items()}


def confirmation_of(source: ConfirmationSource) -> tuple[ConfirmationMethod, AttemptParty | None]:
    """The record's method and party for what the window calls the confirmation's source."""
    return _METHOD_OF.get(source, ConfirmationMethod.OPERATOR), _TOLD_BY.get(source)


def officer_row(officer: Officer, period: AvailabilityPeriod | None = None, period_id: int | None = None,
                alternate: Officer | None = None, places: PlaceNames | None = None) -> OfficerRow:
    row = OfficerRow(officer.id, officer.name_en, officer.name_hi, officer.designation_en, officer.designation_hi,
                     officer.department, officer.office, officer.official_number,
                     office_hi=places.hindi(officer.office) if places else "")
    if period is None:
        return row
    return replace(
        row, status=period.status, period_id=period_id, period_starts_at=period.starts_at,
        period_ends_at=period.ends_at, alternate_id=period.alternate_officer_id,
        alternate_name_en=alternate.name_en if alternate else "",
        alternate_name_hi=alternate.name_hi if alternate else "",
        alternate_designation_en=alternate.designation_en if alternate else "",
        alternate_designation_hi=alternate.designation_hi if alternate else "",
        alternate_number=alternate.official_number if alternate else "",
    )


def representative_row(person: Representative, places: PlaceNames | None = None) -> RepresentativeRow:
    number = person.registered_numbers[0] if person.registered_numbers else ""
    return RepresentativeRow(person.id, person.kind, person.name_en, person.name_hi, person.constituency, number,
                             places.hindi(person.constituency) if places else "")


def queue_row(record: EscalationRecord, officers: Mapping[int, Officer], people: Mapping[int, Representative],
              calendar: BusinessHours, policy: LadderPolicy) -> QueueRow:
    officer, person = officers.get(record.officer_id), people.get(record.representative_id)
    names = (person.name_en if person else "", person.name_hi if person else "",
             person.kind if person else RepresentativeKind.OTHER,
             officer.name_en if officer else "", officer.name_hi if officer else "",
             officer.designation_en if officer else "", officer.designation_hi if officer else "",
             officer.department if officer else "")
    return _queue_row(record, names, calendar, policy)


def open_case_row(case: OpenCase, calendar: BusinessHours, policy: LadderPolicy) -> QueueRow:
    """The queue's row from an open case read with its people's names: no roster needed (the first screen)."""
    names = (plain_line(case.representative_name_en), plain_line(case.representative_name_hi),
             case.representative_kind, plain_line(case.officer_name_en), plain_line(case.officer_name_hi),
             plain_line(case.officer_designation_en), plain_line(case.officer_designation_hi),
             plain_line(case.department))
    return _queue_row(case.escalation, names, calendar, policy)


PRESENCE_HORIZON = timedelta(minutes=5)
"""A case window refreshes its presence every minute; a row older than this is a window that died."""


def open_queue(cases: Iterable[OpenCase], present: Mapping[int, Iterable[Presence]], workstation: str,
               calendar: BusinessHours, policy: LadderPolicy) -> tuple[QueueRow, ...]:
    """The queue's rows of the open cases, each saying who else has it open (not this ``workstation``)."""
    return tuple(with_presence(open_case_row(case, calendar, policy), present, workstation) for case in cases)


def with_presence(row: QueueRow, present: Mapping[int, Iterable[Presence]], workstation: str) -> QueueRow:
    others = tuple(dict.fromkeys(p.display_name for p in present.get(row.case_id, ()) if p.workstation != workstation))
    return replace(row, open_by=others) if others else row


def _queue_row(record: EscalationRecord, names: tuple[str, str, RepresentativeKind, str, str, str, str, str],
               calendar: BusinessHours, policy: LadderPolicy) -> QueueRow:
    kind, at = deadline_of(record, calendar, policy)
    return QueueRow(record.id, str(short_code(record)), record.representative_id, *names[:3], record.officer_id,
                    *names[3:], record.state, record.representative_called_at, kind, at, record.operator,
                    record.version)


def deadline_of(record: EscalationRecord, calendar: BusinessHours,
                policy: LadderPolicy) -> tuple[DeadlineKind | None, datetime | None]:
    """The clock the queue shows: none for a due case (act now) or one only people can move."""
    case = case_of(record)
    deadline = next_deadline(case, calendar, policy.thresholds)
    if deadline is None or deadline.kind is DeadlineKind.INSTRUCTION:
        return None, None
    if case.state is EscalationState.ALARM:
        when = reinstruct_at(case, calendar, policy)
        if when is not None and when < deadline.at:
            return DeadlineKind.REINSTRUCT, when
    return deadline.kind, deadline.at


def allowed_actions(record: EscalationRecord, decision: ContactDecision | None, *,
                    now: datetime | None = None, office_open: bool = True) -> frozenset[CaseAction]:
    """The buttons: the lifecycle's, less instruct for an officer away (or a case whose ten minutes still run in
    office hours) and redirect for one on duty."""
    actions = {CASE_ACTIONS[action] for action in operator_actions(record.state) if action in CASE_ACTIONS}
    away = decision is not None and decision.reason is not ChainEnd.AVAILABLE
    early = office_open and (now is None or record.due_at is None or now < record.due_at)
    if away or (record.state is EscalationState.WAITING and early):
        actions.discard(CaseAction.INSTRUCT)
    if not away or decision is None or decision.contact_officer_id is None:
        actions.discard(CaseAction.REDIRECT)
    return frozenset(actions)


def availability_decision(decision: ContactDecision, rows: Mapping[int, OfficerRow]) -> AvailabilityDecision | None:
    first = rows.get(decision.officer_id)
    if first is None:
        return None
    contact = rows.get(decision.contact_officer_id) if decision.contact_officer_id is not None else None
    chain = tuple(step.officer_id for step in decision.chain)
    if decision.reason is ChainEnd.AVAILABLE:
        return AvailabilityDecision(first, ContactReason.ON_DUTY, first, chain)
    if decision.reason is ChainEnd.ALTERNATE:
        reason = _AWAY_REASONS.get(decision.chain[0].status, ContactReason.ALTERNATE_FOR_OTHER)
        return AvailabilityDecision(first, reason, contact, chain)
    if decision.reason is ChainEnd.CYCLE:
        return AvailabilityDecision(first, ContactReason.ALTERNATE_CYCLE, None, chain)
    return AvailabilityDecision(first, ContactReason.NO_ALTERNATE, None, chain)


def timeline(events: Iterable[EventRecord], outbox: Iterable[OutboxRecord], outcomes: Mapping[int, str],
             officers: Mapping[int, Officer]) -> tuple[TimelineEntry, ...]:
    """The case's events and its SMS and calls, in time order; every detail a code or a person's own words."""
    entries = [_event_entry(event, officers) for event in events]
    for row in outbox:
        kind = TimelineEventKind.SMS if row.kind is OutboxKind.SMS else TimelineEventKind.CALL
        outcome, talk = call_result(row, outcomes.get(row.id))
        entries.append(TimelineEntry(row.created_at, row.modem_name or row.created_by, kind, number=row.to_number,
                                     delivery=row.status, call_outcome=outcome, talk_seconds=talk,
                                     audio=call_audio(row) if outcome is AttemptOutcome.ANSWERED else None))
    return tuple(sorted(entries, key=lambda entry: entry.at))


def call_result(row: OutboxRecord, last_outcome: str | None) -> tuple[AttemptOutcome | None, float | None]:
    """A finished call's outcome as the modem reported it (and its talk time when answered); None for an SMS."""
    if row.kind is not OutboxKind.CALL or row.status not in (OutboxStatus.SENT, OutboxStatus.DELIVERED):
        return None, None
    outcome = _CALL_OUTCOMES.get(last_outcome or "")
    if outcome is None and row.status is OutboxStatus.DELIVERED:
        outcome = AttemptOutcome.ANSWERED  # an operator's "was sent" or an older row: the row's own word
    talk = row.talk_seconds if outcome is AttemptOutcome.ANSWERED else None
    return outcome, talk


def call_audio(row: OutboxRecord) -> CallAudioRecord | None:
    """What the officer heard on an answered call, from its row; None for a call placed without an audio mode."""
    if row.audio_heard is None:
        return None
    return CallAudioRecord(CallHeard(row.audio_heard), row.audio_plays or 0, row.audio_fallback is not None,
                           row.spoken_by or "", SpokenOutcome(row.spoken_outcome) if row.spoken_outcome else None)


def _event_entry(event: EventRecord, officers: Mapping[int, Officer]) -> TimelineEntry:
    details = event.details
    kind = EVENT_KINDS.get(Action(event.action), TimelineEventKind.NOTE)
    detail = str(details.get("reason") or details.get("note") or details.get("text") or "")
    if kind is TimelineEventKind.MANUAL_CALL:
        return TimelineEntry(event.at, event.actor, kind, detail, number=str(details.get("number", "")),
                             call_outcome=_CALL_OUTCOMES.get(str(details.get("outcome"))),
                             party=AttemptParty(str(details.get("party", AttemptParty.OFFICER.value))))
    if kind is TimelineEventKind.CONFIRMED:
        return _confirmed_entry(event)
    if kind in (TimelineEventKind.REDIRECTED, TimelineEventKind.ESCALATED):
        key = "alternate_officer_id" if kind is TimelineEventKind.REDIRECTED else "superior_officer_id"
        other = officers.get(int(details[key])) if details.get(key) is not None else None
        return TimelineEntry(event.at, event.actor, kind, detail,
                             counterpart_en=other.name_en if other else "", counterpart_hi=other.name_hi if other else "")
    return TimelineEntry(event.at, event.actor, kind, detail, str(details.get("evidence", "")),
                         case_code=str(details.get("redirected_from", "")),
                         outside_hours=bool(details.get("outside_hours", False)))


def _confirmed_entry(event: EventRecord) -> TimelineEntry:
    details = event.details
    method = str(details.get("method", ""))
    party = _PARTIES.get(str(details.get("party", "")))
    source = _SOURCES.get(method) if method != ConfirmationMethod.OPERATOR.value else _SOURCE_TOLD_BY.get(party)
    return TimelineEntry(event.at, event.actor, TimelineEventKind.CONFIRMED, evidence=str(details.get("evidence", "")),
                         party=party, confirmed_by=source, number=str(details.get("number", "")))


def outbox_row(row: OutboxRecord, codes: Mapping[int, str], officers: Mapping[int, Officer],
               last_outcome: str | None = None, parts: Parts | None = None) -> OutboxRow:
    officer = officers.get(row.officer_id) if row.officer_id is not None else None
    outcome, talk = call_result(row, last_outcome)
    return OutboxRow(
        row.id, row.kind, row.status, row.escalation_id, codes.get(row.escalation_id or 0, ""),
        officer.name_en if officer else "", officer.name_hi if officer else "", row.to_number, row.modem_name or "",
        row.attempts, row.updated_at, row.last_error or "", outcome, talk,
        call_audio(row) if outcome is AttemptOutcome.ANSWERED else None, len(parts.went) if parts else 0, (parts.total or 0) if parts else 0,
    )


def incoming_row(record: IncomingRecord, codes: Mapping[int, str], officers: Mapping[int, Officer]) -> IncomingRow:
    officer = officers.get(record.officer_id) if record.officer_id is not None else None
    if record.kind is IncomingChannel.SMS:
        kind = IncomingKind.SMS
    else:
        kind = IncomingKind.MISSED_CALL if officer is not None else IncomingKind.CALL
    return IncomingRow(
        record.id, kind, record.sender, record.received_at, record.modem_name, record.officer_id,
        officer.name_en if officer else "", officer.name_hi if officer else "",
        codes.get(record.escalation_id or 0, ""), record.text,
    )


def modem_row(status: ModemStatus) -> ModemRow:
    return ModemRow(
        status.name, status.online, status.signal_dbm,
        _REGISTRATIONS.get(status.registration, RegistrationState.UNKNOWN),
        _SIMS.get(status.sim, SimState.ERROR), "", status.sms_sent_today, status.daily_cap, status.current_call or "",
        Role.SMS in status.roles, modem_audio(status),
    )


def modem_audio(status: ModemStatus) -> ModemAudio | None:
    """The configured mode; a recorded one the unit cannot play (probed, or known by its family) says so."""
    audio = status.call_audio
    if audio is None or Role.VOICE not in status.roles:
        return None
    if audio.mode is AudioMode.RECORDED:
        known = status.audio is not None or bool(status.identity.model)
        from modem.audio_players import players_for  # the modem's serial machinery, not needed by the first screen

        if known and not players_for(status.identity, status.audio):
            return ModemAudio.RECORDED_CANNOT_PLAY
        return ModemAudio.RECORDED
    return ModemAudio.OPERATOR if audio.mode is AudioMode.OPERATOR else ModemAudio.ALERT
