"""The main window: navigation, one page per area, menus, search, undo, status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app import __version__
from lokalraad_app.services.overview import OUTBOX_WAITING, OverviewService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.overview_view import OverviewView
from lokalraad_app.ui.undo import UndoStack

if TYPE_CHECKING:  # the bundle imports the ORM, which must not delay the first window
    from lokalraad_app.services.bundle import AppServices
    from lokalraad_app.ui.documents.annual_report_dialog import AnnualReportDialog
    from lokalraad_app.ui.help_dialog import HelpDialog  # made on first use: start stays lean
    from lokalraad_app.ui.publisher import Publisher

PAGES = ("overview", "meetings", "members", "plan", "hearings", "funding", "outbox")
# The page that shows each kind of record (search hits, overview entries). A page shows one record through
# its own method below in open_record, or, for the pages built later, through `show_record(kind, id) -> bool`.
RECORD_PAGES = {
    "person": "members", "meeting": "meetings", "agenda_item": "meetings", "action_item": "meetings",
    "actions": "meetings", "request": "meetings", "requests": "meetings",
    "hearing": "hearings", "funding_application": "funding", "funding_report": "funding", "initiative": "plan",
    "outbox_message": "outbox", "outbox_status": "outbox",
}
STYLE_SHEET = """
QLabel#PageTitle { font-size: 17pt; font-weight: 600; padding: 4px 0 6px 0; }
QLabel#SectionTitle { font-size: 12pt; font-weight: 600; }
QListWidget#Navigation { font-size: 11pt; padding-top: 8px; }
QListWidget#Navigation::item { padding: 8px 10px; }
"""
COUNCIL_FILTER = "Lokalråd (*.sqlite *.lokalraad *.db)"
HANDOVER_FILTER = "Lokalråd-overdragelse (*.zip)"
DEFAULT_SIZE = QtCore.QSize(1180, 760)
FRAME = (8, 32, -8, -8)  # room for the window manager's borders and title bar: left, top, right, bottom


class PlaceholderPage(QtWidgets.QWidget):
    """A page whose area is not built yet says so plainly."""

    def __init__(self, title: str, text: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QtWidgets.QLabel(title)
        heading.setObjectName("PageTitle")
        body = QtWidgets.QLabel(text)
        body.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class MainWindow(QtWidgets.QMainWindow):
    open_requested = QtCore.Signal(Path)
    new_requested = QtCore.Signal(Path)
    restore_requested = QtCore.Signal(Path)
    settings_requested = QtCore.Signal()
    welcome_requested = QtCore.Signal()  # the first-start form again (after Cancel), for the open file
    demo_requested = QtCore.Signal()
    handover_requested = QtCore.Signal(Path)  # the archive to write for the next secretary
    open_handover_requested = QtCore.Signal(Path, Path)  # the archive, the new council file to make from it

    def __init__(self, overview: OverviewService, events: Events, settings: QtCore.QSettings,
                 recent_files: list[Path]) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.events = events
        self.settings = settings
        self.help_dialog: HelpDialog | None = None  # Hjælp ▸ Brugervejledning, made on first use
        self.services: AppServices | None = None
        self.publisher: Publisher | None = None  # sends documents through the outbox, while a file is open
        self.preview_dialog: QtWidgets.QDialog | None = None  # the last document shown
        self.annual_report_dialog: AnnualReportDialog | None = None  # Filer ▸ Årsberetning…, one at a time
        self.undo_stack = UndoStack(self)
        self.undo_stack.refused.connect(self._on_undo_stack_refused)
        self._recent = recent_files
        self.setWindowTitle(self.tr("Lokalråd"))
        self.setStyleSheet(STYLE_SHEET)
        self.setAcceptDrops(True)  # an answer (.eml, .ics) or a calendar dropped on the window is read in

        self.nav = QtWidgets.QListWidget()
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(190)
        self.stack = QtWidgets.QStackedWidget()
        self.overview_view = OverviewView(overview, events, sections_later=True)  # app.run fills them after paint
        self.overview_view.next_step_requested.connect(self._on_overview_next_step_requested)
        self.overview_view.record_requested.connect(self.open_record)
        loading = self.tr("Opening the council file…")
        self.pages: dict[str, QtWidgets.QWidget] = {
            "overview": self.overview_view,
            "meetings": PlaceholderPage(self.tr("Meetings"), loading),
            "members": PlaceholderPage(self.tr("Members"), loading),
            "plan": PlaceholderPage(self.tr("Development plan"), loading),
            "hearings": PlaceholderPage(self.tr("Hearings"), loading),
            "funding": PlaceholderPage(self.tr("Funding"), loading),
            "outbox": PlaceholderPage(self.tr("Outbox"), loading),
        }
        nav_names = {
            "overview": self.tr("Overview"),
            "meetings": self.tr("Meetings"),
            "members": self.tr("Members"),
            "plan": self.tr("Development plan"),
            "hearings": self.tr("Hearings"),
            "funding": self.tr("Funding"),
            "outbox": self.tr("Outbox"),
        }
        for key in PAGES:
            self.nav.addItem(nav_names[key])
            self.stack.addWidget(self.pages[key])
        self.search_view: QtWidgets.QWidget | None = None

        central = QtWidgets.QWidget()
        layout = QtWidgets.QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search_edit = QtWidgets.QLineEdit()
        self.search_edit.setObjectName("GlobalSearch")
        self.search_edit.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(360)
        self.search_edit.setEnabled(False)
        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("SearchToolBar")
        toolbar.setMovable(False)
        spacer = QtWidgets.QWidget()
        spacer.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_edit)
        self._search_timer = QtCore.QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search_edit.textEdited.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._on_search_timer_timeout)

        self.file_label = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        self._build_menus()
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self._restore_window_state()

    # --- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New council file…"), self._on_new)
        self.open_action = file_menu.addAction(self.tr("&Open…"), self._on_open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.demo_action = file_menu.addAction(self.tr("Open the d&emo council"), self.demo_requested.emit)
        self.welcome_action = file_menu.addAction(self.tr("&Welcome: name the council…"), self.welcome_requested.emit)
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Back up now"), self._on_backup)
        self.restore_action = file_menu.addAction(self.tr("Restore from &backup…"), self._on_restore)
        file_menu.addSeparator()
        self.handover_action = file_menu.addAction(self.tr("&Hand over to a new secretary…"), self._on_handover)
        self.open_handover_action = file_menu.addAction(self.tr("Open a hando&ver…"), self._on_open_handover)
        file_menu.addSeparator()
        self.annual_report_action = file_menu.addAction(self.tr("Annual report: the chair's &text…"),
                                                        self.show_annual_report)
        self.print_members_action = file_menu.addAction(self.tr("Print &member list…"),
                                                        lambda: self.print_document("members"))
        self.print_report_action = file_menu.addAction(self.tr("Print &annual report…"),
                                                       lambda: self.print_document("annual-report"))
        self.print_plan_action = file_menu.addAction(self.tr("Print &development plan…"),
                                                     lambda: self.print_document("plan"))
        self.verify_action = file_menu.addAction(self.tr("&Check approved minutes (PDF)…"), self.verify_pdf)
        self.send_plan_action = file_menu.addAction(self.tr("Send the development plan to the m&unicipality…"),
                                                    lambda: self.send_to_municipality("plan"))
        self.send_export_action = file_menu.addAction(self.tr("Send the e&xport to the municipality…"),
                                                      lambda: self.send_to_municipality("export"))
        self.import_calendar_action = file_menu.addAction(self.tr("Read answers or a ca&lendar (.ics, .eml)…"),
                                                          self._on_import_calendar)
        self.counter_proposals_action = file_menu.addAction(self.tr("Proposed new &times…"),
                                                            self.show_counter_proposals)
        file_menu.addSeparator()
        self.settings_action = file_menu.addAction(self.tr("&Settings…"), self.settings_requested.emit)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        self._fill_recent_menu()

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = edit_menu.addAction(self.tr("&Find…"), self.focus_search)

        view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions = [view_menu.addAction(self.nav.item(i).text(), lambda k=key: self.show_page(k))
                             for i, key in enumerate(PAGES)]

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = help_menu.addAction(self.tr("&User guide"), self.show_help)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(self.tr("&About Lokalråd"), self._on_about)
        help_menu.addAction(self.tr("About &Qt"), QtWidgets.QApplication.aboutQt)
        self._set_file_actions_enabled(False)

    def install_shortcuts(self) -> None:
        """Called once the window is on screen: shortcuts make PySide6 build its Python enums (~30 ms)."""
        keys = QtGui.QKeySequence.StandardKey
        self.new_action.setShortcut(keys.New)
        self.open_action.setShortcut(keys.Open)
        self.settings_action.setShortcut(keys.Preferences)
        self.quit_action.setShortcut(keys.Quit)
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action.setShortcuts([keys.Redo, QtGui.QKeySequence("Ctrl+Y")])
        self.find_action.setShortcut(keys.Find)
        self.guide_action.setShortcut(QtGui.QKeySequence("F1"))  # the section of the page in view
        for i, action in enumerate(self.page_actions):
            action.setShortcut(QtGui.QKeySequence(f"Ctrl+{i + 1}"))
        role = QtGui.QAction.MenuRole
        self.settings_action.setMenuRole(role.PreferencesRole)
        self.quit_action.setMenuRole(role.QuitRole)
        self.about_action.setMenuRole(role.AboutRole)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._recent:
            self.recent_menu.addAction(str(path), lambda p=path: self.open_requested.emit(p))
        self.recent_menu.setEnabled(bool(self._recent))

    def set_recent_files(self, files: list[Path]) -> None:
        self._recent = files
        self._fill_recent_menu()

    def _set_file_actions_enabled(self, enabled: bool) -> None:
        for a in (self.backup_action, self.restore_action, self.settings_action, self.print_members_action,
                  self.annual_report_action,
                  self.print_report_action, self.print_plan_action, self.verify_action, self.handover_action,
                  self.import_calendar_action, self.counter_proposals_action, self.send_plan_action,
                  self.send_export_action):
            a.setEnabled(enabled)
        self.search_edit.setEnabled(enabled)
        self.welcome_action.setEnabled(enabled and self.services is not None and self.services.council.council() is None)

    def _on_undo_stack_refused(self, text: str) -> None:
        prompts.error(self, self.tr("Undo and redo"), text)

    # --- services ------------------------------------------------------------------------------
    def attach(self, services: AppServices) -> None:
        """Builds the pages that need the store, once it is open."""
        from lokalraad_app.ui.funding.funding_view import FundingView
        from lokalraad_app.ui.hearings.hearings_view import HearingsView
        from lokalraad_app.ui.meetings.meetings_view import MeetingsView
        from lokalraad_app.ui.members.members_view import MembersView
        from lokalraad_app.ui.outbox.outbox_view import OutboxView
        from lokalraad_app.ui.plan.citizen_budget_view import CitizenBudgetView
        from lokalraad_app.ui.plan.ideas_view import IdeasView
        from lokalraad_app.ui.plan.plan_view import PlanView
        from lokalraad_app.ui.plan.working_groups_view import WorkingGroupsView
        from lokalraad_app.ui.publisher import Publisher
        from lokalraad_app.ui.search_view import SearchView

        self.services = services
        self.undo_stack.clear()
        self.publisher = Publisher(services.publishing, self.events, self)
        self.publisher.status_changed.connect(lambda line: self.statusBar().showMessage(line, 15000))
        members = MembersView(services.members, self.events, self.undo_stack,
                              services.council.int_setting("retention_years"), services.member_import)
        self._replace_page("members", members)
        meetings = MeetingsView(services.meeting, services.agenda, services.minutes, services.meetings, self.events,
                                self.undo_stack, services.attendance, services.members, services.actions,
                                services.requests, services.attachments, services.documents, services.invitations,
                                services.calendar, publishing=services.publishing, signups=services.signups)
        meetings.page.status_changed.connect(lambda line: self.statusBar().showMessage(line, 15000))
        self._replace_page("meetings", meetings)
        meetings.page.agenda_editor.set_plan(services.plan)  # Knyt til initiativ
        plan = PlanView(services.plan, services.meetings, self.events, self.undo_stack,
                        backup=services.council.backup_now)
        plan.meeting_requested.connect(self._on_plan_meeting_requested)
        plan.add_tab(IdeasView(services.ideas, self.events, self.undo_stack), self.tr("Citizens' &ideas"))
        plan.add_tab(WorkingGroupsView(services.working_groups, self.events, self.undo_stack),
                     self.tr("&Working groups"))
        plan.add_tab(CitizenBudgetView(services.citizen_budget, self.events, self.undo_stack),
                     self.tr("Citizen &budget"))
        self._replace_page("plan", plan)
        self._replace_page("hearings", HearingsView(services.hearings, services.documents, self.events,
                                                    self.undo_stack, publisher=self.publisher))
        self._replace_page("funding", FundingView(services.funding, self.events, self.undo_stack))
        outbox = OutboxView(services.outbox, self.events)
        outbox.sending_changed.connect(lambda line: self.statusBar().showMessage(line, 15000))
        self._replace_page("outbox", outbox)
        search = SearchView(services.council.search)
        search.hit_opened.connect(self._on_search_hit_opened)
        if self.search_view is not None:
            self.stack.removeWidget(self.search_view)
            self.search_view.deleteLater()
        self.search_view = search
        self.stack.addWidget(search)
        self.file_label.setText(str(services.path))
        council = services.council.council()
        name = council.name if council else services.path.stem
        self.setWindowTitle(self.tr("%1 — Lokalråd").replace("%1", name))
        self._set_file_actions_enabled(True)
        self.overview_view.show_sections()

    def detach(self) -> None:
        from lokalraad_app.ui.outbox.outbox_view import OutboxView

        outbox = self.pages["outbox"]
        if isinstance(outbox, OutboxView):
            outbox.wait_for_sending()  # a send under way finishes before the file closes
        if self.annual_report_dialog is not None:
            self.annual_report_dialog.close()  # saves what was typed while the file is still open
            self.annual_report_dialog.deleteLater()
            self.annual_report_dialog = None
        self.services = None
        if self.publisher is not None:
            self.publisher.deleteLater()
            self.publisher = None
        self.undo_stack.clear()
        loading = self.tr("Opening the council file…")
        self._replace_page("outbox", PlaceholderPage(self.tr("Outbox"), loading))
        self._replace_page("members", PlaceholderPage(self.tr("Members"), loading))
        self._replace_page("meetings", PlaceholderPage(self.tr("Meetings"), loading))
        self._replace_page("hearings", PlaceholderPage(self.tr("Hearings"), loading))
        self._replace_page("funding", PlaceholderPage(self.tr("Funding"), loading))
        self._replace_page("plan", PlaceholderPage(self.tr("Development plan"), loading))
        self._set_file_actions_enabled(False)

    def send_to_municipality(self, what: str) -> int | None:
        """Filer ▸ Send …: the plan or the machine-readable export, by mail and/or upload as the profile says."""
        return self.publisher.send(self, what) if self.publisher is not None else None

    def print_document(self, document: str) -> QtWidgets.QDialog | None:
        """The member list, the plan, or a year's annual report (the year asked), in the preview to print or save."""
        from lokalraad_app.services.errors import ValidationError
        from lokalraad_app.ui.documents.preview_dialog import show_preview

        if self.services is None:
            return None
        year = 0
        if document == "annual-report":
            this_year = QtCore.QDate.currentDate().year()
            years = [str(y) for y in range(this_year, this_year - 6, -1)]
            chosen = prompts.choose(self, self.tr("Annual report"), self.tr("The report for the year:"), years)
            if chosen is None:
                return None
            year = int(years[chosen])
        # A busy year's report takes a moment to build: say so with the cursor.
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            if document == "annual-report":
                name, pdf = self.services.documents.annual_report(year)
            elif document == "plan":
                name, pdf = self.services.documents.plan()
            else:
                name, pdf = self.services.documents.members()
        except ValidationError as e:
            prompts.info(self, self.tr("Nothing to print"), self.tr("This council file has no development plan yet.")
                         if e.field == "plan" else e.message)
            return None
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()
        dialog = show_preview(name, pdf, self)
        if document == "annual-report":
            dialog.add_button(self.tr("Save as &text to edit…"), lambda: self.save_report_text(year))
        self.preview_dialog = dialog
        return dialog

    def show_annual_report(self, year: int | None = None) -> QtWidgets.QDialog | None:
        """The annual report's draft to write in: the chair's words beside the year's facts (this year first)."""
        from lokalraad_app.ui.documents.annual_report_dialog import AnnualReportDialog

        if self.services is None:
            return None
        year = year or QtCore.QDate.currentDate().year()
        if self.annual_report_dialog is None:
            self.annual_report_dialog = AnnualReportDialog(self.services.annual_report, self.services.documents,
                                                           self.events, year, self)
        elif year != self.annual_report_dialog.year:
            self.annual_report_dialog.year_spin.setValue(year)
        self.annual_report_dialog.show()
        self.annual_report_dialog.raise_()
        self.annual_report_dialog.activateWindow()
        return self.annual_report_dialog

    def save_report_text(self, year: int) -> Path | None:
        """The annual report's draft as text (UTF-8, readable by Word and LibreOffice), for the chair to edit."""
        if self.services is None:
            return None
        name, content = self.services.documents.annual_report_text(year)
        target = prompts.save_file(self, self.tr("Save as text"), self.tr("Text (*.txt)"), name)
        if target is None:
            return None
        try:
            target.write_text(content, encoding="utf-8-sig")  # the mark makes Windows programs read æøå right
        except OSError as e:
            prompts.error(self, self.tr("Not saved"), f"{target}: {e.strerror}")
            return None
        return target

    def verify_pdf(self) -> bool | None:
        """Whether a PDF someone holds is, unchanged, approved minutes sealed in this file (as `lokalraad verify`)."""
        if self.services is None:
            return None
        path = prompts.open_file(self, self.tr("Check approved minutes"), self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        try:
            found = self.services.documents.verify(path.read_bytes())
        except OSError as e:
            prompts.error(self, self.tr("Not read"), f"{path}: {e.strerror}")
            return None
        if found.sealed:
            when = found.meeting_start.strftime("%d.%m.%Y") if found.meeting_start else ""
            text = self.tr("%1 is the approved minutes of %2 %3, unchanged since they were sealed.") \
                .replace("%1", path.name).replace("%2", found.meeting_title).replace("%3", when)
            if found.superseded:
                text += " " + self.tr("A later correction has since been sealed for the same meeting.")
            prompts.info(self, self.tr("Minutes verified"), text)
            return True
        if found.claim_known:
            text = self.tr("%1 claims to be approved minutes, but it is not the file that was sealed: it has been "
                           "changed.")
        elif found.claimed_digest:
            text = self.tr("%1 claims to be approved minutes, but this council file holds no such seal. It may come "
                           "from another copy of the file, or from before a backup was restored.")
        else:
            text = self.tr("%1 is not approved minutes sealed in this council file.")
        text = text.replace("%1", path.name)
        prompts.error(self, self.tr("Not verified"), text)
        return False

    # --- answers and calendars: opened from the File menu or dropped on the window ---------------------
    def _on_import_calendar(self) -> None:
        from lokalraad_app.ui.calendar_files import FILTER

        path = prompts.open_file(self, self.tr("Read answers or a calendar"),
                                 self.tr("Calendars and saved mails (%1)").replace("%1", FILTER))
        if path is not None:
            self.import_calendar_file(path)

    def show_counter_proposals(self) -> QtWidgets.QDialog | None:
        """The times invitees proposed (COUNTER), for the secretary to deal with."""
        from lokalraad_app.ui.counter_proposals_dialog import CounterProposalsDialog

        if self.services is None:
            return None
        dialog = CounterProposalsDialog(self.services.calendar_import, self.events, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def import_calendar_file(self, path: Path) -> bool:
        from lokalraad_app.ui.calendar_files import import_calendar_file

        if self.services is None:
            return False
        return import_calendar_file(self, self.services.calendar_import, self.events, path)

    def _dropped_calendar_files(self, mime: QtCore.QMimeData) -> list[Path]:
        from lokalraad_app.ui.calendar_files import is_calendar_file

        if self.services is None or not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if is_calendar_file(p)]

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if self._dropped_calendar_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = self._dropped_calendar_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        for path in paths:
            self.import_calendar_file(path)

    def _replace_page(self, key: str, page: QtWidgets.QWidget) -> None:
        old = self.pages[key]
        index = self.stack.indexOf(old)
        was_current = self.stack.currentWidget() is old
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[key] = page
        if was_current:
            self.stack.setCurrentWidget(page)

    def _on_overview_next_step_requested(self, step: str) -> None:
        if step == "welcome":
            self.welcome_requested.emit()
        elif step == "demo":
            self.demo_requested.emit()
        elif self.services is not None:
            if step == "meeting":
                self.show_page("meetings").new_button.click()  # type: ignore[attr-defined]
            else:
                members = self.show_page("members")
                (members.add_action if step == "members" else members.import_action).trigger()  # type: ignore[attr-defined]

    def _on_plan_meeting_requested(self, meeting_id: int, item_id: int) -> None:
        """A decision listed under an initiative: its meeting opens on that item."""
        self.show_page("meetings").open_item(item_id)  # type: ignore[attr-defined]

    # --- navigation and search -----------------------------------------------------------------
    def show_page(self, key: str) -> QtWidgets.QWidget:
        self.nav.setCurrentRow(PAGES.index(key))
        self.stack.setCurrentWidget(self.pages[key])
        return self.pages[key]

    def current_page(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)]

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.stack.setCurrentWidget(self.pages[PAGES[row]])

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_search_timer_timeout(self) -> None:
        if self.search_view is None:
            return
        text = self.search_edit.text()
        if not text.strip():
            return
        count = self.search_view.run(text)  # type: ignore[attr-defined]
        self.nav.clearSelection()
        self.stack.setCurrentWidget(self.search_view)
        self.statusBar().showMessage(self.tr("%n hit(s)", "", count), 3000)

    def _on_search_hit_opened(self, kind: str, ref_id: int) -> None:
        self.open_record(kind, ref_id)

    def open_record(self, kind: str, ref_id: int = 0) -> QtWidgets.QWidget:
        """Opens the page of a record and shows the record there: `kind` is a RECORD_PAGES key, or a page
        name (then `ref_id` is 0). Before the store has loaded, only the page is shown."""
        page_key = kind if kind in PAGES else RECORD_PAGES.get(kind, "overview")
        page: Any = self.show_page(page_key)
        if self.services is None or kind in PAGES:
            return page
        if kind == "person":
            page.show_person(ref_id)
        elif kind == "meeting":
            page.open_meeting(ref_id)
        elif kind == "agenda_item":
            page.open_item(ref_id)
        elif kind == "initiative":
            page.select("initiative", ref_id)
        elif kind in ("hearing", "funding_application", "funding_report"):
            page.select(ref_id)
        elif kind in ("action_item", "actions", "request", "requests"):
            page.show_follow_up(kind, ref_id or None)
        elif kind == "outbox_status":  # ref_id: the place of the status in OUTBOX_WAITING
            page.show_status(OUTBOX_WAITING[ref_id])
        elif not (hasattr(page, "show_record") and page.show_record(kind, ref_id)):
            self.statusBar().showMessage(self.tr("This area cannot show the record yet."), 5000)
        return page

    # --- file actions --------------------------------------------------------------------------
    def _on_new(self) -> None:
        path = prompts.save_file(self, self.tr("New council file"), COUNCIL_FILTER, "lokalraad.sqlite")
        if path is not None:
            if path.suffix == "":
                path = path.with_suffix(".sqlite")
            self.new_requested.emit(path)

    def _on_open(self) -> None:
        path = prompts.open_file(self, self.tr("Open council file"), COUNCIL_FILTER)
        if path is not None:
            self.open_requested.emit(path)

    def _on_backup(self) -> None:
        if self.services is None:
            return
        try:
            target = self.services.council.backup_now()
        except OSError as e:
            prompts.error(self, self.tr("Backup failed"), str(e))
            return
        self.statusBar().showMessage(self.tr("Backup saved: %1").replace("%1", str(target)), 8000)

    def _on_restore(self) -> None:
        if self.services is None:
            return
        backups = self.services.council.list_backups()
        labels = [f"{b.taken_at:%d.%m.%Y %H.%M} — {b.path.name}" for b in backups]
        labels.append(self.tr("Other file…"))
        index = prompts.choose(self, self.tr("Restore from backup"),
                               self.tr("Which backup should replace the current content? "
                                       "The current content is backed up first."), labels)
        if index is None:
            return
        if index < len(backups):
            chosen: Path | None = backups[index].path
        else:
            chosen = prompts.open_file(self, self.tr("Choose backup"), COUNCIL_FILTER + ";;* (*)")
        if chosen is not None:
            self.restore_requested.emit(chosen)

    def _on_handover(self) -> None:
        if self.services is None:
            return
        name = f"overdragelse-{QtCore.QDate.currentDate().toString('yyyy-MM-dd')}.zip"
        path = prompts.save_file(self, self.tr("Hand over to a new secretary"), HANDOVER_FILTER, name)
        if path is not None:
            self.handover_requested.emit(path if path.suffix else path.with_suffix(".zip"))

    def _on_open_handover(self) -> None:
        archive = prompts.open_file(self, self.tr("Open a handover"), HANDOVER_FILTER)
        if archive is None:
            return
        target = prompts.save_file(self, self.tr("Where should the council file be kept?"), COUNCIL_FILTER,
                                   "lokalraad.sqlite")
        if target is not None:
            self.open_handover_requested.emit(archive, target if target.suffix else target.with_suffix(".sqlite"))

    def show_help(self) -> HelpDialog:
        """The user guide at the section for the page in view; one window, raised again when open."""
        from lokalraad_app.ui.help_dialog import SECTION_FOR_PAGE, HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show_section(SECTION_FOR_PAGE.get(self.current_page(), "start"))
        self.help_dialog.show()
        self.help_dialog.raise_()
        return self.help_dialog

    def _on_about(self) -> None:
        prompts.info(self, self.tr("About Lokalråd"),
                     self.tr("Lokalråd %1\n\nFor the secretaries of Danish local councils: members, "
                             "meetings, minutes, plans and hearings — on your own computer.")
                     .replace("%1", __version__))

    # --- window state --------------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        # The screen the remembered place is on (a second monitor may be gone), else the primary one.
        screen = QtGui.QGuiApplication.screenAt(self.geometry().center()) or QtGui.QGuiApplication.primaryScreen()
        if screen is not None:
            self.fit_to_screen(screen.availableGeometry())
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        page = str(self.settings.value("window/page", "overview"))
        self.show_page(page if page in PAGES else "overview")

    def fit_to_screen(self, available: QtCore.QRect) -> None:
        """Keeps the whole window, title bar included, on the screen's free area (a 1366×768 laptop less its
        taskbar), whatever size was remembered from a bigger screen."""
        if self.isMaximized() or self.isFullScreen():
            return
        inside = available.adjusted(*FRAME)  # Qt's geometry leaves out the title bar and borders
        rect = QtCore.QRect(self.geometry().topLeft(), self.size().boundedTo(inside.size()))
        if not inside.contains(rect):
            rect.moveCenter(inside.center())
        self.setGeometry(rect)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/page", self.current_page())
        super().closeEvent(event)
