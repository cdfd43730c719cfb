"""`lokalraad --self-test`: proves an installed or packaged app works end to end, headless.

It makes a council file in a temporary folder, migrates it, writes and searches a person, backs
it up, prints the member list (embedded fonts) and draws its page for preview (PDFium), builds
the main window on Qt's offscreen platform with the Danish translation, and round-trips a secret
through the system's keyring (where the system has a secure one), and writes the council's
calendar feed (.ics) and reads it back.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lokalraad_app.services.bundle import AppServices

KEYRING_TIMEOUT_S = 10.0  # a locked Secret Service can wait forever for a password prompt


def check_keyring() -> str:
    """Stores, reads back and deletes a secret with æøå in the system's keyring, in a thread with a timeout.
    Returns what was found, for the report; raises RuntimeError when a secure keyring fails the round trip.
    A system without a secure keyring (priority < 1, e.g. a headless Linux) is no failure: the app then asks
    for passwords each session."""
    import secrets
    import threading

    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if backend.priority < 1:
        return f"keyring: no secure keyring on this system ({name}); passwords are asked each session"
    service, user, secret = "lokalraad-self-test", "self-test", f"æøå-{secrets.token_hex(8)}"
    outcome: list[object] = []

    def round_trip() -> None:
        try:
            keyring.set_password(service, user, secret)
            outcome.append(keyring.get_password(service, user))
            keyring.delete_password(service, user)
        except Exception as e:  # the backend's own errors: locked, refused, no D-Bus
            outcome.append(e)

    worker = threading.Thread(target=round_trip, daemon=True)
    worker.start()
    worker.join(KEYRING_TIMEOUT_S)
    if not outcome:
        raise RuntimeError(f"{name} did not answer within {KEYRING_TIMEOUT_S:.0f} s (locked?)")
    if outcome[0] != secret:
        raise RuntimeError(f"{name} gave back {outcome[0]!r}")
    return f"keyring: {name} round trip ok"


def _calendar_works(services: AppServices) -> bool:
    """A meeting next week comes out of the council's calendar feed and reads back with icalendar."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    import icalendar

    from lokalraad_app.services.meetings import MeetingInput

    start = datetime.now(ZoneInfo("Europe/Copenhagen")).replace(hour=19, minute=0, second=0, microsecond=0)
    start += timedelta(days=7)
    services.meeting.create(MeetingInput(title="Bestyrelsesmøde på Ærø", start=start, end=start + timedelta(hours=2)))
    events = icalendar.Calendar.from_ical(services.invitations.feed()).walk("VEVENT")
    return [str(e.get("SUMMARY")) for e in events] == ["Bestyrelsesmøde på Ærø"]


def run_self_test(report: Callable[[str], None] = lambda line: None) -> list[str]:
    """Returns the checks that failed (empty: all good); `report` is told what was found on the way."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []
    try:
        report(check_keyring())
    except RuntimeError as e:
        report(f"keyring: {e}")
        failures.append("keyring")
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
            if not _calendar_works(services):
                failures.append("calendar")
            try:  # the export's JSON Schema ships with the app, and jsonschema with its metaschemas
                services.export.json_file()
            except Exception as e:  # noqa: BLE001 — any failure here means a broken installation
                report(f"export: {e}")
                failures.append("export")
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
