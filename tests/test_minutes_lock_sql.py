"""Approved minutes are locked in the file itself (migrations 0003, 0006, 0008, 0010): plain SQL against a real
approved file cannot change them, in the row as it was or as it would be; the app's own flows still work."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from lokalraad_app.domain.enums import MinutesStatus, Presence, Role
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import open_services
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.members import PersonInput
from tests.test_store_safety import dump  # every row of the file: a refused statement changed nothing


@dataclass
class Approved:
    path: Path
    meeting: int  # approved minutes
    item: int  # an item of it, with an attachment
    draft_meeting: int
    draft_item: int
    draft_attendance: int
    draft_attachment: int
    person: int  # attended the approved meeting


@pytest.fixture
def approved(council_file: Path, tmp_path: Path) -> Approved:
    services = open_services(council_file, backup=False)
    try:
        pid = services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR,
                                               term_from=date(2025, 3, 1)))[0]
        services.members.add(PersonInput(name="Åse Bæk", role=Role.SECRETARY, term_from=date(2025, 3, 1)))

        def meeting(day: int) -> int:
            start = datetime(2026, 3, day, 18, 0, tzinfo=UTC)
            mid = services.meeting.create(MeetingInput(title=f"Bestyrelsesmøde {day}. marts", start=start,
                                                       end=start.replace(hour=20), place="Forsamlingshuset"),
                                          with_template=False)[0]
            item = services.agenda.add_item(mid, ItemInput(title="Bålpladsen"))[0]
            bilag = tmp_path / f"bilag-{day}.txt"
            bilag.write_text("Tegning af bålpladsen", encoding="utf-8")
            services.attachments.add(item, bilag)
            services.attendance.invite_board(mid)
            return mid

        mid, draft = meeting(3), meeting(10)
        for row in services.attendance.rows(mid):
            services.attendance.set_presence(row.id, Presence.PRESENT)
        item = services.meeting.detail(mid).items[0].id
        services.minutes.set_minutes_text(item, discussion="Drøftet.", decision="Bålpladsen etableres.")
        services.minutes.set_minutes_status(mid, MinutesStatus.APPROVED, draft, date(2026, 3, 10))
        services.minutes.add_amendment(mid, "Rettelse: bålpladsen ligger ved gadekæret.", date(2026, 3, 11))
        draft_item = services.meeting.detail(draft).items[0].id
        draft_attendance = services.attendance.rows(draft)[0].id
    finally:
        services.close()
    attachment = one(council_file, "SELECT id FROM attachment WHERE agenda_item_id = ?", draft_item)
    return Approved(council_file, mid, item, draft, draft_item, draft_attendance, attachment, pid)


def one(path: Path, statement: str, *args: object) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(statement, args).fetchone()[0]
    finally:
        conn.close()


def refused(path: Path, statement: str, *args: object) -> None:
    before = dump(path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        with pytest.raises(sqlite3.IntegrityError, match="approved minutes cannot be changed"), conn:
            conn.execute(statement, args)
    finally:
        conn.close()
    assert dump(path) == before


FORGED = b"%PDF-1.4\n% forged minutes\n%%EOF\n"


# One test per way in that the issue names; `a` is the fixture, the statement is plain SQL.
CASES = {
    "draft item moved into approved minutes": ("UPDATE agenda_item SET meeting_id = :meeting WHERE id = :draft_item"),
    "attendance moved into approved minutes": ("UPDATE attendance SET meeting_id = :meeting "
                                               "WHERE id = :draft_attendance"),
    "attachment moved into approved minutes": ("UPDATE attachment SET agenda_item_id = :item "
                                               "WHERE id = :draft_attachment"),
    "attachment content changed": "UPDATE attachment SET content = X'00' WHERE agenda_item_id = :item",
    "attachment name changed": "UPDATE attachment SET file_name = 'andet.txt' WHERE agenda_item_id = :item",
    "amendment edited": "UPDATE minutes_amendment SET text = 'Intet at rette.'",
    "amendment deleted": "DELETE FROM minutes_amendment",
    "sealed PDF replaced": ("UPDATE sealed_document SET pdf = :forged, pdf_sha256 = :forged_sha "
                            "WHERE meeting_id = :meeting"),
    "sealed PDF deleted": "DELETE FROM sealed_document WHERE meeting_id = :meeting",
    "forged seal added beside the real one": (
        "INSERT INTO sealed_document (meeting_id, kind, content_sha256, pdf_sha256, amendments, file_name, pdf, "
        "sealed_at) SELECT meeting_id, kind, content_sha256, :forged_sha, amendments, file_name, :forged, sealed_at "
        "FROM sealed_document WHERE meeting_id = :meeting ORDER BY id DESC LIMIT 1"),
    "meeting title changed": "UPDATE meeting SET title = 'Et andet møde' WHERE id = :meeting",
    "meeting date changed": "UPDATE meeting SET start = '2026-03-04 18:00:00.000000' WHERE id = :meeting",
    "meeting place changed": "UPDATE meeting SET place = 'Præstegården' WHERE id = :meeting",
    "decision changed": "UPDATE agenda_item SET decision = 'Bålpladsen droppes.' WHERE id = :item",
    "votes changed": "UPDATE agenda_item SET votes_for = 9 WHERE id = :item",
    "item added": "INSERT INTO agenda_item (meeting_id, position, title, kind, minutes_allowed, background, "
                  "proposal, classification, postponed, discussion, decision, majority) "
                  "VALUES (:meeting, 9, 'Nyt', 'information', 5, '', '', '', 0, '', '', 'simple')",
    "attendance deleted": "DELETE FROM attendance WHERE meeting_id = :meeting",
    "approval undone": "UPDATE minutes SET status = 'draft' WHERE meeting_id = :meeting",
}


@pytest.mark.parametrize("case", list(CASES))
def test_plain_sql_cannot_change_approved_minutes(case: str, approved: Approved) -> None:
    a = approved
    args = {"meeting": a.meeting, "item": a.item, "draft_item": a.draft_item,
            "draft_attendance": a.draft_attendance, "draft_attachment": a.draft_attachment,
            "forged": FORGED, "forged_sha": hashlib.sha256(FORGED).hexdigest()}
    statement = CASES[case]
    used = {k: v for k, v in args.items() if f":{k}" in statement}
    before = dump(a.path)
    conn = sqlite3.connect(a.path)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        with pytest.raises(sqlite3.IntegrityError, match="approved minutes cannot be changed"), conn:
            conn.execute(statement, used)
    finally:
        conn.close()
    assert dump(a.path) == before


def test_a_forged_pdf_does_not_verify_after_an_attempt_to_replace_the_seal(approved: Approved,
                                                                          tmp_path: Path) -> None:
    from lokalraad_app.cli import main

    forged = tmp_path / "referat.pdf"
    forged.write_bytes(FORGED)
    refused(approved.path, "UPDATE sealed_document SET pdf = ?, pdf_sha256 = ?", FORGED,
            hashlib.sha256(FORGED).hexdigest())
    assert main(["verify", str(forged), "--data", str(approved.path)]) == 1


def test_draft_rows_and_the_meeting_status_may_still_change(approved: Approved) -> None:
    conn = sqlite3.connect(approved.path)
    try:
        with conn:
            conn.execute("UPDATE agenda_item SET decision = 'Ny beslutning' WHERE id = ?", (approved.draft_item,))
            conn.execute("UPDATE attachment SET file_name = 'ny.txt' WHERE id = ?", (approved.draft_attachment,))
            conn.execute("UPDATE meeting SET title = 'Omdøbt' WHERE id = ?", (approved.draft_meeting,))
            conn.execute("UPDATE meeting SET status = 'held', notes = 'Kaffe' WHERE id = ?", (approved.meeting,))
    finally:
        conn.close()


def test_the_apps_own_flows_still_work_on_approved_minutes(approved: Approved) -> None:
    """A correction is added and sealed, the minutes print from the seal, and a person who attended is erased."""
    services = open_services(approved.path, backup=False)
    try:
        services.minutes.add_amendment(approved.meeting, "Rettelse nummer to.", date(2026, 3, 12))
        seals = one(approved.path, "SELECT COUNT(*) FROM sealed_document WHERE meeting_id = ?", approved.meeting)
        assert seals == 3  # at approval, and at each of the two corrections
        services.documents.minutes(approved.meeting)
        services.members.erase(approved.person)
        names = [r.name for r in services.attendance.rows(approved.meeting)]
        assert "Søren Østergaard" in names  # the minutes keep the name as recorded
    finally:
        services.close()
    assert one(approved.path, "SELECT COUNT(*) FROM person WHERE id = ?", approved.person) == 0
