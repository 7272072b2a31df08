"""Initialisation per MODEM.md over a pty: echo, junk, SIM and PIN states, boot URCs, dialects, status."""

from __future__ import annotations

import logging

import pytest

from modem.events import AlertReason, ModemAlertRaised, ModemStatusChanged
from modem.state import Connection, Health, Registration, SimState
from tests.modem.conftest import MakeHarness
from tests.modem.harness import boot_steps, identity_steps, network_steps, sms_setup_steps, urc
from tests.modem.peer import Call, Expect, Send, Step, crlf, exchange, ok

PIN = "4821"


def test_a_sim800_comes_up_with_identity_registration_and_signal(modem_harness: MakeHarness) -> None:
    harness = modem_harness(boot_steps())
    status = harness.wait_connection(Connection.ONLINE).status
    harness.peer.finish()

    assert status.identity.manufacturer == "SIMCOM_Ltd"
    assert status.identity.model == "SIMCOM_SIM800C"
    assert status.identity.revision == "1418B04SIM800C24"
    assert status.identity.imei == "865067020123456"
    assert status.sim is SimState.READY
    assert status.registration is Registration.HOME
    assert status.lte_registration is None
    assert status.signal_dbm == -73
    assert status.health is Health.GOOD
    assert status.ready
    assert (status.sms_sent_today, status.daily_cap) == (0, 100)


def test_echo_at_boot_is_tolerated(modem_harness: MakeHarness) -> None:
    steps = [
        Expect(b"AT\r"),
        Send(b"AT\r\r\nOK\r\n"),
        Expect(b"ATE0\r"),
        Send(b"ATE0\r\r\nOK\r\n"),
        *boot_steps()[4:],
    ]
    harness = modem_harness(steps).online()
    harness.peer.finish()
    assert harness.modem.status().ready


def test_junk_before_the_first_ok_is_discarded(modem_harness: MakeHarness) -> None:
    steps = [
        Expect(b"AT\r"),
        Send(b"\x00\xff\xfe~~\r\n\x13garbage"),  # a modem still booting: no OK
        Expect(b"\x1b\r"),  # perhaps left at a "> " prompt: ESC, unanswered here
        Expect(b"AT\r"),
        Send(b"\r\nERROR\r\n"),  # "garbageAT" was not a command
        Expect(b"AT\r"),
        Send(crlf("OK")),
        *boot_steps()[2:],
    ]
    harness = modem_harness(steps).online()
    harness.peer.finish()
    assert harness.modem.status().ready


def test_a_sim_pin_is_entered_once_and_never_logged(modem_harness: MakeHarness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    sim = [
        *ok("AT+CPIN?", "+CPIN: SIM PIN"),
        Expect(f'AT+CPIN="{PIN}"\r'.encode()),
        Send(f'AT+CPIN="{PIN}"\r\r\nOK\r\n'.encode()),  # even an echo of it must not reach the log
        *exchange("AT+CPIN?", "+CME ERROR: 14"),  # busy for a moment after the PIN
        *ok("AT+CPIN?", "+CPIN: READY"),
    ]
    harness = modem_harness(boot_steps(sim=sim), config={"pin": PIN})
    status = harness.wait_connection(Connection.ONLINE).status
    harness.peer.finish()

    assert status.sim is SimState.READY
    assert PIN not in caplog.text
    assert PIN not in repr(harness.config)
    assert "AT+CPIN=<redacted>" in caplog.text


def test_a_rejected_pin_is_never_tried_again(modem_harness: MakeHarness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    rejected = [
        *ok("AT+CPIN?", "+CPIN: SIM PIN"),
        *exchange(f'AT+CPIN="{PIN}"', "+CME ERROR: 16"),
    ]
    steps = [
        *ok("AT"),
        *ok("ATE0"),
        *ok("AT+CMEE=1"),
        *ok("AT+CHUP"),  # a call an earlier owner left up is hung up
        *rejected,
        *identity_steps(),
        *network_steps(creg="+CREG: 0,0"),
        # No SMS set-up without a SIM. The modem restarts; initialisation runs again...
        urc("RDY"),
        *ok("AT"),
        *ok("ATE0"),
        *ok("AT+CMEE=1"),
        *ok("AT+CHUP"),  # a call an earlier owner left up is hung up
        *ok("AT+CPIN?", "+CPIN: SIM PIN"),  # ...and the PIN is not sent a second time
        *identity_steps(),
        *network_steps(creg="+CREG: 0,0"),
    ]
    harness = modem_harness(steps, config={"pin": PIN})
    alert = harness.next_event(ModemAlertRaised)
    assert alert.reason is AlertReason.PIN_REJECTED
    harness.peer.finish()
    harness.wait_connection(Connection.ONLINE)  # after the restart
    assert harness.peer.unread(timeout=0.2) == b""
    status = harness.modem.status()
    assert status.sim is SimState.PIN_REJECTED
    assert not status.ready
    assert PIN not in caplog.text


def test_a_sim_asking_for_a_pin_without_one_configured_gets_none(modem_harness: MakeHarness) -> None:
    steps = [*boot_steps(sim=ok("AT+CPIN?", "+CPIN: SIM PIN"), sms=[])]
    harness = modem_harness(steps)
    assert harness.next_event(ModemAlertRaised).reason is AlertReason.SIM_PROBLEM
    status = harness.wait_connection(Connection.ONLINE).status
    harness.peer.finish()
    assert status.sim is SimState.PIN_REQUIRED


@pytest.mark.parametrize(("code", "state"), [(10, SimState.ABSENT), (13, SimState.FAILURE)])
def test_a_missing_or_failed_sim_is_reported_and_sms_is_not_set_up(
    modem_harness: MakeHarness, code: int, state: SimState
) -> None:
    steps = boot_steps(sim=exchange("AT+CPIN?", f"+CME ERROR: {code}"), sms=[])
    harness = modem_harness(steps)
    assert harness.next_event(ModemAlertRaised).reason is AlertReason.SIM_PROBLEM
    status = harness.wait_connection(Connection.ONLINE).status
    harness.peer.finish()
    assert status.sim is state
    assert not status.ready
    assert harness.peer.unread(timeout=0.2) == b""  # no AT+CMGF, no AT+CNMI


def test_a_busy_sim_is_waited_for(modem_harness: MakeHarness) -> None:
    sim = [
        *exchange("AT+CPIN?", "+CME ERROR: 14"),
        *ok("AT+CPIN?", "+CPIN: NOT READY"),
        *ok("AT+CPIN?", "+CPIN: READY"),
    ]
    harness = modem_harness(boot_steps(sim=sim)).online()
    harness.peer.finish()
    assert harness.modem.status().sim is SimState.READY


def test_sim800_boot_urcs_hold_sms_set_up_until_sms_ready(modem_harness: MakeHarness) -> None:
    written_early: list[bytes] = []
    steps: list[Step] = [
        Expect(b"AT\r"),
        Send(crlf("RDY", "+CPIN: READY", "Call Ready", "OK")),  # booting while we synchronise
        *boot_steps(sms=[])[2:],
    ]

    def nothing_before_sms_ready() -> None:
        written_early.append(harness.peer.unread(timeout=0.3))

    steps += [Call(nothing_before_sms_ready), urc("SMS Ready"), *sms_setup_steps()]
    harness = modem_harness(steps)
    harness.online()
    harness.peer.finish()
    assert written_early == [b""]
    assert harness.modem.status().ready


def test_new_message_indications_fall_back_to_direct_status_reports(modem_harness: MakeHarness) -> None:
    sms = [
        *ok("AT+CMGF=0"),
        *exchange("AT+CNMI=2,1,0,2,0", "+CMS ERROR: 303"),
        *ok("AT+CNMI=2,1,0,1,0"),
        *ok("AT+CLIP=1"),
        *ok("AT+CMGL=4"),
    ]
    harness = modem_harness(boot_steps(sms=sms)).online()
    harness.peer.finish()
    assert harness.modem.status().ready


def test_a_huawei_is_told_to_stop_chattering(modem_harness: MakeHarness) -> None:
    identity = [
        *ok("AT+CGMI", "huawei"),
        *ok("AT+CGMM", "E3531"),
        *ok("AT+CGMR", "22.521.23.00.00"),
        *ok("AT+CGSN", "861234567890123"),
        Expect(b"AT^CURC=0\r"),
        Send(b"\r\n^RSSI: 14\r\n\r\nOK\r\n"),  # the last of the chatter
    ]
    network = [
        *ok("AT+CREG?", "+CREG: 0,5"),
        *exchange("AT+CEREG?", "COMMAND NOT SUPPORT"),
        *ok("AT+CSQ", "+CSQ: 14,99"),
    ]
    harness = modem_harness(boot_steps(identity=identity, network=network)).online()
    harness.peer.finish()
    status = harness.modem.status()
    assert status.identity.vendor == "huawei"
    assert status.registration is Registration.ROAMING
    assert status.lte_registration is None
    assert status.signal_dbm == -85


def test_lte_registration_counts_when_2g_is_absent(modem_harness: MakeHarness) -> None:
    network = network_steps(creg="+CREG: 0,0", cereg="+CEREG: 0,1", csq="+CSQ: 99,99")
    harness = modem_harness(boot_steps(network=network)).online()
    harness.peer.finish()
    status = harness.modem.status()
    assert status.registration is Registration.NOT_REGISTERED
    assert status.lte_registration is Registration.HOME
    assert status.signal_dbm is None
    assert status.ready


def test_unsolicited_registration_and_signal_update_the_status(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc("+CREG: 3"), urc("^RSSI: 5")]).online()
    harness.peer.finish()
    while True:
        event = harness.next_event(ModemStatusChanged)
        if event.status.signal_dbm == -103:
            break
    assert event.status.registration is Registration.DENIED
    assert not event.status.ready


def test_a_silent_port_leaves_the_modem_offline(modem_harness: MakeHarness) -> None:
    harness = modem_harness([Expect(b"AT\r"), Expect(b"\x1b\r"), Expect(b"AT\r"), Expect(b"AT\r")])
    alert = harness.next_event(ModemAlertRaised)
    harness.peer.finish()
    assert alert.reason is AlertReason.INITIALISATION_FAILED
    harness.wait_connection(Connection.OFFLINE)
