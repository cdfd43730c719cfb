"""The agenda editor and the minutes editor work alone, without the meeting page around them."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.agenda_editor import AgendaEditor, AgendaListModel
from lokalraad_app.ui.minutes.minutes_editor import MinutesEditor
from lokalraad_app.ui.undo import UndoStack

CPH = ZoneInfo("Europe/Copenhagen")


def test_editors_alone_save_what_is_typed(qtbot, qtmodeltester, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    start = (datetime.now(CPH) + timedelta(days=7)).replace(hour=19, minute=0, second=0, microsecond=0)
    mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)))
    events, stack = Events(), UndoStack()
    model = AgendaListModel()
    detail = services.meeting.detail(mid)
    model.set_detail(detail)
    qtmodeltester.check(model)
    agenda = AgendaEditor(model, services.agenda, events, stack)
    minutes = MinutesEditor(model, services.minutes, services.agenda, events, stack)
    for editor in (agenda, minutes):
        qtbot.addWidget(editor)
        editor.set_save_delay(30)
        editor.show()
    seen: list[tuple[frozenset[str], object]] = []
    events.changed.connect(lambda changes, initiator: seen.append((changes, initiator)))
    agenda.show_detail(detail, 1)
    minutes.show_detail(detail, 1)
    qtbot.keyClicks(agenda.item_background_edit, "Referatet er udsendt.", delay=80)
    qtbot.keyClicks(minutes.decision_edit, "Godkendt.", delay=80)
    qtbot.wait(300)
    item = services.meeting.detail(mid).items[1]
    assert item.background == "Referatet er udsendt." and item.decision == "Godkendt."
    assert {initiator for _, initiator in seen} == {agenda, minutes}  # each save names its editor
    stack.undo()  # the agenda edit (the minutes text keeps its own undo in the field)
    assert services.meeting.detail(mid).items[1].background != "Referatet er udsendt."
    assert seen[-1][1] is None  # an undo is nobody's typing: views refresh their fields
