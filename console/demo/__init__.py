"""The demo district (Hardoi): a roster and past escalations as plain data, deterministic from a seed.

Pure: no database, no openpyxl. See :mod:`console.demo.district` for the entry point.
"""

from __future__ import annotations

from console.demo.district import DemoDistrict, DemoSettings, benchmark_settings, generate_district
from console.lifecycle_commands import ConfirmationMethod
from console.demo.timeline import (
    DEMO_OPERATORS,
    DEMO_SUPERVISOR,
    SYSTEM_ACTOR,
    DemoEscalation,
    DemoEvent,
    EventAction,
)

__all__ = [
    "DEMO_OPERATORS",
    "DEMO_SUPERVISOR",
    "SYSTEM_ACTOR",
    "ConfirmationMethod",
    "DemoDistrict",
    "DemoEscalation",
    "DemoEvent",
    "DemoSettings",
    "EventAction",
    "benchmark_settings",
    "generate_district",
]
