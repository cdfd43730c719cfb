"""All services over one open council file, built in one place for the app and its tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lokalraad_app.services.council import CouncilService
from lokalraad_app.services.member_import import MemberImportService
from lokalraad_app.services.members import MemberService
from lokalraad_app.store.backup import backup_now
from lokalraad_app.store.engine import Store, open_store
from lokalraad_app.store.schema import SchemaState, read_schema_state


@dataclass
class AppServices:
    path: Path
    council: CouncilService
    members: MemberService
    member_import: MemberImportService
    _store: Store

    def close(self) -> None:
        self._store.close()


def open_services(path: Path, *, backup: bool = True) -> AppServices:
    """Opens (creating or upgrading) the file and, at most daily, backs it up first thing."""
    if backup and read_schema_state(path) is SchemaState.OLDER:
        backup_now(path, note="before-upgrade")  # an upgrade is the riskiest moment for the file
    store = open_store(path)
    council = CouncilService(store)
    if backup:
        council.backup_if_due()
    return AppServices(path, council, MemberService(store), MemberImportService(store), store)
