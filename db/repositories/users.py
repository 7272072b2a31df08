"""Operator, supervisor and admin accounts, their lock-out counters, and the sign-in record.

Account changes go to the roster audit (entity ``user``); sign-ins, sign-outs
and refused attempts to ``sign_in_events``. Both are chained (:mod:`db.chain`).
Neither ever holds a password or a hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import UserRole
from db.chain import note_new_entries
from db.codes import RosterAction, RosterEntity, SignInOutcome
from db.errors import ConflictError, NotFoundError
from db.models import SignInEvent, User
from db.repositories.common import record_change, table_of

AUDIT_SOURCE = "users"


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: UserRole
    active: bool
    has_password: bool
    created_at: datetime
    failed_sign_ins: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True)
class Failure:
    """A wrong password counted: how many in a row now, and until when the account is locked (if it is)."""

    failures: int
    locked_until: datetime | None


class UserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self, username: str, *, display_name: str, role: UserRole, actor: str, at: datetime,
        password_hash: str | None = None,
    ) -> UserRecord:
        if not username.strip():
            raise ValueError("a user needs a username")
        model = User(
            username=username.strip(), display_name=display_name, role=role, password_hash=password_hash,
            active=True, created_at=ensure_utc(at),
        )
        try:
            with self._session.begin_nested():
                self._session.add(model)
        except IntegrityError as error:
            raise ConflictError(f"user {username!r} already exists") from error
        self._audit(actor, at, model.id, RosterAction.CREATED, None, _snapshot(model))
        return _record(model)

    def update(
        self, username: str, *, actor: str, at: datetime, display_name: str | None = None,
        role: UserRole | None = None, active: bool | None = None,
    ) -> UserRecord:
        model = self._get(username)
        before = _snapshot(model)
        if display_name is not None:
            model.display_name = display_name
        if role is not None:
            model.role = role
        if active is not None:
            model.active = active
        self._session.flush()
        action = RosterAction.DEACTIVATED if before["active"] and not model.active else RosterAction.UPDATED
        self._audit(actor, at, model.id, action, before, _snapshot(model))
        return _record(model)

    def set_password_hash(self, username: str, password_hash: str | None, *, actor: str, at: datetime) -> None:
        """Store a hash (never a password); the audit notes that it changed, not the hash."""
        model = self._get(username)
        had = model.password_hash is not None
        model.password_hash = password_hash
        self._session.flush()
        self._audit(actor, at, model.id, RosterAction.UPDATED, {"has_password": had},
                    {"has_password": password_hash is not None})

    def password_hash(self, username: str) -> str | None:
        return self._get(username).password_hash

    def count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(User)) or 0)

    def count_failure(self, username: str, *, at: datetime, lock_after: int, lock_for: timedelta) -> Failure:
        """One more wrong password; the ``lock_after``-th in a row locks the account for ``lock_for``."""
        model = self._get(username, for_update=True)
        model.failed_sign_ins += 1
        if model.failed_sign_ins >= lock_after:
            model.locked_until = ensure_utc(at) + lock_for
            model.failed_sign_ins = 0
        self._session.flush()
        return Failure(lock_after if model.failed_sign_ins == 0 else model.failed_sign_ins, model.locked_until)

    def clear_failures(self, username: str) -> None:
        model = self._get(username, for_update=True)
        model.failed_sign_ins = 0
        model.locked_until = None
        self._session.flush()

    def record_sign_in(self, username: str, outcome: SignInOutcome, *, at: datetime, workstation: str,
                       detail: str = "") -> None:
        table = table_of(SignInEvent)
        row = {"username": username, "at": ensure_utc(at), "workstation": workstation, "outcome": outcome,
               "detail": detail}
        event_id = self._session.execute(insert(table).returning(table.c.id), row).scalar_one()
        note_new_entries(self._session, SignInEvent.__tablename__, (event_id,))

    def get(self, username: str) -> UserRecord | None:
        model = self._session.scalar(select(User).where(User.username == username))
        return None if model is None else _record(model)

    def list(self) -> list[UserRecord]:
        return [_record(model) for model in self._session.scalars(select(User).order_by(User.username))]

    def _get(self, username: str, *, for_update: bool = False) -> User:
        query = select(User).where(User.username == username)
        if for_update:
            query = query.with_for_update()
        model = self._session.scalar(query.execution_options(populate_existing=True))
        if model is None:
            raise NotFoundError("user", username)
        return model

    def _audit(
        self, actor: str, at: datetime, entity_id: int, action: RosterAction,
        before: dict[str, Any] | None, after: dict[str, Any] | None,
    ) -> None:
        record_change(self._session, actor=actor, at=at, entity=RosterEntity.USER, source=AUDIT_SOURCE,
                      entity_id=entity_id, action=action, before=before, after=after)


def _snapshot(model: User) -> dict[str, Any]:
    return {"username": model.username, "display_name": model.display_name, "role": model.role, "active": model.active}


def _record(model: User) -> UserRecord:
    return UserRecord(
        model.id, model.username, model.display_name, model.role, model.active,
        model.password_hash is not None, model.created_at, model.failed_sign_ins, model.locked_until,
    )
