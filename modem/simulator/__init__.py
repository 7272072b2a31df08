"""A GSM modem on a pseudo-terminal, speaking SIM800, SIM7600, EC25 and Huawei E-series dialects.

Stdlib and pyserial only, like the rest of ``modem/``: tests, the demo and
``samvad-setu modem simulate`` all drive the same code.
"""

from __future__ import annotations

from modem.simulator.dialects import DIALECTS, Dialect
from modem.simulator.officers import CallBehaviour, Officer
from modem.simulator.simulator import Event, Simulator
from modem.simulator.state import CallRecord, SentMessage, SimState

__all__ = [
    "DIALECTS",
    "CallBehaviour",
    "CallRecord",
    "Dialect",
    "Event",
    "Officer",
    "SentMessage",
    "SimState",
    "Simulator",
]
