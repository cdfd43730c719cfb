"""`lokalraad --self-test`: proves an installed or packaged app works end to end, headless.

It makes a council file in a temporary folder, migrates it, writes and searches a person, backs
it up, prints the member list (embedded fonts) and draws its page for preview (PDFium), and builds
the main window on Qt's offscreen platform with the Danish translation.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path


def run_self_test() -> list[str]:
    """Returns the checks that failed (empty: all good)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "self-test.sqlite"
        from lokalraad_app.domain.enums import Role
        from lokalraad_app.services.bundle import open_services
        from lokalraad_app.services.council import CouncilInput
        from lokalraad_app.services.members import PersonInput

        services = open_services(path)
        try:
            services.council.save_council(CouncilInput(name="Selvtest Lokalråd"))
            services.members.add(PersonInput(name="Åse Ærø", role=Role.CHAIR, term_from=date.today()))
            if [h.title for h in services.council.search("ærø")] != ["Åse Ærø"]:
                failures.append("search")
            if not services.council.backup_now().exists():
                failures.append("backup")
            _, pdf = services.documents.members()
            if not pdf.startswith(b"%PDF-") or b"DejaVuSans" not in pdf:
                failures.append("documents")
        finally:
            services.close()

        from PySide6 import QtCore, QtWidgets

        from lokalraad_app.app import start
        from lokalraad_app.ui.i18n import install_translators

        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
        translators = install_translators(app, "da")
        if len(translators) != 2:
            failures.append("translations")
        settings = QtCore.QSettings(str(Path(tmp) / "settings.ini"), QtCore.QSettings.Format.IniFormat)
        controller = start(path, settings)
        if controller is None or not controller.load():
            failures.append("window")
        else:
            if controller.window.overview_view.title_label.text() != "Selvtest Lokalråd":
                failures.append("overview")
            controller.window.close()
            controller.release()
        from lokalraad_app.ui.documents.preview_dialog import render_page

        try:
            import pypdfium2

            document = pypdfium2.PdfDocument(pdf)
            if render_page(document, 0, 30).isNull():
                failures.append("preview")
            document.close()
        except Exception:  # a missing native library in a package shows up here
            failures.append("preview")
        for t in translators:
            app.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.system())
    return failures
