"""One-line descriptions of officers, representatives and availability decisions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from console.domain import AvailabilityStatus
from console.phone import display
from console.views import AvailabilityDecision, ContactReason, OfficerRow, RepresentativeRow
from ui.formatting import format_last_day
from ui.i18n import pick
from ui.labels import label
from ui.style import AVAILABILITY_COLOURS


def officer_line(row: OfficerRow) -> tuple[str, str | None]:
    name = pick(row.name_en, row.name_hi)
    designation = pick(row.designation_en, row.designation_hi)
    text = f"{name} — {designation} · {pick(row.office, row.office_hi)} · {display(row.official_number)}"
    if row.status is not AvailabilityStatus.ON_DUTY:
        text += f"  [{label(row.status)}]"
        return text, AVAILABILITY_COLOURS[row.status][0]
    return text, None


def representative_line(row: RepresentativeRow) -> tuple[str, str | None]:
    constituency = pick(row.constituency, row.constituency_hi)
    return f"{pick(row.name_en, row.name_hi)} ({label(row.kind)}, {constituency}) · {display(row.number)}", None


def officer_short(row: OfficerRow) -> str:
    return f"{pick(row.name_en, row.name_hi)}, {pick(row.designation_en, row.designation_hi)} · " \
           f"{display(row.official_number)}"


SYSTEM_ACTOR = "system"  # the desk's own actor (the ladder, an SMS reply read by the modem)
_names: dict[str, str] = {}


def remember_names(people: Iterable[tuple[str, str]]) -> None:
    """The center's accounts (login, display name), as the live state last brought them."""
    _names.clear()
    _names.update(people)


def actor_name(actor: str) -> str:
    """Who did it: the desk itself in words, a person by the name on their account (the login when unknown)."""
    if actor == SYSTEM_ACTOR:
        return QCoreApplication.translate("PeopleText", "System")
    return _names.get(actor, actor)


def decision_text(decision: AvailabilityDecision) -> str:
    """What the operator reads out: the status, until when, and whom to contact instead."""
    officer = decision.officer
    lines = [label(decision.reason)]
    if officer.status is not AvailabilityStatus.ON_DUTY and officer.period_ends_at is not None:
        lines[0] += " " + QCoreApplication.translate("PeopleText", "(until %1)").replace(
            "%1", format_last_day(officer.period_ends_at)
        )
    if decision.contact is not None and decision.reason is not ContactReason.ON_DUTY:
        lines.append(QCoreApplication.translate("PeopleText", "Alternate: %1").replace("%1", officer_short(decision.contact)))
    return "\n".join(lines)
