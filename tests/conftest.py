"""Shared test set-up: Qt renders offscreen; no test reads the wall clock; Qt's garbage dies on the main thread."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The database fixtures (SQLite and PostgreSQL) for the db, desk, roster and window tests alike.
pytest_plugins = ("tests.db.fixtures", "tests.ui.desk_window")


@pytest.fixture(autouse=True)
def qt_garbage_on_the_main_thread() -> Iterator[None]:
    """What the window does with :mod:`ui.garbage`, the suite does per test: once Qt is loaded, no automatic
    collection while a test runs (a desk thread of the test, or of the next one, would collect a closed window's
    widgets off the GUI thread and deadlock with it, beyond any timeout), and the test's garbage collected here, on
    the main thread, when it ends."""
    if "PySide6.QtCore" not in sys.modules:
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        if was_enabled:
            gc.enable()


def pytest_collection_finish(session: pytest.Session) -> None:
    """The collected suite lives as long as the session: frozen out of the per-test collections above."""
    gc.collect()
    gc.freeze()
