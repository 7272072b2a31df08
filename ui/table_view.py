"""A table view set up the same way everywhere: rows selected whole, no edits, compact."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ROW_HEIGHT = 26


class ConsoleTableView(QTableView):
    """A table view that repaints only the column strip when one column changes.

    Qt's default repaints the whole viewport for a multi-row ``dataChanged``;
    the countdown tick changes one column of every row each second, so only
    that strip of the visible rows is worth painting.
    """

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()) -> None:
        column = top_left.column()
        if top_left.isValid() and column == bottom_right.column() and not self.isColumnHidden(column):
            viewport = self.viewport()
            x = self.columnViewportPosition(column)
            if x + self.columnWidth(column) >= 0 and x <= viewport.width():
                viewport.update(QRect(x, 0, self.columnWidth(column), viewport.height()))
            return
        super().dataChanged(top_left, bottom_right, list(roles))

    def moveCursor(self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Rows are what an operator picks: Home and End go to the first and last row, not column."""
        model = self.model()
        ends = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)
        if cursor_action in ends and model is not None and model.rowCount() \
                and self.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows:
            row = 0 if cursor_action is QAbstractItemView.CursorAction.MoveHome else model.rowCount() - 1
            return model.index(row, max(0, self.currentIndex().column()))  # the column, and the scroll, stay
        return super().moveCursor(cursor_action, modifiers)


def make_table(object_name: str, model: QAbstractItemModel, widths: tuple[int, ...], parent: QWidget | None = None) -> QTableView:
    view = ConsoleTableView(parent)
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view
