"""How the window's actions answer: each runs under a permission, and its refusals come back as outcome codes.

A write is one desk use case; whatever refuses it (a permission, the desk, the
storage) becomes an :class:`ActionOutcome` and nothing is half-done. What it
committed is on the desk's event bus already.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from console.desk.desk import Desk
from console.desk.errors import DeskError, DeskProblem
from console.permissions import Permission, PermissionDenied, require
from console.views import OperatorSession
from console.window_interface import ActionOutcome, ActionResult
from db.errors import ConflictError, DatabaseUnavailableError, NotFoundError, StorageError

log = logging.getLogger(__name__)

_PROBLEMS = {
    DeskProblem.NOT_FOUND: ActionOutcome.NOT_FOUND,
    DeskProblem.STALE: ActionOutcome.STALE,
    DeskProblem.NOT_ALLOWED: ActionOutcome.NOT_ALLOWED,
    DeskProblem.INVALID: ActionOutcome.INVALID,
    DeskProblem.NO_ALTERNATE: ActionOutcome.NO_ALTERNATE,
    DeskProblem.OFFICER_AVAILABLE: ActionOutcome.NOT_ALLOWED,
    DeskProblem.OFFICER_AWAY: ActionOutcome.NOT_ALLOWED,
    DeskProblem.CONFLICT: ActionOutcome.STALE,
}
_UNREGISTERED = frozenset({"recipient_not_on_register", "representative_number_missing"})


class ServiceActions:
    """What the writing parts of :class:`~console.desk.window_adapter.DeskService` share: the desk, the seat's
    session, and the one way an action answers."""

    desk: Desk
    _session: OperatorSession | None

    @property
    def _login(self) -> str:
        return require(self._session, Permission.WORK_CASES).login

    def _may(self, permission: Permission) -> bool:
        try:
            require(self._session, permission)
        except PermissionDenied as error:
            log.info("refused: %s", error)
            return False
        return True

    def _act(self, act: Callable[[], ActionResult], permission: Permission = Permission.WORK_CASES) -> ActionResult:
        """``act`` under ``permission``, its refusals as outcomes; what it committed is on the bus already."""
        try:
            require(self._session, permission)
            result = act()
        except PermissionDenied as error:
            log.info("refused: %s", error)
            return ActionResult(ActionOutcome.PERMISSION_DENIED)
        except DeskError as error:
            log.info("refused: %s", error)
            if error.problem is DeskProblem.MESSAGE_REFUSED:
                outcome = ActionOutcome.NOT_REGISTERED_NUMBER if error.code in _UNREGISTERED else ActionOutcome.FAILED
            else:
                outcome = _PROBLEMS.get(error.problem, ActionOutcome.FAILED)
            return ActionResult(outcome, problems=(error.code,) if error.code else ())
        except NotFoundError as error:
            log.info("refused: %s", error)
            return ActionResult(ActionOutcome.NOT_FOUND)
        except ConflictError as error:
            log.info("refused: %s", error)
            return ActionResult(ActionOutcome.INVALID, problems=("conflict",))
        except DatabaseUnavailableError as error:
            log.warning("not saved, the database is unavailable: %s", error)
            return ActionResult(ActionOutcome.UNAVAILABLE)
        except (StorageError, ValueError) as error:
            log.exception("action failed: %s", error)
            return ActionResult(ActionOutcome.FAILED)
        return result
