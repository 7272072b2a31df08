"""Operators racing on one case over PostgreSQL: no lost update, every loss explained, nothing typed lost.

``make test`` runs a small randomized batch; ``make soak`` runs the full 1,000 (tests/shared/races.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.audit import verify_record
from db.database import Database
from tests.shared.races import run_races

RACES = int(os.environ.get("SAMVAD_RACES", "40"))


@pytest.mark.postgres
def test_randomized_races_lose_nothing_and_explain_every_loss(postgres_database_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url: URL = postgres_database_factory()
    text_url = url.render_as_string(hide_password=False)
    tally = run_races(text_url, RACES, seed_value=int(os.environ.get("SAMVAD_RACE_SEED", "14")), folder=tmp_path)
    print(tally.line())
    assert tally.failures == [], "\n".join(tally.failures[:10])
    assert tally.races == RACES and tally.conflicts_explained > 0
    assert any(key.endswith(":ok") and not key.startswith("add_note") for key in tally.outcomes)
    database = Database.open(text_url)
    try:
        report = verify_record(database)
    finally:
        database.dispose()
    assert report.intact and report.cases == RACES, report
