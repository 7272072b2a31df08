"""Storage codes that ``console.domain`` does not (yet) define.

Stored as their lower-case values, like the domain's codes; the console maps
them to its own view types.
"""

from __future__ import annotations

from enum import Enum


class CalendarOverrideKind(str, Enum):
    LOCAL_HOLIDAY = "local_holiday"  # a district holiday on an otherwise working day
    WORKING_DAY = "working_day"  # a compensatory working day on an otherwise closed day


class IncomingChannel(str, Enum):
    """How something came in, as stored; the window tells a missed call from a caller (console.views.IncomingKind)."""

    SMS = "sms"
    CALL = "call"  # a missed or answered call from a number to a center modem


class RosterEntity(str, Enum):
    OFFICER = "officer"
    REPRESENTATIVE = "representative"
    AVAILABILITY = "availability"
    CALENDAR = "calendar"
    USER = "user"


class RosterAction(str, Enum):
    CREATED = "created"
    UPDATED = "updated"
    DEACTIVATED = "deactivated"
    DELETED = "deleted"


class SignInOutcome(str, Enum):
    """What became of an attempt to sign in, or of a session (the sign-in record)."""

    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    REFUSED = "refused"  # wrong password, unknown or disabled account, or locked
    LOCKED_OUT = "locked_out"  # this failure locked the account for a while
