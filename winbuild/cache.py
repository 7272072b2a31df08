"""Build steps kept under ``build/msi/`` by a key of their inputs, so the next district's build reuses them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path


def cached_folder(cache: Path, step: str, key: str, make: Callable[[Path], None]) -> tuple[Path, bool]:
    """``cache/<step>-<key>``, made by ``make`` unless a finished one is there; whether it was reused.

    A folder is finished when its stamp file exists beside it, so a build cut short is made again.
    Older keys of the same step are removed first.
    """
    folder, stamp = cache / f"{step}-{key}", cache / f"{step}-{key}.done"
    if stamp.exists() and folder.is_dir():
        return folder, True
    for old in cache.glob(f"{step}-*"):
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    folder.mkdir(parents=True)
    make(folder)
    stamp.touch()
    return folder, False
