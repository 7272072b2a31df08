"""The standing rules of the reports come from the district config, like its thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.config import load_district_config
from console.config_reader import ConfigError
from console.metrics import StandingRules

NO_USER_FILES = Path("/nonexistent/samvad-setu-test")


def load(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    override = tmp_path / "standing.toml"
    override.write_text(text + "\n", encoding="utf-8")
    return load_district_config("hardoi", override_path=override, environ={}, user_folder=NO_USER_FILES)


def test_the_bundled_rules_are_the_metrics_defaults() -> None:
    config = load_district_config("kannauj", environ={}, user_folder=NO_USER_FILES)
    assert config.standing == StandingRules()


def test_a_district_sets_its_own_rules(tmp_path: Path) -> None:
    config = load(tmp_path, "[standing]\nmin_assessed_cases = 5\ncommend_on_time_share = 0.95")
    assert config.standing == StandingRules(min_assessed_cases=5, commend_on_time_share=0.95)


@pytest.mark.parametrize(("text", "expected"), [
    ("[standing]\ncommend_on_time_share = 90", "standing.commend_on_time_share: expected a share from 0 to 1"),
    ("[standing]\nnegligent_on_time_share = 0.95",
     "standing.negligent_on_time_share: expected at most commend_on_time_share (0.9), got 0.95"),
    ("[standing]\nmin_assessed_cases = 0", "standing.min_assessed_cases: expected a whole number ≥ 1, got 0"),
    ("[standing]\nnegligent_unconfirmed = 2", "standing.negligent_unconfirmed: unknown key"),
])
def test_a_broken_rule_is_named(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text)
    assert any(expected in line for line in str(caught.value).splitlines()), str(caught.value)
