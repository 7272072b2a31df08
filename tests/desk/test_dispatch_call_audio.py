"""The dispatcher's instruction call in each audio mode, over simulated modems on pseudo-terminals and real storage:
the outbox says what the officer heard, and only a heard instruction is "delivered"."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from console.clock import FakeClock
from console.desk.desk import Desk
from console.desk.dispatcher import Dispatcher
from console.desk.engine_events import OutboxRowFinished
from console.desk.modems import district_clip
from console.domain import CallHeard, OutboxKind, OutboxStatus
from console.events import OutboxQueued
from db.repositories.outbox import OutboxRecord
from modem.call_audio import CallAudio
from modem.clip_format import describe_clip
from modem.simulator import Officer
from modem.state import Role
from tests.desk.people import SDM
from tests.desk.rig import Finished, Line, Rig
from tests.desk.test_dispatcher import instruct, status_of

CLIP = district_clip("hardoi") or b""
CLIP_NAME = "samvad_hi.amr"
SECONDS = describe_clip(CLIP).seconds
LISTENER = [Officer(SDM.official_number, answer_after_seconds=4, talk_seconds=2 * SECONDS + 10,
                    delivery_after_seconds=3)]
VOICE = frozenset({Role.VOICE})
SMS = frozenset({Role.SMS})

Make = Callable[[Line], tuple[Rig, Finished, Dispatcher]]


@pytest.fixture
def voice_rig(desk: Desk, clock: FakeClock) -> Iterator[Make]:
    """An SMS modem and the voice modem of ``line``; a dispatcher whose talk limit leaves room for two plays."""
    made: list[tuple[Rig, Dispatcher]] = []

    def make(line: Line) -> tuple[Rig, Finished, Dispatcher]:
        rig = Rig(clock, (Line(roles=SMS), line), LISTENER).start()
        finished = Finished()
        dispatcher = Dispatcher(desk.database, rig.modems, desk.clock, worker="test-dispatcher",
                                events=desk.events, register=lambda: desk.roster().register, ring_seconds=20,
                                talk_seconds=2 * SECONDS + 20, poll_seconds=0.05)
        desk.events.subscribe(OutboxRowFinished, finished)
        desk.events.subscribe(OutboxQueued, lambda _event: dispatcher.wake())
        made.append((rig, dispatcher))
        dispatcher.start()
        return rig, finished, dispatcher

    yield make
    for rig, dispatcher in made:
        dispatcher.stop()
        rig.close()


def answered_call(desk: Desk, rig: Rig, finished: Finished, status: OutboxStatus) -> OutboxRecord:
    _sms, call = instruct(desk)
    assert rig.simulators[1].wait_for_event("dial")
    rig.run_calls(2 * SECONDS + 12)
    assert status_of(finished, call, status), finished.latest(call.id)
    (row,) = [row for row in desk.outbox_of(call.escalation_id or 0) if row.kind is OutboxKind.CALL]
    assert rig.calls() == [(SDM.official_number, "answered")]
    return row


@pytest.mark.parametrize("dialect", ["sim7600", "ec25"])
def test_the_recording_played_twice_is_delivered(desk: Desk, voice_rig: Make, dialect: str) -> None:
    audio = CallAudio.recorded(CLIP_NAME, clip_seconds=SECONDS)
    rig, finished, _ = voice_rig(Line(dialect, VOICE, audio=audio, files=((CLIP_NAME, CLIP),)))
    row = answered_call(desk, rig, finished, OutboxStatus.DELIVERED)
    assert (row.audio_mode, row.audio_heard, row.audio_plays, row.audio_fallback) == (
        "recorded", CallHeard.RECORDING.value, 2, None)
    assert rig.simulators[1].call_records[-1].clips_heard == (CLIP_NAME, CLIP_NAME)


@pytest.mark.parametrize(("dialect", "files", "fallback"), [
    ("sim800", ((CLIP_NAME, CLIP),), "no_player"),  # the module has no playback command
    ("ec25", (), "refused"),  # the clip was never uploaded
])
def test_a_recorded_call_the_module_cannot_play_is_an_alert_not_heard(
        desk: Desk, voice_rig: Make, dialect: str, files: tuple[tuple[str, bytes], ...], fallback: str) -> None:
    rig, finished, _ = voice_rig(Line(dialect, VOICE, audio=CallAudio.recorded(CLIP_NAME), files=files))
    row = answered_call(desk, rig, finished, OutboxStatus.SENT)
    assert (row.audio_mode, row.audio_heard, row.audio_plays, row.audio_fallback) == (
        "alert", CallHeard.ALERT_ONLY.value, 0, fallback)
    assert row.delivered_at is None and row.talk_seconds is not None and row.talk_seconds < 6


def test_an_alert_is_answered_and_hung_up_not_delivered(desk: Desk, voice_rig: Make) -> None:
    rig, finished, _ = voice_rig(Line("sim800", VOICE, audio=CallAudio.alert()))
    row = answered_call(desk, rig, finished, OutboxStatus.SENT)
    assert (row.audio_mode, row.audio_heard, row.audio_fallback) == ("alert", CallHeard.ALERT_ONLY.value, None)
    (attempt,) = desk.attempts_of(row.id)
    assert attempt.outcome == "answered" and attempt.talk_seconds is not None and attempt.talk_seconds < 6
