"""Loading translations: ours and Qt's own, Danish on a Danish system unless the user chose."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
LANGUAGES = ("da", "en")

# Strings of Qt's own file dialog that its Danish catalog (qtbase_da.qm) lacks. Listed here so lupdate puts them
# in our catalog, which is installed after Qt's and so is asked first.
QT_GAPS = (
    QtCore.QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QtCore.QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def choose_language(setting: str, system_locale: QtCore.QLocale | None = None) -> str:
    """`setting` is "", "da" or "en"; "" follows the system (Danish on Danish systems, else English)."""
    if setting in LANGUAGES:
        return setting
    locale = system_locale or QtCore.QLocale.system()
    return "da" if locale.language() == QtCore.QLocale.Language.Danish else "en"


def install_translators(app: QtCore.QCoreApplication, language: str) -> list[QtCore.QTranslator]:
    """Returns the installed translators (keep them alive as long as the app)."""
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.Danish, QtCore.QLocale.Country.Denmark)
                              if language == "da" else QtCore.QLocale(QtCore.QLocale.Language.English,
                                                                     QtCore.QLocale.Country.UnitedKingdom))
    installed: list[QtCore.QTranslator] = []
    if language == "en":
        return installed  # the source strings are English
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"lokalraad_{language}", str(TRANSLATIONS_DIR))):
        translator = QtCore.QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
