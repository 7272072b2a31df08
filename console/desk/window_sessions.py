"""Signing in and out at a workstation, and telling the other desks which case is open here.

The seat holds one session at a time: the window's actions run under it, and a
new sign-in signs the last one out. Presence (who has a case open where) is a
courtesy to the other desks, never in the way of the work: a failure to record
it is logged, not raised.
"""

from __future__ import annotations

import logging

from console.accounts import AccountError, Accounts
from console.desk.desk import Desk
from console.sign_in import SignInProblem, SignInResult
from console.views import OperatorSession
from db.errors import DatabaseUnavailableError, StorageError

log = logging.getLogger(__name__)


class Sessions:
    """The sign-in and presence part of :class:`~console.desk.window_adapter.DeskService`."""

    desk: Desk
    accounts: Accounts
    workstation: str
    _session: OperatorSession | None
    _demo_logins: tuple[str, ...]

    # -- signing in ------------------------------------------------------------------------------

    def sign_in(self, login: str, password: str) -> SignInResult:
        try:
            result = self.accounts.sign_in(login, password)
        except DatabaseUnavailableError as error:
            log.warning("sign-in: %s", error)
            return SignInResult(None, SignInProblem.UNAVAILABLE)
        if result.session is not None:
            self._switch_to(result.session)
        return result

    def sign_out(self) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        try:
            with self.desk.database.unit_of_work() as work:
                work.presence.leave(None, workstation=self.workstation)
            self.accounts.sign_out(session)
        except StorageError as error:
            log.warning("sign-out of %s not recorded: %s", session.login, error)

    def demo_sessions(self) -> tuple[OperatorSession, ...]:
        if not self._demo_logins:
            return ()
        with self.desk.database.reading() as work:
            users = {user.username: user for user in work.users.list()}
        return tuple(OperatorSession(login, users[login].display_name, users[login].role)
                     for login in self._demo_logins if login in users and users[login].active)

    def sign_in_as(self, login: str) -> SignInResult:
        if login not in self._demo_logins:
            return SignInResult(None, SignInProblem.WRONG_NAME_OR_PASSWORD)
        try:
            session = self.accounts.trusted_session(login)
        except (AccountError, StorageError) as error:
            log.warning("demo sign-in as %s: %s", login, error)
            return SignInResult(None, SignInProblem.WRONG_NAME_OR_PASSWORD)
        self._switch_to(session)
        return SignInResult(session)

    def _switch_to(self, session: OperatorSession) -> None:
        if self._session is not None and self._session != session:
            self.sign_out()
        self._session = session

    # -- who has a case open ---------------------------------------------------------------------

    def case_opened(self, case_id: int) -> None:
        session = self._session
        if session is None:
            return
        try:
            with self.desk.database.unit_of_work() as work:
                work.presence.touch(case_id, workstation=self.workstation, login=session.login,
                                    display_name=session.display_name, at=self.desk.clock.now())
        except StorageError as error:  # only a courtesy to the other desks: never in the way of the work
            log.info("presence of case %d not recorded: %s", case_id, error)

    def case_left(self, case_id: int) -> None:
        try:
            with self.desk.database.unit_of_work() as work:
                work.presence.leave(case_id, workstation=self.workstation)
        except StorageError as error:
            log.info("presence of case %d not cleared: %s", case_id, error)
