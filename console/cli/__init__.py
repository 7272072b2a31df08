"""The ``samvad-setu`` command line (everything but the window itself).

Each sub-command lives in its own module exposing ``register(subparsers)``;
the module sets ``handler`` on its parser with ``set_defaults(handler=...)``.
The window is started by :mod:`ui.main`, which hands every other command here.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)

# Sub-command modules, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "console.cli.calendar_command",
    "console.cli.roster_command",
    "console.cli.demo_command",
    "console.cli.modem_command",
    "console.cli.dispatch_command",
    "console.cli.db_command",
    "console.cli.user_command",
    "console.cli.audit_command",
    "console.cli.export_command",
)

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A user-facing failure: printed without a traceback, exit code attached."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


WINDOW_OPTIONS = ("--demo", "--district", "--database", "--real-clock", "--self-check")


def add_window_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The operator window's options: one definition for ``--help`` here and for the window's own parser."""
    parser.add_argument("--demo", action="store_true",
                        help="the demo district with simulated modems and officers, on a training clock")
    parser.add_argument("--district", metavar="CODE", help="district code, e.g. hardoi (or SAMVAD_SETU_DISTRICT)")
    parser.add_argument("--database", metavar="URL",
                        help="database URL (default: the district config, then the embedded SQLite file)")
    parser.add_argument("--real-clock", action="store_true",
                        help="with --demo: run on the real time of day instead of the training clock")
    parser.add_argument("--self-check", action="store_true",
                        help="check Qt, fonts, translations, the district config and the database; print one line")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samvad-setu",
        description="Samvad Setu (संवाद सेतु): district Contact and Command Center console. "
                    "Without a COMMAND it opens the operator window.",
        usage="samvad-setu [--demo [--real-clock] | --district CODE [--database URL]]\n"
              "       samvad-setu [-v] COMMAND ...",
    )
    add_window_options(parser.add_argument_group("the operator window (no COMMAND)"))
    parser.add_argument("--verbose", "-v", action="store_true", help="log debug detail to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except CommandError as error:
        print(f"samvad-setu {args.command}: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
