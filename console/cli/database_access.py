"""``--district`` and ``--database`` for commands that work on a district's database.

The URL is resolved as everywhere else (``--database``, then the environment,
then the district config, then the embedded SQLite file), and every way it can
fail becomes one readable line instead of a traceback.
"""

from __future__ import annotations

import argparse

from console.cli import CommandError
from console.config import available_districts, load_district_config
from console.config_reader import ConfigError
from db.database import Database
from db.engine import DatabaseConfigError, DatabaseTarget, resolve_database_target
from db.errors import DatabaseMissingError, DatabaseReadOnlyError, DatabaseUnavailableError
from db.migrate import SchemaTooNewError

DEFAULT_DISTRICT = "hardoi"


def add_database_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--district", help=f"district code (default: {DEFAULT_DISTRICT})")
    parser.add_argument(
        "--database", metavar="URL",
        help="database URL (sqlite:///path or postgresql://...); default: the district's configured database",
    )


def district_target(args: argparse.Namespace) -> DatabaseTarget:
    code = args.district or DEFAULT_DISTRICT
    if code not in available_districts():
        raise CommandError(f"unknown district {code!r}; known: {', '.join(available_districts())}")
    try:
        config = load_district_config(code)
        return resolve_database_target(district=code, cli_url=args.database, config_url=config.database_url)
    except ConfigError as error:
        raise CommandError(f"broken configuration:\n{error}") from None
    except DatabaseConfigError as error:
        raise CommandError(str(error)) from None


def open_database(target: DatabaseTarget, *, create: bool = False) -> Database:
    """Connect and migrate; the failures an IT person can act on become a :class:`CommandError`.

    A missing SQLite file is refused unless ``create`` (``db init``, ``demo create``): a mistyped path must not
    become an empty district that imports, exports and dispatches as if it were the real one.
    """
    try:
        return Database.open(target, create=create)
    except DatabaseMissingError as error:
        raise CommandError(str(error)) from None
    except (DatabaseUnavailableError, DatabaseReadOnlyError, SchemaTooNewError, DatabaseConfigError) as error:
        raise CommandError(f"{target.describe()}: {error}") from None


def add_target_options(parser: argparse.ArgumentParser) -> None:
    """``--demo | --district CODE | --database URL``: the demo's database, or a district's as configured."""
    parser.add_argument("--demo", action="store_true", help="the demo district's database")
    add_database_options(parser)


def resolve_target(args: argparse.Namespace) -> DatabaseTarget:
    if getattr(args, "demo", False):
        if args.district or args.database:
            raise CommandError("--demo names the demo's own database: leave out --district and --database")
        from console.demo.seed import demo_database_target

        return demo_database_target()
    return district_target(args)


def open_target(args: argparse.Namespace, *, create: bool = False) -> tuple[DatabaseTarget, Database]:
    target = resolve_target(args)
    return target, open_database(target, create=create)
