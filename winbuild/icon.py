"""The Start-menu icon: सं on the center's colour, drawn with Qt and the bundled font, stored as an ICO file.

An ICO holds one PNG per size (Windows Vista and later read PNG entries), so
the file is written here in a few lines instead of through an image library.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 256)
BACKGROUND = "#1f4e79"
TEXT = "सं"


def write_icon(path: Path) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

    from console.resources import resource_path

    _app = QGuiApplication.instance() or QGuiApplication([])
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "NotoSansDevanagari-Bold.ttf")))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    images = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(BACKGROUND))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
        font = QFont(family)
        font.setPixelSize(max(8, round(size * 0.58)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, size * 0.03, size, size), Qt.AlignmentFlag.AlignCenter, TEXT)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
        images.append((size, bytes(data.data())))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(ico(images))
    return path


def ico(images: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs
