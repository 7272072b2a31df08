"""The installation's own check, without the window: the district's configuration and its database.

``samvad-setu --self-check`` (run by IT on a new workstation) calls this after
Qt, the fonts and the translations were found. The database is opened and its
schema compared with this release, but nothing is written: a SQLite file that
does not exist yet is not created (the first start creates it), a database
behind this release is not migrated (the first start migrates it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from console.config import DistrictConfig, load_district_config
from console.config_machine import machine_district
from console.config_reader import ConfigError
from db.engine import DatabaseConfigError, DatabaseTarget, create_database_engine, resolve_database_target
from db.migrate import SchemaTooNewError, current_revision, head_revision, is_up_to_date

DISTRICT_VARIABLE = "SAMVAD_SETU_DISTRICT"


class InstallationError(RuntimeError):
    """One line saying what is missing or broken and where."""


@dataclass(frozen=True)
class InstallationReport:
    config: DistrictConfig
    database: DatabaseTarget
    schema: str  # e.g. "schema current (0002_roster_codes)", "new file, created at first start"

    def describe(self) -> str:
        return (f"district {self.config.code} ({self.config.name_en}) from {' + '.join(self.config.sources)}; "
                f"database {self.database.describe()}, {self.schema}")


def chosen_district(district: str | None) -> str:
    """``--district``, else ``SAMVAD_SETU_DISTRICT``, else the district this machine was installed for."""
    chosen = district or os.environ.get(DISTRICT_VARIABLE) or machine_district()
    if not chosen:
        raise InstallationError(f"no district: give --district CODE, set {DISTRICT_VARIABLE}, "
                                "or install with DISTRICT_CODE=...")
    return chosen


def check_installation(district: str | None, database_url: str | None) -> InstallationReport:
    code = chosen_district(district)
    try:
        config = load_district_config(code)
    except ConfigError as error:
        raise InstallationError("district config: " + "; ".join(str(problem) for problem in error.problems)) from None
    try:
        target = resolve_database_target(district=code, cli_url=database_url, config_url=config.database_url or None)
    except DatabaseConfigError as error:
        raise InstallationError(f"database: {error}") from None
    return InstallationReport(config, target, _schema_state(target))


def _schema_state(target: DatabaseTarget) -> str:
    if target.is_sqlite:
        path = Path(str(target.url.database))
        if not path.exists():
            folder = next(parent for parent in path.parents if parent.exists())
            if not os.access(folder, os.W_OK):
                raise InstallationError(f"database: cannot create {path}: {folder} is not writable")
            return "new file, created at first start"
    engine = create_database_engine(target.url)
    try:
        if is_up_to_date(engine):
            return f"schema current ({head_revision()})"
        current = current_revision(engine)
        start = f"at {current}" if current else "empty"
        return f"schema {start}, migrated to {head_revision()} at first start"
    except SchemaTooNewError as error:
        raise InstallationError(f"database: {error}") from None
    except SQLAlchemyError as error:
        first_line = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise InstallationError(f"database {target.describe()}: cannot open: {first_line}") from None
    finally:
        engine.dispose()
