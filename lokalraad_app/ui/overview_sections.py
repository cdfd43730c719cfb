"""Overblik's sections, line by line: what each list shows and where each line leads.

Loaded with the lists, after the first paint: the start shows the council's header only (ui/overview_view.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from lokalraad_app.services.overview import OUTBOX_WAITING, InitiativeEntry, OverviewData
from lokalraad_app.ui.labels import format_date, format_datetime, outbox_status_label

translate = QtCore.QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
ALERT = QtGui.QColor("#b00020")  # overdue, needs attention: the red the other lists use
INITIATIVE_ORDER = ("active", "idea", "paused")  # what is under way first; done ones only counted
SOON_DAYS = 14  # a deadline this close is shown bold
# Qt.ItemDataRole's values (fixed in Qt's ABI) as plain ints: comparing PySide's enum members on each data()
# call costs at every paint.
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


class OneLineDelegate(QtWidgets.QStyledItemDelegate):
    """Lines as wide as the list, cut with "…" (the tooltip has all of it). With uniform item sizes the list
    takes every line's width from the first one: a long first line gave the list a horizontal scroll bar
    instead, and a short one cut the others early."""

    def sizeHint(self, option: QtWidgets.QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                 ) -> QtCore.QSize:
        return QtCore.QSize(1, super().sizeHint(option, index).height())


def meeting_entries(data: OverviewData) -> list[Entry]:
    if not data.upcoming:
        return [Entry(translate("OverviewView", "No meetings planned. Plan the next one on the Meetings page."),
                      ("meetings", 0))]
    return [Entry(f"{format_datetime(m.start)} — {m.title}" + (f", {m.place}" if m.place else ""),
                  ("meeting", m.id)) for m in data.upcoming]


def action_entries(data: OverviewData, today: date) -> list[Entry]:
    if not data.actions:
        return [Entry(translate("OverviewView",
                                "No open action items. Add them in a meeting's minutes, under each item."),
                      ("actions", 0))]
    by_owner: dict[str, list[Entry]] = {}  # owners in the order of their most pressing item
    for a in data.actions:
        if a.due is not None and a.due < today:
            text = translate("OverviewView", "%1 — OVERDUE, was due %2").replace("%2", format_date(a.due))
        elif a.due is not None:
            text = translate("OverviewView", "%1 — due %2").replace("%2", format_date(a.due))
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
        heading = (owner or translate("OverviewView", "Nobody named")) + f" ({len(items)})"
        if overdue:
            heading += " — " + translate("OverviewView", "%1 overdue").replace("%1", str(overdue))
        result.append(Entry(heading, ("actions", 0), alert=bool(overdue), bold=True))
        result += items
    if data.open_actions > len(data.actions):
        result.append(Entry(translate("OverviewView", "%1 more: see Action items on the Meetings page")
                            .replace("%1", str(data.open_actions - len(data.actions))), ("actions", 0)))
    return result


def deadline_entries(data: OverviewData, today: date) -> list[Entry]:
    if not data.deadlines:
        return [Entry(translate("OverviewView", "No deadlines ahead. Hearings and their deadlines are kept on the "
                                "Hearings page."), ("hearings", 0))]
    labels = deadline_labels()
    result = []
    for d in data.deadlines:
        label = labels.get(d.kind, "")
        # "Høring: Høring: Naturpolitik" says it twice: a title that names its kind keeps its own words.
        what = f"{label}: {d.title}" if label and not d.title.lower().startswith(label.lower()) else d.title
        if d.day < today:
            text = translate("OverviewView", "%1 — deadline PASSED %2").replace("%2", format_date(d.day))
        else:
            text = translate("OverviewView", "%1 — deadline %2").replace("%2", format_date(d.day))
        result.append(Entry(text.replace("%1", what), (d.kind, d.id), alert=d.day < today,
                            bold=0 <= (d.day - today).days <= SOON_DAYS))
    return result


def deadline_labels() -> dict[str, str]:
    """What each kind of deadline (store/quick.py DEADLINE_SOURCES) is called on its line."""
    return {"hearing": translate("OverviewView", "Hearing"),
            "funding_application": translate("OverviewView", "Funding application"),
            "funding_report": translate("OverviewView", "Report on a grant")}


def request_entries(data: OverviewData, today: date) -> list[Entry]:
    if not data.requests:
        return [Entry(translate("OverviewView", "No unanswered requests. Administrative questions from dialogue "
                                "meetings show here until the municipality answers."), ("requests", 0))]
    result = []
    for r in data.requests:
        text = r.question + (f" — {r.owner}" if r.owner else "")
        late = r.promised_on is not None and r.promised_on < today
        if r.promised_on is not None:
            promised = (translate("OverviewView", "answer promised %1, OVERDUE") if late
                        else translate("OverviewView", "answer promised %1"))
            text += ", " + promised.replace("%1", format_date(r.promised_on))
        result.append(Entry(text, ("request", r.id), alert=late))
    if data.open_requests > len(data.requests):
        result.append(Entry(translate("OverviewView",
                                      "%1 more: see Requests to the municipality on the Meetings page")
                            .replace("%1", str(data.open_requests - len(data.requests))), ("requests", 0)))
    return result


def initiative_status_labels() -> dict[str, str]:
    return {"idea": translate("OverviewView", "Ideas"), "active": translate("OverviewView", "Under way"),
            "paused": translate("OverviewView", "Paused"), "done": translate("OverviewView", "Done")}


def initiative_text(i: InitiativeEntry) -> str:
    """One initiative's line; the progress percent shows as soon as the plan records it."""
    text = f"{i.title} ({i.focus_area})" if i.focus_area else i.title
    return text + (f" — {i.progress} %" if i.progress is not None else "")


def initiative_entries(data: OverviewData) -> list[Entry]:
    if not data.initiative_counts:
        return [Entry(translate("OverviewView", "No initiatives yet. The development plan holds them, with owners "
                                "and progress."), ("plan", 0))]
    labels = initiative_status_labels()
    result = []
    for status in INITIATIVE_ORDER:
        shown = [i for i in data.initiatives if i.status == status]
        count = data.initiative_counts.get(status, 0)
        if not count:
            continue
        result.append(Entry(f"{labels[status]} ({count})", ("plan", 0), bold=True))
        result += [Entry(initiative_text(i), ("initiative", i.id), indent=True) for i in shown]
    done = data.initiative_counts.get("done", 0)
    if done:
        result.append(Entry(f"{labels['done']} ({done})", ("plan", 0), bold=True))
    return result


def outbox_entries(data: OverviewData) -> list[Entry]:
    if not data.outbox_counts:
        return [Entry(translate("OverviewView", "Nothing waits to be sent."), ("outbox", 0))]
    result = []
    for status in OUTBOX_WAITING:
        n = data.outbox_counts.get(status, 0)
        if not n:
            continue
        where = ("outbox_status", OUTBOX_WAITING.index(status))  # the Udbakke shows only the messages in it
        if status == "needs_attention":
            text = translate("OverviewView", "%1: %2 — open the Outbox to see what to do") \
                .replace("%1", outbox_status_label(status))
            result.append(Entry(text.replace("%2", str(n)), where, alert=True, bold=True))
        else:
            result.append(Entry(f"{outbox_status_label(status)}: {n}", where))
    return result


def section_entries(data: OverviewData, today: date) -> dict[str, list[Entry]]:
    """Each section's lines (ui/overview_view.py SECTIONS) for the file's figures on `today`."""
    return {
        "meetings": meeting_entries(data),
        "actions": action_entries(data, today),
        "deadlines": deadline_entries(data, today),
        "requests": request_entries(data, today),
        "initiatives": initiative_entries(data),
        "outbox": outbox_entries(data),
    }
