"""Composition root: builds the lock, services and main window, and wires them together.

Start-up order matters for speed: the window with real overview figures (plain sqlite3) is shown
first; the ORM, migrations and backups load right after, from the event loop.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from lokalraad_app import __version__
from lokalraad_app.services import locations
from lokalraad_app.services.overview import OverviewService
from lokalraad_app.store.lock import FileLock, FileLockedError
from lokalraad_app.ui import prompts, unexpected
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.i18n import choose_language, install_translators
from lokalraad_app.ui.main_window import COUNCIL_FILTER, MainWindow

if TYPE_CHECKING:
    from lokalraad_app.services.council import CouncilService
    from lokalraad_app.services.handover import ChecklistItem, Manifest

STARTED = time.perf_counter()


class AppController(QtCore.QObject):
    """Owns what belongs to the open file: its lock and services. Switches files on request."""

    backup_failed = QtCore.Signal(str)  # from the backup thread; shown on the GUI thread

    def __init__(self, window: MainWindow, overview: OverviewService) -> None:
        super().__init__(window)
        self.window = window
        self.overview = overview
        self.lock: FileLock | None = None
        self.services = None
        self._backup_thread: threading.Thread | None = None
        self.checklist_dialog: QtWidgets.QDialog | None = None  # after opening a handover: what to set up again
        window.open_requested.connect(self.open_file)
        window.new_requested.connect(self.new_file)
        window.restore_requested.connect(self.restore)
        window.settings_requested.connect(self.show_settings)
        window.welcome_requested.connect(self.welcome)
        window.demo_requested.connect(self.open_demo)
        window.handover_requested.connect(self.hand_over)
        window.open_handover_requested.connect(self.open_handover)
        self.backup_failed.connect(self._on_backup_failed)

    @property
    def path(self) -> Path:
        return self.overview.path

    def take_lock(self, path: Path) -> bool:
        lock = FileLock(path)
        try:
            lock.acquire()
        except FileLockedError as e:
            prompts.error(self.window, self.tr("File already open"), str(e))
            return False
        except OSError as e:  # a read-only folder or file: ReadOnlyError says which
            prompts.error(self.window, self.tr("Cannot open the council file"), str(e))
            return False
        self.lock = lock
        return True

    def load(self) -> bool:
        """Opens the store for the locked file; on a refusal says why and leaves the file alone."""
        from lokalraad_app.services.bundle import open_services
        from lokalraad_app.store.engine import StoreError

        try:
            self.services = open_services(self.path, backup=False)
        except (StoreError, OSError) as e:
            prompts.error(self.window, self.tr("Cannot open the council file"), str(e))
            self.release()
            return False
        # The daily backup copies the whole file; off the GUI thread so the window stays responsive.
        self._backup_thread = threading.Thread(target=self._backup_quietly, args=(self.services.council,),
                                               name="daily-backup", daemon=True)
        self._backup_thread.start()
        locations.remember_file(self.path)
        self.window.set_recent_files(locations.recent_files())
        self.window.attach(self.services)
        if self.services.council.council() is None:
            self.welcome()
        return True

    def wait_for_backup(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()  # a backup cut off half way is worth nothing
            self._backup_thread = None

    def release(self) -> None:
        self.wait_for_backup()
        if self.services is not None:
            self.window.detach()
            self.services.close()
            self.services = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def open_file(self, path: Path) -> bool:
        path = Path(path)
        if not path.exists():
            prompts.error(self.window, self.tr("Cannot open the council file"),
                          self.tr("%1 does not exist.").replace("%1", str(path)))
            return False
        return self.switch_to(path)

    def new_file(self, path: Path) -> bool:
        if path.exists() and path.stat().st_size > 0:
            prompts.error(self.window, self.tr("File exists"),
                          self.tr("%1 already exists; choose another name.").replace("%1", str(path)))
            return False
        return self.switch_to(path)

    def switch_to(self, path: Path) -> bool:
        previous = self.path
        self.release()
        self.overview.path = Path(path)
        if self.take_lock(self.overview.path) and self.load():
            self.window.overview_view.refresh()
            return True
        self.overview.path = previous  # fall back to the file that was open
        if self.take_lock(previous):
            self.load()
        return False

    def welcome(self) -> None:
        from lokalraad_app.services.errors import ValidationError
        from lokalraad_app.ui.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(self.window)
        while dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            if dialog.demo_requested:
                self.open_demo()
                return
            try:
                self.window.events.publish(self.services.council.save_council(dialog.value()))
            except ValidationError as e:
                dialog.show_error(e)
                continue
            self.window.attach(self.services)
            return

    def open_demo(self) -> None:
        from lokalraad_app.demo_data import write_demo

        target = locations.data_dir() / "demo-lokalraad.sqlite"
        if not target.exists():
            progress = QtWidgets.QProgressDialog(self.tr("Making the demo council…"), "", 0, 100, self.window)
            progress.setCancelButton(None)
            progress.setMinimumDuration(0)
            progress.setWindowModality(QtCore.Qt.WindowModality.WindowModal)

            def report(fraction: float) -> None:
                progress.setValue(int(fraction * 100))
                QtWidgets.QApplication.processEvents()

            try:
                write_demo(target, progress=report)
            except (OSError, ValueError) as e:
                progress.close()
                prompts.error(self.window, self.tr("Demo not made"), str(e))
                return
            progress.close()
        self.switch_to(target)

    def restore(self, backup: Path) -> None:
        from lokalraad_app.services.council import restore
        from lokalraad_app.store.backup import RestoreError

        if self.services is None:
            return
        self.wait_for_backup()
        self.window.detach()
        self.services.close()
        self.services = None
        try:
            safety = restore(self.path, backup)
        except (RestoreError, OSError) as e:
            prompts.error(self.window, self.tr("Not restored"), str(e))
        else:
            prompts.info(self.window, self.tr("Restored"),
                         self.tr("The file now holds the backup's content. What it held before was "
                                 "saved as %1.").replace("%1", str(safety)))
        self.load()
        self.window.events.publish(frozenset({"all"}))

    def hand_over(self, target: Path) -> None:
        from lokalraad_app.services.handover import HandoverError, export_handover

        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            manifest = export_handover(self.path, target)
        except HandoverError as e:
            QtWidgets.QApplication.restoreOverrideCursor()
            prompts.error(self.window, self.tr("No handover made"), str(e))
            return
        QtWidgets.QApplication.restoreOverrideCursor()
        prompts.info(self.window, self.tr("Handover made"),
                     self.tr("%1 holds the whole council: %2 people, %3 meetings, %4 attachments and %5 sealed "
                             "documents, but no passwords. Give it to the next secretary (on a USB stick, say); "
                             "she opens it with File ▸ Open a handover.")
                     .replace("%1", str(target)).replace("%2", str(manifest.counts["person"]))
                     .replace("%3", str(manifest.counts["meeting"]))
                     .replace("%4", str(manifest.counts["attachment"]))
                     .replace("%5", str(manifest.counts["sealed_document"])))

    def open_handover(self, archive: Path, target: Path) -> QtWidgets.QDialog | None:
        """Makes `target` from the archive (checked whole first), opens it and shows what to set up again."""
        from lokalraad_app.services.handover import HandoverError, open_handover_as
        from lokalraad_app.ui.handover_dialog import HandoverChecklistDialog

        try:
            manifest = open_handover_as(archive, target)
        except HandoverError as e:
            prompts.error(self.window, self.tr("Handover not opened"), str(e))
            return None
        if not self.switch_to(target) or self.services is None:
            return None
        dialog = HandoverChecklistDialog(manifest, self._checklist(manifest), self.window)

        def settings_then_tick() -> None:
            self.show_settings()
            if self.services is not None:
                dialog.set_items(self._checklist(manifest))

        dialog.settings_requested.connect(settings_then_tick)
        dialog.open()  # not modal-blocking: Settings opens from it and the list stays
        self.checklist_dialog = dialog
        return dialog

    def _checklist(self, manifest: Manifest) -> list[ChecklistItem]:
        from lokalraad_app.services.handover import checklist
        from lokalraad_app.services.profile import CredentialError

        assert self.services is not None
        profiles = self.services.profiles
        try:
            has_password = profiles.password("smtp") is not None
        except CredentialError:  # no keyring (or a locked one): the list asks for the password again
            has_password = False
        return checklist(self.services.council.council(), manifest, profile_imported=profiles.profile().smtp is not None,
                         mail_password=has_password)

    def _backup_quietly(self, council: CouncilService) -> None:
        try:
            council.backup_if_due()
        except (OSError, sqlite3.Error) as e:  # a failed backup must not take the app down, but is said
            print(f"lokalraad: backup failed: {e}", file=sys.stderr)
            self.backup_failed.emit(str(e))

    def _on_backup_failed(self, reason: str) -> None:
        prompts.error(self.window, self.tr("Backup failed"), reason)

    def show_settings(self) -> None:
        from lokalraad_app.ui.settings.settings_dialog import SettingsDialog

        if self.services is None:
            return
        dialog = SettingsDialog(self.services.council, self.window.settings, self.window, self.services.meeting,
                                self.services.profiles, self.services.outbox)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.window.events.publish(frozenset({"council", "settings", "members"}))
            self.window.attach(self.services)


def start(path: Path, settings: QtCore.QSettings) -> AppController | None:
    """Locks the file and shows the window with the overview; the store loads afterwards (load())."""
    lock = FileLock(path)
    try:
        lock.acquire()
    except FileLockedError as e:
        prompts.error(None, QtCore.QCoreApplication.translate("AppController", "File already open"), str(e))
        return None
    except OSError as e:  # a read-only folder or file: ReadOnlyError says which
        prompts.error(None, QtCore.QCoreApplication.translate("AppController", "Cannot open the council file"),
                      str(e))
        return None
    overview = OverviewService(path)
    window = MainWindow(overview, Events(), settings, [])  # recent files are filled in by load()
    controller = AppController(window, overview)
    controller.lock = lock
    window.show()
    return controller


def choose_start_file(path: Path, remembered: bool) -> Path | None:
    """The file to start with. A folder, or a remembered file that is gone (an unplugged USB stick), is said
    plainly, with the choice to open another, start a new one or quit (None): a missing file is never
    silently made anew and empty. `remembered`: the path is the last file used, not one the user named."""
    app = QtCore.QCoreApplication
    while True:
        if path.is_dir():
            text = app.translate("AppController",
                                 "%1 is a folder, not a council file. Open a council file, or start a new one.")
        elif remembered and not path.exists():
            text = app.translate("AppController",
                                 "The council file you used last, %1, is not there. If it is on a USB stick or a "
                                 "network drive, connect it and start Lokalråd again. Or open another council "
                                 "file, or start a new one.")
        else:
            return path
        answer = prompts.ask(None, app.translate("AppController", "Council file not found"),
                             text.replace("%1", str(path)),
                             [app.translate("AppController", "Open another…"), app.translate("AppController", "New…")],
                             cancel=app.translate("AppController", "Quit"))
        if answer == 0:
            chosen = prompts.open_file(None, app.translate("AppController", "Open council file"), COUNCIL_FILTER)
            if chosen is not None:
                path, remembered = chosen, True  # an existing file was asked for: a missing one is asked again
        elif answer == 1:
            chosen = prompts.save_file(None, app.translate("AppController", "New council file"), COUNCIL_FILTER,
                                       "lokalraad.sqlite")
            if chosen is None:
                continue
            chosen = chosen.with_suffix(".sqlite") if chosen.suffix == "" else chosen
            if chosen.exists() and (chosen.is_dir() or chosen.stat().st_size > 0):
                prompts.error(None, app.translate("AppController", "File exists"),
                              app.translate("AppController", "%1 already exists; choose another name.")
                              .replace("%1", str(chosen)))
                continue
            return chosen
        else:
            return None


def run(data: Path | None = None, argv: list[str] | None = None) -> int:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Lokalraad")
    app.setApplicationName("Lokalraad")
    app.setApplicationDisplayName("Lokalråd")
    app.setApplicationVersion(__version__)
    settings = QtCore.QSettings()
    translators = install_translators(app, choose_language(str(settings.value("ui/language", ""))))
    unexpected.install(lambda: locations.data_dir() / "lokalraad-fejl.log")

    path = choose_start_file(Path(data) if data else locations.last_council_file(),
                             remembered=data is None and bool(locations.recent_files()))
    controller = start(path, settings) if path is not None else None
    if controller is None:
        return 1
    bench = os.environ.get("LOKALRAAD_BENCH_READY") == "1"
    if bench:  # benchmarks measure until the first window is on screen with real data
        QtCore.QTimer.singleShot(0, lambda: print(f"ready {time.perf_counter() - STARTED:.3f}", flush=True))

    def finish_start() -> None:
        controller.window.install_shortcuts()
        controller.window.overview_view.show_sections()  # Overblik's lists, read and painted after the first paint
        if bench:
            print(f"sections {time.perf_counter() - STARTED:.3f}", flush=True)
        QtCore.QTimer.singleShot(0, load_store)  # the lists are painted before the store takes its seconds

    def load_store() -> None:
        controller.load()
        if bench:
            print(f"loaded {time.perf_counter() - STARTED:.3f}", flush=True)
            app.quit()

    QtCore.QTimer.singleShot(0, finish_start)
    app.aboutToQuit.connect(controller.release)
    code = app.exec()
    del translators
    return int(code)
