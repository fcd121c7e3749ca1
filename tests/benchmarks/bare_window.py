"""Baseline for the start-up benchmark: the least a PySide6 window costs.

Creates a QApplication and a QMainWindow with a QLabel, shows it, and on the
window's first Paint event prints ``first_paint <time.time()>`` and exits — the same
measurement point and the same one-event-loop-turn delay as
``workplace --exit-after-first-paint``.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


class FirstPaint(QObject):
    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__()
        self.window = window
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (not self.seen and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.window() is self.window):
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"first_paint {time.time():.6f}", flush=True)
        self.app.removeEventFilter(self)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    label = QLabel("Hello")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(1000, 700)
    watcher = FirstPaint(window, app)
    app.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
