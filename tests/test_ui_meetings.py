"""The meetings page through its real widgets over a real file: plan, agenda, minutes, approval."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import Presence
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.meeting_dialog import MeetingDialog
from lokalraad_app.ui.meetings.meeting_table_model import Column, MeetingTableModel, Show
from lokalraad_app.ui.meetings.meetings_view import MeetingsView

CPH = ZoneInfo("Europe/Copenhagen")



@pytest.fixture
def view(qtbot, services: AppServices) -> MeetingsView:  # type: ignore[no-untyped-def]
    stack = QtGui.QUndoStack()
    v = MeetingsView(services.meeting, services.agenda, services.minutes, services.meetings, Events(), stack,
                     services.attendance, services.members, services.actions, services.requests, services.attachments,
                     services.documents)
    v._test_stack = stack  # type: ignore[attr-defined]
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    return v


def plan(monkeypatch: pytest.MonkeyPatch, qtbot, view: MeetingsView, title: str = "Bestyrelsesmøde marts") -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: MeetingDialog) -> int:
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, title)
        dialog.place_edit.setText("Forsamlingshuset")
        dialog.organiser_edit.setText("Bestyrelsen")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", answer)
    view.new_button.click()


def agenda_titles(view: MeetingsView) -> list[str]:
    detail = view.page.detail
    assert detail is not None
    return [i.title for i in detail.items]


def test_plan_a_meeting_with_the_standard_agenda_then_undo(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    plan(monkeypatch, qtbot, view)
    assert view.stack.currentWidget() is view.page
    assert view.page.title_label.text() == "Bestyrelsesmøde marts"
    assert view.page.detail is not None and view.page.detail.meeting.organiser == "Bestyrelsen"
    assert agenda_titles(view)[0] == "Godkendelse af dagsorden"
    view.page.back_button.click()
    assert view.model.rowCount() == 1  # upcoming: it is next week
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert view.model.rowCount() == 0


def test_dialog_refuses_an_empty_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog()
    qtbot.addWidget(dialog)
    dialog.title_edit.clear()
    dialog.accept()
    assert not dialog.result()
    assert dialog.error_label.text()


def test_build_the_agenda_by_keyboard_and_undo(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    plan(monkeypatch, qtbot, view)
    page = view.page
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Trafiksikkerhed på Bygaden")
    page.agenda_editor.add_item_button.click()
    assert agenda_titles(view)[-2:] == ["Trafiksikkerhed på Bygaden", "Eventuelt"]
    assert page.agenda_editor.item_title_edit.text() == "Trafiksikkerhed på Bygaden"
    # Move it to the top with Ctrl+Up, three times.
    for _ in range(3):
        page.agenda_editor.up_button.click()
    assert agenda_titles(view)[0] == "Trafiksikkerhed på Bygaden"
    assert page.agenda_model.data(page.agenda_model.index(0)).startswith("1. Trafiksikkerhed")
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert agenda_titles(view)[1] == "Trafiksikkerhed på Bygaden"
    # Edit the item's fields; saved to the file.
    page.agenda_editor.agenda_view.setCurrentIndex(page.agenda_model.index(agenda_titles(view).index("Trafiksikkerhed på Bygaden")))
    assert page.agenda_editor.item_title_edit.text() == "Trafiksikkerhed på Bygaden"
    page.agenda_editor.item_title_edit.setText("Trafiksikkerhed ved skolen")
    page.agenda_editor.item_minutes_spin.setValue(25)
    page.agenda_editor.item_background_edit.setPlainText("Skolevejen krydser Bygaden ved Brugsen.")
    page.agenda_editor.item_save_button.click()
    detail = view._service.detail(page.meeting_id)  # type: ignore[arg-type]
    item = next(i for i in detail.items if i.title == "Trafiksikkerhed ved skolen")
    assert item.minutes_allowed == 25 and item.background.startswith("Skolevejen")
    view._test_stack.undo()  # type: ignore[attr-defined]  # item edits are undoable too
    assert page.agenda_editor.item_title_edit.text() == "Trafiksikkerhed på Bygaden" and page.agenda_editor.item_minutes_spin.value() == 10


def test_minutes_typing_reaches_the_file_within_a_second(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    plan(monkeypatch, qtbot, view)
    page = view.page
    page.tabs.setCurrentIndex(1)
    page.minutes_editor.minutes_view.setCurrentIndex(page.agenda_model.index(2))
    qtbot.keyClicks(page.minutes_editor.discussion_edit, "Formanden orienterede om byfesten.")
    qtbot.keyClicks(page.minutes_editor.decision_edit, "Taget til efterretning.")
    item_id = page.agenda_model.item_id(2)

    def saved() -> bool:
        item = next(i for i in view._service.detail(page.meeting_id).items if i.id == item_id)  # type: ignore[arg-type]
        return item.discussion == "Formanden orienterede om byfesten." and item.decision == "Taget til efterretning."

    qtbot.waitUntil(saved, timeout=1500)


def test_approved_minutes_are_read_only_and_take_corrections(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    plan(monkeypatch, qtbot, view)
    page = view.page
    page.tabs.setCurrentIndex(1)
    page.minutes_editor.minutes_view.setCurrentIndex(page.agenda_model.index(0))
    qtbot.keyClicks(page.minutes_editor.decision_edit, "Dagsordenen blev godkendt.")
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    assert page.meeting_id is not None
    held = view._service.input_for(page.meeting_id)  # minutes are approved once the meeting was held
    held.start, held.end = datetime(2026, 1, 13, 19, tzinfo=CPH), datetime(2026, 1, 13, 21, tzinfo=CPH)
    view._service.update(page.meeting_id, held)
    later = view._service.create(MeetingInput(title="Næste møde", start=datetime(2026, 2, 10, 19, tzinfo=CPH),
                                              end=datetime(2026, 2, 10, 21, tzinfo=CPH)))[0]
    offered: list[list[str]] = []
    monkeypatch.setattr(prompts, "choose", lambda parent, title, label, items: offered.append(items) or 1)
    page.approval_bar.approve_button.click()  # saves what was typed first, then approves at the chosen meeting
    assert page.detail is not None and page.detail.locked
    assert any("Næste møde" in label for label in offered[0])
    assert page.detail.minutes is not None and page.detail.minutes.approved_at_meeting_id == later
    assert "10.02.2026" in page.approval_bar.minutes_status_label.text()
    assert page.detail.items[0].decision == "Dagsordenen blev godkendt."
    assert page.minutes_editor.decision_edit.isReadOnly() and not page.agenda_editor.add_item_button.isEnabled()
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Rettelse: mødet sluttede kl. 21.30.")
    page.approval_bar.amend_button.click()
    assert "21.30" in page.approval_bar.amendments_label.text()


def test_past_and_upcoming_lists_and_filter(qtbot, services: AppServices, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(CPH).replace(minute=0, second=0, microsecond=0)
    for title, days in (("Årsmøde", -30), ("Borgermøde om trafik", 10), ("Bestyrelsesmøde", 20)):
        start = now + timedelta(days=days)
        services.meeting.create(MeetingInput(title=title, start=start, end=start + timedelta(hours=2)))
    view.reload()
    titles = [view.model.data(view.model.index(r, Column.TITLE)) for r in range(view.model.rowCount())]
    assert titles == ["Borgermøde om trafik", "Bestyrelsesmøde"]
    view.show_combo.setCurrentIndex(view.show_combo.findData(Show.PAST))
    assert view.model.rowCount() == 1
    view.show_combo.setCurrentIndex(view.show_combo.findData(Show.ALL))
    qtbot.keyClicks(view.search_edit, "trafik")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=1000)


def test_meeting_model_passes_qt_model_tester(qtmodeltester, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    start = datetime.now(CPH) + timedelta(days=3)
    services.meeting.create(MeetingInput(title="Dialogmøde", start=start, end=start + timedelta(hours=2)))
    model = MeetingTableModel()
    model.set_rows(services.meetings.meetings())
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_delete_meeting_asks_first(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    plan(monkeypatch, qtbot, view)
    view.show_list()
    view.table.selectRow(0)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    view.delete_button.click()
    assert view.model.rowCount() == 1
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    view.delete_button.click()
    assert view.model.rowCount() == 0
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert view.model.rowCount() == 1
    assert QtCore.QCoreApplication.instance() is not None


def test_check_in_at_the_door_shows_quorum_live(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                               view: MeetingsView) -> None:
    from datetime import date

    from lokalraad_app.domain.enums import Role
    from lokalraad_app.services.members import PersonInput

    for name, role in (("Søren", Role.CHAIR), ("Mette", Role.TREASURER), ("Åse", Role.SUBSTITUTE)):
        services.members.add(PersonInput(name=name, role=role, term_from=date(2024, 1, 1)))
    plan(monkeypatch, qtbot, view)
    attendance = view.page.attendance_view
    assert attendance is not None
    view.page.tabs.setCurrentWidget(attendance)
    attendance.invite_button.click()
    assert sorted(r.name for r in attendance.model.rows) == ["Mette", "Søren", "Åse"]
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert attendance.model.rows == []
    view._test_stack.redo()  # type: ignore[attr-defined]
    assert sorted(r.name for r in attendance.model.rows) == ["Mette", "Søren", "Åse"]
    assert "NOT" in attendance.quorum_label.text() or "ikke" in attendance.quorum_label.text().lower()
    attendance.table.selectRow([r.name for r in attendance.model.rows].index("Søren"))
    attendance.presence_buttons[Presence.PRESENT].click()
    assert "1 of 2" in attendance.quorum_label.text()
    assert "NOT" not in attendance.quorum_label.text()  # half the board is enough
    view._test_stack.undo()  # type: ignore[attr-defined]  # check-in is undoable
    assert "0 of 2" in attendance.quorum_label.text()
    view._test_stack.redo()  # type: ignore[attr-defined]
    assert "1 of 2" in attendance.quorum_label.text()
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Borgmester Hansen <borgmester@lejre.dk>")
    attendance.add_guest_button.click()
    guest = next(r for r in attendance.model.rows if r.name == "Borgmester Hansen")
    assert guest.is_guest and guest.email == "borgmester@lejre.dk"
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert "Borgmester Hansen" not in [r.name for r in attendance.model.rows]
    view._test_stack.redo()  # type: ignore[attr-defined]
    assert "Borgmester Hansen" in [r.name for r in attendance.model.rows]
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Naboen Jens")
    attendance.add_guest_button.click()
    assert any(r.name == "Naboen Jens" and r.email == "" for r in attendance.model.rows)


def test_votes_on_a_decision_item(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    plan(monkeypatch, qtbot, view)
    page = view.page
    page.tabs.setCurrentIndex(1)
    page.minutes_editor.minutes_view.setCurrentIndex(page.agenda_model.index(0))  # "Godkendelse af dagsorden" is a decision
    assert page.minutes_editor.votes_box.isVisibleTo(page)
    page.minutes_editor.votes_for_spin.setValue(5)
    page.minutes_editor.votes_against_spin.setValue(1)
    page.minutes_editor.votes_save_button.click()
    item = view._service.detail(page.meeting_id).items[0]  # type: ignore[arg-type]
    assert (item.votes_for, item.votes_against) == (5, 1)
    assert page.minutes_editor.votes_result_label.text() in ("Carried", "Vedtaget")
    view._test_stack.undo()  # type: ignore[attr-defined]
    item = view._service.detail(page.meeting_id).items[0]  # type: ignore[arg-type]
    assert item.votes_for is None  # back to no vote taken


def test_action_item_from_the_minutes_to_the_follow_up_list_and_next_meeting(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                             view: MeetingsView) -> None:
    from lokalraad_app.ui.meetings.actions_view import ActionDialog

    plan(monkeypatch, qtbot, view)
    page = view.page
    page.tabs.setCurrentIndex(1)
    page.minutes_editor.minutes_view.setCurrentIndex(page.agenda_model.index(2))

    def answer(dialog: ActionDialog) -> int:
        qtbot.keyClicks(dialog.what_edit, "Skriv til kommunen om fartdæmpning")
        dialog.who_combo.setEditText("Søren")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", answer)
    page.minutes_editor.add_action_button.click()
    assert "Skriv til kommunen om fartdæmpning — Søren" in page.minutes_editor.actions_label.text()
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert "Skriv til kommunen" not in page.minutes_editor.actions_label.text()
    view._test_stack.redo()  # type: ignore[attr-defined]
    assert "Skriv til kommunen om fartdæmpning — Søren" in page.minutes_editor.actions_label.text()
    page.minutes_editor.postponed_check.setChecked(True)

    first = page.meeting_id
    monkeypatch.setattr(MeetingDialog, "exec", lambda d: (d.accept(), d.result())[1])
    page.next_button.click()
    assert page.meeting_id != first
    titles = agenda_titles(view)
    assert "Opfølgning på handlingspunkter" in titles and "Meddelelser" in titles[-3:]
    assert "Skriv til kommunen" in page.detail.items[titles.index("Opfølgning på handlingspunkter")].background  # type: ignore[union-attr]

    view.show_list()
    actions = view.actions_view
    assert actions is not None
    assert [r.description for r in actions.model.rows] == ["Skriv til kommunen om fartdæmpning"]
    actions.table.selectRow(0)
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Brev sendt 1. marts")
    actions.close_button.click()
    assert actions.model.rows == []
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert [r.status for r in actions.model.rows] == ["open"]
    view._test_stack.redo()  # type: ignore[attr-defined]
    assert actions.model.rows == []
    actions.open_check.setChecked(False)
    assert "Brev sendt" in actions.model.data(actions.model.index(0, 4))


def test_meeting_mode_takes_minutes_full_screen_and_gives_the_tabs_back(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                         view: MeetingsView) -> None:
    plan(monkeypatch, qtbot, view)
    page = view.page
    tabs_before = page.tabs.count()
    mode = page.enter_meeting_mode()
    assert mode is not None and mode.isFullScreen()
    qtbot.addWidget(mode)
    assert page.tabs.count() == 1  # minutes and participants moved into meeting mode
    assert mode.item_label.text() == "1. Godkendelse af dagsorden"  # type: ignore[attr-defined]
    assert "Planned 19.00" in mode.clock_label.text() or "Planlagt 19.00" in mode.clock_label.text()  # type: ignore[attr-defined]
    qtbot.keyClicks(page.minutes_editor.discussion_edit, "Dagsordenen blev godkendt uden bemærkninger.")
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow, timeout=1000)
    qtbot.keyClick(page.minutes_editor.discussion_edit, QtCore.Qt.Key.Key_Down, QtCore.Qt.KeyboardModifier.AltModifier)
    assert mode.item_label.text().startswith("2. Godkendelse af referat")  # type: ignore[attr-defined]
    first = view._service.detail(page.meeting_id).items[0]  # type: ignore[arg-type]
    assert first.discussion == "Dagsordenen blev godkendt uden bemærkninger."  # saved on leaving the item
    qtbot.keyClick(page.minutes_editor.discussion_edit, QtCore.Qt.Key.Key_Up, QtCore.Qt.KeyboardModifier.AltModifier)
    assert mode.item_label.text().startswith("1.")  # type: ignore[attr-defined]
    qtbot.keyClick(page.minutes_editor.discussion_edit, QtCore.Qt.Key.Key_Escape)
    assert page.tabs.count() == tabs_before and page.mode_window is None
    assert page.tabs.currentIndex() == 1


def test_administrative_question_followed_until_answered(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                         view: MeetingsView) -> None:
    from lokalraad_app.domain.enums import Classification, MeetingKind

    start = datetime.now(CPH).replace(hour=17, minute=0, second=0, microsecond=0) + timedelta(days=5)
    mid, _ = services.meeting.create(MeetingInput(title="Dialogmøde", start=start, end=start + timedelta(hours=2),
                                                  kind=MeetingKind.DIALOGUE))
    view.reload()
    view.open_meeting(mid)
    page = view.page
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Vintertjeneste på Kirkevej")
    page.agenda_editor.add_item_button.click()
    assert page.agenda_editor.item_class_combo.isEnabled()  # dialogue meetings sort politics from administration
    page.agenda_editor.item_class_combo.setCurrentIndex(page.agenda_editor.item_class_combo.findData(Classification.ADMINISTRATIVE.value))
    monkeypatch.setattr(prompts, "info", lambda *a, **k: None)
    page.agenda_editor.request_button.click()
    view.show_list()
    requests = view.requests_view
    assert requests is not None
    assert [r.question for r in requests.model.rows] == ["Vintertjeneste på Kirkevej"]
    requests.table.selectRow(0)
    # Owner and promised date: a Danish date, a slip asked again with what was typed, then empty for no date.
    typed = iter(["Vejafdelingen", "31.02.2026", "1.11.2026"])
    asked_with: list[str] = []
    slips: list[str] = []

    def type_answer(parent, title, label, text=""):  # type: ignore[no-untyped-def]
        asked_with.append(text)
        return next(typed)

    monkeypatch.setattr(prompts, "get_text", type_answer)
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: slips.append(text))
    requests.owner_button.click()
    assert slips and "31.02.2026" in slips[0] and asked_with[-1] == "31.02.2026"
    assert (requests.model.rows[0].owner, requests.model.rows[0].promised_on) == ("Vejafdelingen", date(2026, 11, 1))
    typed = iter(["Vejafdelingen", ""])
    requests.table.selectRow(0)
    requests.owner_button.click()
    assert asked_with[-1] == "01.11.2026" and requests.model.rows[0].promised_on is None
    requests.table.selectRow(0)
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Kirkevej saltes fra 1. november.")
    requests.answer_button.click()
    assert requests.model.rows == []
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert [r.question for r in requests.model.rows] == ["Vintertjeneste på Kirkevej"]


def test_plan_a_monthly_series_from_the_dialog_and_undo_it(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: MeetingDialog) -> int:
        dialog.date_edit.clear()
        qtbot.keyClicks(dialog.date_edit, "01.01.2030")  # a Tuesday, the first of the month
        labels = [dialog.repeat_combo.itemText(i) for i in range(dialog.repeat_combo.count())]
        assert any("1." in label for label in labels)
        dialog.repeat_combo.setCurrentIndex(next(i for i in range(dialog.repeat_combo.count())
                                                 if (dialog.repeat_combo.itemData(i) or ("",))[0] == "monthly"))
        dialog.until_edit.clear()
        qtbot.keyClicks(dialog.until_edit, "30.06.2030")
        dialog.accept()
        return dialog.result()

    asked: list[str] = []  # 1 January is Nytårsdag: planning on it asks first
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, yes="": asked.append(text) or True)
    monkeypatch.setattr(MeetingDialog, "exec", answer)
    view.new_button.click()
    assert len(asked) == 1 and "Nytårsdag" in asked[0]
    series = view._service.series_of(view.page.meeting_id)  # type: ignore[arg-type]
    days = [view._service.detail(i).meeting.start.astimezone(CPH).date().isoformat() for i in series]
    assert days == ["2030-01-01", "2030-02-05", "2030-03-05", "2030-04-02", "2030-05-07", "2030-06-04"]
    view.show_list()
    assert view.model.rowCount() == 6
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert view.model.rowCount() == 0
    view._test_stack.redo()  # type: ignore[attr-defined]
    assert view.model.rowCount() == 6


def test_attach_a_file_to_an_item(qtbot, monkeypatch, tmp_path, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    plan(monkeypatch, qtbot, view)
    page = view.page
    source = tmp_path / "Referat fra generalforsamlingen.pdf"
    source.write_bytes(b"%PDF-1.4 " + b"x" * 3000)
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: source)
    page.agenda_editor.add_attachment_button.click()
    assert page.agenda_editor.attachment_model.data(page.agenda_editor.attachment_model.index(0)).startswith("Referat fra generalforsamlingen.pdf")
    page.agenda_editor.attachment_view.setCurrentIndex(page.agenda_editor.attachment_model.index(0))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    page.agenda_editor.remove_attachment_button.click()
    assert page.agenda_editor.attachment_model.rowCount() == 0
    view._test_stack.undo()  # type: ignore[attr-defined]  # the file comes back, from the council file
    assert page.agenda_editor.attachment_model.rowCount() == 1


def test_small_table_models_pass_qt_model_tester(qtmodeltester, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.services.actions import ActionInput
    from lokalraad_app.ui.meetings.actions_view import ActionTableModel
    from lokalraad_app.ui.meetings.attendance_view import AttendanceTableModel

    start = datetime.now(CPH) + timedelta(days=3)
    mid, _ = services.meeting.create(MeetingInput(title="Møde", start=start, end=start + timedelta(hours=2)))
    services.attendance.add(mid, name="Gæst Hansen", guest=True)
    services.actions.add(ActionInput("Book salen", owner_name="Mette"), meeting_id=mid)
    attendance = AttendanceTableModel()
    attendance.set_rows(services.attendance.rows(mid))
    qtmodeltester.check(attendance)
    actions = ActionTableModel()
    actions.set_rows(services.actions.rows())
    qtmodeltester.check(actions)
    assert actions.data(actions.index(0, 0)) == "Book salen" and attendance.rowCount() == 1


def test_agenda_item_typing_is_saved_without_pressing_save(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    plan(monkeypatch, qtbot, view)
    page = view.page
    page.agenda_editor.agenda_view.setCurrentIndex(page.agenda_model.index(2))
    qtbot.keyClicks(page.agenda_editor.item_background_edit, "Nyt fra kommunen om byfornyelse.")
    item_id = page.agenda_model.item_id(2)

    def saved() -> bool:
        return view.page.agenda_editor._agenda.item_input(item_id).background == "Nyt fra kommunen om byfornyelse."  # type: ignore[arg-type]

    qtbot.waitUntil(saved, timeout=1500)
    # Typing and leaving the item at once also lands on the right item.
    qtbot.keyClicks(page.agenda_editor.item_proposal_edit, "At vi takker ja.")
    page.agenda_editor.agenda_view.setCurrentIndex(page.agenda_model.index(3))
    assert view.page.agenda_editor._agenda.item_input(item_id).proposal == "At vi takker ja."  # type: ignore[arg-type]
    assert view.page.agenda_editor._agenda.item_input(page.agenda_model.item_id(3)).proposal == ""  # type: ignore[arg-type]


def test_responsible_person_for_an_item(qtbot, monkeypatch, services: AppServices, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from lokalraad_app.domain.enums import Role
    from lokalraad_app.services.members import PersonInput

    soren, _ = services.members.add(PersonInput(name="Søren", role=Role.CHAIR, term_from=date(2024, 1, 1)))
    plan(monkeypatch, qtbot, view)
    page = view.page
    page.agenda_editor.agenda_view.setCurrentIndex(page.agenda_model.index(2))
    page.agenda_editor.item_responsible_combo.setCurrentIndex(page.agenda_editor.item_responsible_combo.findData(soren))
    page.agenda_editor.save_item()
    assert view.page.agenda_editor._agenda.item_input(page.agenda_model.item_id(2)).responsible_id == soren  # type: ignore[arg-type]


def test_reorder_the_agenda_by_drag_and_drop(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    plan(monkeypatch, qtbot, view)
    model = view.page.agenda_model
    assert agenda_titles(view)[2] == "Meddelelser"
    # Drag "Meddelelser" (row 2) to the top, as the list view does on a drop.
    mime = model.mimeData([model.index(2)])
    model.dropMimeData(mime, QtCore.Qt.DropAction.MoveAction, 0, 0, QtCore.QModelIndex())
    assert agenda_titles(view)[:2] == ["Meddelelser", "Godkendelse af dagsorden"]
    # And down again, below "Godkendelse af referat…" (drop before row 3).
    model.dropMimeData(model.mimeData([model.index(0)]), QtCore.Qt.DropAction.MoveAction, 3, 0, QtCore.QModelIndex())
    assert agenda_titles(view)[2] == "Meddelelser"
    view._test_stack.undo()  # type: ignore[attr-defined]
    assert agenda_titles(view)[0] == "Meddelelser"


def test_save_the_agenda_as_pdf_from_the_meeting_page(qtbot, monkeypatch, tmp_path, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    plan(monkeypatch, qtbot, view)
    offered: list[str] = []
    monkeypatch.setattr(prompts, "save_file", lambda parent, title, filters, start="": offered.append(start)
                        or tmp_path / "dagsorden")
    view.page.pdf_actions["agenda"].trigger()
    preview = view.page.preview_dialog
    assert preview.isVisible() and preview.page_count == 1 and len(preview.page_labels) == 1
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview, QtCore.Qt.Key.Key_S, QtCore.Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert offered[0].endswith("Dagsorden bestyrelsesmøde.pdf")
    text = PdfReader(tmp_path / "dagsorden.pdf").pages[0].extract_text()  # .pdf added to the name given
    assert "Bestyrelsesmøde marts" in text and "Godkendelse af dagsorden" in text
    preview.close()  # closes its PDF document too


def test_add_action_item_in_meeting_mode_keeps_meeting_mode(qtbot, monkeypatch, view: MeetingsView) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.ui.meetings.actions_view import ActionDialog

    plan(monkeypatch, qtbot, view)
    page = view.page
    mode = page.enter_meeting_mode()
    assert mode is not None
    qtbot.addWidget(mode)
    shown_over: list[QtWidgets.QWidget] = []

    def answer(dialog: ActionDialog) -> int:
        shown_over.append(dialog.parentWidget().window())
        qtbot.keyClicks(dialog.what_edit, "Bestil stole")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", answer)
    qtbot.mouseClick(page.minutes_editor.add_action_button, QtCore.Qt.MouseButton.LeftButton)
    assert shown_over == [mode]  # the dialog belongs to the meeting-mode window, which stays in front
    assert mode.isVisible() and mode.isFullScreen() and page.mode_window is mode
    assert "Bestil stole" in page.minutes_editor.actions_label.text()


def test_danish_screen_says_sagsfremstilling_as_the_print_does(qtbot, qapp, monkeypatch,  # type: ignore[no-untyped-def]
                                                               services: AppServices) -> None:
    from lokalraad_app.ui.i18n import install_translators

    installed = install_translators(qapp, "da")
    try:
        v = MeetingsView(services.meeting, services.agenda, services.minutes, services.meetings, Events(),
                         QtGui.QUndoStack())
        qtbot.addWidget(v)
        plan(monkeypatch, qtbot, v)
        labels = [w.text() for w in v.page.findChildren(QtWidgets.QLabel) if w.buddy() is v.page.agenda_editor.item_background_edit]
        assert labels == ["Sagsf&remstilling:"]
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.c())


def test_double_click_opens_a_meeting_once(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                           view: MeetingsView) -> None:
    start = datetime.now(CPH).replace(hour=19, minute=0, second=0, microsecond=0) + timedelta(days=3)
    services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)))
    view.reload()
    opened: list[int] = []
    monkeypatch.setattr(view, "open_meeting", lambda meeting_id: opened.append(meeting_id))
    where = view.table.visualRect(view.model.index(0, 0)).center()
    qtbot.mouseClick(view.table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseRelease(view.table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(50)
    assert len(opened) == 1
    qtbot.keyClick(view.table, QtCore.Qt.Key.Key_Return)  # Enter opens it too, once
    assert len(opened) == 2


def test_printing_the_minutes_of_a_meeting_not_held_says_why_in_danish(qtbot, qapp, monkeypatch,  # type: ignore[no-untyped-def]
                                                                       services: AppServices,
                                                                       view: MeetingsView) -> None:
    from lokalraad_app.ui.i18n import install_translators

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: told.append((title, text)))
    start = datetime.now(CPH).replace(hour=19, minute=0, second=0, microsecond=0) + timedelta(days=3)
    mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)))
    view.reload()
    view.open_meeting(mid)
    installed = install_translators(qapp, "da")
    try:
        assert view.page.preview("minutes") is None
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.c())
    assert told == [("Kan ikke udskrives", "Mødet er ikke holdt endnu, så der er intet referat at udskrive. "
                                           "Udskriv dagsordenen i stedet, eller referatet når mødet er begyndt.")]
    dialog = view.page.preview("agenda")  # the agenda prints
    assert dialog is not None
    dialog.close()
