"""Who may do what: the roles' permissions, checked by every use case that needs more than case work.

Operators log and work cases; supervisors also report and export, keep the
roster, leave and the calendar; admins also manage accounts and configuration
(DESIGN.md). The check lives in the use cases, not only in the window, so a
refused action is refused whatever calls it: the window, the command line, a
script. A use case starts with::

    session = require(session, Permission.EXPORT_REPORTS)   # raises PermissionDenied

and records ``session.login`` as the actor of what it writes. ``None`` is nobody
signed in (the window between two operators) and is refused everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType

from console.domain import UserRole
from console.views import OperatorSession


class Permission(str, Enum):
    WORK_CASES = "work_cases"  # log, instruct, confirm, close, cancel, notes; the outbox of those cases
    EDIT_AVAILABILITY = "edit_availability"  # leave and training periods
    EDIT_ROSTER = "edit_roster"  # the roster import
    EXPORT_ROSTER = "export_roster"
    EDIT_CALENDAR = "edit_calendar"  # district holidays and compensatory working days
    EXPORT_REPORTS = "export_reports"  # the response-time workbook
    VERIFY_RECORD = "verify_record"  # audit verify from the window
    MANAGE_ACCOUNTS = "manage_accounts"
    CONFIGURE = "configure"


_OPERATOR = frozenset({Permission.WORK_CASES})
_SUPERVISOR = _OPERATOR | {
    Permission.EDIT_AVAILABILITY,
    Permission.EDIT_ROSTER,
    Permission.EXPORT_ROSTER,
    Permission.EDIT_CALENDAR,
    Permission.EXPORT_REPORTS,
    Permission.VERIFY_RECORD,
}
_ADMIN = _SUPERVISOR | {Permission.MANAGE_ACCOUNTS, Permission.CONFIGURE}

ROLE_PERMISSIONS: Mapping[UserRole, frozenset[Permission]] = MappingProxyType(
    {UserRole.OPERATOR: _OPERATOR, UserRole.SUPERVISOR: frozenset(_SUPERVISOR), UserRole.ADMIN: frozenset(_ADMIN)}
)


class PermissionDenied(Exception):
    """The signed-in person's role does not allow the action (or nobody is signed in); nothing was done."""

    def __init__(self, permission: Permission, session: OperatorSession | None) -> None:
        who = "nobody is signed in" if session is None else f"{session.login} is {session.role.value}"
        super().__init__(f"{permission.value} refused: {who}; it needs {least_role(permission).value}")
        self.permission = permission
        self.session = session


def allows(role: UserRole, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def require(session: OperatorSession | None, permission: Permission) -> OperatorSession:
    """The session, when its role allows ``permission``; :class:`PermissionDenied` otherwise."""
    if session is None or not allows(session.role, permission):
        raise PermissionDenied(permission, session)
    return session


def least_role(permission: Permission) -> UserRole:
    """The lowest role that has ``permission`` (for the refusal's wording)."""
    return next(role for role in (UserRole.OPERATOR, UserRole.SUPERVISOR, UserRole.ADMIN) if allows(role, permission))
