"""How ``samvad-setu`` decides between the window and a command, and what the window needs to start."""

from __future__ import annotations

import pytest

from ui.app import WindowOptions, open_center
from ui.main import is_window_start, window_parser


@pytest.mark.parametrize(("args", "window"), [
    ([], True),
    (["--demo"], True),
    (["--district", "hardoi"], True),
    (["--district=hardoi", "--database", "sqlite:///x.db"], True),
    (["roster", "import", "officers.xlsx"], False),
    (["modem", "probe", "--port", "COM3"], False),
    (["--verbose", "dispatch"], False),
])
def test_the_window_starts_only_without_a_command(args: list[str], window: bool) -> None:
    assert is_window_start(args) is window


def test_the_window_options_are_parsed() -> None:
    options = window_parser().parse_args(["--district", "kannauj", "--database", "sqlite:///k.db"])
    assert (options.demo, options.district, options.database) == (False, "kannauj", "sqlite:///k.db")


def test_a_start_without_a_district_says_how_to_choose_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAMVAD_SETU_DISTRICT", raising=False)
    with pytest.raises(ValueError, match="--district"):
        open_center(WindowOptions())


def test_an_unknown_district_is_named_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMVAD_SETU_DISTRICT", "atlantis")
    with pytest.raises(Exception, match="atlantis"):
        open_center(WindowOptions())
