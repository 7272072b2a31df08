"""Accounts and sign-in: who works at a workstation, as a use case over storage.

Sign-in checks the argon2id hash (:mod:`console.passwords`) outside any
transaction, then counts the outcome in one: five wrong passwords in a row lock
the account for fifteen minutes, and the lock-out is written to the sign-in
record (chained like every other entry). An unknown name and a wrong password
get the same answer and cost the same time, so the dialog tells nobody which
names exist. Managing accounts needs :data:`Permission.MANAGE_ACCOUNTS`; the
command line acts as IT (:func:`it_session`): whoever holds the database's URL
can change any row anyway, so the command line is not where the line is drawn;
the record (who, when, chained) is.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from enum import Enum

from console.clock import Clock
from console.domain import UserRole
from console.passwords import PasswordProblem, Passwords, password_problems
from console.permissions import Permission, require
from console.sign_in import SignInProblem, SignInResult
from console.views import OperatorSession
from db.codes import SignInOutcome
from db.database import Database
from db.errors import ConflictError, NotFoundError
from db.repositories.users import UserRecord

log = logging.getLogger(__name__)

LOCK_AFTER_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


class AccountProblem(str, Enum):
    EXISTS = "exists"
    UNKNOWN_USER = "unknown_user"
    BAD_LOGIN = "bad_login"  # 2-40 of a-z 0-9 . _ -, starting with a letter or digit
    NAME_REQUIRED = "name_required"
    WEAK_PASSWORD = "weak_password"
    LAST_ADMIN = "last_admin"  # disabling it would leave nobody to manage accounts
    HAS_USERS = "has_users"  # db init on a database that already has accounts


class AccountError(Exception):
    def __init__(self, problem: AccountProblem, detail: str,
                 password_problems: tuple[PasswordProblem, ...] = ()) -> None:
        super().__init__(detail)
        self.problem = problem
        self.password_problems = password_problems


def it_session(login: str) -> OperatorSession:
    """The command line's actor: IT at a machine that holds the database URL, recorded as ``it:<login>``."""
    return OperatorSession(f"it:{login}", f"IT ({login})", UserRole.ADMIN)


class Accounts:
    def __init__(self, database: Database, clock: Clock, *, passwords: Passwords | None = None,
                 workstation: str = "") -> None:
        self._database = database
        self._clock = clock
        self._passwords = passwords or Passwords()
        self._workstation = workstation
        self._dummy_hash: str | None = None

    # -- signing in ------------------------------------------------------------------------------

    def exists(self, login: str) -> bool:
        with self._database.reading() as work:
            return work.users.get(login.strip().lower()) is not None

    def has_users(self) -> bool:
        with self._database.reading() as work:
            return work.users.count() > 0

    def sign_in(self, login: str, password: str) -> SignInResult:
        login = login.strip().lower()
        with self._database.reading() as work:
            if work.users.count() == 0:
                return SignInResult(None, SignInProblem.NO_ACCOUNTS)
            user = work.users.get(login)
            stored_hash = work.users.password_hash(login) if user is not None else None
        now = self._clock.now()
        if user is not None and user.locked_until is not None and user.locked_until > now:
            self._record(login, SignInOutcome.REFUSED, SignInProblem.LOCKED.value)
            return SignInResult(None, SignInProblem.LOCKED, user.locked_until)
        usable = user is not None and user.active and stored_hash is not None
        matches = self._passwords.verify(stored_hash if usable and stored_hash else self._dummy(), password)
        if not (usable and matches and user is not None):
            return self._refuse(login, known=user is not None)
        new_hash = self._passwords.hash(password) if self._passwords.needs_rehash(str(stored_hash)) else None
        with self._database.unit_of_work() as work:
            work.users.clear_failures(login)
            if new_hash is not None:
                work.users.set_password_hash(login, new_hash, actor=login, at=now)
            work.users.record_sign_in(login, SignInOutcome.SIGNED_IN, at=now, workstation=self._workstation)
        log.info("%s signed in at %s", login, self._workstation or "this workstation")
        return SignInResult(OperatorSession(user.username, user.display_name, user.role))

    def sign_out(self, session: OperatorSession) -> None:
        self._record(session.login, SignInOutcome.SIGNED_OUT)

    def trusted_session(self, login: str) -> OperatorSession:
        """Sign in without a password: only the demo does this (its people are synthetic, and it says so)."""
        with self._database.reading() as work:
            user = work.users.get(login)
        if user is None or not user.active:
            raise AccountError(AccountProblem.UNKNOWN_USER, f"no active user {login!r}")
        self._record(login, SignInOutcome.SIGNED_IN, "demo")
        return OperatorSession(user.username, user.display_name, user.role)

    def _refuse(self, login: str, *, known: bool) -> SignInResult:
        now = self._clock.now()
        with self._database.unit_of_work() as work:
            if not known:
                work.users.record_sign_in(login, SignInOutcome.REFUSED, at=now, workstation=self._workstation,
                                          detail=SignInProblem.WRONG_NAME_OR_PASSWORD.value)
                return SignInResult(None, SignInProblem.WRONG_NAME_OR_PASSWORD)
            failure = work.users.count_failure(login, at=now, lock_after=LOCK_AFTER_FAILURES, lock_for=LOCK_FOR)
            locked = failure.locked_until is not None and failure.locked_until > now
            outcome = SignInOutcome.LOCKED_OUT if locked else SignInOutcome.REFUSED
            detail = f"{failure.failures} wrong in a row" + (f"; locked until {failure.locked_until:%H:%M} UTC"
                                                            if locked and failure.locked_until else "")
            work.users.record_sign_in(login, outcome, at=now, workstation=self._workstation, detail=detail)
        if locked:
            log.warning("account %s locked after %d wrong passwords", login, LOCK_AFTER_FAILURES)
            return SignInResult(None, SignInProblem.LOCKED, failure.locked_until)
        return SignInResult(None, SignInProblem.WRONG_NAME_OR_PASSWORD)

    def _record(self, login: str, outcome: SignInOutcome, detail: str = "") -> None:
        with self._database.unit_of_work() as work:
            work.users.record_sign_in(login, outcome, at=self._clock.now(), workstation=self._workstation,
                                      detail=detail)

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = self._passwords.hash("not a password of anybody")
        return self._dummy_hash

    # -- managing accounts -----------------------------------------------------------------------

    def create_first_admin(self, by: OperatorSession, login: str, *, display_name: str, password: str) -> UserRecord:
        """``db init``: the first account, an admin; refused once the database has any account."""
        require(by, Permission.MANAGE_ACCOUNTS)
        if self.has_users():
            raise AccountError(AccountProblem.HAS_USERS, "the database already has accounts; "
                                                         "use 'samvad-setu user add' to add more")
        return self.add(by, login, role=UserRole.ADMIN, display_name=display_name, password=password)

    def add(self, by: OperatorSession, login: str, *, role: UserRole, display_name: str, password: str) -> UserRecord:
        require(by, Permission.MANAGE_ACCOUNTS)
        login = login.strip().lower()
        if not _LOGIN.match(login):
            raise AccountError(AccountProblem.BAD_LOGIN, f"user name {login!r}: use 2 to 40 of a-z, 0-9, '.', '_' "
                                                         "or '-', starting with a letter or digit")
        if not display_name.strip():
            raise AccountError(AccountProblem.NAME_REQUIRED, "give the person's name (--name \"...\")")
        password_hash = self._checked_hash(login, password)
        try:
            with self._database.unit_of_work() as work:
                return work.users.add(login, display_name=display_name.strip(), role=role, actor=by.login,
                                      at=self._clock.now(), password_hash=password_hash)
        except ConflictError:
            raise AccountError(AccountProblem.EXISTS, f"user {login!r} already exists") from None

    def set_password(self, by: OperatorSession, login: str, password: str) -> None:
        login = login.strip().lower()
        if by.login != login:
            require(by, Permission.MANAGE_ACCOUNTS)
        password_hash = self._checked_hash(login, password)
        try:
            with self._database.unit_of_work() as work:
                work.users.set_password_hash(login, password_hash, actor=by.login, at=self._clock.now())
                work.users.clear_failures(login)
        except NotFoundError:
            raise AccountError(AccountProblem.UNKNOWN_USER, f"no user {login!r}") from None

    def disable(self, by: OperatorSession, login: str) -> UserRecord:
        require(by, Permission.MANAGE_ACCOUNTS)
        login = login.strip().lower()
        with self._database.unit_of_work() as work:
            user = work.users.get(login)
            if user is None:
                raise AccountError(AccountProblem.UNKNOWN_USER, f"no user {login!r}")
            admins = [u for u in work.users.list() if u.active and u.role is UserRole.ADMIN]
            if user.role is UserRole.ADMIN and user.active and len(admins) == 1:
                raise AccountError(AccountProblem.LAST_ADMIN, f"{login} is the last active admin: add another first")
            return work.users.update(login, actor=by.login, at=self._clock.now(), active=False)

    def list(self, by: OperatorSession) -> list[UserRecord]:
        require(by, Permission.MANAGE_ACCOUNTS)
        with self._database.reading() as work:
            return work.users.list()

    def _checked_hash(self, login: str, password: str) -> str:
        problems = password_problems(password, login)
        if problems:
            raise AccountError(AccountProblem.WEAK_PASSWORD, problems[0].value, problems)
        return self._passwords.hash(password)
