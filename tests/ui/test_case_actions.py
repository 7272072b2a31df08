"""Case detail offers only the actions of the current state; redirect follows the alternate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.domain import AvailabilityStatus, ComplaintDraft, EscalationState
from console.window_interface import PeriodDraft
from console.views import CaseAction, TimelineEventKind
from tests.ui.keys import focused, type_text
from tests.ui.support import InMemoryService
from tests.ui.window_setup import open_case, perform
from ui.case_dialog import CaseDialog
from ui.main_window import MainWindow


def test_redirect_to_the_alternate_opens_the_alternate_case(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    today = service.clock.now().date()
    service.save_period(PeriodDraft(3, AvailabilityStatus.TRAINING, today, today, alternate_id=21))
    result = service.log_complaint(ComplaintDraft(representative_id=4, officer_id=3))
    assert result.case_id is not None
    dialog = open_case(qtbot, window, result.case_id)
    assert "In training" in dialog.availability.text()
    assert service.officers[21].name_en in dialog.availability.text()
    redirect = dialog.buttons[CaseAction.REDIRECT]
    assert redirect.isVisible() and redirect.isDefault()
    assert not dialog.buttons[CaseAction.INSTRUCT].isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is redirect, timeout=3000)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.officer_id == 21, timeout=3000)
    original = service.cases[result.case_id]
    assert original.state is EscalationState.REDIRECTED
    assert original.timeline[-1].kind is TimelineEventKind.REDIRECTED
    assert dialog.case_id != result.case_id
    assert dialog.detail is not None and dialog.detail.row.officer_id == 21
    assert dialog.buttons[CaseAction.INSTRUCT].isVisible()
    model = window.queue_panel.model
    qtbot.waitUntil(lambda: any(row.officer_id == 21 for row in model.rows), timeout=3000)


def test_a_stale_version_is_reported_not_applied(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    result = service.log_complaint(ComplaintDraft(representative_id=2, officer_id=8))
    assert result.case_id is not None
    dialog = open_case(qtbot, window, result.case_id)
    service.add_note(result.case_id, "another operator wrote a note")  # the version moves on
    outcome = perform(qtbot, dialog, CaseAction.INSTRUCT)
    assert not outcome.succeeded
    assert "Another operator" in dialog.message.text()
    assert service.cases[result.case_id].state is EscalationState.DUE


def test_typing_a_note_and_adding_it(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    result = service.log_complaint(ComplaintDraft(representative_id=2, officer_id=8))
    assert result.case_id is not None
    dialog = open_case(qtbot, window, result.case_id)
    dialog.reason.setFocus()
    type_text(dialog.reason, "प्रतिनिधि को सूचित किया")
    assert perform(qtbot, dialog, CaseAction.ADD_NOTE).succeeded
    qtbot.waitUntil(lambda: dialog.timeline_model.rowCount() == len(service.cases[result.case_id].timeline),
                    timeout=3000)  # the case read again after the write
    assert service.cases[result.case_id].timeline[-1].detail == "प्रतिनिधि को सूचित किया"
    assert dialog.timeline_model.rowCount() == len(service.cases[result.case_id].timeline)
