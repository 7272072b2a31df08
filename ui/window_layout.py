"""The window's arrangement: the queue and the officers' grid stacked left of the modem panel, below the caller bar,
and what of it (geometry, splitters, table columns) is remembered between runs in ``QSettings``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

LAYOUT_KEYS = ("window/geometry", "window/state", "splitters/main", "splitters/left")
TABLE_KEYS = {
    "queue_table": "tables/queue",
    "officer_table": "tables/officers",
    "modem_table": "tables/modems",
    "outbox_table": "tables/outbox",
    "incoming_table": "tables/incoming",
}


def build_splitters(window: MainWindow) -> tuple[QSplitter, QSplitter]:
    """The queue above the officers' grid (the left splitter), beside the modem panel (the main one), under the
    caller bar: the window's central widget. Returns the left and the main splitter."""
    left = QSplitter(Qt.Orientation.Vertical, window)
    left.setObjectName("left_splitter")
    left.addWidget(window.queue_panel)
    left.addWidget(window.availability_panel)
    left.setSizes([430, 300])
    main = QSplitter(Qt.Orientation.Horizontal, window)
    main.setObjectName("main_splitter")
    main.addWidget(left)
    main.addWidget(window.modem_panel)
    main.setStretchFactor(0, 3)
    main.setStretchFactor(1, 1)
    main.setSizes([900, 466])
    central = QWidget(window)
    central.setObjectName("central")
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(window.caller_bar)
    column.addWidget(main, 1)
    window.setCentralWidget(central)
    return left, main


def _tables(window: MainWindow) -> dict[str, QTableView]:
    return {
        "queue_table": window.queue_panel.table,
        "officer_table": window.availability_panel.table,
        "modem_table": window.modem_panel.modem_table,
        "outbox_table": window.modem_panel.outbox_table,
        "incoming_table": window.modem_panel.incoming_table,
    }


def restore_layout(window: MainWindow) -> bool:
    """The layout as last saved; True when none was (the first start on this workstation)."""
    values = {key: window.settings.value(key) for key in LAYOUT_KEYS}
    if isinstance(values["window/geometry"], QByteArray):
        window.restoreGeometry(values["window/geometry"])
    if isinstance(values["window/state"], QByteArray):
        window.restoreState(values["window/state"])
    if isinstance(values["splitters/main"], QByteArray):
        window.main_splitter.restoreState(values["splitters/main"])
    if isinstance(values["splitters/left"], QByteArray):
        window.left_splitter.restoreState(values["splitters/left"])
    for name, table in _tables(window).items():
        state = window.settings.value(TABLE_KEYS[name])
        if isinstance(state, QByteArray):
            table.horizontalHeader().restoreState(state)
    return not isinstance(values["window/geometry"], QByteArray)


def save_layout(window: MainWindow) -> None:
    settings = window.settings
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("splitters/main", window.main_splitter.saveState())
    settings.setValue("splitters/left", window.left_splitter.saveState())
    for name, table in _tables(window).items():
        settings.setValue(TABLE_KEYS[name], table.horizontalHeader().saveState())
    settings.sync()
