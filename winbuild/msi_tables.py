"""An MSI's tables read back with ``msiinfo``, and the install path of every file it carries."""

from __future__ import annotations

import subprocess
from pathlib import Path


def table(msi: Path, name: str) -> list[list[str]]:
    """The rows of one table (``msiinfo export``: three header lines, then tab-separated rows)."""
    output = subprocess.run(["msiinfo", "export", str(msi), name], check=True, capture_output=True,
                            text=True).stdout
    return [line.split("\t") for line in output.splitlines()[3:] if line]


def properties(msi: Path) -> dict[str, str]:
    return {row[0]: row[1] for row in table(msi, "Property")}


def installed_files(msi: Path, root: str = "INSTALLDIR") -> dict[str, int]:
    """Install-relative POSIX path (under ``root``) → size, for every row of the File table."""
    directories = {row[0]: (row[1], _long_name(row[2])) for row in table(msi, "Directory")}
    component_folder = {row[0]: row[2] for row in table(msi, "Component")}

    def path_of(directory: str) -> str | None:
        parts = []
        while directory != root:
            if directory not in directories or not directories[directory][0]:
                return None
            parent, name = directories[directory]
            parts.append(name)
            directory = parent
        return "/".join(reversed(parts))

    files = {}
    for row in table(msi, "File"):
        folder = path_of(component_folder[row[1]])
        if folder is not None:
            files["/".join(part for part in (folder, _long_name(row[2])) if part)] = int(row[3])
    return files


def _long_name(name: str) -> str:
    """``SHORT~1.TXT|long name.txt`` → the long name; ``.`` (the parent itself) → ``""``."""
    name = name.split(":")[0].split("|")[-1]
    return "" if name == "." else name
