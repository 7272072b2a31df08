"""The window's menus and keyboard shortcuts (Ctrl+N works from anywhere in the window)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow

CONTEXT = "Menus"
MENU_TITLES = {
    "case": QT_TRANSLATE_NOOP("Menus", "&Case"),
    "officers": QT_TRANSLATE_NOOP("Menus", "&Officers"),
    "view": QT_TRANSLATE_NOOP("Menus", "&View"),
    "reports": QT_TRANSLATE_NOOP("Menus", "&Reports"),
    "language": QT_TRANSLATE_NOOP("Menus", "&Language / भाषा"),
}
ACTION_TEXTS = {
    "new_complaint": QT_TRANSLATE_NOOP("Menus", "&New complaint…"),
    "open_case": QT_TRANSLATE_NOOP("Menus", "&Open selected case"),
    "acknowledge_alarm": QT_TRANSLATE_NOOP("Menus", "&Acknowledge alarm"),
    "quit": QT_TRANSLATE_NOOP("Menus", "&Quit"),
    "edit_period": QT_TRANSLATE_NOOP("Menus", "&Leave / training period…"),
    "import_roster": QT_TRANSLATE_NOOP("Menus", "&Import roster…"),
    "export_roster": QT_TRANSLATE_NOOP("Menus", "&Export roster…"),
    "calendar": QT_TRANSLATE_NOOP("Menus", "Holidays and working &days…"),
    "focus_queue": QT_TRANSLATE_NOOP("Menus", "Go to the &queue"),
    "focus_officers": QT_TRANSLATE_NOOP("Menus", "Go to the &availability grid"),
    "focus_outbox": QT_TRANSLATE_NOOP("Menus", "Go to the &outbox"),
    "focus_incoming": QT_TRANSLATE_NOOP("Menus", "Go to what came &in"),
    "toggle_language": QT_TRANSLATE_NOOP("Menus", "&Switch language"),
    "complaint_for_caller": QT_TRANSLATE_NOOP("Menus", "New complaint for the &caller"),
    "callback_for_caller": QT_TRANSLATE_NOOP("Menus", "Record the calling officer's call&back"),
    "reports": QT_TRANSLATE_NOOP("Menus", "Response-time &reports…"),
    "export_workbook": QT_TRANSLATE_NOOP("Menus", "&Export the workbook for the state…"),
}
LANGUAGE_NAMES = {"hi": "हिन्दी", "en": "English"}  # each in its own script, never translated


class ConsoleMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for key in MENU_TITLES:
            menu = bar.addMenu("")
            menu.setObjectName(f"{key}_menu")
            self.menus[key] = menu
        panels = window
        everywhere = Qt.ShortcutContext.ApplicationShortcut  # also from an open case window
        self._add("case", "new_complaint", "Ctrl+N", lambda: panels.new_complaint(), everywhere)
        self._add("case", "open_case", "Ctrl+O", panels.open_selected_case)
        self._add("case", "acknowledge_alarm", "F9", panels.alarm.acknowledge, everywhere)
        self._add("case", "complaint_for_caller", "F6", panels.complaint_for_caller, everywhere)
        self._add("case", "callback_for_caller", "F7", panels.callback_for_caller, everywhere)
        self.menus["case"].addSeparator()
        self._add("case", "quit", "Ctrl+Q", window.close)
        self._add("officers", "edit_period", "Ctrl+L", lambda: panels.edit_period())
        self._add("officers", "import_roster", None, lambda: panels.roster.import_roster())
        self._add("officers", "export_roster", None, lambda: panels.roster.export_roster())
        self.menus["officers"].addSeparator()
        self._add("officers", "calendar", "Ctrl+K", lambda: panels.show_calendar())
        self._add("view", "focus_queue", "Ctrl+1", lambda: panels.queue_panel.table.setFocus())
        self._add("view", "focus_officers", "Ctrl+2", lambda: panels.availability_panel.text_filter.setFocus())
        self._add("view", "focus_outbox", "Ctrl+3", lambda: panels.modem_panel.show_tab(0))
        self._add("view", "focus_incoming", "Ctrl+4", lambda: panels.modem_panel.show_tab(1))
        self._add("reports", "reports", "Ctrl+R", lambda: panels.show_reports())
        self._add("reports", "export_workbook", "Ctrl+Shift+E", lambda: panels.show_reports().export())
        group = QActionGroup(self)
        for language, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setObjectName(f"language_{language}_action")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, code=language: window.switch_language(code))
            group.addAction(action)
            self.menus["language"].addAction(action)
            self.actions[f"language_{language}"] = action
        self.menus["language"].addSeparator()
        self._add("language", "toggle_language", "Ctrl+Shift+L", window.toggle_language)

    def _add(
        self,
        menu: str,
        key: str,
        shortcut: str | None,
        slot: Callable[[], object],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"{key}_action")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        self.menus[menu].addAction(action)
        self.actions[key] = action
        return action

    def retranslate(self, language: str) -> None:
        for key, menu in self.menus.items():
            menu.setTitle(QCoreApplication.translate(CONTEXT, MENU_TITLES[key]))
        for key, text in ACTION_TEXTS.items():
            self.actions[key].setText(QCoreApplication.translate(CONTEXT, text))
        self.actions[f"language_{language}"].setChecked(True)
