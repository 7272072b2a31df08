"""The queue's countdown is deadline − now on the business calendar, paused outside office hours."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from console.clock import IST, FakeClock
from console.domain import ComplaintDraft
from console.views import Urgency
from tests.ui.support import InMemoryService
from ui.main_window import MainWindow
from ui.queue_table_model import COL_COUNTDOWN, COL_SINCE_CALL


def instructed_case(service: InMemoryService) -> int:
    result = service.log_complaint(ComplaintDraft(representative_id=3, officer_id=7))
    assert result.case_id is not None
    detail = service.case_detail(result.case_id)
    assert detail is not None
    assert service.instruct(result.case_id, detail.row.version).succeeded
    return result.case_id


def row_of(window: MainWindow, case_id: int) -> int:
    model = window.queue_panel.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).case_id == case_id)


def at(clock: FakeClock, window: MainWindow, moment: datetime) -> str:
    clock.set(moment)
    window.tick()
    model = window.queue_panel.model
    return model.countdown_text(row_of(window, window.queue_panel.model.rows[0].case_id))


def test_countdown_runs_pauses_at_closing_and_resumes_monday(window: MainWindow, service: InMemoryService, clock: FakeClock, sound) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 27, 16, 50, tzinfo=IST))  # Friday, ten minutes before closing
    instructed_case(service)
    window.load_now()
    window.timer.stop()
    model = window.queue_panel.model
    assert model.countdown_text(0).startswith("15:00")
    assert at(clock, window, datetime(2026, 11, 27, 16, 55, 30, tzinfo=IST)).startswith("09:30")
    closed = at(clock, window, datetime(2026, 11, 27, 17, 0, tzinfo=IST))
    assert closed.startswith("‖ 05:00") and "10:00" in closed
    assert "resumes" in model.countdown_text(0, full=True)
    assert "closed until" in window.status.office.text()
    assert "30 Nov 2026 10:00" in window.status.office.text()
    assert model.urgency(0) is Urgency.PAUSED
    assert at(clock, window, datetime(2026, 11, 28, 12, 0, tzinfo=IST)).startswith("‖ 05:00")  # Saturday
    assert at(clock, window, datetime(2026, 11, 30, 10, 3, tzinfo=IST)).startswith("02:00")  # Monday
    assert model.urgency(0) is Urgency.CRITICAL
    assert "open" in window.status.office.text()
    assert sound.count == 0
    assert at(clock, window, datetime(2026, 11, 30, 10, 6, tzinfo=IST)).startswith("−01:00")
    assert model.urgency(0) is Urgency.LAPSED
    assert sound.count == 1


def test_a_holiday_monday_moves_the_resumption_to_tuesday(window: MainWindow, service: InMemoryService, clock: FakeClock) -> None:
    service.calendar.holidays.add(date(2026, 11, 30))
    clock.set(datetime(2026, 11, 27, 16, 50, tzinfo=IST))
    instructed_case(service)
    window.load_now()
    window.timer.stop()
    assert at(clock, window, datetime(2026, 11, 30, 12, 0, tzinfo=IST)).startswith("‖ 05:00")
    assert "01 Dec 2026 10:00" in window.status.office.text()
    assert at(clock, window, datetime(2026, 12, 1, 10, 1, tzinfo=IST)).startswith("04:00")


def test_a_tick_signals_only_the_countdown_column_once(window: MainWindow, service: InMemoryService, clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    for officer in range(1, 8):
        service.log_complaint(ComplaintDraft(representative_id=officer, officer_id=officer))
    window.load_now()
    window.timer.stop()
    model = window.queue_panel.model
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changes.append((top.row(), top.column(), bottom.row(), bottom.column())))
    clock.set(clock.now().replace(second=10))
    window.tick()
    clock.advance(1)
    window.tick()
    assert changes[-1] == (0, COL_COUNTDOWN, model.rowCount() - 1, COL_COUNTDOWN)
    changes.clear()
    clock.advance(1)
    window.tick()
    assert changes == [(0, COL_COUNTDOWN, model.rowCount() - 1, COL_COUNTDOWN)]
    clock.set(clock.now().replace(second=0) + timedelta(minutes=1))
    window.tick()
    assert (0, COL_SINCE_CALL, model.rowCount() - 1, COL_SINCE_CALL) in changes  # the elapsed minute turned
