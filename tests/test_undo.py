"""Undo across approval in the real window: the history stays, and a step the locked minutes no longer
allow is refused with a message, the stack staying usable (no error loop)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6 import QtCore

from lokalraad_app.app import start
from lokalraad_app.domain.enums import MinutesStatus
from lokalraad_app.services.bundle import open_services
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.meetings.meetings_view import MeetingsView

CPH = ZoneInfo("Europe/Copenhagen")


def test_approving_keeps_the_undo_history_and_refuses_undo_into_the_locked_minutes(
        qtbot, monkeypatch, council_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = open_services(council_file, backup=False)
    services.council.save_council(CouncilInput(name="Gershøj Lokalråd"))
    ids = []
    for day in (date(2026, 1, 13), date(2026, 2, 10)):  # both held already
        start_at = datetime(day.year, day.month, day.day, 19, tzinfo=CPH)
        ids.append(services.meeting.create(MeetingInput(title=f"Møde {day:%d.%m}", start=start_at,
                                                        end=start_at + timedelta(hours=2)))[0])
    services.close()
    january, february = ids

    controller = start(council_file, QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat))
    assert controller is not None
    qtbot.addWidget(controller.window)
    controller.load()
    window = controller.window
    view = window.show_page("meetings")
    assert isinstance(view, MeetingsView)
    said: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: said.append(text))

    for meeting_id, title in ((january, "Fortov på Bygaden"), (february, "Byfesten")):
        view.open_meeting(meeting_id)
        monkeypatch.setattr(prompts, "get_text", lambda *a, title=title, **k: title)
        view.page.agenda_editor.add_item_button.click()
        qtbot.wait(50)
    assert window.undo_stack.count() == 2

    view.open_meeting(january)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(prompts, "choose", lambda parent, title, label, items: 1)  # at the February meeting
    view.page.approval_bar.approve_button.click()
    assert view.page.detail is not None and view.page.detail.locked
    assert window.undo_stack.count() == 2  # approving wiped nothing

    window.undo_action.trigger()  # February's item: its minutes are open, so it goes
    assert "Byfesten" not in services_titles(council_file, february)
    assert said == []
    window.undo_action.trigger()  # January's item is in approved minutes now: refused, with a message
    assert len(said) == 1 and "cannot be undone" in said[0] and "approved" in said[0]
    assert "Fortov på Bygaden" in services_titles(council_file, january)
    assert not window.undo_stack.canUndo()
    for _ in range(3):  # no error loop: nothing more to undo, and redo still works
        window.undo_action.trigger()
    assert len(said) == 1
    window.redo_action.trigger()
    assert "Byfesten" in services_titles(council_file, february)
    check = open_services(council_file, backup=False)
    try:
        minutes = check.meeting.detail(january).minutes
        assert minutes is not None and minutes.status == MinutesStatus.APPROVED.value
    finally:
        check.close()
    controller.release()


def services_titles(path: Path, meeting_id: int) -> list[str]:
    """The agenda titles as the file has them now."""
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [t for (t,) in db.execute("SELECT title FROM agenda_item WHERE meeting_id = ? ORDER BY position",
                                         (meeting_id,))]


def test_an_undo_whose_record_is_gone_is_refused_once_and_the_stack_goes_on(services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.services.agenda import ItemInput
    from lokalraad_app.ui.meetings.commands import AddAgendaItemCommand, EditAgendaItemCommand
    from lokalraad_app.ui.undo import UndoStack

    start_at = datetime(2026, 3, 3, 19, tzinfo=CPH)
    mid, _ = services.meeting.create(MeetingInput(title="Møde", start=start_at, end=start_at + timedelta(hours=2)))
    stack = UndoStack()
    refused: list[str] = []
    stack.refused.connect(refused.append)
    add = AddAgendaItemCommand(services.agenda, lambda changes: None, mid, ItemInput(title="Fortov"))
    stack.push(add)
    assert add.record_id is not None
    before = services.agenda.item_input(add.record_id)
    after = ItemInput(title="Fortov på Bygaden", minutes_allowed=20)
    stack.push(EditAgendaItemCommand(services.agenda, lambda changes: None, add.record_id, before, after))
    services.agenda.delete_item(add.record_id)  # gone behind the stack's back (another window, a script)

    stack.undo()
    assert refused == ["“Change item Fortov på Bygaden” cannot be undone: what it changed no longer exists."]
    assert stack.count() == 1 and stack.index() == 1  # the edit is dropped; the add is still there to undo
    stack.undo()  # undoing the add of a deleted item: refused as well, once
    assert len(refused) == 2 and stack.count() == 0
    stack.undo()
    stack.redo()
    assert len(refused) == 2


def test_undo_of_send_for_comments_returns_the_minutes_to_the_status_they_had(services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.ui.meetings.commands import SendMinutesForCommentCommand
    from lokalraad_app.ui.undo import UndoStack

    start_at = datetime(2026, 3, 3, 19, tzinfo=CPH)
    mid, _ = services.meeting.create(MeetingInput(title="Møde", start=start_at, end=start_at + timedelta(hours=2)))
    stack = UndoStack()
    stack.push(SendMinutesForCommentCommand(services.minutes, lambda changes: None, mid))
    stack.push(SendMinutesForCommentCommand(services.minutes, lambda changes: None, mid))  # sent again
    stack.undo()  # still sent for comments, not back to a draft
    minutes = services.meeting.detail(mid).minutes
    assert minutes is not None and minutes.status == MinutesStatus.FOR_COMMENT.value
    stack.undo()
    minutes = services.meeting.detail(mid).minutes
    assert minutes is not None and minutes.status == MinutesStatus.DRAFT.value


def test_every_undoable_step_is_a_named_command() -> None:
    """One kind of undo command: the bases in ui/undo.py are only subclassed, never built ad hoc in a view."""
    import ast

    bases = {"ServiceCommand", "AddCommand", "DeleteCommand", "QUndoCommand"}
    ad_hoc = []
    for path in (Path(__file__).resolve().parent.parent / "lokalraad_app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name in bases:
                    ad_hoc.append(f"{path.name}:{node.lineno} {name}(…)")
    assert ad_hoc == []


def test_every_command_says_how_to_do_and_undo_it() -> None:
    """ServiceCommand's _do and _undo are abstract: each command class the app uses defines both."""
    import lokalraad_app.ui.meetings.commands  # noqa: F401 — loads the command classes
    import lokalraad_app.ui.members.commands  # noqa: F401
    from lokalraad_app.ui.undo import ServiceCommand

    def subclasses(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *subclasses(sub))]

    commands = subclasses(ServiceCommand)
    assert len(commands) > 20
    missing = [c.__name__ for c in commands
               if c.__module__.startswith("lokalraad_app")
               and (c._do is ServiceCommand._do or c._undo is ServiceCommand._undo)]
    assert missing == []
