"""Garbage collected on the GUI thread only.

A Qt object caught in a reference cycle (a closed dialog whose lambdas hold it, a menu) dies when Python collects
the cycle, on whichever thread's allocation set the collection off. When that is one of the desk's threads (the
dispatcher, the ladder, the change feed, a modem's reader), PySide destroys the widget there. Qt forbids it, and
the GUI thread deleting a neighbour at the same moment deadlocks on Qt's mutex while it holds the interpreter: seen
in the suite, the window's thread and the ladder's both in ``QObject::~QObject``, the process frozen for good,
beyond any timeout. So while the window runs, automatic collection stays off and the GUI thread collects on a
timer (Anki runs its collector the same way): each second the youngest generation (whatever was allocated and freed
meanwhile: a count of objects alive says nothing of the cycles among the dead), an older one when Python's own
thresholds say it is due.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def due_generation() -> int:
    """The oldest generation due by Python's thresholds; the youngest at least."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    return next((generation for generation in (2, 1) if thresholds[generation]
                 and counts[generation] > thresholds[generation]), 0)


class GuiThreadGarbage(QObject):
    """Owns collection from now on: automatic collection off, the GUI thread collecting what is due each second."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self.collections = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the generation due here, on the GUI thread; the generation collected."""
        generation = due_generation()
        gc.collect(generation)
        self.collections += 1
        return generation
