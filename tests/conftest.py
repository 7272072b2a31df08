"""Shared test set-up: Qt renders offscreen; no test reads the wall clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The database fixtures (SQLite and PostgreSQL) for the db, desk, roster and window tests alike.
pytest_plugins = ("tests.db.fixtures", "tests.ui.desk_window")
