"""The database server restarts mid-shift (a throwaway cluster of the test's own): the window says so, keeps
what the operator typed, reconnects by itself, and the note typed before the restart is saved after it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from console.audit import verify_record
from console.clock import SystemClock
from console.desk.center import Center
from console.domain import ComplaintDraft, UserRole
from console.window_interface import ActionOutcome
from console.views import CaseAction, OperatorSession, TimelineEventKind
from db.database import Database
from tests.desk.conftest import seed
from tests.desk.people import MLA, SDM
from tests.shared.cluster import ThrowawayCluster, cluster  # noqa: F401 (the fixture)
from tests.ui.conftest import CountingSound
from tests.ui.keys import type_text
from ui.alarm import Alarm
from ui.i18n import Translations
from tests.ui.window_setup import open_case, perform
from ui.main_window import MainWindow

NOTE = "अधिकारी बैठक में हैं — 12 बजे कॉल करेंगे"


@pytest.fixture
def center(cluster: ThrowawayCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Center]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    url = cluster.create_database("center")
    database = Database.open(url)
    seed(database, SystemClock().now())
    database.dispose()
    opened = Center.open("hardoi", session=OperatorSession("asha", "Asha Verma", UserRole.OPERATOR), database_url=url)
    opened.start()
    yield opened
    opened.stop()


def test_a_restart_mid_shift_is_shown_typing_is_kept_and_the_window_reconnects(
    center: Center, cluster: ThrowawayCluster, translations: Translations, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(center.service, translations, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
                        alarm=Alarm(sound=CountingSound()))
    qtbot.addWidget(window)
    window.load_now()
    window.show()
    case_id = center.service.log_complaint(ComplaintDraft(MLA.id, SDM.id)).case_id
    assert case_id is not None
    dialog = open_case(qtbot, window, case_id)
    type_text(dialog.reason, NOTE)
    cluster.stop()
    refused = perform(qtbot, dialog, CaseAction.ADD_NOTE)
    assert refused.outcome is ActionOutcome.UNAVAILABLE
    assert dialog.reason.text() == NOTE and "cannot be reached" in dialog.message.text()
    qtbot.waitUntil(lambda: window.status.connection.isVisible(), timeout=10_000)
    assert "Database unreachable since" in window.status.connection.text()
    cluster.start()
    qtbot.waitUntil(lambda: not window.status.connection.isVisible(), timeout=60_000)
    saved = perform(qtbot, dialog, CaseAction.ADD_NOTE)
    assert saved.outcome is ActionOutcome.OK and dialog.reason.text() == ""
    detail = center.service.case_detail(case_id)
    assert detail is not None
    notes = [entry for entry in detail.timeline if entry.kind is TimelineEventKind.NOTE]
    assert [(entry.detail, entry.actor) for entry in notes] == [(NOTE, "asha")]
    assert verify_record(center.database).intact
