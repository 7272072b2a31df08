"""``samvad-setu user add|passwd|disable|list``: the center's accounts, for IT.

    samvad-setu user add asha --role operator --name "Asha Verma" --district hardoi
    echo "$PASSWORD" | samvad-setu user passwd asha --password-stdin --district hardoi

Each acts as IT (``it:<your login>`` in the record); a refusal is one line and exit 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from console.accounts import Accounts, it_session
from console.cli import CommandError
from console.cli.database_access import add_target_options
from console.cli.db_command import login_name, with_accounts
from console.cli.password_input import read_new_password
from console.domain import UserRole
from console.views import OperatorSession

ROLES = tuple(role.value for role in UserRole)


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("user", help="add operators, set passwords, disable")
    actions = parser.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an account")
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", required=True, help=f"one of {', '.join(ROLES)}")
    add.add_argument("--name", required=True, metavar="DISPLAY NAME", help="the person's name as shown")
    add.add_argument("--password-stdin", action="store_true", help="read the password as one line from stdin")
    add.set_defaults(handler=run_add)
    passwd = actions.add_parser("passwd", help="set an account's password (also lifts a lock-out)")
    passwd.add_argument("username", metavar="NAME")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password as one line from stdin")
    passwd.set_defaults(handler=run_passwd)
    disable = actions.add_parser("disable", help="disable an account (it stays in the record)")
    disable.add_argument("username", metavar="NAME")
    disable.set_defaults(handler=run_disable)
    listing = actions.add_parser("list", help="list the accounts")
    listing.set_defaults(handler=run_list)
    for action in (add, passwd, disable, listing):
        add_target_options(action)


def run_add(args: argparse.Namespace) -> int:
    if args.role not in ROLES:
        raise CommandError(f"unknown role {args.role!r}; use one of {', '.join(ROLES)}")

    def add(accounts: Accounts, _where: str) -> str:
        password = read_new_password(args.password_stdin)
        user = accounts.add(_it(), args.username, role=UserRole(args.role), display_name=args.name,
                            password=password)
        return f"Added {user.role.value} {user.username!r} ({user.display_name})."

    return with_accounts(args, add)


def run_passwd(args: argparse.Namespace) -> int:
    def passwd(accounts: Accounts, _where: str) -> str:
        if not accounts.exists(args.username):
            raise CommandError(f"no user {args.username!r}")
        accounts.set_password(_it(), args.username, read_new_password(args.password_stdin))
        return f"Password of {args.username!r} set; any lock-out is lifted."

    return with_accounts(args, passwd)


def run_disable(args: argparse.Namespace) -> int:
    def disable(accounts: Accounts, _where: str) -> str:
        user = accounts.disable(_it(), args.username)
        return f"Disabled {user.username!r}; the account stays in the record and can no longer sign in."

    return with_accounts(args, disable)


def run_list(args: argparse.Namespace) -> int:
    def listing(accounts: Accounts, _where: str) -> str:
        users = accounts.list(_it())
        if not users:
            return "No accounts yet: 'samvad-setu db init --admin NAME' creates the first admin."
        lines = [f"{'NAME':<24} {'ROLE':<11} {'STATE':<9} DISPLAY NAME"]
        for user in users:
            state = "active" if user.active else "disabled"
            if user.active and user.locked_until is not None:
                state = "locked"
            if user.active and not user.has_password:
                state = "no pass"
            lines.append(f"{user.username:<24} {user.role.value:<11} {state:<9} {user.display_name}")
        return "\n".join(lines)

    return with_accounts(args, listing)


def _it() -> OperatorSession:
    return it_session(login_name())
