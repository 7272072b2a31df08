"""How many roster reads and window reloads one change costs, wired as ``Center`` wires the console.

``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.event_counts``

The window over the desk service and the desk's engines (no modems), the change
feed running; one availability save (a supervisor), then one instruction and
one note on that case. Each is followed by 1.5 s of the event loop, so the feed's echo of
this process's own write (0.25 s poll) has arrived if it comes at all. Written
to run on the tree before the event bus too (no ``others_only`` there).
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from console.clock import IST, FakeClock  # noqa: E402
from console.desk.desk import Desk  # noqa: E402
from console.desk.roster_view import RosterView  # noqa: E402
from console.desk.runtime import DeskRuntime  # noqa: E402
from console.desk.settings import DeskSettings  # noqa: E402
from console.desk.window_adapter import DeskService  # noqa: E402
from console.domain import AvailabilityStatus, ComplaintDraft, UserRole  # noqa: E402
from console.views import OperatorSession  # noqa: E402
from console.window_interface import PeriodDraft  # noqa: E402
from db.database import Database  # noqa: E402
from tests.desk.conftest import T0, machine_config, seed  # noqa: E402
from tests.desk.people import ADO, MLA, SDM, TEHSILDAR  # noqa: E402
from ui.alarm import Alarm  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

SUPERVISOR = OperatorSession("meena", "Meena", UserRole.SUPERVISOR)


def settle(app: QApplication, seconds: float = 1.5) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="event-counts-"))
    database = Database.open(f"sqlite:///{folder / 'district.sqlite3'}", create=True)
    clock = FakeClock(T0)
    seed(database, clock.now())
    desk = Desk(database, DeskSettings.for_district(machine_config(folder)), clock)
    try:
        feed = database.change_feed(others_only=True)  # type: ignore[call-arg]
    except TypeError:  # before the event bus
        feed = database.change_feed()
    service = DeskService(desk, SUPERVISOR, feed=feed)
    runtime = DeskRuntime(desk, [], worker="counts", feed=feed)
    roster_reads = [0]
    live_loads = [0]
    load = RosterView.load.__func__  # type: ignore[attr-defined]

    def counted_load(cls, *args, **kwargs):  # type: ignore[no-untyped-def]
        roster_reads[0] += 1
        return load(cls, *args, **kwargs)

    RosterView.load = classmethod(counted_load)  # type: ignore[method-assign,assignment]
    load_live_state = service.load_live_state

    def counted_live_state():  # type: ignore[no-untyped-def]
        live_loads[0] += 1
        return load_live_state()

    service.load_live_state = counted_live_state  # type: ignore[method-assign]
    feed.start()
    runtime.start(start_modems=False, run_ladder=False)
    window = MainWindow(service, Translations(app), settings=QSettings(str(folder / "layout.ini"),
                        QSettings.Format.IniFormat), alarm=Alarm(sound=lambda: None))
    window.load_now()
    window.show()
    settle(app)
    try:
        today = clock.now().astimezone(IST).date()
        roster_reads[0] = live_loads[0] = 0
        result = service.save_period(PeriodDraft(TEHSILDAR.id, AvailabilityStatus.LEAVE, today,
                                                 today + timedelta(days=2), ADO.id))
        assert result.outcome.value == "ok", result
        settle(app)
        print(f"availability save: roster reads {roster_reads[0]}, live-state loads {live_loads[0]}")
        logged = service.log_complaint(ComplaintDraft(MLA.id, SDM.id))
        assert logged.case_id is not None, logged
        settle(app)
        detail = service.case_detail(logged.case_id)
        assert detail is not None
        roster_reads[0] = live_loads[0] = 0
        instructed = service.instruct(logged.case_id, detail.row.version)
        assert instructed.outcome.value == "ok", instructed
        settle(app)
        print(f"instruction: roster reads {roster_reads[0]}, live-state loads {live_loads[0]}")
        roster_reads[0] = live_loads[0] = 0
        noted = service.add_note(logged.case_id, "the officer's PA says he is in a meeting")
        assert noted.outcome.value == "ok", noted
        settle(app)
        print(f"a note on the case: roster reads {roster_reads[0]}, live-state loads {live_loads[0]}")
    finally:
        window.close_now()
        runtime.stop(stop_modems=False)
        feed.close()
        database.dispose()


if __name__ == "__main__":
    main()
