"""The installed PySide6 keeps Python's reference counts: 6.12.0 dropped one on None per void call.

On Python 3.11 None is not immortal, so such a leak crashes the console after
some hours of ticking ("none_dealloc"). setup.cfg excludes that release; this
test fails loudly if a build with the same fault is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect
from PySide6.QtWidgets import QWidget


class NoneModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex, role: int = 0) -> None:
        return None


def test_void_calls_and_none_results_keep_the_count_of_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    model = NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.update(QRect(0, 0, 1, 1))
        index.data(5)
    assert sys.getrefcount(None) - before > -50
