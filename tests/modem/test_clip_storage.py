"""Clips on the module: the audio probe, upload (chunked, checked), listing; the data-mode channel; the formats."""

from __future__ import annotations

import io
import re
import wave
from collections.abc import Iterator
from dataclasses import replace

import pytest

from console.resources import resource_path
from modem.call_audio import Storage
from modem.channel import AtChannel, DataReady
from modem.clip_format import ClipError, describe_clip, quectel_checksum
from modem.config import ModemConfig
from modem.errors import PromptTimeout
from modem.lines import LineKind, classify
from modem.modem import Modem
from modem.simulator import Simulator
from tests.modem.peer import Expect, ScriptedPeer, Send, crlf
from tests.modem.test_channel import channel, peer  # noqa: F401  (the pty fixtures of the channel tests)
from tests.modem.test_end_to_end import TIMING, WAIT, Rig, SimulatedClock, make_rig

CLIP = resource_path("audio", "kannauj", "instruction_hi.amr").read_bytes()
CHUNKED = replace(TIMING, upload_chunk=700, upload_chunk_pause=0.0)  # several chunks even for this small clip


def rig_for(dialect: str) -> Iterator[Rig]:
    with Simulator(dialect) as simulator:
        config = ModemConfig(name="voice-1", url=simulator.device_path)
        modem = Modem(config, clock=SimulatedClock(simulator), monotonic=lambda: simulator.scheduler.seconds,
                      timing=CHUNKED)
        rig = Rig(simulator, modem)
        modem.add_listener(rig.events.put)
        rig.modem.start()
        assert rig.modem.wait_started(WAIT)
        yield rig
        rig.modem.stop()


@pytest.fixture(params=["sim7600", "ec25"])
def storing_rig(request: pytest.FixtureRequest) -> Iterator[Rig]:
    yield from rig_for(str(request.param))


@pytest.mark.parametrize(
    ("dialect", "players", "storage"),
    [
        ("sim7600", ("+CCMXPLAY",), Storage.SIMCOM_FLASH),
        ("ec25", ("+QPSND", "+QAUDPLAY"), Storage.QUECTEL_UFS),
        ("sim800", (), None),
        ("huawei", (), None),
    ],
)
def test_the_probe_finds_what_the_dialect_plays_with(dialect: str, players: tuple[str, ...], storage: Storage) -> None:
    for rig in rig_for(dialect):
        capability = rig.modem.probe_audio().result(WAIT)
        assert capability is not None
        assert (capability.players, capability.storage) == (players, storage)
        assert capability.plays_recordings == bool(players)
        assert rig.modem.status().audio == capability
        tested = [command for command in rig.simulator.commands if command.endswith("=?")]
        assert len(tested) == {"sim7600": 1, "ec25": 2}.get(dialect, 0)  # only the family's own commands


def test_a_firmware_without_qpsnd_is_probed_as_playing_with_qaudplay() -> None:
    for rig in rig_for("ec25"):
        rig.simulator.disable_command("+QPSND")
        capability = rig.modem.probe_audio().result(WAIT)
        assert capability is not None and capability.players == ("+QAUDPLAY",)


def test_upload_stores_the_clip_byte_for_byte_and_checks_it(storing_rig: Rig) -> None:
    report = storing_rig.modem.upload_clip("samvad_hi.amr", CLIP).result(WAIT)
    assert report.refused is None and report.verified
    assert report.stored_size == len(CLIP) and not report.replaced
    assert storing_rig.simulator.files == {"samvad_hi.amr": CLIP}
    if storing_rig.simulator.dialect.name == "ec25":
        assert report.module_checksum == quectel_checksum(CLIP)  # the module's own sum agrees
        assert 'AT+QFUPL="samvad_hi.amr",18850,10' in storing_rig.simulator.commands
    else:
        assert report.module_checksum is None  # SIMCom reports none: the size read back is the check
        assert 'AT+CFTRANRX="c:/samvad_hi.amr",18850' in storing_rig.simulator.commands
    listing = storing_rig.modem.list_clips().result(WAIT)
    assert listing.refused is None
    assert [(clip.name, clip.size) for clip in listing.clips] == [("samvad_hi.amr", len(CLIP))]


def test_a_stored_clip_is_replaced_only_on_purpose(storing_rig: Rig) -> None:
    storing_rig.simulator.store_file("samvad_hi.amr", b"#!AMR\n" + b"\x3c" + bytes(31))
    kept = storing_rig.modem.upload_clip("samvad_hi.amr", CLIP).result(WAIT)
    assert kept.refused is not None and "already on the module (38 bytes)" in kept.refused
    assert not kept.verified
    assert len(storing_rig.simulator.files["samvad_hi.amr"]) == 38
    replaced = storing_rig.modem.upload_clip("samvad_hi.amr", CLIP, replace=True).result(WAIT)
    assert replaced.verified and replaced.replaced
    assert storing_rig.simulator.files["samvad_hi.amr"] == CLIP


def test_a_modem_without_playback_keeps_no_clips() -> None:
    for rig in rig_for("sim800"):
        report = rig.modem.upload_clip("samvad_hi.amr", CLIP).result(WAIT)
        assert report.refused == "SIMCOM_SIM800L has no command to play a clip into a call, so it keeps no clips"
        assert rig.modem.list_clips().result(WAIT).refused == report.refused
        assert not any("FTRANRX" in command or "QFUPL" in command for command in rig.simulator.commands)


def test_an_offline_modem_uploads_nothing() -> None:
    with Simulator("ec25") as simulator:
        rig = make_rig(simulator, ModemConfig(name="voice-1", url=simulator.device_path))
        report = rig.modem.upload_clip("samvad_hi.amr", CLIP).result(WAIT)
    assert report.refused == "voice-1 is not running" and not report.verified


def test_listing_shows_only_audio_files_with_their_sizes_and_the_free_space() -> None:
    for rig in rig_for("ec25"):
        rig.simulator.store_file("b.wav", b"w" * 10)
        rig.simulator.store_file("a.amr", b"a" * 20)
        rig.simulator.store_file("cert.pem", b"c" * 5)
        listing = rig.modem.list_clips().result(WAIT)
        assert [(clip.name, clip.size) for clip in listing.clips] == [("a.amr", 20), ("b.wav", 10)]
        assert listing.free_bytes == 8 * 1024 * 1024 - 35


# ---- the data-mode channel over a scripted peer ------------------------------------------------


def test_data_goes_out_only_after_connect_and_the_final_carries_the_checksum(
    peer: ScriptedPeer, channel: AtChannel
) -> None:
    data = bytes(range(256)) * 3
    peer.play(
        [
            Expect(b'AT+QFUPL="x.wav",768,10\r'),
            Send(crlf("CONNECT")),
            Expect(data),
            Send(crlf("+QFUPL: 768,0", "OK")),
        ]
    )
    reply = channel.command_with_data(
        'AT+QFUPL="x.wav",768,10', data, ready=DataReady.CONNECT, ready_timeout=WAIT, timeout=WAIT, chunk_size=100
    )
    peer.finish()
    assert reply.ok and reply.values("+QFUPL:") == ["768,0"]


def test_a_refusal_instead_of_the_prompt_writes_no_data(peer: ScriptedPeer, channel: AtChannel) -> None:
    peer.play([Expect(b'AT+CFTRANRX="c:/x.amr",5\r'), Send(crlf("ERROR"))])
    reply = channel.command_with_data(
        'AT+CFTRANRX="c:/x.amr",5', b"#!AMR", ready=DataReady.PROMPT, ready_timeout=WAIT, timeout=WAIT
    )
    peer.finish()
    assert not reply.ok
    assert peer.unread(timeout=0.2) == b""


def test_without_a_prompt_nothing_is_written_and_the_half_started_command_is_escaped(
    peer: ScriptedPeer, channel: AtChannel
) -> None:
    peer.play([Expect(b'AT+CFTRANRX="c:/x.amr",5\r'), Expect(b"\x1b"), Send(crlf("OK"))])
    with pytest.raises(PromptTimeout):
        channel.command_with_data(
            'AT+CFTRANRX="c:/x.amr",5', b"#!AMR", ready=DataReady.PROMPT, ready_timeout=0.3, timeout=WAIT
        )
    peer.finish()
    assert peer.unread(timeout=0.2) == b""


def test_a_module_that_gives_up_early_gets_no_more_of_the_file(peer: ScriptedPeer, channel: AtChannel) -> None:
    first = b"A" * 100
    peer.play(
        [Expect(b'AT+QFUPL="x.wav",300,10\r'), Send(crlf("CONNECT")), Expect(first), Send(crlf("+CME ERROR: 421"))]
    )
    reply = channel.command_with_data(
        'AT+QFUPL="x.wav",300,10', first * 3, ready=DataReady.CONNECT, ready_timeout=WAIT, timeout=WAIT,
        chunk_size=100, chunk_pause=30.0,  # it waits between chunks only until the module speaks
    )
    peer.finish()
    assert reply.final.text == "+CME ERROR: 421"
    assert peer.unread(timeout=0.2) == b""  # the remaining 200 bytes were never written


# ---- URC lines and clip formats ----------------------------------------------------------------


@pytest.mark.parametrize("line", ["+AUDIOSTATE: audio play stop", "+QPSND: 0", "+QAUDPLAY: 0", "+QAUDPIND: 0,1"])
def test_playback_urcs_are_lifted_out_wherever_they_land(line: str) -> None:
    assert classify(line).kind is LineKind.URC
    assert classify(line, command="AT+CLCC").kind is LineKind.URC


def test_the_read_reply_of_qpsnd_stays_its_reply() -> None:
    assert classify("+QPSND: 1", command="AT+QPSND?").kind is LineKind.RESPONSE


def test_the_bundled_clips_are_amr_of_about_a_dozen_seconds() -> None:
    for district in ("hardoi", "ghaziabad", "kannauj"):
        for language in ("hi", "en"):
            info = describe_clip(resource_path("audio", district, f"instruction_{language}.amr").read_bytes())
            assert info.kind == "amr" and 8 <= info.seconds <= 20 and info.size < 24 * 1024


def wav(rate: int = 8000, channels: int = 1, width: int = 2, frames: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        writer.writeframes(bytes(frames * channels * width))
    return buffer.getvalue()


def test_a_mono_16_bit_wav_is_a_clip_and_its_length_is_measured() -> None:
    assert describe_clip(wav(frames=12000)).seconds == 1.5
    assert describe_clip(wav(rate=16000, frames=8000)).seconds == 0.5


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"ID3\x03mp3 bytes", "not a WAV"),
        (wav(channels=2), "2 channel(s), 16-bit, 8000 Hz"),
        (wav(rate=44100), "44100 Hz"),
        (wav(width=1), "8-bit"),
        (b"#!AMR\n\x3c" + bytes(10), "middle of a frame"),
        (b"#!AMR\n\x4c" + bytes(40), "frame type 9"),
        (b"RIFF" + bytes(600 * 1024), "at most"),
    ],
)
def test_what_is_not_a_playable_clip_is_refused_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(ClipError, match=re.escape(message)):
        describe_clip(data)


def test_the_quectel_checksum_xors_big_endian_words_and_pads_an_odd_byte() -> None:
    assert quectel_checksum(b"\x12\x34\x56") == 0x1234 ^ 0x5600
    assert quectel_checksum(b"") == 0
    assert quectel_checksum(b"\xff\xff\xff\xff") == 0
