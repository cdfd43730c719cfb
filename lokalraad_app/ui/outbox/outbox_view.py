"""Udbakke: every message waiting to leave, being sent, sent or needing a person; send now, retry, hold,
cancel. Sending runs in a worker thread, so the window never waits for a server."""

from __future__ import annotations

import bisect
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from operator import attrgetter
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import OutboxStatus
from lokalraad_app.services.errors import NotFoundError
from lokalraad_app.services.outbox import OutboxRow, OutboxService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_datetime, outbox_status_label
from lokalraad_app.ui.refusals import refusal_message
from lokalraad_app.ui.rows_model import RowsTableModel, row_table

translate = QtCore.QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
AUTO_SEND_MS = 5 * 60 * 1000  # due messages (retries after their backoff) are tried this often while open
WAITING = (OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED, OutboxStatus.NEEDS_ATTENTION)


class Column(IntEnum):
    WHAT = 0
    TO = 1
    STATUS = 2
    ATTEMPTS = 3
    QUEUED = 4
    SERVER = 5


def status_text(row: OutboxRow) -> str:
    text = outbox_status_label(row.status)
    if row.status == OutboxStatus.FAILED and row.next_attempt_at is not None:
        text += " " + translate("Outbox", "(next attempt %1)").replace("%1", format_datetime(row.next_attempt_at))
    if row.status == OutboxStatus.SENT and row.sent_at is not None:
        text += " " + format_datetime(row.sent_at)
    return text


def _haystack(row: OutboxRow) -> str:
    return f"{row.subject}\n{row.recipient}\n{row.last_error}".casefold()


@dataclass
class FilterIndex:
    """The rows' statuses and lower-case texts, laid out for filtering (made in the loading thread). A plain
    pass of `in` over 100,000 short texts takes about 15 ms (bench/outbox_filter.py): simpler than any index,
    and as fast as a regex over one joined text once a third of the rows match."""

    texts: list[str]
    by_status: dict[str, list[int]]  # status -> positions, ascending

    @classmethod
    def of(cls, rows: list[OutboxRow]) -> FilterIndex:
        by_status: dict[str, list[int]] = {}
        for n, r in enumerate(rows):
            by_status.setdefault(r.status, []).append(n)
        return cls([_haystack(r) for r in rows], by_status)

    def with_status(self, statuses: frozenset[str]) -> list[int]:
        lists = [self.by_status.get(s, []) for s in statuses]
        return lists[0][:] if len(lists) == 1 else sorted(n for positions in lists for n in positions)

    def find(self, needle: str, within: list[int] | None) -> list[int]:
        """Positions (among `within`, else all) of the rows whose text holds `needle`."""
        texts = self.texts
        if within is None:
            return [n for n, text in enumerate(texts) if needle in text]
        return [n for n in within if needle in texts[n]]

    def changed(self, n: int, old: OutboxRow, new: OutboxRow) -> None:
        if old.status != new.status:
            self.by_status[old.status].remove(n)
            bisect.insort(self.by_status.setdefault(new.status, []), n)
        self.texts[n] = _haystack(new)


_RED, _GREY = QtGui.QColor("#b00020"), QtGui.QColor("#6b6b6b")
_BRUSHES = {OutboxStatus.NEEDS_ATTENTION: QtGui.QBrush(_RED), OutboxStatus.FAILED: QtGui.QBrush(_RED),
            OutboxStatus.SUPERSEDED: QtGui.QBrush(_GREY), OutboxStatus.CANCELLED: QtGui.QBrush(_GREY)}


class OutboxTableModel(RowsTableModel):
    """Every row of the outbox (`all_rows`, oldest first) and those the filter lets through (`rows`). Filtering
    is a pass over prepared lower-case texts, so 100,000 rows filter while the user types (bench/outbox_filter.py)."""

    rows: list[OutboxRow]

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[OutboxRow] = []
        self._index = FilterIndex.of([])
        self._statuses: frozenset[str] = frozenset()  # empty: every status
        self._needle = ""
        self._shown: list[int] = []  # positions in all_rows of the rows shown
        self._narrowable = False  # _shown is exactly what the filter lets through (no row changed since)
        self._titles: list[str] = []

    @staticmethod
    def prepare(rows: list[OutboxRow]) -> tuple[list[OutboxRow], FilterIndex]:
        """What set_all_rows needs, made where the rows are read (a worker thread)."""
        return rows, FilterIndex.of(rows)

    def set_all_rows(self, rows: list[OutboxRow] | tuple[list[OutboxRow], FilterIndex]) -> None:
        self.all_rows, self._index = rows if isinstance(rows, tuple) else self.prepare(rows)
        self.refilter()

    def set_filter(self, statuses: frozenset[str], text: str) -> None:
        needle = text.strip().casefold()
        narrower = (self._narrowable and statuses == self._statuses and bool(self._needle)
                    and needle.startswith(self._needle))
        self._statuses, self._needle = statuses, needle
        # One more letter typed: only the rows shown now can still match.
        self.refilter(self._shown if narrower else None)

    def refilter(self, within: list[int] | None = None) -> None:
        """`within`: the rows to look among (those shown, when one more letter was typed); else all."""
        index, needle, statuses = self._index, self._needle, self._statuses
        if within is None and statuses:
            within = index.with_status(statuses)
        if needle:
            within = index.find(needle, within)
        self._shown = list(range(len(self.all_rows))) if within is None else within
        self._narrowable = True
        rows = self.all_rows
        self.set_rows(list(rows) if within is None else [rows[n] for n in within])

    def count(self, *statuses: str) -> int:
        """How many of all the rows (shown or not) are in one of `statuses`."""
        return sum(len(self._index.by_status.get(status, ())) for status in statuses)

    def position(self, row_id: int) -> int | None:
        """The row's place among those shown (they are in id order), or None."""
        n = bisect.bisect_left(self.rows, row_id, key=attrgetter("id"))
        return n if n < len(self.rows) and self.rows[n].id == row_id else None

    def update_row(self, row: OutboxRow) -> None:
        """One row changed (sent, failed): shown anew where it is, without re-filtering (rows do not jump away
        while the user looks); the next filter or reload places it."""
        n = bisect.bisect_left(self.all_rows, row.id, key=attrgetter("id"))
        if n < len(self.all_rows) and self.all_rows[n].id == row.id:
            old = self.all_rows[n]
            self.all_rows[n] = row
            self._index.changed(n, old, row)
            self._narrowable = False
        shown = self.position(row.id)
        if shown is not None:
            self.rows[shown] = row
            self.dataChanged.emit(self.index(shown, 0), self.index(shown, self.columnCount() - 1))

    def titles(self) -> list[str]:
        if not self._titles:  # asked at every paint
            self._titles = [self.tr("What"), self.tr("To"), self.tr("Status"), self.tr("Attempts"), self.tr("Queued"),
                            self.tr("The server's last words")]
        return self._titles

    def foreground(self, row: OutboxRow) -> QtGui.QBrush | None:
        return _BRUSHES.get(row.status)

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> object:
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == Column.SERVER:
            return self.rows[index.row()].last_error or None  # the whole answer; the cell shows its start
        return super().data(index, role)

    def display(self, r: OutboxRow, column: int) -> str:
        if column == Column.WHAT:
            return r.subject
        if column == Column.TO:
            return r.recipient
        if column == Column.STATUS:
            return status_text(r)
        if column == Column.ATTEMPTS:
            return str(r.attempts)
        if column == Column.QUEUED:
            return format_datetime(r.created_at)
        return " ".join(r.last_error.split())


class OutboxView(QtWidgets.QWidget):
    sending_changed = QtCore.Signal(str)  # a line for the status bar
    _sent = QtCore.Signal(object)  # from the worker thread: the rows tried, or the exception
    _progress = QtCore.Signal(int, int, object)  # from the sender: (done, due, the row just recorded or None)
    _locked = QtCore.Signal(object)  # from the worker thread: {server: why} the keyring cannot give a password
    _loaded = QtCore.Signal(int, object)  # from the loading thread: (its generation, the rows or the exception)

    def __init__(self, service: OutboxService, events: Events, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events = service, events
        self._worker: threading.Thread | None = None
        self._declined: set[str] = set()  # servers whose password the user would not give this session
        self._loader: threading.Thread | None = None
        self._generation = 0  # of the latest load asked for; older loads' rows are dropped
        self._shown_generation = 0
        self.model = OutboxTableModel(self)
        heading = QtWidgets.QLabel(self.tr("Outbox"))
        heading.setObjectName("PageTitle")
        self.status_combo = QtWidgets.QComboBox()
        self.status_combo.addItem(self.tr("Not yet gone out"), frozenset(s.value for s in WAITING))
        self.status_combo.addItem(self.tr("All messages"), frozenset())
        for status in OutboxStatus:
            self.status_combo.addItem(outbox_status_label(status), frozenset({status.value}))
        self.search_edit = QtWidgets.QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Find: subject, recipient or the server's words"))
        self.search_edit.setClearButtonEnabled(True)
        self.send_button = QtWidgets.QPushButton(self.tr("&Send now"))
        self.retry_button = QtWidgets.QPushButton(self.tr("&Retry"))
        self.hold_button = QtWidgets.QPushButton(self.tr("&Hold back"))
        self.cancel_button = QtWidgets.QPushButton(self.tr("&Cancel message…"))
        self.open_button = QtWidgets.QPushButton(self.tr("&Open document"))
        self.table = row_table(self.model, {Column.WHAT: 300, Column.TO: 200, Column.STATUS: 170, Column.ATTEMPTS: 60,
                                            Column.QUEUED: 190})
        self.summary = QtWidgets.QLabel()
        buttons = QtWidgets.QHBoxLayout()
        for b in (self.send_button, self.retry_button, self.hold_button, self.cancel_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        filters = QtWidgets.QHBoxLayout()
        show_label = QtWidgets.QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.status_combo)
        filters.addWidget(show_label)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.search_edit, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(lambda: self._change(self._service.retry))
        self.hold_button.clicked.connect(lambda: self._change(self._service.hold))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.open_button.clicked.connect(self.open_document)
        self.table.doubleClicked.connect(self.open_document)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._sent.connect(self._on_sent)
        self._progress.connect(self._on_progress)
        self._locked.connect(self._on_locked)
        self._loaded.connect(self._on_loaded)
        events.changed.connect(self._on_events_changed)
        self._timer = QtCore.QTimer(self, interval=AUTO_SEND_MS)
        self._timer.timeout.connect(self._send_if_due)
        self._timer.start()
        self.model.set_filter(self.status_combo.currentData(), "")
        self.reload()

    def reload(self) -> None:
        """Every row anew from the file, read in a worker thread (100,000 rows take a second or two: the window
        goes on meanwhile; bench/outbox_filter.py); the filter then picks what is shown, the selection is kept."""
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Reading the outbox…"))

        def work() -> None:
            try:
                rows: object = self.model.prepare(self._service.rows())
            except Exception as e:  # shown on the GUI thread
                rows = e
            try:
                self._loaded.emit(generation, rows)
            except RuntimeError:  # the page was closed meanwhile
                pass

        self._loader = threading.Thread(target=work, name="outbox-loader", daemon=True)
        self._loader.start()

    def is_loading(self) -> bool:
        return (self._loader is not None and self._loader.is_alive()) or self._generation != self._shown_generation

    def _on_loaded(self, generation: int, rows: object) -> None:
        if generation != self._generation:
            return  # a newer load is under way
        self._shown_generation = generation
        if isinstance(rows, Exception):
            self.summary.setText(refusal_message(rows))
            return
        selected = self.selected()
        self.model.set_all_rows(rows)  # type: ignore[arg-type]
        self._reselect(selected)
        self._show_summary()

    def _show_summary(self) -> None:
        attention = self.model.count(OutboxStatus.NEEDS_ATTENTION)
        waiting = self.model.count(OutboxStatus.PENDING, OutboxStatus.FAILED)
        self.summary.setText(self.tr("%1 waiting to be sent, %2 need attention.").replace("%1", str(waiting))
                             .replace("%2", str(attention)))
        self._update_buttons()

    def _update_rows(self, rows: list[OutboxRow]) -> None:
        """Rows this page changed (sent, retried, held): shown at once and filtered again; a load under way is
        started again, as it may have read them before the change."""
        selected = self.selected()
        for row in rows:
            self.model.update_row(row)
        self.model.refilter()
        self._reselect(selected)
        self._show_summary()
        if self.is_loading():
            self.reload()

    def _reselect(self, selected: OutboxRow | None) -> None:
        shown = self.model.position(selected.id) if selected is not None else None
        if shown is not None:
            self.table.selectRow(shown)

    def _on_filter_changed(self) -> None:
        selected = self.selected()
        self.model.set_filter(self.status_combo.currentData(), self.search_edit.text())
        self._reselect(selected)
        self._update_buttons()

    def show_status(self, status: str) -> None:
        """Only the messages in `status` (an OutboxStatus value), as chosen under "Show": Overblik opens it so."""
        self.search_edit.clear()
        combo = self.status_combo
        combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == frozenset({status})))

    def selected(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows and rows[0].row() < len(self.model.rows) else None

    def is_sending(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def send_now(self) -> None:
        """Sends what is due, in a worker thread; each row's outcome updates its line, the status bar counts
        ("Sender 3 af 12 …"). First the worker asks the keyring for the passwords: where it cannot give one
        (no secure keyring, or a locked one), the user is asked once this session."""
        if self.is_sending():
            return
        self.send_button.setEnabled(False)
        self.sending_changed.emit(self.tr("Sending the outbox…"))

        def work() -> None:
            try:
                locked = {k: v for k, v in self._service.locked_passwords().items() if k not in self._declined}
                if locked:
                    self._locked.emit(locked)  # the GUI thread asks, then sends
                    return
                self._sent.emit(self._service.send_due(progress=lambda *a: self._progress.emit(*a)))
            except Exception as e:  # the service's own refusals and a bug alike end up in front of the user
                self._sent.emit(e)

        self._start(work)

    def _start(self, work: Callable[[], None]) -> None:
        self._worker = threading.Thread(target=work, name="outbox-sender", daemon=False)
        self._worker.start()

    def _on_locked(self, locked: dict[str, str]) -> None:
        """No keyring can give these passwords: asked once a session, kept in memory only, never written."""
        names = {"smtp": self.tr("the mail server"), "caldav": self.tr("the calendar server"),
                 "webdav": self.tr("the file server")}
        for server, why in locked.items():
            password = prompts.get_password(self, self.tr("Password for %1").replace("%1", names.get(server, server)),
                                            self.tr("%1\n\nWrite the password for %2. It is used until Lokalråd is "
                                                    "closed and is not saved anywhere.").replace("%1", why)
                                            .replace("%2", names.get(server, server)))
            if password:
                self._service.profiles.use_for_session(server, password)
            else:
                self._declined.add(server)  # not asked again this session; its messages wait for a person

        def work() -> None:
            try:
                self._sent.emit(self._service.send_due(progress=lambda *a: self._progress.emit(*a)))
            except Exception as e:
                self._sent.emit(e)

        self._start(work)

    def wait_for_sending(self, timeout: float | None = None) -> None:
        """Closing the window waits for a send under way (a mail half sent is retried after its lease anyway),
        and for a load, which must not read a closed file."""
        for thread in (self._worker, self._loader):
            if thread is not None:
                thread.join(timeout)

    def _send_if_due(self) -> None:
        if self.model.count(OutboxStatus.PENDING, OutboxStatus.FAILED):
            self.send_now()

    def _on_progress(self, done: int, total: int, row_id: object) -> None:
        if isinstance(row_id, int):
            try:
                self.model.update_row(self._service.row(row_id))
            except NotFoundError:
                pass
        if done < total:
            self.sending_changed.emit(self.tr("Sending %1 of %2 …").replace("%1", str(done + 1))
                                      .replace("%2", str(total)))

    def _on_sent(self, result: object) -> None:
        self._worker = None
        self.send_button.setEnabled(True)
        if isinstance(result, Exception):
            self.sending_changed.emit("")
            prompts.error(self, self.tr("Not sent"), refusal_message(result))
        else:
            tried: list[OutboxRow] = result  # type: ignore[assignment]
            sent = sum(r.status == OutboxStatus.SENT for r in tried)
            attention = sum(r.status == OutboxStatus.NEEDS_ATTENTION for r in tried)
            self.sending_changed.emit(self.tr("Outbox: %1 sent, %2 not sent now, %3 need attention.")
                                      .replace("%1", str(sent)).replace("%2", str(len(tried) - sent - attention))
                                      .replace("%3", str(attention)))
            self._update_rows(tried)
        self._events.publish(frozenset({"outbox"}), self)

    def open_document(self) -> None:
        """What the selected message sends (its PDF, calendar object or file), in the program the system uses
        for it, through a copy in a temporary folder."""
        row = self.selected()
        if row is None:
            return
        try:
            name, content = self._service.document(row.id)
        except Exception as e:  # ValidationError, NotFoundError: said in the user's words
            prompts.error(self, self.tr("Cannot open"), refusal_message(e))
            return
        folder = Path(tempfile.gettempdir()) / "lokalraad-udbakke" / str(row.id)
        copy = folder / (Path(name).name or f"{row.id}.bin")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(content)
        except OSError as e:
            prompts.error(self, self.tr("Cannot open"), f"{copy}: {e.strerror}")
            return
        if not QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(copy))):
            prompts.error(self, self.tr("Cannot open"),
                          self.tr("No program on this computer opens %1. A copy is in %2.")
                          .replace("%1", copy.name).replace("%2", str(copy)))

    def _change(self, action: object) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            changes = action(row.id)  # type: ignore[operator]
            changed = self._service.row(row.id)
        except Exception as e:  # ValidationError, NotFoundError: said in the user's words
            prompts.error(self, self.tr("Not changed"), refusal_message(e))
            return
        self._update_rows([changed])
        self._events.publish(changes, self)

    def _on_cancel(self) -> None:
        row = self.selected()
        if row is None:
            return
        if prompts.confirm(self, self.tr("Cancel message"),
                           self.tr("Cancel “%1” to %2? It will not be sent.").replace("%1", row.subject)
                           .replace("%2", row.recipient), self.tr("Cancel message")):
            self._change(self._service.cancel)

    def _update_buttons(self) -> None:
        row = self.selected()
        status = row.status if row is not None else ""
        self.retry_button.setEnabled(status in (OutboxStatus.FAILED, OutboxStatus.NEEDS_ATTENTION))
        self.hold_button.setEnabled(status in (OutboxStatus.PENDING, OutboxStatus.FAILED))
        self.cancel_button.setEnabled(status in (OutboxStatus.PENDING, OutboxStatus.FAILED,
                                                 OutboxStatus.NEEDS_ATTENTION))
        self.open_button.setEnabled(row is not None)

    def _on_events_changed(self, changes: frozenset[str], initiator: object = None) -> None:
        if initiator is not self and ("outbox" in changes or "all" in changes):  # our own rows are shown already
            self.reload()
