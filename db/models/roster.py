"""The register: officers, representatives, their numbers and availability periods.

Officers and representatives carry the district's own stable ``code`` from the
roster workbook ("HRD-0001"); ids are the database's. An import finds the row by
code, so an exported roster re-imports onto the same rows, and old cases keep
pointing at the officer whatever the file renames.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.domain import AvailabilityStatus, ContactNumberKind, RepresentativeKind, Topic
from db.base import Base
from db.types import code_type


class Officer(Base):
    __tablename__ = "officers"
    __feed_topic__ = Topic.AVAILABILITY

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(unique=True)  # the roster's officer code, e.g. HRD-0001
    name_en: Mapped[str]
    name_hi: Mapped[str]
    designation_en: Mapped[str]
    designation_hi: Mapped[str]
    department: Mapped[str] = mapped_column(index=True)
    office: Mapped[str]  # office, tehsil or block
    superior_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]

    numbers: Mapped[list[OfficerNumber]] = relationship(
        back_populates="officer", order_by="OfficerNumber.position", cascade="all, delete-orphan"
    )
    superior: Mapped[Officer | None] = relationship(remote_side=[id])


class OfficerNumber(Base):
    """A number of an officer; only ``official`` (CUG) numbers are ever dialled."""

    __tablename__ = "officer_numbers"
    __feed_topic__ = Topic.AVAILABILITY

    id: Mapped[int] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(unique=True)  # E.164
    kind: Mapped[ContactNumberKind] = mapped_column(code_type(ContactNumberKind, "kind"))
    position: Mapped[int] = mapped_column(default=0)  # 0: the first official number

    officer: Mapped[Officer] = relationship(back_populates="numbers")


class Representative(Base):
    __tablename__ = "representatives"
    __feed_topic__ = Topic.AVAILABILITY

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(unique=True)  # the roster's representative code
    kind: Mapped[RepresentativeKind] = mapped_column(code_type(RepresentativeKind, "kind"))
    name_en: Mapped[str]
    name_hi: Mapped[str]
    constituency: Mapped[str]
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]

    numbers: Mapped[list[RepresentativeNumber]] = relationship(
        back_populates="representative", order_by="RepresentativeNumber.position", cascade="all, delete-orphan"
    )


class RepresentativeNumber(Base):
    __tablename__ = "representative_numbers"
    __feed_topic__ = Topic.AVAILABILITY
    __table_args__ = (UniqueConstraint("representative_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    representative_id: Mapped[int] = mapped_column(ForeignKey("representatives.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(index=True)  # E.164
    kind: Mapped[ContactNumberKind] = mapped_column(code_type(ContactNumberKind, "kind"))
    position: Mapped[int] = mapped_column(default=0)

    representative: Mapped[Representative] = relationship(back_populates="numbers")


class AvailabilityPeriod(Base):
    """An officer away (or explicitly on duty) over ``[starts_at, ends_at)``."""

    __tablename__ = "availability_periods"
    __feed_topic__ = Topic.AVAILABILITY
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        UniqueConstraint("officer_id", "starts_at"),
        Index("ix_availability_periods_ends_at_starts_at", "ends_at", "starts_at"),
        {"sqlite_autoincrement": True},  # a deleted period's id is never reused: the audit names it
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id", ondelete="CASCADE"))
    status: Mapped[AvailabilityStatus] = mapped_column(code_type(AvailabilityStatus, "status"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    alternate_officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    note: Mapped[str] = mapped_column(default="")
    created_by: Mapped[str]
    created_at: Mapped[datetime]
