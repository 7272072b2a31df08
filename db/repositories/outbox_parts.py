"""The parts of a sent SMS, as the modem reported them: accepted (with their references), then delivered or not.

Kept per outbox row so that what went is known even when the dispatcher died
half-way through a message (a resend sends only the missing parts, under the
same concatenation reference, from the same SIM), and so that a delivery report
is stored against its part whatever state its row is in, to be counted when
the row is ready for it. Used by :class:`~db.repositories.outbox.OutboxRepository`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from db.models import OutboxPart
from db.repositories.common import dialect_insert

DELIVERED = "delivered"
_COMPARED_DIGITS = 10  # status reports quote the recipient nationally or internationally


@dataclass(frozen=True)
class SentPart:
    """One part the modem accepted (``+CMGS: <mr>``)."""

    sequence: int
    total: int
    concat_reference: int | None
    modem_name: str
    recipient: str
    message_reference: int
    accepted_at: datetime


@dataclass(frozen=True)
class PartRecord:
    sequence: int
    total: int
    concat_reference: int | None
    modem_name: str
    message_reference: int
    accepted_at: datetime
    delivery_status: str | None
    reported_at: datetime | None

    @property
    def delivered(self) -> bool:
        return self.delivery_status == DELIVERED

    @property
    def failed(self) -> bool:
        return self.delivery_status is not None and not self.delivered


@dataclass(frozen=True)
class Parts:
    """What is known of one row's parts."""

    records: tuple[PartRecord, ...]

    @property
    def total(self) -> int | None:
        return self.records[0].total if self.records else None

    @property
    def went(self) -> tuple[int, ...]:
        """Parts accepted and not reported failed: a resend leaves them out."""
        return tuple(part.sequence for part in self.records if not part.failed)

    @property
    def complete(self) -> bool:
        """Every part accepted (whatever the delivery reports say)."""
        total = self.total
        return total is not None and len(self.records) == total

    @property
    def all_delivered(self) -> bool:
        return self.complete and all(part.delivered for part in self.records)

    @property
    def first_failure(self) -> PartRecord | None:
        return next((part for part in self.records if part.failed), None)

    @property
    def missing(self) -> int:
        """Parts known to exist that did not go (0 when nothing is known)."""
        total = self.total
        return 0 if total is None else total - len(self.went)

    @property
    def concat_reference(self) -> int | None:
        return self.records[0].concat_reference if self.records else None

    @property
    def modem_name(self) -> str | None:
        return self.records[0].modem_name if self.records else None

    @property
    def references(self) -> list[int]:
        return [part.message_reference for part in self.records]


def record(session: Session, outbox_id: int, part: SentPart) -> None:
    """Store one accepted part; a part sent again (another reference) replaces it, and its old report no longer
    holds."""
    values = {
        "total": part.total,
        "concat_reference": part.concat_reference,
        "modem_name": part.modem_name,
        "recipient": part.recipient,
        "message_reference": part.message_reference,
        "accepted_at": ensure_utc(part.accepted_at),
        "delivery_status": None,
        "reported_at": None,
    }
    insert = dialect_insert(session, OutboxPart).values(outbox_id=outbox_id, sequence=part.sequence, **values)
    again = insert.excluded
    statement = insert.on_conflict_do_update(
        index_elements=["outbox_id", "sequence"],
        set_=values,
        # The same acceptance told twice (as it happened, then with the try's outcome) keeps its report.
        where=or_(OutboxPart.message_reference != again.message_reference, OutboxPart.modem_name != again.modem_name),
    )
    session.execute(statement)


def of(session: Session, outbox_id: int) -> Parts:
    query = select(OutboxPart).where(OutboxPart.outbox_id == outbox_id).order_by(OutboxPart.sequence)
    return Parts(tuple(_record(part) for part in session.scalars(query)))


def of_rows(session: Session, outbox_ids: Sequence[int]) -> dict[int, Parts]:
    if not outbox_ids:
        return {}
    query = select(OutboxPart).where(OutboxPart.outbox_id.in_(list(outbox_ids))).order_by(
        OutboxPart.outbox_id, OutboxPart.sequence
    )
    found: dict[int, list[PartRecord]] = {}
    for part in session.scalars(query):
        found.setdefault(part.outbox_id, []).append(_record(part))
    return {outbox_id: Parts(tuple(records)) for outbox_id, records in found.items()}


def forget(session: Session, outbox_id: int) -> None:
    """A whole resend decided by an operator: what went before no longer counts."""
    session.execute(delete(OutboxPart).where(OutboxPart.outbox_id == outbox_id))


def report(session: Session, outbox_id: int, sequence: int, status: str, at: datetime) -> bool:
    """Keep a delivery report against its part; False when the part is not (yet) recorded."""
    changed = session.execute(
        update(OutboxPart)
        .where(OutboxPart.outbox_id == outbox_id, OutboxPart.sequence == sequence)
        .values(delivery_status=status, reported_at=ensure_utc(at))
        .execution_options(synchronize_session=False)
    )
    return getattr(changed, "rowcount", 0) == 1


def find(
    session: Session, modem_name: str, recipient: str, message_reference: int, *, since: datetime
) -> tuple[int, int] | None:
    """(outbox id, sequence) of the latest part a modem sent to ``recipient`` under a reference since ``since``.

    For reports that reach a dispatcher started after the message went (the modem's own memory of it is gone).
    """
    query = (
        select(OutboxPart.outbox_id, OutboxPart.sequence, OutboxPart.recipient)
        .where(
            OutboxPart.modem_name == modem_name,
            OutboxPart.message_reference == message_reference,
            OutboxPart.accepted_at >= ensure_utc(since),
        )
        .order_by(OutboxPart.accepted_at.desc(), OutboxPart.id.desc())
    )
    wanted = _digits(recipient)
    for outbox_id, sequence, sent_to in session.execute(query):
        if _digits(sent_to) == wanted:
            return int(outbox_id), int(sequence)
    return None


def _digits(number: str) -> str:
    return "".join(character for character in number if character.isdigit())[-_COMPARED_DIGITS:]


def _record(part: OutboxPart) -> PartRecord:
    return PartRecord(part.sequence, part.total, part.concat_reference, part.modem_name, part.message_reference,
                      part.accepted_at, part.delivery_status, part.reported_at)
