"""The queue's countdown is deadline − now on the business calendar, paused outside office hours.

Over the real desk service on SQLite (Hardoi's six-day week: the second Saturday and Sundays are off)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from console.clock import IST
from console.views import CalendarDayKind, Urgency
from console.window_interface import CalendarDraft
from tests.desk.people import DM, LONG_NAMED, MLA, SDM, TEHSILDAR
from tests.ui.desk_window import World
from ui.main_window import MainWindow
from ui.queue_table_model import COL_COUNTDOWN, COL_SINCE_CALL

FRIDAY_BEFORE_CLOSING = datetime(2026, 3, 13, 16, 50, tzinfo=IST)  # the next day is the second Saturday: off


def instructed_case(world: World) -> int:
    return world.instructed(MLA.id, SDM.id)


def at(world: World, window: MainWindow, moment: datetime) -> str:
    world.clock.set(moment)
    window.tick()
    return window.queue_panel.model.countdown_text(0)


def shown_now(window: MainWindow) -> None:
    window.load_now()
    window.timer.stop()


def test_countdown_runs_pauses_at_closing_and_resumes_monday(desk_window: MainWindow, world: World, sound) -> None:  # type: ignore[no-untyped-def]
    world.clock.set(FRIDAY_BEFORE_CLOSING)
    instructed_case(world)
    shown_now(desk_window)
    model = desk_window.queue_panel.model
    status = desk_window.status
    assert model.countdown_text(0).startswith("15:00")
    assert at(world, desk_window, datetime(2026, 3, 13, 16, 55, 30, tzinfo=IST)).startswith("09:30")
    closed = at(world, desk_window, datetime(2026, 3, 13, 17, 0, tzinfo=IST))
    assert closed.startswith("‖ 05:00") and "10:00" in closed
    assert "resumes" in model.countdown_text(0, full=True)
    assert "closed until" in status.office.text()
    assert "16 Mar 2026 10:00" in status.office.text()
    assert model.urgency(0) is Urgency.PAUSED
    assert at(world, desk_window, datetime(2026, 3, 14, 12, 0, tzinfo=IST)).startswith("‖ 05:00")  # 2nd Saturday
    assert at(world, desk_window, datetime(2026, 3, 16, 10, 3, tzinfo=IST)).startswith("02:00")  # Monday
    assert model.urgency(0) is Urgency.CRITICAL
    assert "open" in status.office.text()
    assert sound.count == 0
    assert at(world, desk_window, datetime(2026, 3, 16, 10, 6, tzinfo=IST)).startswith("−01:00")
    assert model.urgency(0) is Urgency.LAPSED
    assert sound.count == 1


def test_a_holiday_monday_moves_the_resumption_to_tuesday(desk_window: MainWindow, world: World) -> None:
    world.sign_in_supervisor()  # a local holiday is a supervisor's to declare
    holiday = CalendarDraft(date(2026, 3, 16), CalendarDayKind.LOCAL_HOLIDAY, "Hardoi fair", "हरदोई मेला")
    assert world.service.save_calendar_entry(holiday).succeeded
    world.clock.set(FRIDAY_BEFORE_CLOSING)
    instructed_case(world)
    shown_now(desk_window)
    assert at(world, desk_window, datetime(2026, 3, 16, 12, 0, tzinfo=IST)).startswith("‖ 05:00")
    assert "17 Mar 2026 10:00" in desk_window.status.office.text()
    assert at(world, desk_window, datetime(2026, 3, 17, 10, 1, tzinfo=IST)).startswith("04:00")


def test_a_tick_signals_only_the_countdown_column_once(desk_window: MainWindow, world: World) -> None:
    for officer in (DM, SDM, TEHSILDAR, LONG_NAMED):
        world.log(MLA.id, officer.id)
    shown_now(desk_window)
    model = desk_window.queue_panel.model
    assert model.rowCount() == 4
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changes.append((top.row(), top.column(), bottom.row(), bottom.column())))
    clock = world.clock
    clock.set(clock.now().replace(second=10))
    desk_window.tick()
    clock.advance(1)
    desk_window.tick()
    assert changes[-1] == (0, COL_COUNTDOWN, model.rowCount() - 1, COL_COUNTDOWN)
    changes.clear()
    clock.advance(1)
    desk_window.tick()
    assert changes == [(0, COL_COUNTDOWN, model.rowCount() - 1, COL_COUNTDOWN)]
    clock.set(clock.now().replace(second=0) + timedelta(minutes=1))
    desk_window.tick()
    assert (0, COL_SINCE_CALL, model.rowCount() - 1, COL_SINCE_CALL) in changes  # the elapsed minute turned
