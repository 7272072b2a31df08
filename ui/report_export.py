"""The workbook from the reports screen: a file chosen, written off the GUI thread with progress and Cancel.

The workbook is in the window's language; the command line writes the same one.
Cancel stops the writing between rows and nothing is left behind.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from console.reports.query import ReportQuery
from console.reports.screen_interface import ExportProblem, ExportResult, ReportsService
from ui.formatting import format_count
from ui.i18n import current_language
from ui.qt_bridge import CallbackBridge
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
CONTEXT = "ReportExport"
PROBLEMS = {
    ExportProblem.NOT_XLSX: QT_TRANSLATE_NOOP("ReportExport", "The workbook's name must end in .xlsx."),
    ExportProblem.NO_FOLDER: QT_TRANSLATE_NOOP("ReportExport", "That folder does not exist."),
    ExportProblem.NOT_WRITABLE: QT_TRANSLATE_NOOP("ReportExport", "The console may not write there; choose another folder."),
    ExportProblem.UNKNOWN_DEPARTMENT: QT_TRANSLATE_NOOP("ReportExport", "That department is not on the roster."),
    ExportProblem.WRITE_FAILED: QT_TRANSLATE_NOOP("ReportExport", "The workbook could not be written (disk full or the file open elsewhere?); nothing was left behind."),
    ExportProblem.CANCELLED: QT_TRANSLATE_NOOP("ReportExport", "Export cancelled; no file was written."),
    ExportProblem.NOT_ALLOWED: QT_TRANSLATE_NOOP("ReportExport", "Only a supervisor exports the reports: sign in as one; no file was written."),
    ExportProblem.FAILED: QT_TRANSLATE_NOOP("ReportExport", "The records could not be read; nothing was written. The log has the details."),
}


class ReportExport(QObject):
    finished = Signal(str, bool)  # what to tell the supervisor, whether the workbook was written
    progressed = Signal(int, int)

    def __init__(self, reports: ReportsService, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._reports = reports
        self._tasks = tasks
        self._parent = parent
        self._bridge = CallbackBridge(self)
        self.progress: QProgressDialog | None = None
        self._updating = False  # inside the dialog's setValue (which runs the event loop)
        self._closing: QProgressDialog | None = None  # ended meanwhile: closed when setValue returns
        self.cancel = threading.Event()
        self.running = False
        self.last_result: ExportResult | None = None

    def export(self, query: ReportQuery, path: Path | None = None) -> bool:
        """Ask where (unless told), then write; False when nothing was started."""
        if self.running:
            return False
        if path is None:
            period = query.period
            suggested = f"response-times_{period.first:%Y-%m-%d}_{period.last:%Y-%m-%d}.xlsx"
            chosen, _filter = QFileDialog.getSaveFileName(self._parent, self.tr("Export the workbook"), suggested,
                                                          self.tr("Excel workbooks (*.xlsx)"))
            if not chosen:
                return False
            path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        self.cancel = threading.Event()
        self.running = True
        self._open_progress()
        cancel, last = self.cancel, [-1]

        def report(done: int, total: int) -> None:  # on the worker: only posts, once a percent
            percent = done * 100 // total if total else 0
            if percent != last[0]:
                last[0] = percent
                self._bridge.post(lambda: self._on_progress(percent))

        language = current_language()
        self._tasks.run(lambda: self._reports.export_workbook(query, path, language=language, progress=report,
                                                              cancelled=cancel.is_set),
                        self._on_done, self._on_failed)
        return True

    def _open_progress(self) -> None:
        progress = QProgressDialog(self.tr("Writing the workbook…"), self.tr("Cancel"), 0, 100, self._parent)
        progress.setObjectName("report_export_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel.set)
        progress.setValue(0)
        self.progress = progress

    def _on_progress(self, percent: int) -> None:
        progress = self.progress
        if progress is not None:
            # A window-modal dialog's setValue runs the event loop: the export's end can arrive inside it, and the
            # dialog must not be closed and deleted under its own setValue (a crash seen once in the suite).
            self._updating = True
            try:
                progress.setValue(percent)
            finally:
                self._updating = False
            if self._closing is not None:
                closing, self._closing = self._closing, None
                _dispose(closing)
        self.progressed.emit(percent, 100)

    def _close_progress(self) -> None:
        self.running = False
        progress, self.progress = self.progress, None
        if progress is None:
            return
        progress.canceled.disconnect(self.cancel.set)
        if self._updating:
            self._closing = progress  # closed once its setValue has returned
        else:
            _dispose(progress)

    def _on_done(self, result: ExportResult) -> None:
        self._close_progress()
        self.last_result = result
        if result.problem is None:
            text = self.tr("%1 cases written to %2").replace("%1", format_count(result.cases)).replace(
                "%2", str(result.path))
            self.finished.emit(text, True)
        else:
            self.finished.emit(QCoreApplication.translate(CONTEXT, PROBLEMS[result.problem]), False)

    def _on_failed(self, error: BaseException) -> None:
        self._close_progress()
        log.error("workbook export failed", exc_info=error)
        self.finished.emit(QCoreApplication.translate(CONTEXT, PROBLEMS[ExportProblem.FAILED]), False)


def _dispose(progress: QProgressDialog) -> None:
    progress.close()
    progress.deleteLater()
