"""Who works at this window: sign-in at start, sign out / switch operator at a shift change, the demo's switch.

The window stays open between two people: signing out closes the case windows
(asking first when one holds typed text), covers the window with the sign-in
dialog, and the next person's name and role appear in the status bar. Menu
entries a role may not use are disabled; the service refuses them anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from console.permissions import Permission, allows
from console.sign_in import SignInResult
from console.views import OperatorSession
from ui.labels import label
from ui.operation import op
from ui.sign_in_dialog import SignInDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ROLE_BOUND_ACTIONS = {
    "edit_period": Permission.EDIT_AVAILABILITY,
    "import_roster": Permission.EDIT_ROSTER,
    "export_roster": Permission.EXPORT_ROSTER,
    "reports": Permission.EXPORT_REPORTS,
    "export_workbook": Permission.EXPORT_REPORTS,
}


class SessionControl(QObject):
    session_changed = Signal(object)  # OperatorSession | None

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.service = window.service
        self.dialog = SignInDialog(window.service, window.translations, window.tasks, window)
        self.dialog.signed_in.connect(self._on_dialog_signed_in)
        self.dialog.quit_requested.connect(window.close)
        self.menu = QMenu(window)
        self.menu.setObjectName("account_menu")
        window.menuBar().addMenu(self.menu)
        self.sign_out_action = QAction(window)
        self.sign_out_action.setObjectName("sign_out_action")
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.sign_out_action.triggered.connect(lambda _checked=False: self.sign_out())
        self.menu.addAction(self.sign_out_action)
        self.demo_actions: dict[str, QAction] = {}
        demo_people = self.service.demo_sessions()
        if demo_people:
            self.menu.addSeparator()
        for person in demo_people:
            action = QAction(window)
            action.setObjectName(f"demo_switch_{person.login.replace('.', '_')}_action")
            action.triggered.connect(lambda _checked=False, login=person.login: self.switch_demo(login))
            self.menu.addAction(action)
            self.demo_actions[person.login] = action
        self._people = {person.login: person for person in demo_people}
        self.retranslate()
        self.apply(self.service.session)

    # -- the flow ----------------------------------------------------------------------------------

    def ask_to_sign_in(self, message: str = "") -> None:
        self.window.centralWidget().setEnabled(False)
        self.dialog.prepare(message)
        self.dialog.open()
        self.dialog.activateWindow()
        self.dialog.login.setFocus()

    def sign_out(self) -> bool:
        """Sign out and ask for the next person; False when the operator keeps unsaved text instead."""
        unsaved = [dialog for dialog in self.window.case_dialogs.values() if dialog.reason.text().strip()]
        if unsaved:
            codes = ", ".join(dialog.windowTitle() for dialog in unsaved)
            answer = QMessageBox.question(
                self.window, self.window.windowTitle(),
                self.tr("%1 still holds text you typed and did not save. Sign out and discard it?").replace("%1", codes),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        for dialog in list(self.window.case_dialogs.values()):
            dialog.done(QDialog.DialogCode.Rejected)  # closed even with a write in flight: it finishes meanwhile
        self.apply(None)
        service = self.service  # after the case windows' own last calls: the worker keeps their order
        op(self.window, service.sign_out).success(lambda _none: self.ask_to_sign_in()).failure(
            lambda text, _error: self.ask_to_sign_in(text)).run()
        return True

    def switch_demo(self, login: str) -> None:
        """The demo's people switch without a password (read off the GUI thread)."""
        service = self.service
        op(self.window, lambda: service.sign_in_as(login)).success(self._on_demo_switched).run()

    def _on_demo_switched(self, result: SignInResult) -> None:
        if result.session is not None:
            self.apply(result.session)

    def _on_dialog_signed_in(self, session: OperatorSession) -> None:
        self.apply(session)
        self.window.queue_panel.table.setFocus()  # greyed until now, the window had lost its keyboard place
        self.window.reload()

    def apply(self, session: OperatorSession | None) -> None:
        """Show who is signed in, and offer only what their role may do."""
        self.window.centralWidget().setEnabled(session is not None)
        self.window.status.show_session(session)
        role = None if session is None else session.role
        for key, permission in ROLE_BOUND_ACTIONS.items():
            allowed = role is not None and allows(role, permission)
            self.window.menus.actions[key].setEnabled(allowed)
        panel = self.window.availability_panel
        for button, permission in ((panel.edit_button, Permission.EDIT_AVAILABILITY),
                                   (panel.import_button, Permission.EDIT_ROSTER),
                                   (panel.export_button, Permission.EXPORT_ROSTER)):
            button.setEnabled(role is not None and allows(role, permission))
        reports = self.window.reports_window
        if reports is not None and (role is None or not allows(role, Permission.EXPORT_REPORTS)):
            reports.reject()  # a supervisor's figures do not stay on screen for the next operator
        self.sign_out_action.setEnabled(session is not None)
        for login, action in self.demo_actions.items():
            action.setEnabled(session is None or session.login != login)
        self.session_changed.emit(session)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Account"))
        self.sign_out_action.setText(self.tr("&Sign out / switch operator…"))
        for login, action in self.demo_actions.items():
            person = self._people[login]
            action.setText(self.tr("Demo: switch to %1 (%2)").replace("%1", person.display_name)
                           .replace("%2", label(person.role)))
