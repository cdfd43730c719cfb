"""The meeting page's "Send til kommunen", "Send til bestyrelsen" and "Send referat til deltagere": each
says why when it cannot be used, shows to whom and what before anything is queued, and then how many
messages went into the outbox."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.publishing import BOARD, MUNICIPALITY, PARTICIPANTS, PublishingService
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.publisher import Publisher


class PublishButtons(QtWidgets.QWidget):
    status_changed = QtCore.Signal(str)  # a line for the status bar: "Lagt i Udbakke: 3 beskeder"

    def __init__(self, service: PublishingService, events: Events, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.publisher = Publisher(service, events, self)
        self.publisher.status_changed.connect(self.status_changed)
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

    def send(self, what: str, to: str) -> int | None:
        """Asks, then queues; returns how many new messages went to the outbox (None when not sent)."""
        if self.meeting_id is None:
            return None
        return self.publisher.send(self, what, to, meeting_id=self.meeting_id)
