"""Page names under the rail's icons: two lines between words, never an elided word soup."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from workplace.shell.nav_rail import RAIL_TEXT_WIDTH, rail_label


def test_long_names_break_between_words_and_fit(qapp):
    metrics = QFontMetrics(QFont())
    for title in ("Журнал регистрации", "Азаматтардың өтініштері", "Обращения граждан",
                  "Входящие на исполнение и контроль"):
        label = rail_label(title, metrics, RAIL_TEXT_WIDTH)
        lines = label.split("\n")
        assert len(lines) == 2, label
        assert all(metrics.horizontalAdvance(line) <= RAIL_TEXT_WIDTH for line in lines)
        if "…" not in label:
            assert " ".join(lines) == title  # nothing lost when it fits


def test_short_names_stay_on_one_line_and_long_words_are_elided(qapp):
    metrics = QFontMetrics(QFont())
    assert rail_label("Главная", metrics, RAIL_TEXT_WIDTH) == "Главная"
    word = "Жолданбағандарыңыздың"
    label = rail_label(word, metrics, 60)
    assert "\n" not in label and label.endswith("…")
    assert metrics.horizontalAdvance(label) <= 60
