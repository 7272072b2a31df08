"""The operator sends only the missing parts of a long SMS the modem reported half sent (issue 11, item 9).

The window over the real desk service: an SMS left uncertain by a dispatcher
that died between its parts offers "Send missing parts"; it queues the row
again with the record of the part that went, so only the other is sent.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.domain import OutboxKind, OutboxStatus
from db.repositories.outbox_parts import SentPart
from tests.ui.window_setup import settle
from ui.main_window import MainWindow


def half_sent_sms(desk: Desk) -> int:
    with desk.database.reading() as work:
        officer_id = work.roster.officer_codes()["HRD-0002"]
        representative_id = work.roster.representative_codes()["MLA-SANDILA"]
    record = desk.log_complaint(Complaint(representative_id, officer_id), actor="op1").record
    (sms,) = desk.instruct(record.id, record.version, actor="op1", channels=[OutboxKind.SMS]).messages
    now = desk.clock.now()
    with desk.database.unit_of_work() as work:  # a dispatcher took it, part 1 went, and it was killed
        work.outbox.claim("dead-dispatcher", at=now)
        work.outbox.record_part(sms.id, SentPart(1, 2, 201, "modem-1", sms.to_number, 17, now))
        work.outbox.mark_in_flight_uncertain(at=now, worker="dead-dispatcher")
    return sms.id


def select_outbox_row(window: MainWindow, outbox_id: int) -> None:
    panel = window.modem_panel
    model = panel.outbox_model
    (row,) = [number for number in range(model.rowCount()) if model.row_at(number).outbox_id == outbox_id]
    panel.outbox_table.selectionModel().select(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def test_an_sms_half_sent_offers_to_send_only_its_missing_part(real_window: MainWindow, desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    outbox_id = half_sent_sms(desk)
    real_window.load_now()
    select_outbox_row(real_window, outbox_id)
    button = real_window.modem_panel.missing_button
    assert button.isEnabled() and "1 of 2 parts" in button.toolTip()
    button.click()
    assert not button.isEnabled()  # while the decision is written
    settle(qtbot, real_window)
    with desk.database.reading() as work:
        row = work.outbox.get(outbox_id)
        parts = work.outbox.parts_of(outbox_id)
    assert row.status is OutboxStatus.QUEUED and row.updated_by == "sunita"
    assert parts.went == (1,) and parts.missing == 1  # what went is kept: only part 2 will be sent
