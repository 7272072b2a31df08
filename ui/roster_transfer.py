"""Roster import and export from the window: the work runs off the GUI thread, progress comes back by signal.

A file that would mark many officers or representatives inactive, or remove every
current leave, is imported only after the operator says it is the whole new list,
in a question whose default answer is No.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from console.roster.model import REPLACE_ALL_PROBLEMS, ProblemCode
from console.window_interface import ConsoleService, ActionOutcome, RosterResult
from ui.formatting import format_count
from ui.labels import label
from ui.qt_bridge import CallbackBridge
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class RosterTransfer(QObject):
    progressed = Signal(int, int)
    finished = Signal(str, bool)  # the message for the operator, whether it succeeded

    def __init__(self, service: ConsoleService, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._parent = parent
        self._bridge = CallbackBridge(self)
        self.progress: QProgressDialog | None = None
        self.last_result: RosterResult | None = None
        self.replace_all_box: QMessageBox | None = None
        self._importing: Path | None = None

    def import_roster(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self._parent, self.tr("Import roster"), "", self.tr("Excel workbooks (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
        self._importing = path
        self._start(self.tr("Importing the roster…"), lambda report: self._service.import_roster(path, report), True)

    def export_roster(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self._parent, self.tr("Export roster"), "roster.xlsx", self.tr("Excel workbooks (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
        self._start(self.tr("Exporting the roster…"), lambda report: self._service.export_roster(path, report), False)

    def _start(self, text: str, work: object, importing: bool) -> None:
        progress = QProgressDialog(text, "", 0, 0, self._parent)
        progress.setObjectName("roster_progress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress
        last = [-1]

        def report(done: int, total: int) -> None:  # runs on the worker thread: only posts
            percent = done * 100 // total if total else -1
            if percent != last[0]:
                last[0] = percent
                self._bridge.post(lambda: self._on_progress(done, total))

        assert callable(work)
        self._tasks.run(lambda: work(report), lambda result: self._on_done(result, importing), self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
        self.progressed.emit(done, total)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_done(self, result: RosterResult, importing: bool) -> None:
        self._close_progress()
        self.last_result = result
        codes = {problem.code for problem in result.problems}
        if importing and self._importing is not None and codes and codes <= _REPLACE_ALL_CODES:
            self._ask_replace_all(self._importing, result)
            return
        if result.outcome is ActionOutcome.OK:
            text = (self.tr("%1 rows imported.") if importing else self.tr("%1 rows exported.")).replace(
                "%1", format_count(result.rows)
            )
            self.finished.emit(text, True)
            return
        lines = [label(result.outcome)]
        for problem in result.problems[:12]:
            lines.append(
                self.tr("Sheet %1, row %2, column %3: %4 %5")
                .replace("%1", problem.sheet)
                .replace("%2", str(problem.row))
                .replace("%3", problem.column)
                .replace("%4", problem.code)
                .replace("%5", problem.value)
            )
        if len(result.problems) > 12:
            lines.append(self.tr("…and %1 more.").replace("%1", format_count(len(result.problems) - 12)))
        self.finished.emit("\n".join(lines), False)

    def _ask_replace_all(self, path: Path, result: RosterResult) -> None:
        lines = [self.tr("This file does not list the whole district. Importing it would:")]
        for problem in result.problems:
            counts = problem.value.split("/")
            if problem.code == ProblemCode.ALL_PERIODS_REMOVED.value:
                lines.append(self.tr("• remove all %1 current and coming leave and training periods").replace(
                    "%1", counts[0]))
            elif problem.sheet == "Officers":
                lines.append(self.tr("• mark %1 of the %2 serving officers inactive").replace(
                    "%1", counts[0]).replace("%2", counts[-1]))
            else:
                lines.append(self.tr("• mark %1 of the %2 serving representatives inactive").replace(
                    "%1", counts[0]).replace("%2", counts[-1]))
        lines.append(self.tr("Import it as the complete new list all the same? Nothing has been changed yet."))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import roster"), "\n".join(lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._parent)
        box.setObjectName("roster_replace_all_box")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: self._on_replace_all_answered(path, answer))
        self.replace_all_box = box
        box.open()

    def _on_replace_all_answered(self, path: Path, answer: int) -> None:
        self.replace_all_box = None
        if answer != QMessageBox.StandardButton.Yes:
            self.finished.emit(self.tr("Nothing was imported."), False)
            return
        self._start(self.tr("Importing the roster…"),
                    lambda report: self._service.import_roster(path, report, replace_all=True), True)

    def _on_failed(self, error: BaseException) -> None:
        self._close_progress()
        log.error("roster transfer failed", exc_info=error)
        self.finished.emit(label(ActionOutcome.FAILED), False)


_REPLACE_ALL_CODES = frozenset(code.value for code in REPLACE_ALL_PROBLEMS)
