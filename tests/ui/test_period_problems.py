"""The leave/training dialog over the real desk service: each problem is told as what it is."""

from __future__ import annotations

from console.domain import AvailabilityStatus
from tests.desk.people import ADO, TEHSILDAR
from tests.ui.desk_window import World
from tests.ui.keys import type_text
from ui.main_window import MainWindow
from ui.period_dialog import PeriodDialog


def test_an_other_absence_without_a_note_asks_for_the_note_not_an_alternate(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    world.sign_in_supervisor()
    desk_window.accounts.apply(world.service.session)
    officer = world.service.availability_now(TEHSILDAR.id)
    assert officer is not None
    dialog = desk_window.edit_period(officer.officer)
    assert isinstance(dialog, PeriodDialog)
    dialog.alternate.line.setFocus()
    type_text(dialog.alternate.line, ADO.name_en)
    assert dialog.alternate.current_row() is not None and dialog.alternate.current_row().officer_id == ADO.id
    dialog.status.setCurrentIndex(dialog.status.findData(AvailabilityStatus.OTHER.value))
    assert not dialog.save_button.isEnabled()
    assert dialog.problem_label.text() == "Say in the note what the absence is."
    type_text(dialog.note, "election duty")
    assert dialog.problem_label.text() == "" and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        dialog.save()
    assert dialog.saved
    decision = world.service.availability_now(TEHSILDAR.id)
    assert decision is not None and decision.officer.status is AvailabilityStatus.OTHER
