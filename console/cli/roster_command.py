"""``samvad-setu roster import|export|template``: the district's officer list and leave orders in Excel.

District IT staff run ``roster template blank.xlsx`` once, fill it in, and
``roster import filled.xlsx`` (``--dry-run`` first shows what would change).
A refused file prints one line per problem (sheet, row, column, reason) and
changes nothing. ``roster export current.xlsx`` writes the same layout back.
A file is checked before any database is opened; an import that would mark
over a quarter of the serving officers or representatives inactive, or remove
every current leave and training, needs ``--replace-all``.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
import getpass
import sys
from pathlib import Path
from typing import Any

from console.accounts import it_session
from console.cli import CommandError
from console.cli.database_access import add_database_options, district_target, open_database
from console.clock import SystemClock
from console.views import OperatorSession
from console.roster.model import RosterProblem
from console.roster.import_export import (
    RosterImportResult,
    check_roster_file,
    copy_template,
    export_roster,
    import_roster,
)
from db.errors import DatabaseUnavailableError
from db.repositories.roster import RosterCounts

PROGRESS_EVERY = 1000


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "roster", help="import or export the officer roster and leave orders (Excel)"
    )
    actions = parser.add_subparsers(dest="roster_action", metavar="ACTION", required=True)
    importing = actions.add_parser("import", help="check a roster workbook and import all of it, or nothing")
    importing.add_argument("file", type=Path, metavar="FILE.xlsx")
    add_database_options(importing)
    importing.add_argument("--dry-run", action="store_true", help="check and count the changes, write nothing")
    importing.add_argument(
        "--replace-all", action="store_true",
        help="the file is the whole new list: let it mark over a quarter of the officers or representatives "
             "inactive, or remove every current leave (officers with open cases are never taken off)",
    )
    importing.add_argument("--actor", help="who makes the change, for the audit (default: your login name)")
    importing.set_defaults(handler=run_import)
    exporting = actions.add_parser("export", help="write the stored roster in the import layout")
    exporting.add_argument("file", type=Path, metavar="FILE.xlsx")
    add_database_options(exporting)
    exporting.set_defaults(handler=run_export)
    template = actions.add_parser("template", help="write the blank roster template, with a Help sheet")
    template.add_argument("file", type=Path, metavar="FILE.xlsx")
    template.set_defaults(handler=run_template)


def run_import(args: argparse.Namespace) -> int:
    actor = args.actor or _login_name()
    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such file")
    target = district_target(args)
    reading = check_roster_file(args.file, _TerminalProgress.when_interactive())
    if not reading.ok:  # before the database: a bad or empty file opens (and creates) nothing
        _refuse(args.file, reading.problems)
    database = open_database(target)
    try:
        result = import_roster(database, args.file, clock=SystemClock(), session=_session(actor), dry_run=args.dry_run,
                               replace_all=args.replace_all, reading=reading)
    except DatabaseUnavailableError as error:
        raise CommandError(f"{target.describe()}: {error}; nothing was imported") from None
    finally:
        database.dispose()
    if not result.ok:
        _refuse(args.file, result.problems)
    _print_summary(result, args.file, target.describe(), actor)
    return 0


def _refuse(file: Path, problems: tuple[RosterProblem, ...]) -> None:
    for problem in problems:
        print(problem)
    raise CommandError(f"{file.name} refused: {_count(len(problems), 'problem')}; nothing was imported")


def run_export(args: argparse.Namespace) -> int:
    target = district_target(args)
    database = open_database(target)
    try:
        result = export_roster(database, args.file, clock=SystemClock(), session=it_session(_login_name()))
    except DatabaseUnavailableError as error:
        raise CommandError(f"{target.describe()}: {error}") from None
    except OSError as error:
        raise CommandError(f"{args.file}: cannot write ({error.strerror or error})") from None
    finally:
        database.dispose()
    print(f"Exported {_count(result.officers, 'officer')}, {_count(result.representatives, 'representative')} "
          f"and {_count(result.periods, 'current or coming period')} from {target.describe()} to {args.file}")
    return 0


def run_template(args: argparse.Namespace) -> int:
    try:
        copy_template(args.file)
    except OSError as error:
        raise CommandError(f"{args.file}: cannot write ({error.strerror or error})") from None
    print(f"Wrote the blank roster template to {args.file}; its Help sheet explains every column")
    return 0


def _session(actor: str) -> OperatorSession:
    """The command line acts as IT (see console.accounts); the audit names whom ``--actor`` says."""
    return replace(it_session(actor), login=actor)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise CommandError("cannot tell who you are for the audit: pass --actor NAME") from None


def _print_summary(result: RosterImportResult, file: Path, database: str, actor: str) -> None:
    assert result.applied is not None
    if result.dry_run:
        print(f"Dry run: {file.name} is good; importing it into {database} would change:")
    else:
        print(f"Imported {file.name} into {database} as {actor}:")
    applied = result.applied
    print(f"  officers:         {_describe(applied.officers)}")
    print(f"  representatives:  {_describe(applied.representatives)}")
    print(f"  availability:     {_describe(applied.periods)}")
    if result.dry_run:
        print("Nothing was written.")


def _describe(counts: RosterCounts) -> str:
    parts = [f"{counts.created:,} created", f"{counts.updated:,} updated", f"{counts.unchanged:,} unchanged"]
    if counts.deactivated:
        parts.append(f"{counts.deactivated:,} marked inactive")
    if counts.deleted:
        parts.append(f"{counts.deleted:,} removed")
    return ", ".join(parts)


def _count(number: int, word: str) -> str:
    return f"{number:,} {word}" + ("" if number == 1 else "s")


class _TerminalProgress:
    """A line per thousand rows on an interactive terminal; silent when piped or in a script."""

    def __init__(self) -> None:
        self._next = PROGRESS_EVERY

    @classmethod
    def when_interactive(cls) -> _TerminalProgress | None:
        return cls() if sys.stderr.isatty() else None

    def __call__(self, done: int, expected: int) -> None:
        if done >= self._next:
            suffix = f" of about {expected:,}" if expected > done else ""
            print(f"  read {done:,} rows{suffix}…", file=sys.stderr, flush=True)
            self._next = (done // PROGRESS_EVERY + 1) * PROGRESS_EVERY
