"""Three console windows, three processes, one PostgreSQL: a case logged at one desk is in the other two
queues within a second, and a case opened at one desk shows at the others who has it open."""

from __future__ import annotations

import json
import os
import queue
import statistics
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL

from console.clock import SystemClock
from db.database import Database
from tests.desk.conftest import seed
from tests.desk.people import ADO, DM, LONG_NAMED, MLA, MP, SDM, TEHSILDAR

WAIT = 30.0
DESKS = (("asha", "Asha Verma"), ("ravi", "Ravi Kumar"), ("farhan", "Farhan Ali"))


class Desk:
    def __init__(self, url: str, login: str, name: str, folder: Path) -> None:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "config"),
                           XDG_DATA_HOME=str(folder / "data"))
        environment.pop("SAMVAD_SETU_CONFIG", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.shared.console_process", url, login, name, str(folder)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def wait_for(self, check: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
        while True:
            try:
                line = self.lines.get(timeout=WAIT)
            except queue.Empty:
                raise AssertionError(f"no {what} within {WAIT:.0f} s; stderr: {self.stderr()}") from None
            if check(line):
                return line

    def stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        assert self.process.stderr is not None
        return self.process.stderr.read()[-2000:]

    def close(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


@pytest.fixture
def desks(postgres_database_factory, tmp_path: Path) -> Iterator[list[Desk]]:  # type: ignore[no-untyped-def]
    url: URL = postgres_database_factory()
    database = Database.open(url)
    seed(database, SystemClock().now())
    database.dispose()
    started = [Desk(url.render_as_string(hide_password=False), login, name, tmp_path) for login, name in DESKS]
    try:
        for desk in started:
            desk.wait_for(lambda line: line["event"] == "ready", "start")
        yield started
    finally:
        for desk in started:
            desk.close()


def in_queue(code: str) -> Callable[[dict[str, Any]], bool]:
    return lambda line: line["event"] == "queue" and any(row[1] == code for row in line["rows"])


@pytest.mark.postgres
def test_three_windows_see_each_others_cases_within_a_second_and_who_has_one_open(desks: list[Desk]) -> None:
    asha, ravi, farhan = desks
    latencies: list[float] = []
    pairs = [(MLA, DM), (MP, SDM), (MLA, TEHSILDAR), (MP, LONG_NAMED), (MLA, ADO)]
    for number, (representative, officer) in enumerate(pairs):
        logging_desk = desks[number % 3]
        logging_desk.send(f"log {representative.id} {officer.id}")
        logged = logging_desk.wait_for(lambda line: line["event"] == "logged", "logged case")
        assert logged["outcome"] == "ok", logged
        for other in desks:
            if other is not logging_desk:
                seen = other.wait_for(in_queue(logged["code"]), f"case {logged['code']} in another queue")
                latencies.append(seen["t"] - logged["t"])
    print(f"propagation to the other windows: median {statistics.median(latencies) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms over {len(latencies)}")
    assert statistics.median(latencies) < 1.0, latencies
    case_id = logged["case_id"]
    ravi.send(f"open {case_id}")

    def shows_ravi(line: dict[str, Any]) -> bool:
        return line["event"] == "queue" and any(row[0] == case_id and row[2] == ["Ravi Kumar"] for row in line["rows"])

    asha.wait_for(shows_ravi, "Ravi shown with the case open at Asha's desk")
    farhan.wait_for(shows_ravi, "Ravi shown with the case open at Farhan's desk")
