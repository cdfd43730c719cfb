"""A secretary's whole cycle through the main window on a real file: plan a series, build the agenda,
answers and attendance, minutes in meeting mode, approval at the next meeting, follow-up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6 import QtCore

from lokalraad_app.app import start
from lokalraad_app.domain.enums import MinutesStatus, Presence, Role
from lokalraad_app.services.bundle import open_services
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.members import PersonInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.meetings.actions_view import ActionDialog
from lokalraad_app.ui.meetings.meeting_dialog import MeetingDialog
from lokalraad_app.ui.meetings.meetings_view import MeetingsView


def test_whole_meeting_cycle(qtbot, monkeypatch, council_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = open_services(council_file, backup=False)
    services.council.save_council(CouncilInput(name="Gershøj Lokalråd"))
    for name, role in (("Søren", Role.CHAIR), ("Mette", Role.TREASURER), ("Jørgen", Role.MEMBER)):
        services.members.add(PersonInput(name=name, role=role, term_from=date(2024, 1, 1)))
    services.close()

    settings = QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    controller = start(council_file, settings)
    assert controller is not None
    qtbot.addWidget(controller.window)
    controller.window.install_shortcuts()
    controller.load()
    view = controller.window.show_page("meetings")
    assert isinstance(view, MeetingsView)

    # 1. Plan a series: the first Tuesday of the month, January to March 2026 (held: minutes can be approved).
    def plan(dialog: MeetingDialog) -> int:
        dialog.date_edit.clear()
        qtbot.keyClicks(dialog.date_edit, "06.01.2026")
        dialog.repeat_combo.setCurrentIndex(next(i for i in range(dialog.repeat_combo.count())
                                                 if (dialog.repeat_combo.itemData(i) or ("",))[0] == "monthly"))
        dialog.until_edit.clear()
        qtbot.keyClicks(dialog.until_edit, "31.03.2026")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", plan)
    view.new_button.click()
    page = view.page
    first = page.meeting_id
    assert first is not None and len(view._service.series_of(first)) == 3

    # 2. The agenda from the template, plus an item of our own.
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Trafiksikkerhed på Bygaden")
    page.agenda_editor.add_item_button.click()
    assert [i.title for i in page.detail.items][-2:] == ["Trafiksikkerhed på Bygaden", "Eventuelt"]  # type: ignore[union-attr]

    # 3. Invitations, answers and check-in.
    attendance = page.attendance_view
    assert attendance is not None
    page.tabs.setCurrentWidget(attendance)
    attendance.invite_button.click()
    for row in range(2):
        attendance.table.selectRow(row)
        attendance.presence_buttons[Presence.PRESENT].click()
    assert "NOT" not in attendance.quorum_label.text()

    # 4. Minutes in meeting mode, with an action item.
    mode = page.enter_meeting_mode()
    assert mode is not None
    qtbot.addWidget(mode)
    page.minutes_editor.minutes_view.setCurrentIndex(page.agenda_model.index(3))
    qtbot.keyClicks(page.minutes_editor.discussion_edit, "Skolevejen er farlig om morgenen.")
    qtbot.keyClicks(page.minutes_editor.decision_edit, "Vi skriver til kommunen.")

    def action(dialog: ActionDialog) -> int:
        dialog.what_edit.setText("Skriv til kommunen")
        dialog.who_combo.setEditText("Søren")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", action)
    page.minutes_editor.add_action_button.click()
    mode.close()

    # 5. Approve at the next meeting of the series.
    second = view._service.series_of(first)[1]
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(prompts, "choose", lambda parent, title, label, items: 1)  # the next meeting
    page.tabs.setCurrentIndex(1)
    page.approval_bar.approve_button.click()
    detail = view._service.detail(first)
    assert detail.locked and detail.minutes is not None
    assert detail.minutes.status == MinutesStatus.APPROVED.value and detail.minutes.approved_at_meeting_id == second
    assert detail.items[3].decision == "Vi skriver til kommunen."

    # 6. Follow up: the action item is listed, then closed with a note.
    view.show_list()
    actions = view.actions_view
    assert actions is not None
    assert [r.description for r in actions.model.rows] == ["Skriv til kommunen"]
    actions.table.selectRow(0)
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Brevet er sendt")
    actions.close_button.click()
    assert actions.model.rows == []
    controller.release()
