"""Light, dark, high-contrast, and "system" (follows the OS light/dark setting)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from workplace.api import translatable

_log = logging.getLogger("workplace.shell")

THEMES = {
    "system": translatable("Themes", "Follow the system"),
    "light": translatable("Themes", "Light"),
    "dark": translatable("Themes", "Dark"),
    "high_contrast": translatable("Themes", "High contrast"),
}

# (window, base, alt base, text, button, highlight, highlighted text, link, mid, rail)
_COLOURS = {
    "light": ("#f4f6f9", "#ffffff", "#eef1f5", "#1b2330", "#e9edf2", "#1d5fbf", "#ffffff",
              "#1d5fbf", "#c5ccd6", "#e6ebf2"),
    "dark": ("#1e2228", "#15181d", "#23272e", "#e6e9ee", "#2a2f37", "#4c8fe8", "#0b0d10",
             "#7fb0f5", "#3a414b", "#181b20"),
    "high_contrast": ("#000000", "#000000", "#101010", "#ffffff", "#000000", "#ffff00",
                      "#000000", "#00ffff", "#ffffff", "#000000"),
}


def _palette(name: str) -> QPalette:
    (window, base, alt, text, button, hl, hl_text, link, mid, _rail) = _COLOURS[name]
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: alt,
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.Highlight: hl,
        QPalette.ColorRole.HighlightedText: hl_text, QPalette.ColorRole.Link: link,
        QPalette.ColorRole.ToolTipBase: base, QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: mid if name != "high_contrast" else "#c0c0c0",
        QPalette.ColorRole.Mid: mid, QPalette.ColorRole.Dark: mid,
        QPalette.ColorRole.BrightText: "#ff5555",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    disabled = QColor("#8a93a0" if name != "high_contrast" else "#a0a0a0")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def _stylesheet(name: str) -> str:
    (_w, base, _alt, text, _b, hl, hl_text, _link, mid, rail) = _COLOURS[name]
    border = "2px solid #ffffff" if name == "high_contrast" else f"1px solid {mid}"
    focus = "#ffff00" if name == "high_contrast" else hl
    return f"""
    #NavRail {{ background: {rail}; border-right: {border}; }}
    #NavRail QToolButton {{ border: none; border-radius: 8px; padding: 6px 4px;
        color: {text}; min-width: 84px; }}
    #NavRail QToolButton:hover {{ background: {mid}; }}
    #NavRail QToolButton:checked {{ background: {hl}; color: {hl_text}; }}
    #NavRail QToolButton:focus {{ outline: none; border: 2px solid {focus}; }}
    #AppTitle {{ font-weight: 600; padding: 10px 4px 6px 4px; }}
    #PageHeader {{ border-bottom: {border}; }}
    #PageTitle {{ font-size: 18pt; font-weight: 600; }}
    #Card {{ background: {base}; border: {border}; border-radius: 10px; }}
    #Badge {{ background: {hl}; color: {hl_text}; border-radius: 8px; padding: 0 6px;
        font-weight: 600; }}
    #EmptyState {{ color: {text}; }}
    QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus {{
        border: 2px solid {focus}; }}
    """


class ThemeManager(QObject):
    """Applies a theme to the application and follows the OS when set to ``system``."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.theme = "system"
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._on_os_scheme)

    def effective(self) -> str:
        if self.theme != "system":
            return self.theme
        scheme = QGuiApplication.styleHints().colorScheme()
        return "dark" if scheme == Qt.ColorScheme.Dark else "light"

    def set_theme(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else "system"
        name = self.effective()
        self._app.setPalette(_palette(name))
        self._app.setStyleSheet(_stylesheet(name))
        _log.info("theme name=%s effective=%s", self.theme, name)

    def _on_os_scheme(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self.set_theme("system")


def theme_title(theme: str) -> str:
    return QCoreApplication.translate("Themes", THEMES[theme].source)  # i18n: dynamic
