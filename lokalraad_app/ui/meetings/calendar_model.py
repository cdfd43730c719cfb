"""The calendar's days as a table: a row per week (Monday first), a cell per day with its entries."""

from __future__ import annotations

import zlib
from datetime import date, timedelta
from typing import Any

from PySide6 import QtCore, QtGui

from lokalraad_app.services.calendar import CalendarEntry, EntryKind, is_cancelled
from lokalraad_app.ui.labels import translate

ENTRIES_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1  # the day's shown entries (list[CalendarEntry])
DATE_ROLE = QtCore.Qt.ItemDataRole.UserRole + 2  # the day (datetime.date)
IN_MONTH_ROLE = QtCore.Qt.ItemDataRole.UserRole + 3  # False for the days of the months around the one shown
LINES_ROLE = QtCore.Qt.ItemDataRole.UserRole + 4  # the text of each shown entry, as the cell writes it

# One colour per kind of entry (light enough to write on); imported calendars get one each from IMPORTED.
COLOURS = {
    EntryKind.MEETING.value: "#bcd5fb",
    EntryKind.HEARING.value: "#ffd8a8",
    EntryKind.ACTION.value: "#c8ecd4",
    EntryKind.HOLIDAY.value: "#f8d0d6",
}
IMPORTED = ("#e2d4f7", "#fff1a8", "#c9eef2", "#f0d9c5", "#dde3ea", "#f6cfe9")
MONDAY_FIRST = 0  # date.weekday() of the first column


def entry_key(entry: CalendarEntry) -> str:
    """What a check box switches: the kind, or for imported events their calendar ("source:Lejre Kommune")."""
    return f"source:{entry.source}" if entry.kind is EntryKind.IMPORTED else entry.kind.value


def colour_of(key: str) -> QtGui.QColor:
    if key in COLOURS:
        return QtGui.QColor(COLOURS[key])
    return QtGui.QColor(IMPORTED[zlib.crc32(key.encode()) % len(IMPORTED)])  # the same calendar, the same colour


def _time(moment: Any) -> str:
    return f"{moment.hour:02d}.{moment.minute:02d}"


def entry_text(entry: CalendarEntry, day: date, long: bool = False) -> str:
    """The line a day shows for the entry; `long` (the week view) adds the end and the place."""
    if entry.kind is EntryKind.HEARING:
        return translate("Calendar", "Hearing deadline: %1").replace("%1", entry.title)
    if entry.kind is EntryKind.ACTION:
        return translate("Calendar", "Due: %1").replace("%1", entry.title)
    text = entry.title
    if is_cancelled(entry):
        text = translate("Calendar", "Cancelled: %1").replace("%1", text)
    if long and entry.place:
        text += f", {entry.place}"
    if entry.start is not None and entry.end is not None and entry.start.date() == day:
        # The week view gives the time a line of its own.
        text = f"{_time(entry.start)}–{_time(entry.end)}\n{text}" if long else f"{_time(entry.start)} {text}"
    return text


class CalendarModel(QtCore.QAbstractTableModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.first = date.today() - timedelta(days=date.today().weekday())
        self.weeks = 1
        self.month: int | None = None  # the month shown; None in the week view
        self._by_day: dict[date, list[CalendarEntry]] = {}
        self._hidden: set[str] = set()

    # --- what is shown --------------------------------------------------------------------------
    def set_period(self, first: date, weeks: int, month: int | None) -> None:
        """`first` is a Monday; the model shows `weeks` weeks from it."""
        self.beginResetModel()
        self.first, self.weeks, self.month = first, weeks, month
        self._by_day = {}
        self.endResetModel()

    @property
    def last(self) -> date:
        return self.first + timedelta(days=7 * self.weeks - 1)

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        by_day: dict[date, list[CalendarEntry]] = {}
        for e in entries:
            day = max(e.first, self.first)
            while day <= min(e.last, self.last):  # an entry over several days is on each of them
                by_day.setdefault(day, []).append(e)
                day += timedelta(days=1)
        self._by_day = by_day
        self._all_changed()

    def set_hidden(self, keys: set[str]) -> None:
        self._hidden = set(keys)
        self._all_changed()

    def keys(self) -> set[str]:
        """The kinds and calendars present in the period (the view offers a check box for each)."""
        return {entry_key(e) for entries in self._by_day.values() for e in entries}

    def _all_changed(self) -> None:
        if self.weeks:
            self.dataChanged.emit(self.index(0, 0), self.index(self.weeks - 1, 6))

    # --- days and cells -----------------------------------------------------------------------
    def day(self, index: QtCore.QModelIndex) -> date:
        return self.first + timedelta(days=7 * index.row() + index.column())

    def index_of(self, day: date) -> QtCore.QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < 7 * self.weeks:
            return QtCore.QModelIndex()
        return self.index(offset // 7, offset % 7)

    def entries(self, day: date) -> list[CalendarEntry]:
        return [e for e in self._by_day.get(day, []) if entry_key(e) not in self._hidden]

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.weeks

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day(QtCore.QModelIndex(index))
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == ENTRIES_ROLE:
            return self.entries(day)
        if role == LINES_ROLE:  # the week view has room for end times and places
            return [entry_text(e, day, long=self.month is None) for e in self.entries(day)]
        if role == DATE_ROLE:
            return day
        if role == IN_MONTH_ROLE:
            return self.month is None or day.month == self.month
        if role in (QtCore.Qt.ItemDataRole.ToolTipRole, QtCore.Qt.ItemDataRole.AccessibleTextRole):
            when = QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day), "dddd d. MMMM yyyy")
            lines = (entry_text(e, day, long=True).replace("\n", " ") for e in self.entries(day))
            return "\n".join([when, *lines])  # all of it, one line an entry
        return None

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation,
                   role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        if role != QtCore.Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == QtCore.Qt.Orientation.Vertical:  # Danish weeks are ISO weeks
            return str((self.first + timedelta(weeks=section)).isocalendar().week)
        locale = QtCore.QLocale()
        name = locale.dayName(section + 1, QtCore.QLocale.FormatType.LongFormat)  # Qt: 1 = Monday
        if self.month is None:
            day = self.first + timedelta(days=section)
            return f"{name} {day.day}.{day.month}."
        return name

    def flags(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> QtCore.Qt.ItemFlag:
        if not index.isValid():
            return QtCore.Qt.ItemFlag.NoItemFlags
        return QtCore.Qt.ItemFlag.ItemIsEnabled | QtCore.Qt.ItemFlag.ItemIsSelectable
