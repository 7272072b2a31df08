"""Register the bundled Devanagari font so Hindi never renders as boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from console.resources import resource_path

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")
DEVANAGARI_FAMILY = "Noto Sans Devanagari"


def register_fonts(app: QApplication) -> list[str]:
    """Add the bundled fonts and put Devanagari behind the platform's Latin font.

    Qt falls back per character through the family list, so Latin text keeps the
    system look and Devanagari takes the bundled glyphs.
    """
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            log.warning("could not register bundled font %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    base = app.font()
    font = QFont(base)
    font.setFamilies([base.family(), DEVANAGARI_FAMILY])
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(9.5)
    app.setFont(font)
    return sorted(set(families))
