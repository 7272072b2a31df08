"""Operator, supervisor and admin accounts (the accounts work completes passwords and sign-in)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import UserRole
from db.codes import RosterAction, RosterEntity
from db.errors import ConflictError, NotFoundError
from db.models import User
from db.repositories.common import record_change

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

    def get(self, username: str) -> UserRecord | None:
        model = self._session.scalar(select(User).where(User.username == username))
        return None if model is None else _record(model)

    def list(self) -> list[UserRecord]:
        return [_record(model) for model in self._session.scalars(select(User).order_by(User.username))]

    def _get(self, username: str) -> User:
        model = self._session.scalar(select(User).where(User.username == username))
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
        model.password_hash is not None, model.created_at,
    )
