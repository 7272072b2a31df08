"""Sign-in at start and at every change of operator: name, password, Enter; Hindi or English; keyboard only.

The password is checked off the GUI thread (argon2 takes most of a second by
design) and never kept: the field is cleared whatever the answer. The dialog
cannot be dismissed with Esc; only "Quit" leaves, which closes the console.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.window_interface import ConsoleService
from console.sign_in import SignInProblem, SignInResult
from ui.formatting import format_moment
from ui.i18n import Translations, current_language
from ui.tasks import TaskRunner
from ui.widgets import Retranslating, error_label, push_button


class SignInDialog(Retranslating, QDialog):
    signed_in = Signal(object)  # OperatorSession
    quit_requested = Signal()

    def __init__(self, service: ConsoleService, translations: Translations, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._service = service
        self._translations = translations
        self._tasks = tasks
        self.heading = QLabel(self)
        self.heading.setObjectName("sign_in_heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.login = QLineEdit(self)
        self.login.setObjectName("sign_in_login")
        self.password = QLineEdit(self)
        self.password.setObjectName("sign_in_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label(self, "sign_in_message")
        self.sign_in_button = push_button(self, "sign_in_button", default=True)
        self.quit_button = push_button(self, "sign_in_quit_button")
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("sign_in_language_button")
        self.language_button.setAutoDefault(False)
        self._login_label, self._password_label = QLabel(self), QLabel(self)
        self._login_label.setBuddy(self.login)
        self._password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self._login_label, self.login)
        form.addRow(self._password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.language_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.quit_requested.emit)
        self.language_button.clicked.connect(self._toggle_language)
        self.setMinimumWidth(420)
        self.retranslate()

    def prepare(self, message: str = "") -> None:
        """Ready for the next person: fields empty, the name focused."""
        self.login.clear()
        self.password.clear()
        self.message.setText(message)
        self._busy(False)
        self.login.setFocus()

    def submit(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        self.password.clear()
        if not login or not password:
            self.message.setText(self.tr("Type your user name and password."))
            (self.login if not login else self.password).setFocus()
            return
        self._busy(True)
        self.message.setText(self.tr("Checking…"))
        self._tasks.run(lambda: self._service.sign_in(login, password), self._on_answer, self._on_failure)

    def reject(self) -> None:
        """Esc does not skip signing in."""

    def _on_answer(self, result: SignInResult) -> None:
        self._busy(False)
        if result.session is not None:
            self.message.clear()
            self.signed_in.emit(result.session)
            self.accept()
            return
        self.message.setText(self._problem_text(result))
        self.password.setFocus()

    def _on_failure(self, error: BaseException) -> None:
        self._busy(False)
        self.message.setText(self._problem_text(SignInResult(None, SignInProblem.UNAVAILABLE)))

    def _problem_text(self, result: SignInResult) -> str:
        problem = result.problem
        if problem is SignInProblem.LOCKED and result.locked_until is not None:
            until = format_moment(result.locked_until, self._service.clock.now())
            return self.tr("Too many wrong passwords: this account is locked until %1. "
                           "A supervisor or IT can set a new password.").replace("%1", until)
        if problem is SignInProblem.NO_ACCOUNTS:
            return self.tr("This database has no accounts yet. IT creates the first one with "
                           "'samvad-setu db init'.")
        if problem is SignInProblem.UNAVAILABLE:
            return self.tr("The database cannot be reached. Check the network and try again.")
        return self.tr("Wrong user name or password.")

    def _busy(self, busy: bool) -> None:
        for widget in (self.login, self.password, self.sign_in_button):
            widget.setEnabled(not busy)

    def _toggle_language(self) -> None:
        self._translations.switch("en" if current_language() == "hi" else "hi")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — Samvad Setu"))
        self.heading.setText(self.tr("Sign in to the console"))
        self._login_label.setText(self.tr("&User name"))
        self._password_label.setText(self.tr("&Password"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.quit_button.setText(self.tr("&Quit"))
        self.language_button.setText("English" if current_language() == "hi" else "हिन्दी")
