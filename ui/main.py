"""Entry point of ``samvad-setu``.

With no command (or only ``--demo``/``--database``) it opens the operator
window; any other command is handed to :mod:`console.cli`, so a headless
machine never loads Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

WINDOW_FLAGS = frozenset({"--demo"})


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or all(arg in WINDOW_FLAGS for arg in args):
        from ui.app import run_window

        return run_window(demo="--demo" in args)
    from console.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
