"""The running system built in one place (console.desk.engines): what the window, the demo and ``dispatch`` share."""

from __future__ import annotations

from pathlib import Path

from console.clock import FakeClock
from console.config import load_district_config
from console.desk.center import write_demo_settings
from console.desk.engines import Engines
from console.domain import OutboxKind, OutboxStatus
from db.database import Database
from db.repositories.outbox import AttemptResult, NewOutboxMessage
from tests.desk.conftest import seed
from tests.desk.people import SDM


def test_simulated_modems_carry_the_days_sms_count_and_the_dispatcher_sends_through_them(
    database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    seed(database, clock.now())
    with database.unit_of_work() as work:  # two parts went from demo-sms earlier today
        work.outbox.enqueue(NewOutboxMessage(OutboxKind.SMS, SDM.official_number, "earlier", "k-1", "op1"),
                            at=clock.now())
        (claim,) = work.outbox.claim("before", at=clock.now())
        work.outbox.finish_attempt(claim, AttemptResult(OutboxStatus.SENT, modem_name="demo-sms", outcome="sent",
                                                        message_references=(1, 2)), at=clock.now())
    config = load_district_config("hardoi", override_path=write_demo_settings(tmp_path), environ={},
                                  user_folder=tmp_path / "user")
    engines = Engines.build(database, config, district="hardoi", clock=clock, worker="test", simulate=True,
                            realtime=False)
    try:
        assert engines.simulated is not None and engines.modems == tuple(engines.simulated.modems)
        assert [modem.name for modem in engines.runtime.modems] == ["demo-sms", "demo-voice"]
        assert engines.modems[0].quota.remaining() == 1000 - 2  # the SIM's cap counts what went before the start
        assert engines.runtime.dispatcher.worker == "test"
    finally:
        engines.stop()  # never started: stopping is harmless
