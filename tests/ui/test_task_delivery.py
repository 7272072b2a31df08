"""A background result comes back on the GUI thread later, never inside the call that started it.

``Future.add_done_callback`` calls at once when the work already finished (a fast read on a loaded machine), on the
GUI thread; delivered there directly, a case window's first load was shown before the main window had wired what
waits for it, and caller ID's "record callback" opened its step before the case window was announced."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from ui.qt_bridge import CallbackBridge
from ui.tasks import TaskRunner


class FinishedAtOnce:
    """The worker's race won every time: the work is done before ``run`` adds its callback."""

    def submit(self, work: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(work())
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def test_a_result_ready_at_once_is_delivered_after_run_returns(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    runner._executor = FinishedAtOnce()  # type: ignore[assignment]
    shown: list[str] = []
    runner.run(lambda: "the case", shown.append)
    assert shown == []  # the caller still gets to wire what waits for the result
    qtbot.waitUntil(lambda: shown == ["the case"], timeout=3000)
    assert runner.pending == 0
    runner.shutdown()


def test_the_bridge_posts_even_from_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = CallbackBridge()
    called: list[int] = []
    bridge.post(lambda: called.append(1))
    assert called == []
    qtbot.waitUntil(lambda: called == [1], timeout=3000)
