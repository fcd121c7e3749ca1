"""The language catalogue, free of Qt.

Visible strings live in Qt Linguist catalogues; the Qt shell installs the function
that looks them up (``set_translate_function``). Qt-free code marks strings with
:func:`workplace.api.translatable` and renders them through :func:`translate` when
they are shown, so a language switch re-renders them without restart.
"""

from __future__ import annotations

import locale
from collections.abc import Callable

#: Languages the product ships, in the order they are offered, with their own names.
LANGUAGES: dict[str, str] = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "ru"

TranslateFunction = Callable[[str, str, str | None, int], str]


def _identity(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return source


class _Catalogue:
    translate: TranslateFunction = staticmethod(_identity)
    language = "en"


_catalogue = _Catalogue()


def set_translate_function(fn: TranslateFunction | None, language: str) -> None:
    """Install the catalogue look-up used by :func:`translate` (``None`` resets it)."""
    _catalogue.translate = fn or _identity
    _catalogue.language = language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``source`` in ``context`` into the current language (``n`` picks plurals)."""
    return _catalogue.translate(context, source, disambiguation, n)  # i18n: dynamic


def current_language() -> str:
    """The code (``kk``, ``ru`` or ``en``) of the language now shown."""
    return _catalogue.language


def normalize_language(code: str | None) -> str | None:
    """Map ``ru_RU.UTF-8``, ``kk-KZ``, ``EN`` … to a shipped language code, or None."""
    if not code:
        return None
    base = code.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The shipped language closest to the operating system's, else the default."""
    try:
        code = locale.getlocale(locale.LC_MESSAGES)[0]
    except (AttributeError, ValueError):  # LC_MESSAGES is missing on Windows
        code = locale.getlocale()[0]
    return normalize_language(code) or DEFAULT_LANGUAGE
