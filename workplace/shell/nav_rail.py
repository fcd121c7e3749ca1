"""The navigation rail: one button per page, plus the shell's own pages at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from workplace.shell.icons import icon
from workplace.workbench import PageEntry

#: Widest line of a page's name under its icon (px): the rail stays narrow.
RAIL_TEXT_WIDTH = 92


def rail_label(title: str, metrics: QFontMetrics, width: int) -> str:
    """``title`` on at most two lines of ``width`` pixels, broken between words.

    Page names run long in Kazakh and Russian ("Журнал регистрации", "Азаматтардың
    өтініштері"); one elided line ("Журн…ации") says nothing. A word wider than
    the line is elided; the whole name stays in the tooltip and the accessible name.
    """
    if metrics.horizontalAdvance(title) <= width:
        return title
    words = title.split()
    best: tuple[int, str, str] | None = None
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        widest = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
        if best is None or widest < best[0]:
            best = (widest, first, second)
    if best is None:  # one long word
        return metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
    _, first, second = best
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                     for line in (first, second))


class NavRail(QWidget):
    """Vertical page switcher. Tab reaches it; Up/Down move between pages."""

    page_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavRail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._buttons: dict[str, QToolButton] = {}
        self._entries: dict[str, PageEntry] = {}
        self._bottom_ids: set[str] = set()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self._title = QLabel("Workplace", self)
        self._title.setObjectName("AppTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._title)
        self._top = QVBoxLayout()
        self._top.setSpacing(4)
        self._bottom = QVBoxLayout()
        self._bottom.setSpacing(4)
        layout.addLayout(self._top)
        layout.addStretch(1)
        layout.addLayout(self._bottom)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def add_page(self, entry: PageEntry, bottom: bool = False) -> None:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(24, 24))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _=False, pid=entry.id: self.page_selected.emit(pid))
        self._group.addButton(button)
        self._buttons[entry.id] = button
        self._entries[entry.id] = entry
        if bottom:
            self._bottom_ids.add(entry.id)
        target = self._bottom if bottom else self._top
        # Keep the rail in manifest order whatever order plugins start in.
        siblings = sorted((e for e in self._entries.values()
                           if (e.id in self._bottom_ids) == bottom),
                          key=lambda e: (e.order, e.id))
        target.insertWidget([e.id for e in siblings].index(entry.id), button)
        self._retranslate_button(entry.id)

    def remove_page(self, page_id: str) -> None:
        button = self._buttons.pop(page_id, None)
        self._entries.pop(page_id, None)
        self._bottom_ids.discard(page_id)
        if button is not None:
            self._group.removeButton(button)
            button.deleteLater()

    def select(self, page_id: str) -> None:
        button = self._buttons.get(page_id)
        if button is not None:
            button.setChecked(True)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        # Focus goes to the checked page's button, so Tab order starts at the page.
        checked = self._group.checkedButton()
        if checked is not None:
            checked.setFocus()
        super().focusInEvent(event)

    def page_ids(self) -> list[str]:
        """Page ids in the order the rail shows them, top group first."""
        return [e.id for e in sorted(self._entries.values(),
                                     key=lambda e: (e.id in self._bottom_ids, e.order, e.id))]

    def refresh_icons(self) -> None:
        for pid, button in self._buttons.items():
            button.setIcon(icon(self._entries[pid].icon))

    def _retranslate_button(self, page_id: str) -> None:
        button = self._buttons[page_id]
        title = str(self._entries[page_id].title)
        button.setText(rail_label(title, button.fontMetrics(), RAIL_TEXT_WIDTH))
        button.setToolTip(title)
        button.setAccessibleName(title)
        button.setIcon(icon(self._entries[page_id].icon))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            for pid in self._buttons:
                self._retranslate_button(pid)
        super().changeEvent(event)
