"""Widgets caught in reference cycles are collected on the GUI thread, however busy the desk's threads are."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.garbage import GuiThreadGarbage


@pytest.fixture
def collecting_threads() -> Iterator[list[str]]:
    """The name of the thread that ran each collection, as it runs."""
    names: list[str] = []

    def heard(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            names.append(threading.current_thread().name)

    gc.callbacks.append(heard)
    yield names
    gc.callbacks.remove(heard)


def a_widget_in_a_cycle() -> weakref.ref[QWidget]:
    widget = QWidget()
    widget.cycle = widget  # type: ignore[attr-defined]  # only a collection can free it
    return weakref.ref(widget)


def allocate_on_a_desk_thread() -> None:
    """What the dispatcher or the ladder does all day: allocate, enough to set off several automatic collections."""
    def busy() -> None:
        kept = [[n] for n in range(50_000)]
        del kept

    thread = threading.Thread(target=busy, name="ladder-scheduler")
    thread.start()
    thread.join(30)


def test_without_the_collector_a_desk_thread_collects_the_widget(collecting_threads: list[str], qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.enable()  # the window's process before the collector takes over: what the collector is for
    widget = a_widget_in_a_cycle()
    allocate_on_a_desk_thread()
    assert "ladder-scheduler" in collecting_threads and widget() is None


def test_with_the_collector_only_the_gui_thread_collects(collecting_threads: list[str], qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.enable()
    garbage = GuiThreadGarbage(QObject(), interval_ms=60_000)  # collects when asked, below
    widget = a_widget_in_a_cycle()
    allocate_on_a_desk_thread()
    assert collecting_threads == [] and widget() is not None  # the desk thread's allocations collected nothing
    garbage.collect()
    assert collecting_threads == ["MainThread"] and widget() is None


def test_the_gui_thread_collects_each_second_on_its_own(collecting_threads: list[str], qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    garbage = GuiThreadGarbage(owner, interval_ms=10)
    widget = a_widget_in_a_cycle()
    allocate_on_a_desk_thread()
    qtbot.waitUntil(lambda: widget() is None, timeout=5000)
    assert garbage.collections >= 1 and set(collecting_threads) == {"MainThread"}
