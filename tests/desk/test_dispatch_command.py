"""``samvad-setu dispatch --simulate``: the headless desk end to end, in its own process.

The test's desk logs and instructs a case in the shared SQLite file; the
command, with simulated modems and simulated officers, sends the SMS and the
call, reads the officer's "HRD-0001 OK" and confirms the case. The thresholds
are set far out, so the process's real clock never moves the ladder.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from console.clock import FakeClock
from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.settings import DeskSettings
from console.domain import EscalationState, OutboxStatus
from db.database import Database
from db.engine import create_database_engine
from db.migrate import upgrade_to_head
from tests.desk.conftest import T0, machine_config, seed
from tests.desk.people import CENTER_NUMBER, MLA, SDM

COMMAND = Path(sys.executable).with_name("samvad-setu")
SETTINGS = f"""
[center]
number = "{CENTER_NUMBER}"

[thresholds]
act_after_minutes = 10
confirm_within_minutes = 10000000
escalate_after_minutes = 10000000
"""


def lines_of(process: subprocess.Popen[str]) -> queue.Queue[str | None]:
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def wait_for(lines: queue.Queue[str | None], text: str, seen: list[str]) -> None:
    while True:
        line = lines.get(timeout=60)
        assert line is not None, "the command ended early:\n" + "\n".join(seen)
        seen.append(line)
        if text in line:
            return


def test_dispatch_sends_reads_the_reply_and_confirms_in_its_own_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hardoi.sqlite3'}"
    engine = create_database_engine(url)
    upgrade_to_head(engine)
    database = Database(engine)
    seed(database, T0)
    config = machine_config(tmp_path, SETTINGS)
    desk = Desk(database, DeskSettings.for_district(config), FakeClock(T0))
    record = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="op1").record
    desk.instruct(record.id, record.version, actor="op1")

    environment = dict(os.environ, SAMVAD_SETU_CONFIG="", XDG_CONFIG_HOME=str(tmp_path / "xdg"))
    process = subprocess.Popen(
        [str(COMMAND), "dispatch", "--district", "hardoi", "--database", url, "--config",
         str(tmp_path / "machine.toml"), "--simulate", "--speed", "50", "--worker", "test"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
    )
    seen: list[str] = []
    try:
        lines = lines_of(process)
        wait_for(lines, "dispatching for Hardoi as test with 1 modem(s) (simulated)", seen)
        wait_for(lines, "incoming 1: confirmed", seen)
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0, process.stderr.read() if process.stderr else ""
    assert any(line.startswith("outbox 1 sms to +91 94544 17502: sent via modem-1") for line in seen)
    case = desk.case(record.id)
    assert case.state is EscalationState.CONFIRMED and case.confirmation_method == "sms_reply"
    assert {row.status for row in desk.outbox_of(record.id)} <= {OutboxStatus.SENT, OutboxStatus.DELIVERED}
    database.dispose()


def test_dispatch_refuses_to_start_without_the_center_number(tmp_path: Path) -> None:
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    result = subprocess.run(
        [str(COMMAND), "dispatch", "--district", "hardoi", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}",
         "--config", str(tmp_path / "empty.toml")],
        capture_output=True, text=True, timeout=60,
        env=dict(os.environ, SAMVAD_SETU_CONFIG="", XDG_CONFIG_HOME=str(tmp_path / "xdg")),
    )
    assert result.returncode == 1
    assert "center.number is not set" in result.stderr
    assert f"Edit {tmp_path / 'empty.toml'} and add" in result.stderr and "[center]" in result.stderr


def test_without_the_center_number_dispatch_names_the_users_own_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(COMMAND), "dispatch", "--district", "hardoi", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}"],
        capture_output=True, text=True, timeout=60,
        env=dict(os.environ, SAMVAD_SETU_CONFIG="", XDG_CONFIG_HOME=str(tmp_path / "xdg")),
    )
    assert result.returncode == 1
    assert f"Edit {tmp_path / 'xdg' / 'samvad-setu' / 'districts' / 'hardoi.toml'} and add" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("argument", ["--district", "--config"])
def test_dispatch_names_what_is_wrong_with_its_arguments(tmp_path: Path, argument: str) -> None:
    value = "atlantis" if argument == "--district" else str(tmp_path / "missing.toml")
    result = subprocess.run([str(COMMAND), "dispatch", argument, value], capture_output=True, text=True,
                            timeout=60, env=dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "xdg")))
    assert result.returncode == 1
    assert ("unknown district 'atlantis'" if argument == "--district" else "no such file") in result.stderr
