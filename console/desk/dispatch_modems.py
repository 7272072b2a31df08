"""Which modem takes a claimed row: the free ones, best first; a long SMS's rest only from the SIM of its first
parts; nothing to a SIM at its daily cap; and what to say when no modem can take it."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from console.desk.dispatch_jobs import Job, parts_to_send
from console.desk.dispatch_outcomes import SendOutcome
from console.domain import OutboxKind
from db.repositories.outbox import ClaimedMessage
from modem.modem import Modem
from modem.state import Health, Role

ROLE_OF = {OutboxKind.SMS: Role.SMS, OutboxKind.CALL: Role.VOICE}


def free_modems(modems: Sequence[Modem], busy: Collection[str]) -> list[Modem]:
    """The ready modems doing nothing for us, best first: healthy, then the fewest SMS sent today."""
    free = [modem for modem in modems if modem.name not in busy and modem.status().ready]
    return sorted(free, key=_rank)


def takers(kind: OutboxKind, free: Sequence[Modem], modems: Sequence[Modem]) -> list[Modem]:
    """The free modems that can take rows of ``kind``. With every SIM capped, one SMS row is claimed all the same,
    so its wait is recorded with the reason."""
    fit = [modem for modem in free if ROLE_OF[kind] in modem.status().roles]
    if kind is OutboxKind.SMS:
        with_quota = sms_takers(fit)
        return with_quota or (fit[:1] if not sms_takers(modems) else [])
    return fit


def sms_takers(modems: Sequence[Modem]) -> list[Modem]:
    return [modem for modem in modems if Role.SMS in modem.status().roles and modem.quota.remaining() > 0]


def pick(claim: ClaimedMessage, free: Sequence[Modem], tried: Sequence[str]) -> Job | None:
    """The first fit modem of ``free`` not yet tried in this attempt; None when there is none."""
    parts = parts_to_send(claim)
    role = ROLE_OF[claim.kind]
    for modem in free:
        status = modem.status()
        if modem.name in tried or role not in status.roles:
            continue
        if claim.parts_went and modem.name != claim.parts_modem:
            continue  # the phone joins the parts of one sender only
        if claim.kind is OutboxKind.SMS and not modem.quota.allows(parts):
            continue
        return Job(claim, parts, modem)
    return None


def no_modem(claim: ClaimedMessage, modems: Sequence[Modem]) -> SendOutcome:
    """Why no modem took the row (each a class :mod:`console.desk.retry` queues again)."""
    if claim.parts_went and claim.parts_modem is not None:
        return SendOutcome(None, None, "no_modem", f"the rest of the message must come from {claim.parts_modem}, "
                           "which sent its first parts and is busy or not ready")
    capped = claim.kind is OutboxKind.SMS and all(
        modem.quota.remaining() < parts_to_send(claim) for modem in modems if Role.SMS in modem.status().roles
    )
    if capped:
        return SendOutcome(None, None, "cap_reached", "every SIM is at its daily cap")
    return SendOutcome(None, None, "no_modem", f"no modem ready for {claim.kind.value}")


def _rank(modem: Modem) -> tuple[int, int, int]:
    status = modem.status()
    return (0 if status.health is Health.GOOD else 1, status.sms_sent_today, len(status.roles))
