"""A month of hand-made cases for the report and workbook tests, with the answers worked out by hand.

Six officers in three departments (one named like a formula, one office with a
control character), two representatives (one named like a formula), and cases
of every kind: on time, late, re-instructed, escalated and never confirmed,
cancelled, redirected to the alternate, still pending, and calls just outside
the month on either side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from console.clock import IST
from console.domain import ContactChannel, EscalationState, Officer, Representative, RepresentativeKind
from db.database import Database
from db.repositories.escalation_history import PastCase, PastEvent
from db.repositories.roster import RosterBatch, RosterOfficer

S = EscalationState
OPERATOR = "operator.sunita"
FORMULA_NAME = '=HYPERLINK("http://example.invalid","click")'
FORMULA_REPRESENTATIVE = "=cmd|' /C calc'!A0"
FORMULA_NOTE = "=1+2"
BELL_NOTE = "power cut\x07 since morning"
AS_OF = datetime(2026, 3, 30, 17, 30, tzinfo=IST)
DEPARTMENTS = {1: "Revenue", 2: "Revenue", 3: "Home (Police)", 4: "Home (Police)", 5: "Power (DISCOM)",
               6: "Power (DISCOM)"}


def officers() -> list[RosterOfficer]:
    entries = []
    for officer_id, department in DEPARTMENTS.items():
        name = FORMULA_NAME if officer_id == 4 else f"Officer {officer_id}"
        office = "Sadar\x07" if officer_id == 5 else "Sadar"
        entries.append(RosterOfficer(Officer(officer_id, name, f"अधिकारी {officer_id}", "Tehsildar", "तहसीलदार",
                                             department, office, f"+9194150{officer_id:05d}"),
                                     code=f"HRD-{officer_id:04d}"))
    return entries


def representatives() -> list[Representative]:
    return [
        Representative(1, RepresentativeKind.MLA, "Asha Devi", "आशा देवी", "Sandila", ("+919000900001",)),
        Representative(2, RepresentativeKind.MP, FORMULA_REPRESENTATIVE, FORMULA_REPRESENTATIVE, "Hardoi",
                       ("+919000900002",)),
    ]


@dataclass(frozen=True)
class Spec:
    """One case: who, when (IST) and how it went; minutes from the call."""

    officer_id: int
    called: datetime
    kind: str  # confirmed, never, cancelled, redirected, pending
    callback_after: float | None = None
    reinstructions: int = 0
    escalated: bool = False
    note: str = ""
    representative_id: int = 1


def ist(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=IST)


SPECS: tuple[Spec, ...] = (  # 2-4 and 31 March are holidays, 8, 15, 22 and 29 Sundays, 14 the second Saturday
    Spec(1, ist(5, 10, 30), "confirmed", 14),
    Spec(1, ist(5, 12, 0), "confirmed", 22, note=FORMULA_NOTE),
    Spec(1, ist(9, 11, 0), "confirmed", 18, representative_id=2),
    Spec(1, ist(6, 16, 50), "confirmed", 3 * 24 * 60 - 45),  # Friday evening → Monday 10:05: 435 business minutes
    Spec(2, ist(5, 11, 0), "confirmed", 45, reinstructions=1, note=BELL_NOTE),
    Spec(2, ist(9, 12, 0), "confirmed", 70, reinstructions=2),
    Spec(2, ist(10, 11, 0), "confirmed", 20),
    Spec(3, ist(11, 10, 15), "never", reinstructions=2, escalated=True),
    Spec(3, ist(12, 10, 15), "never", reinstructions=2, escalated=True, representative_id=2),
    Spec(3, ist(12, 14, 0), "confirmed", 12),
    Spec(4, ist(16, 10, 40), "confirmed", 11, representative_id=2),
    Spec(4, ist(16, 11, 40), "cancelled", note="logged in error"),
    Spec(4, ist(17, 10, 0), "confirmed", 9),
    Spec(4, ist(18, 10, 0), "confirmed", 15),
    Spec(5, ist(17, 12, 0), "redirected"),
    Spec(5, ist(18, 12, 0), "confirmed", 30),
    Spec(6, ist(30, 16, 58), "pending"),
    Spec(6, ist(1, 0, 10), "confirmed", 610),  # Sunday just after midnight: in the month, no business minute passed
    Spec(6, ist(28, 23, 59, month=2), "confirmed", 12),  # the day before: outside
    Spec(6, ist(1, 0, 0, month=4), "confirmed", 12),  # the day after: outside
)
IN_MONTH = [spec for spec in SPECS if spec.called.month == 3]


def past_case(spec: Spec) -> PastCase:
    minute = timedelta(minutes=1)
    called = spec.called
    logged = called + 10 * minute
    events = [PastEvent(OPERATOR, logged, "log", None, S.DUE)]
    state = S.DUE
    fields: dict[str, object] = {}

    def step(at: datetime, action: str, to: S, actor: str = OPERATOR) -> None:
        nonlocal state
        events.append(PastEvent(actor, at, action, state, to))
        state = to

    if spec.kind == "cancelled":
        step(logged + minute, "cancel", S.CANCELLED)
        fields.update(closed_at=logged + minute, cancel_reason="logged_in_error")
    elif spec.kind == "redirected":
        step(logged + minute, "redirect", S.REDIRECTED)
        step(logged + 5 * minute, "close", S.CLOSED)
        fields.update(redirected_to_officer_id=6, closed_at=logged + 5 * minute)
    elif spec.kind in ("confirmed", "never"):
        instructed = logged + minute
        step(instructed, "instruct", S.INSTRUCTED)
        fields.update(instructed_at=instructed, instruction_count=1 + spec.reinstructions,
                      reinstruction_count=spec.reinstructions)
        at = instructed
        for _ in range(spec.reinstructions):
            at += minute
            step(at, "raise_alarm", S.ALARM, "system")
            at += minute
            step(at, "reinstruct", S.INSTRUCTED)
        if spec.escalated:
            at += minute
            step(at, "raise_alarm", S.ALARM, "system")
            at += minute
            step(at, "escalate", S.ESCALATED, "system")
            fields.update(escalated_at=at)
        if spec.kind == "confirmed":
            assert spec.callback_after is not None
            callback = called + spec.callback_after * minute
            step(max(callback, at), "confirm", S.CONFIRMED, "system")
            step(max(callback, at) + minute, "close", S.CLOSED)
            fields.update(callback_at=callback, confirmed_at=max(callback, at), confirmation_method="sms_reply",
                          closed_at=max(callback, at) + minute)
    return PastCase(
        district_code="HRD", representative_id=spec.representative_id, officer_id=spec.officer_id, state=state,
        channel=ContactChannel.MOBILE, representative_called_at=called, logged_at=logged, operator=OPERATOR,
        events=tuple(events), note=spec.note, **fields,  # type: ignore[arg-type]
    )


def seed_month(database: Database) -> None:
    with database.unit_of_work() as work:
        work.roster.apply(RosterBatch(officers(), representatives()), actor="admin", at=ist(1, 9, month=2),
                          source="test")
        work.escalations.import_past(sorted((past_case(spec) for spec in SPECS),
                                            key=lambda case: case.representative_called_at))
