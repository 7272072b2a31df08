"""Instruct, re-instruct, escalate: one action moves the case and queues its call and SMS, together.

The SMS is composed (and refused, with its reason) before anything is written;
then the case's new state, its event and the outbox rows commit in one
transaction, so there is never an "instructed" case without its messages, nor
a message without the instruction that explains it. Each row carries an
idempotency key made of the case code and the case's new version, so the same
step can never queue a second copy.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from console.config_templates import Language, TemplateName
from console.desk.context import DeskContext, Moved
from console.desk.errors import DeskError, DeskProblem
from console.desk.messages import MessageContext, MessageRefused
from console.desk.records import short_code
from console.domain import Officer, OutboxKind
from console.lifecycle_commands import BOTH_CHANNELS, Escalate, Instruct, Reinstruct
from db.database import UnitOfWork
from db.repositories.escalations import EscalationRecord
from db.repositories.outbox import NewOutboxMessage, OutboxRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Instructed:
    record: EscalationRecord
    recipient: Officer | None  # the officer instructed, or the superior told; None: no superior on the roster
    messages: tuple[OutboxRecord, ...]  # the rows queued, SMS first


class InstructionCases:
    """Instruct, re-instruct, escalate: the desk's use cases that queue messages (:class:`~console.desk.desk.Desk`)."""

    context: DeskContext

    def instruct(
        self,
        case_id: int,
        version: int | None,
        *,
        actor: str,
        channels: Iterable[OutboxKind] = BOTH_CHANNELS,
        language: Language | None = None,
        even_if_away: bool = False,
    ) -> Instructed:
        """The first instruction; refused for an officer away (on leave, in training) unless the operator insists."""
        context = self.context
        if not even_if_away:
            record = _current(context, case_id)
            decision = context.roster().who_to_contact(record.officer_id, context.clock.now())
            if decision.contact_officer_id != record.officer_id:
                raise DeskError(DeskProblem.OFFICER_AWAY, f"officer {record.officer_id} is away: redirect the case",
                                code=decision.reason.value)
        return _send(context, case_id, version, actor, Instruct(frozenset(channels)), language)

    def reinstruct(
        self,
        case_id: int,
        version: int | None,
        *,
        actor: str,
        channels: Iterable[OutboxKind] = BOTH_CHANNELS,
        language: Language | None = None,
    ) -> Instructed:
        return _send(self.context, case_id, version, actor, Reinstruct(frozenset(channels)), language)

    def escalate(
        self,
        case_id: int,
        version: int | None,
        *,
        actor: str,
        channels: Iterable[OutboxKind] = BOTH_CHANNELS,
        language: Language | None = None,
    ) -> Instructed:
        """Tell the officer's superior by SMS and call; without a superior on the roster the case is still escalated."""
        context = self.context
        roster = context.roster()
        with context.database.unit_of_work() as work:
            record = context.load(work, case_id, version)
            officer = roster.officer(record.officer_id)
            superior = None if officer.superior_id is None else roster.officers.get(officer.superior_id)
            rows: tuple[OutboxRecord, ...] = ()
            if superior is None:
                moved = context.move(work, record, Escalate(None), actor=actor)
            else:
                kinds = frozenset(channels)
                number = _number(context, superior)
                text = _text(context, record, TemplateName.ESCALATION, language, kinds, superior=superior)
                moved = context.move(work, record, Escalate(superior.id), actor=actor)
                rows = _queue(work, moved, superior, number, text, kinds, actor)
        if superior is None:
            log.warning("case %s escalated, but officer %s has no superior on the roster", record.case_code,
                        officer.id)
        _announce(context, rows)
        return Instructed(moved.record, superior, rows)


def _send(
    context: DeskContext,
    case_id: int,
    version: int | None,
    actor: str,
    command: Instruct | Reinstruct,
    language: Language | None,
) -> Instructed:
    roster = context.roster()
    template = TemplateName.INSTRUCTION if isinstance(command, Instruct) else TemplateName.REINSTRUCTION
    with context.database.unit_of_work() as work:
        record = context.load(work, case_id, version)
        officer = roster.officer(record.officer_id)
        number = _number(context, officer)
        text = _text(context, record, template, language, command.channels)
        moved = context.move(work, record, command, actor=actor)
        rows = _queue(work, moved, officer, number, text, command.channels, actor)
    _announce(context, rows)
    return Instructed(moved.record, officer, rows)


def _current(context: DeskContext, case_id: int) -> EscalationRecord:
    with context.database.reading() as work:
        return context.load(work, case_id, lock=False)


def _number(context: DeskContext, officer: Officer) -> str:
    try:
        return context.composer().recipient_number(officer)
    except MessageRefused as refused:
        raise DeskError(DeskProblem.MESSAGE_REFUSED, refused.detail, code=refused.problem.value) from None


def _text(
    context: DeskContext,
    record: EscalationRecord,
    template: TemplateName,
    language: Language | None,
    channels: frozenset[OutboxKind],
    *,
    superior: Officer | None = None,
) -> str | None:
    """The SMS text, or None when no SMS goes out; composed before anything is written."""
    if OutboxKind.SMS not in channels:
        return None
    roster = context.roster()
    settings = context.settings
    waited = settings.calendar.business_minutes_between(record.representative_called_at, context.clock.now())
    message_context = MessageContext(
        case_code=short_code(record),
        officer=roster.officer(record.officer_id),
        representative=roster.representative(record.representative_id),
        representative_called_at=record.representative_called_at,
        superior=superior,
        attempt=record.instruction_count + 1,
        minutes_waiting=round(waited),
    )
    try:
        composed = context.composer().compose(template, message_context, language=language or settings.language)
    except MessageRefused as refused:
        raise DeskError(DeskProblem.MESSAGE_REFUSED, refused.detail, code=refused.problem.value) from None
    return composed.text


def _queue(
    work: UnitOfWork,
    moved: Moved,
    recipient: Officer,
    number: str,
    text: str | None,
    channels: frozenset[OutboxKind],
    actor: str,
) -> tuple[OutboxRecord, ...]:
    record = moved.record
    key = f"{record.case_code}:v{record.version}:{moved.event.action.value}"
    rows: list[OutboxRecord] = []
    for kind in (OutboxKind.SMS, OutboxKind.CALL):
        if kind not in channels:
            continue
        row, _ = work.outbox.enqueue(
            NewOutboxMessage(
                kind=kind,
                to_number=number,
                body=(text or "") if kind is OutboxKind.SMS else "",
                idempotency_key=f"{key}:{kind.value}",
                created_by=actor,
                escalation_id=record.id,
                officer_id=recipient.id,
            ),
            at=moved.event.at,
        )
        rows.append(row)
    return tuple(rows)


def _announce(context: DeskContext, rows: tuple[OutboxRecord, ...]) -> None:
    if rows:
        context.outbox_queued(tuple(row.id for row in rows))
