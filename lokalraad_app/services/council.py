"""The council itself, settings kept in the file, search, backups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import select

from lokalraad_app.documents.styles import check_logo
from lokalraad_app.domain.models import Council, Setting
from lokalraad_app.domain.rules import is_valid_email
from lokalraad_app.services.errors import Changes, ValidationError
from lokalraad_app.store import backup as backups
from lokalraad_app.store.engine import Store
from lokalraad_app.store.search import SearchHit, search

COUNCIL: Changes = frozenset({"council"})

# Settings kept in the council file (they travel with it to the next secretary).
DEFAULT_SETTINGS = {
    "backup_keep": "10",
    "retention_years": "5",
    "quorum_percent": "50",  # the statutes' quorum: this share of the board present
    "minutes_signatures": "0",  # "1": approved minutes get lines for the members present to sign
}
LOGO_MAX_BYTES = 2_000_000


@dataclass
class CouncilInput:
    name: str
    area: str = ""
    municipality: str = ""
    secretary_name: str = ""
    secretary_email: str = ""
    document_language: str = "da"


class CouncilService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def council(self) -> Council | None:
        with self.store.read() as s:
            return s.exec(select(Council).order_by(Council.id)).first()  # type: ignore[arg-type]

    def save_council(self, data: CouncilInput) -> Changes:
        if not data.name.strip():
            raise ValidationError("name", "required", "The council needs a name.")
        if data.secretary_email.strip() and not is_valid_email(data.secretary_email):
            raise ValidationError("secretary_email", "invalid",
                                  f'"{data.secretary_email}" is not a valid email address.')
        if data.document_language not in ("da", "en"):
            raise ValidationError("document_language", "invalid", "The document language must be da or en.")
        with self.store.session() as s:
            council = s.exec(select(Council).order_by(Council.id)).first()  # type: ignore[arg-type]
            if council is None:
                council = Council(name="")
                s.add(council)
            for k, v in vars(data).items():
                setattr(council, k, v.strip())
            return COUNCIL

    @staticmethod
    def check_logo(content: bytes) -> None:
        """Raises ValidationError unless the bytes are a PNG or JPEG of at most 2 MB that documents can show."""
        if len(content) > LOGO_MAX_BYTES:
            raise ValidationError("logo", "too_large", "The logo is larger than 2 MB; choose a smaller image.")
        try:
            check_logo(content)
        except ValueError as e:
            raise ValidationError("logo", "invalid", f"The logo must be a PNG or JPEG image: {e}.") from None

    def set_logo(self, content: bytes | None) -> Changes:
        """The logo printed atop every document (PNG or JPEG); None removes it."""
        if content is not None:
            self.check_logo(content)
        with self.store.session() as s:
            council = s.exec(select(Council).order_by(Council.id)).first()  # type: ignore[arg-type]
            if council is None:
                raise ValidationError("logo", "no_council", "Give the council a name first.")
            council.logo = content
            return COUNCIL

    def setting(self, key: str) -> str:
        with self.store.read() as s:
            row = s.get(Setting, key)
            return row.value if row else DEFAULT_SETTINGS.get(key, "")

    def int_setting(self, key: str) -> int:
        try:
            return int(self.setting(key))
        except ValueError:
            return int(DEFAULT_SETTINGS[key])

    def set_setting(self, key: str, value: str) -> Changes:
        if key in ("backup_keep", "retention_years") and (not value.isdigit() or int(value) < 1):
            raise ValidationError(key, "positive_integer", f"{key} must be a whole number of at least 1.")
        if key == "quorum_percent" and (not value.isdigit() or not 1 <= int(value) <= 100):
            raise ValidationError(key, "percent", "The quorum must be a percentage from 1 to 100.")
        if key == "minutes_signatures" and value not in ("0", "1"):
            raise ValidationError(key, "flag", "minutes_signatures is 0 or 1.")
        with self.store.session() as s:
            s.merge(Setting(key=key, value=value))
            return frozenset({"settings"})

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        with self.store.read() as s:
            return search(s, text, limit)

    # --- backups -------------------------------------------------------------------------------
    # The store reads the keep setting itself, with plain sqlite3: a damaged file still gets its clear
    # "no backup was made" instead of failing on the way there.
    def backup_if_due(self) -> Path | None:
        return backups.backup_if_due(self.store.path)

    def backup_now(self) -> Path:
        return backups.backup_now(self.store.path)

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.store.path)


def restore(path: Path, backup: Path) -> Path | None:
    """Restores a backup into a council file that is not open (the caller holds its lock)."""
    return backups.restore_backup(path, backup)


__all__ = ["COUNCIL", "CouncilInput", "CouncilService", "SearchHit", "datetime", "restore"]
