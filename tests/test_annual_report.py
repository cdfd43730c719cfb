"""Årsberetning: the chair's words kept per year in the file, written in the app beside the generated facts
(saved as typed, undo after a save), and printed first in the report — in the window and from the command line."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6 import QtCore

from lokalraad_app.cli import main
from lokalraad_app.domain.enums import ItemKind
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.documents.annual_report_dialog import AnnualReportDialog
from lokalraad_app.ui.events import Events

CPH = ZoneInfo("Europe/Copenhagen")
YEAR = 2025
CHAIR = "Det blev året, hvor cykelstien endelig kom på kommunens budget."
DELAY_MS = 60  # the save delay in these tests; typing is slower than it, as a person's is


@pytest.fixture
def year_of_meetings(services: AppServices) -> AppServices:
    """A council with one meeting in YEAR and a decision taken at it."""
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", area="Kirke Såby",
                                               municipality="Lejre Kommune"))
    meeting = services.meeting.create(MeetingInput(title="Bestyrelsesmøde maj", place="Forsamlingshuset",
                                                   start=datetime(YEAR, 5, 6, 19, tzinfo=CPH),
                                                   end=datetime(YEAR, 5, 6, 21, tzinfo=CPH)))[0]
    item = services.agenda.add_item(meeting, ItemInput(title="Bålpladsen", kind=ItemKind.DECISION))[0]
    services.minutes.set_minutes_text(item, discussion="", decision="Bålpladsen etableres ved skoven.")
    return services


def chair_text_in_file(path: Path, year: int) -> str | None:
    """What the file itself holds, read past the app."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT chair_text FROM annual_report WHERE year = ?", (year,)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


# --- the service and the document ---------------------------------------------------------------
def test_the_chair_text_is_kept_per_year(services: AppServices) -> None:
    assert services.annual_report.chair_text(YEAR) == ""
    assert services.annual_report.set_chair_text(YEAR, CHAIR) == {"annual_report", f"annual_report:{YEAR}"}
    services.annual_report.set_chair_text(YEAR - 1, "Et stille år.")
    assert services.annual_report.set_chair_text(YEAR, CHAIR) == frozenset()  # nothing changed, nothing said
    assert chair_text_in_file(services.path, YEAR) == CHAIR
    assert chair_text_in_file(services.path, YEAR - 1) == "Et stille år."
    assert services.annual_report.chair_text(YEAR) == CHAIR


def test_a_bad_year_or_an_endless_text_is_refused_and_nothing_changes(services: AppServices) -> None:
    with pytest.raises(ValidationError) as refused:
        services.annual_report.set_chair_text(1899, CHAIR)
    assert refused.value.field == "year" and "between 1900 and 2999" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        services.annual_report.set_chair_text(YEAR, "x" * 200_001)
    assert refused.value.field == "chair_text" and "Shorten it" in refused.value.message
    assert chair_text_in_file(services.path, YEAR) is None


def test_the_printed_report_has_the_chairs_words_first_then_the_facts(year_of_meetings: AppServices) -> None:
    services = year_of_meetings
    services.annual_report.set_chair_text(YEAR, f"{CHAIR}\n\nTak til alle frivillige & jer i hallen <3.")
    text = pdf_text(services.documents.annual_report(YEAR)[1])
    assert text.index("Formandens beretning") < text.index(CHAIR) < text.index("Årets møder")
    assert "Tak til alle frivillige & jer i hallen <3." in text  # markup characters are text, not tags
    assert "Bålpladsen etableres ved skoven." in text and "Bestyrelsesmøde maj" in text
    # The draft as text for a word processor has them in the same order; the facts alone leave them out.
    draft = services.documents.annual_report_text(YEAR)[1]
    assert draft.index("FORMANDENS BERETNING") < draft.index(CHAIR) < draft.index("ÅRETS MØDER")
    facts = services.documents.annual_report_facts(YEAR)
    assert CHAIR not in facts and "Bålpladsen etableres ved skoven." in facts


def test_a_report_without_chair_text_has_no_empty_heading(year_of_meetings: AppServices) -> None:
    text = pdf_text(year_of_meetings.documents.annual_report(YEAR)[1])
    assert "Formandens beretning" not in text and "Bålpladsen etableres ved skoven." in text


def test_the_command_line_prints_the_chairs_words(year_of_meetings: AppServices, tmp_path: Path) -> None:
    year_of_meetings.annual_report.set_chair_text(YEAR, CHAIR)
    path = str(year_of_meetings.path)
    out = tmp_path / "aarsberetning.pdf"
    assert main(["pdf", "annual-report", "--data", path, "--year", str(YEAR), "--out", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert text.index(CHAIR) < text.index("Bålpladsen etableres ved skoven.")
    draft = tmp_path / "aarsberetning.txt"
    assert main(["pdf", "annual-report", "--data", path, "--year", str(YEAR), "--out", str(draft)]) == 0
    assert CHAIR in draft.read_text(encoding="utf-8-sig")


# --- the dialog ---------------------------------------------------------------------------------
def dialog_for(qtbot, services: AppServices, year: int = YEAR) -> AnnualReportDialog:  # type: ignore[no-untyped-def]
    dialog = AnnualReportDialog(services.annual_report, services.documents, Events(), year)
    qtbot.addWidget(dialog)
    dialog.set_save_delay(DELAY_MS)
    dialog.show()
    return dialog


def test_typing_is_saved_as_it_goes_beside_the_read_only_facts(qtbot, danish, year_of_meetings: AppServices) -> None:  # type: ignore[no-untyped-def]
    services = year_of_meetings
    dialog = dialog_for(qtbot, services)
    assert dialog.facts_edit.isReadOnly() and "Bålpladsen etableres ved skoven." in dialog.facts_edit.toPlainText()
    assert dialog.windowTitle() == "Årsberetning"
    qtbot.keyClicks(dialog.chair_edit, "Et godt år", delay=DELAY_MS + 40)
    qtbot.wait(DELAY_MS * 3)
    assert chair_text_in_file(services.path, YEAR) == "Et godt år"
    assert dialog.saved_label.text().startswith("Gemt ")
    # Typing on is saved at most the save delay behind, not only when the typing stops.
    qtbot.keyClicks(dialog.chair_edit, " for Kirke Såby.", delay=DELAY_MS + 40)
    assert chair_text_in_file(services.path, YEAR).startswith("Et godt år for Kirke S")  # type: ignore[union-attr]
    qtbot.wait(DELAY_MS * 3)
    assert chair_text_in_file(services.path, YEAR) == "Et godt år for Kirke Såby."


def test_undo_after_the_save_takes_the_typing_back_in_the_file_too(qtbot, danish, year_of_meetings: AppServices) -> None:  # type: ignore[no-untyped-def]
    services = year_of_meetings
    services.annual_report.set_chair_text(YEAR, "Første afsnit.")
    dialog = dialog_for(qtbot, services)
    assert dialog.chair_edit.toPlainText() == "Første afsnit."
    dialog.chair_edit.moveCursor(dialog.chair_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.chair_edit, " Andet afsnit.", delay=DELAY_MS + 40)
    qtbot.wait(DELAY_MS * 3)
    assert chair_text_in_file(services.path, YEAR) == "Første afsnit. Andet afsnit."

    qtbot.keyClick(dialog.chair_edit, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert dialog.chair_edit.toPlainText() == "Første afsnit."  # the typed stretch is one step
    qtbot.wait(DELAY_MS * 3)
    assert chair_text_in_file(services.path, YEAR) == "Første afsnit."

    qtbot.keyClick(dialog.chair_edit, QtCore.Qt.Key.Key_Z,
                   QtCore.Qt.KeyboardModifier.ControlModifier | QtCore.Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(DELAY_MS * 3)
    assert chair_text_in_file(services.path, YEAR) == "Første afsnit. Andet afsnit."


def test_changing_the_year_mid_sentence_keeps_each_years_words(qtbot, danish, year_of_meetings: AppServices) -> None:  # type: ignore[no-untyped-def]
    services = year_of_meetings
    dialog = dialog_for(qtbot, services)
    dialog.set_save_delay(5000)  # the year is changed before the save would come
    qtbot.keyClicks(dialog.chair_edit, "Halvt skrevet", delay=20)
    dialog.year_spin.setValue(YEAR - 1)
    assert chair_text_in_file(services.path, YEAR) == "Halvt skrevet"
    assert dialog.chair_edit.toPlainText() == "" and "Bålpladsen" not in dialog.facts_edit.toPlainText()
    qtbot.keyClicks(dialog.chair_edit, "Året før", delay=20)
    dialog.close()  # closing saves too
    assert chair_text_in_file(services.path, YEAR - 1) == "Året før"
    assert chair_text_in_file(services.path, YEAR) == "Halvt skrevet"


def test_print_shows_the_report_with_the_chairs_words_first(qtbot, danish, year_of_meetings: AppServices) -> None:  # type: ignore[no-untyped-def]
    services = year_of_meetings
    dialog = dialog_for(qtbot, services)
    dialog.set_save_delay(5000)
    qtbot.keyClicks(dialog.chair_edit, CHAIR, delay=5)
    qtbot.mouseClick(dialog.print_button, QtCore.Qt.MouseButton.LeftButton)  # saves first, then prints
    preview = dialog.preview_dialog
    assert preview is not None and preview.file_name == f"{YEAR} Årsberetning.pdf"
    text = pdf_text(preview.pdf)
    assert text.index("Formandens beretning") < text.index(CHAIR) < text.index("Bålpladsen etableres ved skoven.")
    preview.close()


def test_a_refused_save_is_said_and_the_text_stays_in_the_field(qtbot, danish, monkeypatch,  # type: ignore[no-untyped-def]
                                                                year_of_meetings: AppServices) -> None:
    services = year_of_meetings
    said: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: said.append(f"{title}: {text}"))
    dialog = dialog_for(qtbot, services)
    dialog.chair_edit.setPlainText("x" * 200_001)  # a paste gone wrong
    assert not dialog.save()
    assert said and "200,001" in said[0] and len(dialog.chair_edit.toPlainText()) == 200_001
    assert chair_text_in_file(services.path, YEAR) is None


def test_the_file_menu_opens_the_annual_report(qtbot, danish, year_of_meetings: AppServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.app import start

    path = year_of_meetings.path
    year_of_meetings.annual_report.set_chair_text(QtCore.QDate.currentDate().year(), CHAIR)
    year_of_meetings.close()
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    controller = start(path, settings)
    assert controller is not None
    qtbot.addWidget(controller.window)
    assert controller.load()
    window = controller.window
    assert window.annual_report_action.text() == "Årsberetning: formandens &tekst…"
    window.annual_report_action.trigger()
    dialog = window.annual_report_dialog
    assert dialog is not None and dialog.isVisible() and dialog.chair_edit.toPlainText() == CHAIR
    assert window.show_annual_report(YEAR) is dialog and dialog.year == YEAR  # one dialog, moved to the year
    dialog.set_save_delay(5000)
    qtbot.keyClicks(dialog.chair_edit, "Sidst skrevet", delay=5)
    controller.release()  # the file closes: what was typed is saved first
    assert chair_text_in_file(path, YEAR) == "Sidst skrevet"
