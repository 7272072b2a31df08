"""The roster as the desk reads it: officers, representatives, the number register, availability.

Built in one read and swapped whole when the roster or an availability period
changes, so a use case always works on one consistent picture and the window's
searches never wait on the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import MappingProxyType

from console.availability import AvailabilitySchedule, ContactDecision, who_to_contact
from console.desk.errors import DeskError, DeskProblem
from console.domain import AvailabilityPeriod, Officer, Representative
from console.phone import NumberRegister, PartyKind
from db.database import UnitOfWork

PERIODS_LOOK_BACK = timedelta(days=1)


@dataclass(frozen=True)
class RosterView:
    officers: Mapping[int, Officer]
    representatives: Mapping[int, Representative]
    register: NumberRegister
    schedule: AvailabilitySchedule
    loaded_at: datetime
    period_ids: Mapping[int, AvailabilityPeriod] = field(default_factory=dict)  # stored id → period, for editing

    @classmethod
    def load(cls, work: UnitOfWork, at: datetime) -> RosterView:
        officers = {officer.id: officer for officer in work.officers.list_active()}
        representatives = {person.id: person for person in work.representatives.list_active()}
        records = work.roster.export_periods(ending_after=at - PERIODS_LOOK_BACK)
        return cls(
            MappingProxyType(officers),
            MappingProxyType(representatives),
            NumberRegister.build(officers.values(), representatives.values()),
            AvailabilitySchedule(record.period for record in records),
            at,
            MappingProxyType({record.id: record.period for record in records}),
        )

    def officer(self, officer_id: int) -> Officer:
        officer = self.officers.get(officer_id)
        if officer is None:
            raise DeskError(DeskProblem.NOT_FOUND, f"officer {officer_id} is not on the roster")
        return officer

    def representative(self, representative_id: int) -> Representative:
        person = self.representatives.get(representative_id)
        if person is None:
            raise DeskError(DeskProblem.NOT_FOUND, f"representative {representative_id} is not on the roster")
        return person

    def who_to_contact(self, officer_id: int, at: datetime) -> ContactDecision:
        return who_to_contact(officer_id, at, self.schedule, self.officers)

    def officer_by_number(self, number: str) -> Officer | None:
        """The officer whose registered number this is (official or kept for the record)."""
        party = self.register.identify(number)
        if party is None or party.party is not PartyKind.OFFICER:
            return None
        return self.officers.get(party.party_id)

    def representative_by_number(self, number: str) -> Representative | None:
        party = self.register.identify(number)
        if party is None or party.party is not PartyKind.REPRESENTATIVE:
            return None
        return self.representatives.get(party.party_id)
