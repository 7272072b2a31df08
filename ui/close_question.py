"""Closing the window with work left: asked first, because this workstation then sends nothing and climbs no ladder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from console.domain import OutboxStatus
from console.views import LiveState

if TYPE_CHECKING:
    from ui.main_window import MainWindow

UNSENT = frozenset({OutboxStatus.QUEUED, OutboxStatus.SENDING, OutboxStatus.UNCERTAIN})


def work_left(state: LiveState | None) -> tuple[int, int]:
    """Open cases, and SMS and calls not yet out, in ``state``: what closing the window leaves undone here."""
    if state is None:
        return 0, 0
    unsent = sum(1 for row in state.outbox if row.status in UNSENT)
    return len(state.queue), unsent


class CloseQuestion(QMessageBox):
    """Keep it open (the default, and Esc) or close it anyway, which closes the window without asking again."""

    def __init__(self, window: MainWindow, cases: int, unsent: int) -> None:
        super().__init__(QMessageBox.Icon.Question, window.windowTitle(), "", parent=window)
        self.setObjectName("close_question_box")
        self.setText(self.tr("%1 case(s) are open and %2 SMS or call(s) are not yet sent.")
                     .replace("%1", str(cases)).replace("%2", str(unsent)))
        self.setInformativeText(self.tr("While this window is closed, this workstation sends nothing and does not "
                                        "climb the ladder. Close it anyway?"))
        self._window = window
        self._close_button = self.addButton(self.tr("&Close the window"), QMessageBox.ButtonRole.DestructiveRole)
        keep = self.addButton(self.tr("&Keep it open"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(keep)
        self.setEscapeButton(keep)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(self._on_finished)

    def _on_finished(self, _code: int) -> None:
        if self.clickedButton() is self._close_button:
            self._window.close_now()
