"""Parsers of reply lines, tolerant of the vendors' variations."""

from __future__ import annotations

import pytest

from modem.replies import (
    parse_ceer,
    parse_cend,
    parse_clcc,
    parse_clip,
    parse_cpin,
    parse_missed_call,
    parse_registration,
    parse_signal_dbm,
    parse_storage_index,
    identity_value,
    imei_value,
)
from modem.state import Identity, Registration, SimState


@pytest.mark.parametrize(
    ("body", "registration"),
    [
        ("0,1", Registration.HOME),
        ("0,5", Registration.ROAMING),
        ("0,2", Registration.SEARCHING),
        ("0,3", Registration.DENIED),
        ("0,4", Registration.UNKNOWN),
        ("0,0", Registration.NOT_REGISTERED),
        ('2,1,"1A2B","0C3D"', Registration.HOME),
        ("5", Registration.ROAMING),  # unsolicited
        ('1,"1A2B","01A2B3C4",7', Registration.HOME),  # unsolicited with location
        ("0,6", Registration.HOME),
        ("junk", Registration.UNKNOWN),
        ("", Registration.UNKNOWN),
        ("0,42", Registration.UNKNOWN),
    ],
)
def test_registration_in_queried_and_unsolicited_forms(body: str, registration: Registration) -> None:
    assert parse_registration(body) is registration


@pytest.mark.parametrize(
    ("body", "dbm"),
    [("0,99", -113), ("20,99", -73), ("31,0", -51), ("99,99", None), ("150,99", None), ("x", None), ("", None)],
)
def test_signal_in_dbm(body: str, dbm: int | None) -> None:
    assert parse_signal_dbm(body) == dbm


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("READY", SimState.READY),
        ("SIM PIN", SimState.PIN_REQUIRED),
        ("SIM PUK", SimState.PUK_REQUIRED),
        ("NOT INSERTED", SimState.ABSENT),
        ("NOT READY", SimState.BUSY),
        ("??", SimState.UNKNOWN),
    ],
)
def test_sim_state(body: str, state: SimState) -> None:
    assert parse_cpin(body) is state


def test_clcc_lines_parse_with_and_without_extra_fields() -> None:
    call = parse_clcc('1,0,3,0,0,"+919876543210",145,"",0,0')
    assert call is not None
    assert (call.call_id, call.outgoing, call.stat, call.voice, call.number) == (1, True, 3, True, "+919876543210")
    bare = parse_clcc("1,1,4,0,0")
    assert bare is not None and not bare.outgoing and bare.number is None
    assert parse_clcc("garbage") is None


def test_call_urcs_and_causes() -> None:
    assert parse_clip('"+919876543210",145,"",0,"",0') == "+919876543210"
    assert parse_clip('"",128') is None
    assert parse_missed_call("10:30AM +919876543210") == "+919876543210"
    assert parse_cend("1,0,104,17").cause == 17
    assert parse_cend("1,12").cause is None
    assert parse_ceer(("+CEER: 17",)) == 17
    assert parse_ceer(("+CEER: User busy",)) == 17
    assert parse_ceer(('+CEER: "CC INFO","Normal call clearing"',)) == 16
    assert parse_ceer(("+CEER: Nothing",)) is None


def test_storage_index() -> None:
    assert parse_storage_index('"SM",3') == ("SM", 3)
    assert parse_storage_index('"SR",12') == ("SR", 12)
    assert parse_storage_index('"SM"') is None
    assert parse_storage_index('"SM",x') is None


def test_identity_values_are_trimmed_of_prefixes_and_padding() -> None:
    assert identity_value(("Revision:1418B04SIM800C24",)) == "1418B04SIM800C24"
    assert identity_value(("+CGMI: Quectel ",)) == "Quectel"
    assert identity_value(("  SIMCOM_Ltd  ",)) == "SIMCOM_Ltd"
    assert imei_value(("+CGSN: 865067020123456",)) == "865067020123456"
    assert identity_value(()) is None


def test_vendor_family_from_identity() -> None:
    assert Identity("SIMCOM_Ltd", "SIMCOM_SIM800C").vendor == "simcom"
    assert Identity("huawei", "E3372").vendor == "huawei"
    assert Identity("Quectel", "EC25").vendor == "quectel"
    assert Identity(None, None).vendor == ""
