"""Importing members through the window: problems shown with row and column, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtGui, QtWidgets

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.members import PersonInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.members.import_dialog import ImportDialog
from lokalraad_app.ui.members.members_view import MembersView

GOOD = "Navn;E-mail;Telefon;Rolle;Valgt\nSøren Østergaard;soren@example.dk;20304050;Formand;2024\n" \
       "Åse Bækgaard;ase@example.dk;;Suppleant;2024\n"
BAD = "Navn;E-mail;Rolle\nSøren Østergaard;soren@;Formand\n;ase@example.dk;Medlem\n"



@pytest.fixture
def view(qtbot, services: AppServices) -> MembersView:  # type: ignore[no-untyped-def]
    v = MembersView(services.members, Events(), QtGui.QUndoStack(), import_service=services.member_import)
    qtbot.addWidget(v)
    return v


def names(view: MembersView) -> list[str]:
    return [view.model.member_row(r).name for r in range(view.model.rowCount())]  # type: ignore[union-attr]


def test_good_file_imports_everyone(tmp_path: Path, monkeypatch, view: MembersView) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "medlemmer.csv"
    source.write_text(GOOD, encoding="utf-8-sig")
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: source)
    told: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(ImportDialog, "exec", lambda d: (d.accept(), d.result())[1]
                        if d.import_button.isEnabled() else QtWidgets.QDialog.DialogCode.Rejected)
    view.import_action.trigger()
    assert sorted(names(view)) == ["Søren Østergaard", "Åse Bækgaard"]
    assert told and "2" in told[0]


def test_bad_file_shows_every_problem_and_imports_nothing(tmp_path: Path, monkeypatch, view: MembersView,  # type: ignore[no-untyped-def]
                                                          services: AppServices) -> None:
    services.members.add(PersonInput(name="Allerede Her", role=None))
    view.apply_filter()
    source = tmp_path / "medlemmer.csv"
    source.write_text(BAD, encoding="utf-8")
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: source)
    seen: dict[str, object] = {}

    def inspect(dialog: ImportDialog) -> int:
        seen["problems"] = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
        seen["enabled"] = dialog.import_button.isEnabled()
        return QtWidgets.QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", inspect)
    view.import_action.trigger()
    problems = seen["problems"]
    assert seen["enabled"] is False
    assert any("row 2" in p and "E-mail" in p for p in problems)  # type: ignore[union-attr]
    assert any("row 3" in p and "Navn" in p for p in problems)  # type: ignore[union-attr]
    assert names(view) == ["Allerede Her"]


def test_unreadable_file_gives_a_message_not_a_traceback(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                         view: MembersView) -> None:
    source = tmp_path / "medlemmer.pdf"
    source.write_bytes(b"%PDF-1.4 not a spreadsheet")
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: source)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    view.import_action.trigger()
    assert errors and "medlemmer.pdf" in errors[0]


def test_remapping_a_column_in_the_dialog(qtbot, tmp_path: Path, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "liste.csv"
    source.write_text("Fulde navn,Mobilnr\nMette Højgaard,22334455\n", encoding="utf-8")
    dialog = ImportDialog(services.member_import, source)
    qtbot.addWidget(dialog)
    phone_combo = dialog._combos[1]
    phone_combo.setCurrentIndex(phone_combo.findData("phone"))
    assert dialog.result_data.people[0].phone == "22334455"
    assert dialog.import_button.isEnabled()


def test_export_to_a_read_only_file_says_so_and_keeps_it(tmp_path: Path, monkeypatch, view: MembersView,  # type: ignore[no-untyped-def]
                                                         services: AppServices) -> None:
    import stat

    services.members.add(PersonInput(name="Else Krogh", role=None))
    view.apply_filter()
    target = tmp_path / "medlemmer.xlsx"
    target.write_bytes(b"last year's list")
    target.chmod(stat.S_IRUSR)
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: target)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: errors.append("told: " + text))
    view.export_action.trigger()
    assert errors == ["medlemmer.xlsx is read-only; nothing was written. Choose another name, "
                      "or make the file writable first."]
    assert target.read_bytes() == b"last year's list"


@pytest.mark.parametrize("answer,people", [(None, 2), (0, 2), (1, 4)])
def test_importing_an_export_again_asks_first(tmp_path: Path, monkeypatch, view: MembersView,  # type: ignore[no-untyped-def]
                                              services: AppServices, answer: int | None, people: int) -> None:
    services.members.add(PersonInput(name="Åse Bækgaard", email="ase@example.dk", role=None))
    services.members.add(PersonInput(name="Bo Holm", phone="22 33 44 55", role=None))
    view.apply_filter()
    export = tmp_path / "medlemmer.xlsx"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: export)
    monkeypatch.setattr(prompts, "info", lambda *a: None)
    view.export_action.trigger()
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: export)
    monkeypatch.setattr(ImportDialog, "exec", lambda d: (d.accept(), d.result())[1])
    asked: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(prompts, "ask", lambda parent, title, text, choices: (asked.append((text, choices)),
                                                                              answer)[1])
    view.import_action.trigger()
    (text, choices), = asked
    assert 'medlemmer.xlsx, row 2, column "Telefon": "Bo Holm" is already in the register' in text
    assert len(choices) == 2
    assert len(names(view)) == people


def test_the_column_mapping_is_all_danish(qtbot, qapp, tmp_path: Path, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import QtCore

    from lokalraad_app.ui.i18n import install_translators

    source = tmp_path / "liste.csv"
    source.write_text("Fulde navn;Mobilnr;Skostørrelse\nMette Højgaard;22334455;38\n", encoding="utf-8")
    installed = install_translators(qapp, "da")
    try:
        dialog = ImportDialog(services.member_import, source)
        qtbot.addWidget(dialog)
        choices = [dialog._combos[0].itemText(i) for i in range(dialog._combos[0].count())]
        labels = [dialog.columns_layout.itemAt(i, QtWidgets.QFormLayout.ItemRole.LabelRole).widget().text()
                  for i in range(dialog.columns_layout.rowCount())]
        texts = [w.text() for w in dialog.findChildren(QtWidgets.QLabel) + dialog.findChildren(QtWidgets.QPushButton)]
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.c())
    assert choices == ["(importeres ikke)", "Navn", "E-mail", "Telefon", "Adresse", "Postnr.", "By", "Organisation",
                       "Titel", "Rolle", "Valgt fra", "Valgt til", "Type", "Noter"]
    assert labels == ["Fulde navn", "Mobilnr", "Skostørrelse"]  # the file's own headers
    assert dialog.windowTitle() == "Importér medlemmer fra liste.csv"
    assert "1 person i filen." in texts and "&Importér" in texts and "Annuller" in texts


def test_a_long_import_shows_progress_and_cancel_changes_nothing(qtbot, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                                view: MembersView, services: AppServices) -> None:
    from PySide6 import QtCore

    import lokalraad_app.services.member_import as module

    monkeypatch.setattr(module, "IMPORT_BATCH", 10)
    services.members.add(PersonInput(name="Allerede Her", role=None))
    view.apply_filter()
    source = tmp_path / "mange.csv"
    source.write_text("Navn;E-mail\n" + "".join(f"Person {n};p{n}@example.dk\n" for n in range(50)), encoding="utf-8")
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: source)
    monkeypatch.setattr(ImportDialog, "exec", lambda d: (d.accept(), d.result())[1])
    told: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: told.append(text))
    seen: list[tuple[int, int, str]] = []
    real_apply = services.member_import.apply

    def apply_and_press_cancel(result, merge=None, *, as_new=False, progress=None):  # type: ignore[no-untyped-def]
        def watch(done: int, total: int) -> None:
            shown = [w for w in QtWidgets.QApplication.topLevelWidgets()
                     if isinstance(w, QtWidgets.QProgressDialog) and w.isVisible()]
            if shown:
                seen.append((shown[0].value(), shown[0].maximum(), shown[0].labelText()))
                if done == 30:  # the secretary gives up part way
                    qtbot.mouseClick(shown[0].findChild(QtWidgets.QPushButton), QtCore.Qt.MouseButton.LeftButton)
            progress(done, total)
        return real_apply(result, merge, as_new=as_new, progress=watch)

    monkeypatch.setattr(services.member_import, "apply", apply_and_press_cancel)
    view.import_action.trigger()
    # What the dialog showed as the next batches finished: rows done of all rows (it appears after the first).
    assert [s[:2] for s in seen] == [(10, 50), (20, 50)]
    assert seen[0][2] == "Importing mange.csv…"
    assert told == ["The import was cancelled; the register is as it was."]
    assert names(view) == ["Allerede Her"]
    assert len(services.members.find_ids()) == 1


def test_problems_are_shown_in_danish(qtbot, qapp, tmp_path: Path, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import QtCore

    from lokalraad_app.ui.i18n import install_translators

    source = tmp_path / "bestyrelse.csv"
    source.write_text("Navn;E-mail;Rolle;Valgt fra;Valgt til\nSøren;soren@;Formand;;\n;ase@example.dk;;2026;2024\n",
                      encoding="utf-8")
    installed = install_translators(qapp, "da")
    try:
        dialog = ImportDialog(services.member_import, source)
        qtbot.addWidget(dialog)
        problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.c())
    assert problems == [
        'bestyrelse.csv, række 2, kolonne "E-mail": "soren@" er ikke en gyldig e-mailadresse.',
        'bestyrelse.csv, række 2, kolonne "Rolle": "Formand" har ingen startdato; udfyld "Valgt fra" '
        "(fx 1.3.2026, 2026-03-01 eller 2026).",
        'bestyrelse.csv, række 3, kolonne "Navn": navnet mangler.',
        'bestyrelse.csv, række 3, kolonne "Valgt til": valgperioden slutter (2024-12-31), før den begynder '
        "(2026-01-01).",
    ]
