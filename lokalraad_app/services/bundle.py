"""All services over one open council file, built in one place for the app, the CLI and tests.

The command line reaches the store's lock and errors through here, so it never imports store/.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from lokalraad_app.services.actions import ActionService
from lokalraad_app.services.agenda import AgendaService
from lokalraad_app.services.annual_report import AnnualReportService
from lokalraad_app.services.attachments import AttachmentService
from lokalraad_app.services.attendance import AttendanceService
from lokalraad_app.services.calendar import CalendarService
from lokalraad_app.services.calendar_import import CalendarImportService
from lokalraad_app.services.citizen_budget import CitizenBudgetService
from lokalraad_app.services.citizen_ideas import CitizenIdeaService
from lokalraad_app.services.council import CouncilService
from lokalraad_app.services.documents import DocumentService
from lokalraad_app.services.export import ExportService
from lokalraad_app.services.funding import FundingService
from lokalraad_app.services.hearings import HearingService
from lokalraad_app.services.invitations import InvitationService
from lokalraad_app.services.meeting_list import MeetingListService
from lokalraad_app.services.meetings import MeetingService
from lokalraad_app.services.member_import import MemberImportService
from lokalraad_app.services.members import MemberService
from lokalraad_app.services.minutes import MinutesService
from lokalraad_app.services.outbox import OutboxService
from lokalraad_app.services.plan import PlanService
from lokalraad_app.services.profile import ProfileService
from lokalraad_app.services.publishing import PublishingService
from lokalraad_app.services.requests import RequestService
from lokalraad_app.services.signups import SignupService
from lokalraad_app.services.working_groups import WorkingGroupService
from lokalraad_app.store.backup import RestoreError, backup_now
from lokalraad_app.store.engine import Store, StoreError, open_store
from lokalraad_app.store.lock import FileLock, FileLockedError
from lokalraad_app.store.schema import SchemaState, read_schema_state


@dataclass
class AppServices:
    path: Path
    council: CouncilService
    members: MemberService
    member_import: MemberImportService
    meetings: MeetingListService
    meeting: MeetingService
    agenda: AgendaService
    minutes: MinutesService
    attendance: AttendanceService
    actions: ActionService
    requests: RequestService
    attachments: AttachmentService
    documents: DocumentService
    invitations: InvitationService
    calendar_import: CalendarImportService
    profiles: ProfileService
    outbox: OutboxService
    calendar: CalendarService
    hearings: HearingService
    funding: FundingService
    ideas: CitizenIdeaService
    working_groups: WorkingGroupService
    citizen_budget: CitizenBudgetService
    export: ExportService
    publishing: PublishingService
    signups: SignupService
    plan: PlanService
    _store: Store
    annual_report: AnnualReportService = field(init=False)

    def __post_init__(self) -> None:
        self.annual_report = AnnualReportService(self._store)

    def close(self) -> None:
        self._store.close()


def open_services(path: Path, *, backup: bool = True, writable: bool = True) -> AppServices:
    """Opens (creating or upgrading) the file and, at most daily, backs it up first thing. `writable=False`
    for commands that only read: a read-only file may be read."""
    if backup and read_schema_state(path) is SchemaState.OLDER:
        backup_now(path, note="before-upgrade")  # an upgrade is the riskiest moment for the file
    store = open_store(path, writable=writable)
    council = CouncilService(store)
    if backup:
        try:
            council.backup_if_due()
        except BaseException:
            store.close()  # not left open behind the refusal (a damaged file, a full disk)
            raise
    profiles = ProfileService(store)
    calendar_import = CalendarImportService(store)  # its mirrors show in the calendar too
    documents, export = DocumentService(store), ExportService(store)
    return AppServices(path, council, MemberService(store), MemberImportService(store),
                       MeetingListService(store), MeetingService(store), AgendaService(store), MinutesService(store),
                       AttendanceService(store), ActionService(store), RequestService(store),
                       AttachmentService(store), documents, InvitationService(store),
                       calendar_import, profiles, OutboxService(store, profiles),
                       CalendarService(store, imported=calendar_import), HearingService(store), FundingService(store),
                       CitizenIdeaService(store), WorkingGroupService(store), CitizenBudgetService(store), export,
                       PublishingService(store, documents, profiles, export.json_file), SignupService(store),
                       PlanService(store), store)


# --- opening a file for one headless command --------------------------------------------------------


def no_council_file(path: Path) -> bool:
    """True when there is nothing at `path` a command could read (a missing or empty file)."""
    return not path.is_file() or path.stat().st_size == 0


@contextmanager
def open_for_command(path: Path, *, write: bool) -> Iterator[AppServices]:
    """Opens an existing council file for one command and closes it after.

    A command that writes holds the file's lock throughout (a running app refuses it); so does a
    read that first has to upgrade an older file, since the upgrade writes. Plain reads take no
    lock, so `lokalraad members` works while the app has the file open.
    """
    path = Path(path)
    if no_council_file(path) and not path.is_dir():  # a folder: open_store says so
        raise StoreError(f"no council file at {path}")
    upgrading = read_schema_state(path) is SchemaState.OLDER
    with _maybe_locked(path, write or upgrading):
        services = open_services(path, backup=write or upgrading, writable=write or upgrading)
        try:
            yield services
        finally:
            services.close()


@contextmanager
def _maybe_locked(path: Path, lock: bool) -> Iterator[None]:
    if not lock:
        yield
        return
    with FileLock(path):
        yield


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Holds the council file's lock (for commands that replace or create the whole file)."""
    with FileLock(Path(path)):
        yield


__all__ = ["AppServices", "FileLockedError", "RestoreError", "StoreError", "locked", "no_council_file",
           "open_for_command", "open_services"]
