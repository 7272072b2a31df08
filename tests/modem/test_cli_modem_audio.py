"""``samvad-setu modem probe`` (audio line) and ``modem audio upload|list|play-test`` against the simulator.

In-process (console.cli.main) with the simulator in real time at a high speed, as test_cli_modem
does: a 14-second clip plays in well under a real second.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.cli import main
from console.resources import resource_path
from modem.clip_format import quectel_checksum
from modem.simulator import Officer, Simulator

OFFICER = "+919876543210"
HARDOI_HI = resource_path("audio", "hardoi", "instruction_hi.amr").read_bytes()


def simulator_for(dialect: str) -> Simulator:
    return Simulator(dialect, [Officer(OFFICER, answer_after_seconds=4, talk_seconds=300)], realtime=True, speed=20)


@pytest.fixture(params=["sim7600", "ec25"])
def player(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    with simulator_for(str(request.param)) as simulator:
        yield simulator


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["modem", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("dialect", "words"),
    [
        ("sim7600", "plays clips from the module's flash (C:/) with AT+CCMXPLAY: recorded, alert or operator"),
        ("ec25", "plays clips from the module's UFS with AT+QPSND, AT+QAUDPLAY: recorded, alert or operator"),
        ("sim800", "no clip playback: alert or operator (a recorded call falls back to an alert)"),
        ("huawei", "no clip playback: alert or operator"),
    ],
)
def test_probe_says_what_the_officer_can_hear(capsys: pytest.CaptureFixture[str], dialect: str, words: str) -> None:
    with simulator_for(dialect) as simulator:
        code, out, _ = run(capsys, "probe", "--port", simulator.device_path)
    assert code == 0 and f"audio:         {words}" in out


def test_upload_of_the_districts_clip_is_checked_and_listed(
    player: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "audio", "upload", "--port", player.device_path, "--district", "hardoi")
    assert code == 0, err
    assert "clip:          samvad_hi.amr (AMR-NB, 14.0 s, 18880 bytes, from " in out
    assert "size:          18880 bytes on the module — verified" in out
    if player.dialect.name == "ec25":
        checksum = f"0x{quectel_checksum(HARDOI_HI):04x}"
        assert f"checksum:      {checksum}, the module's {checksum} — verified" in out
    else:
        assert "checksum:      not offered by this module (the size is the check)" in out
    assert player.files == {"samvad_hi.amr": HARDOI_HI}
    code, out, _ = run(capsys, "audio", "list", "--port", player.device_path)
    assert code == 0 and "samvad_hi.amr" in out and "18880 bytes" in out


def test_a_stored_clip_is_overwritten_only_with_replace(player: Simulator, capsys: pytest.CaptureFixture[str]) -> None:
    player.store_file("samvad_hi.amr", b"old")
    code, _, err = run(capsys, "audio", "upload", "--port", player.device_path, "--district", "hardoi")
    assert code == 1
    assert err.strip() == (
        "samvad-setu modem: samvad_hi.amr is already on the module (3 bytes): add --replace to overwrite it"
    )
    assert player.files["samvad_hi.amr"] == b"old"
    code, out, _ = run(capsys, "audio", "upload", "--port", player.device_path, "--district", "hardoi", "--replace")
    assert code == 0 and "stored: samvad_hi.amr (replaced the old one)" in out
    assert player.files["samvad_hi.amr"] == HARDOI_HI


def test_the_english_clip_and_a_wav_of_ones_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clip = tmp_path / "hardoi_voice.wav"
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(8000)
        writer.writeframes(bytes(16000))
    clip.write_bytes(buffer.getvalue())
    with simulator_for("ec25") as simulator:
        assert run(capsys, "audio", "upload", "--port", simulator.device_path, "--district", "kannauj",
                   "--language", "en")[0] == 0
        code, out, _ = run(capsys, "audio", "upload", "--port", simulator.device_path, str(clip))
        assert code == 0 and "hardoi_voice.wav (WAV 8000 Hz, 1.0 s, " in out
        assert sorted(simulator.files) == ["hardoi_voice.wav", "samvad_en.amr"]


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        (b"ID3 an mp3", [], "is not a clip the modules play: not a WAV (RIFF) or AMR-NB (#!AMR) file"),
        (HARDOI_HI, ["--name", "clip.wav"], "name 'clip.wav' must end in .amr: the clip is AMR-NB"),
        (HARDOI_HI, ["--name", 'a",0,1.amr'], "give --name of letters, digits, _ and -"),
    ],
)
def test_what_cannot_be_a_clip_is_refused_before_the_port_is_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, extra: list[str], message: str
) -> None:
    path = tmp_path / "voice.amr"
    path.write_bytes(content)
    with simulator_for("sim7600") as simulator:
        code, _, err = run(capsys, "audio", "upload", "--port", simulator.device_path, str(path), *extra)
        assert simulator.commands == []
    assert code == 2 and message in err


def test_a_modem_that_cannot_play_keeps_no_clips(capsys: pytest.CaptureFixture[str]) -> None:
    with simulator_for("sim800") as simulator:
        code, _, err = run(capsys, "audio", "upload", "--port", simulator.device_path, "--district", "hardoi")
        listed, _, list_err = run(capsys, "audio", "list", "--port", simulator.device_path)
    assert code == 1 and "has no command to play a clip into a call, so it keeps no clips" in err
    assert listed == 1 and "keeps no clips" in list_err


def test_play_test_calls_and_plays_the_stored_clip_twice(player: Simulator, capsys: pytest.CaptureFixture[str]) -> None:
    player.store_file("samvad_hi.amr", HARDOI_HI)
    code, out, err = run(capsys, "audio", "play-test", "--port", player.device_path, "--to", "98765 43210")
    assert code == 0, out + err
    assert out.splitlines()[:5] == [
        "answered",
        "play 1: started",
        "play 1: played to the end",
        "play 2: started",
        "play 2: played to the end",
    ]
    assert "heard:         the recording" in out and "plays:         2 of 2" in out
    assert "ended by:      playback done" in out
    assert player.call_records[-1].clips_heard == ("samvad_hi.amr", "samvad_hi.amr")


def test_play_test_of_a_missing_clip_says_the_call_was_only_an_alert(
    player: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "audio", "play-test", "--port", player.device_path, "--to", OFFICER, "--plays", "1")
    assert code == 1
    assert "heard:         nothing: alert only" in out and "fell back:     refused (" in out
    assert player.call_records[-1].clips_heard == ()


def test_play_test_refuses_a_foreign_number_and_a_bad_clip_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "audio", "play-test", "--port", "/dev/null", "--to", "+14155550100")[0] == 2
    code, _, err = run(capsys, "audio", "play-test", "--port", "/dev/null", "--to", OFFICER, "--clip", "x.mp3")
    assert code == 2 and "clip name 'x.mp3'" in err
