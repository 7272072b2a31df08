"""Incoming messages put back together, and status reports matched to what we sent.

Both keep state between URCs, so both are plain objects driven by the worker thread
with times from the injected clock.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from modem.events import DeliveryReported, DeliveryState, SmsReceived
from modem.pdu import Deliver, StatusReport, reassemble

log = logging.getLogger(__name__)

PENDING_FLOOR = 0x20
FAILED_FLOOR = 0x40
_COMPARED_DIGITS = 10  # service centres quote the recipient nationally or internationally


def delivery_state(status: int) -> DeliveryState:
    """TP-Status (23.040 §9.2.3.15): completed, still trying (not failed!), or given up."""
    if status < PENDING_FLOOR:
        return DeliveryState.DELIVERED
    if status < FAILED_FLOOR:
        return DeliveryState.PENDING
    return DeliveryState.FAILED


@dataclass
class _Partial:
    first_seen: datetime
    total: int
    parts: dict[int, Deliver] = field(default_factory=dict)
    slots: set[int] = field(default_factory=set)

    def ordered(self) -> list[Deliver]:
        return [self.parts[sequence] for sequence in sorted(self.parts)]


@dataclass(frozen=True)
class Assembled:
    message: SmsReceived
    slots: tuple[int, ...]  # storage slots to delete now that the message has been handed on


class Reassembler:
    """Parts of concatenated messages, keyed by sender, reference and part count, in any order.

    Parts stay in their storage slots until the whole message is handed on, so a restart
    in between finds them again with ``AT+CMGL``.
    """

    def __init__(self, modem: str, window: timedelta) -> None:
        self._modem = modem
        self._window = window
        self._partial: dict[tuple[str, int, int], _Partial] = {}

    def add(self, message: Deliver, received_at: datetime, slot: int | None = None) -> Assembled | None:
        """The whole message once its last missing part arrives; ``None`` while parts are missing."""
        slots = () if slot is None else (slot,)
        concat = message.concat
        if concat is None or concat.total <= 1:
            return Assembled(self._whole([message], 1, received_at, complete=True), slots)
        key = (message.sender, concat.reference, concat.total)
        partial = self._partial.setdefault(key, _Partial(first_seen=received_at, total=concat.total))
        partial.parts[concat.sequence] = message
        partial.slots.update(slots)
        if len(partial.parts) < partial.total:
            return None
        del self._partial[key]
        whole = self._whole(partial.ordered(), partial.total, received_at, complete=True)
        return Assembled(whole, tuple(sorted(partial.slots)))

    def expire(self, now: datetime) -> list[Assembled]:
        """Messages whose missing parts did not come within the window, with what did come."""
        out: list[Assembled] = []
        for key, partial in list(self._partial.items()):
            if now - partial.first_seen >= self._window:
                del self._partial[key]
                log.warning(
                    "%s: only %d of %d parts came; passing on what there is",
                    self._modem, len(partial.parts), partial.total,
                )
                whole = self._whole(partial.ordered(), partial.total, now, complete=False)
                out.append(Assembled(whole, tuple(sorted(partial.slots))))
        return out

    @property
    def waiting(self) -> int:
        return len(self._partial)

    def _whole(self, parts: list[Deliver], total: int, received_at: datetime, *, complete: bool) -> SmsReceived:
        return SmsReceived(
            modem=self._modem,
            sender=parts[0].sender,
            text=reassemble([part.text for part in parts]),
            sent_at=min(part.sent_at for part in parts),
            received_at=received_at,
            parts=total,
            complete=complete,
        )


@dataclass(frozen=True)
class _Sent:
    reference: int
    recipient: str
    sent_at: datetime
    tag: str | None
    part: int


class SentMessages:
    """Accepted parts awaiting their status reports.

    TP-MR is one octet and wraps at 255, so a report is matched on reference *and*
    recipient within a time window, newest first. A "still trying" report keeps the
    entry: the final report follows.
    """

    def __init__(self, modem: str, window: timedelta) -> None:
        self._modem = modem
        self._window = window
        self._sent: list[_Sent] = []

    def record(self, reference: int, recipient: str, sent_at: datetime, tag: str | None, part: int) -> None:
        self._sent.append(_Sent(reference, recipient, sent_at, tag, part))

    def match(self, report: StatusReport, received_at: datetime) -> DeliveryReported:
        self._forget_before(received_at - self._window)
        state = delivery_state(report.status)
        found: _Sent | None = None
        for sent in reversed(self._sent):
            if sent.reference == report.message_reference and _same_number(sent.recipient, report.recipient):
                found = sent
                break
        if found is not None and state is not DeliveryState.PENDING:
            self._sent.remove(found)
        if found is None:
            log.info("%s: status report for reference %d matched no sent message", self._modem, report.message_reference)
        return DeliveryReported(
            modem=self._modem,
            recipient=found.recipient if found else report.recipient,
            message_reference=report.message_reference,
            status=report.status,
            state=state,
            sent_at=report.sent_at,
            discharged_at=report.discharged_at,
            received_at=received_at,
            tag=found.tag if found else None,
            part=found.part if found else None,
            matched=found is not None,
        )

    def _forget_before(self, horizon: datetime) -> None:
        self._sent = [sent for sent in self._sent if sent.sent_at >= horizon]

    def __len__(self) -> int:
        return len(self._sent)


def _same_number(left: str, right: str) -> bool:
    left_digits = "".join(char for char in left if char.isdigit())
    right_digits = "".join(char for char in right if char.isdigit())
    if not left_digits or not right_digits:
        return False
    return left_digits[-_COMPARED_DIGITS:] == right_digits[-_COMPARED_DIGITS:]
