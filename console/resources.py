"""Where the bundled data lives (fonts, calendars, district configs, translations)."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A real filesystem path inside the ``resources`` package.

    The package is installed with its data files, so this works from a source
    checkout, an installed wheel and a frozen MSI build alike.
    """
    traversable = files("resources")
    for part in parts:  # one part at a time: Python 3.11's Traversable (frozen builds) joins only one
        traversable = traversable.joinpath(part)
    with as_file(traversable) as path:
        return Path(path)
