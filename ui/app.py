"""Start-up of the operator window: fonts, translations, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run_window(*, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Samvad Setu")
    app.setOrganizationName("Samvad Setu")
    window = QMainWindow()
    window.setObjectName("main_window")
    window.setWindowTitle("Samvad Setu — संवाद सेतु" + (" (demo)" if demo else ""))
    label = QLabel("Samvad Setu")
    label.setObjectName("placeholder_label")
    window.setCentralWidget(label)
    window.resize(1366, 768)
    window.show()
    return app.exec()
