"""The agenda shows the meeting's end and warns, on screen, when the items' time runs past it (issue 8)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6 import QtCore

from lokalraad_app.domain.rules import agenda_overrun
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.meeting_page import MeetingPage
from lokalraad_app.ui.undo import UndoStack

CPH = ZoneInfo("Europe/Copenhagen")


def test_overrun_in_whole_minutes() -> None:
    start = datetime(2027, 3, 2, 19, tzinfo=CPH)
    assert agenda_overrun(start, start + timedelta(hours=2), [60, 60]) == 0
    assert agenda_overrun(start, start + timedelta(hours=2), [60, 60, 1]) == 1
    assert agenda_overrun(start, start + timedelta(hours=2), [-5, 130]) == 10  # a negative time counts as none


def test_the_agenda_shows_the_end_and_warns_when_the_items_do_not_fit(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                      services: AppServices) -> None:
    start = (datetime.now(CPH) + timedelta(days=7)).replace(hour=19, minute=0, second=0, microsecond=0)
    mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)),
                                     with_template=False)
    for title in ("Trafik", "Byfest"):
        services.agenda.add_item(mid, ItemInput(title=title, minutes_allowed=45))
    page = MeetingPage(services.meeting, services.agenda, services.minutes, Events(), UndoStack())
    qtbot.addWidget(page)
    page.set_save_delay(30)
    page.resize(1100, 700)
    page.show()
    page.show_meeting(mid)
    label = page.agenda_editor.time_label
    assert label.isVisible() and "21.00" in label.text() and "20.30" in label.text()
    assert "too much" not in label.text() and "for meget" not in label.text()
    # A third item of 45 minutes: 19.00 + 135 min runs 15 minutes past 21.00, and the page says so.
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Lokalplan")
    qtbot.mouseClick(page.agenda_editor.add_item_button, QtCore.Qt.MouseButton.LeftButton)
    spin = page.agenda_editor.item_minutes_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "45", delay=80)
    qtbot.wait(300)
    assert services.meeting.detail(mid).items[-1].minutes_allowed == 45
    assert "21.15" in label.text() and "15" in label.text() and "21.00" in label.text()
    assert label.styleSheet()  # shown in red, not as a message box
    assert page.agenda_editor.item_minutes_spin.value() == 45  # the field was not reset under the typing
    # Shortened again, it fits.
    spin.selectAll()
    qtbot.keyClicks(spin, "30", delay=80)
    qtbot.wait(300)
    assert "21.00" in label.text() and not label.styleSheet()
