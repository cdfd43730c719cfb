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
    assert main(["pdf", "minutes", "--data", path, "--out", str(tmp_path / "y.pdf")]) != 0
    assert "not built yet" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()
