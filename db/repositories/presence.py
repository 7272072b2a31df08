"""Which workstation has which case open: a row per (case, workstation), refreshed while the case window is open.

A workstation that dies leaves its rows behind; readers ignore rows not
refreshed within the caller's horizon, so a crashed window shows nobody after a
few minutes. Not part of the record: nothing here is evidence, it only spares
two operators phoning the same officer.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import Topic
from db.feed import publish
from db.models import CasePresence
from db.escalation_record import Presence as Presence
from db.repositories.common import dialect_insert


class PresenceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def touch(self, case_id: int, *, workstation: str, login: str, display_name: str, at: datetime) -> None:
        values = {"escalation_id": case_id, "workstation": workstation, "login": login,
                  "display_name": display_name, "seen_at": ensure_utc(at)}
        statement = dialect_insert(self._session, CasePresence).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=["escalation_id", "workstation"],
            set_={"login": login, "display_name": display_name, "seen_at": ensure_utc(at)},
        )
        self._session.execute(statement)
        publish(self._session, Topic.PRESENCE, case_id=case_id)

    def leave(self, case_id: int | None, *, workstation: str) -> None:
        """The case window closed (``case_id``), or the workstation signed out or stopped (None: all of its)."""
        statement = delete(CasePresence).where(CasePresence.workstation == workstation)
        if case_id is not None:
            statement = statement.where(CasePresence.escalation_id == case_id)
        if self._session.execute(statement).rowcount:  # type: ignore[attr-defined]
            publish(self._session, Topic.PRESENCE, case_id=case_id)

    def current(self, *, seen_since: datetime) -> dict[int, list[Presence]]:
        query = (select(CasePresence).where(CasePresence.seen_at >= ensure_utc(seen_since))
                 .order_by(CasePresence.escalation_id, CasePresence.seen_at))
        found: dict[int, list[Presence]] = defaultdict(list)
        for row in self._session.scalars(query):
            found[row.escalation_id].append(Presence(row.login, row.display_name, row.workstation))
        return dict(found)
