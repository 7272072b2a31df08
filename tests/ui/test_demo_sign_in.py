"""The demo signs in as its demo operator by itself; a menu entry switches to its demo supervisor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from console.clock import FakeClock
from console.desk.center import Center, open_demo_center
from tests.desk.conftest import T0
from tests.ui.conftest import CountingSound
from ui.alarm import Alarm
from ui.i18n import Translations
from ui.main_window import MainWindow


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Center]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    center = open_demo_center(clock=FakeClock(T0))
    yield center
    center.stop()


def test_the_demo_signs_in_as_its_operator_and_switches_to_its_supervisor(
    demo: Center, translations: Translations, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session = demo.service.session
    assert session is not None and session.login == "operator.sunita"
    window = MainWindow(demo.service, translations, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
                        alarm=Alarm(sound=CountingSound()))
    qtbot.addWidget(window)
    window.load_now()
    assert window.status.user.text() == "सुनीता शर्मा (Operator)"
    assert not window.menus.actions["import_roster"].isEnabled()
    switch = window.accounts.demo_actions["supervisor.meena"]
    assert switch.text() == "Demo: switch to मीना श्रीवास्तव (Supervisor)" and switch.isEnabled()
    switch.trigger()
    qtbot.waitUntil(lambda: window.status.user.text() == "मीना श्रीवास्तव (Supervisor)", timeout=5000)
    assert window.menus.actions["import_roster"].isEnabled() and not switch.isEnabled()
