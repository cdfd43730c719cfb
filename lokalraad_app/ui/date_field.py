"""The one date field of every dialog: typed the Danish way (25.03.2025) or picked from a calendar."""

from __future__ import annotations

import re
from datetime import date

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.ui import prompts

DISPLAY_FORMAT = "%d.%m.%Y"  # as Danes write dates: 25.03.2025
_DAY_FIRST = re.compile(r"(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})")  # 25.03.2025, 25-03-2025, 25/3/2025
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")  # 2025-03-25


def parse_date(text: str) -> date | None:
    """The date in what a person typed, or None. A four-digit year is required, so half-typed text is no date."""
    text = text.strip()
    match = _DAY_FIRST.fullmatch(text)
    if match:
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif match := _ISO.fullmatch(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:  # 31.02.2025
        return None


def format_field_date(d: date) -> str:
    return d.strftime(DISPLAY_FORMAT)


class DateField(QtWidgets.QLineEdit):
    """A line edit for one date. Typing keeps what was typed (a dialog refuses bad text and keeps it);
    `date_changed(old, new)` fires each time the text becomes a different valid date."""

    date_changed = QtCore.Signal(object, object)  # old date or None, new date

    def __init__(self, value: date | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._last: date | None = None
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setToolTip(self.tr("Write the date as 25.03.2025, or pick it from the calendar (Alt+Down)."))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 48)
        icon = QtGui.QIcon.fromTheme("x-office-calendar", self.style().standardIcon(
            QtWidgets.QStyle.StandardPixmap.SP_ArrowDown))
        self.calendar_action = self.addAction(icon, QtWidgets.QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Pick from the calendar"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.textChanged.connect(self._on_text_changed)
        if value is not None:
            self.set_date(value)

    def date(self) -> date | None:
        """The date typed, or None when the text is empty or not a date."""
        return parse_date(self.text())

    def set_date(self, value: date) -> None:
        self.setText(format_field_date(value))

    def is_empty(self) -> bool:
        return not self.text().strip()

    def show_calendar(self) -> None:
        calendar = QtWidgets.QCalendarWidget()
        calendar.setGridVisible(True)
        current = self.date() or self._last or date.today()
        calendar.setSelectedDate(QtCore.QDate(current.year, current.month, current.day))
        menu = QtWidgets.QMenu(self)
        holder = QtWidgets.QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def picked(q: QtCore.QDate) -> None:
            self.set_date(date(q.year(), q.month(), q.day()))
            menu.close()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        menu.aboutToShow.connect(calendar.setFocus)
        menu.exec(self.mapToGlobal(QtCore.QPoint(0, self.height())))
        menu.deleteLater()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        down = event.key() == QtCore.Qt.Key.Key_Down and event.modifiers() & QtCore.Qt.KeyboardModifier.AltModifier
        if down or event.key() == QtCore.Qt.Key.Key_F4:  # as a combo box opens its list
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def _on_text_changed(self, text: str) -> None:
        new = parse_date(text)
        if new is not None and new != self._last:
            old, self._last = self._last, new
            self.date_changed.emit(old, new)


def follow(start: DateField, end: DateField) -> None:
    """Moving the start moves the end by as much, when the end was not before the start."""

    def on_start_changed(old: date | None, new: date) -> None:
        end_date = end.date()
        if old is not None and end_date is not None and end_date >= old:
            try:
                end.set_date(end_date + (new - old))
            except OverflowError:  # past year 9999: leave the end for the dialog to refuse
                pass

    start.date_changed.connect(on_start_changed)


def refuse_bad_dates(fields: list[DateField], error_label: QtWidgets.QLabel) -> bool:
    """For a dialog's accept(): True (and the error shown, the field focused, its text kept) when an enabled
    field holds text that is not a date."""
    for field in fields:
        if field.isEnabled() and not field.is_empty() and field.date() is None:
            error_label.setText(QtCore.QCoreApplication.translate(
                "DateField", "“%1” is not a date. Write it as day.month.year, e.g. 25.03.2025.")
                .replace("%1", field.text().strip()))
            error_label.show()
            field.setFocus()
            field.selectAll()
            return True
    return False


def ask_date(parent: QtWidgets.QWidget, title: str, label: str, current: date | None) -> date | None:
    """Asks for one date by prompts.get_text; a slip is shown and asked again with what was typed. None: cancelled."""
    answered, day = ask_optional_date(parent, title, label, current, optional=False)
    return day if answered else None


def ask_optional_date(parent: QtWidgets.QWidget, title: str, label: str, current: date | None,
                      optional: bool = True) -> tuple[bool, date | None]:
    """As ask_date, where an empty answer (when `optional`) means no date: (False, None) when cancelled,
    else (True, the date or None)."""
    text = format_field_date(current) if current else ""
    while True:
        answer = prompts.get_text(parent, title, label, text)
        if answer is None:
            return False, None
        text = answer
        if optional and not text.strip():
            return True, None
        if (day := parse_date(text)) is not None:
            return True, day
        prompts.error(parent, QtCore.QCoreApplication.translate("DateField", "Not a date"),
                      QtCore.QCoreApplication.translate(
                          "DateField", "“%1” is not a date. Write it as day.month.year, e.g. 25.03.2025.")
                      .replace("%1", text.strip()))
