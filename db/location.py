"""Which database a district's console opens, decided without SQLAlchemy (the first screen is read before it loads).

The first one given wins: ``--database URL``, the environment variable ``SAMVAD_SETU_DATABASE_URL``, the district
config's ``database_url``, else the embedded default, a SQLite file per district in the user data folder
(``platformdirs.user_data_dir("samvad-setu")/<district>.sqlite3``). :mod:`db.engine` parses the URL chosen here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "samvad-setu"
DATABASE_URL_ENV = "SAMVAD_SETU_DATABASE_URL"
DEFAULT_SOURCE = "default"

_DISTRICT_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_PLAIN_SQLITE = "sqlite:///"
_POSTGRESQL = ("postgresql+psycopg://", "postgresql://")
_LIBPQ = "postgresql://"


class DatabaseConfigError(ValueError):
    """The database URL or district name cannot be used; the message says which and why."""


def chosen_url(*, cli_url: str | None, config_url: str | None,
               environ: Mapping[str, str] | None = None) -> tuple[str | None, str]:
    """The URL given first and where it came from; ``(None, "default")`` when none is: the district's own file."""
    environment = os.environ if environ is None else environ
    for value, source in ((cli_url, "--database"), (environment.get(DATABASE_URL_ENV), DATABASE_URL_ENV),
                          (config_url, "district config")):
        if value:
            return value, source
    return None, DEFAULT_SOURCE


def default_sqlite_path(district: str, data_dir: Path | None = None) -> Path:
    if not _DISTRICT_CODE.match(district):
        raise DatabaseConfigError(f"district {district!r}: use lower-case letters, digits, '-' or '_'")
    folder = data_dir if data_dir is not None else Path(user_data_dir(APP_NAME, appauthor=False))
    return folder / f"{district}.sqlite3"


def first_screen_source(district: str, *, cli_url: str | None, config_url: str | None,
                        environ: Mapping[str, str] | None = None) -> Path | str | None:
    """Where the first screen is read before SQLAlchemy loads (:mod:`db.first_screen`): the SQLite file, when the
    choice is the default file or a plain ``sqlite:///path``; PostgreSQL's URL as libpq takes it; None for anything
    else (a SQLite URL with options), left to :mod:`db.engine`."""
    value, _source = chosen_url(cli_url=cli_url, config_url=config_url, environ=environ)
    if value is None:
        return default_sqlite_path(district)
    for scheme in _POSTGRESQL:
        if value.startswith(scheme):
            return _LIBPQ + value[len(scheme):]
    if not value.startswith(_PLAIN_SQLITE) or "?" in value:
        return None
    path = value[len(_PLAIN_SQLITE):]
    return Path(path) if path and path != ":memory:" else None
