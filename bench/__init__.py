"""Benchmarks: ``make bench`` runs every ``bench/bench_*.py`` and prints figures.

A benchmark module exposes ``run(report: Report) -> None`` and records figures
with ``report.add(...)``; a figure may carry a baseline measured in the same
run, and the ratio is printed beside it. Benchmarks never assert durations.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline_name: str | None = None
    baseline_value: float | None = None
    ratio: float | None = None
    note: str = ""


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)

    def add(
        self,
        name: str,
        value: float,
        unit: str,
        *,
        baseline_name: str | None = None,
        baseline_value: float | None = None,
        note: str = "",
    ) -> Figure:
        ratio = None
        if baseline_value not in (None, 0):
            assert baseline_value is not None
            ratio = value / baseline_value
        figure = Figure(name, value, unit, baseline_name, baseline_value, ratio, note)
        self.figures.append(figure)
        print(format_row(figure), flush=True)
        return figure

    def as_json(self) -> list[dict[str, object]]:
        return [asdict(figure) for figure in self.figures]


def format_row(figure: Figure) -> str:
    row = f"{figure.name:<58} {figure.value:>12.3f} {figure.unit:<8}"
    if figure.baseline_value is not None:
        row += f" | {figure.baseline_name}: {figure.baseline_value:.3f} (ratio {figure.ratio:.2f})"
    if figure.note:
        row += f"  [{figure.note}]"
    return row


def timings_ms(action: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    """Wall-clock timings of ``action`` in milliseconds (benchmarks only)."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000.0)
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
