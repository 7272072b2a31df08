"""The window shows the state as it is: a call's real outcome, a closed case's code, an open case window kept
current by the change feed. Outbox rows are finished the way the dispatcher finishes them, in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.domain import OutboxKind, OutboxStatus
from console.views import ConfirmationSource
from db.repositories.outbox import AttemptResult
from tests.desk.people import DM, MLA, MP, SDM, TEHSILDAR
from tests.ui.desk_window import World
from tests.ui.window_setup import open_case
from ui.main_window import MainWindow
from ui.modem_table_models import M_COL_SMS, O_COL_CASE, O_COL_STATUS
from ui.timeline_table_model import T_COL_OUTCOME, T_COL_WHAT

SENT = AttemptResult(OutboxStatus.SENT, modem_name="modem-1", outcome="sent")


def call(status: OutboxStatus, outcome: str, talk: float = 0.0) -> AttemptResult:
    return AttemptResult(status, modem_name="modem-2", outcome=outcome, ring_seconds=14.0, talk_seconds=talk)


def outbox_cells(window: MainWindow, column: int) -> dict[int, str]:
    model = window.modem_panel.outbox_model
    return {model.row_at(row).outbox_id: model.index(row, column).data() for row in range(model.rowCount())}


def test_calls_show_what_happened_not_sent(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    finished = {}
    for officer, (status, outcome, talk) in ((SDM, (OutboxStatus.SENT, "busy", 0.0)),
                                             (TEHSILDAR, (OutboxStatus.SENT, "no_answer", 0.0)),
                                             (DM, (OutboxStatus.DELIVERED, "answered", 12.4))):
        case_id = world.log(MLA.id, officer.id)
        world.instruct(case_id)
        world.finish_next(OutboxKind.SMS, SENT)
        finished[world.finish_next(OutboxKind.CALL, call(status, outcome, talk))] = case_id
    world.instruct(world.log(MP.id, SDM.id))
    with world.database.unit_of_work() as work:  # a call the modem could not place at all
        (claimed,) = work.outbox.claim("test", at=world.clock.now(), kinds=[OutboxKind.CALL])
        work.outbox.finish_attempt(claimed, AttemptResult(OutboxStatus.FAILED, modem_name="modem-2",
                                                          outcome="call_failed", error="NO CARRIER"),
                                   at=world.clock.now())
    qtbot.waitUntil(lambda: "Failed (NO CARRIER)" in outbox_cells(desk_window, O_COL_STATUS).values(), timeout=5000)
    shown = outbox_cells(desk_window, O_COL_STATUS)
    busy, unanswered, answered = finished
    assert (shown[busy], shown[unanswered], shown[answered]) == ("Busy", "No answer", "Answered (0:12)")
    assert "Sent" not in {shown[busy], shown[unanswered], shown[answered]}

    dialog = open_case(qtbot, desk_window, finished[busy])
    timeline = dialog.timeline_model
    outcomes = {timeline.index(row, T_COL_WHAT).data(): timeline.index(row, T_COL_OUTCOME).data()
                for row in range(timeline.rowCount())}
    assert outcomes["Call to officer"] == "Busy" and outcomes["SMS to officer"] == "Sent"


def test_a_closed_case_keeps_its_code_in_the_outbox(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    world.instruct(case_id)
    code = world.service.case_detail(case_id).row.case_code  # type: ignore[union-attr]
    assert world.service.record_confirmation(case_id, world.version(case_id), ConfirmationSource.OFFICER).succeeded
    qtbot.waitUntil(lambda: desk_window.queue_panel.model.rowCount() == 1, timeout=3000)
    assert world.service.close(case_id, world.version(case_id)).succeeded
    qtbot.waitUntil(lambda: desk_window.queue_panel.model.rowCount() == 0, timeout=3000)
    assert list(outbox_cells(desk_window, O_COL_CASE).values()) == [code, code]


def test_an_open_case_window_follows_the_change_feed(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    world.instruct(case_id)
    dialog = open_case(qtbot, desk_window, case_id)
    timeline = dialog.timeline_model

    def outcome_of(what: str) -> str:
        return next(timeline.index(row, T_COL_OUTCOME).data() for row in range(timeline.rowCount())
                    if timeline.index(row, T_COL_WHAT).data() == what)

    assert outcome_of("SMS to officer") == "Queued"
    world.finish_next(OutboxKind.SMS, AttemptResult(OutboxStatus.DELIVERED, modem_name="modem-1", outcome="sent"))
    qtbot.waitUntil(lambda: outcome_of("SMS to officer") == "Delivered", timeout=5000)  # the dispatcher's write
    world.desk.receive_sms(sender=SDM.official_number, text=f"{dialog.detail.row.case_code} OK",  # type: ignore[union-attr]
                           received_at=world.clock.now(), modem_name="modem-1")
    qtbot.waitUntil(lambda: "Confirmed" in dialog.heading.text(), timeout=5000)
    assert QApplication.focusWidget() is not dialog.reason  # nothing stole the keyboard meanwhile


def test_the_modem_panel_counts_sms_parts_and_says_so(desk_window: MainWindow) -> None:
    model = desk_window.modem_panel.modem_model
    assert model.headerData(M_COL_SMS, Qt.Orientation.Horizontal) == "SMS parts"
    tip = model.headerData(M_COL_SMS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "SMS parts sent today" in tip and "two or more parts" in tip


def test_the_status_bar_says_when_the_data_was_read(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert desk_window.status.feed.text() == "data as of 11:00:00"
    world.clock.advance(seconds=95)
    world.log(MLA.id, SDM.id)
    qtbot.waitUntil(lambda: desk_window.status.feed.text() == "data as of 11:01:35", timeout=3000)
    assert "update" not in desk_window.status.feed.text()
