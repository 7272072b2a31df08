"""The window's service while its center opens (issue 12: start-up): the first screen at once, every other call once
the center is open, its events on the window's bus, a center that cannot open said to every call."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.clock import FakeClock
from console.desk.center import Center, write_demo_settings
from console.desk.opening import OpeningService, quick_open
from console.domain import ComplaintDraft, UserRole
from console.events import CaseChanged
from console.views import OperatorSession
from console.window_interface import ServiceUnavailable
from tests.desk.conftest import T0

SESSION = OperatorSession("asha", "Asha Verma", UserRole.OPERATOR)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo district's database, made once (its seeding takes seconds), copied for each test."""
    folder = tmp_path_factory.mktemp("opening")
    center = Center.open("hardoi", database_url=f"sqlite:///{folder / 'demo.sqlite3'}",
                         override_path=write_demo_settings(folder / "demo"), simulate=True, clock=FakeClock(T0))
    center.stop()
    return folder / "demo.sqlite3"


@pytest.fixture
def center(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Center]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    shutil.copy(demo_file, tmp_path / "district.sqlite3")
    opened = Center.open("hardoi", session=SESSION, database_url=url(tmp_path), clock=FakeClock(T0))
    yield opened
    opened.stop()


def url(folder: Path) -> str:
    return f"sqlite:///{folder / 'district.sqlite3'}"


def opening(folder: Path, center: Center) -> OpeningService:
    quick = quick_open("hardoi", database_url=url(folder), clock=center.service.clock, session=SESSION)
    assert quick is not None
    return quick


def test_the_first_screen_is_the_center_s_own_first_screen(center: Center, tmp_path: Path) -> None:
    queue = center.service.load_live_state().queue
    center.service.case_opened(queue[0].case_id)  # open here: not shown as open by another desk
    with center.database.unit_of_work() as work:
        work.presence.touch(queue[1].case_id, workstation="ws-other", login="ravi", display_name="Ravi", at=T0)
    quick = opening(tmp_path, center)
    ours = quick.load_live_state(first_screen=True)
    theirs = center.service.load_live_state(first_screen=True)
    assert len(ours.queue) >= 5
    assert [row.open_by for row in ours.queue if row.case_id in (queue[0].case_id, queue[1].case_id)] == [(), ("Ravi",)]
    assert (ours.queue, ours.departments, ours.operators, ours.people) == \
           (theirs.queue, theirs.departments, theirs.operators, theirs.people)
    assert not ours.complete and ours.officers == () and ours.outbox == ()
    assert quick.session == SESSION and quick.demo_sessions() == () and not quick.is_open


def test_a_call_before_the_center_is_open_waits_for_it_and_then_goes_through(center: Center,
                                                                             tmp_path: Path) -> None:
    quick = opening(tmp_path, center)
    asked: list[str] = []
    quick.start_opening = lambda: asked.append(threading.current_thread().name)
    heard: list[CaseChanged] = []
    quick.events.subscribe(CaseChanged, heard.append)
    log_complaint = quick.log_complaint  # handed out before the center is open (as the window binds its calls)
    state = center.service.load_live_state()
    officer = next(row.officer_id for row in state.officers if row.officer_id not in {q.officer_id for q in state.queue})
    representative = min(center.engines.desk.roster().representatives)
    results = []
    worker = threading.Thread(target=lambda: results.append(
        log_complaint(ComplaintDraft(representative, officer, note="opening"))), name="task-runner")
    worker.start()
    quick.opened(center.service)
    worker.join(30)
    assert len(results) == 1 and results[0].succeeded
    assert asked == []  # a call off the GUI thread waits for the opening the first paint starts
    assert quick.is_open and results[0].case_id in {event.case_id for event in heard}  # the center's events
    assert results[0].case_id in {row.case_id for row in quick.load_live_state(first_screen=True).queue}


def test_a_call_on_the_gui_thread_opens_the_center_at_once_rather_than_wait_for_itself(center: Center,
                                                                                       tmp_path: Path) -> None:
    quick = opening(tmp_path, center)
    quick.start_opening = lambda: quick.opened(center.service)  # as CenterOpening would, on its own thread
    assert quick.availability_now(center.service.load_live_state().officers[0].officer_id) is not None
    assert quick.is_open


def test_a_center_that_cannot_open_is_said_to_every_call(center: Center, tmp_path: Path) -> None:
    quick = opening(tmp_path, center)
    quick.failed(RuntimeError("the database file was replaced"))
    with pytest.raises(ServiceUnavailable, match="could not open its center: the database file was replaced"):
        quick.instruct(1, 1)
    with pytest.raises(ServiceUnavailable):
        quick.load_live_state()
    assert quick.load_live_state(first_screen=True) is quick.first  # what the window already shows


def test_without_a_file_at_the_code_s_schema_the_center_opens_first(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    clock = FakeClock(T0)
    assert quick_open("hardoi", database_url=url(tmp_path), clock=clock) is None
    assert not (tmp_path / "district.sqlite3").exists()
    assert quick_open("hardoi", database_url="postgresql+psycopg://nobody@127.0.0.1/none", clock=clock) is None
