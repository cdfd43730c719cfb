"""Plan a meeting or change its details: kind, title, date and time, place, status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6 import QtCore, QtWidgets

from lokalraad_app.domain.enums import MeetingKind, MeetingStatus
from lokalraad_app.domain.rules import series_dates
from lokalraad_app.services.calendar import CalendarEntry, EntryKind, danish_holiday, holiday_clashes
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput, validate_meeting
from lokalraad_app.ui import prompts
from lokalraad_app.ui.date_field import DateField, follow, refuse_bad_dates
from lokalraad_app.ui.labels import buddy_label, meeting_kind_label, meeting_status_label

DEFAULT_TITLES = {
    MeetingKind.BOARD: "Bestyrelsesmøde",
    MeetingKind.DIALOGUE: "Dialogmøde med kommunen",
    MeetingKind.CITIZENS: "Borgermøde",
    MeetingKind.ANNUAL: "Årsmøde (generalforsamling)",
}


Clashes = Callable[[datetime, datetime], list[CalendarEntry]]


def default_start(day: date | None = None) -> datetime:
    """19.00 on `day`, or else next week on the first day that is no public holiday: the usual evening meeting."""
    if day is None:
        day = date.today() + timedelta(days=7)
        while danish_holiday(day):
            day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


class MeetingDialog(QtWidgets.QDialog):
    """`day` plans a new meeting on that day; `clashes` says what a time falls on (holidays, and with the
    calendar's, imported events): planning on one asks first."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, data: MeetingInput | None = None,
                 new: bool | None = None, day: date | None = None, clashes: Clashes | None = None) -> None:
        super().__init__(parent)
        self._new = data is None if new is None else new
        self._clashes = clashes or holiday_clashes
        planned_day = day
        self.setWindowTitle(self.tr("Plan a meeting") if self._new else self.tr("Meeting details"))
        self.kind_combo = QtWidgets.QComboBox()
        for k in MeetingKind:
            self.kind_combo.addItem(meeting_kind_label(k), k.value)
        self.title_edit = QtWidgets.QLineEdit()
        self.date_edit = DateField()
        self.weekday_label = QtWidgets.QLabel()  # the date in words, so a mistyped date shows
        self.start_edit = QtWidgets.QTimeEdit()
        self.start_edit.setDisplayFormat("HH.mm")
        self.end_edit = QtWidgets.QTimeEdit()
        self.end_edit.setDisplayFormat("HH.mm")
        self.place_edit = QtWidgets.QLineEdit()
        self.organiser_edit = QtWidgets.QLineEdit()
        self.organiser_edit.setPlaceholderText(self.tr("e.g. the board, or Lejre Kommune"))
        self.status_combo = QtWidgets.QComboBox()
        for st in MeetingStatus:
            self.status_combo.addItem(meeting_status_label(st), st.value)
        self.repeat_combo = QtWidgets.QComboBox()
        self.until_edit = DateField()
        follow(self.date_edit, self.until_edit)
        self.template_check = QtWidgets.QCheckBox(self.tr("Start the agenda from the standard items"))
        self.template_check.setChecked(True)
        self.template_check.setVisible(self._new)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        day = QtWidgets.QHBoxLayout()
        day.addWidget(self.date_edit)
        day.addWidget(self.weekday_label, 1)
        times = QtWidgets.QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QtWidgets.QLabel("–"))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(buddy_label(self.tr("&Date:"), self.date_edit), day)
        form.addRow(buddy_label(self.tr("T&ime:"), self.start_edit), times)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Organiser:"), self.organiser_edit)
        form.addRow(self.tr("&Status:"), self.status_combo)
        if self._new:
            repeat = QtWidgets.QHBoxLayout()
            repeat.addWidget(self.repeat_combo, 1)
            repeat.addWidget(QtWidgets.QLabel(self.tr("until")))
            repeat.addWidget(self.until_edit)
            form.addRow(buddy_label(self.tr("&Repeat:"), self.repeat_combo), repeat)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.template_check)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.date_edit.date_changed.connect(self._on_date_changed)
        self.start_edit.timeChanged.connect(self._on_start_edit_time_changed)
        self.repeat_combo.currentIndexChanged.connect(self._on_repeat_changed)
        if data is None:
            start = default_start(planned_day)
            data = MeetingInput(title=DEFAULT_TITLES[MeetingKind.BOARD], start=start, end=start + timedelta(hours=2))
        self.set_value(data)
        # A meeting already planned on a holiday asks again only when its date moves (to another one).
        self._day_before = None if self._new else data.start.astimezone(self._zone).date()

    def set_value(self, data: MeetingInput) -> None:
        self._zone = ZoneInfo(data.timezone)
        start, end = data.start.astimezone(self._zone), data.end.astimezone(self._zone)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(MeetingKind(data.kind).value))
        self.title_edit.setText(data.title)
        self.date_edit.set_date(start.date())
        self._start_time = QtCore.QTime(start.hour, start.minute)
        self.start_edit.setTime(self._start_time)
        self.end_edit.setTime(QtCore.QTime(end.hour, end.minute))
        self.place_edit.setText(data.place)
        self.organiser_edit.setText(data.organiser)
        self.status_combo.setCurrentIndex(self.status_combo.findData(MeetingStatus(data.status).value))
        self._timezone = data.timezone
        self._fill_repeat_choices()

    def value(self) -> MeetingInput:
        """Call after accept(), or with a valid date typed (an invalid one counts as today)."""
        d, s, e = self.date_edit.date() or date.today(), self.start_edit.time(), self.end_edit.time()
        start = datetime(d.year, d.month, d.day, s.hour(), s.minute(), tzinfo=self._zone)
        end = datetime(d.year, d.month, d.day, e.hour(), e.minute(), tzinfo=self._zone)
        if end <= start:  # a meeting that runs past midnight ends the next day
            end += timedelta(days=1)
        return MeetingInput(title=self.title_edit.text().strip(), start=start, end=end,
                            kind=MeetingKind(self.kind_combo.currentData()), place=self.place_edit.text().strip(),
                            organiser=self.organiser_edit.text().strip(),
                            status=MeetingStatus(self.status_combo.currentData()), timezone=self._timezone)

    def _on_date_changed(self, _old: date | None, new: date) -> None:
        self.weekday_label.setText(QtCore.QLocale().toString(QtCore.QDate(new.year, new.month, new.day),
                                                             "dddd d. MMMM yyyy"))
        self._fill_repeat_choices()

    def _on_start_edit_time_changed(self, new: QtCore.QTime) -> None:
        """The end moves with the start, so the meeting keeps its length."""
        old, self._start_time = self._start_time, new
        end = self.end_edit.time()
        if end >= old:
            self.end_edit.setTime(end.addSecs(old.secsTo(new)))

    def _fill_repeat_choices(self) -> None:
        """The choices name the weekday and its place in the month of the date chosen."""
        typed = self.date_edit.date()
        if typed is None:
            return
        d = QtCore.QDate(typed.year, typed.month, typed.day)
        weekday = QtCore.QLocale().dayName(d.dayOfWeek())
        nth = (d.day() - 1) // 7 + 1
        keep = self.repeat_combo.currentIndex()
        self.repeat_combo.blockSignals(True)
        self.repeat_combo.clear()
        self.repeat_combo.addItem(self.tr("Does not repeat"), None)
        self.repeat_combo.addItem(self.tr("Every week"), ("weekly", 1, None))
        self.repeat_combo.addItem(self.tr("Every other week"), ("weekly", 2, None))
        if nth <= 4:
            self.repeat_combo.addItem(self.tr("The %1. %2 of every month").replace("%1", str(nth))
                                      .replace("%2", weekday), ("monthly", 1, nth))
        self.repeat_combo.addItem(self.tr("The last %1 of every month").replace("%1", weekday), ("monthly", 1, -1))
        self.repeat_combo.setCurrentIndex(max(0, min(keep, self.repeat_combo.count() - 1)))
        self.repeat_combo.blockSignals(False)
        self._on_repeat_changed()

    def _on_repeat_changed(self) -> None:
        repeating = self.repeat_combo.currentData() is not None
        self.until_edit.setEnabled(repeating)
        first, until = self.date_edit.date(), self.until_edit.date()
        if repeating and first is not None and (until is None or until <= first):
            self.until_edit.set_date(date(first.year, 12, 31))

    def repeat(self) -> tuple[str, int, int | None, date] | None:
        """(frequency, interval, nth, until) when the new meeting is a series, else None."""
        choice = self.repeat_combo.currentData() if self._new else None
        if choice is None:
            return None
        frequency, interval, nth = choice
        return frequency, interval, nth, self.until_edit.date() or date.today()

    def use_template(self) -> bool:
        return self._new and self.template_check.isChecked()

    def accept(self) -> None:
        """Refuses to close on bad input, says what to fix and keeps what was typed."""
        if self.date_edit.is_empty():
            self._show_error(self.tr("Write the meeting's date, e.g. 25.03.2025."), self.date_edit)
            return
        if refuse_bad_dates([self.date_edit, self.until_edit], self.error_label):
            return
        try:
            validate_meeting(self.value())
        except ValidationError as e:
            self._show_error({"title": self.tr("Write a title for the meeting.")}.get(e.field, e.message),
                             self.title_edit if e.field == "title" else self.end_edit)
            return
        series = self.repeat()
        first = self.date_edit.date()
        if series is not None and first is not None and series[3] < first:
            self._show_error(self.tr("The series cannot end before its first meeting."), self.until_edit)
            return
        if not self._clashes_accepted():
            return
        super().accept()

    def _clashes_accepted(self) -> bool:
        """Planning on a public holiday, or at the time of an imported event, asks first."""
        value = self.value()
        if value.status == MeetingStatus.CANCELLED or value.start.date() == self._day_before:
            return True
        series = self.repeat()
        days = ([value.start.date()] if series is None else
                series_dates(value.start.date(), series[3], series[0], series[1], series[2]))
        lines = []
        for day in days:
            shift = timedelta(days=(day - value.start.date()).days)
            lines += [self._clash_line(c, day) for c in self._clashes(value.start + shift, value.end + shift)]
        if not lines:
            return True
        question = self.tr("Plan the meeting anyway?") if series is None else self.tr("Plan the series anyway?")
        return prompts.confirm(self, self.tr("Check the date"), "\n".join([*lines, "", question]),
                               self.tr("Plan anyway"))

    def _clash_line(self, clash: CalendarEntry, day: date) -> str:
        when = QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day), "dddd d. MMMM yyyy")
        if clash.kind is EntryKind.HOLIDAY:
            return self.tr("%1 is a public holiday: %2.").replace("%1", when).replace("%2", clash.title)
        return (self.tr("%1: “%2” in the calendar %3 at the same time.").replace("%1", when)
                .replace("%2", clash.title).replace("%3", clash.source))

    def _show_error(self, text: str, widget: QtWidgets.QWidget) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        widget.setFocus()

    def _on_kind_combo_changed(self) -> None:
        # Follow the kind with the title while the user has not written one of their own.
        if self.title_edit.text() in DEFAULT_TITLES.values() or not self.title_edit.text():
            self.title_edit.setText(DEFAULT_TITLES[MeetingKind(self.kind_combo.currentData())])
