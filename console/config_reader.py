"""Typed reading of parsed TOML with errors that name the file, the key and what is expected.

District configs and holiday files are edited by hand by district IT staff. A
mistake must stop the console at start with a line they can act on, e.g.
``hardoi.toml: thresholds.confirm_within_minutes: expected a positive number, got "ten"``,
and every mistake in the file is reported at once, not one per restart.

A :class:`Reader` hands out values of the asked type and, when a value is
wrong, records a :class:`Problem` and returns a harmless stand-in so reading can
go on; :meth:`Reader.raise_if_problems` ends the read. Entries of a list count
from 1 (``modems[1]`` is the first modem).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

MISSING: Any = object()

_ENVIRONMENT_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Problem:
    file: str  # the file's name as the user knows it, e.g. "hardoi.toml"
    key: str  # dotted path, e.g. "thresholds.act_after_minutes"; "" for the whole file
    message: str  # what is expected and what was found

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.message}" if self.key else f"{self.file}: {self.message}"


class ConfigError(ValueError):
    """A configuration or data file is broken; ``problems`` lists every finding."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def describe(value: object) -> str:
    """How a found value is quoted back to the user."""
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


def load_toml(path: Path, label: str | None = None) -> dict[str, Any]:
    """Parse a TOML file; a syntax error becomes a :class:`ConfigError` with the line number."""
    name = label or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([Problem(name, "", f"file not found: {path}")]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError([Problem(name, "", f"cannot read {path}: {error}")]) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError([Problem(name, "", f"invalid TOML: {error}")]) from None


class Reader:
    """One table of a parsed file, read key by key; unknown keys are reported at the end."""

    def __init__(
        self,
        data: Mapping[str, Any],
        *,
        origin: Callable[[str], str],
        problems: list[Problem] | None = None,
        path: str = "",
    ) -> None:
        self._data = data
        self._origin = origin
        self.problems: list[Problem] = [] if problems is None else problems
        self.path = path
        self._seen: set[str] = set()

    # -- paths and problems -------------------------------------------------
    def key_path(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def problem(self, key: str, message: str) -> None:
        path = self.key_path(key) if key else self.path
        self.problems.append(Problem(self._origin(path), path, message))

    def has(self, key: str) -> bool:
        return key in self._data

    def raise_if_problems(self) -> None:
        if self.problems:
            raise ConfigError(self.problems)

    def finish(self) -> None:
        """Report keys nobody asked for: they are typos or settings this version ignores."""
        for key in self._data:
            if key not in self._seen:
                expected = ", ".join(sorted(self._seen)) or "nothing here"
                self.problem(key, f"unknown key (known keys here: {expected})")

    def _take(self, key: str, default: Any) -> Any:
        self._seen.add(key)
        if key in self._data:
            return self._data[key]
        if default is MISSING:
            self.problem(key, "missing key")
        return MISSING

    # -- scalars ------------------------------------------------------------
    def string(self, key: str, default: Any = MISSING, *, allow_empty: bool = False) -> str:
        value = self._take(key, default)
        if value is MISSING:
            return "" if default is MISSING else str(default)
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            wanted = "a text" if allow_empty else "a non-empty text"
            self.problem(key, f"expected {wanted}, got {describe(value)}")
            return ""
        return value.strip()

    def choice(self, key: str, choices: Sequence[str], default: Any = MISSING) -> str:
        value = self.string(key, default, allow_empty="" in choices)
        if value and value not in choices:
            self.problem(key, f"expected one of {', '.join(choices)}, got {describe(value)}")
            return choices[0]
        return value or choices[0]

    def number(self, key: str, default: Any = MISSING, *, positive: bool = True) -> float:
        value = self._take(key, default)
        if value is MISSING:
            return 1.0 if default is MISSING else float(default)
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        if not ok or (positive and value <= 0) or (not positive and value < 0):
            wanted = "a positive number" if positive else "a number ≥ 0"
            self.problem(key, f"expected {wanted}, got {describe(value)}")
            return 1.0
        return float(value)

    def integer(self, key: str, default: Any = MISSING, *, minimum: int = 0) -> int:
        value = self._take(key, default)
        if value is MISSING:
            return minimum if default is MISSING else int(default)
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            self.problem(key, f"expected a whole number ≥ {minimum}, got {describe(value)}")
            return minimum
        return value

    def boolean(self, key: str, default: Any = MISSING) -> bool:
        value = self._take(key, default)
        if value is MISSING:
            return False if default is MISSING else bool(default)
        if not isinstance(value, bool):
            self.problem(key, f"expected true or false, got {describe(value)}")
            return False
        return value

    def day(self, key: str, default: Any = MISSING) -> date:
        """A TOML date literal (``2026-03-04``) or the same as text ``"2026-03-04"``."""
        value = self._take(key, default)
        if value is MISSING:
            return date(1970, 1, 1) if default is MISSING else default
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.problem(key, f"expected a date YYYY-MM-DD, got {describe(value)}")
        return date(1970, 1, 1)

    def environment_name(self, key: str) -> str | None:
        value = self.string(key, "")
        if value and not _ENVIRONMENT_NAME.match(value):
            self.problem(key, f"expected an environment variable name, got {describe(value)}")
            return None
        return value or None

    # -- collections --------------------------------------------------------
    def strings(self, key: str, default: Any = MISSING, *, allow_empty_list: bool = True) -> list[str]:
        value = self._take(key, default)
        if value is MISSING:
            return [] if default is MISSING else list(default)
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            self.problem(key, f"expected a list of texts, got {describe(value)}")
            return []
        if not value and not allow_empty_list:
            self.problem(key, "expected at least one entry, got an empty list")
        return [item.strip() for item in value]

    def table(self, key: str, default: Any = MISSING) -> Reader:
        value = self._take(key, default)
        if value is MISSING:
            value = {} if default is MISSING else default
        if not isinstance(value, Mapping):
            self.problem(key, f"expected a table, got {describe(value)}")
            # Its keys would all be "missing": one problem says it, so the stand-in reports into the void.
            return Reader({}, origin=self._origin, problems=[], path=self.key_path(key))
        return Reader(value, origin=self._origin, problems=self.problems, path=self.key_path(key))

    def tables(self, key: str, default: Any = MISSING) -> list[Reader]:
        value = self._take(key, default)
        if value is MISSING:
            return []
        if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
            self.problem(key, f"expected a list of tables ([[{self.key_path(key)}]]), got {describe(value)}")
            return []
        return [
            Reader(item, origin=self._origin, problems=self.problems, path=f"{self.key_path(key)}[{number}]")
            for number, item in enumerate(value, start=1)
        ]

    def keys(self) -> list[str]:
        return list(self._data)
