"""Sending a document through the outbox from any page (a meeting's agenda or minutes, a hearing response,
the plan, the municipal export): shows to whom and what, asks, queues, and tells the status bar how many
messages went to the outbox."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.publishing import BOARD, MUNICIPALITY, PublishingService, PublishPlan
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.editing import refused


class Publisher(QtCore.QObject):
    """Shows to whom and what, asks, queues, and tells the status bar how many messages went to the outbox."""

    status_changed = QtCore.Signal(str)

    def __init__(self, service: PublishingService, events: Events, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._events = service, events

    def who_gets_what(self, plan: PublishPlan) -> str:
        lines = [plan.title, "", self.tr("These messages go to the outbox:")]
        for d in plan.deliveries:
            if d.kind == "webdav":
                lines.append(self.tr("Upload to the municipality's folder: %1").replace("%1", d.recipient))
            else:
                lines.append(f"{d.name} <{d.recipient}>" if d.name else d.recipient)
        lines += ["", self.tr("Attached: %1").replace("%1", plan.file_name)]
        if plan.without_email:
            lines += ["", self.tr("No e-mail address, gets nothing: %1").replace("%1", ", ".join(plan.without_email))]
        return "\n".join(lines)

    def send(self, window: QtWidgets.QWidget, what: str, to: str = MUNICIPALITY, *, meeting_id: int | None = None,
             hearing: str | None = None) -> int | None:
        """Asks, then queues; returns how many new messages went to the outbox (None when not sent)."""
        title = self.tr("Send to the municipality") if to == MUNICIPALITY else (
            self.tr("Send to the board") if to == BOARD else self.tr("Send minutes to the participants"))
        try:
            plan = self._service.plan(what, to, meeting_id=meeting_id, hearing=hearing)
            if not prompts.confirm(window, title, self.who_gets_what(plan), self.tr("Put in the outbox")):
                return None
            published = self._service.send(what, to, meeting_id=meeting_id, hearing=hearing, planned=plan)
        except ValidationError as e:
            refused(window, e, self.tr("Cannot send"))
            return None
        except NotFoundError:
            return None
        count = published.queued
        if count:
            self.status_changed.emit(self.tr("Put in the outbox: %n message(s)", "", count))
        else:
            self.status_changed.emit(self.tr("Already in the outbox; nothing new to send."))
        self._events.publish(published.changes)
        return count
