"""One workstation: the real console window, offscreen, in its own process, over the given database.

    python -m tests.shared.console_process DATABASE_URL LOGIN "DISPLAY NAME"

Reads commands on stdin (``log REPRESENTATIVE_ID OFFICER_ID``, ``open CASE_ID``, ``quit``) and writes one JSON
line per event on stdout: ``ready``, ``logged`` (case id and code, and the monotonic time its commit returned),
and ``queue`` each time the window shows a new state (every row's code and who else has it open, and the
monotonic time it was shown). CLOCK_MONOTONIC is one clock for every process of the machine.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from console.desk.center import Center
from console.domain import ComplaintDraft, UserRole

from console.views import OperatorSession
from ui.alarm import Alarm
from ui.i18n import Translations
from ui.main_window import MainWindow


def say(**values: Any) -> None:
    print(json.dumps(values), flush=True)


class Commands(QObject):
    received = Signal(str)


def main(url: str, login: str, display_name: str) -> int:
    app = QApplication([])
    translations = Translations(app)
    translations.switch("en", remember=False)
    center = Center.open("hardoi", session=OperatorSession(login, display_name, UserRole.OPERATOR), database_url=url)
    center.start()
    folder = Path(sys.argv[4]) if len(sys.argv) > 4 else Path(".")
    window = MainWindow(center.service, translations, settings=QSettings(str(folder / f"{login}.ini"),
                                                                           QSettings.Format.IniFormat),
                        alarm=Alarm(sound=lambda: None))

    def shown(_revision: int) -> None:
        model = window.queue_panel.model
        rows = [model.row_at(row) for row in range(model.rowCount())]
        say(event="queue", t=time.monotonic(), rows=[[row.case_id, row.case_code, list(row.open_by)] for row in rows])

    window.state_shown.connect(shown)
    window.load_now()
    window.show()
    commands = Commands()

    def run(line: str) -> None:
        words = line.split()
        if not words or words[0] == "quit":
            window.close()
            app.quit()
        elif words[0] == "log":
            result = center.service.log_complaint(ComplaintDraft(int(words[1]), int(words[2])))
            say(event="logged", t=time.monotonic(), case_id=result.case_id, code=result.case_code,
                outcome=result.outcome.value)
            window.reload()
        elif words[0] == "open":
            window.open_case(int(words[1]))
            say(event="opened", case_id=int(words[1]))

    commands.received.connect(run)

    def read() -> None:
        for line in sys.stdin:
            commands.received.emit(line.strip())
        commands.received.emit("quit")

    threading.Thread(target=read, daemon=True, name="stdin").start()
    say(event="ready")
    try:
        return app.exec()
    finally:
        center.stop()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
