"""The cases of a report's period, streamed as plain facts in the order the representatives called.

A year of a large district is 50,000 cases: the rows go out in chunks as they
are read (``yield_per``; a server-side cursor on PostgreSQL), so neither the
analytics nor the workbook ever hold the ORM's view of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.reports.facts import CaseFacts
from db.models import Escalation, Officer

CHUNK_ROWS = 2_000
_COLUMNS = (  # in the order of CaseFacts' fields
    Escalation.id,
    Escalation.case_code,
    Escalation.officer_id,
    Escalation.representative_id,
    Escalation.state,
    Escalation.channel,
    Escalation.representative_called_at,
    Escalation.logged_at,
    Escalation.operator,
    Escalation.note,
    Escalation.complaint_count,
    Escalation.instructed_at,
    Escalation.instruction_count,
    Escalation.reinstruction_count,
    Escalation.escalated_at,
    Escalation.confirmed_at,
    Escalation.callback_at,
    Escalation.confirmation_method,
    Escalation.redirected_to_officer_id,
    Escalation.closed_at,
    Escalation.cancel_reason,
)


class ReportRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def cases(
        self,
        starts_at: datetime,
        ends_at: datetime,
        *,
        department: str | None = None,
        officer_id: int | None = None,
    ) -> Iterator[CaseFacts]:
        """Cases whose representative called in ``[starts_at, ends_at)``, by call time then id."""
        query = (
            select(*_COLUMNS)
            .where(Escalation.representative_called_at >= ensure_utc(starts_at))
            .where(Escalation.representative_called_at < ensure_utc(ends_at))
            .order_by(Escalation.representative_called_at, Escalation.id)
        )
        if officer_id is not None:
            query = query.where(Escalation.officer_id == officer_id)
        if department is not None:
            query = query.join(Officer, Officer.id == Escalation.officer_id).where(Officer.department == department)
        for row in self._session.execute(query.execution_options(yield_per=CHUNK_ROWS)):
            yield CaseFacts(*row)  # the columns are the facts' fields, in order
