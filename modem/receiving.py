"""Incoming SMS and status reports: read, decode, hand on, and only then delete.

``+CMTI``/``+CDSI`` name a storage slot (``AT+CMGR`` then ``AT+CMGD``); ``+CDS``/``+CMT``
carry the PDU in the URC itself. Messages already stored when the modem starts are
read with ``AT+CMGL=4`` so none is lost across a restart. A PDU that cannot be
decoded stays on the SIM (and in the warning log by slot, never by content).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from modem.channel import AtChannel
from modem.config import Timing
from modem.errors import CommandTimeout
from modem.events import ModemEvent
from modem.inbox import Assembled, Reassembler, SentMessages
from modem.lines import Urc, is_pdu_line
from modem.pdu import Deliver, PduError, StatusReport, decode_pdu
from modem.replies import parse_cmgl_header, parse_storage_index
from modem.timebase import Clock

log = logging.getLogger(__name__)

LIST_ALL = "AT+CMGL=4"
SLOT_URCS = frozenset({"+CMTI", "+CDSI"})
PDU_URCS = frozenset({"+CDS", "+CMT"})


def is_message_urc(urc: Urc) -> bool:
    return urc.name in SLOT_URCS or urc.name in PDU_URCS


class Receiver:
    def __init__(
        self,
        modem: str,
        *,
        timing: Timing,
        clock: Clock,
        sent: SentMessages,
        emit: Callable[[ModemEvent], None],
    ) -> None:
        self._modem = modem
        self._timing = timing
        self._clock = clock
        self._sent = sent
        self._emit = emit
        self.reassembler = Reassembler(modem, timedelta(seconds=timing.concat_timeout))

    def on_urc(self, channel: AtChannel, urc: Urc) -> None:
        if urc.name in SLOT_URCS:
            slot = parse_storage_index(urc.body)
            if slot is None:
                log.warning("%s: unreadable %s", self._modem, urc.name)
                return
            self.read_slot(channel, slot[1])
        elif urc.pdu is not None:
            self.take(channel, urc.pdu, slot=None)
        else:
            log.warning("%s: %s came without its PDU line", self._modem, urc.name)

    def read_slot(self, channel: AtChannel, index: int) -> None:
        reply = channel.command(f"AT+CMGR={index}", timeout=self._timing.command_timeout)
        pdus = [line for line in reply.lines if is_pdu_line(line)]
        if not reply.ok or not pdus:
            log.info("%s: slot %d is empty or unreadable (%s)", self._modem, index, reply.final.text)
            return
        self.take(channel, pdus[0], slot=index)

    def read_stored(self, channel: AtChannel) -> int:
        """Everything the modem stored while nobody listened; the count of PDUs read."""
        try:
            reply = channel.command(LIST_ALL, timeout=self._timing.command_timeout)
        except CommandTimeout:
            log.warning("%s: listing stored messages timed out", self._modem)
            return 0
        if not reply.ok:
            return 0
        handled = 0
        index: int | None = None
        for line in reply.lines:
            if line.startswith("+CMGL:"):
                index = parse_cmgl_header(line[len("+CMGL:") :]).index
            elif index is not None and is_pdu_line(line):
                self.take(channel, line, slot=index)
                handled += 1
                index = None
        return handled

    def take(self, channel: AtChannel, pdu: str, *, slot: int | None) -> None:
        """Decode and hand on, then free the slot(s); listeners have run before anything is deleted."""
        try:
            decoded = decode_pdu(pdu)
        except PduError as exc:
            log.warning("%s: undecodable PDU (%d hex digits, slot %s) kept: %s", self._modem, len(pdu), slot, exc)
            return
        now = self._clock.now()
        if isinstance(decoded, Deliver):
            assembled = self.reassembler.add(decoded, now, slot)
            if assembled is not None:
                self._hand_on(channel, assembled)
        elif isinstance(decoded, StatusReport):
            self._emit(self._sent.match(decoded, now))
            if slot is not None:
                self._delete(channel, slot)
        # An SMS-SUBMIT someone stored is not ours to delete.

    def expire(self, channel: AtChannel) -> None:
        for assembled in self.reassembler.expire(self._clock.now()):
            self._hand_on(channel, assembled)

    def _hand_on(self, channel: AtChannel, assembled: Assembled) -> None:
        self._emit(assembled.message)
        for slot in assembled.slots:
            self._delete(channel, slot)

    def _delete(self, channel: AtChannel, index: int) -> None:
        reply = channel.command(f"AT+CMGD={index}", timeout=self._timing.command_timeout)
        if not reply.ok:
            log.warning("%s: could not delete slot %d (%s)", self._modem, index, reply.final.text)
