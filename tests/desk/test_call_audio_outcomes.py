"""What an answered call's record says: heard only when the officer heard the instruction."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from console.config import CallAudioMode, ModemPort, ModemRole
from console.desk.dispatch_outcomes import call_outcome
from console.desk.modems import call_audio
from console.desk.window_rows import modem_audio
from console.domain import CallHeard, OutboxStatus
from console.views import ModemAudio
from modem.call_audio import AudioCapability, AudioMode, AudioReport, CallAudio, CallEnd, Fallback, Heard
from modem.events import CallOutcome, CallResult
from modem.state import Connection, Health, Identity, ModemStatus, Registration, Role, SimState

AT = datetime(2026, 3, 9, 5, 30, tzinfo=timezone.utc)


def result(report: AudioReport | None, outcome: CallOutcome = CallOutcome.ANSWERED) -> CallResult:
    return CallResult("+919415000002", "voice-1", outcome, 4.0, 9.0, AT, audio=report)


@pytest.mark.parametrize(("report", "status", "heard", "plays"), [
    (AudioReport(AudioMode.ALERT, AudioMode.ALERT, Heard.ALERT_ONLY, 0, 0, CallEnd.ALERT_DONE),
     OutboxStatus.SENT, CallHeard.ALERT_ONLY, 0),
    (AudioReport(AudioMode.RECORDED, AudioMode.ALERT, Heard.ALERT_ONLY, 2, 0, CallEnd.ALERT_DONE,
                 fallback=Fallback.REFUSED, detail="+CME ERROR: 405"), OutboxStatus.SENT, CallHeard.ALERT_ONLY, 0),
    (AudioReport(AudioMode.RECORDED, AudioMode.RECORDED, Heard.RECORDING, 2, 2, CallEnd.PLAYBACK_DONE, "+CCMXPLAY"),
     OutboxStatus.DELIVERED, CallHeard.RECORDING, 2),
    (AudioReport(AudioMode.RECORDED, AudioMode.RECORDED, Heard.RECORDING_CUT, 2, 0, CallEnd.OFFICER, "+QPSND"),
     OutboxStatus.SENT, CallHeard.RECORDING_CUT, 0),
    (AudioReport(AudioMode.OPERATOR, AudioMode.OPERATOR, Heard.OPERATOR, 0, 0, CallEnd.CENTER),
     OutboxStatus.SENT, CallHeard.OPERATOR, 0),  # delivered only once the operator says the officer heard it
])
def test_an_answered_call_is_delivered_only_when_the_instruction_was_heard(
        report: AudioReport, status: OutboxStatus, heard: CallHeard, plays: int) -> None:
    attempt = call_outcome(result(report)).result
    assert attempt is not None and attempt.audio is not None
    assert (attempt.status, attempt.audio.heard, attempt.audio.plays) == (status, heard, plays)
    assert attempt.details["audio"]["ended_by"] == report.ended_by.value  # type: ignore[union-attr]
    assert attempt.audio.fallback == (report.fallback.value if report.fallback else None)


def test_an_unanswered_call_keeps_no_audio_and_a_call_without_a_mode_stays_as_before() -> None:
    missed = AudioReport(AudioMode.ALERT, AudioMode.ALERT, Heard.NOTHING, 0, 0, None)
    attempt = call_outcome(result(missed, CallOutcome.NO_ANSWER)).result
    assert attempt is not None and attempt.audio is None and attempt.status is OutboxStatus.SENT
    plain = call_outcome(result(None)).result
    assert plain is not None and plain.status is OutboxStatus.DELIVERED and plain.audio is None


def test_each_voice_port_calls_in_its_configured_mode() -> None:
    def port(audio: CallAudioMode, roles: frozenset[ModemRole] = frozenset({ModemRole.VOICE})) -> ModemPort:
        return ModemPort("m", "COM3", roles, audio=audio, audio_clip="hardoi.amr" if audio is CallAudioMode.RECORDED
                         else None)

    assert call_audio(port(CallAudioMode.OPERATOR)) == CallAudio.operator()
    assert call_audio(port(CallAudioMode.RECORDED)) == CallAudio.recorded("hardoi.amr")
    assert call_audio(port(CallAudioMode.ALERT)) == CallAudio.alert()
    assert call_audio(port(CallAudioMode.ALERT, frozenset({ModemRole.SMS}))) is None


def status(model: str | None, audio: CallAudio | None, capability: AudioCapability | None = None,
           roles: frozenset[Role] = frozenset({Role.VOICE})) -> ModemStatus:
    return ModemStatus("voice-1", "COM4", roles, Connection.ONLINE, Identity("SIMCOM INCORPORATED", model),
                       SimState.READY, Registration.HOME, None, -70, Health.GOOD, None, 0, 100, None, AT,
                       capability, audio)


def test_the_modem_panel_says_how_each_voice_modem_sounds_and_when_it_cannot_play() -> None:
    recorded = CallAudio.recorded("samvad_hi.amr")
    assert modem_audio(status("SIMCOM_SIM7600E-H", recorded)) is ModemAudio.RECORDED
    assert modem_audio(status("SIM800L", recorded)) is ModemAudio.RECORDED_CANNOT_PLAY  # a family without a player
    refused = AudioCapability("simcom-lte", (), None)  # the probe found no playback command on this firmware
    assert modem_audio(status("SIMCOM_SIM7600E-H", recorded, refused)) is ModemAudio.RECORDED_CANNOT_PLAY
    assert modem_audio(status(None, recorded)) is ModemAudio.RECORDED  # not yet identified: no verdict yet
    assert modem_audio(status("SIM800L", CallAudio.operator())) is ModemAudio.OPERATOR
    assert modem_audio(status("SIM800L", CallAudio.alert())) is ModemAudio.ALERT
    assert modem_audio(status("SIM800L", CallAudio.alert(), roles=frozenset({Role.SMS}))) is None
