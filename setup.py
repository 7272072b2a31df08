"""The one build step setup.cfg cannot declare: compile the translations into the wheel.

The ``.qm`` files are build output (not committed: several people edit the
``.ts`` sources at once, and a committed binary would go stale or conflict at
every merge), so the wheel build makes them from the ``.ts`` files with the
PySide6 that ``pyproject.toml`` names as a build requirement. An editable
install compiles them beside their sources, where the checkout reads them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from ui.translations_build import TRANSLATIONS, build  # noqa: E402


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            build(TRANSLATIONS)
        else:
            build(TRANSLATIONS, Path(self.build_lib) / "resources" / "translations", only_newer=False)


setup(cmdclass={"build_py": BuildPyWithTranslations})
