"""Deleting an agenda item or a meeting and undoing it puts back everything, as it was, with the same ids:
attachments with their content, votes, participants, minutes, and the links of action items and requests."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6 import QtGui

from lokalraad_app.domain.enums import Classification, ItemKind, MeetingKind, Presence
from lokalraad_app.services.actions import ActionInput
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.ui.meetings.commands import RemoveAgendaItemCommand, RemoveMeetingCommand

CPH = ZoneInfo("Europe/Copenhagen")
SKIPPED = ("audit_log", "search_fts", "alembic_version", "sqlite_")  # history and the search index's own pages


def file_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every record table in the council file, read with plain sqlite3."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not t.startswith(SKIPPED)]
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def a_full_meeting(services: AppServices, tmp_path: Path) -> tuple[int, int]:
    """A dialogue meeting whose item has an attachment, a vote, minutes, an action item and a request."""
    start = datetime(2026, 3, 3, 19, 0, tzinfo=CPH)
    mid, _ = services.meeting.create(MeetingInput(title="Dialogmøde", start=start, end=start + timedelta(hours=2),
                                                  kind=MeetingKind.DIALOGUE, place="Forsamlingshuset"))
    iid, _ = services.agenda.add_item(mid, ItemInput(title="Fortov på Bygaden", kind=ItemKind.DECISION,
                                                     background="Beboere ønsker fortov.",
                                                     classification=Classification.ADMINISTRATIVE.value))
    source = tmp_path / "Skitse fortov.pdf"
    source.write_bytes(b"%PDF-1.4 skitse " + bytes(range(256)) * 40)
    services.attachments.add(iid, source)
    services.minutes.set_minutes_text(iid, discussion="Drøftet grundigt.", decision="Vedtaget.")
    services.attendance.set_votes(iid, 5, 1, 0)
    services.actions.add(ActionInput("Skriv til kommunen", owner_name="Søren"), agenda_item_id=iid)
    services.actions.add(ActionInput("Book salen", owner_name="Karin"), meeting_id=mid)
    services.requests.from_item(iid)
    row_id, _ = services.attendance.add(mid, name="Gæst Hansen", email="gaest@example.dk", guest=True)
    services.attendance.set_presence(row_id, Presence.PRESENT)
    return mid, iid


def test_a_removed_item_comes_back_with_its_attachment_vote_and_links(services: AppServices, tmp_path: Path) -> None:
    mid, iid = a_full_meeting(services, tmp_path)
    before = file_rows(services.path)
    removed, changes = services.agenda.delete_item(iid)
    after_delete = file_rows(services.path)
    assert after_delete["attachment"] == []
    assert {"actions", "requests"} <= changes
    assert [r.agenda_item_id for r in services.actions.rows(open_only=False)] == [None, None]
    services.agenda.restore_item(removed)
    assert file_rows(services.path) == before
    assert [r.agenda_item_id for r in services.actions.rows(open_only=False)].count(iid) == 1


def test_a_deleted_meeting_comes_back_whole(services: AppServices, tmp_path: Path) -> None:
    mid, iid = a_full_meeting(services, tmp_path)
    before = file_rows(services.path)
    removed, _ = services.meeting.delete(mid)
    gone = file_rows(services.path)
    assert gone["meeting"] == [] and gone["attachment"] == [] and gone["attendance"] == []
    services.meeting.restore(removed)
    assert file_rows(services.path) == before


def test_undo_of_removing_an_item_puts_the_attachment_and_links_back_in_the_file(
        services: AppServices, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    mid, iid = a_full_meeting(services, tmp_path)
    before = file_rows(services.path)
    stack = QtGui.QUndoStack()
    published: list[frozenset[str]] = []
    stack.push(RemoveAgendaItemCommand(services.agenda, published.append, iid, "Fortov på Bygaden"))
    assert iid not in [i.id for i in services.meeting.detail(mid).items]
    stack.undo()
    assert file_rows(services.path) == before
    assert [r.file_name for r in services.attachments.rows(iid)] == ["Skitse fortov.pdf"]
    stack.redo()
    stack.undo()  # and again: every round trip keeps it all
    assert file_rows(services.path) == before
    assert "actions" in published[-1] and "requests" in published[-1]


def test_undo_of_deleting_a_meeting_puts_everything_back_in_the_file(
        services: AppServices, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    mid, _ = a_full_meeting(services, tmp_path)
    before = file_rows(services.path)
    stack = QtGui.QUndoStack()
    stack.push(RemoveMeetingCommand(services.meeting, lambda changes: None, mid, "Dialogmøde"))
    stack.undo()
    assert file_rows(services.path) == before


def test_a_meeting_at_which_minutes_were_approved_is_not_deleted(services: AppServices) -> None:
    import pytest

    from lokalraad_app.domain.enums import MinutesStatus
    from lokalraad_app.services.errors import ValidationError

    ids = []
    for day in (3, 10):
        start = datetime(2026, 3, day, 19, 0, tzinfo=CPH)
        ids.append(services.meeting.create(MeetingInput(title=f"Møde {day}", start=start,
                                                        end=start + timedelta(hours=2)))[0])
    services.minutes.set_minutes_status(ids[0], MinutesStatus.APPROVED, approved_at_meeting_id=ids[1])
    before = file_rows(services.path)
    with pytest.raises(ValidationError) as e:  # the approval refers to it: the file's foreign key would refuse
        services.meeting.delete(ids[1])
    assert e.value.code == "approved_minutes_here" and "cancel it" in e.value.message
    assert file_rows(services.path) == before
