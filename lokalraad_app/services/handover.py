"""Overdragelse: the council handed to the next secretary in one checked archive (store/handover.py),
and what she must set up again once she has opened it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lokalraad_app.domain.models import Council
from lokalraad_app.services.bundle import locked
from lokalraad_app.store.handover import HandoverError, Manifest, open_handover, write_handover

# What never travels in the handover, so the new secretary sets it up again, in this order.
CHECKLIST = ("secretary", "mail", "profile")


@dataclass(frozen=True)
class ChecklistItem:
    key: str  # one of CHECKLIST; the UI and the CLI word it
    done: bool


def export_handover(council_file: Path, target: Path) -> Manifest:
    """Safe while the app has the file open: the copy is taken through SQLite's backup API."""
    return write_handover(council_file, target)


def open_handover_as(archive: Path, council_file: Path) -> Manifest:
    """Checks the archive whole and makes `council_file` from it (under its lock, so no app opens it
    half-made). Raises HandoverError, having written nothing."""
    existed = council_file.exists()
    with locked(council_file):  # takes the path at once (an empty file), so it is made under the lock …
        try:
            return open_handover(archive, council_file)
        except HandoverError:
            if not existed and council_file.is_file() and council_file.stat().st_size == 0:
                council_file.unlink()  # … and a refusal leaves nothing behind
            raise


def checklist(council: Council | None, manifest: Manifest, *, profile_imported: bool = False,
              mail_password: bool = False) -> list[ChecklistItem]:
    """The secretary's own name and e-mail (the organiser of invitations) are done once they are no longer
    the previous secretary's. The municipality's profile travels in the file, but the mail password never
    does (the keyring of the old computer keeps it): both are done once set up here."""
    now = ""
    if council is not None and council.secretary_name:
        now = f"{council.secretary_name} <{council.secretary_email}>" if council.secretary_email else council.secretary_name
    return [ChecklistItem("secretary", bool(now) and now != manifest.previous_secretary),
            ChecklistItem("mail", mail_password), ChecklistItem("profile", profile_imported)]


__all__ = ["CHECKLIST", "ChecklistItem", "HandoverError", "Manifest", "checklist", "export_handover",
           "open_handover_as"]
