"""Messages with plural forms (lupdate finds those only as ``self.tr`` calls)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class DocumentsPlurals(QObject):
    """One method per counted message; the context is this class's name."""

    def documents(self, n: int) -> str:
        """The registry's count."""
        return self.tr("%n document(s)", "", n)

    def days_left(self, n: int) -> str:
        """Working days left to a deadline."""
        return self.tr("%n working day(s) left", "", n)

    def tab(self, key: str, n: int) -> str:
        """An inbox tab's title with its count."""
        titles = {
            "approve": self.tr("To approve (%n)", "", n),
            "execute": self.tr("To execute (%n)", "", n),
            "familiarise": self.tr("For familiarisation (%n)", "", n),
            "control": self.tr("Under my control (%n)", "", n),
            "today": self.tr("Registered today (%n)", "", n),
            "files": self.tr("F&iles (%n)", "", n),
            "resolutions": self.tr("Resol&utions (%n)", "", n),
            "signatures": self.tr("Sig&natures (%n)", "", n),
        }
        return titles[key]

    def stage(self, n: int) -> str:
        """A stage of a route, by number."""
        return self.tr("Stage %n", "", n)

    def version(self, n: int) -> str:
        """A version of a file, by number."""
        return self.tr("Version %n", "", n)


PLURALS = DocumentsPlurals()
