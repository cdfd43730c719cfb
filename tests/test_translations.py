"""The Danish translation is complete, compiled, and used on a Danish system."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6 import QtCore

from lokalraad_app.ui.i18n import TRANSLATIONS_DIR, choose_language, install_translators

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "lokalraad_da.ts"
QM = TRANSLATIONS_DIR / "lokalraad_da.qm"


def test_danish_translation_has_no_unfinished_entry() -> None:
    tree = ET.parse(TS)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if (t := m.find("translation")) is not None
        and (t.get("type") in ("unfinished", "vanished", "obsolete") or not "".join(t.itertext()).strip())
    ]
    assert unfinished == []
    assert len(list(tree.iter("message"))) > 100


def test_every_translated_string_in_the_code_is_in_the_ts_file(tmp_path: Path) -> None:
    """Running lupdate over the code adds nothing new: the .ts file is up to date."""
    copy = tmp_path / "lokalraad_da.ts"
    copy.write_bytes(TS.read_bytes())
    sys.path.insert(0, str(ROOT / "translations"))
    try:
        import update  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    out = subprocess.run([str(lupdate), *update.sources(), "-ts", str(copy), "-no-obsolete"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert "0 new" in out or "(0 new" in out, out


def test_compiled_translation_matches_the_source(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), "run python translations/update.py and commit the .qm"


def test_danish_system_gets_danish_and_others_english() -> None:
    da = QtCore.QLocale(QtCore.QLocale.Language.Danish, QtCore.QLocale.Country.Denmark)
    de = QtCore.QLocale(QtCore.QLocale.Language.German, QtCore.QLocale.Country.Germany)
    assert choose_language("", da) == "da"
    assert choose_language("", de) == "en"
    assert choose_language("en", da) == "en"
    assert choose_language("da", de) == "da"


def test_danish_translators_translate_our_strings_and_qts(qapp) -> None:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "da")
    try:
        assert len(installed) == 2  # Qt's own Danish strings and ours
        assert QtCore.QCoreApplication.translate("MainWindow", "Members") == "Medlemmer"
        assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.c())
