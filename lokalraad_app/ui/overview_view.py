"""Overblik: where the secretary starts her day — the next meetings, open action items by owner, deadlines,
open requests to the municipality, the plan's initiatives and what waits to be sent; each entry opens its page."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from lokalraad_app.services.overview import (
    OUTBOX_WAITING,
    InitiativeEntry,
    OverviewData,
    OverviewService,
)
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_date, format_datetime, outbox_status_label

NEXT_STEPS = ("welcome", "meeting", "members", "import", "demo")
SECTIONS = ("meetings", "actions", "deadlines", "requests", "initiatives", "outbox")
ALERT = QtGui.QColor("#b00020")  # overdue, needs attention: the red the other lists use
INITIATIVE_ORDER = ("active", "idea", "paused")  # what is under way first; done ones only counted
SOON_DAYS = 14  # a deadline this close is shown bold
# Qt.ItemDataRole's values (fixed in Qt's ABI) as plain ints: comparing PySide's enum members on each data()
# call costs at every paint, and making the enum (PySide builds its enums on first use) costs before the first.
DISPLAY, TOOLTIP, FONT, FOREGROUND, USER = 0, 3, 6, 9, 256


def BOLD_FONT() -> QtGui.QFont:  # noqa: N802 — a constant made on first use (a QFont needs the QApplication)
    font = QtGui.QFont()
    font.setBold(True)
    return font


class Entry(NamedTuple):
    """One line of a section. `target` is what the main window opens: (kind, id), or (page, 0)."""

    text: str
    target: tuple[str, int] | None = None
    alert: bool = False  # red: overdue, needs attention
    bold: bool = False  # a group's heading, or a deadline coming soon
    indent: bool = False  # under a group's heading


class EntryListModel(QtCore.QAbstractListModel):
    """The lines of one overview section (read-only). Each line's roles are worked out once when set:
    data() is called for every role of every visible line at each paint, and Overblik paints at start-up."""

    TargetRole = USER + 1

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self._roles: list[dict[int, Any]] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self._roles = [self._roles_of(e) for e in entries]
        self.endResetModel()

    def _roles_of(self, entry: Entry) -> dict[int, Any]:
        roles: dict[int, Any] = {DISPLAY: ("      " if entry.indent else "") + entry.text, TOOLTIP: entry.text,
                                 self.TargetRole: entry.target}
        if entry.alert:
            roles[FOREGROUND] = QtGui.QBrush(ALERT)
        if entry.bold:
            roles[FONT] = BOLD_FONT()
        return roles

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 — Qt's
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        row = index.row()
        return self._roles[row].get(role) if index.isValid() and 0 <= row < len(self._roles) else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> QtCore.Qt.ItemFlag:
        flag = QtCore.Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable if index.isValid() else flag.NoItemFlags


class OverviewView(QtWidgets.QWidget):
    record_requested = QtCore.Signal(str, int)  # (kind, id) or (page, 0): the main window opens it
    next_step_requested = QtCore.Signal(str)  # one of NEXT_STEPS

    def __init__(self, service: OverviewService, events: Events, parent: QtWidgets.QWidget | None = None, *,
                 sections_later: bool = False) -> None:
        """`sections_later`: at start-up the first paint shows the header only, and show_sections() fills the
        lists right after it (they cost more to paint than the start-up budget has room for)."""
        super().__init__(parent)
        self.setObjectName("OverviewView")
        self._service = service
        self._stale = False  # a change arrived while the page was hidden: read again when shown
        self._sections_shown = not sections_later
        self.today: date | None = None  # tests fix the day; None is today
        self.title_label = QtWidgets.QLabel()
        self.title_label.setObjectName("PageTitle")
        self.subtitle_label = QtWidgets.QLabel()
        self.subtitle_label.setWordWrap(True)
        self.figures_label = QtWidgets.QLabel()
        self.figures_label.setWordWrap(True)
        # A new council file is empty: it says what to do first rather than show empty lists. Made when first
        # needed: a council at work never shows it, and its group box costs milliseconds at every start.
        self.next_steps: QtWidgets.QGroupBox | None = None
        self.step_buttons: dict[str, QtWidgets.QPushButton] = {}

        self.section_titles: dict[str, QtWidgets.QLabel] = {}
        self.models: dict[str, EntryListModel] = {}
        self.lists: dict[str, QtWidgets.QListView] = {}
        self.sections_widget = QtWidgets.QWidget()  # its lists are made with the first show_sections()
        self.sections_widget.setVisible(False)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.sections_widget, 1)
        events.changed.connect(self._on_events_changed)
        self.refresh()

    # --- showing -------------------------------------------------------------------------------
    def _build_sections(self) -> None:
        boxes = {}
        for key in SECTIONS:
            title = QtWidgets.QLabel()
            title.setObjectName("SectionTitle")
            title.setWordWrap(True)  # a narrow window wraps the Danish titles instead of widening
            model = EntryListModel(self)
            view = QtWidgets.QListView()
            view.setObjectName(f"Overview_{key}")
            view.setModel(model)
            view.setUniformItemSizes(True)  # one line each: no size asked of every row at each layout
            view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)  # the whole line is in the tooltip
            view.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
            view.clicked.connect(self._on_list_activated)
            view.activated.connect(self._on_list_activated)  # Enter, or a double-click on some styles
            title.setBuddy(view)
            box = QtWidgets.QWidget()
            box_layout = QtWidgets.QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(title)
            box_layout.addWidget(view, 1)
            self.section_titles[key], self.models[key], self.lists[key], boxes[key] = title, model, view, box
        # Two columns that fit a 1366×768 laptop: the short lists left, the long ones right.
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(boxes["meetings"], 0, 0)
        grid.addWidget(boxes["deadlines"], 1, 0)
        grid.addWidget(boxes["requests"], 2, 0)
        grid.addWidget(boxes["outbox"], 3, 0)
        grid.addWidget(boxes["actions"], 0, 1, 2, 1)
        grid.addWidget(boxes["initiatives"], 2, 1, 2, 1)
        for column in (0, 1):
            grid.setColumnStretch(column, 1)
        for row in range(4):
            grid.setRowStretch(row, 1)
        self.sections_widget.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)

    def refresh(self) -> None:
        self._stale = False
        self.show_data(self._service.overview(lists=self._sections_shown))

    def show_sections(self) -> None:
        """Reads the file again, the sections' lists too (a page made with `sections_later` shows them from now)."""
        self._sections_shown = True
        self.refresh()

    def _sections_ready(self) -> bool:
        if self._sections_shown and not self.models:
            self._build_sections()
        return bool(self.models)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        # Every save publishes; reading the file again only matters while the page is in view.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def show_data(self, data: OverviewData | None) -> None:
        self._show_next_steps(data)
        self.sections_widget.setVisible(data is not None and self._sections_ready())
        if data is None:
            self.title_label.setText(self.tr("No council yet"))
            self.subtitle_label.setText(self.tr("Name the council to begin, open a council file, or look around "
                                                "in the demo council."))
            self.figures_label.clear()
            for model in self.models.values():
                model.set_entries([])
            return
        today = self.today or date.today()
        self.title_label.setText(data.council_name)
        self.subtitle_label.setText(" · ".join(p for p in (data.area, data.municipality) if p))
        self.figures_label.setText(
            self.tr("<b>%1</b> on the board · <b>%2</b> substitutes")
            .replace("%1", str(data.board_count)).replace("%2", str(data.substitute_count))
        )
        if not self.models:
            return  # the first paint: the header only
        titles = {
            "meetings": self.tr("Next meetings"),
            "actions": self.tr("Open action items, by owner (%1)").replace("%1", str(data.open_actions)),
            "deadlines": self.tr("Deadlines"),
            "requests": self.tr("Unanswered requests to the municipality (%1)").replace("%1", str(data.open_requests)),
            "initiatives": self.tr("Initiatives of the development plan"),
            "outbox": self.tr("Waiting to be sent (%1)").replace("%1", str(sum(data.outbox_counts.values()))),
        }
        entries = {
            "meetings": self._meeting_entries(data),
            "actions": self._action_entries(data, today),
            "deadlines": self._deadline_entries(data, today),
            "requests": self._request_entries(data, today),
            "initiatives": self._initiative_entries(data),
            "outbox": self._outbox_entries(data),
        }
        for key in SECTIONS:
            self.section_titles[key].setText(titles[key])
            self.models[key].set_entries(entries[key])

    def entries(self, section: str) -> list[Entry]:
        return self.models[section].entries

    def _meeting_entries(self, data: OverviewData) -> list[Entry]:
        if not data.upcoming:
            return [Entry(self.tr("No meetings planned. Plan the next one on the Meetings page."), ("meetings", 0))]
        return [Entry(f"{format_datetime(m.start)} — {m.title}" + (f", {m.place}" if m.place else ""),
                      ("meeting", m.id)) for m in data.upcoming]

    def _action_entries(self, data: OverviewData, today: date) -> list[Entry]:
        if not data.actions:
            return [Entry(self.tr("No open action items. Add them in a meeting's minutes, under each item."),
                          ("actions", 0))]
        by_owner: dict[str, list[Entry]] = {}  # owners in the order of their most pressing item
        for a in data.actions:
            if a.due is not None and a.due < today:
                text = self.tr("%1 — OVERDUE, was due %2").replace("%2", format_date(a.due))
            elif a.due is not None:
                text = self.tr("%1 — due %2").replace("%2", format_date(a.due))
            else:
                text = "%1"
            # An action item opens where it was agreed: its agenda item in the minutes, else its meeting.
            target = (("agenda_item", a.agenda_item_id) if a.agenda_item_id else ("meeting", a.meeting_id)
                      if a.meeting_id else ("action_item", a.id))
            by_owner.setdefault(a.owner.strip(), []).append(
                Entry(text.replace("%1", a.description), target, alert=a.due is not None and a.due < today,
                      indent=True))
        result = []
        for owner, items in by_owner.items():
            overdue = sum(e.alert for e in items)
            heading = (owner or self.tr("Nobody named")) + f" ({len(items)})"
            if overdue:
                heading += " — " + self.tr("%1 overdue").replace("%1", str(overdue))
            result.append(Entry(heading, ("actions", 0), alert=bool(overdue), bold=True))
            result += items
        if data.open_actions > len(data.actions):
            result.append(Entry(self.tr("%1 more: see Action items on the Meetings page")
                                .replace("%1", str(data.open_actions - len(data.actions))), ("actions", 0)))
        return result

    def _deadline_entries(self, data: OverviewData, today: date) -> list[Entry]:
        if not data.deadlines:
            return [Entry(self.tr("No deadlines ahead. Hearings and their deadlines are kept on the Hearings "
                                  "page."), ("hearings", 0))]
        labels = self.deadline_labels()
        result = []
        for d in data.deadlines:
            label = labels.get(d.kind, "")
            # "Høring: Høring: Naturpolitik" says it twice: a title that names its kind keeps its own words.
            what = f"{label}: {d.title}" if label and not d.title.lower().startswith(label.lower()) else d.title
            if d.day < today:
                text = self.tr("%1 — deadline PASSED %2").replace("%2", format_date(d.day))
            else:
                text = self.tr("%1 — deadline %2").replace("%2", format_date(d.day))
            result.append(Entry(text.replace("%1", what), (d.kind, d.id), alert=d.day < today,
                                bold=0 <= (d.day - today).days <= SOON_DAYS))
        return result

    def deadline_labels(self) -> dict[str, str]:
        """What each kind of deadline (store/quick.py DEADLINE_SOURCES) is called on its line."""
        return {"hearing": self.tr("Hearing"), "funding_application": self.tr("Funding application"),
                "funding_report": self.tr("Report on a grant")}

    def _request_entries(self, data: OverviewData, today: date) -> list[Entry]:
        if not data.requests:
            return [Entry(self.tr("No unanswered requests. Administrative questions from dialogue meetings show "
                                  "here until the municipality answers."), ("requests", 0))]
        result = []
        for r in data.requests:
            text = r.question + (f" — {r.owner}" if r.owner else "")
            late = r.promised_on is not None and r.promised_on < today
            if r.promised_on is not None:
                text += ", " + (self.tr("answer promised %1, OVERDUE") if late else self.tr("answer promised %1")) \
                    .replace("%1", format_date(r.promised_on))
            result.append(Entry(text, ("request", r.id), alert=late))
        if data.open_requests > len(data.requests):
            result.append(Entry(self.tr("%1 more: see Requests to the municipality on the Meetings page")
                                .replace("%1", str(data.open_requests - len(data.requests))), ("requests", 0)))
        return result

    def initiative_status_labels(self) -> dict[str, str]:
        return {"idea": self.tr("Ideas"), "active": self.tr("Under way"), "paused": self.tr("Paused"),
                "done": self.tr("Done")}

    def initiative_text(self, i: InitiativeEntry) -> str:
        """One initiative's line; the progress percent shows as soon as the plan records it."""
        text = f"{i.title} ({i.focus_area})" if i.focus_area else i.title
        return text + (f" — {i.progress} %" if i.progress is not None else "")

    def _initiative_entries(self, data: OverviewData) -> list[Entry]:
        if not data.initiative_counts:
            return [Entry(self.tr("No initiatives yet. The development plan holds them, with owners and "
                                  "progress."), ("plan", 0))]
        labels = self.initiative_status_labels()
        result = []
        for status in INITIATIVE_ORDER:
            shown = [i for i in data.initiatives if i.status == status]
            count = data.initiative_counts.get(status, 0)
            if not count:
                continue
            result.append(Entry(f"{labels[status]} ({count})", ("plan", 0), bold=True))
            result += [Entry(self.initiative_text(i), ("initiative", i.id), indent=True) for i in shown]
        done = data.initiative_counts.get("done", 0)
        if done:
            result.append(Entry(f"{labels['done']} ({done})", ("plan", 0), bold=True))
        return result

    def _outbox_entries(self, data: OverviewData) -> list[Entry]:
        if not data.outbox_counts:
            return [Entry(self.tr("Nothing waits to be sent."), ("outbox", 0))]
        result = []
        for status in OUTBOX_WAITING:
            n = data.outbox_counts.get(status, 0)
            if not n:
                continue
            if status == "needs_attention":
                text = self.tr("%1: %2 — open the Outbox to see what to do").replace("%1", outbox_status_label(status))
                result.append(Entry(text.replace("%2", str(n)), ("outbox", 0), alert=True, bold=True))
            else:
                result.append(Entry(f"{outbox_status_label(status)}: {n}", ("outbox", 0)))
        return result

    def _show_next_steps(self, data: OverviewData | None) -> None:
        """Shown until the council has a name, a board and a meeting; each step only while it is still to do."""
        wanted = {
            "welcome": data is None,
            "meeting": data is not None and not data.upcoming,
            "members": data is not None and data.board_count == 0,
            "import": data is not None and data.board_count == 0,
            "demo": data is None or (data.board_count == 0 and not data.upcoming),
        }
        shown = data is None or data.board_count == 0 or not data.upcoming
        if self.next_steps is None and not shown:
            return
        next_steps = self.next_steps or self._build_next_steps()
        for key, button in self.step_buttons.items():
            button.setVisible(wanted[key])
        next_steps.setVisible(shown)

    def _build_next_steps(self) -> QtWidgets.QGroupBox:
        self.next_steps = QtWidgets.QGroupBox(self.tr("Where to begin"))
        self.next_steps.setObjectName("NextSteps")
        self.next_steps.setStyleSheet("QPushButton { text-align: left; padding: 6px 12px; }")
        self.step_buttons = {
            "welcome": QtWidgets.QPushButton(self.tr("Name the &council…")),
            "meeting": QtWidgets.QPushButton(self.tr("&Plan a meeting…")),
            "members": QtWidgets.QPushButton(self.tr("Add the board's &members…")),
            "import": QtWidgets.QPushButton(self.tr("&Import members from a spreadsheet…")),
            "demo": QtWidgets.QPushButton(self.tr("Look around in the &demo council")),
        }
        steps = QtWidgets.QVBoxLayout(self.next_steps)
        for key, button in self.step_buttons.items():
            button.setObjectName(f"NextStep_{key}")
            button.clicked.connect(lambda _=False, k=key: self.next_step_requested.emit(k))
            steps.addWidget(button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        layout = self.layout()
        assert isinstance(layout, QtWidgets.QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.sections_widget), self.next_steps)
        return self.next_steps

    # --- opening -------------------------------------------------------------------------------
    def _on_list_activated(self, index: QModelIndex) -> None:
        target = index.data(EntryListModel.TargetRole)
        if target:
            self.record_requested.emit(target[0], int(target[1]))
