"""The case window's action buttons, in their fixed order, and the service call each plain action makes.

The five actions of the case's life (instruct, redirect, re-instruct, confirm,
close) sit on the lower row, the rarer ones above; the dialog shows only those
the case's state allows. Enter does the next step only when that step cannot
put a false entry in the record: the default button is never a confirmation,
a close, a cancel or an escalation.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from console.views import CaseAction
from console.window_interface import ActionResult, ConsoleService

ACTION_ORDER = (
    CaseAction.INSTRUCT,
    CaseAction.REDIRECT,
    CaseAction.REINSTRUCT,
    CaseAction.RECORD_CONFIRMATION,
    CaseAction.CLOSE,
    CaseAction.ESCALATE,
    CaseAction.RECORD_MANUAL_CALL,
    CaseAction.ADD_NOTE,
    CaseAction.CANCEL,
    CaseAction.REOPEN,
)
PRIMARY = ACTION_ORDER[:5]
DEFAULT_PREFERENCE = (CaseAction.INSTRUCT, CaseAction.REDIRECT, CaseAction.REINSTRUCT)  # never a confirmation,
# a close, a cancel or an escalation: those are deliberate steps


def build_action_rows(
    parent: QWidget, trigger: Callable[[CaseAction], Callable[[], None]]
) -> tuple[dict[CaseAction, QPushButton], QHBoxLayout, QHBoxLayout]:
    """One button per action, ``trigger(action)`` on its click: the buttons, the primary and the secondary row."""
    buttons: dict[CaseAction, QPushButton] = {}
    primary, secondary = QHBoxLayout(), QHBoxLayout()
    primary.addStretch(1)
    secondary.addStretch(1)
    for action in ACTION_ORDER:
        button = QPushButton(parent)
        button.setObjectName(f"action_{action.value}_button")
        button.setAutoDefault(False)
        button.clicked.connect(trigger(action))
        buttons[action] = button
        (primary if action in PRIMARY else secondary).addWidget(button)
    return buttons, primary, secondary


def default_action(allowed: Collection[CaseAction]) -> CaseAction | None:
    """What Enter does on a case whose state allows ``allowed`` (None: nothing, Enter stays harmless)."""
    return next((action for action in DEFAULT_PREFERENCE if action in allowed), None)


def call_service(service: ConsoleService, action: CaseAction, case_id: int, version: int, reason: str) -> ActionResult:
    """The write of a plain action (a note for any action not named)."""
    if action is CaseAction.INSTRUCT:
        return service.instruct(case_id, version)
    if action is CaseAction.REDIRECT:
        return service.redirect(case_id, version)
    if action is CaseAction.REINSTRUCT:
        return service.reinstruct(case_id, version)
    if action is CaseAction.ESCALATE:
        return service.escalate(case_id, version)
    if action is CaseAction.CLOSE:
        return service.close(case_id, version, reason)
    if action is CaseAction.CANCEL:
        return service.cancel(case_id, version, reason)
    if action is CaseAction.REOPEN:
        return service.reopen(case_id, version, reason)
    return service.add_note(case_id, reason)
