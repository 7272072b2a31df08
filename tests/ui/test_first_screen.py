"""The window's start paints the queue first and fills the officers' grid just after, off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from console.desk.center import Center
from console.domain import ComplaintDraft
from tests.desk.people import MLA, SDM
from tests.ui.test_real_console import center  # noqa: F401 - the fixture
from ui.app import open_window
from ui.i18n import Translations


def test_the_queue_shows_at_once_and_the_officers_grid_follows(
        center: Center, translations: Translations, settings: QSettings, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    logged = center.service.log_complaint(ComplaintDraft(MLA.id, SDM.id, note="first screen"))
    window = open_window(center.service, translations, settings=settings)
    qtbot.addWidget(window, before_close_func=lambda shown: shown.close_now())
    queue = window.queue_panel.model
    assert logged.case_id in {queue.row_at(row).case_id for row in range(queue.rowCount())}
    assert window.state is not None and not window.state.complete
    assert window.availability_panel.model.rowCount() == 0  # not yet read: the roster comes after the paint
    assert window.availability_panel.counts.text() == "reading the officers…"  # not "on duty 0"
    with qtbot.waitSignal(window.state_shown, timeout=20_000):
        pass
    assert window.state.complete and window.availability_panel.model.rowCount() == len(window.state.officers) > 0
    assert window.availability_panel.counts.text().startswith("on duty ")


def test_the_keyboard_starts_in_the_queue_not_in_a_filter(
        center: Center, translations: Translations, settings: QSettings, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """An operator's first Down arrow moves through the cases; in the state filter it would hide most of them."""
    window = open_window(center.service, translations, settings=settings)
    qtbot.addWidget(window, before_close_func=lambda shown: shown.close_now())
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is not None, timeout=5_000)
    assert window.focusWidget() is window.queue_panel.table
