"""The cost of reading the injected clock against a bare ``datetime.now``."""

from __future__ import annotations

from datetime import datetime, timezone

from bench import Report, median, timings_ms
from console.clock import SystemClock


def run(report: Report) -> None:
    clock = SystemClock()
    loops = 10_000

    def via_clock() -> None:
        for _ in range(loops):
            clock.now()

    def bare() -> None:
        for _ in range(loops):
            datetime.now(timezone.utc)

    ours = median(timings_ms(via_clock, 20)) * 1000 / loops
    base = median(timings_ms(bare, 20)) * 1000 / loops
    report.add("clock.now() per call", ours, "µs", baseline_name="datetime.now(utc)", baseline_value=base)
