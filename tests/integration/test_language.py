"""Switching the language re-translates open windows without a restart."""

from __future__ import annotations

import re

import pytest

CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
KAZAKH_ONLY = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def visible_texts(wp) -> dict[str, str]:
    w = wp.window
    return {
        "title": w.windowTitle(),
        "menu": w.menuBar().actions()[0].text(),
        "palette_button": w.palette_button.text(),
        "rail_home": w.rail._buttons["wp_home.home"].text(),
        "page_title": w.page_title.text(),
        "placeholder": wp.palette.query.placeholderText(),
    }


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_switching_language_retranslates_everything_open(app_runner, qtbot, lang):
    wp = app_runner.start(language="en")
    dialog = wp.open_settings()
    english = visible_texts(wp)
    english_dialog = dialog.windowTitle()
    assert english["rail_home"] == "Home"

    wp.workbench.commands.run(f"shell.language.{lang}")

    translated = visible_texts(wp)
    for key, text in translated.items():
        assert text != english[key], key
        assert CYRILLIC.search(text), (key, text)
    assert translated["rail_home"] == {"ru": "Главная", "kk": "Басты бет"}[lang]
    assert dialog.windowTitle() != english_dialog and CYRILLIC.search(dialog.windowTitle())
    if lang == "kk":
        home = wp.window.holder("wp_home.home").content
        assert KAZAKH_ONLY.search(home.start_label.text() + home.tips.text())
    dialog.reject()

    wp.workbench.commands.run("shell.language.en")
    assert visible_texts(wp) == english
    assert wp.settings.get("shell", "language") == "en"


def test_language_choice_survives_a_restart(app_runner):
    wp = app_runner.start(language=None)
    wp.set_language("kk")
    app_runner.stop(wp)
    wp = app_runner.start(language=None)
    assert wp.languages.language == "kk"
    assert wp.window.rail._buttons["wp_home.home"].text() == "Басты бет"


def test_plural_forms_in_russian(app_runner):
    wp = app_runner.start(language="ru")
    from workplace.api import Notification

    names = []
    for _ in range(5):
        wp.workbench.notifications.post(Notification("x"))
        names.append(wp.window.bell.accessibleName())
    # 1, 2, 5 take three different Russian forms.
    assert len({re.sub(r"\d", "", names[i]) for i in (0, 1, 4)}) == 3, names
