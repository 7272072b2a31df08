"""Incoming SMS and calls at the center's modems, kept whether or not they matched anything."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import false, select, update
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import Topic
from db.codes import IncomingChannel
from db.errors import NotFoundError
from db.feed import publish
from db.models import IncomingMessage


@dataclass(frozen=True)
class IncomingRecord:
    id: int
    kind: IncomingChannel
    sender: str
    text: str
    received_at: datetime
    modem_name: str
    officer_id: int | None
    escalation_id: int | None
    handled: bool
    handled_at: datetime | None


_COLUMNS = (
    IncomingMessage.id,
    IncomingMessage.kind,
    IncomingMessage.sender,
    IncomingMessage.text,
    IncomingMessage.received_at,
    IncomingMessage.modem_name,
    IncomingMessage.officer_id,
    IncomingMessage.escalation_id,
    IncomingMessage.handled,
    IncomingMessage.handled_at,
)


class IncomingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(
        self, kind: IncomingChannel, *, sender: str, received_at: datetime, text: str = "", modem_name: str = ""
    ) -> IncomingRecord:
        model = IncomingMessage(
            kind=kind, sender=sender, text=text, received_at=ensure_utc(received_at), modem_name=modem_name,
            handled=False,
        )
        self._session.add(model)
        self._session.flush()
        return self.get(model.id)

    def resolve(
        self, incoming_id: int, *, at: datetime, officer_id: int | None = None, escalation_id: int | None = None
    ) -> IncomingRecord:
        """Mark a message handled, with the officer and case it was matched to (both None: an unknown sender)."""
        changed = self._session.execute(
            update(IncomingMessage)
            .where(IncomingMessage.id == incoming_id)
            .values(officer_id=officer_id, escalation_id=escalation_id, handled=True, handled_at=ensure_utc(at))
            .execution_options(synchronize_session=False)
        )
        if getattr(changed, "rowcount", 0) != 1:
            raise NotFoundError("incoming message", incoming_id)
        publish(self._session, Topic.INCOMING, row_id=incoming_id, case_id=escalation_id)
        return self.get(incoming_id)

    def get(self, incoming_id: int) -> IncomingRecord:
        row = self._session.execute(select(*_COLUMNS).where(IncomingMessage.id == incoming_id)).first()
        if row is None:
            raise NotFoundError("incoming message", incoming_id)
        return IncomingRecord(**row._mapping)

    def unhandled(self) -> list[IncomingRecord]:
        """What arrived but was not processed yet (e.g. the process stopped in between)."""
        query = select(*_COLUMNS).where(IncomingMessage.handled == false()).order_by(IncomingMessage.id)
        return [IncomingRecord(**row._mapping) for row in self._session.execute(query)]

    def recent(self, *, limit: int = 100) -> list[IncomingRecord]:
        query = select(*_COLUMNS).order_by(IncomingMessage.received_at.desc(), IncomingMessage.id.desc()).limit(limit)
        return [IncomingRecord(**row._mapping) for row in self._session.execute(query)]

    def of_ids(self, incoming_ids: Collection[int]) -> list[IncomingRecord]:
        """These rows, in the order of :meth:`recent`; an id with no row has none."""
        if not incoming_ids:
            return []
        query = (select(*_COLUMNS).where(IncomingMessage.id.in_(sorted(set(incoming_ids))))
                 .order_by(IncomingMessage.received_at.desc(), IncomingMessage.id.desc()))
        return [IncomingRecord(**row._mapping) for row in self._session.execute(query)]
