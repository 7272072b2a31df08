"""The demo center: the demo district, simulated modems and officers, the window's service, in one piece."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from console.clock import FakeClock
from console.desk.center import DEMO_CENTER_NUMBER, Center, write_demo_settings
from console.desk.confirmations import IncomingHandled, IncomingVerdict
from console.desk.engine_events import IncomingDecided
from console.domain import ComplaintDraft, EscalationState, UserRole
from console.window_interface import ActionOutcome
from console.views import ContactReason, OperatorSession
from tests.desk.conftest import T0

SESSION = OperatorSession("asha", "Asha Verma", UserRole.OPERATOR)


def test_the_demo_center_instructs_a_simulated_officer_who_confirms_by_sms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    settings = write_demo_settings(tmp_path / "demo")
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    center = Center.open("hardoi", session=SESSION, database_url=url,
                         override_path=settings, simulate=True, speed=200, clock=FakeClock(T0))
    confirmed = threading.Event()
    handled: list[IncomingHandled] = []

    def on_incoming(event: IncomingDecided) -> None:
        handled.append(event.handled)
        if event.handled.verdict is IncomingVerdict.CONFIRMED:
            confirmed.set()

    center.runtime.events.subscribe(IncomingDecided, on_incoming)
    center.start()
    try:
        service = center.service
        state = service.load_live_state()
        assert len(state.officers) > 150 and len(state.modems) == 2
        assert center.desk.settings.district.center_number == DEMO_CENTER_NUMBER
        officer = next(row for row in state.officers if row.officer_id % 10 == 0
                       and (decision := service.availability_now(row.officer_id)) is not None
                       and decision.reason is ContactReason.ON_DUTY)
        logged = service.log_complaint(ComplaintDraft(1, officer.officer_id))
        assert logged.outcome is ActionOutcome.OK and logged.case_id is not None
        version = next(row.version for row in service.load_live_state().queue if row.case_id == logged.case_id)
        assert service.instruct(logged.case_id, version).outcome is ActionOutcome.OK
        assert confirmed.wait(30), handled
        detail = service.case_detail(logged.case_id)
        assert detail is not None and detail.row.state is EscalationState.CONFIRMED
    finally:
        center.stop()
    again = Center.open("hardoi", session=SESSION, database_url=url, override_path=settings, simulate=True,
                        clock=FakeClock(T0))
    try:  # the day's SMS count comes from the outbox, not from the modem's memory
        counts = {row.name: row.sms_today for row in again.service.load_live_state().modems}
        assert counts["demo-sms"] >= 1 and counts["demo-voice"] == 0
    finally:
        again.stop()
