"""Small pieces every panel and dialog uses: re-wording on a language switch, combos of codes, error text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPushButton, QWidget

ERROR_STYLE = "color: #7a1020;"


class Retranslating:
    """Mix into a widget with ``retranslate()``: it re-words itself when the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def refill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]]) -> None:
    """Replace the entries (text, data), keep the chosen data, and stay silent while doing it."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def error_label(parent: QWidget, object_name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def push_button(parent: QWidget, object_name: str, *, default: bool = False) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(object_name)
    button.setDefault(default)
    button.setAutoDefault(default)
    return button


class DayEdit(QDateEdit):
    """A date field that Tab leaves (the arrows still move between day, month and year), as in any other form."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return QWidget.focusNextPrevChild(self, next)


class ClosesAfterWrite:
    """Mix into a dialog (before QDialog): with a ``write`` attached, accepting starts the write and the dialog
    closes only once :meth:`written` says it succeeded; what was typed stays on screen when it did not."""

    write: Callable[[], None] | None = None
    writing = False

    def accept(self) -> None:
        if self.write is None:
            super().accept()  # type: ignore[misc]
            return
        if self.writing:
            return  # a second Enter while the first write is in flight
        self.writing = True
        self.write()

    def written(self, succeeded: bool) -> None:
        self.writing = False
        if succeeded:
            super().accept()  # type: ignore[misc]

    def reject(self) -> None:
        if self.writing:
            return  # the write may be happening as we speak: its answer decides
        super().reject()  # type: ignore[misc]
