"""The default layout fits 1366×768 with a window frame and a taskbar, in Hindi and in English.

Over the demo district (the real center with simulated modems): at 1366×700 no
column an operator reads is cut (states, countdowns, operators, modem names,
the number on a call, tries…), long names elide with the whole text as a
tooltip, and the status bar is on screen; the first start fills the screen.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from console.desk.center import Center
from console.domain import CallHeard, ComplaintDraft, EscalationState, OutboxKind, OutboxStatus, SpokenOutcome
from console.phone import display
from console.lifecycle_commands import CALL_OUTCOMES, AttemptOutcome
from console.views import CallAudioRecord, DeadlineKind, IncomingKind, ModemAudio, RegistrationState
from tests.ui.test_real_console import center, prompt_officer_on_duty, real_window  # noqa: F401 - fixtures
from ui.app import open_window
from ui.formatting import format_elapsed
from ui.i18n import Translations
from ui.labels import label
from ui.main_window import MainWindow
from ui.outbox_text import outcome_text
from ui.modem_table_models import I_COL_CASE, I_COL_KIND, M_COL_CALL, M_COL_NAME, M_COL_NETWORK, M_COL_SIGNAL, M_COL_SMS
from ui.modem_table_models import O_COL_ATTEMPTS, O_COL_CASE, O_COL_KIND, O_COL_STATUS, O_COL_UPDATED
from ui.officer_table_model import COL_NUMBER, COL_STATUS, COL_UNTIL
from ui.queue_table_model import (
    COL_CODE,
    COL_COUNTDOWN,
    COL_DEPARTMENT,
    COL_OFFICER,
    COL_OPERATOR,
    COL_SINCE_CALL,
    COL_STATE,
)

WINDOW = (1366, 700)  # 768 less a title bar and a taskbar
PADDING = 10  # a cell's margins, as the style draws them
ICON = 20  # the coloured dot before a countdown or a modem
STRETCHED = 100  # the width a table's stretching column (names, numbers, messages) keeps at least


def needed(view: QTableView, texts: Iterable[str], icon: bool = False) -> int:
    metrics = view.fontMetrics()
    return max((metrics.horizontalAdvance(text) for text in texts), default=0) + PADDING + (ICON if icon else 0)


def cells(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def assert_fits(view: QTableView, column: int, texts: Iterable[str], *, icon: bool = False) -> None:
    name = view.model().headerData(column, Qt.Orientation.Horizontal)
    texts = [*texts, str(name)]
    width = view.columnWidth(column)
    assert needed(view, texts, icon) <= width, f"{view.objectName()} column {name!r}: {width} px for {texts}"
    right = view.columnViewportPosition(column) + width
    assert 0 <= view.columnViewportPosition(column) and right <= view.viewport().width(), \
        f"{view.objectName()} column {name!r} is outside the visible part"


def busy_demo(window: MainWindow, center: Center, qtbot) -> str:  # type: ignore[no-untyped-def]
    """An instructed case (its SMS and call in the outbox); the officer's number, as the voice modem shows it."""
    officer = prompt_officer_on_duty(window, center)
    result = center.service.log_complaint(ComplaintDraft(3, officer.officer_id))
    assert result.case_id is not None
    detail = center.service.case_detail(result.case_id)
    assert detail is not None
    assert center.service.instruct(result.case_id, detail.row.version).succeeded
    qtbot.waitUntil(lambda: window.modem_panel.outbox_model.rowCount() >= 2, timeout=5000)
    return display(officer.official_number)


@pytest.mark.parametrize("language", ["en", "hi"])
def test_the_main_window_fits_1366_by_768(real_window: MainWindow, center: Center, translations: Translations, language: str, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    translations.switch(language, remember=False)
    calling = busy_demo(real_window, center, qtbot)
    real_window.resize(*WINDOW)
    real_window.show()
    QApplication.processEvents()
    hint = real_window.minimumSizeHint()
    assert hint.width() <= WINDOW[0] and hint.height() <= WINDOW[1], hint
    assert real_window.size().width() == WINDOW[0] and real_window.size().height() == WINDOW[1]
    status = real_window.status
    assert status.isVisible() and status.geometry().bottom() < real_window.height()
    assert status.user.geometry().right() <= status.width()

    queue = real_window.queue_panel.table
    assert_fits(queue, COL_CODE, cells(queue, COL_CODE))
    assert_fits(queue, COL_STATE, [label(state) for state in EscalationState if state.is_open])
    assert_fits(queue, COL_SINCE_CALL, cells(queue, COL_SINCE_CALL) + [format_elapsed(23 * 60 + 59), format_elapsed(9000)])
    shown = [kind for kind in DeadlineKind if kind is not DeadlineKind.INSTRUCTION]  # a due case shows no clock
    longest = [f"−59:59 · {label(kind)}" for kind in shown] + [f"−1:59:59 · {label(DeadlineKind.CONFIRMATION)}"]
    assert_fits(queue, COL_COUNTDOWN, cells(queue, COL_COUNTDOWN) + longest, icon=True)
    assert_fits(queue, COL_OPERATOR, cells(queue, COL_OPERATOR))
    modems = real_window.modem_panel.modem_table
    for column in (M_COL_SIGNAL, M_COL_SMS):
        assert_fits(modems, column, cells(modems, column))
    assert_fits(modems, M_COL_CALL, cells(modems, M_COL_CALL) + [calling] + [label(audio) for audio in ModemAudio])
    assert_fits(modems, M_COL_NAME, cells(modems, M_COL_NAME), icon=True)
    assert_fits(modems, M_COL_NETWORK, cells(modems, M_COL_NETWORK) + [label(RegistrationState.SEARCHING)])
    outbox = real_window.modem_panel.outbox_table
    for column in (O_COL_KIND, O_COL_CASE, O_COL_UPDATED, O_COL_ATTEMPTS):
        assert_fits(outbox, column, cells(outbox, column))
    outcomes = [outcome_text(OutboxKind.CALL, OutboxStatus.SENT, call, 75.0) for call in CALL_OUTCOMES]
    outcomes += [outcome_text(OutboxKind.CALL, OutboxStatus.SENT, AttemptOutcome.ANSWERED, 75.0,
                              audio=CallAudioRecord(heard, 2, fell_back, "asha", spoken), short=True)
                 for heard in CallHeard for fell_back in (False, True) for spoken in (None, *SpokenOutcome)]
    assert_fits(outbox, O_COL_STATUS, cells(outbox, O_COL_STATUS) + outcomes + [label(OutboxStatus.UNCERTAIN)])
    grid = real_window.availability_panel.table
    for column in (COL_STATUS, COL_UNTIL, COL_NUMBER):
        assert_fits(grid, column, cells(grid, column), icon=column == COL_STATUS)
    for table in (queue, modems, outbox, real_window.modem_panel.incoming_table):
        if table is real_window.modem_panel.incoming_table:
            real_window.modem_panel.show_tab(1)
            QApplication.processEvents()
            assert_fits(table, I_COL_KIND, [label(kind) for kind in IncomingKind])
            assert_fits(table, I_COL_CASE, ["HRD-0421"])
        assert not table.horizontalScrollBar().isVisible(), f"{table.objectName()} scrolls sideways"
        room = table.viewport().width()
        if not table.verticalScrollBar().isVisible():  # a busier day scrolls down: it must not then scroll sideways
            room -= table.verticalScrollBar().sizeHint().width()
        header = table.horizontalHeader()
        fixed = sum(header.sectionSize(column) for column in range(header.count())
                    if not header.isSectionHidden(column)
                    and header.sectionResizeMode(column) is not QHeaderView.ResizeMode.Stretch)
        assert fixed + STRETCHED <= room, f"{table.objectName()} would scroll sideways when full"


def test_long_names_elide_with_the_whole_text_as_tooltip(real_window: MainWindow) -> None:  # noqa: F811
    model = real_window.queue_panel.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if column == COL_OFFICER:  # the department, hidden at 1366 px, rides along
                assert index.data(Qt.ItemDataRole.ToolTipRole) == f"{index.data()} — {model.index(row, COL_DEPARTMENT).data()}"
            elif column != COL_COUNTDOWN:
                assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


def test_the_first_start_fills_the_screen_and_a_later_one_restores(center: Center, translations: Translations, settings: QSettings, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    first = open_window(center.service, translations, settings=settings)
    qtbot.addWidget(first, before_close_func=lambda window: window.close_now())
    assert first.first_start and first.windowState() & Qt.WindowState.WindowMaximized
    first.close_now()
    second = open_window(center.service, translations, settings=settings)
    qtbot.addWidget(second, before_close_func=lambda window: window.close_now())
    assert not second.first_start  # the geometry the operator left is restored as it was
