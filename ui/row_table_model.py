"""A read-only table model over a tuple of frozen rows, with display strings cached.

Subclasses name their columns (``COL_*``) and headers, and turn one row into
the texts of its cells; the cache is rebuilt only when rows or the language
change, so painting never formats anything twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers, instants)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    HEADER_CONTEXT = "RowTableModel"
    HEADERS: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP(HEADER_CONTEXT, ...)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RowT, ...] = ()
        self._texts: list[tuple[str, ...]] = []

    # -- what subclasses provide
    def cell_texts(self, row: RowT) -> tuple[str, ...]:
        raise NotImplementedError

    def cell_data(self, row: RowT, column: int, role: int) -> Any:
        """Roles other than display: colours, icons, sort values. None when not set."""
        return None

    # -- the model
    @property
    def rows(self) -> tuple[RowT, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._texts = [self.cell_texts(row) for row in self._rows]
        self.endResetModel()

    def retranslate(self) -> None:
        self._texts = [self.cell_texts(row) for row in self._rows]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.HEADERS):
                return QCoreApplication.translate(self.HEADER_CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self.HEADERS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self._texts[row][column]
        if role == ROW_ROLE:
            return self._rows[row]
        return self.cell_data(self._rows[row], column, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def change_filter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` to a proxy's filter settings and refilter (Qt 6.9+ API when present)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # Qt before 6.9
        change()
        proxy.invalidateFilter()
