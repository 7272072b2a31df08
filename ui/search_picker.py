"""A search box with its result list, driven from the keyboard.

Typing searches through the service at each keystroke; Up/Down move in the
results without leaving the box; Enter chooses. The box consumes Enter so a
dialog's default button does not fire while a choice is being made.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

RESULT_LIMIT = 30
ROW_ROLE = Qt.ItemDataRole.UserRole


class SearchPicker(QWidget):
    highlighted = Signal(object)  # the row under the cursor, or None
    chosen = Signal(object, bool)  # the chosen row; True when Ctrl was held (log and instruct)

    def __init__(
        self,
        object_name: str,
        search: Callable[[str, int], Sequence[Any]],
        describe: Callable[[Any], tuple[str, str | None]],  # (text, background colour)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._search = search
        self._describe = describe
        self.chosen_row: Any = None
        self.line = QLineEdit(self)
        self.line.setObjectName(f"{object_name}_text")
        self.line.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName(f"{object_name}_results")
        self.results.setUniformItemSizes(True)
        self.results.setMinimumHeight(110)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        self.results.itemDoubleClicked.connect(lambda _item: self._choose(False))
        self.line.textEdited.connect(self._on_line_text_edited)
        self.line.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.results, 1)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for row in rows:
            text, background = self._describe(row)
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, row)
            if background:
                item.setBackground(QBrush(QColor(background)))
            self.results.addItem(item)
        self.results.blockSignals(False)
        self.results.setCurrentRow(0 if rows else -1)
        if not rows:
            self.highlighted.emit(None)

    def choose_row(self, row: Any) -> None:
        """Pre-fill the choice (e.g. the representative identified by caller ID)."""
        self.set_rows([row])
        self.chosen_row = row
        self.line.setText(self._describe(row)[0])

    def current_row(self) -> Any:
        item = self.results.currentItem()
        return item.data(ROW_ROLE) if item is not None else None

    def refresh_descriptions(self) -> None:
        for position in range(self.results.count()):
            item = self.results.item(position)
            item.setText(self._describe(item.data(ROW_ROLE))[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[key]
                count = self.results.count()
                if count:
                    self.results.setCurrentRow(min(count - 1, max(0, self.results.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.current_row() is not None and self.chosen_row is not self.current_row():
                    self._choose(bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
                    return True
                return False  # already chosen: let the dialog's default button act
        return super().eventFilter(watched, event)

    def _choose(self, with_control: bool) -> None:
        row = self.current_row()
        if row is None:
            return
        self.chosen_row = row
        self.chosen.emit(row, with_control)

    def _on_line_text_edited(self, text: str) -> None:
        self.chosen_row = None
        self.set_rows(self._search(text, RESULT_LIMIT) if text.strip() else ())

    def _on_results_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.highlighted.emit(current.data(ROW_ROLE) if current is not None else None)
