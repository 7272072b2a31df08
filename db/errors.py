"""What storage tells its callers when it says no. Each message names what and why."""

from __future__ import annotations


class StorageError(Exception):
    """Base of every error the repositories raise on purpose."""


class DatabaseUnavailableError(StorageError):
    """The database could not be reached or dropped the connection; the transaction did not commit.

    Nothing was half-written: the unit of work rolled back (or never reached the
    server). Whether a commit in flight when the connection dropped landed is
    unknowable; the caller re-reads before repeating the action.
    """


class DatabaseMissingError(StorageError):
    """No database at the path: only ``db init``, ``demo create`` and a district's first start create one."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"no database at {path}: nothing was created. Check the path; a new district database is made with "
            "'samvad-setu db init' (or by the console's first start on the district)"
        )
        self.path = path


class DatabaseReadOnlyError(StorageError):
    """The SQLite file (or its folder) cannot be written by this user; nothing can be recorded."""


class DatabaseFileChangedError(StorageError):
    """The SQLite file was deleted or replaced while this process had it open.

    Going on would write to a file nobody else sees (or read another district's),
    so the work stops instead; restart once the right file is back in place.
    """


class NotFoundError(StorageError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key!r} does not exist")
        self.what = what
        self.key = key


class StaleCaseError(StorageError):
    """Someone changed the escalation since it was read (optimistic lock); re-read and decide again."""

    def __init__(self, escalation_id: int, expected_version: int, actual_version: int | None) -> None:
        super().__init__(
            f"escalation {escalation_id} changed since it was read "
            f"(read version {expected_version}, now {actual_version})"
        )
        self.escalation_id = escalation_id
        self.expected_version = expected_version
        self.actual_version = actual_version


class OpenCaseExistsError(StorageError):
    """One open case per representative and officer: this pair already has one."""

    def __init__(self, representative_id: int, officer_id: int, escalation_id: int | None) -> None:
        super().__init__(
            f"representative {representative_id} and officer {officer_id} already have "
            f"open escalation {escalation_id}"
        )
        self.representative_id = representative_id
        self.officer_id = officer_id
        self.escalation_id = escalation_id


class AppendOnlyError(StorageError):
    """An attempt to change or remove a row of the record (timeline or audit)."""


class ConflictError(StorageError):
    """A write contradicts a row already stored (duplicate key, overlapping period...); nothing was written."""
