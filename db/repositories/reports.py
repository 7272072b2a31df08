"""The cases of a report's period, streamed as plain facts in the order the representatives called.

A year of a large district is 50,000 cases: the rows go out in chunks as they
are read (``yield_per``; a server-side cursor on PostgreSQL), so neither the
analytics nor the workbook ever hold the ORM's view of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.reports.facts import CaseFacts
from db.models import Escalation, Officer

CHUNK_ROWS = 2_000
FIGURE_COLUMNS = (  # what the figures need: the first fields of CaseFacts, in order
    Escalation.id,
    Escalation.case_code,
    Escalation.officer_id,
    Escalation.representative_id,
    Escalation.state,
    Escalation.representative_called_at,
    Escalation.instructed_at,
    Escalation.callback_at,
    Escalation.reinstruction_count,
    Escalation.escalated_at,
    Escalation.redirected_to_officer_id,
    Escalation.instructed_outside_hours,
)
SHEET_COLUMNS = (  # and what the Cases sheet shows besides: the rest of CaseFacts, in order
    Escalation.channel,
    Escalation.logged_at,
    Escalation.operator,
    Escalation.note,
    Escalation.complaint_count,
    Escalation.instruction_count,
    Escalation.confirmed_at,
    Escalation.confirmation_method,
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
        every_column: bool = True,
    ) -> Iterator[CaseFacts]:
        """Cases whose representative called in ``[starts_at, ends_at)``, by call time then id.

        Without ``every_column`` only what the figures need is read (the reports screen).
        """
        columns = FIGURE_COLUMNS + SHEET_COLUMNS if every_column else FIGURE_COLUMNS
        query = _of_period(select(*columns), starts_at, ends_at, department, officer_id).order_by(
            Escalation.representative_called_at, Escalation.id)
        connection = self._session.connection()  # Core rows: no ORM loading for plain columns
        for row in connection.execute(query.execution_options(yield_per=CHUNK_ROWS)):
            yield CaseFacts(*row)  # the columns are the facts' first fields, in order

    def longest_texts(self, starts_at: datetime, ends_at: datetime, *, department: str | None = None,
                      officer_id: int | None = None) -> dict[str, int]:
        """The longest note, cancel reason and login of the same cases, in characters (the sheet's widths)."""
        texts = {"note": Escalation.note, "cancel_reason": Escalation.cancel_reason, "operator": Escalation.operator}
        query = _of_period(select(*(func.max(func.length(column)) for column in texts.values())), starts_at,
                           ends_at, department, officer_id)
        row = self._session.connection().execute(query).one()
        return {name: int(value or 0) for name, value in zip(texts, row)}


def _of_period(query: Select[Any], starts_at: datetime, ends_at: datetime, department: str | None,
               officer_id: int | None) -> Select[Any]:
    query = query.where(Escalation.representative_called_at >= ensure_utc(starts_at)).where(
        Escalation.representative_called_at < ensure_utc(ends_at))
    if officer_id is not None:
        query = query.where(Escalation.officer_id == officer_id)
    if department is not None:
        query = query.join(Officer, Officer.id == Escalation.officer_id).where(Officer.department == department)
    return query
