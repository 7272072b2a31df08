"""The window's outbox and incoming lists, built one way whether all their latest rows are read or a few changed ones.

A row shows, beside its own record, its case's code, its officer's name, a
call's last outcome and a long SMS's parts: :meth:`ListRecords.read` reads them
in the transaction that read the rows, the rows are built outside it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from console.desk import window_rows as views
from console.desk.case_code import CaseCode
from console.domain import Officer, OutboxKind, OutboxStatus
from console.views import IncomingRow, OutboxRow
from db.database import UnitOfWork
from db.repositories.incoming import IncomingRecord
from db.repositories.outbox import OutboxRecord
from db.repositories.outbox_parts import Parts

_PARTS_SHOWN = (OutboxStatus.UNCERTAIN, OutboxStatus.FAILED)  # where an operator may send the missing parts alone


@dataclass(frozen=True)
class ListRecords:
    outbox: Sequence[OutboxRecord]
    incoming: Sequence[IncomingRecord]
    parts: Mapping[int, Parts]
    outcomes: Mapping[int, str]
    codes: Mapping[int, str]

    @classmethod
    def read(cls, work: UnitOfWork, outbox: Sequence[OutboxRecord], incoming: Sequence[IncomingRecord],
             codes: Mapping[int, str] | None = None) -> ListRecords:
        """What the rows show beside their records; ``codes``: case codes known already (the open cases')."""
        known = dict(codes or {})
        referred = {row.escalation_id for row in outbox if row.escalation_id is not None}
        referred |= {row.escalation_id for row in incoming if row.escalation_id is not None}
        known.update((escalation_id, str(CaseCode.from_stored(code)))
                     for escalation_id, code in work.escalations.codes_of(referred - known.keys()).items())
        return cls(
            outbox=outbox,
            incoming=incoming,
            parts=work.outbox.parts_of_rows([row.id for row in outbox if row.status in _PARTS_SHOWN]),
            outcomes=work.outbox.last_outcomes([row.id for row in outbox if row.kind is OutboxKind.CALL]),
            codes=known,
        )

    def officer_ids(self) -> list[int]:
        """The officers the rows name (the first screen reads them by id, not the roster)."""
        mentioned = [row.officer_id for row in self.outbox] + [row.officer_id for row in self.incoming]
        return [officer_id for officer_id in mentioned if officer_id is not None]

    def outbox_rows(self, officers: Mapping[int, Officer]) -> tuple[OutboxRow, ...]:
        return tuple(views.outbox_row(row, self.codes, officers, self.outcomes.get(row.id), self.parts.get(row.id))
                     for row in self.outbox)

    def incoming_rows(self, officers: Mapping[int, Officer]) -> tuple[IncomingRow, ...]:
        return tuple(views.incoming_row(row, self.codes, officers) for row in self.incoming)
