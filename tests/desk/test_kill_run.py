"""The kill run in its smaller form: ``samvad-setu dispatch`` killed eight times while it sends (issue 11).

The full run (``python -m tests.desk.kill_run --kills 34``) gives the closing
note's figures; this one keeps them true on every ``make test``: whatever the
moment of a kill, nothing reaches an officer twice and nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.desk.kill_run import STOPS, run_kill_run

KILLS = 8


@pytest.mark.timeout(600)  # eight restarts of a Python process and two modem processes, on a loaded machine
def test_killed_eight_times_nothing_reaches_an_officer_twice_and_nothing_is_lost(tmp_path: Path) -> None:
    said: list[str] = []
    figures = run_kill_run(tmp_path, kills=KILLS, say=said.append)
    report = "\n".join([*figures.lines(), *said])
    assert figures.kills == KILLS, report
    assert figures.duplicates == 0 and figures.duplicate_parts == 0, report
    assert figures.lost == 0, report
    assert figures.uncertain > 0, report  # some kills did land while something was on its way
    assert figures.complaints == 2 * KILLS + STOPS and figures.rows > 0, report
