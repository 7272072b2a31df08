"""Delivery reports: what the network said became of a sent SMS, part by part, and how the row follows.

A report is kept against its part whatever state its row is in, and counted
(:func:`settle_delivery`) once the row is ready for it. A part of
:class:`~db.repositories.outbox.OutboxRepository`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import OutboxKind, OutboxStatus
from db.errors import ConflictError
from db.models import OutboxMessage
from db.repositories import outbox_parts
from db.repositories.outbox_parts import DELIVERED
from db.repositories.outbox_records import RECORD_COLUMNS, OutboxRecord, load, published, record_of, update_if


class OutboxDeliveries:
    """The modems' status reports, matched to the parts and rows they are about."""

    _session: Session

    def find_part(
        self, modem_name: str, recipient: str, message_reference: int, *, since: datetime
    ) -> tuple[int, int] | None:
        return outbox_parts.find(self._session, modem_name, recipient, message_reference, since=since)

    def record_part_report(
        self, outbox_id: int, sequence: int, *, delivered: bool, status: int, at: datetime
    ) -> OutboxRecord | None:
        """A status report for one part, kept whatever the row's state; the row if the report changed it.

        Raises :class:`NotFoundError` when the row does not exist, :class:`ConflictError` when its part is not
        recorded yet (the caller keeps the report and tries again).
        """
        record = load(self._session, outbox_id)
        if not outbox_parts.report(self._session, outbox_id, sequence, DELIVERED if delivered else f"failed:{status}",
                                   at):
            raise ConflictError(f"outbox {outbox_id}: part {sequence} is not recorded yet")
        published(self._session, record)
        return settle_delivery(self._session, outbox_id, at=ensure_utc(at))

    def record_delivery(
        self, outbox_id: int, *, delivered: bool, delivery_status: str, at: datetime
    ) -> OutboxRecord:
        """A status report for a sent SMS: DELIVERED, or FAILED when the network gave up."""
        at = ensure_utc(at)
        values: dict[str, Any] = {"delivery_status": delivery_status, "updated_at": at,
                                  "version": OutboxMessage.version + 1}
        if delivered:
            values.update(status=OutboxStatus.DELIVERED, delivered_at=at)
        else:
            values.update(status=OutboxStatus.FAILED, last_error=f"delivery {delivery_status}",
                          last_error_class="delivery")
        update_if(self._session, outbox_id,
                  [OutboxMessage.status.in_([OutboxStatus.SENT, OutboxStatus.DELIVERED])], values,
                  lambda row: f"outbox {outbox_id}: a delivery report needs a sent message ({row.status.value})")
        return published(self._session, load(self._session, outbox_id))

    def find_sent_by_reference(self, modem_name: str, reference: int, *, since: datetime) -> OutboxRecord | None:
        """The latest SMS a modem sent since ``since`` under a message reference (references wrap at 256)."""
        query = (
            select(*RECORD_COLUMNS)
            .where(
                OutboxMessage.modem_name == modem_name,
                OutboxMessage.kind == OutboxKind.SMS,
                OutboxMessage.sent_at >= ensure_utc(since),
            )
            .order_by(OutboxMessage.sent_at.desc(), OutboxMessage.id.desc())
        )
        for row in self._session.execute(query):
            record = record_of(row)
            if reference in record.message_references:
                return record
        return None


def settle_delivery(session: Session, outbox_id: int, *, at: datetime) -> OutboxRecord | None:
    """Turn the parts' reports into the row's state: one failed part fails it, every part delivered delivers
    it (a row left uncertain too: the network has said it arrived)."""
    row = load(session, outbox_id)
    parts = outbox_parts.of(session, outbox_id)
    failure = parts.first_failure
    values: dict[str, Any]
    if failure is not None and row.status in (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.UNCERTAIN):
        status = failure.delivery_status or "failed"
        values = {"status": OutboxStatus.FAILED, "delivery_status": status, "last_error_class": "delivery",
                  "last_error": f"delivery {status} (part {failure.sequence} of {failure.total})"}
    elif parts.all_delivered and row.status in (OutboxStatus.SENT, OutboxStatus.UNCERTAIN):
        values = {"status": OutboxStatus.DELIVERED, "delivery_status": DELIVERED, "delivered_at": at,
                  "message_references": parts.references, "modem_name": parts.modem_name,
                  "sent_at": row.sent_at or max(part.accepted_at for part in parts.records)}
        if row.status is OutboxStatus.UNCERTAIN:
            values.update(last_error=None, last_error_class=None)
    else:
        return None
    values.update(updated_at=at, version=OutboxMessage.version + 1)
    session.execute(
        update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(**values)
        .execution_options(synchronize_session=False)
    )
    return published(session, load(session, outbox_id))
