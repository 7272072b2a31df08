"""Sign-in by keyboard at start, the name and role in the status bar, sign out at a shift change (over the real
desk service on SQLite: accounts made as IT makes them, presence and races between two workstations)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.domain import EscalationState
from console.window_interface import ActionOutcome
from console.domain import UserRole
from console.views import CaseAction
from tests.ui.keys import focused, type_text
from tests.desk.people import MP, SDM
from tests.ui.desk_window import SUPERVISOR_PASSWORD, World
from tests.ui.window_setup import open_case
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.queue_table_model import COL_OPERATOR


RAVI_PASSWORD = "Ravi-password-1"


def with_accounts(world: World) -> None:
    world.add_account("ravi", RAVI_PASSWORD, "Ravi Kumar")
    world.add_account("meena", SUPERVISOR_PASSWORD, "Meena Sharma", UserRole.SUPERVISOR)


def present(world: World) -> set[int]:
    """The cases some window has open, as the other workstations read it."""
    with world.database.reading() as work:
        return set(work.presence.current(seen_since=world.clock.now() - timedelta(minutes=5)))


def signed_out(window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    with_accounts(world)
    world.service.sign_out()
    window.accounts.apply(None)
    window.accounts.ask_to_sign_in()
    qtbot.waitUntil(lambda: window.accounts.dialog.isVisible()
                    and QApplication.focusWidget() is window.accounts.dialog.login, timeout=3000)


def sign_in_by_keyboard(window: MainWindow, qtbot, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    type_text(focused(), login)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(focused(), password)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_an_operator_signs_in_by_keyboard_and_sees_only_what_the_role_allows(
    desk_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = desk_window
    signed_out(window, world, qtbot)
    dialog = window.accounts.dialog
    assert not window.centralWidget().isEnabled() and window.status.user.text() == "Nobody signed in"
    sign_in_by_keyboard(window, qtbot, "ravi", "not-his-password")
    qtbot.waitUntil(lambda: dialog.message.text() == "Wrong user name or password.", timeout=5000)
    assert dialog.password.text() == "" and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password, timeout=3000)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    type_text(focused(), "")  # the name is still there
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(focused(), RAVI_PASSWORD)
    with qtbot.waitSignal(window.accounts.session_changed, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and window.centralWidget().isEnabled()
    assert window.status.user.text() == "Ravi Kumar (Operator)"
    menus = window.menus.actions
    assert not menus["import_roster"].isEnabled() and not menus["export_roster"].isEnabled()
    assert not menus["edit_period"].isEnabled() and not window.availability_panel.import_button.isEnabled()
    assert menus["new_complaint"].isEnabled()


def test_signing_out_closes_case_windows_and_asks_for_the_next_person(
    desk_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = desk_window
    with_accounts(world)
    case_id = world.log(MP.id, SDM.id)
    window.open_case(case_id)
    qtbot.waitUntil(lambda: present(world) == {case_id}, timeout=5000)
    window.accounts.sign_out_action.trigger()
    qtbot.waitUntil(lambda: window.accounts.dialog.isVisible()
                    and QApplication.focusWidget() is window.accounts.dialog.login, timeout=5000)
    assert window.case_dialogs == {} and world.service.session is None
    qtbot.waitUntil(lambda: present(world) == set(), timeout=5000)  # the case is no longer shown as open here
    assert window.status.user.text() == "Nobody signed in"
    sign_in_by_keyboard(window, qtbot, "meena", SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: window.status.user.text() == "Meena Sharma (Supervisor)", timeout=5000)
    assert window.menus.actions["import_roster"].isEnabled()


def test_the_sign_in_dialog_speaks_hindi(desk_window: MainWindow, world: World, translations: Translations,
                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    window = desk_window
    signed_out(window, world, qtbot)
    dialog = window.accounts.dialog
    dialog.language_button.click()
    try:
        qtbot.waitUntil(lambda: dialog.heading.text() == "कंसोल में साइन इन करें", timeout=3000)
        assert dialog.language_button.text() == "English"
        sign_in_by_keyboard(window, qtbot, "ravi", "wrong-one-here")
        qtbot.waitUntil(lambda: dialog.message.text() == "उपयोगकर्ता नाम या पासवर्ड गलत है।", timeout=5000)
    finally:
        translations.switch("en", remember=False)


def test_the_operator_who_lost_a_race_reads_who_won_and_keeps_the_text(
    desk_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MP.id, SDM.id)
    dialog = open_case(qtbot, desk_window, case_id)
    assert dialog.detail is not None
    type_text(dialog.reason, "प्रतिनिधि ने शिकायत वापस ली")
    elsewhere = world.another_workstation("ravi")  # at another desk, Ravi acts first
    assert elsewhere.instruct(case_id, dialog.detail.row.version).succeeded
    assert dialog.perform(CaseAction.CANCEL) is None  # Asha cancels the case as she read it: a deliberate step
    step = dialog.step
    assert step is not None
    qtbot.waitUntil(lambda: step.painted, timeout=3000)
    with qtbot.waitSignal(dialog.action_performed, timeout=3000) as performed:
        qtbot.keyClick(step, Qt.Key.Key_Return)
    lost = performed.args[1]
    assert lost.outcome is ActionOutcome.STALE
    assert "ravi changed it at" in dialog.message.text() and "it is now Instructed" in dialog.message.text()
    assert dialog.reason.text() == "प्रतिनिधि ने शिकायत वापस ली"
    assert step.isVisible() and "ravi changed it at" in step.message.text()  # the step waits, her text in it
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.state is EscalationState.INSTRUCTED,
                    timeout=3000)
    with qtbot.waitSignal(dialog.action_performed, timeout=3000) as again:
        qtbot.keyClick(step, Qt.Key.Key_Return)  # having read it, she cancels the case as it is now
    assert again.args[1].outcome is ActionOutcome.OK
    assert world.desk.case(case_id).state is EscalationState.CANCELLED


def test_the_queue_says_who_has_a_case_open_at_another_desk(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MP.id, SDM.id)
    world.another_workstation("ravi").case_opened(case_id)  # Ravi opens the case at his desk
    model = desk_window.queue_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1
                    and model.data(model.index(0, COL_OPERATOR)) == "asha · open: Ravi Kumar", timeout=5000)


def test_after_signing_in_the_keyboard_is_in_the_queue(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window was greyed while nobody was signed in: the first keys after signing in move through the cases."""
    window = desk_window
    signed_out(window, world, qtbot)
    with qtbot.waitSignal(window.accounts.session_changed, timeout=5000):
        sign_in_by_keyboard(window, qtbot, "ravi", RAVI_PASSWORD)
    assert window.focusWidget() is window.queue_panel.table  # where the keys go once the window is active again
