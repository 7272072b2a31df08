"""``samvad-setu --help`` tells everything one can start, and every option shows a meaningful placeholder."""

from __future__ import annotations

import pytest

from ui.main import is_window_start, main, window_parser


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 0
    return capsys.readouterr().out


def test_the_top_level_help_lists_the_window_options_and_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(capsys, "--help")
    for option in ("--demo", "--district CODE", "--database URL", "--real-clock"):
        assert option in text, option
    for command in ("calendar", "roster", "demo", "modem", "dispatch"):
        assert f"\n    {command} " in text, command
    assert "Without a COMMAND it opens the operator window" in " ".join(text.split())


def test_the_window_options_start_the_window_and_parse_alike() -> None:
    assert is_window_start(["--demo", "--real-clock"]) and is_window_start(["--real-clock"])
    assert not is_window_start(["--help"]) and not is_window_start(["modem", "probe"])
    options = window_parser().parse_args(["--demo", "--real-clock"])
    assert options.demo and options.real_clock


def test_calendar_holidays_help_shows_a_plain_placeholder(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(capsys, "calendar", "holidays", "--help")
    assert "--district CODE" in text
    assert "HOLIDAYS_DISTRICT" not in text
