"""Printed agenda and member list, read back with an independent reader (pypdf) and poppler's pdffonts."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from lokalraad_app.cli import main
from lokalraad_app.domain.enums import ItemKind, PersonKind, Role
from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.meetings import ItemInput, MeetingInput
from lokalraad_app.services.members import PersonInput

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def services(council_file: Path) -> AppServices:  # type: ignore[misc]
    s = open_services(council_file, backup=False)
    s.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", municipality="Lejre Kommune"))
    yield s
    s.close()


def meeting_with_items(services: AppServices, n: int = 40) -> int:
    start = datetime(2026, 3, 3, 19, 0, tzinfo=CPH)
    mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=3),
                                                  place="Forsamlingshuset, Bygaden 1"))
    for k in range(n):
        services.meeting.add_item(mid, ItemInput(title=f"Punkt {k + 1}: Ærø, Østergade og Åbyhøj",
                                                 kind=ItemKind.DECISION if k % 3 == 0 else ItemKind.INFORMATION,
                                                 background="Sagsfremstilling med æ, ø, å, é og ü. " * 8,
                                                 proposal="Det indstilles, at bestyrelsen godkender." if k % 3 == 0
                                                 else ""))
    return mid


def text_of(pdf: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(BytesIO(pdf))
    return reader, [page.extract_text() for page in reader.pages]


def test_agenda_reads_back_in_danish_with_page_numbers_and_metadata(services: AppServices, tmp_path: Path) -> None:
    mid = meeting_with_items(services)
    name, pdf = services.documents.agenda(mid)
    assert name == "2026-03-03 Dagsorden bestyrelsesmøde.pdf"
    reader, pages = text_of(pdf)
    total = len(pages)
    assert total >= 3
    assert "tirsdag 3. marts 2026 kl. 19.00" in pages[0]
    assert "Kirke Såby Lokalråd" in pages[0] and "Sted: Forsamlingshuset, Bygaden 1" in pages[0]
    assert all(f"side {n} af {total}" in page for n, page in enumerate(pages, start=1))
    everything = "\n".join(pages)
    # Our 40 items come after the three opening items and before Eventuelt.
    positions = [everything.find(f"{k + 4}. Punkt {k + 1}:") for k in range(40)]
    assert -1 not in positions and positions == sorted(positions)  # all there, in order
    assert "Ærø, Østergade og Åbyhøj" in everything and "é og ü" in everything
    assert "Orientering · kl. 19.10" in everything  # Meddelelser starts after 5 + 5 minutes
    meta = reader.metadata
    assert meta is not None and meta.title == "Dagsorden — Bestyrelsesmøde" and meta.author == "Kirke Såby Lokalråd"
    assert reader.trailer["/Root"]["/Lang"] == "da"
    if shutil.which("pdffonts"):  # poppler, installed by .ci/run
        out = tmp_path / "a.pdf"
        out.write_bytes(pdf)
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        dejavu = [line for line in fonts.splitlines() if "DejaVuSans" in line]
        assert dejavu and all(" yes " in line for line in dejavu)  # embedded


def test_member_list_has_sections_and_repeats_table_headers(services: AppServices) -> None:
    for k in range(60):
        services.members.add(PersonInput(name=f"Kontakt {k:02d} Ågesen", kind=PersonKind.STAFF, role=None,
                                         title="Fælles-skaber", email=f"k{k}@lejre.dk"))
    services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR, term_from=date(2025, 3, 1),
                                     term_to=date(2027, 3, 1), email="soren@example.dk"))
    services.members.add(PersonInput(name="Åse Bæk", role=Role.SUBSTITUTE, term_from=date(2025, 3, 1)))
    name, pdf = services.documents.members(today=date(2026, 3, 3))
    assert name == "2026-03-03 Medlemsliste.pdf"
    _, pages = text_of(pdf)
    assert len(pages) >= 2
    first = pages[0]
    assert first.index("Bestyrelse") < first.index("Søren Østergaard") < first.index("Suppleanter")
    assert "Formand" in first and "Udskrevet tirsdag 3. marts 2026" in first
    assert "01.03.2025 –" in first and "01.03.2027" in first
    assert "Navn" in pages[-1] and "Kontakt" in pages[-1]  # the header row again on the last page


def test_document_language_follows_the_council_not_the_ui(services: AppServices) -> None:
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", document_language="en"))
    mid = meeting_with_items(services, 2)
    name, pdf = services.documents.agenda(mid)
    _, pages = text_of(pdf)
    assert "Tuesday 3 March 2026 at 19:00" in pages[0] and "page 1 of 1" in pages[0]
    assert name.endswith("Agenda board meeting.pdf")


def test_pdf_on_the_command_line(services: AppServices, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mid = meeting_with_items(services, 3)
    uid = services.meeting.detail(mid).meeting.uid
    path = str(services.path)
    out = tmp_path / "dagsorden.pdf"
    assert main(["pdf", "agenda", "--data", path, "--meeting", uid, "--out", str(out)]) == 0
    assert "tirsdag 3. marts 2026" in PdfReader(out).pages[0].extract_text()
    assert main(["pdf", "agenda", "--data", path, "--out", str(tmp_path / "x.pdf")]) != 0
    assert "--meeting" in capsys.readouterr().err
    assert main(["pdf", "annual-report", "--data", path, "--out", str(tmp_path / "y.pdf")]) != 0
    assert "not built yet" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_minutes_are_draft_until_approved_then_say_when_and_where(services: AppServices) -> None:
    from lokalraad_app.domain.enums import MinutesStatus, Presence
    from lokalraad_app.services.actions import ActionInput

    services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR, term_from=date(2025, 3, 1)))
    services.members.add(PersonInput(name="Mette Højgaard", role=Role.TREASURER, term_from=date(2025, 3, 1)))
    mid = meeting_with_items(services, 1)
    later = meeting_with_items(services, 0)
    services.meeting.update(later, MeetingInput(title="Næste møde", start=datetime(2026, 4, 7, 19, tzinfo=CPH),
                                                end=datetime(2026, 4, 7, 21, tzinfo=CPH)))
    services.attendance.invite_board(mid)
    rows = {r.name: r.id for r in services.attendance.rows(mid)}
    services.attendance.set_presence(rows["Søren Østergaard"], Presence.PRESENT)
    services.attendance.set_presence(rows["Mette Højgaard"], Presence.EXCUSED)
    services.attendance.add(mid, name="Borgmester Hansen", guest=True)
    item = services.meeting.detail(mid).items[3]
    assert item.id is not None
    services.meeting.set_minutes_text(item.id, discussion="Drøftet grundigt: æ, ø og å.", decision="Godkendt.")
    services.attendance.set_votes(item.id, 5, 1, 0)
    services.actions.add(ActionInput("Skriv til kommunen", owner_name="Søren", due=date(2026, 3, 20)),
                         agenda_item_id=item.id)

    name, draft = services.documents.minutes(mid)
    assert name == "2026-03-03 Referat bestyrelsesmøde.pdf"
    text = "\n".join(text_of(draft)[1])
    assert "KLADDE" in text
    assert "Fremmødte: Søren Østergaard" in text and "Afbud: Mette Højgaard" in text and "Borgmester Hansen" in text
    assert "Drøftet grundigt: æ, ø og å." in text and "Afstemning: 5 for, 1 imod, 0 blanke — vedtaget" in text
    assert "Opfølgning: Skriv til kommunen — Søren, senest 20.03.2026" in text

    services.meeting.set_minutes_status(mid, MinutesStatus.APPROVED, later, date(2026, 4, 7))
    services.meeting.add_amendment(mid, "Rettelse: mødet sluttede kl. 21.30.", date(2026, 5, 5))
    text = "\n".join(text_of(services.documents.minutes(mid)[1])[1])
    assert "KLADDE" not in text
    assert "Godkendt tirsdag 7. april 2026 på mødet tirsdag 7. april 2026" in text
    assert "05.05.2026: Rettelse: mødet sluttede kl. 21.30." in text


def test_attendance_sheet_lists_everyone_with_room_to_sign(services: AppServices) -> None:
    services.members.add(PersonInput(name="Åse Bæk", role=Role.CHAIR, term_from=date(2025, 3, 1)))
    mid = meeting_with_items(services, 0)
    services.attendance.invite_board(mid)
    services.attendance.add(mid, name="Gæst Ærø", guest=True)
    name, pdf = services.documents.attendance_sheet(mid)
    assert name == "2026-03-03 Deltagerliste bestyrelsesmøde.pdf"
    text = text_of(pdf)[1][0]
    assert text.index("Åse Bæk") < text.index("Gæst Ærø") and "Underskrift" in text
