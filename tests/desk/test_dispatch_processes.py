"""``samvad-setu dispatch`` against simulated modems in their own processes, stopped, killed and started again.

Issue 11, items 8 and 9: a stop mid-call hangs up at once and records the
call; a call left up by a killed dispatcher is hung up by the next one, whose
calls then go through; a kill between the two parts of an SMS leaves the record
of which part went, and the operator resends only the other, which the phone
joins to the first.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.clock import FakeClock
from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.settings import DeskSettings
from console.domain import OutboxKind, OutboxStatus
from db.database import Database
from db.repositories.outbox import OutboxRecord, UncertainDecision
from tests.desk.conftest import T0, machine_config, seed
from tests.desk.people import CENTER_NUMBER, MLA, MP, SDM, TEHSILDAR
from tests.desk.processes import DispatchProcess, ModemProcess, machine_settings

FAR = """
[thresholds]
act_after_minutes = 10
confirm_within_minutes = 10000000
escalate_after_minutes = 10000000
"""
RING_LIMIT = 45.0  # the dispatcher's default ring limit (DeskSettings)


@pytest.fixture
def district(tmp_path: Path, sqlite_template: Path) -> Iterator[tuple[str, Desk]]:
    path = tmp_path / "hardoi.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    database = Database.open(f"sqlite:///{path}")
    seed(database, T0)
    (tmp_path / "desk").mkdir()
    desk = Desk(database, DeskSettings.for_district(machine_config(tmp_path / "desk")), FakeClock(T0))
    yield f"sqlite:///{path}", desk
    database.dispose()


@pytest.fixture
def started() -> Iterator[list[ModemProcess | DispatchProcess]]:
    """Everything a test starts, stopped at its end whatever happened."""
    processes: list[ModemProcess | DispatchProcess] = []
    yield processes
    for process in reversed(processes):
        if isinstance(process, DispatchProcess):
            if process.process.poll() is None:
                process.kill()
        else:
            process.close()


def instruct(desk: Desk, representative_id: int, officer_id: int, kind: OutboxKind) -> OutboxRecord:
    record = desk.log_complaint(Complaint(representative_id, officer_id), actor="op1").record
    (row,) = desk.instruct(record.id, record.version, actor="op1", channels=[kind]).messages
    return row


def row_of(desk: Desk, row: OutboxRecord) -> OutboxRecord:
    with desk.database.reading() as work:
        return work.outbox.get(row.id)


def tried(dispatch: DispatchProcess, desk: Desk, row: OutboxRecord) -> OutboxRecord:
    """The row once a try after ``row`` (as read) has ended; the dispatcher prints every outcome it records."""
    while (current := row_of(desk, row)).status is OutboxStatus.SENDING or (
        current.status is OutboxStatus.QUEUED and current.attempts == row.attempts
    ):
        dispatch.lines.wait_for(f"outbox {row.id} ")
    return current


def ringing(
    folder: Path, district: tuple[str, Desk], started: list[ModemProcess | DispatchProcess],
    *others: dict[str, object],
) -> tuple[ModemProcess, Path, OutboxRecord, DispatchProcess]:
    """A voice modem in its own process, and a dispatcher whose call to an officer who never answers now rings."""
    url, desk = district
    voice = ModemProcess(folder, "voice", [{"number": TEHSILDAR.official_number, "call": "noanswer"}, *others],
                         speed=1.0)
    started.append(voice)
    settings = machine_settings(folder, CENTER_NUMBER, [("modem-1", voice.device, "voice")], FAR)
    call = instruct(desk, MLA.id, TEHSILDAR.id, OutboxKind.CALL)
    dispatch = DispatchProcess(url, settings)
    started.append(dispatch)
    dispatch.started()
    voice.wait_event("dial")  # the officer's phone rings, and nobody will answer
    return voice, settings, call, dispatch


def test_a_stop_mid_call_hangs_up_at_once_and_records_the_call(
    tmp_path: Path, district: tuple[str, Desk], started: list[ModemProcess | DispatchProcess]
) -> None:
    url, desk = district
    voice, _settings, call, dispatch = ringing(tmp_path, district, started)
    assert dispatch.stop() == 0  # well before the ring limit: a stop does not wait for the call
    stored = row_of(desk, call)
    assert stored.status is OutboxStatus.SENT  # it rang: recorded, not left "sending" for a restart to doubt
    (attempt,) = desk.attempts_of(call.id)
    assert attempt.outcome == "no_answer" and attempt.ring_seconds is not None and attempt.ring_seconds < RING_LIMIT
    assert [event["outcome"] for event in voice.events("call-ended")] == ["hung-up"]  # the line is down
    wire = voice.wire()
    assert wire.index(b"AT+CHUP\r", wire.index(b"ATD")) > 0


def test_a_call_left_up_by_a_killed_dispatcher_is_hung_up_and_the_next_call_goes_through(
    tmp_path: Path, district: tuple[str, Desk], started: list[ModemProcess | DispatchProcess]
) -> None:
    url, desk = district
    answering = {"number": SDM.official_number, "call": "answer", "answer_after": 2, "talk": 2}
    voice, settings, ringing_call, first = ringing(tmp_path, district, started, answering)
    first.kill()  # while the officer's phone rings: the call stays up in the modem
    assert not voice.events("call-ended")
    following = instruct(desk, MP.id, SDM.id, OutboxKind.CALL)
    second = DispatchProcess(url, settings)
    started.append(second)
    second.started()
    answered = tried(second, desk, following)
    # not "+CME ERROR: 3" for a minute: answered, and (the machine's modem is an alert, the default) not "heard"
    assert (answered.status, answered.audio_heard) == (OutboxStatus.SENT, "alert_only"), answered.last_error
    assert [attempt.outcome for attempt in desk.attempts_of(following.id)] == ["answered"]
    assert row_of(desk, ringing_call).status is OutboxStatus.UNCERTAIN
    assert [event["outcome"] for event in voice.events("call-ended")][:1] == ["hung-up"]
    assert second.stop() == 0


def test_a_kill_between_the_parts_of_an_sms_lets_the_operator_resend_only_the_missing_part(
    tmp_path: Path, district: tuple[str, Desk], started: list[ModemProcess | DispatchProcess]
) -> None:
    url, desk = district
    sms_modem = ModemProcess(tmp_path, "sms", [{"number": SDM.official_number}], speed=10.0, hold_seconds=60.0)
    started.append(sms_modem)
    settings = machine_settings(tmp_path, CENTER_NUMBER, [("modem-1", sms_modem.device, "sms")], FAR)
    sms = instruct(desk, MLA.id, SDM.id, OutboxKind.SMS)  # a Hindi instruction: two parts
    sms_modem.tell("hold-after-part-1")
    first = DispatchProcess(url, settings)
    started.append(first)
    first.started()
    sms_modem.wait_event("held")
    first.kill()  # part 1 went; part 2's AT+CMGS waits for its prompt
    (part_1,) = sms_modem.events("sms")
    assert (part_1["seq"], part_1["total"]) == (1, 2)

    second = DispatchProcess(url, settings)
    started.append(second)
    assert f"wait for an operator: {sms.id}" in second.lines.wait_for("in flight at the last stop")
    with desk.database.reading() as work:
        parts = work.outbox.parts_of(sms.id)
    assert parts.went == (1,) and parts.missing == 1 and parts.concat_reference == part_1["ref"]
    resent = desk.resolve_uncertain(sms.id, UncertainDecision.RESEND_MISSING, actor="op1")
    sent = tried(second, desk, resent)
    assert sent.status in (OutboxStatus.SENT, OutboxStatus.DELIVERED)
    parts_seen = [(part["seq"], part["ref"]) for part in sms_modem.events("sms")]
    assert parts_seen == [(1, part_1["ref"]), (2, part_1["ref"])]  # each part once, under one reference
    assert sms_modem.messages() == {(SDM.official_number, sms.body): 1}  # the phone shows the whole message
    assert len(sent.message_references) == 2
    assert second.stop() == 0
