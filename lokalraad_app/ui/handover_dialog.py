"""After opening a handover: what the new secretary must set up again, each with the way there."""

from __future__ import annotations

import html

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.handover import ChecklistItem, Manifest


class HandoverChecklistDialog(QtWidgets.QDialog):
    settings_requested = QtCore.Signal()

    def __init__(self, manifest: Manifest, items: list[ChecklistItem], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handover opened"))
        layout = QtWidgets.QVBoxLayout(self)
        heading = QtWidgets.QLabel(
            self.tr("<b>%1</b> is now yours: %2 people and %3 meetings, handed over on %4 by %5.")
            .replace("%1", html.escape(manifest.council or self.tr("The council")))
            .replace("%2", str(manifest.counts.get("person", 0)))
            .replace("%3", str(manifest.counts.get("meeting", 0)))
            .replace("%4", QtCore.QLocale().toString(manifest.created_at.date(), QtCore.QLocale.FormatType.LongFormat))
            .replace("%5", html.escape(manifest.previous_secretary or self.tr("the previous secretary"))))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(QtWidgets.QLabel(self.tr("Passwords never travel with a handover. Set these up again:")))
        words = {
            "secretary": self.tr("Your name and e-mail as the council's secretary: invitations are sent in your name."),
            "mail": self.tr("The mail account and its password (kept in this computer's keyring, never in the file)."),
            "profile": self.tr("The municipality's profile: its addresses and servers, from the municipality."),
        }
        self.rows: dict[str, QtWidgets.QCheckBox] = {}
        for item in items:
            box = QtWidgets.QCheckBox(words[item.key])
            # Ticked by doing it, not by clicking; still readable (a disabled box would be grey).
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            self.rows[item.key] = box
            layout.addWidget(box)
        self.set_items(items)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.settings_button = buttons.addButton(self.tr("Open &Settings…"),
                                                 QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.settings_button.clicked.connect(self.settings_requested.emit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_items(self, items: list[ChecklistItem]) -> None:
        for item in items:
            self.rows[item.key].setChecked(item.done)
