"""Fixtures of the modem client tests: a real Modem over a pty with a scripted peer."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest

from tests.modem.harness import ModemHarness
from tests.modem.peer import Step

MakeHarness = Callable[..., ModemHarness]


@pytest.fixture
def modem_harness() -> Iterator[MakeHarness]:
    """``modem_harness(steps, **options)`` → a started :class:`ModemHarness`; stopped after the test."""
    made: list[ModemHarness] = []

    def make(steps: Sequence[Step | Sequence[Step]], **options: Any) -> ModemHarness:
        harness = ModemHarness(**options)
        made.append(harness)
        return harness.start(steps)

    yield make
    for harness in made:
        harness.close()
