"""``samvad-setu db init``: the schema and the first admin, on an empty database (IT, once per center).

    createdb -h db-host -U postgres hardoi
    samvad-setu db init --database postgresql+psycopg://console@db-host/hardoi --admin it.sharma

Refuses a database that already has accounts (``user add`` adds more).
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from typing import Any

from console.accounts import AccountError, Accounts, it_session
from console.cli import CommandError
from console.cli.database_access import add_target_options, open_target
from console.cli.password_input import read_new_password
from console.clock import SystemClock
from console.passwords import describe_problem
from db.errors import DatabaseUnavailableError


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("db", help="set up a center's database")
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the schema and the first admin on an empty database")
    add_target_options(init)
    init.add_argument("--admin", required=True, metavar="NAME", help="the first admin's user name")
    init.add_argument("--name", metavar="DISPLAY NAME", help="the admin's name as shown (default: NAME)")
    init.add_argument("--password-stdin", action="store_true", help="read the password as one line from stdin")
    init.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    def init(accounts: Accounts, where: str) -> str:
        if accounts.has_users():
            raise CommandError(f"{where} already has accounts; add more with 'samvad-setu user add'")
        password = read_new_password(args.password_stdin)
        user = accounts.create_first_admin(it_session(login_name()), args.admin, display_name=args.name or args.admin,
                                           password=password)
        return (f"Initialised {where}: schema up to date, admin {user.username!r} created. "
                "Add operators with 'samvad-setu user add'.")

    return with_accounts(args, init, create=True)  # db init is what makes a new SQLite file


def with_accounts(args: argparse.Namespace, action: Callable[[Accounts, str], str], *, create: bool = False) -> int:
    """Run an account command on the target database; every refusal becomes one line and exit 1."""
    target, database = open_target(args, create=create)
    try:
        print(action(Accounts(database, SystemClock()), target.describe()))
    except AccountError as error:
        raise CommandError(account_error_line(error)) from None
    except DatabaseUnavailableError as error:
        raise CommandError(f"{target.describe()}: {error}") from None
    finally:
        database.dispose()
    return 0


def account_error_line(error: AccountError) -> str:
    if error.password_problems:
        return describe_problem(error.password_problems[0])
    return str(error)


def login_name() -> str:
    """Who runs the command, for the record (``it:<login>``)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
