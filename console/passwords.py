"""Passwords: argon2id hashes (argon2-cffi's recommended parameters), the length rule, rehash on change.

Only hashes are stored, never a password; nothing here logs one. The default
parameters are argon2-cffi's (RFC 9106's low-memory profile: 64 MiB, 3 passes);
when a later release raises them, a hash made with the old ones is replaced at
the next successful sign-in (:meth:`Passwords.needs_rehash`). Tests inject a
cheap profile, since the recommended one takes most of a second per hash.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.profiles import CHEAPEST

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 128  # argon2 takes any length; a bound keeps a pasted book from costing a minute


class PasswordProblem(str, Enum):
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    SAME_AS_LOGIN = "same_as_login"
    CONTROL_CHARACTERS = "control_characters"  # a stray Tab or newline from a script's echo


def password_problems(password: str, login: str = "") -> tuple[PasswordProblem, ...]:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(PasswordProblem.TOO_SHORT)
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(PasswordProblem.TOO_LONG)
    if login and password.strip().casefold() == login.strip().casefold():
        problems.append(PasswordProblem.SAME_AS_LOGIN)
    if any(unicodedata.category(character) == "Cc" for character in password):
        problems.append(PasswordProblem.CONTROL_CHARACTERS)
    return tuple(problems)


def describe_problem(problem: PasswordProblem) -> str:
    """One English line for the command line (the window words the codes itself)."""
    return {
        PasswordProblem.TOO_SHORT: f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
        PasswordProblem.TOO_LONG: f"a password may have at most {MAX_PASSWORD_LENGTH} characters",
        PasswordProblem.SAME_AS_LOGIN: "the password must not be the user name",
        PasswordProblem.CONTROL_CHARACTERS: "the password contains a control character (a tab or a line break?)",
    }[problem]


class Passwords:
    """Hash and check passwords; argon2-cffi's recommended argon2id parameters unless told otherwise."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher()

    @classmethod
    def cheap(cls) -> Passwords:
        """For tests only: the weakest parameters argon2 allows (still argon2id)."""
        return cls(PasswordHasher.from_parameters(CHEAPEST))

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(password_hash)
        except InvalidHashError:
            return True
