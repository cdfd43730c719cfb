"""The meeting page's invitation buttons: who gets what is shown before anything goes to the outbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6 import QtCore

from lokalraad_app.domain.enums import MeetingStatus
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import meeting_status_label
from lokalraad_app.ui.meetings.meeting_page import MeetingPage
from lokalraad_app.ui.undo import UndoStack


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def page(qtbot, services: AppServices, events: Events) -> MeetingPage:  # type: ignore[no-untyped-def]
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", secretary_name="Åse Ærø",
                                               secretary_email="ase@example.dk"))
    p = MeetingPage(services.meeting, services.agenda, services.minutes, events, UndoStack(), services.attendance,
                    services.members, services.actions, services.requests, services.attachments,
                    invitations=services.invitations)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    return p


def meeting(services: AppServices, days: float) -> int:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)
    meeting_id, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start,
                                                         end=start + timedelta(hours=2), place="Forsamlingshuset"))
    services.attendance.add(meeting_id, name="Søren Østergaard", email="soren@example.dk", guest=True)
    return int(meeting_id)


def test_invite_then_change_then_cancel_from_the_meeting_page(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                             events: Events, page: MeetingPage) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or True)
    meeting_id = meeting(services, 14)
    page.show_meeting(meeting_id)
    buttons = page.invitation_buttons
    assert buttons is not None and buttons.send_button.isVisible()
    assert buttons.send_button.text() == "Send &invitation…" and buttons.send_button.isEnabled()

    qtbot.mouseClick(buttons.send_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Søren Østergaard <soren@example.dk>: invitation" in asked[-1]
    assert services.invitations.plan(meeting_id).messages == ()  # sent: nothing more to send
    assert not buttons.send_button.isEnabled()
    assert buttons.send_button.toolTip() == "Everyone invited has the latest version."

    data = services.meeting.input_for(meeting_id)
    data.place = "Præstegården"
    events.publish(services.meeting.update(meeting_id, data))
    assert buttons.send_button.text() == "Send &change…" and buttons.send_button.isEnabled()
    qtbot.mouseClick(buttons.send_button, QtCore.Qt.MouseButton.LeftButton)
    assert "soren@example.dk>: change" in asked[-1] and "Nyt sted: Præstegården" in asked[-1]
    assert services.meeting.detail(meeting_id).meeting.sequence == 1

    qtbot.mouseClick(buttons.cancel_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Søren Østergaard <soren@example.dk>" in asked[-1]
    assert services.meeting.detail(meeting_id).meeting.status == MeetingStatus.CANCELLED.value
    assert not buttons.cancel_button.isEnabled()
    assert page.when_label.text().endswith(meeting_status_label(MeetingStatus.CANCELLED.value))


def test_saying_no_queues_nothing(qtbot, monkeypatch, services: AppServices, page: MeetingPage) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    meeting_id = meeting(services, 14)
    page.show_meeting(meeting_id)
    assert page.invitation_buttons is not None
    qtbot.mouseClick(page.invitation_buttons.send_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.invitation_buttons.cancel_button, QtCore.Qt.MouseButton.LeftButton)
    assert [m.kind for m in services.invitations.plan(meeting_id).messages] == ["invitation"]
    assert services.meeting.detail(meeting_id).meeting.status == MeetingStatus.PLANNED.value


def test_a_meeting_that_is_over_offers_no_invitation_and_says_why(services: AppServices,  # type: ignore[no-untyped-def]
                                                                  page: MeetingPage) -> None:
    page.show_meeting(meeting(services, -2))
    buttons = page.invitation_buttons
    assert buttons is not None
    assert not buttons.send_button.isEnabled() and not buttons.cancel_button.isEnabled()
    assert buttons.send_button.toolTip() == ("The meeting is over; invitations are only sent for meetings "
                                             "still to come.")


def test_the_secretary_chooses_to_send_the_agenda_along(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                         events: Events) -> None:
    import email
    import email.policy
    import json

    from sqlmodel import select

    from lokalraad_app.domain.models import OutboxMessage

    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", secretary_name="Åse Ærø",
                                               secretary_email="ase@example.dk"))
    page = MeetingPage(services.meeting, services.agenda, services.minutes, events, UndoStack(), services.attendance,
                       services.members, services.actions, services.requests, services.attachments,
                       services.documents, invitations=services.invitations)
    qtbot.addWidget(page)
    offered: list[list[str]] = []
    monkeypatch.setattr(prompts, "ask", lambda parent, title, text, choices, cancel=None: offered.append(choices) or 1)
    meeting_id = meeting(services, 14)
    page.show_meeting(meeting_id)
    assert page.invitation_buttons is not None
    qtbot.mouseClick(page.invitation_buttons.send_button, QtCore.Qt.MouseButton.LeftButton)
    assert offered == [["Put in the outbox", "Put in the outbox, with the &agenda as PDF"]]
    with services.outbox.store.read() as s:
        [row] = s.exec(select(OutboxMessage)).all()
    mail = email.message_from_string(json.loads(row.payload)["message"], policy=email.policy.default)
    [pdf] = [p for p in mail.walk() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename().endswith(".pdf") and pdf.get_payload(decode=True).startswith(b"%PDF-")
    assert [p.get_content_type() for p in mail.walk()].count("text/calendar") == 1  # still the invitation
