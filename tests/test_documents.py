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
from sqlmodel import select

from lokalraad_app.cli import main
from lokalraad_app.domain.enums import ItemKind, PersonKind, Role
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput
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
        services.agenda.add_item(mid, ItemInput(title=f"Punkt {k + 1}: Ærø, Østergade og Åbyhøj",
                                                 kind=ItemKind.DECISION if k % 3 == 0 else ItemKind.INFORMATION,
                                                 background="Sagsfremstilling med æ, ø, å, é og ü. " * 8,
                                                 proposal="Det indstilles, at bestyrelsen godkender." if k % 3 == 0
                                                 else ""))
    return mid


def next_meeting(services: AppServices) -> int:
    """The meeting on 7 April 2026, where the minutes of 3 March are approved."""
    later = meeting_with_items(services, 0)
    services.meeting.update(later, MeetingInput(title="Næste møde", start=datetime(2026, 4, 7, 19, tzinfo=CPH),
                                                end=datetime(2026, 4, 7, 21, tzinfo=CPH)))
    return later


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
        rows = fonts.splitlines()[2:]
        assert rows and all("DejaVuSans" in line and " yes " in line for line in rows)  # only ours, embedded


def font_files(reader: PdfReader) -> dict[str, bool]:
    """Every font the pages use → whether the PDF carries the font file (read with pypdf, not reportlab)."""
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def test_every_document_embeds_all_its_fonts(services: AppServices) -> None:
    mid = approved_minutes(services)
    add_plan(services)
    documents = [services.documents.agenda(mid), services.documents.minutes(mid),
                 services.documents.attendance_sheet(mid), services.documents.members(),
                 services.documents.annual_report(2026), services.documents.plan()]
    for name, pdf in documents:
        fonts = font_files(PdfReader(BytesIO(pdf)))
        assert fonts and all(fonts.values()), (name, fonts)
        assert all("DejaVuSans" in f for f in fonts), (name, fonts)


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
    assert main(["pdf", "plan", "--data", path, "--out", str(tmp_path / "y.pdf")]) != 0
    assert "no development plan" in capsys.readouterr().err
    assert main(["pdf", "budget", "--data", path, "--out", str(tmp_path / "y.pdf")]) != 0
    assert "not built yet" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()
    report = tmp_path / "årsberetning.pdf"
    assert main(["pdf", "annual-report", "--data", path, "--year", "2026", "--out", str(report)]) == 0
    assert "Årsberetning 2026" in PdfReader(report).pages[0].extract_text()
    draft = tmp_path / "årsberetning.txt"  # the same draft as text, to edit
    assert main(["pdf", "annual-report", "--data", path, "--year", "2026", "--out", str(draft)]) == 0
    assert draft.read_text(encoding="utf-8-sig").startswith("Kirke Såby Lokalråd\nÅrsberetning 2026\n")
    assert main(["pdf", "agenda", "--data", path, "--meeting", uid, "--out", str(tmp_path / "d.txt")]) != 0
    assert ".pdf" in capsys.readouterr().err and not (tmp_path / "d.txt").exists()


def test_minutes_are_draft_until_approved_then_say_when_and_where(services: AppServices) -> None:
    from lokalraad_app.domain.enums import MinutesStatus, Presence
    from lokalraad_app.services.actions import ActionInput

    services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR, term_from=date(2025, 3, 1)))
    services.members.add(PersonInput(name="Mette Højgaard", role=Role.TREASURER, term_from=date(2025, 3, 1)))
    mid, later = meeting_with_items(services, 1), next_meeting(services)
    services.attendance.invite_board(mid)
    rows = {r.name: r.id for r in services.attendance.rows(mid)}
    services.attendance.set_presence(rows["Søren Østergaard"], Presence.PRESENT)
    services.attendance.set_presence(rows["Mette Højgaard"], Presence.EXCUSED)
    services.attendance.add(mid, name="Borgmester Hansen", guest=True)
    item = services.meeting.detail(mid).items[3]
    assert item.id is not None
    services.minutes.set_minutes_text(item.id, discussion="Drøftet grundigt: æ, ø og å.", decision="Godkendt.")
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

    services.minutes.set_minutes_status(mid, MinutesStatus.APPROVED, later, date(2026, 4, 7))
    services.minutes.add_amendment(mid, "Rettelse: mødet sluttede kl. 21.30.", date(2026, 5, 5))
    text = "\n".join(text_of(services.documents.minutes(mid)[1])[1])
    assert "KLADDE" not in text
    assert "Godkendt på mødet tirsdag 7. april 2026" in text and text.count("7. april 2026") == 1  # said once
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


def approved_minutes(services: AppServices) -> int:
    """A meeting with one decided item, whose minutes were approved at the next meeting."""
    from lokalraad_app.domain.enums import MinutesStatus, Presence

    services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR, term_from=date(2025, 3, 1)))
    services.members.add(PersonInput(name="Åse Bæk", role=Role.SECRETARY, term_from=date(2025, 3, 1)))
    services.members.add(PersonInput(name="Mette Højgaard", role=Role.TREASURER, term_from=date(2025, 3, 1)))
    mid, later = meeting_with_items(services, 2), next_meeting(services)
    services.attendance.invite_board(mid)
    for row in services.attendance.rows(mid):
        services.attendance.set_presence(row.id, Presence.PRESENT)
    routine, item = services.meeting.detail(mid).items[0], services.meeting.detail(mid).items[3]
    assert item.id is not None and routine.id is not None
    services.minutes.set_minutes_text(routine.id, decision="Dagsordenen blev godkendt.")
    services.minutes.set_minutes_text(item.id, discussion="Drøftet.", decision="Bålpladsen etableres.")
    services.minutes.set_minutes_status(mid, MinutesStatus.APPROVED, later, date(2026, 4, 7))
    return mid


def test_approved_minutes_are_sealed_and_any_copy_can_be_verified(services: AppServices, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib
    import sqlite3

    mid = approved_minutes(services)
    name, pdf = services.documents.minutes(mid)
    reader, pages = text_of(pdf)
    with sqlite3.connect(services.path) as db:
        stored = db.execute("SELECT content_sha256, pdf_sha256 FROM sealed_document WHERE meeting_id = ?",
                            (mid,)).fetchall()
    assert len(stored) == 1
    content_digest, pdf_digest = stored[0]
    assert pdf_digest == hashlib.sha256(pdf).hexdigest()
    # The content digest is printed in every page's footer.
    assert all(f"Godkendt referat · SHA-256 {content_digest}" in page for page in pages)
    found = services.documents.verify(pdf)
    assert found.sealed and found.meeting_start is not None and found.meeting_start.hour == 19  # local time
    # Printing again hands out the same sealed file, not a new one.
    assert services.documents.minutes(mid)[1] == pdf

    copy = tmp_path / name
    copy.write_bytes(pdf)
    data = str(services.path)
    assert main(["verify", str(copy), "--data", data]) == 0
    assert "verified" in capsys.readouterr().out

    # One changed byte in the text of a copy, and verification fails, saying the copy was changed.
    tampered = tmp_path / "ændret.pdf"
    tampered.write_bytes(pdf.replace(b"/Creator (Lokal", b"/Creator (Lokai", 1))
    assert tampered.read_bytes() != pdf
    assert main(["verify", str(tampered), "--data", data]) == 1
    err = capsys.readouterr().err
    assert "NOT VERIFIED" in err and content_digest in err and "changed" in err
    # A PDF that never was sealed minutes (the agenda) is not verified either.
    agenda = tmp_path / "dagsorden.pdf"
    agenda.write_bytes(services.documents.agenda(mid)[1])
    assert main(["verify", str(agenda), "--data", data]) == 1
    assert "no approved minutes" in capsys.readouterr().err

    # A correction seals new minutes; the old copy still verifies, with a note that it was superseded.
    services.minutes.add_amendment(mid, "Rettelse: bålpladsen ligger ved gadekæret.", date(2026, 5, 5))
    _, corrected = services.documents.minutes(mid)
    assert corrected != pdf and "Rettelse: bålpladsen" in "\n".join(text_of(corrected)[1])
    assert main(["verify", str(copy), "--data", data]) == 0
    assert "later correction" in capsys.readouterr().out


def test_sealed_minutes_stay_as_approved_when_the_meeting_is_edited_later(services: AppServices) -> None:
    """Action items are not locked: edits after approval must not reach the sealed minutes, or a new
    'approved' PDF would verify with text nobody approved. The meeting's title is locked (migration 0010)."""
    from lokalraad_app.services.actions import ActionInput

    mid = approved_minutes(services)
    sealed = services.documents.minutes(mid)[1]  # sealed when approved, not when first printed
    services.actions.add(ActionInput("Tilføjet efter godkendelsen", owner_name="Søren"), meeting_id=mid)
    detail = services.meeting.detail(mid).meeting
    with pytest.raises(ValidationError, match="approved"):
        services.meeting.update(mid, MeetingInput(title="Omdøbt møde", start=detail.start, end=detail.end))
    assert services.meeting.detail(mid).meeting.title == detail.title
    assert services.documents.minutes(mid)[1] == sealed
    assert "Tilføjet efter" not in "\n".join(text_of(sealed)[1])
    assert not services.documents.verify(sealed).superseded


def test_a_correction_whose_seal_failed_is_sealed_when_next_printed(services: AppServices,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from lokalraad_app.services import documents as documents_module

    mid = approved_minutes(services)
    before = services.documents.minutes(mid)[1]
    real_build = documents_module.build_minutes

    def broken(data):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(documents_module, "build_minutes", broken)
    services.minutes.add_amendment(mid, "Rettelse: kassereren var til stede.", date(2026, 5, 5))  # stands
    monkeypatch.setattr(documents_module, "build_minutes", real_build)
    after = services.documents.minutes(mid)[1]
    assert after != before and "kassereren var til stede" in "\n".join(text_of(after)[1])
    assert services.documents.verify(after).sealed and services.documents.verify(before).superseded


def test_a_copy_sealed_elsewhere_is_not_called_changed(services: AppServices, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A PDF sealed in another copy of the council file carries a seal this file does not know."""
    mid = approved_minutes(services)
    other = services.council.backup_now()  # a consistent copy of the file, as a backup is
    copy_services = open_services(other, backup=False)
    try:
        copy_services.minutes.add_amendment(mid, "Kun rettet i kopien.", date(2026, 5, 5))
        foreign = copy_services.documents.minutes(mid)[1]
    finally:
        copy_services.close()
    pdf = tmp_path / "fra-kopien.pdf"
    pdf.write_bytes(foreign)
    assert main(["verify", str(pdf), "--data", str(services.path)]) == 1
    err = capsys.readouterr().err
    assert "no such seal" in err and "changed" not in err


def test_command_line_prints_minutes_while_the_app_holds_the_file(services: AppServices, tmp_path: Path) -> None:
    from lokalraad_app.store.lock import FileLock

    mid = approved_minutes(services)
    uid = services.meeting.detail(mid).meeting.uid
    draft_uid = services.meeting.detail(meeting_with_items(services, 1)).meeting.uid
    out = tmp_path / "referat.pdf"
    with FileLock(services.path):  # as the running app does
        assert main(["pdf", "minutes", "--meeting", uid, "--data", str(services.path), "--out", str(out)]) == 0
        assert out.read_bytes() == services.documents.minutes(mid)[1]
        assert main(["pdf", "minutes", "--meeting", draft_uid, "--data", str(services.path),
                     "--out", str(tmp_path / "kladde.pdf")]) == 0


def test_draft_minutes_are_not_sealed(services: AppServices) -> None:
    mid = meeting_with_items(services, 1)
    _, pdf = services.documents.minutes(mid)
    assert "SHA-256" not in "\n".join(text_of(pdf)[1])
    assert not services.documents.verify(pdf).sealed


def test_signature_lines_when_the_council_wants_them(services: AppServices) -> None:
    mid = approved_minutes(services)
    without = "\n".join(text_of(services.documents.minutes(mid)[1])[1])
    assert "Underskrifter" not in without
    services.council.set_setting("minutes_signatures", "1")
    services.minutes.add_amendment(mid, "Underskrives.", date(2026, 5, 5))  # new content: printed anew
    pages = text_of(services.documents.minutes(mid)[1])[1]
    last = pages[-1]
    assert "Underskrifter" in last
    assert all(n in last for n in ("Søren Østergaard", "Åse Bæk", "Mette Højgaard"))


def test_logo_is_printed_and_bad_images_are_refused(services: AppServices, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage


    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d6b3a"))
    png = tmp_path / "logo.png"
    assert image.save(str(png))
    with pytest.raises(ValidationError) as refused:
        services.council.set_logo(b"GIF89a not a png")
    assert refused.value.field == "logo"
    assert services.council.council().logo is None  # type: ignore[union-attr]
    services.council.set_logo(png.read_bytes())
    mid = meeting_with_items(services, 1)
    reader = PdfReader(BytesIO(services.documents.agenda(mid)[1]))
    images = reader.pages[0].images
    assert len(images) == 1 and images[0].image.size == (300, 100)  # type: ignore[union-attr]
    assert not reader.pages[1:] or not reader.pages[1].images  # on the first page only


def test_annual_report_gathers_the_years_meetings_decisions_initiatives_and_hearings(services: AppServices) -> None:
    from lokalraad_app.domain.enums import HearingStatus, InitiativeStatus
    from lokalraad_app.domain.models import DevelopmentPlan, FocusArea, Hearing, Initiative

    approved_minutes(services)  # 3 March and 7 April 2026
    old = services.meeting.create(MeetingInput(title="Sidste års møde", start=datetime(2025, 12, 31, 23, 30, tzinfo=CPH),
                                               end=datetime(2026, 1, 1, 1, tzinfo=CPH)))[0]
    item = services.agenda.add_item(old, ItemInput(title="Gammel sag", kind=ItemKind.DECISION))
    assert item
    with services._store.session() as s:  # the plan and hearings have no service yet: their rows directly
        plan = DevelopmentPlan(title="Udviklingsplan 2025–2030")
        s.add(plan)
        s.flush()
        area = FocusArea(plan_id=plan.id or 0, title="Natur og fællesskab")
        s.add(area)
        s.flush()
        s.add(Initiative(focus_area_id=area.id or 0, title="Shelterplads ved skoven", status=InitiativeStatus.ACTIVE,
                         progress="Arbejdsgruppen har fået tilladelse fra lodsejeren."))
        s.add(Hearing(title="Lokalplan 112 for Østergade", reference="24/1234", status=HearingStatus.ANSWERED,
                      answered_on=date(2026, 2, 14)))
        s.add(Hearing(title="Trafikplan", reference="23/999", status=HearingStatus.ANSWERED,
                      answered_on=date(2025, 6, 1)))
    name, pdf = services.documents.annual_report(2026, today=date(2026, 12, 1))
    assert name == "2026 Årsberetning.pdf"
    reader, pages = text_of(pdf)
    text = "\n".join(pages)
    assert reader.metadata is not None and reader.metadata.title == "Årsberetning 2026 — Kirke Såby Lokalråd"
    assert "Lokalrådet holdt 2 møder i året" in text  # the meeting at 23.30 on New Year's Eve is last year's
    assert "Sidste års møde" not in text and "Gammel sag" not in text
    assert "03.03.2026" in text and "07.04.2026" in text
    assert text.index("Årets møder") < text.index("Beslutninger") < text.index("Udviklingsplanens initiativer") \
        < text.index("Høringssvar")
    assert "Bålpladsen etableres." in text and "Dagsordenen blev godkendt" not in text  # not routine
    assert "Shelterplads ved skoven" in text and "I gang" in text and "Arbejdsgruppen har fået tilladelse" in text
    assert "Lokalplan 112 for Østergade" in text and "24/1234" in text and "Trafikplan" not in text
    assert all(f"side {n} af {len(pages)}" in page for n, page in enumerate(pages, start=1))


def add_plan(services: AppServices, initiatives: int = 3) -> None:
    from lokalraad_app.domain.enums import InitiativeStatus
    from lokalraad_app.domain.models import DevelopmentPlan, FocusArea, Initiative

    with services._store.session() as s:  # the plan has no service yet: its rows directly
        plan = DevelopmentPlan(title="Udviklingsplan for Kirke Såby 2025–2030", vision="Et levende lokalsamfund.",
                               adopted_on=date(2025, 4, 21))
        s.add(plan)
        s.flush()
        for position, title in enumerate(("Trafik og sikre skoleveje", "Natur og fællesskab"), start=1):
            area = FocusArea(plan_id=plan.id or 0, position=position, title=title, description=f"Om {title.lower()}.")
            s.add(area)
            s.flush()
            for k in range(initiatives):
                s.add(Initiative(focus_area_id=area.id or 0, title=f"{title}: initiativ {k + 1}", owner="Åse Bæk",
                                 partners="Lejre Kommune", funding="Landdistriktspuljen: 250.000 kr.",
                                 progress="Første etape er færdig.", status=InitiativeStatus.ACTIVE))


def test_development_plan_lists_areas_and_initiatives_with_repeated_table_headers(services: AppServices,
                                                                                    tmp_path: Path) -> None:

    with pytest.raises(ValidationError) as missing:
        services.documents.plan()
    assert missing.value.field == "plan"
    add_plan(services, initiatives=40)  # the first area's table is longer than a page
    name, pdf = services.documents.plan()
    assert name == "Udviklingsplan for Kirke Såby 2025–2030.pdf"
    reader, pages = text_of(pdf)
    text = "\n".join(pages)
    assert "Vedtaget mandag 21. april 2025" in text and "Et levende lokalsamfund." in text
    assert text.index("1. Trafik og sikre skoleveje") < text.index("2. Natur og fællesskab")
    flat = " ".join(text.split())  # table cells wrap their lines
    assert flat.count("initiativ 40") == 2 and "I gang" in text  # the last of both areas
    assert len(pages) >= 3 and all(page.count("Ansvarlig og partnere") >= 1 for page in pages[1:])
    assert reader.metadata is not None and reader.metadata.subject == "Udviklingsplan"
    out = tmp_path / "plan.pdf"
    assert main(["pdf", "plan", "--data", str(services.path), "--out", str(out)]) == 0
    assert out.read_bytes()[:5] == b"%PDF-"


def test_an_initiative_longer_than_a_page_still_prints(services: AppServices) -> None:
    from lokalraad_app.domain.models import Initiative

    add_plan(services, initiatives=1)
    with services._store.session() as s:
        initiative = s.exec(select(Initiative)).first()
        assert initiative is not None
        initiative.description = " ".join(f"Afsnit {n} om stien langs Østergade." for n in range(1, 400))
    pages = text_of(services.documents.plan()[1])[1]
    flat = " ".join(" ".join(pages).split())
    assert len(pages) >= 3 and "Afsnit 399 om stien" in flat


def test_hearing_response_is_a_signed_letter_with_case_number(services: AppServices,
                                                             capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    from lokalraad_app.domain.enums import HearingStatus
    from lokalraad_app.domain.models import Hearing

    services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR, term_from=date(2020, 3, 1)))
    with services._store.session() as s:  # the hearings have no service yet: their rows directly
        s.add(Hearing(uid="h-1", title="Høring: Lokalplan 112 for Østergade", reference="24/1234",
                      deadline=date(2026, 3, 1), status=HearingStatus.ANSWERED, answered_on=date(2026, 2, 14),
                      response="Lokalrådet støtter planen.\n\nVi ønsker en sikker skolevej ad Østergade."))
        s.add(Hearing(uid="h-2", title="Trafikplan", reference="26/77", status=HearingStatus.OPEN,
                      response="Udkast."))
    name, pdf = services.documents.hearing_response("24/1234")
    assert name == "2026-02-14 Høringssvar Høring: Lokalplan 112 for Østergade.pdf"
    text = "\n".join(text_of(pdf)[1])
    assert "Til: Lejre Kommune" in text and "Sagsnr.: 24/1234" in text and "lørdag 14. februar 2026" in text
    assert "Høringssvar: Lokalplan 112 for Østergade" in text and "Høring: Lokalplan" not in text
    assert text.index("støtter planen") < text.index("sikker skolevej") < text.index("Med venlig hilsen")
    assert "Søren Østergaard, Formand" in text and "KLADDE" not in text
    assert "KLADDE" in "\n".join(text_of(services.documents.hearing_response("h-2")[1])[1])  # not answered yet
    data = str(services.path)
    assert main(["pdf", "hearing", "--data", data, "--out", str(tmp_path / "h.pdf")]) == 1
    assert "--hearing" in capsys.readouterr().err
    assert main(["pdf", "hearing", "--hearing", "99/1", "--data", data, "--out", str(tmp_path / "h.pdf")]) == 1
    assert "99/1" in capsys.readouterr().err and not (tmp_path / "h.pdf").exists()


def test_every_document_in_english_when_the_council_writes_english(services: AppServices) -> None:
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", document_language="en"))
    mid = approved_minutes(services)  # sealed in English when approved
    add_plan(services)
    expected = {"agenda": "Agenda: Bestyrelsesmøde", "minutes": "Minutes: Bestyrelsesmøde",
                "attendance": "Attendance sheet", "members": "Member list", "annual": "Annual report 2026",
                "plan": "Vision"}
    built = {"agenda": services.documents.agenda(mid), "minutes": services.documents.minutes(mid),
             "attendance": services.documents.attendance_sheet(mid), "members": services.documents.members(),
             "annual": services.documents.annual_report(2026), "plan": services.documents.plan()}
    for key, (_, pdf) in built.items():
        pages = text_of(pdf)[1]
        assert expected[key] in pages[0], key
        assert all(f"page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1)), key
        for danish in ("Dagsorden:", "Referat:", "Deltagerliste", "Årsberetning", "side 1 af", "Godkendt "):
            assert danish not in "\n".join(pages), (key, danish)
    assert "Approved minutes · SHA-256" in text_of(built["minutes"][1])[1][0]


def test_no_item_heading_is_left_alone_at_a_pages_foot(services: AppServices) -> None:
    import re

    mid = meeting_with_items(services, 0)
    for k in range(30):  # texts of varying length, so headings land near page feet somewhere
        item_id, _ = services.agenda.add_item(mid, ItemInput(
            title=f"Sag {k + 1}", kind=ItemKind.DISCUSSION,
            background="Lang sagsfremstilling om Østergade. " * (1 + k * 3 % 9)))
        services.minutes.set_minutes_text(item_id, discussion="Drøftelse af Østergade. " * (2 + k * 5 % 11))
    for document in (services.documents.agenda(mid)[1], services.documents.minutes(mid)[1]):
        pages = text_of(document)[1]
        assert len(pages) >= 4
        for number, page in enumerate(pages, start=1):
            lines = [line for line in page.splitlines() if line.strip() and line.strip() != "KLADDE"]
            body = lines[:-2]  # the running header and "side X af Y" come last in the text
            headings = [i for i, line in enumerate(body) if re.match(r"\d+\. Sag \d+$", line)]
            if headings:
                last = headings[-1]
                assert last + 2 < len(body), f"page {number}: '{body[last]}' has nothing under it"


def test_a_text_longer_than_a_page_breaks_across_pages(services: AppServices) -> None:
    mid = meeting_with_items(services, 0)
    sentences = " ".join(f"Sætning {n} om Ærø." for n in range(1, 700))
    services.agenda.add_item(mid, ItemInput(title="Lokalplanen", kind=ItemKind.DISCUSSION, background=sentences))
    pages = text_of(services.documents.agenda(mid)[1])[1]
    assert len(pages) >= 3
    flat = " ".join(" ".join(pages).split())
    assert "Sætning 1 om Ærø." in flat and "Sætning 699 om Ærø." in flat and "Eventuelt" in pages[-1]
    assert all("Kirke Såby Lokalråd · Bestyrelsesmøde" in page for page in pages)  # the running header


# --- issue 8: what the printed pages say and how they look -----------------------------------------


def runs_with_fonts(pdf: bytes) -> list[list[tuple[str, str]]]:
    """Per page, each run of text with the font it is set in (the base name without the subset tag)."""
    pages: list[list[tuple[str, str]]] = []
    for page in PdfReader(BytesIO(pdf)).pages:
        runs: list[tuple[str, str]] = []

        def visit(t: str, _cm: object, _tm: object, font: dict | None, _size: float, out: list = runs) -> None:  # type: ignore[type-arg]
            if t.strip() and font is not None:
                out.append((t.strip(), str(font["/BaseFont"]).split("+")[-1]))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def test_bold_text_is_set_in_the_bold_face(services: AppServices) -> None:
    from lokalraad_app.domain.enums import Presence

    services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR, term_from=date(2025, 3, 1)))
    mid = meeting_with_items(services, 1)
    services.attendance.invite_board(mid)
    services.attendance.set_presence(services.attendance.rows(mid)[0].id, Presence.PRESENT)
    first = runs_with_fonts(services.documents.minutes(mid)[1])[0]
    fonts = {font for _, font in first}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts
    assert ("Fremmødte:", "DejaVuSans-Bold") in first  # <b> inside a paragraph
    assert ("Søren Østergaard", "DejaVuSans") in first  # and the names after it regular
    assert any(t.startswith("1. Godkendelse af dagsorden") and f == "DejaVuSans-Bold" for t, f in first)


def test_a_member_list_of_thousands_has_everyone_once_on_numbered_pages(services: AppServices) -> None:
    from lokalraad_app.domain.models import Membership, Person

    with services._store.session() as s:  # bulk rows directly: the service adds one at a time
        for k in range(2400):
            s.add(Person(name=f"Kontakt {k:04d} Ågesen", kind=PersonKind.LIAISON.value, title="Fælles-skaber",
                         email=f"kontakt.nummer{k:04d}@lejre-kommune.dk", phone="46 46 46 46"))
        for k in range(60):
            person = Person(name=f"Bestyrer {k:02d} Bæk", email=f"b{k}@example.dk")
            s.add(person)
            s.flush()
            s.add(Membership(person_id=person.id or 0, role=Role.MEMBER.value, term_from=date(2025, 3, 1),
                             term_to=date(2027, 3, 1)))
    _, pages = text_of(services.documents.members(today=date(2026, 3, 3))[1])
    assert len(pages) > 40
    assert all(f"side {n} af {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert all("Navn" in page and "Valgperiode" in page for page in pages)  # the header row on each page
    everything = "\n".join(pages)
    for k in range(2400):
        assert everything.count(f"Kontakt {k:04d} Ågesen") == 1, k
        assert everything.count(f"kontakt.nummer{k:04d}@lejre-kommune.dk") == 1, k  # never broken
    for k in range(60):
        assert everything.count(f"Bestyrer {k:02d} Bæk") == 1
    assert everything.index("Bestyrer 59 Bæk") < everything.index("Kontaktpersoner") < everything.index("Kontakt 0000")


def test_member_list_shows_the_current_term_and_whole_email_addresses(services: AppServices) -> None:
    from lokalraad_app.domain.models import Membership

    sitting, _ = services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR, term_from=date(2024, 3, 1),
                                                  term_to=date(2026, 3, 1),
                                                  email="soeren.oestergaard@kirke-saaby-lokalraad.dk"))
    with services._store.session() as s:  # re-elected as treasurer for a term that starts next year
        s.add(Membership(person_id=sitting, role=Role.TREASURER.value, term_from=date(2026, 3, 2),
                         term_to=date(2028, 3, 1)))
    _, pages = text_of(services.documents.members(today=date(2025, 9, 1))[1])
    first = pages[0]
    assert "01.03.2024 – 01.03.2026" in first and "Formand" in first
    assert "2028" not in first and "Kasserer" not in first
    assert "soeren.oestergaard@kirke-saaby-lokalraad.dk" in first.splitlines()


def test_agenda_rule_says_how_far_the_items_run_past_the_end() -> None:
    from lokalraad_app.domain.rules import agenda_overrun

    start = datetime(2026, 3, 3, 19, 0, tzinfo=CPH)
    end = start + timedelta(hours=2)
    assert agenda_overrun(start, end, [30, 60, 30]) == 0  # exactly fits
    assert agenda_overrun(start, end, [30, 60, 31]) == 1
    assert agenda_overrun(start, end, [15] * 18) == 150
    assert agenda_overrun(start, end, [-5, 10]) == 0  # a negative allowance counts as none
    assert agenda_overrun(start, end, []) == 0


def test_agenda_shows_the_end_and_prints_no_times_past_it(services: AppServices) -> None:
    start = datetime(2026, 3, 3, 19, 0, tzinfo=CPH)
    mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)))
    for k in range(16):  # with the standard four items: 20 items, 4 t 30 min for a 2-hour meeting
        services.agenda.add_item(mid, ItemInput(title=f"Sag {k + 1}", minutes_allowed=15))
    text = "\n".join(text_of(services.documents.agenda(mid)[1])[1])
    assert "tirsdag 3. marts 2026 kl. 19.00–21.00" in text
    assert "Bemærk: punkternes tid rækker 2 t 30 min ud over mødets slut kl. 21.00." in " ".join(text.split())
    times = [line.split("kl. ")[-1] for line in text.splitlines() if " · kl. " in line]
    assert times and all("19.00" <= t < "21.00" for t in times), times  # never kl. 23.17
    assert "kl. 20.50" in text and "kl. 21.05" not in text and "23." not in text
    assert text.count("Orientering · efter mødets slut") == 20 - len(times)


def test_agenda_that_fits_has_every_time_and_no_warning(services: AppServices) -> None:
    mid = meeting_with_items(services, 4)  # 19–22, 8 items of 5–10 minutes
    text = "\n".join(text_of(services.documents.agenda(mid)[1])[1])
    assert "kl. 19.00–22.00" in text and "Bemærk" not in text and "efter mødets slut" not in text


def test_action_items_print_with_owner_and_due_date_in_minutes_and_next_agenda(services: AppServices) -> None:
    from lokalraad_app.domain.models import ActionItem

    owner, _ = services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR, term_from=date(2025, 3, 1)))
    mid = meeting_with_items(services, 1)
    item = services.meeting.detail(mid).items[3]
    with services._store.session() as s:  # as the demo and older files have them: the person, not the name
        s.add(ActionItem(meeting_id=mid, agenda_item_id=item.id, description="Skriv til kommunen", owner_id=owner,
                         due=date(2026, 3, 20)))
        s.add(ActionItem(meeting_id=mid, description="Book salen", owner_id=owner, due=date(2026, 4, 1)))
    text = " ".join(" ".join(text_of(services.documents.minutes(mid)[1])[1]).split())
    assert "Opfølgning: Skriv til kommunen — Søren Østergaard, senest 20.03.2026" in text
    assert "Book salen — Søren Østergaard, senest 01.04.2026" in text  # of the meeting, not of one item

    start = datetime(2026, 4, 7, 19, 0, tzinfo=CPH)
    nxt, _ = services.meeting.create_next(mid, MeetingInput(title="Næste møde", start=start,
                                                            end=start + timedelta(hours=2)))
    agenda = " ".join(" ".join(text_of(services.documents.agenda(nxt)[1])[1]).split())
    assert "Skriv til kommunen (Søren Østergaard, senest 20.03.2026)" in agenda
    assert "Book salen (Søren Østergaard, senest 01.04.2026)" in agenda


def test_dialogue_meeting_prints_its_split_into_politics_and_administration(services: AppServices) -> None:
    from lokalraad_app.domain.enums import Classification, MeetingKind

    start = datetime(2026, 5, 12, 17, 0, tzinfo=CPH)
    mid, _ = services.meeting.create(MeetingInput(title="Dialogmøde med kommunen", kind=MeetingKind.DIALOGUE,
                                                  start=start, end=start + timedelta(hours=2)))
    for title, split in (("Cykelsti til skolen", Classification.POLITICAL), ("Huller i Bygaden", Classification.ADMINISTRATIVE),
                         ("Lokalplan for Østergade", Classification.POLITICAL), ("Rundvisning", Classification.NONE)):
        services.agenda.add_item(mid, ItemInput(title=title, classification=split.value))
    for document in (services.documents.agenda(mid), services.documents.minutes(mid)):
        text = " ".join(" ".join(text_of(document[1])[1]).split())
        summary = text[text.index("Politik og administration"):]
        assert "Politik: 2. Cykelsti til skolen, 4. Lokalplan for Østergade Administration: 3. Huller i Bygaden" \
            in summary
        assert "Rundvisning" not in summary.split("Administration: 3. Huller i Bygaden")[0]
        item = text[text.index("3. Huller i Bygaden", text.index("Administration: 3. Huller") + 30):]
        assert item.split("4. Lokalplan")[0].count("Administration") == 1  # the item's own label
    board = meeting_with_items(services, 1)  # a board meeting has no such split
    assert "Politik" not in "\n".join(text_of(services.documents.agenda(board)[1])[1])


@pytest.mark.parametrize("year", ["10000", "1", "-1", "0", "1899", "99999999999999999999"])
def test_annual_report_for_an_impossible_year_is_refused_in_one_line(services: AppServices, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str],
                                                                     year: str) -> None:

    for out in (tmp_path / "a.pdf", tmp_path / "a.txt"):
        assert main(["pdf", "annual-report", "--data", str(services.path), f"--year={year}", "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert err == f"lokalraad: The year must be between 1900 and 2999, not {year}.\n"  # no traceback
        assert not out.exists()
    if len(year) < 6:
        with pytest.raises(ValidationError) as refused:
            services.documents.annual_report(int(year))
        assert refused.value.field == "year"


def test_pdf_arguments_that_cannot_work_get_one_line(services: AppServices, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = str(services.path)
    cases = [
        (["agenda", "--meeting", "no-such-uid"], "No meeting has the uid no-such-uid."),
        (["minutes", "--meeting", "no-such-uid"], "No meeting has the uid no-such-uid."),
        (["attendance"], "The attendance needs --meeting UID"),
        (["hearing", "--hearing", "99/0000"], "No hearing has the uid or case number 99/0000."),
        (["members", "--out", str(tmp_path / "missing" / "m.pdf")], "no such folder to write m.pdf into"),
        (["members", "--out", str(tmp_path)], "the document file must end in .pdf"),
    ]
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    cases.append((["members", "--out", str(folder)], "is a folder"))
    for args, message in cases:
        out = [] if "--out" in args else ["--out", str(tmp_path / "x.pdf")]
        assert main(["pdf", *args, "--data", path, *out]) == 1, args
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1 and "Traceback" not in err, (args, err)
    assert list(tmp_path.glob("*.pdf*")) == [folder] and list(folder.iterdir()) == []
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob("*.partial"))


def test_minutes_of_a_meeting_not_yet_held_are_refused(services: AppServices, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from lokalraad_app.domain.enums import MeetingStatus
    from lokalraad_app.domain.models import Meeting

    start = datetime.now(CPH).replace(microsecond=0) + timedelta(days=7)
    mid, _ = services.meeting.create(MeetingInput(title="Næste bestyrelsesmøde", start=start,
                                                  end=start + timedelta(hours=2)))
    with pytest.raises(ValidationError) as refused:
        services.documents.minutes(mid)
    assert refused.value.code == "not_held" and "print the agenda instead" in refused.value.message
    uid = services.meeting.detail(mid).meeting.uid
    out = tmp_path / "referat.pdf"
    assert main(["pdf", "minutes", "--data", str(services.path), "--meeting", uid, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lokalraad: Næste bestyrelsesmøde has not been held yet") and err.count("\n") == 1
    assert not out.exists()
    # Once the meeting has begun, or something is written down, the draft prints.
    assert "KLADDE" in text_of(services.documents.minutes(mid, now=start + timedelta(minutes=1))[1])[1][0]
    item = services.meeting.detail(mid).items[0]
    assert item.id is not None
    services.minutes.set_minutes_text(item.id, decision="Dagsordenen godkendt.")
    assert "Dagsordenen godkendt." in text_of(services.documents.minutes(mid)[1])[1][0]
    # A cancelled meeting has no minutes.
    past = meeting_with_items(services, 0)
    with services._store.session() as s:  # no use case cancels a meeting yet: the row directly
        meeting = s.get(Meeting, past)
        assert meeting is not None
        meeting.status = MeetingStatus.CANCELLED.value
    with pytest.raises(ValidationError, match="was cancelled"):
        services.documents.minutes(past)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points


def logos_and_header(page: object) -> tuple[list[Box], list[Box]]:
    """Where a page draws its images, and each line of its running header (the strip above the text)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    logos: list[Box] = []
    matrix: list[float] = []
    header: list[Box] = []

    def operand(op: bytes, args: list, _cm: object, _tm: object) -> None:  # type: ignore[type-arg]
        if op == b"cm":
            matrix[:] = [float(a) for a in args]
        elif op == b"Do" and matrix:
            a, _, _, d, e, f = matrix
            logos.append((e, f, e + a, f + d))

    def visit(t: str, _cm: object, tm: list, _font: object, _size: float) -> None:  # type: ignore[type-arg]
        if t.strip() and tm[5] > 800:
            header.append((tm[4], tm[5] - 2, tm[4] + stringWidth(t.strip(), "DejaVuSans", 8), tm[5] + 6))

    page.extract_text(visitor_operand_before=operand, visitor_text=visit)  # type: ignore[attr-defined]
    return logos, header


def test_the_logo_and_the_running_header_do_not_overlap(services: AppServices, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d6b3a"))
    png = tmp_path / "logo.png"
    assert image.save(str(png))
    services.council.save_council(CouncilInput(name="Lokalrådet for Kirke Såby, Kisserup og Rorup"))
    services.council.set_logo(png.read_bytes())
    mid = meeting_with_items(services, 30)
    services.meeting.update(mid, MeetingInput(title="Ekstraordinært bestyrelsesmøde om den nye lokalplan",
                                              start=datetime(2026, 3, 3, 19, 0, tzinfo=CPH),
                                              end=datetime(2026, 3, 3, 22, 0, tzinfo=CPH)))
    reader = PdfReader(BytesIO(services.documents.agenda(mid)[1]))
    assert len(reader.pages) > 1
    for number, page in enumerate(reader.pages, start=1):
        logos, header = logos_and_header(page)
        assert header and len(logos) == (1 if number == 1 else 0), number
        assert all(hx1 <= 595.3 - 56 for _, _, hx1, _ in header)  # inside the right margin
        for lx0, ly0, lx1, ly1 in logos:
            for hx0, hy0, hx1, hy1 in header:
                assert hx1 <= lx0 or hx0 >= lx1 or hy1 <= ly0 or hy0 >= ly1, (number, header, logos)
    first = reader.pages[0].extract_text()
    assert "Lokalrådet for Kirke Såby, Kisserup og Rorup ·" in first  # the header is still there, beside it
