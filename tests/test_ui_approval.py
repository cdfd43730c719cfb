"""Approving minutes from the window: the natural path is the previous meeting's minutes, approved at this
meeting once it has begun; a meeting's own minutes are never offered before it was held (issue 8)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6 import QtCore

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.meeting_page import MeetingPage
from lokalraad_app.ui.minutes.approval_bar import ApprovalBar
from lokalraad_app.ui.undo import UndoStack

CPH = ZoneInfo("Europe/Copenhagen")


def meeting(services: AppServices, title: str, days: float) -> int:
    start = (datetime.now(CPH) + timedelta(days=days)).replace(second=0, microsecond=0)
    return services.meeting.create(MeetingInput(title=title, start=start, end=start + timedelta(hours=2)))[0]


def bar_for(qtbot, services: AppServices, meeting_id: int) -> ApprovalBar:  # type: ignore[no-untyped-def]
    bar = ApprovalBar(services.meeting, services.minutes, Events(), UndoStack(), lambda: None)
    qtbot.addWidget(bar)
    bar.show()
    bar.show_detail(services.meeting.detail(meeting_id))
    return bar


def test_a_new_meeting_never_offers_to_approve_its_own_empty_minutes(qtbot, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    new = meeting(services, "Bestyrelsesmøde", 7)
    bar = bar_for(qtbot, services, new)
    assert not bar.approve_button.isVisible()
    assert not bar.approve_previous_button.isVisible()  # no earlier minutes wait either
    held = meeting(services, "Sidste møde", -20)
    assert bar_for(qtbot, services, held).approve_button.isVisible()  # after it was held, its own can be


def test_the_previous_meetings_minutes_are_offered_but_wait_until_this_meeting_has_begun(  # type: ignore[no-untyped-def]
        qtbot, services: AppServices) -> None:
    previous = meeting(services, "Bestyrelsesmøde marts", -30)
    planned = meeting(services, "Bestyrelsesmøde april", 7)
    bar = bar_for(qtbot, services, planned)
    assert bar.approve_previous_button.isVisible()
    assert "Bestyrelsesmøde marts" in bar.approve_previous_button.text()
    assert not bar.approve_previous_button.isEnabled()  # not at a meeting that has not happened
    assert bar.approve_previous_button.toolTip()
    assert not services.meeting.detail(previous).locked


@pytest.fixture
def page(qtbot, services: AppServices) -> MeetingPage:  # type: ignore[no-untyped-def]
    p = MeetingPage(services.meeting, services.agenda, services.minutes, Events(), UndoStack(), services.attendance,
                    services.members, services.actions, services.requests, services.attachments)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    return p


def test_at_tonights_meeting_approve_last_meetings_minutes(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                           page: MeetingPage) -> None:
    previous = meeting(services, "Bestyrelsesmøde marts", -30)
    tonight = meeting(services, "Bestyrelsesmøde april", -1 / 24)  # began an hour ago
    page.show_meeting(tonight)
    page.tabs.setCurrentIndex(1)
    bar = page.approval_bar
    button = bar.approve_previous_button
    assert button.isVisible() and button.isEnabled() and "Bestyrelsesmøde marts" in button.text()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, ok: asked.append(text) or True)
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    assert "Bestyrelsesmøde marts" in asked[0]
    approved = services.meeting.detail(previous)
    assert approved.locked and approved.minutes is not None and approved.minutes.approved_at_meeting_id == tonight
    assert not button.isVisible()  # nothing left to approve here
    assert not services.meeting.detail(tonight).locked  # tonight's own minutes are still being written
    # The approved meeting says so on screen, not "Planned".
    page.show_meeting(previous)
    assert any(word in page.when_label.text() for word in ("Minutes approved", "Referat godkendt"))
    assert "Planned" not in page.when_label.text() and "Planlagt" not in page.when_label.text()
    assert "approved" in page.approval_bar.minutes_status_label.text().lower() \
        or "godkendt" in page.approval_bar.minutes_status_label.text().lower()
