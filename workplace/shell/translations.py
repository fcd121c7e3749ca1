"""Loading Qt catalogues and switching the language while windows are open."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from workplace import i18n
from workplace.logs import kv
from workplace.resources import translations_dir

_log = logging.getLogger("workplace.i18n")


def _qt_translate(context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)  # i18n: dynamic


def _app() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations need a QApplication")
    return app


class LanguageManager(QObject):
    """Installs the shell's, Qt's and every plugin's catalogue for one language.

    Installing a translator makes Qt send ``LanguageChange`` to every widget, and
    each widget re-translates itself in ``changeEvent`` — no restart needed.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self._plugin_dirs: dict[str, Path] = {}
        self.language = "en"

    def add_plugin_catalogue(self, plugin_id: str, directory: Path) -> None:
        """Register a plugin's ``<id>_<lang>.qm`` directory and load it for the current language."""
        self._plugin_dirs[plugin_id] = directory
        self._load(self._catalogues_for(self.language, [(plugin_id, directory)]))

    def _catalogues_for(self, lang: str,
                        plugin_dirs: Iterable[tuple[str, Path]]) -> list[tuple[str, Path]]:
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        found = [(f"qtbase_{lang}", qt_dir), (f"workplace_{lang}", translations_dir())]
        found += [(f"{pid}_{lang}", d) for pid, d in plugin_dirs]
        return found

    def _load(self, catalogues: list[tuple[str, Path]]) -> None:
        app = _app()
        for name, directory in catalogues:
            path = directory / f"{name}.qm"
            if not path.is_file():
                if not name.endswith("_en"):
                    _log.warning(kv("catalogue_missing", path=path))
                continue
            translator = QTranslator(self)
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._translators.append(translator)
            else:
                _log.warning(kv("catalogue_unreadable", path=path))

    def set_language(self, lang: str) -> None:
        lang = i18n.normalize_language(lang) or i18n.DEFAULT_LANGUAGE
        app = _app()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self.language = lang
        QLocale.setDefault(QLocale(lang))
        # The look-up function is set before translators are installed: widgets
        # re-render Qt-free Text objects while handling LanguageChange.
        i18n.set_translate_function(_qt_translate, lang)
        self._load(self._catalogues_for(lang, self._plugin_dirs.items()))
        # Qt posts LanguageChange to every widget; deliver them now, so that everything
        # shown is in the new language when this returns (not on the next loop turn).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        _log.info(kv("language", lang=lang))
        self.language_changed.emit(lang)

    def close(self) -> None:
        """Uninstall every catalogue this manager installed (the application is closing)."""
        app = _app()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        i18n.set_translate_function(None, "en")
