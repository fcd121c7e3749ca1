"""Bundled line icons, drawn in the theme's text colour so they suit every theme."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from workplace.resources import icon_path


@lru_cache(maxsize=256)
def _render(path: str, colour: str, size: int) -> QPixmap:
    svg = Path(path).read_text(encoding="utf-8").replace("#000000", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QIcon:
    """An icon by bundled name (``"home"``) or SVG path, coloured for the current palette.

    A missing icon gives an empty ``QIcon``: a plugin naming an icon it does not
    ship must not break the rail.
    """
    path = Path(name) if name.endswith(".svg") else icon_path(name)
    if not name or not path.is_file():
        return QIcon()
    palette = QApplication.palette()
    result = QIcon()
    for size in (16, 24, 32, 48):
        result.addPixmap(_render(str(path), palette.color(role).name(), size))
        on = _render(str(path), palette.color(QPalette.ColorRole.HighlightedText).name(), size)
        result.addPixmap(on, QIcon.Mode.Normal, QIcon.State.On)
        result.addPixmap(on, QIcon.Mode.Selected, QIcon.State.On)
    return result


def app_icon() -> QIcon:
    return QIcon(str(icon_path("workplace")))
