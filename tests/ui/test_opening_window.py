"""A district's window paints its queue before its center opens, then fills in from the open center (issue 12)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from console.clock import FakeClock
from console.desk.center import Center
from console.desk.opening import OpeningService, quick_open
from console.domain import UserRole
from console.views import OperatorSession
from tests.desk.conftest import T0
from tests.desk.test_opening import demo_file  # noqa: F401 - the fixture
from ui.app import CenterOpening, start_quickly
from ui.i18n import Translations
from ui.main_window import MainWindow

SESSION = OperatorSession("asha", "Asha Verma", UserRole.OPERATOR)


@pytest.fixture
def district_url(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: F811
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    shutil.copy(demo_file, tmp_path / "district.sqlite3")
    return f"sqlite:///{tmp_path / 'district.sqlite3'}"


def start(qtbot, district_url: str, open_center: Callable[[], Center], translations: Translations,  # type: ignore[no-untyped-def]
          settings: QSettings) -> tuple[MainWindow, CenterOpening, OpeningService]:
    quick = quick_open("hardoi", database_url=district_url, clock=FakeClock(T0), session=SESSION)
    assert quick is not None
    window, opening = start_quickly(quick, open_center, translations, settings=settings)
    qtbot.addWidget(window, before_close_func=lambda shown: shown.close_now())
    return window, opening, quick


def test_the_queue_is_painted_before_the_center_opens_and_the_rest_follows_it(
        qtbot, district_url: str, translations: Translations, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    opened: list[Center] = []

    def open_center() -> Center:
        assert gate.wait(30)
        opened.append(Center.open("hardoi", session=SESSION, database_url=district_url, clock=FakeClock(T0)))
        return opened[-1]

    window, opening, quick = start(qtbot, district_url, open_center, translations, settings)
    try:
        queue = window.queue_panel.model
        assert window.state is not None and not window.state.complete and not quick.is_open
        assert queue.rowCount() == len(quick.first.queue) > 0
        assert window.availability_panel.counts.text() == "reading the officers…"
        gate.set()
        qtbot.waitUntil(lambda: window.state is not None and window.state.complete, timeout=30_000)
        assert quick.is_open and opening.wait() is opened[0]
        assert window.availability_panel.model.rowCount() == len(window.state.officers) > 0
        assert queue.rowCount() == len(window.state.queue) == len(quick.first.queue)
    finally:
        gate.set()
        center = opening.wait()
        window.close_now()
        if center is not None:
            center.stop()


def test_a_center_that_cannot_open_says_why_in_one_line(
        qtbot, district_url: str, translations: Translations, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    def open_center() -> Center:
        raise RuntimeError("the district's database file was replaced while the console started")

    window, opening, quick = start(qtbot, district_url, open_center, translations, settings)
    with qtbot.waitSignal(opening.failed, timeout=30_000) as failed:
        pass
    assert failed.args == ["the district's database file was replaced while the console started"]
    assert opening.wait() is None and not quick.is_open
