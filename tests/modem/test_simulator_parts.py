"""The simulator's clock and configuration, without a pseudo-terminal."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modem.simulator import CallBehaviour, Officer, Simulator
from modem.simulator.engine import Kind, parse_command
from modem.simulator.scheduler import Scheduler

EPOCH = datetime(2026, 1, 5, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))


def test_scheduler_runs_due_actions_in_time_order_including_ones_they_schedule() -> None:
    scheduler = Scheduler(EPOCH, threading.RLock())
    seen: list[tuple[str, float]] = []

    def first() -> None:
        seen.append(("a", scheduler.seconds))
        scheduler.call_later(2, lambda: seen.append(("c", scheduler.seconds)))

    scheduler.call_later(5, lambda: seen.append(("b", scheduler.seconds)))
    scheduler.call_later(1, first)
    scheduler.call_later(10, lambda: seen.append(("late", scheduler.seconds)))
    scheduler.advance(6)
    assert seen == [("a", 1), ("c", 3), ("b", 5)]
    assert scheduler.seconds == 6 and scheduler.wall() == EPOCH + timedelta(seconds=6)
    assert scheduler.pending() == 1


def test_scheduler_refuses_a_naive_epoch() -> None:
    with pytest.raises(ValueError):
        Scheduler(datetime(2026, 1, 5), threading.RLock())


def test_officer_parse() -> None:
    assert Officer.parse("+919876543210:busy") == Officer("+919876543210", CallBehaviour.BUSY)
    assert Officer.parse("+919876543210:answer:2.5").answer_after_seconds == 2.5
    for bad in ("9876543210:answer", "+919876543210", "+919876543210:maybe", "+91;ATD:answer"):
        with pytest.raises(ValueError, match="must look like"):
            Officer.parse(bad)


def test_unknown_dialect_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="ec25, huawei, sim7600, sim800"):
        Simulator("nokia")


@pytest.mark.parametrize(
    ("line", "name", "kind", "argument"),
    [
        ("AT", "", Kind.EXECUTE, ""),
        ("at+cpin?", "+CPIN", Kind.READ, ""),
        ("AT+CPMS=?", "+CPMS", Kind.TEST, ""),
        ("AT+CMGS=26", "+CMGS", Kind.SET, "26"),
        ("ATD+919876543210;", "D", Kind.EXECUTE, "+919876543210;"),
        ("ATE0", "E", Kind.EXECUTE, "0"),
        ("AT^CURC=0", "^CURC", Kind.SET, "0"),
        ("AT&F", "&F", Kind.EXECUTE, ""),
    ],
)
def test_command_parsing(line: str, name: str, kind: Kind, argument: str) -> None:
    command = parse_command(line)
    assert command is not None
    assert (command.name, command.kind, command.argument) == (name, kind, argument)


def test_lines_not_starting_with_at_are_noise() -> None:
    assert parse_command("\x00junk") is None
    assert parse_command("A") is None


@settings(max_examples=300, deadline=None)
@given(noise=st.binary(max_size=300))
def test_the_simulated_modem_survives_any_bytes_and_still_answers(noise: bytes) -> None:
    simulator = Simulator("sim800")  # never started: the engine alone, writing into a list
    written: list[bytes] = []
    simulator.engine.write = written.append
    simulator.engine.receive(noise)
    simulator.engine.receive(b"\x1b\rAT\r")  # ESC ends a half-typed PDU body, CR a half-typed line
    written.clear()
    simulator.engine.receive(b"ATE0\r")
    assert b"".join(written).endswith(b"\r\nOK\r\n")
