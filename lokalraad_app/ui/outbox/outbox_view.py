"""Udbakke: every message waiting to leave, being sent, sent or needing a person; send now, retry, hold,
cancel. Sending runs in a worker thread, so the window never waits for a server."""

from __future__ import annotations

import threading
from enum import IntEnum

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import OutboxStatus
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


class OutboxTableModel(RowsTableModel):
    rows: list[OutboxRow]

    def titles(self) -> list[str]:
        return [self.tr("What"), self.tr("To"), self.tr("Status"), self.tr("Attempts"), self.tr("Queued"),
                self.tr("The server's last words")]

    def foreground(self, row: OutboxRow) -> QtGui.QBrush | None:
        if row.status in (OutboxStatus.NEEDS_ATTENTION, OutboxStatus.FAILED):
            return QtGui.QBrush(QtGui.QColor("#b00020"))
        if row.status in (OutboxStatus.SUPERSEDED, OutboxStatus.CANCELLED):
            return QtGui.QBrush(QtGui.QColor("#6b6b6b"))
        return None

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> object:
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == Column.SERVER:
            return self.rows[index.row()].last_error or None  # the whole answer; the cell shows its start
        return super().data(index, role)

    def display(self, r: OutboxRow, column: int) -> str:
        return {Column.WHAT: r.subject, Column.TO: r.recipient, Column.STATUS: status_text(r),
                Column.ATTEMPTS: str(r.attempts), Column.QUEUED: format_datetime(r.created_at),
                Column.SERVER: " ".join(r.last_error.split())}[Column(column)]


class OutboxView(QtWidgets.QWidget):
    sending_changed = QtCore.Signal(str)  # a line for the status bar
    _sent = QtCore.Signal(object)  # from the worker thread: the rows tried, or the exception

    def __init__(self, service: OutboxService, events: Events, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events = service, events
        self._worker: threading.Thread | None = None
        self.model = OutboxTableModel(self)
        heading = QtWidgets.QLabel(self.tr("Outbox"))
        heading.setObjectName("PageTitle")
        self.waiting_check = QtWidgets.QCheckBox(self.tr("Only what has not gone &out"))
        self.waiting_check.setChecked(True)
        self.send_button = QtWidgets.QPushButton(self.tr("&Send now"))
        self.retry_button = QtWidgets.QPushButton(self.tr("&Retry"))
        self.hold_button = QtWidgets.QPushButton(self.tr("&Hold back"))
        self.cancel_button = QtWidgets.QPushButton(self.tr("&Cancel message…"))
        self.table = row_table(self.model, {Column.WHAT: 300, Column.TO: 200, Column.STATUS: 170, Column.ATTEMPTS: 60,
                                            Column.QUEUED: 190})
        self.summary = QtWidgets.QLabel()
        buttons = QtWidgets.QHBoxLayout()
        for b in (self.send_button, self.retry_button, self.hold_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.waiting_check)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.waiting_check.toggled.connect(self.reload)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(lambda: self._change(self._service.retry))
        self.hold_button.clicked.connect(lambda: self._change(self._service.hold))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._sent.connect(self._on_sent)
        events.changed.connect(self._on_events_changed)
        self._timer = QtCore.QTimer(self, interval=AUTO_SEND_MS)
        self._timer.timeout.connect(self._send_if_due)
        self._timer.start()
        self.reload()

    def reload(self) -> None:
        statuses = tuple(s.value for s in WAITING) if self.waiting_check.isChecked() else ()
        selected = self.selected()
        self.model.set_rows(self._service.rows(statuses))
        if selected is not None:
            for n, row in enumerate(self.model.rows):
                if row.id == selected.id:
                    self.table.selectRow(n)
        attention = sum(r.status == OutboxStatus.NEEDS_ATTENTION for r in self.model.rows)
        waiting = sum(r.status in (OutboxStatus.PENDING, OutboxStatus.FAILED) for r in self.model.rows)
        self.summary.setText(self.tr("%1 waiting to be sent, %2 need attention.").replace("%1", str(waiting))
                             .replace("%2", str(attention)))
        self._update_buttons()

    def selected(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows and rows[0].row() < len(self.model.rows) else None

    def is_sending(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def send_now(self) -> None:
        """Sends what is due, in a worker thread; the result comes back as a status-bar line and a refresh."""
        if self.is_sending():
            return
        self.send_button.setEnabled(False)
        self.sending_changed.emit(self.tr("Sending the outbox…"))

        def work() -> None:
            try:
                self._sent.emit(self._service.send_due())
            except Exception as e:  # the service's own refusals and a bug alike end up in front of the user
                self._sent.emit(e)

        self._worker = threading.Thread(target=work, name="outbox-sender", daemon=False)
        self._worker.start()

    def wait_for_sending(self, timeout: float | None = None) -> None:
        """Closing the window waits for a send under way (a mail half sent is retried after its lease anyway)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def _send_if_due(self) -> None:
        if any(r.status in (OutboxStatus.PENDING, OutboxStatus.FAILED) for r in self._service.rows(
                (OutboxStatus.PENDING.value, OutboxStatus.FAILED.value))):
            self.send_now()

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
        self._events.publish(frozenset({"outbox"}))

    def _change(self, action: object) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            changes = action(row.id)  # type: ignore[operator]
        except Exception as e:  # ValidationError, NotFoundError: said in the user's words
            prompts.error(self, self.tr("Not changed"), refusal_message(e))
            return
        self._events.publish(changes)

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

    def _on_events_changed(self, changes: frozenset[str], initiator: object = None) -> None:
        if "outbox" in changes or "all" in changes:
            self.reload()
