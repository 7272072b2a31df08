"""The window's language: Qt Linguist translators switched at run time.

Installing a translator makes Qt send ``LanguageChange`` to every widget; each
panel re-words itself in ``changeEvent``. The choice is remembered in QSettings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTranslator, Signal

from console.departments import department_name_hi
from console.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("hi", "en")
DEFAULT_LANGUAGE = "hi"
SETTINGS_KEY = "ui/language"
LOCALES = {"hi": "hi_IN", "en": "en_IN"}

_current = DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def pick(english: str, hindi: str) -> str:
    """A name in the window's language, falling back to the other when blank."""
    if _current == "hi":
        return hindi or english
    return english or hindi


def department(name: str) -> str:
    """A department (kept by its English name) in the window's language."""
    return pick(name, department_name_hi(name))


def locale() -> QLocale:
    return QLocale(LOCALES[_current])


class Translations(QObject):
    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None

    @staticmethod
    def stored_language() -> str:
        value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def switch(self, language: str, *, remember: bool = True) -> None:
        global _current
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self)
        path = resource_path("translations", f"samvad_{language}.qm")
        if translator.load(str(path)):
            app.installTranslator(translator)
            self._translator = translator
        elif language != "en":
            log.warning("translation %s missing: run `make translations`", path)
        _current = language
        QLocale.setDefault(QLocale(LOCALES[language]))
        if remember:
            QSettings().setValue(SETTINGS_KEY, language)
        self.language_changed.emit(language)
