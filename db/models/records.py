"""Incoming messages and calls, calendar overrides, users, the roster audit and the change counters."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from console.domain import Topic, UserRole
from db.base import Base
from db.codes import CalendarOverrideKind, IncomingChannel, RosterAction, RosterEntity, SignInOutcome
from db.types import code_type


class IncomingMessage(Base):
    """An SMS or call that reached a center modem, matched to an officer and case when known."""

    __tablename__ = "incoming"
    __feed_topic__ = Topic.INCOMING
    __table_args__ = (Index("ix_incoming_received_at", "received_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[IncomingChannel] = mapped_column(code_type(IncomingChannel, "kind"))
    sender: Mapped[str]  # E.164 when it parsed, else as the network gave it
    text: Mapped[str] = mapped_column(default="")
    received_at: Mapped[datetime]
    modem_name: Mapped[str] = mapped_column(default="")
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"))
    handled: Mapped[bool] = mapped_column(default=False)
    handled_at: Mapped[datetime | None]


class CalendarOverride(Base):
    """A district's own change to the state calendar: a local holiday or a compensatory working day."""

    __tablename__ = "calendar_overrides"
    __feed_topic__ = Topic.CALENDAR
    __table_args__ = {"sqlite_autoincrement": True}  # a deleted override's id is never reused: the audit names it

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(unique=True)
    kind: Mapped[CalendarOverrideKind] = mapped_column(code_type(CalendarOverrideKind, "kind"))
    name_en: Mapped[str]
    name_hi: Mapped[str]
    created_by: Mapped[str]
    created_at: Mapped[datetime]


class User(Base):
    __tablename__ = "users"
    __feed_topic__ = Topic.USERS

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(unique=True)
    display_name: Mapped[str]
    role: Mapped[UserRole] = mapped_column(code_type(UserRole, "role"))
    password_hash: Mapped[str | None]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    failed_sign_ins: Mapped[int] = mapped_column(default=0)  # since the last success; reset by it
    locked_until: Mapped[datetime | None]  # repeated failures lock the account until then


class SignInEvent(Base):
    """Every sign-in, sign-out and refused attempt, with the workstation. Never updated, never deleted."""

    __tablename__ = "sign_in_events"
    __table_args__ = (Index("ix_sign_in_events_username_id", "username", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str]  # as typed, for a refused attempt at an unknown name too
    at: Mapped[datetime]
    workstation: Mapped[str] = mapped_column(default="")
    outcome: Mapped[SignInOutcome] = mapped_column(code_type(SignInOutcome, "outcome"))
    detail: Mapped[str] = mapped_column(default="")  # a refusal's code; never a password


class CasePresence(Base):
    """Who has a case open right now, at which workstation (refreshed while open, removed when closed)."""

    __tablename__ = "case_presence"
    __feed_topic__ = Topic.PRESENCE

    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id", ondelete="CASCADE"), primary_key=True)
    workstation: Mapped[str] = mapped_column(primary_key=True)
    login: Mapped[str]
    display_name: Mapped[str]
    seen_at: Mapped[datetime] = mapped_column(index=True)


class RosterChange(Base):
    """Who changed which register entry, when, from what to what. Never updated, never deleted."""

    __tablename__ = "roster_changes"
    __table_args__ = (Index("ix_roster_changes_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str]
    at: Mapped[datetime] = mapped_column(index=True)
    entity: Mapped[RosterEntity] = mapped_column(code_type(RosterEntity, "entity"))
    entity_id: Mapped[int]
    action: Mapped[RosterAction] = mapped_column(code_type(RosterAction, "action"))
    source: Mapped[str] = mapped_column(default="")  # e.g. "roster import hardoi.xlsx", "availability dialog"
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]


class ChangeCounter(Base):
    """SQLite's change feed: a counter per topic, bumped in the writing transaction and polled."""

    __tablename__ = "change_counters"

    topic: Mapped[str] = mapped_column(primary_key=True)
    counter: Mapped[int] = mapped_column(default=0)


class RecordLink(Base):
    """One link of the record's hash chain (see :mod:`db.chain`). Never updated, never deleted."""

    __tablename__ = "record_chain"
    __table_args__ = (Index("uq_record_chain_entry_table_entry_id", "entry_table", "entry_id", unique=True),)

    position: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    entry_table: Mapped[str]
    entry_id: Mapped[int]
    escalation_id: Mapped[int | None]  # for case events: names the case even once the event is gone
    previous_hash: Mapped[str]
    hash: Mapped[str]
