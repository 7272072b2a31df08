"""Case facts for the report tests: a small register and cases built by minutes after the call."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any

from console.clock import IST
from console.domain import ContactChannel, EscalationState, Officer, Representative, RepresentativeKind
from console.reports.facts import CaseFacts, People

REVENUE, POLICE = "Revenue", "Home (Police)"


def officer(officer_id: int, department: str) -> Officer:
    return Officer(officer_id, f"Officer {officer_id}", f"अधिकारी {officer_id}", "Tehsildar", "तहसीलदार", department,
                   "Sadar", f"+9194150{officer_id:05d}")


PEOPLE = People(
    officers=MappingProxyType({1: officer(1, REVENUE), 2: officer(2, REVENUE), 3: officer(3, POLICE),
                               4: officer(4, POLICE)}),
    officer_codes=MappingProxyType({1: "HRD-0001", 2: "HRD-0002", 3: "HRD-0003", 4: "HRD-0004"}),
    representatives=MappingProxyType({
        1: Representative(1, RepresentativeKind.MLA, "Asha Devi", "आशा देवी", "Sandila", ("+919000900001",)),
    }),
)


def ist(*args: int) -> datetime:
    return datetime(*args, tzinfo=IST)  # type: ignore[misc]


def case(
    case_id: int,
    officer_id: int,
    called: datetime,
    callback_after: float | None = None,
    *,
    instructed_after: float | None = 10.0,
    state: EscalationState | None = None,
    **fields: Any,
) -> CaseFacts:
    """A case called at ``called``; the callback ``callback_after`` minutes later (None: never)."""
    callback = None if callback_after is None else called + timedelta(minutes=callback_after)
    instructed = None if instructed_after is None else called + timedelta(minutes=instructed_after)
    if state is None:
        state = EscalationState.CLOSED if callback is not None else EscalationState.INSTRUCTED
    return CaseFacts(
        case_id=case_id,
        case_code=f"HRD-2026-{case_id:06d}",
        officer_id=officer_id,
        representative_id=1,
        state=state,
        channel=ContactChannel.PHONE,
        representative_called_at=called,
        logged_at=called + timedelta(minutes=9),
        operator="operator.sunita",
        instructed_at=instructed,
        instruction_count=0 if instructed is None else 1,
        callback_at=callback,
        confirmed_at=callback,
        confirmation_method=None if callback is None else "sms_reply",
        closed_at=None if state.is_open else (callback or called) + timedelta(minutes=30),
        **fields,
    )
