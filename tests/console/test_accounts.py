"""Sign-in, lock-out, rehash and account management, over a real database of each backend."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from console.accounts import LOCK_AFTER_FAILURES, AccountError, AccountProblem, Accounts, SignInProblem, it_session
from console.audit import verify_record
from console.clock import FakeClock
from console.domain import UserRole
from console.passwords import PasswordProblem, Passwords, password_problems
from console.permissions import PermissionDenied
from console.views import OperatorSession
from db.codes import SignInOutcome
from db.database import Database
from db.models import RosterChange, SignInEvent
from tests.db.factories import T0

IT = it_session("root")
GOOD = "Chai-at-eleven"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def accounts(database: Database, clock: FakeClock) -> Accounts:
    accounts = Accounts(database, clock, passwords=Passwords.cheap(), workstation="desk-2")
    accounts.create_first_admin(IT, "it.sharma", display_name="R. Sharma", password="Admin-password-1")
    accounts.add(IT, "asha", role=UserRole.OPERATOR, display_name="Asha Verma", password=GOOD)
    return accounts


def outcomes(database: Database) -> list[tuple[str, SignInOutcome]]:
    with database.reading() as work:
        return [(row.username, row.outcome) for row in work.session.scalars(select(SignInEvent).order_by(SignInEvent.id))]


def test_the_right_password_signs_in_as_the_person(accounts: Accounts, database: Database) -> None:
    result = accounts.sign_in(" Asha ", GOOD)
    assert result.session == OperatorSession("asha", "Asha Verma", UserRole.OPERATOR)
    assert outcomes(database) == [("asha", SignInOutcome.SIGNED_IN)]


def test_an_unknown_name_and_a_wrong_password_get_the_same_answer(accounts: Accounts) -> None:
    assert accounts.sign_in("nobody", GOOD).problem is SignInProblem.WRONG_NAME_OR_PASSWORD
    assert accounts.sign_in("asha", "wrong-password").problem is SignInProblem.WRONG_NAME_OR_PASSWORD


def test_repeated_failures_lock_the_account_for_a_while_and_the_record_says_so(
    accounts: Accounts, database: Database, clock: FakeClock
) -> None:
    for _ in range(LOCK_AFTER_FAILURES - 1):
        assert accounts.sign_in("asha", "wrong-password").problem is SignInProblem.WRONG_NAME_OR_PASSWORD
    locked = accounts.sign_in("asha", "wrong-password")
    assert locked.problem is SignInProblem.LOCKED and locked.locked_until == T0 + timedelta(minutes=15)
    assert accounts.sign_in("asha", GOOD).problem is SignInProblem.LOCKED  # even the right one, for now
    assert (("asha", SignInOutcome.LOCKED_OUT) in outcomes(database))
    clock.advance(timedelta(minutes=16))
    assert accounts.sign_in("asha", GOOD).session is not None
    assert verify_record(database).intact


def test_a_new_password_lifts_a_lock_out(accounts: Accounts) -> None:
    for _ in range(LOCK_AFTER_FAILURES):
        accounts.sign_in("asha", "wrong-password")
    accounts.set_password(IT, "asha", "Another-good-one")
    assert accounts.sign_in("asha", "Another-good-one").session is not None


def test_a_hash_with_old_parameters_is_replaced_at_sign_in(database: Database, clock: FakeClock) -> None:
    old = Accounts(database, clock, passwords=Passwords.cheap())
    old.create_first_admin(IT, "admin", display_name="Admin", password=GOOD)
    stronger = Passwords(PasswordHasher(time_cost=2, memory_cost=64, parallelism=1))
    with database.reading() as work:
        before = work.users.password_hash("admin")
    assert before is not None and stronger.needs_rehash(before)
    assert Accounts(database, clock, passwords=stronger).sign_in("admin", GOOD).session is not None
    with database.reading() as work:
        after = work.users.password_hash("admin")
    assert after is not None and after != before and not stronger.needs_rehash(after) and "t=2" in after


def test_a_disabled_account_cannot_sign_in_and_the_last_admin_stays(accounts: Accounts) -> None:
    accounts.disable(IT, "asha")
    assert accounts.sign_in("asha", GOOD).session is None
    with pytest.raises(AccountError) as refused:
        accounts.disable(IT, "it.sharma")
    assert refused.value.problem is AccountProblem.LAST_ADMIN


def test_bad_accounts_are_refused_with_a_reason(accounts: Accounts) -> None:
    cases = [
        (dict(login="asha", password=GOOD), AccountProblem.EXISTS),
        (dict(login="Bad Name!", password=GOOD), AccountProblem.BAD_LOGIN),
        (dict(login="ravi", password="short"), AccountProblem.WEAK_PASSWORD),
    ]
    for values, problem in cases:
        with pytest.raises(AccountError) as refused:
            accounts.add(IT, values["login"], role=UserRole.OPERATOR, display_name="X", password=values["password"])
        assert refused.value.problem is problem
    with pytest.raises(AccountError) as again:
        accounts.create_first_admin(IT, "second", display_name="Second", password=GOOD)
    assert again.value.problem is AccountProblem.HAS_USERS


def test_only_an_admin_manages_accounts_but_anyone_changes_their_own_password(accounts: Accounts) -> None:
    asha = accounts.sign_in("asha", GOOD).session
    assert asha is not None
    with pytest.raises(PermissionDenied):
        accounts.add(asha, "ravi", role=UserRole.ADMIN, display_name="Ravi", password=GOOD)
    with pytest.raises(PermissionDenied):
        accounts.set_password(asha, "it.sharma", "Taken-over-now")
    accounts.set_password(asha, "asha", "Asha-new-password")
    assert accounts.sign_in("asha", "Asha-new-password").session is not None


def test_an_empty_database_says_it_has_no_accounts(database: Database, clock: FakeClock) -> None:
    assert Accounts(database, clock, passwords=Passwords.cheap()).sign_in("x", GOOD).problem \
        is SignInProblem.NO_ACCOUNTS


@pytest.mark.parametrize(("password", "problem"), [
    ("short", PasswordProblem.TOO_SHORT), ("x" * 200, PasswordProblem.TOO_LONG),
    ("asha123456", None), ("Verma.Asha!", None), ("tab\there-long", PasswordProblem.CONTROL_CHARACTERS),
])
def test_the_password_rules(password: str, problem: PasswordProblem | None) -> None:
    found = password_problems(password, "asha.verma")
    assert (problem in found) if problem else not found
    assert PasswordProblem.SAME_AS_LOGIN in password_problems("asha.verma", "Asha.Verma")


def test_no_password_or_hash_reaches_the_log_or_the_record(accounts: Accounts, database: Database,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    for _ in range(LOCK_AFTER_FAILURES):
        accounts.sign_in("asha", "Wrong-secret-99")
    accounts.set_password(IT, "asha", "New-secret-777")
    accounts.sign_in("asha", "New-secret-777")
    with database.reading() as work:
        stored_hash = work.users.password_hash("asha")
        record = " ".join(str(row.__dict__) for row in work.session.scalars(select(RosterChange)))
        record += " ".join(str(row.__dict__) for row in work.session.scalars(select(SignInEvent)))
    assert stored_hash is not None and stored_hash.startswith("$argon2id$")
    for secret in ("Wrong-secret-99", "New-secret-777", GOOD, stored_hash):
        assert secret not in caplog.text and secret not in record
