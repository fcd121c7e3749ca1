"""Translatable text that Qt-free code can carry and the shell renders when shown."""

from __future__ import annotations

from dataclasses import dataclass, field

from workplace import i18n


@dataclass(frozen=True)
class Text:
    """A string shown to users, rendered in the current language each time it is used.

    Either a Qt Linguist message (``context`` + ``source``), or a set of inline
    translations keyed by language code (as plugin manifests give them).
    """

    source: str
    context: str = ""
    inline: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        if self.inline:
            lang = i18n.current_language()
            return self.inline.get(lang) or self.inline.get("en") or self.source
        if self.context:
            return i18n.translate(self.context, self.source)  # i18n: dynamic
        return self.source


def translatable(context: str, source: str) -> Text:
    """Mark ``source`` for translation in ``context`` without translating it now.

    Qt Linguist's ``lupdate`` is told to treat this like ``QT_TRANSLATE_NOOP``, so
    the string lands in the catalogue; ``str()`` of the result translates it.
    """
    return Text(source=source, context=context)
