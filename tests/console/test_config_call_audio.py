"""Each voice modem's audio mode in the machine settings: read, defaulted, and refused with file, key and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.config import _CLIP_NAME, DEFAULT_AUDIO_CLIP, CallAudioMode, load_district_config
from console.config_reader import ConfigError
from modem.call_audio import CLIP_NAME, AudioMode

NO_USER_FILES = Path("/nonexistent/samvad-setu-test")
VOICE = '[[modems]]\nname = "v1"\nurl = "COM4"\nroles = ["voice"]\n'


def load(tmp_path: Path, text: str) -> list[tuple[str, CallAudioMode, str | None]]:
    override = tmp_path / "machine.toml"
    override.write_text(text, encoding="utf-8")
    config = load_district_config("hardoi", override_path=override, environ={}, user_folder=NO_USER_FILES)
    return [(modem.name, modem.audio, modem.audio_clip) for modem in config.modems]


def test_every_mode_is_read_and_recorded_gets_the_default_clip(tmp_path: Path) -> None:
    text = (
        VOICE + 'audio = "recorded"\n'
        '[[modems]]\nname = "v2"\nurl = "COM5"\nroles = ["voice", "sms"]\naudio = "operator"\n'
        '[[modems]]\nname = "v3"\nurl = "COM6"\nroles = ["voice"]\naudio = "recorded"\naudio_clip = "hardoi_en.wav"\n'
        '[[modems]]\nname = "s1"\nurl = "COM7"\nroles = ["sms"]\n'
    )
    assert load(tmp_path, text) == [
        ("v1", CallAudioMode.RECORDED, DEFAULT_AUDIO_CLIP),
        ("v2", CallAudioMode.OPERATOR, None),
        ("v3", CallAudioMode.RECORDED, "hardoi_en.wav"),
        ("s1", CallAudioMode.ALERT, None),
    ]


def test_a_voice_modem_without_a_mode_only_alerts(tmp_path: Path) -> None:
    assert load(tmp_path, VOICE) == [("v1", CallAudioMode.ALERT, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (VOICE + 'audio = "speaker"\n', 'modems[1].audio: expected one of operator, recorded, alert, got "speaker"'),
        ('[[modems]]\nname = "s1"\nurl = "COM4"\nroles = ["sms"]\naudio = "recorded"\n',
         'modems[1].audio: expected only on a modem with the "voice" role; this one makes no calls'),
        (VOICE + 'audio = "alert"\naudio_clip = "a.amr"\n',
         'modems[1].audio_clip: expected only with audio = "recorded", got audio = "alert"'),
        (VOICE + 'audio = "recorded"\naudio_clip = "c:/x\\",1,1.amr"\n',
         "modems[1].audio_clip: expected a file name of letters, digits, _ and - ending in .amr or .wav"),
        (VOICE + 'audio = "recorded"\naudio_clip = "clip.mp3"\n', 'got "clip.mp3"'),
        (VOICE + "audio = 1\n", "modems[1].audio: expected a non-empty text, got 1"),
    ],
)
def test_a_wrong_audio_setting_names_the_file_the_key_and_what_is_expected(
    tmp_path: Path, text: str, expected: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text)
    lines = str(caught.value).splitlines()
    assert any(line.startswith(f"{tmp_path / 'machine.toml'}: ") and expected in line for line in lines), lines


def test_the_modes_and_the_clip_rule_are_the_modem_layers_own() -> None:
    """console/config.py may not import modem/ (a pure module): its copies must agree with the originals."""
    assert [mode.value for mode in CallAudioMode] == [mode.value for mode in AudioMode]
    assert CLIP_NAME.fullmatch(DEFAULT_AUDIO_CLIP)
    names = ("samvad_hi.amr", "x.wav", "a" * 40 + ".amr", "a" * 41 + ".amr", "../x.amr", "x.mp3", "_x.amr", "x.AMR")
    for name in names:
        assert bool(_CLIP_NAME.fullmatch(name)) == bool(CLIP_NAME.fullmatch(name)), name
