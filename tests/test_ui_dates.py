"""Date fields in every dialog, typed as a Danish secretary types them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6 import QtCore, QtWidgets

from lokalraad_app.domain.enums import Role
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.members import PersonInput
from lokalraad_app.ui.date_field import DateField, parse_date
from lokalraad_app.ui.meetings.actions_view import ActionDialog
from lokalraad_app.ui.meetings.meeting_dialog import MeetingDialog
from lokalraad_app.ui.members.member_dialog import MemberDialog

TYPED = ["25.03.2025", "25-03-2025", "25/3/2025", "2025-03-25", " 25.3.2025 "]


def type_into(qtbot, field: QtWidgets.QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what is there and type over it, a key at a time, as a person does."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text, delay=5)


@pytest.mark.parametrize("text", TYPED)
def test_the_usual_ways_of_writing_a_date(text: str) -> None:
    assert parse_date(text) == date(2025, 3, 25)


@pytest.mark.parametrize("text", ["", "25.03", "25.03.25", "31.02.2025", "32.01.2025", "25.03-2025", "i morgen"])
def test_no_date_in_half_typed_or_wrong_text(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("text", TYPED)
def test_typing_a_term_start_gives_exactly_that_date(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog(data=PersonInput(name="Åse Holm", role=Role.MEMBER, term_from=date(2024, 1, 1)))
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.term_from_edit, text)
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.value().term_from == date(2025, 3, 25)


def test_a_wrong_date_keeps_the_dialog_open_with_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog(data=PersonInput(name="Åse Holm", role=Role.MEMBER, term_from=date(2024, 1, 1)))
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.term_from_edit, "31.02.2025")
    qtbot.keyClick(dialog.term_from_edit, QtCore.Qt.Key.Key_Return)  # Enter presses OK
    assert dialog.isVisible()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.term_from_edit.text() == "31.02.2025"
    assert dialog.error_label.isVisible() and "25.03.2025" in dialog.error_label.text()
    type_into(qtbot, dialog.term_from_edit, "28.02.2025")  # fixed in place, nothing retyped
    qtbot.keyClick(dialog.term_from_edit, QtCore.Qt.Key.Key_Return)
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.value().term_from == date(2025, 2, 28)


def test_the_term_end_follows_its_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog(data=PersonInput(name="Åse Holm", role=Role.MEMBER, term_from=date(2025, 1, 1),
                                           term_to=date(2027, 1, 1)))
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.term_from_edit, "01.04.2025")
    assert dialog.term_to_edit.text() == "01.04.2027"  # moved by as much as the start
    dialog.accept()
    assert (dialog.value().term_from, dialog.value().term_to) == (date(2025, 4, 1), date(2027, 4, 1))


def test_a_term_that_ends_before_it_starts_is_refused_in_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog(data=PersonInput(name="Åse Holm", role=Role.MEMBER, term_from=date(2025, 1, 1),
                                           term_to=date(2027, 1, 1)))
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.term_to_edit, "31.12.2024")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible() and dialog.error_label.text()
    assert dialog.term_to_edit.text() == "31.12.2024"


def meeting_input() -> MeetingInput:
    start = datetime(2025, 1, 7, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    return MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2))


@pytest.mark.parametrize("text", TYPED)
def test_typing_a_meeting_date_gives_exactly_that_date(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog(data=meeting_input(), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.date_edit, text)
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    value = dialog.value()
    assert value.start.date() == date(2025, 3, 25) and (value.start.hour, value.end.hour) == (19, 21)
    assert "25" in dialog.weekday_label.text()


def test_meeting_end_time_and_series_end_follow_the_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog(data=meeting_input(), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_edit.setFocus()
    dialog.start_edit.setTime(QtCore.QTime(18, 30))
    assert dialog.end_edit.time() == QtCore.QTime(20, 30)  # still two hours
    dialog.repeat_combo.setCurrentIndex(1)  # every week
    type_into(qtbot, dialog.until_edit, "01.04.2025")
    type_into(qtbot, dialog.date_edit, "14.01.2025")
    assert dialog.until_edit.text() == "08.04.2025"
    type_into(qtbot, dialog.until_edit, "01.01.2025")  # before the first meeting
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible() and dialog.until_edit.text() == "01.01.2025"


def test_a_wrong_meeting_date_keeps_the_dialog_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog(data=meeting_input(), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.date_edit, "25.13.2025")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.date_edit.text() == "25.13.2025" and dialog.error_label.isVisible()


def test_typing_an_action_items_due_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ActionDialog([(1, "Åse Holm")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.what_edit, "Ring til kommunen")
    type_into(qtbot, dialog.due_edit, "25/3/2025")
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.value().due == date(2025, 3, 25)
    again = ActionDialog([])
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClicks(again.what_edit, "Ring til kommunen")
    type_into(qtbot, again.due_edit, "25.03.20255")
    again.accept()
    assert again.isVisible() and again.due_edit.text() == "25.03.20255"


def test_the_calendar_sets_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField(date(2025, 3, 1))
    qtbot.addWidget(field)
    field.show()
    seen: list[tuple[date | None, date]] = []
    field.date_changed.connect(lambda old, new: seen.append((old, new)))
    shown: list[QtCore.QDate] = []

    def pick() -> None:  # runs while the calendar is open
        calendar = field.findChild(QtWidgets.QCalendarWidget)
        assert calendar is not None
        shown.append(calendar.selectedDate())
        calendar.clicked.emit(QtCore.QDate(2025, 3, 25))

    QtCore.QTimer.singleShot(50, pick)
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Down, QtCore.Qt.KeyboardModifier.AltModifier)
    assert shown == [QtCore.QDate(2025, 3, 1)]
    assert field.text() == "25.03.2025" and seen == [(date(2025, 3, 1), date(2025, 3, 25))]
