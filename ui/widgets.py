"""Small pieces every panel and dialog uses: re-wording on a language switch, combos of codes, error text."""

from __future__ import annotations

from collections.abc import Iterable
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
