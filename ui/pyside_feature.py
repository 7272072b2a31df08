"""PySide6's check of every module imported after it, made without keeping the module's source.

PySide6 (``shibokensupport.feature``, PYSIDE-2029) asks of each module imported after it whether
its source mentions "PySide6", through ``inspect.getsource``: that reads the whole file into
``linecache`` and keeps it there. At the window's start that is some 480 modules (SQLAlchemy's,
ours), 23 MiB of source held for nothing and 50 ms. The same question is answered here from the
file's bytes, which are then let go; anything else (no ``.py`` file, an unreadable one) is left to
PySide6's own check. If a PySide6 release names or shapes this differently, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def check_sources_quickly() -> bool:
    """Replace PySide6's check (call once, before the window's modules are imported); whether it was replaced."""
    import PySide6  # noqa: F401  (loads shiboken6 and its feature support)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(upstream) or getattr(upstream, "quick", False):
        return False
    setattr(feature, "_mod_uses_pyside", _quick_check(upstream))
    return True


def _quick_check(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    return uses_pyside
