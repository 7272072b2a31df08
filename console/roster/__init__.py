"""The district roster: officers, representatives and availability periods in an Excel workbook.

Pure values live in :mod:`console.roster.model`; :mod:`console.roster.reader` and
:mod:`console.roster.writer` (openpyxl) read and write the layout documented in
``resources/rosters/README.md``. This package file imports nothing of openpyxl,
so the pure modules (and the demo generator) can be used without it.
"""

from __future__ import annotations

from console.roster.model import (
    AvailabilityRow,
    OfficerRow,
    ProblemCode,
    RepresentativeRow,
    RosterData,
    RosterError,
    RosterProblem,
)

__all__ = [
    "AvailabilityRow",
    "OfficerRow",
    "ProblemCode",
    "RepresentativeRow",
    "RosterData",
    "RosterError",
    "RosterProblem",
]
