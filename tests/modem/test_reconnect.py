"""A port that vanishes mid-send: the message fails cleanly, the modem goes offline, and comes back."""

from __future__ import annotations

import os
from pathlib import Path

from modem.events import SmsErrorClass
from modem.pdu import encode_submit
from modem.state import Connection
from tests.modem.harness import WAIT, ModemHarness, boot_steps, submit
from tests.modem.peer import Expect, Hangup, ScriptedPeer, Send

OFFICER = "+919876543210"


def point(link: Path, target: str) -> None:
    """Re-point a symlink atomically, as udev does for /dev/serial/by-id."""
    fresh = link.with_name(link.name + ".new")
    os.symlink(target, fresh)
    os.replace(fresh, link)


def test_a_port_lost_mid_send_goes_offline_and_the_modem_returns_when_the_port_does(tmp_path: Path) -> None:
    (part,) = encode_submit(OFFICER, "नमस्ते", concat_reference=7)
    first, second = ScriptedPeer(), ScriptedPeer()
    link = tmp_path / "usb-SimTech_SIM800-if00"
    point(link, first.path)
    harness = ModemHarness(url=str(link), peer=first)
    try:
        harness.start(
            [
                *boot_steps(),
                Expect(f"AT+CMGS={part.tpdu_length}\r".encode()),
                Send(b"\r\n> "),
                Expect(part.pdu.encode() + b"\x1a"),
                Hangup(),  # unplugged before +CMGS
            ]
        ).online()

        lost = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
        offline = harness.wait_connection(Connection.OFFLINE).status
        while_offline = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
        first.finish()

        second.play([*boot_steps(), *submit(part.tpdu_length, part.pdu, "+CMGS: 8", "OK")])
        point(link, second.path)
        online = harness.wait_connection(Connection.ONLINE).status
        again = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
        second.finish()
    finally:
        harness.close()
        second.close()

    assert lost.error_class is SmsErrorClass.PORT_LOST
    assert not lost.accepted
    assert offline.last_error is not None and "lost" in offline.last_error
    assert while_offline.error_class is SmsErrorClass.OFFLINE
    assert online.identity.imei == "865067020123456"
    assert again.message_references == (8,)


def test_a_modem_whose_port_is_missing_at_start_comes_online_when_it_appears(tmp_path: Path) -> None:
    link = tmp_path / "usb-Quectel_EC25-if02"
    peer = ScriptedPeer()
    harness = ModemHarness(url=str(link), peer=peer)
    try:
        harness.modem.start()
        assert harness.modem.wait_started(WAIT)
        assert harness.modem.status().connection is Connection.OFFLINE
        peer.play(boot_steps())
        point(link, peer.path)
        harness.wait_connection(Connection.ONLINE)
        peer.finish()
    finally:
        harness.close()


def test_stop_joins_the_worker_and_answers_queued_work_offline(tmp_path: Path) -> None:
    harness = ModemHarness(url=str(tmp_path / "nothing-here"))
    harness.modem.start()
    assert harness.modem.wait_started(WAIT)
    worker = harness.modem._worker
    harness.close()
    assert worker is not None and not worker.is_alive()
    result = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
    assert result.error_class is SmsErrorClass.OFFLINE
