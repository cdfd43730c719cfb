"""The meeting page's "Send til kommunen", "Send til bestyrelsen" and "Send referat til deltagere": each
says why when it cannot be used, shows to whom and what before anything is queued, and then how many
messages went into the outbox."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.publishing import (
    BOARD,
    MUNICIPALITY,
    PARTICIPANTS,
    PublishingService,
    PublishPlan,
)
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.editing import refused


class PublishButtons(QtWidgets.QWidget):
    status_changed = QtCore.Signal(str)  # a line for the status bar: "Lagt i Udbakke: 3 beskeder"

    def __init__(self, service: PublishingService, events: Events, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events = service, events
        self.meeting_id: int | None = None
        self.municipality_button = self._menu_button(self.tr("Send to the &municipality"), MUNICIPALITY)
        self.board_button = self._menu_button(self.tr("Send to the &board"), BOARD)
        self.participants_button = QtWidgets.QPushButton(self.tr("Send minutes to the &participants…"))
        self.participants_button.clicked.connect(lambda: self.send("minutes", PARTICIPANTS))
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for b in (self.municipality_button, self.board_button, self.participants_button):
            layout.addWidget(b)

    def _menu_button(self, text: str, to: str) -> QtWidgets.QToolButton:
        button = QtWidgets.QToolButton()
        button.setText(text)
        button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QtWidgets.QMenu(button)
        menu.setToolTipsVisible(True)  # a greyed-out entry says why
        menu.addAction(self.tr("Agenda…"), lambda: self.send("agenda", to)).setData("agenda")
        menu.addAction(self.tr("Minutes…"), lambda: self.send("minutes", to)).setData("minutes")
        button.setMenu(menu)
        return button

    def action(self, to: str, what: str) -> QtCore.QObject:
        button = self.municipality_button if to == MUNICIPALITY else self.board_button
        return next(a for a in button.menu().actions() if a.data() == what)

    def show_meeting(self, meeting_id: int) -> None:
        """Enables what can be sent now; what cannot says why in its tooltip."""
        self.meeting_id = meeting_id
        for button, to in ((self.municipality_button, MUNICIPALITY), (self.board_button, BOARD)):
            reasons = []
            for action in button.menu().actions():
                reason = self._service.check(action.data(), to, meeting_id=meeting_id)
                action.setEnabled(not reason)
                action.setToolTip(reason)
                if reason:
                    reasons.append(f"{action.text().rstrip('…')}: {reason}")
            usable = len(reasons) < len(button.menu().actions())
            button.setEnabled(usable)
            button.setToolTip("" if usable else "\n".join(reasons))
        reason = self._service.check("minutes", PARTICIPANTS, meeting_id=meeting_id)
        self.participants_button.setEnabled(not reason)
        self.participants_button.setToolTip(reason)

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

    def send(self, what: str, to: str) -> int | None:
        """Asks, then queues; returns how many new messages went to the outbox (None when not sent)."""
        if self.meeting_id is None:
            return None
        title = self.tr("Send to the municipality") if to == MUNICIPALITY else (
            self.tr("Send to the board") if to == BOARD else self.tr("Send minutes to the participants"))
        try:
            plan = self._service.plan(what, to, meeting_id=self.meeting_id)
        except ValidationError as e:
            refused(self, e, self.tr("Cannot send"))
            return None
        except NotFoundError:
            return None
        if not prompts.confirm(self, title, self.who_gets_what(plan), self.tr("Put in the outbox")):
            return None
        try:
            published = self._service.send(what, to, meeting_id=self.meeting_id)
        except ValidationError as e:
            refused(self, e, self.tr("Cannot send"))
            return None
        count = published.queued
        if count:
            self.status_changed.emit(self.tr("Put in the outbox: %n message(s)", "", count))
        else:
            self.status_changed.emit(self.tr("Already in the outbox; nothing new to send."))
        self._events.publish(published.changes)
        return count
