"""Entry point of ``samvad-setu``.

With no command (or only the window's options ``--demo``, ``--district``,
``--database``, ``--real-clock``) it opens the operator window; any other command is handed to
:mod:`console.cli`, so a headless machine never loads Qt.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from console.cli import WINDOW_OPTIONS, add_window_options


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samvad-setu", description="Samvad Setu operator console",
                                     epilog="samvad-setu --help lists the commands as well")
    add_window_options(parser)
    return parser


def is_window_start(args: Sequence[str]) -> bool:
    """No arguments, or the window's own options first (commands begin with a word: roster, modem...)."""
    return not args or args[0].split("=", 1)[0] in WINDOW_OPTIONS


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if is_window_start(args):
        options = window_parser().parse_args(args)
        if options.self_check:
            from ui.self_check import run_self_check

            return run_self_check(options.district, options.database)
        # No garbage collection until the first screen is up (run_window turns it back on): the start's imports and
        # its first read make hundreds of thousands of objects and no garbage worth a collection (a sixth of a second).
        gc.disable()
        from ui.pyside_feature import check_sources_quickly

        check_sources_quickly()  # before the window's modules: PySide6 would keep the source of each
        from ui.app import WindowOptions, run_window

        return run_window(WindowOptions(demo=options.demo, district=options.district, database=options.database,
                                        real_clock=options.real_clock))
    from console.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
