"""The member register through the window's real widgets over a real council file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import MemberFilter, PersonKind, Role
from lokalraad_app.services.members import MemberService, PersonInput
from lokalraad_app.store.engine import open_store
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.members.member_dialog import MemberDialog
from lokalraad_app.ui.members.member_table_model import Column, MemberTableModel
from lokalraad_app.ui.members.members_view import MembersView


@pytest.fixture
def members(store) -> MemberService:  # type: ignore[no-untyped-def]
    service = MemberService(store)
    today = date.today()
    service.add(PersonInput(name="Søren Østergaard", email="soren@example.dk", role=Role.CHAIR,
                            term_from=today - timedelta(days=300)))
    service.add(PersonInput(name="Birthe Ågesen", email="birthe@example.dk", role=Role.SUBSTITUTE,
                            term_from=today - timedelta(days=100)))
    service.add(PersonInput(name="Jørgen Æbelø", role=Role.MEMBER, term_from=today - timedelta(days=2000),
                            term_to=today - timedelta(days=900)))
    service.add(PersonInput(name="Lærke Kommunal", kind=PersonKind.LIAISON, role=None, title="Fælles-skaber",
                            organisation="Lejre Kommune"))
    return service


@pytest.fixture
def view(qtbot, members: MemberService) -> MembersView:  # type: ignore[no-untyped-def]
    stack = QtGui.QUndoStack()
    v = MembersView(members, Events(), stack)
    v._test_stack = stack  # type: ignore[attr-defined]  # keep it alive with the view
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    return v


def names(view: MembersView) -> list[str]:
    m = view.model
    return [m.data(m.index(r, Column.NAME)) for r in range(m.rowCount())]


def fill_dialog(monkeypatch: pytest.MonkeyPatch, qtbot, **fields: str) -> None:  # type: ignore[no-untyped-def]
    """Answers the next MemberDialog by typing into its real widgets and pressing OK."""

    def fake_exec(dialog: MemberDialog) -> int:
        for name, text in fields.items():
            edit: QtWidgets.QLineEdit = getattr(dialog, f"{name}_edit")
            edit.clear()
            qtbot.keyClicks(edit, text)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)


def test_model_passes_qt_model_tester(qtmodeltester, members: MemberService) -> None:  # type: ignore[no-untyped-def]
    model = MemberTableModel(members)
    model.set_filter(MemberFilter.ALL)
    qtmodeltester.check(model)
    assert model.rowCount() == 4


def test_filters_show_the_right_people(view: MembersView) -> None:
    def choose(f: str) -> list[str]:
        view.filter_combo.setCurrentIndex(view.filter_combo.findData(f))
        return names(view)

    assert choose(MemberFilter.BOARD.value) == ["Søren Østergaard"]
    assert choose(MemberFilter.SUBSTITUTES.value) == ["Birthe Ågesen"]
    assert choose(MemberFilter.FORMER.value) == ["Jørgen Æbelø"]
    assert choose(MemberFilter.CONTACTS.value) == ["Lærke Kommunal"]
    assert len(choose(MemberFilter.ALL.value)) == 4
    assert view.count_label.text().startswith("4")


def test_typing_in_the_filter_field_narrows_the_list(qtbot, view: MembersView) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.search_edit, "lejre")
    qtbot.waitUntil(lambda: names(view) == ["Lærke Kommunal"], timeout=2000)


def test_sorting_by_header(view: MembersView) -> None:
    view.table.sortByColumn(Column.NAME, QtCore.Qt.SortOrder.DescendingOrder)
    assert names(view) == sorted(names(view), key=str.casefold, reverse=True)
    view.table.sortByColumn(Column.NAME, QtCore.Qt.SortOrder.AscendingOrder)
    assert names(view)[0] == "Birthe Ågesen"


def test_add_person_through_dialog_then_undo_and_redo(qtbot, monkeypatch, view: MembersView,  # type: ignore[no-untyped-def]
                                                      members: MemberService) -> None:
    fill_dialog(monkeypatch, qtbot, name="Mette Højgaard", email="mette@example.dk", phone="20 30 40 50")
    view.add_action.trigger()
    assert "Mette Højgaard" in names(view)
    assert view.selected_id() is not None
    person_id = view.selected_id()
    person, memberships = members.get(person_id)  # type: ignore[arg-type]
    assert person.phone == "20 30 40 50" and memberships[0].role == Role.MEMBER.value

    stack: QtGui.QUndoStack = view._test_stack  # type: ignore[attr-defined]
    stack.undo()
    assert "Mette Højgaard" not in names(view)
    stack.redo()
    assert "Mette Højgaard" in names(view)
    assert members.get(person_id)[0].email == "mette@example.dk"  # type: ignore[arg-type]  # same record back


def test_dialog_refuses_bad_email_and_says_what_to_fix(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Anna")
    qtbot.keyClicks(dialog.email_edit, "anna@")
    dialog.accept()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog)
    assert "email" in dialog.error_label.text().lower() or "e-mail" in dialog.error_label.text().lower()


def test_dialog_refuses_empty_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.error_label.text()


def test_edit_person_and_undo(qtbot, monkeypatch, view: MembersView, members: MemberService) -> None:  # type: ignore[no-untyped-def]
    view.show_person(view.model.person_id(names(view).index("Søren Østergaard")))  # type: ignore[arg-type]
    pid = view.selected_id()
    fill_dialog(monkeypatch, qtbot, email="formand@example.dk")
    view.edit_action.trigger()
    assert members.get(pid)[0].email == "formand@example.dk"  # type: ignore[arg-type]
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert members.get(pid)[0].email == "soren@example.dk"  # type: ignore[arg-type]


def test_delete_asks_first_and_can_be_undone(monkeypatch, view: MembersView) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or False)
    view.show_person(view.model.person_id(names(view).index("Birthe Ågesen")))  # type: ignore[arg-type]
    view.delete_action.trigger()
    assert asked and "Birthe Ågesen" in asked[0]
    assert "Birthe Ågesen" in names(view)  # declined: nothing happened

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    view.delete_action.trigger()
    assert "Birthe Ågesen" not in names(view)
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert "Birthe Ågesen" in names(view)


def test_end_term_moves_member_to_former(monkeypatch, view: MembersView) -> None:  # type: ignore[no-untyped-def]
    view.show_person(view.model.person_id(names(view).index("Søren Østergaard")))  # type: ignore[arg-type]
    yesterday = (date.today() - timedelta(days=1)).strftime("%d.%m.%Y")  # as a Dane writes it
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: yesterday)
    view.end_term_action.trigger()
    view.filter_combo.setCurrentIndex(view.filter_combo.findData(MemberFilter.FORMER.value))
    assert "Søren Østergaard" in names(view)
    view._test_stack.undo()  # type: ignore[attr-defined]
    view.apply_filter()
    assert "Søren Østergaard" not in names(view)


def test_end_term_refuses_a_non_date_and_asks_again_with_it(monkeypatch, view: MembersView) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    asked: list[str] = []
    answers = iter(["i morgen", None])
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))

    def get_text(parent, title, label, text=""):  # type: ignore[no-untyped-def]
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(prompts, "get_text", get_text)
    view.show_person(view.model.person_id(names(view).index("Søren Østergaard")))  # type: ignore[arg-type]
    view.end_term_action.trigger()
    assert errors and "i morgen" in errors[0] and "25.03.2025" in errors[0]
    assert asked == [date.today().strftime("%d.%m.%Y"), "i morgen"]  # the slip is offered to fix
    view.filter_combo.setCurrentIndex(view.filter_combo.findData(MemberFilter.FORMER.value))
    assert "Søren Østergaard" not in names(view)  # nothing changed


def test_edits_survive_a_restart(qtbot, monkeypatch, council_file: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(council_file)
    view = MembersView(MemberService(store), Events(), QtGui.QUndoStack())
    qtbot.addWidget(view)
    fill_dialog(monkeypatch, qtbot, name="Ida Sørensen")
    view.add_action.trigger()
    store.close()

    again = open_store(council_file)
    try:
        service = MemberService(again)
        assert [r.name for r in service.rows(service.find_ids())] == ["Ida Sørensen"]
    finally:
        again.close()


def test_consent_is_recorded_and_undoable(monkeypatch, view: MembersView, members: MemberService) -> None:  # type: ignore[no-untyped-def]
    view.show_person(view.model.person_id(names(view).index("Søren Østergaard")))  # type: ignore[arg-type]
    pid = view.selected_id()
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Navn og telefon på medlemslisten")
    view.consent_action.trigger()
    person, _ = members.get(pid)  # type: ignore[arg-type]
    assert person.consent_purpose == "Navn og telefon på medlemslisten" and person.consent_at is not None
    view._test_stack.undo()  # type: ignore[attr-defined]
    person, _ = members.get(pid)  # type: ignore[arg-type]
    assert person.consent_purpose == "" and person.consent_at is None


def test_double_click_opens_the_edit_dialog_once(qtbot, monkeypatch, view: MembersView) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []

    def cancel(dialog: MemberDialog) -> int:
        opened.append(dialog.name_edit.text())
        return QtWidgets.QDialog.DialogCode.Rejected

    monkeypatch.setattr(MemberDialog, "exec", cancel)
    row = names(view).index("Birthe Ågesen")
    where = view.table.visualRect(view.model.index(row, Column.NAME)).center()
    # A real double click: press, release, double-click, release.
    qtbot.mouseClick(view.table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseRelease(view.table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(50)
    assert opened == ["Birthe Ågesen"]
    qtbot.keyClick(view.table, QtCore.Qt.Key.Key_Return)  # Enter still opens it, once
    assert opened == ["Birthe Ågesen", "Birthe Ågesen"]
