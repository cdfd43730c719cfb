"""The main window and the app's start: welcome, navigation, search, lock, window state."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from lokalraad_app.app import start
from lokalraad_app.domain.enums import Role
from lokalraad_app.services.bundle import open_services
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.members import PersonInput
from lokalraad_app.store.lock import FileLock
from lokalraad_app.ui import prompts
from lokalraad_app.ui.main_window import PAGES, PlaceholderPage
from lokalraad_app.ui.members.members_view import MembersView
from lokalraad_app.ui.welcome_dialog import WelcomeDialog
from tests.helpers.app import started


@pytest.fixture
def settings(tmp_path: Path) -> QtCore.QSettings:
    return QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)


@pytest.fixture
def filled_file(council_file: Path) -> Path:
    services = open_services(council_file, backup=False)
    services.council.save_council(CouncilInput(name="Kirke Hyllinge Lokalråd", area="Kirke Hyllinge",
                                               municipality="Lejre Kommune"))
    services.members.add(PersonInput(name="Søren Østergaard", role=Role.CHAIR, term_from=date(2024, 1, 1)))
    services.close()
    return council_file


def test_window_shows_real_overview_before_the_store_loads(qtbot, filled_file: Path, settings) -> None:  # type: ignore[no-untyped-def]
    controller = started(qtbot, filled_file, settings)
    window = controller.window
    assert window.overview_view.title_label.text() == "Kirke Hyllinge Lokalråd"
    assert "1" in window.overview_view.figures_label.text()
    assert isinstance(window.pages["members"], PlaceholderPage)  # the ORM is not loaded yet
    assert controller.load()
    assert isinstance(window.pages["members"], MembersView)
    assert "Kirke Hyllinge Lokalråd" in window.windowTitle()
    controller.release()


def test_first_start_asks_for_the_council(qtbot, monkeypatch, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: WelcomeDialog) -> int:
        qtbot.keyClicks(dialog.name_edit, "Vipperød Lokalråd")
        qtbot.keyClicks(dialog.municipality_edit, "Holbæk Kommune")
        qtbot.keyClicks(dialog.email_edit, "sekretaer@example.dk")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", answer)
    controller = started(qtbot, tmp_path / "ny.sqlite", settings)
    assert controller.window.overview_view.title_label.text() != "Vipperød Lokalråd"
    controller.load()
    assert controller.window.overview_view.title_label.text() == "Vipperød Lokalråd"
    assert controller.services is not None
    council = controller.services.council.council()
    assert council is not None and council.municipality == "Holbæk Kommune"
    controller.release()


def test_welcome_refuses_empty_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.error_label.text()


def test_second_instance_on_the_same_file_is_refused(qtbot, monkeypatch, filled_file: Path, settings) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    with FileLock(filled_file):
        assert start(filled_file, settings) is None
    assert errors and "already open" in errors[0]


def test_search_finds_a_person_and_opens_them(qtbot, filled_file: Path, settings) -> None:  # type: ignore[no-untyped-def]
    controller = started(qtbot, filled_file, settings)
    controller.load()
    window = controller.window
    window.find_action.trigger()
    qtbot.keyClicks(window.search_edit, "østerg")
    qtbot.keyClick(window.search_edit, QtCore.Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.search_view
    results = window.search_view.results  # type: ignore[union-attr]
    assert results.count() == 1 and "Søren Østergaard" in results.item(0).text()
    results.itemActivated.emit(results.item(0))
    members = window.pages["members"]
    assert window.stack.currentWidget() is members
    assert isinstance(members, MembersView)
    row = members.model.member_row(members.table.currentIndex().row())
    assert row is not None and row.name == "Søren Østergaard"
    controller.release()


def test_navigation_shortcuts_and_placeholder_pages(qtbot, filled_file: Path, settings) -> None:  # type: ignore[no-untyped-def]
    controller = started(qtbot, filled_file, settings)
    controller.window.install_shortcuts()
    controller.load()
    window = controller.window
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    for i, key in enumerate(PAGES):
        assert window.page_actions[i].shortcut().toString() == f"Ctrl+{i + 1}"
        window.page_actions[i].trigger()
        assert window.nav.currentRow() == i
        assert window.stack.currentWidget() is window.pages[key]
    assert not any(isinstance(page, PlaceholderPage) for page in window.pages.values())  # every area is built
    assert type(window.pages["plan"]).__name__ == "PlanView"
    assert type(window.pages["hearings"]).__name__ == "HearingsView"
    controller.release()


def test_window_size_and_page_are_remembered(qtbot, filled_file: Path, settings) -> None:  # type: ignore[no-untyped-def]
    controller = started(qtbot, filled_file, settings)
    controller.load()
    controller.window.resize(760, 560)
    controller.window.show_page("members")
    controller.window.close()
    controller.release()

    again = started(qtbot, filled_file, settings)
    assert again.window.current_page() == "members"
    assert again.window.size().width() == 760
    again.release()


def test_opening_a_newer_file_says_so_and_keeps_the_old_one(qtbot, monkeypatch, filled_file: Path,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path, settings) -> None:
    import sqlite3

    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(filled_file.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = newer.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    controller = started(qtbot, filled_file, settings)
    controller.load()
    assert not controller.open_file(newer)
    assert errors and "newer" in errors[0]
    assert newer.read_bytes() == before
    assert controller.path == filled_file and controller.services is not None
    controller.release()


def test_restore_backup_from_the_menu(qtbot, monkeypatch, filled_file: Path, settings) -> None:  # type: ignore[no-untyped-def]
    controller = started(qtbot, filled_file, settings)
    controller.load()
    assert controller.services is not None
    backup = controller.services.council.backup_now()
    controller.services.members.add(PersonInput(name="Ny Person", role=None))
    monkeypatch.setattr(prompts, "choose", lambda *a: 0)
    monkeypatch.setattr(prompts, "info", lambda *a: None)
    controller.window.restore_action.trigger()
    assert controller.services is not None
    names = [r.name for r in controller.services.members.rows(controller.services.members.find_ids())]
    assert names == ["Søren Østergaard"]
    assert backup.exists()
    controller.release()


def test_settings_dialog_saves_council_and_file_settings(qtbot, monkeypatch, filled_file: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.ui.settings.settings_dialog import SettingsDialog

    controller = started(qtbot, filled_file, settings)
    controller.load()

    def answer(dialog: SettingsDialog) -> int:
        assert dialog.name_edit.text() == "Kirke Hyllinge Lokalråd"
        dialog.municipality_edit.setText("Roskilde Kommune")
        dialog.quorum_spin.setValue(60)
        dialog.keep_spin.setValue(3)
        dialog.ui_language_combo.setCurrentIndex(dialog.ui_language_combo.findData("en"))
        dialog.template_kind_combo.setCurrentIndex(dialog.template_kind_combo.findData("citizens"))
        dialog.template_edit.setPlainText("Velkomst | orientering | 5\nSpørgsmål fra salen | drøftelse | 45")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", answer)
    controller.window.settings_action.trigger()
    assert controller.services is not None
    council = controller.services.council
    assert council.council().municipality == "Roskilde Kommune"  # type: ignore[union-attr]
    assert (council.int_setting("quorum_percent"), council.int_setting("backup_keep")) == (60, 3)
    assert settings.value("ui/language") == "en"
    from lokalraad_app.domain.enums import MeetingKind

    assert "Spørgsmål fra salen | drøftelse | 45" in controller.services.meeting.template_text(MeetingKind.CITIZENS)
    assert controller.services.meeting.template_text(MeetingKind.BOARD).startswith("Godkendelse af dagsorden")
    controller.release()


def test_settings_dialog_refuses_a_bad_email(qtbot, filled_file: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.ui.settings.settings_dialog import SettingsDialog

    services = open_services(filled_file, backup=False)
    try:
        dialog = SettingsDialog(services.council, settings)
        qtbot.addWidget(dialog)
        dialog.email_edit.setText("sekretær@")
        dialog.accept()
        assert not dialog.result() and dialog.error_label.text()
        assert services.council.council().secretary_email == ""  # type: ignore[union-attr]
    finally:
        services.close()


def test_settings_dialog_sets_the_logo_and_signature_lines(qtbot, monkeypatch, filled_file: Path, settings,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    from PySide6 import QtGui

    from lokalraad_app.ui.settings.settings_dialog import SettingsDialog

    image = QtGui.QImage(120, 40, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("#1d6b3a"))
    logo, broken = tmp_path / "logo.png", tmp_path / "broken.png"
    assert image.save(str(logo))
    broken.write_bytes(b"\x89PNG\r\n\x1a\n but nothing after")
    services = open_services(filled_file, backup=False)
    try:
        dialog = SettingsDialog(services.council, settings)
        qtbot.addWidget(dialog)
        assert dialog.logo_label.text() == "Intet logo" or dialog.logo_label.pixmap().isNull()
        # A damaged image is refused with a message, and nothing in the dialog is saved.
        monkeypatch.setattr(prompts, "open_file", lambda parent, title, filters, start="": broken)
        dialog.choose_logo()
        dialog.municipality_edit.setText("Roskilde Kommune")
        dialog.accept()
        assert not dialog.result() and "PNG" in dialog.error_label.text()
        council = services.council.council()
        assert council is not None and council.logo is None and council.municipality != "Roskilde Kommune"
        # A real PNG is shown at once and saved with OK, with the signature lines.
        monkeypatch.setattr(prompts, "open_file", lambda parent, title, filters, start="": logo)
        dialog.choose_logo()
        assert not dialog.logo_label.pixmap().isNull()
        dialog.signatures_check.setChecked(True)
        dialog.accept()
        assert dialog.result()
        council = services.council.council()
        assert council is not None and council.logo == logo.read_bytes()
        assert services.council.setting("minutes_signatures") == "1"
        # Remove takes it away again.
        dialog = SettingsDialog(services.council, settings)
        qtbot.addWidget(dialog)
        dialog.logo_remove_button.click()
        dialog.accept()
        assert services.council.council().logo is None  # type: ignore[union-attr]
    finally:
        services.close()


def test_open_demo_council_from_the_welcome(qtbot, monkeypatch, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    def choose_demo(dialog: WelcomeDialog) -> int:
        dialog.demo_button.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", choose_demo)
    controller = started(qtbot, tmp_path / "tom.sqlite", settings)
    controller.load()  # a new file: the welcome asks, the user picks the demo council
    assert controller.path.name == "demo-lokalraad.sqlite"
    assert controller.services is not None
    assert controller.window.overview_view.title_label.text() == "Kirke Hyllinge Lokalråd"
    assert len(controller.services.members.find_ids()) > 100
    controller.release()


def test_file_new_and_open_from_the_menu(qtbot, monkeypatch, filled_file: Path, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    controller = started(qtbot, filled_file, settings)
    controller.load()
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: tmp_path / "findes-ikke.sqlite")
    controller.window.open_action.trigger()
    assert errors and "findes-ikke.sqlite" in errors[0]
    assert controller.path == filled_file and controller.services is not None  # still on the open file

    def welcome(dialog: WelcomeDialog) -> int:
        dialog.name_edit.setText("Nyt Lokalråd")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", welcome)
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: tmp_path / "nyt")
    controller.window.new_action.trigger()
    assert controller.path == tmp_path / "nyt.sqlite"
    assert controller.window.overview_view.title_label.text() == "Nyt Lokalråd"
    assert FileLock(filled_file).path.exists() is False  # the old file is free for others again

    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: filled_file)
    controller.window.open_action.trigger()
    assert controller.window.overview_view.title_label.text() == "Kirke Hyllinge Lokalråd"
    assert [a.text() for a in controller.window.recent_menu.actions()][:2] == [str(filled_file.resolve()),
                                                                               str((tmp_path / "nyt.sqlite").resolve())]
    controller.release()


def test_print_member_list_and_annual_report_from_the_file_menu(qtbot, monkeypatch, filled_file: Path,  # type: ignore[no-untyped-def]
                                                                  settings, tmp_path: Path) -> None:
    from pypdf import PdfReader

    controller = started(qtbot, filled_file, settings)
    controller.load()
    window = controller.window
    window.print_members_action.trigger()
    preview = window.preview_dialog
    assert preview is not None and preview.isVisible()
    assert "Medlemsliste" in PdfReader(BytesIO(preview.pdf)).pages[0].extract_text()
    preview.close()
    offered: list[list[str]] = []
    monkeypatch.setattr(prompts, "choose", lambda parent, title, label, items: offered.append(items) or 1)
    window.print_report_action.trigger()
    last_year = str(QtCore.QDate.currentDate().year() - 1)
    assert offered[0][1] == last_year
    assert f"Årsberetning {last_year}" in PdfReader(BytesIO(window.preview_dialog.pdf)).pages[0].extract_text()
    # The same draft as text, for the chair to edit in a word processor.
    target = tmp_path / "beretning.txt"
    monkeypatch.setattr(prompts, "save_file", lambda parent, title, filters, start="": target)
    [button] = [b for b in window.preview_dialog.buttons.buttons() if "tekst" in b.text() or "text" in b.text()]
    button.click()
    draft = target.read_text(encoding="utf-8-sig")
    assert draft.startswith("Kirke Hyllinge Lokalråd\nÅrsberetning " + last_year)
    assert "ÅRETS MØDER" in draft and "HØRINGSSVAR" in draft
    window.preview_dialog.close()
    controller.release()


def test_print_development_plan_or_say_there_is_none(qtbot, monkeypatch, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    said: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: said.append(text))
    empty = tmp_path / "tom.sqlite"
    services = open_services(empty, backup=False)
    services.council.save_council(CouncilInput(name="Vipperød Lokalråd"))
    services.close()
    controller = started(qtbot, empty, settings)
    controller.load()
    assert controller.window.print_document("plan") is None
    assert said and "udviklingsplan" in said[0].lower() or "development plan" in said[0]
    controller.release()

    demo = tmp_path / "demo.sqlite"
    from lokalraad_app.demo_data import write_demo

    write_demo(demo)
    controller = started(qtbot, demo, settings)
    controller.load()
    controller.window.print_plan_action.trigger()
    preview = controller.window.preview_dialog
    assert preview is not None and "Lokaludviklingsplan" in PdfReader(BytesIO(preview.pdf)).pages[0].extract_text()
    preview.close()
    controller.release()


def test_check_a_pdf_of_approved_minutes_from_the_file_menu(qtbot, monkeypatch, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.demo_data import write_demo

    demo = tmp_path / "demo.sqlite"
    write_demo(demo)
    import sqlite3

    with sqlite3.connect(demo) as db:
        meeting_id, title = db.execute("SELECT m.id, m.title FROM minutes JOIN meeting m ON m.id = meeting_id "
                                       "WHERE minutes.status = 'approved' LIMIT 1").fetchone()
    services = open_services(demo, backup=False)
    try:
        name, pdf = services.documents.minutes(meeting_id)
    finally:
        services.close()
    copy, changed = tmp_path / name, tmp_path / "ændret.pdf"
    copy.write_bytes(pdf)
    changed.write_bytes(pdf.replace(b"/Creator (", b"/Creator (X", 1))
    controller = started(qtbot, demo, settings)
    controller.load()
    said: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(prompts, "open_file", lambda parent, title, filters, start="": copy)
    assert controller.window.verify_pdf() is True
    assert name in said[-1] and title in said[-1]
    monkeypatch.setattr(prompts, "open_file", lambda parent, title, filters, start="": changed)
    assert controller.window.verify_pdf() is False
    assert "ændret.pdf" in said[-1]
    controller.release()
