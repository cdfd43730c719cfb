"""The meeting page's "Send invitation" / "Send change" and "Cancel meeting" buttons: each shows who gets
what before anything is queued in the outbox."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtWidgets

from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.invitations import (
    CANCELLATION,
    INVITATION,
    UPDATE,
    InvitationPlan,
    InvitationService,
)
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.editing import refused
from lokalraad_app.ui.refusals import refusal_message

AgendaPdf = Callable[[int], tuple[str, bytes]]  # the meeting's agenda as (file name, PDF)


class InvitationButtons(QtWidgets.QWidget):
    def __init__(self, service: InvitationService, events: Events, agenda_pdf: AgendaPdf | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events, self._agenda_pdf = service, events, agenda_pdf
        self.meeting_id: int | None = None
        self.send_button = QtWidgets.QPushButton(self.tr("Send &invitation…"))
        self.cancel_button = QtWidgets.QPushButton(self.tr("Cance&l meeting…"))
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.send_button)
        layout.addWidget(self.cancel_button)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def show_meeting(self, meeting_id: int, cancelled: bool) -> None:
        """Invitation, change or nothing to send; a meeting that is over, or a council with no secretary's
        e-mail, says why on the disabled buttons."""
        self.meeting_id = meeting_id
        try:
            plan = self._service.plan(meeting_id)
        except ValidationError as e:
            for button in (self.send_button, self.cancel_button):
                button.setEnabled(False)
                button.setToolTip(refusal_message(e))
            return
        change = any(m.kind != INVITATION for m in plan.messages)
        self.send_button.setText(self.tr("Send &change…") if change else self.tr("Send &invitation…"))
        self.send_button.setEnabled(bool(plan.messages))
        self.send_button.setToolTip("" if plan.messages else self.tr("Everyone invited has the latest version."))
        self.cancel_button.setEnabled(not cancelled)
        self.cancel_button.setToolTip("")

    def who_gets_what(self, plan: InvitationPlan) -> str:
        kinds = {INVITATION: self.tr("invitation"), CANCELLATION: self.tr("cancellation"), UPDATE: self.tr("change")}
        lines = [f"{m.name} <{m.email}>: {kinds[m.kind]}" for m in plan.messages]
        if plan.change:
            lines += ["", plan.change]
        if plan.without_email:
            lines += ["", self.tr("No e-mail address, gets nothing: %1").replace("%1", ", ".join(plan.without_email))]
        return "\n".join(lines)

    def _on_send_button_clicked(self) -> None:
        if self.meeting_id is None:
            return
        try:
            plan = self._service.plan(self.meeting_id)
        except ValidationError as e:
            refused(self, e, self.tr("Cannot send"))
            return
        title = self.send_button.text().replace("&", "").rstrip("…")
        text = self.tr("These messages go to the outbox:") + "\n\n" + self.who_gets_what(plan)
        attach = False
        if self._agenda_pdf is None:
            if not prompts.confirm(self, title, text, self.tr("Put in the outbox")):
                return
        else:  # the secretary chooses whether the agenda goes along
            answer = prompts.ask(self, title, text, [self.tr("Put in the outbox"),
                                                     self.tr("Put in the outbox, with the &agenda as PDF")])
            if answer is None:
                return
            attach = answer == 1
        try:
            agenda = self._agenda_pdf(self.meeting_id) if attach and self._agenda_pdf is not None else None
            _, changes = self._service.send(self.meeting_id, agenda_pdf=agenda)
        except ValidationError as e:
            refused(self, e, self.tr("Cannot send"))
            return
        self._events.publish(changes)

    def _on_cancel_button_clicked(self) -> None:
        if self.meeting_id is None:
            return
        try:
            plan = self._service.cancel_plan(self.meeting_id)
        except ValidationError as e:
            refused(self, e, self.tr("Cannot cancel"))
            return
        told = [f"{m.name} <{m.email}>" for m in plan.messages]
        told_text = ("\n".join(told) if told else self.tr("No one: no invitation has been sent yet."))
        if not prompts.confirm(self, self.tr("Cancel meeting"),
                               self.tr("Cancel %1? A cancellation goes to:").replace("%1", plan.title)
                               + "\n\n" + told_text, self.tr("Cancel the meeting")):
            return
        try:
            _, changes = self._service.cancel(self.meeting_id)
        except ValidationError as e:
            refused(self, e, self.tr("Cannot cancel"))
            return
        self._events.publish(changes)
