"""What the window is told when someone signs in: the session, or why not (codes the window words)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from console.views import OperatorSession


class SignInProblem(str, Enum):
    WRONG_NAME_OR_PASSWORD = "wrong_name_or_password"  # also: unknown, disabled, or no password set
    LOCKED = "locked"  # too many wrong passwords: wait until ``locked_until``
    NO_ACCOUNTS = "no_accounts"  # the database has no users yet: IT runs ``samvad-setu db init``
    UNAVAILABLE = "unavailable"  # the database cannot be reached; try again


@dataclass(frozen=True)
class SignInResult:
    session: OperatorSession | None
    problem: SignInProblem | None = None
    locked_until: datetime | None = None
