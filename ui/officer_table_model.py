"""The availability grid's model: every officer with today's status, period end and alternate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSortFilterProxyModel, Qt

from console.domain import AvailabilityStatus
from console.views import OfficerRow
from ui.formatting import format_last_day
from ui.i18n import department, pick
from ui.labels import label
from ui.row_table_model import SORT_ROLE, Index, RowTableModel, change_filter
from ui.style import AVAILABILITY_COLOURS, brush, dot_icon

COL_NAME, COL_DESIGNATION, COL_STATUS, COL_UNTIL, COL_ALTERNATE, COL_NUMBER, COL_DEPARTMENT, COL_OFFICE = range(8)


def alternate_text(row: OfficerRow) -> str:
    if row.alternate_id is None:
        return ""
    name = pick(row.alternate_name_en, row.alternate_name_hi)
    designation = pick(row.alternate_designation_en, row.alternate_designation_hi)
    return f"{name}, {designation}" if designation else name


class OfficerTableModel(RowTableModel[OfficerRow]):
    HEADER_CONTEXT = "OfficerTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OfficerTableModel", "Officer"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Designation"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Status"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Until"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Alternate"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Official number"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Department"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Office"),
    )

    def set_rows(self, rows: Sequence[OfficerRow]) -> None:
        """Officers who are away come first: they are the ones an operator must redirect."""
        ordered = sorted(rows, key=lambda row: row.status is AvailabilityStatus.ON_DUTY)  # stable: keeps the roster order
        super().set_rows(ordered)

    def cell_texts(self, row: OfficerRow) -> tuple[str, ...]:
        until = format_last_day(row.period_ends_at) if row.period_ends_at else ""
        return (
            pick(row.name_en, row.name_hi),
            pick(row.designation_en, row.designation_hi),
            label(row.status),
            until,
            alternate_text(row),
            row.official_number,
            department(row.department),
            pick(row.office, row.office_hi),
        )

    def cell_data(self, row: OfficerRow, column: int, role: int) -> Any:
        if column == COL_STATUS:
            background, foreground = AVAILABILITY_COLOURS[row.status]
            if role == Qt.ItemDataRole.BackgroundRole:
                return brush(background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return brush(foreground)
            if role == Qt.ItemDataRole.DecorationRole:
                return dot_icon(foreground)
        if role == SORT_ROLE:
            if column == COL_UNTIL:
                return row.period_ends_at.timestamp() if row.period_ends_at else 0.0
            if column == COL_STATUS:
                return list(AvailabilityStatus).index(row.status)
        return None

    def counts(self) -> dict[AvailabilityStatus, int]:
        totals = dict.fromkeys(AvailabilityStatus, 0)
        for row in self._rows:
            totals[row.status] += 1
        return totals


class OfficerFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._department = ""
        self._status: AvailabilityStatus | None = None
        self._text = ""

    def set_filters(self, department: str, status: AvailabilityStatus | None, text: str = "") -> None:
        def change() -> None:
            self._department, self._status, self._text = department, status, text.strip().lower()

        change_filter(self, change)

    def lessThan(self, left: Index, right: Index) -> bool:
        left_value, right_value = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if left_value is None or right_value is None:
            return str(left.data()) < str(right.data())
        return bool(left_value < right_value)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, OfficerTableModel)
        row = model.row_at(source_row)
        if self._department and row.department != self._department:
            return False
        if self._status is not None and row.status is not self._status:
            return False
        if self._text:
            haystack = f"{row.name_en} {row.name_hi} {row.designation_en} {row.designation_hi} {row.office} {row.official_number}"
            return self._text in haystack.lower()
        return True
