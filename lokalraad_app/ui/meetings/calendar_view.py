"""Kalender: a month or a week of meetings, hearing deadlines, action items due and public holidays.

Arrows move the day, PgUp/PgDn the month, Home goes to today, Enter opens the day's meeting (or plans
one); a double-click on a meeting opens it, elsewhere on a day plans a meeting on that day.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.services.calendar import CalendarEntry, CalendarService, EntryKind, is_cancelled
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.calendar_model import (
    DATE_ROLE,
    ENTRIES_ROLE,
    IN_MONTH_ROLE,
    LINES_ROLE,
    CalendarModel,
    colour_of,
    entry_key,
    entry_text,
)

PADDING = 3


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), kept within the month (31 January + 1 = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    next_first = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day.day, (next_first - timedelta(days=1)).day))


def month_grid(day: date) -> tuple[date, int]:
    """The Monday that starts the month view of `day`'s month, and how many weeks it needs."""
    first_of_month = day.replace(day=1)
    start = first_of_month - timedelta(days=first_of_month.weekday())
    last_of_month = add_months(first_of_month, 1) - timedelta(days=1)
    return start, ((last_of_month - start).days // 7) + 1


MORE = -1  # what `EntryDelegate.hit` says for the "+3 more" line


class EntryDelegate(QtWidgets.QStyledItemDelegate):
    """Draws a day: its number (red on a holiday, as Danish calendars do), then a block per entry in its
    colour: one line in the month view, up to three wrapped lines in the week view."""

    @staticmethod
    def line_height(font: QtGui.QFont) -> int:
        return QtGui.QFontMetrics(font).height() + 4

    def layout(self, rect: QtCore.QRect, font: QtGui.QFont, texts: list[str],
               wrap: bool) -> tuple[list[QtCore.QRect], QtCore.QRect | None]:
        """The block of each entry that fits, and the "+N more" line when some do not. Painting and
        double-clicks both use it, so a click lands on the entry drawn there."""
        line, metrics = self.line_height(font), QtGui.QFontMetrics(font)
        width = rect.width() - 2 * PADDING
        heights = []
        for text in texts:
            rows = 1
            if wrap:
                bound = metrics.boundingRect(QtCore.QRect(0, 0, width - 6, 10_000),
                                             int(QtCore.Qt.TextFlag.TextWordWrap), text)
                rows = min(3, max(1, -(-bound.height() // metrics.lineSpacing())))
            heights.append(rows * metrics.lineSpacing() + 4)
        bottom = rect.bottom() - PADDING
        blocks: list[QtCore.QRect] = []
        y = rect.top() + line
        for i, h in enumerate(heights):
            room_for_more = 0 if i == len(heights) - 1 else line  # the last entry needs no "more" below it
            if y + h + room_for_more > bottom:
                break
            blocks.append(QtCore.QRect(rect.left() + PADDING, y, width, h - 2))
            y += h
        if len(blocks) == len(texts):
            return blocks, None
        while blocks and y + line > bottom:  # make room for the "more" line
            y -= blocks.pop().height() + 2
        return blocks, QtCore.QRect(rect.left() + PADDING, y, width, line)

    def hit(self, rect: QtCore.QRect, font: QtGui.QFont, texts: list[str], wrap: bool, pos: QtCore.QPoint) -> int | None:
        """The entry at `pos` (its index), MORE on the "+N more" line, None elsewhere in the day."""
        blocks, more = self.layout(rect, font, texts, wrap)
        if more is not None and more.contains(pos):
            return MORE
        return next((i for i, b in enumerate(blocks) if b.contains(pos)), None)

    def paint(self, painter: QtGui.QPainter, option: QtWidgets.QStyleOptionViewItem,
              index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> None:
        day: date = index.data(DATE_ROLE)
        entries: list[CalendarEntry] = index.data(ENTRIES_ROLE)
        texts: list[str] = index.data(LINES_ROLE)
        in_month: bool = index.data(IN_MONTH_ROLE)
        rect: QtCore.QRect = option.rect  # type: ignore[attr-defined]
        palette: QtGui.QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QtWidgets.QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        font = QtGui.QFont(option.font)  # type: ignore[attr-defined]
        highlight = palette.highlight().color()
        painter.save()
        painter.fillRect(rect, palette.base().color() if in_month else palette.window().color())
        if selected:
            tint = QtGui.QColor(highlight)
            tint.setAlpha(40)
            painter.fillRect(rect, tint)
        painter.setPen(QtGui.QPen(palette.mid().color()))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if selected:
            painter.setPen(QtGui.QPen(highlight, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

        line = self.line_height(font)
        number = QtCore.QRect(rect.left() + PADDING, rect.top() + 2, QtGui.QFontMetrics(font).horizontalAdvance("00") + 8,
                              line - 4)
        number_font = QtGui.QFont(font)
        number_font.setBold(day == date.today())
        painter.setFont(number_font)
        if day == date.today():  # today: the number on a badge
            painter.setPen(QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            painter.drawRoundedRect(number, 4, 4)
            painter.setPen(palette.highlightedText().color())
        elif any(e.kind is EntryKind.HOLIDAY for e in entries):
            painter.setPen(QtGui.QColor("#b00020"))
        else:
            painter.setPen(palette.text().color() if in_month else palette.placeholderText().color())
        painter.drawText(number, QtCore.Qt.AlignmentFlag.AlignCenter, str(day.day))

        wrap = self._wraps(index)
        blocks, more = self.layout(rect, font, texts, wrap)
        flags = QtCore.Qt.AlignmentFlag.AlignLeft | (QtCore.Qt.AlignmentFlag.AlignTop if wrap
                                                     else QtCore.Qt.AlignmentFlag.AlignVCenter)
        for block, entry, text in zip(blocks, entries, texts, strict=False):
            painter.setPen(QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(colour_of(entry_key(entry)))
            painter.drawRoundedRect(block, 3, 3)
            entry_font = QtGui.QFont(font)
            entry_font.setStrikeOut(is_cancelled(entry))
            painter.setFont(entry_font)
            painter.setPen(QtGui.QColor("#1a1a1a"))
            inner = block.adjusted(4, 1, -2, -1)
            if wrap:
                painter.setClipRect(inner)
                painter.drawText(inner, int(flags) | int(QtCore.Qt.TextFlag.TextWordWrap), text)
                painter.setClipping(False)
            else:
                elided = QtGui.QFontMetrics(entry_font).elidedText(text, QtCore.Qt.TextElideMode.ElideRight, inner.width())
                painter.drawText(inner, flags, elided)
        if more is not None:
            painter.setFont(font)
            painter.setPen(palette.text().color())
            text = QtCore.QCoreApplication.translate("Calendar", "+%1 more").replace("%1", str(len(texts) - len(blocks)))
            painter.drawText(more.adjusted(4, 0, 0, 0), QtCore.Qt.AlignmentFlag.AlignVCenter
                             | QtCore.Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()

    @staticmethod
    def _wraps(index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> bool:
        model = index.model()
        return isinstance(model, CalendarModel) and model.month is None  # the week view has the room


class CalendarTable(QtWidgets.QTableView):
    """The grid of days; the calendar view handles its keys and double-clicks."""

    key_pressed = QtCore.Signal(int)
    day_double_clicked = QtCore.Signal(object, object)  # the day (date), the entry clicked (int, MORE or None)
    KEYS = (QtCore.Qt.Key.Key_Left, QtCore.Qt.Key.Key_Right, QtCore.Qt.Key.Key_Up, QtCore.Qt.Key.Key_Down,
            QtCore.Qt.Key.Key_PageUp, QtCore.Qt.Key.Key_PageDown, QtCore.Qt.Key.Key_Home,
            QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() in self.KEYS and not event.modifiers() & ~QtCore.Qt.KeyboardModifier.KeypadModifier:
            self.key_pressed.emit(event.key())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.day_double_clicked.emit(index.data(DATE_ROLE), self.entry_at(index, pos))
        event.accept()

    def entry_at(self, index: QtCore.QModelIndex, pos: QtCore.QPoint) -> int | None:
        """The day's entry drawn at `pos` (an index into its shown entries), MORE, or None."""
        delegate = self.itemDelegate()
        assert isinstance(delegate, EntryDelegate)
        return delegate.hit(self.visualRect(index), self.font(), index.data(LINES_ROLE),
                            EntryDelegate._wraps(index), pos)


class CalendarView(QtWidgets.QWidget):
    meeting_requested = QtCore.Signal(int)  # open this meeting
    plan_requested = QtCore.Signal(object)  # plan a meeting on this day (datetime.date)

    def __init__(self, calendar: CalendarService, events: Events, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._calendar = calendar
        self.current = date.today()
        self.model = CalendarModel(self)
        self.delegate = EntryDelegate(self)

        self.previous_button = QtWidgets.QToolButton()
        self.previous_button.setArrowType(QtCore.Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous (PgUp)"))
        self.next_button = QtWidgets.QToolButton()
        self.next_button.setArrowType(QtCore.Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next (PgDn)"))
        self.today_button = QtWidgets.QPushButton(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Today (Home)"))
        self.title_label = QtWidgets.QLabel()
        self.title_label.setObjectName("CalendarTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        # A long week title must not widen the window: it is cut, never pushes.
        self.title_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.month_button = QtWidgets.QPushButton(self.tr("&Month"))
        self.week_button = QtWidgets.QPushButton(self.tr("W&eek"))
        for b in (self.month_button, self.week_button):
            b.setCheckable(True)
        self.month_button.setChecked(True)
        modes = QtWidgets.QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.month_button)
        modes.addButton(self.week_button)

        self.kind_checks: dict[str, QtWidgets.QCheckBox] = {}
        self.checks_layout = QtWidgets.QHBoxLayout()
        for key, text in ((EntryKind.MEETING.value, self.tr("Meetings")),
                          (EntryKind.HEARING.value, self.tr("Hearing deadlines")),
                          (EntryKind.ACTION.value, self.tr("Action items")),
                          (EntryKind.HOLIDAY.value, self.tr("Public holidays"))):
            self._add_check(key, text)
        self.checks_layout.addStretch(1)

        self.table = CalendarTable()
        self.table.setObjectName("CalendarTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultAlignment(QtCore.Qt.AlignmentFlag.AlignTop
                                                        | QtCore.Qt.AlignmentFlag.AlignHCenter)
        self.table.verticalHeader().setToolTip(self.tr("Week number"))

        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.month_button)
        top.addWidget(self.week_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.checks_layout)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.month_button.toggled.connect(self._on_mode_toggled)
        self.table.key_pressed.connect(self._on_table_key_pressed)
        self.table.day_double_clicked.connect(self._on_table_day_double_clicked)
        self.table.clicked.connect(self._on_table_clicked)
        events.changed.connect(self._on_events_changed)
        self.show_day(self.current, force=True)

    # --- what is shown ------------------------------------------------------------------------------
    def is_week_view(self) -> bool:
        return self.week_button.isChecked()

    def show_day(self, day: date, force: bool = False) -> None:
        """Selects `day`, turning to its month (or week) when it is not the one shown."""
        self.current = day
        if self.is_week_view():
            first, weeks, month = day - timedelta(days=day.weekday()), 1, None
        else:
            (first, weeks), month = month_grid(day), day.month
        if force or (first, weeks, month) != (self.model.first, self.model.weeks, self.model.month):
            self.model.set_period(first, weeks, month)
            self.reload()
            self._update_title()
        self.table.setCurrentIndex(self.model.index_of(day))

    def reload(self) -> None:
        self.model.set_entries(self._calendar.entries(self.model.first, self.model.last))
        for key in sorted(self.model.keys() - self.kind_checks.keys()):  # a calendar not seen before
            self._add_check(key, key.removeprefix("source:"), self.checks_layout.count() - 1)

    def _update_title(self) -> None:
        locale = QtCore.QLocale()
        if self.model.month is None:
            week = self.model.first.isocalendar()
            last = self.model.last
            span = (f"{self.model.first.day}. {locale.monthName(self.model.first.month)} – "
                    f"{last.day}. {locale.monthName(last.month)} {last.year}")
            self.title_label.setText(self.tr("Week %1, %2").replace("%1", str(week.week)).replace("%2", span))
        else:
            middle = self.model.first + timedelta(days=14)
            self.title_label.setText(f"{locale.standaloneMonthName(middle.month)} {middle.year}")

    def _add_check(self, key: str, text: str, position: int = -1) -> None:
        check = QtWidgets.QCheckBox(text)
        check.setChecked(True)
        swatch = QtGui.QPixmap(12, 12)
        swatch.fill(colour_of(key))
        check.setIcon(QtGui.QIcon(swatch))
        check.toggled.connect(self._on_kind_check_toggled)
        self.kind_checks[key] = check
        if position < 0:
            self.checks_layout.addWidget(check)
        else:
            self.checks_layout.insertWidget(position, check)

    def _on_kind_check_toggled(self) -> None:
        self.model.set_hidden({key for key, check in self.kind_checks.items() if not check.isChecked()})

    def _on_mode_toggled(self) -> None:
        self.show_day(self.current, force=True)
        self.table.setFocus()

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        if changes & {"meetings", "actions", "hearings", "all"}:
            self.reload()

    # --- moving around ------------------------------------------------------------------------
    def _on_previous_button_clicked(self) -> None:
        self._step(-1)

    def _on_next_button_clicked(self) -> None:
        self._step(1)

    def _on_today_button_clicked(self) -> None:
        self.show_day(date.today())
        self.table.setFocus()

    def _step(self, direction: int) -> None:
        if self.is_week_view():
            self.show_day(self.current + timedelta(weeks=direction))
        else:
            self.show_day(add_months(self.current, direction))

    def _on_table_clicked(self, index: QtCore.QModelIndex) -> None:
        self.show_day(self.model.day(index))

    def _on_table_key_pressed(self, key: int) -> None:
        steps = {QtCore.Qt.Key.Key_Left: -1, QtCore.Qt.Key.Key_Right: 1, QtCore.Qt.Key.Key_Up: -7,
                 QtCore.Qt.Key.Key_Down: 7}
        if key in steps:
            self.show_day(self.current + timedelta(days=steps[key]))  # type: ignore[index]
        elif key == QtCore.Qt.Key.Key_PageUp:
            self.show_day(add_months(self.current, -1))
        elif key == QtCore.Qt.Key.Key_PageDown:
            self.show_day(add_months(self.current, 1))
        elif key == QtCore.Qt.Key.Key_Home:
            self.show_day(date.today())
        else:
            self.open_day(self.current)

    # --- opening and planning -------------------------------------------------------------------
    def meetings_on(self, day: date) -> list[CalendarEntry]:
        return [e for e in self.model.entries(day) if e.kind is EntryKind.MEETING]

    def open_day(self, day: date) -> None:
        """Enter: the day's meeting opens; with several, the user picks one; with none, one is planned."""
        meetings = self.meetings_on(day)
        if not meetings:
            self.plan_requested.emit(day)
            return
        if len(meetings) == 1:
            self.meeting_requested.emit(meetings[0].ref_id)
            return
        when = QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day), "dddd d. MMMM yyyy")
        choice = prompts.ask(self, self.tr("Open a meeting"),
                             self.tr("Which meeting on %1?").replace("%1", when),
                             [entry_text(m, day) for m in meetings] + [self.tr("Plan a new meeting")])
        if choice is None:
            return
        if choice < len(meetings):
            self.meeting_requested.emit(meetings[choice].ref_id)
        else:
            self.plan_requested.emit(day)

    def _on_table_day_double_clicked(self, day: date, hit: int | None) -> None:
        self.show_day(day)
        if hit == MORE:  # the day's meetings to choose from
            self.open_day(day)
            return
        entries = self.model.entries(day)
        entry = entries[hit] if hit is not None and hit < len(entries) else None
        if entry is not None and entry.kind is EntryKind.MEETING and entry.ref_id is not None:
            self.meeting_requested.emit(entry.ref_id)
        else:
            self.plan_requested.emit(day)
