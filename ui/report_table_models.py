"""The reports screen's tables: officers ranked, the days of the period, and the cases behind a selection."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QDate, QObject, QSortFilterProxyModel, Qt

from console.metrics import Standing
from console.reports.analytics import CaseFigure, GroupFigures, OfficerFigures
from console.reports.facts import People
from ui.formatting import format_count, format_datetime, format_day
from ui.i18n import department, pick
from ui.labels import plain_label
from ui.report_labels import OUTCOME_COLOURS, STANDING_COLOURS, format_minutes, format_share, report_label
from ui.row_table_model import SORT_ROLE, Index, RowTableModel
from ui.style import brush

O_RANK, O_OFFICER, O_DESIGNATION, O_DEPARTMENT, O_COMPLAINTS, O_SHARE, O_MEDIAN, O_P90, O_UNCONFIRMED, O_STANDING = \
    range(10)
D_DATE, D_COMPLAINTS, D_SHARE, D_MEDIAN, D_UNCONFIRMED, D_ESCALATIONS = range(6)
C_CASE, C_CALLED, C_OFFICER, C_REPRESENTATIVE, C_RESPONSE, C_WALL, C_OUTCOME, C_STATE = range(8)


class _PeopleModel(RowTableModel[Any]):
    """A table whose rows name people (the register comes with the rows) and sort by value.

    The values a column sorts by are worked out once per row, when the rows come:
    sorting 5,000 officers asks for them some 70,000 times.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people = People()
        self._keys: list[tuple[Any, ...]] = []

    def show(self, rows: Any, people: People) -> None:
        self.people = people
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._keys = [self.sort_keys(row) for row in rows]  # before the reset: the proxy sorts at its end
        super().set_rows(rows)

    def sort_keys(self, row: Any) -> tuple[Any, ...]:
        """Per column, the value it sorts by; None sorts by the text."""
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE:
            row = index.row()
            return self._keys[row][index.column()] if index.isValid() and 0 <= row < len(self._keys) else None
        return super().data(index, role)

    def officer_name(self, officer_id: int | None) -> str:
        officer = None if officer_id is None else self.people.officers.get(officer_id)
        return "" if officer is None else pick(officer.name_en, officer.name_hi)


class OfficerFiguresTableModel(_PeopleModel):
    HEADER_CONTEXT = "OfficerFiguresTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "Rank"),
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "Officer"),
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "Designation"),
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "Department"),
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "Complaints"),
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "On time"),
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "Median (min)"),
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "90th pct (min)"),
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "Unconfirmed"),
        QT_TRANSLATE_NOOP("OfficerFiguresTableModel", "Standing"),
    )

    def cell_texts(self, row: OfficerFigures) -> tuple[str, ...]:
        officer = self.people.officers.get(row.officer_id)
        figures = row.figures
        return (
            "" if row.rank is None else format_count(row.rank),
            self.officer_name(row.officer_id),
            "" if officer is None else pick(officer.designation_en, officer.designation_hi),
            "" if officer is None else department(officer.department),
            format_count(figures.complaints),
            format_share(figures.on_time_share),
            format_minutes(figures.median_business_minutes),
            format_minutes(figures.p90_business_minutes),
            format_count(figures.unconfirmed),
            report_label(row.standing),
        )

    def sort_keys(self, row: OfficerFigures) -> tuple[Any, ...]:
        figures = row.figures
        return (float("inf") if row.rank is None else row.rank, None, None, None, figures.complaints,
                _number(figures.on_time_share), _number(figures.median_business_minutes),
                _number(figures.p90_business_minutes), figures.unconfirmed, _STANDINGS.index(row.standing))

    def cell_data(self, row: OfficerFigures, column: int, role: int) -> Any:
        if column == O_STANDING and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = STANDING_COLOURS[row.standing]
            if colours is not None:
                return brush(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (O_RANK, O_COMPLAINTS, O_SHARE, O_MEDIAN, O_P90,
                                                                    O_UNCONFIRMED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DayFiguresTableModel(_PeopleModel):
    HEADER_CONTEXT = "DayFiguresTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DayFiguresTableModel", "Day"),
        QT_TRANSLATE_NOOP("DayFiguresTableModel", "Complaints"),
        QT_TRANSLATE_NOOP("DayFiguresTableModel", "On time"),
        QT_TRANSLATE_NOOP("DayFiguresTableModel", "Median (min)"),
        QT_TRANSLATE_NOOP("DayFiguresTableModel", "Unconfirmed"),
        QT_TRANSLATE_NOOP("DayFiguresTableModel", "Escalations"),
    )

    def cell_texts(self, row: GroupFigures) -> tuple[str, ...]:
        figures = row.figures
        assert isinstance(row.key, date)
        return (
            format_day_of(row.key),
            format_count(figures.complaints),
            format_share(figures.on_time_share),
            format_minutes(figures.median_business_minutes),
            format_count(figures.unconfirmed),
            format_count(figures.escalations),
        )

    def sort_keys(self, row: GroupFigures) -> tuple[Any, ...]:
        figures = row.figures
        return (row.key.toordinal() if isinstance(row.key, date) else 0, figures.complaints,
                _number(figures.on_time_share), _number(figures.median_business_minutes), figures.unconfirmed,
                figures.escalations)

    def cell_data(self, row: GroupFigures, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != D_DATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CaseFiguresTableModel(_PeopleModel):
    HEADER_CONTEXT = "CaseFiguresTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseFiguresTableModel", "Case"),
        QT_TRANSLATE_NOOP("CaseFiguresTableModel", "Called (IST)"),
        QT_TRANSLATE_NOOP("CaseFiguresTableModel", "Officer"),
        QT_TRANSLATE_NOOP("CaseFiguresTableModel", "Representative"),
        QT_TRANSLATE_NOOP("CaseFiguresTableModel", "Response (min)"),
        QT_TRANSLATE_NOOP("CaseFiguresTableModel", "Wall (min)"),
        QT_TRANSLATE_NOOP("CaseFiguresTableModel", "Outcome"),
        QT_TRANSLATE_NOOP("CaseFiguresTableModel", "State"),
    )

    def cell_texts(self, row: CaseFigure) -> tuple[str, ...]:
        facts = row.facts
        person = self.people.representatives.get(facts.representative_id)
        return (
            facts.case_code,
            format_datetime(facts.representative_called_at),
            self.officer_name(facts.officer_id),
            "" if person is None else pick(person.name_en, person.name_hi),
            format_minutes(row.timed.business_minutes),
            format_minutes(row.timed.wall_minutes),
            report_label(row.outcome),
            plain_label(facts.state),
        )

    def sort_keys(self, row: CaseFigure) -> tuple[Any, ...]:
        timed = row.timed
        return (None, row.facts.representative_called_at.timestamp(), None, None, _number(timed.business_minutes),
                _number(timed.wall_minutes), None, None)

    def cell_data(self, row: CaseFigure, column: int, role: int) -> Any:
        if column == C_OUTCOME and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = OUTCOME_COLOURS[row.outcome]
            if colours is not None:
                return brush(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (C_RESPONSE, C_WALL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


_STANDINGS = list(Standing)


def _number(value: float | None) -> float:
    """None (no figure) sorts before every figure."""
    return -1.0 if value is None else value


def format_day_of(day: date) -> str:
    return format_day(QDate(day.year, day.month, day.day))


class SortProxy(QSortFilterProxyModel):
    """Sorts by each model's sort values (numbers, instants), by text where it has none.

    Sorting 5,000 officers compares rows some 36,000 times; each comparison asked the model for two values through
    Qt. So the first comparison of a sort ranks every row of its column at once (equal values, equal ranks: the
    order of ties stays Qt's) and the others compare two ranks. The ranks are forgotten whenever the rows or their
    values are about to change. A column mixing rows with and without sort values is compared as before.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._ranks: dict[int, list[int]] = {}  # empty: the column is compared two rows at a time

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # type: ignore[override]
        previous = self.sourceModel()
        if previous is not None:
            for signal in _changing(previous):
                signal.disconnect(self._forget_ranks)
        self._ranks.clear()
        super().setSourceModel(model)
        for signal in _changing(model):
            signal.connect(self._forget_ranks)

    def _forget_ranks(self, *_args: object) -> None:
        self._ranks.clear()

    def lessThan(self, left: Index, right: Index) -> bool:
        column = left.column()  # a sort compares two rows of one column of a flat table
        ranks = self._ranks.get(column)
        if ranks is None:
            ranks = self._ranks[column] = self._rank(column)
        if not ranks:
            return _less_than(left, right)
        return ranks[left.row()] < ranks[right.row()]

    def _rank(self, column: int) -> list[int]:
        """Each row's place among the column's distinct values (what :func:`_less_than` compares); [] if none."""
        model = self.sourceModel()
        indexes = [model.index(row, column) for row in range(model.rowCount())]
        values = [index.data(SORT_ROLE) for index in indexes]
        if all(value is None for value in values):
            values = [str(index.data()) for index in indexes]
        elif any(value is None for value in values):
            return []
        try:
            places = {value: place for place, value in enumerate(sorted(set(values)))}
        except TypeError:  # values that do not hash or do not order: compared two at a time
            return []
        return [places[value] for value in values]


def _less_than(left: Index, right: Index) -> bool:
    left_value, right_value = left.data(SORT_ROLE), right.data(SORT_ROLE)
    if left_value is None or right_value is None:
        return str(left.data()) < str(right.data())
    return bool(left_value < right_value)


def _changing(model: QAbstractItemModel) -> tuple[Any, ...]:
    """The signals a model sends before its rows or their values change (and after a value changed)."""
    return (model.modelAboutToBeReset, model.layoutAboutToBeChanged, model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved, model.rowsAboutToBeMoved, model.columnsAboutToBeInserted,
            model.columnsAboutToBeRemoved, model.dataChanged)
