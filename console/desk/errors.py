"""Why the desk refused an action, as a code the window words and the command line prints."""

from __future__ import annotations

from enum import Enum


class DeskProblem(str, Enum):
    NOT_FOUND = "not_found"  # no such case, officer, representative or outbox row
    STALE = "stale"  # the case changed since it was read: re-read and decide again
    NOT_ALLOWED = "not_allowed"  # the lifecycle refuses the action in the case's state or at this time
    INVALID = "invalid"  # a field of the action is wrong (a reason missing, a time in the future)
    MESSAGE_REFUSED = "message_refused"  # the SMS could not be composed: center number, register, length
    NO_ALTERNATE = "no_alternate"  # the officer is away and nobody on duty can be named
    OFFICER_AVAILABLE = "officer_available"  # a redirect was asked for an officer on duty
    OFFICER_AWAY = "officer_away"  # an instruction was asked for an officer on leave or in training: redirect
    CONFLICT = "conflict"  # storage refused the write (an outbox row not in the state the action needs)


class DeskError(Exception):
    def __init__(self, problem: DeskProblem, detail: str, *, code: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail
        self.code = code  # a finer code where there is one, e.g. a MessageProblem or a CommandProblem
