"""What the dialogs' labels show: a mnemonic underlined, never a literal "&"; Qt's own buttons in Danish."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import Role
from lokalraad_app.services.members import PersonInput
from lokalraad_app.ui.i18n import install_translators
from lokalraad_app.ui.meetings.actions_view import ActionDialog
from lokalraad_app.ui.meetings.meeting_dialog import MeetingDialog
from lokalraad_app.ui.members.member_dialog import MemberDialog
from lokalraad_app.ui.settings.settings_dialog import SettingsDialog
from lokalraad_app.ui.welcome_dialog import WelcomeDialog


def shown_text(label: QtWidgets.QLabel) -> str:
    """The label's text as it appears: with a buddy, "&x" is an underlined x and "&&" a literal "&"."""
    text = label.text()
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def dialogs(tmp_path, services) -> list[QtWidgets.QDialog]:  # type: ignore[no-untyped-def]
    settings = QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    return [MemberDialog(data=PersonInput(name="Åse Holm", role=Role.MEMBER, term_from=date(2025, 1, 1))),
            MemberDialog(), MeetingDialog(), MeetingDialog(data=MeetingDialog().value(), new=False),
            ActionDialog([(1, "Åse Holm")]), WelcomeDialog(), SettingsDialog(services.council, settings),
            sending_settings(services, settings)]


def sending_settings(services, settings: QtCore.QSettings) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """Settings open at Afsendelse, with every server's box."""
    dialog = SettingsDialog(services.council, settings, None, services.meeting, services.profiles, services.outbox)
    assert dialog.sending_page is not None
    dialog.tabs.setCurrentWidget(dialog.sending_page)
    return dialog


@pytest.mark.parametrize("language", ["en", "da"])
def test_no_label_in_the_dialogs_shows_a_literal_ampersand(qtbot, qapp, tmp_path, services,  # type: ignore[no-untyped-def]
                                                           language: str) -> None:
    installed = install_translators(qapp, language)
    try:
        for dialog in dialogs(tmp_path, services):
            qtbot.addWidget(dialog)
            dialog.show()
            labels = [label for label in dialog.findChildren(QtWidgets.QLabel)
                      if label.isVisibleTo(dialog) and not QtGui.Qt.mightBeRichText(label.text())]
            assert labels
            wrong = [shown_text(label) for label in labels if "&" in shown_text(label)]
            assert wrong == [], f"{dialog.windowTitle()}: {wrong}"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.c())


def test_the_mnemonic_moves_focus_to_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title_edit.setFocus()
    repeat = next(label for label in dialog.findChildren(QtWidgets.QLabel) if label.text() == "&Repeat:")
    assert repeat.buddy() is dialog.repeat_combo


def test_qts_own_buttons_are_danish(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    box = dialog.findChild(QtWidgets.QDialogButtonBox)
    assert box.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    texts = [b.text() for b in welcome.findChild(QtWidgets.QDialogButtonBox).buttons()]
    assert "Annuller" in texts and not any("Cancel" in t for t in texts)
    files = QtWidgets.QFileDialog(None, "Gem")  # Qt's own file dialog, where the system has none
    files.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    assert "Annuller" in [b.text() for b in files.findChildren(QtWidgets.QPushButton)]
    assert sorted(label.text() for label in files.findChildren(QtWidgets.QLabel)) == [
        "&Filnavn:", "&Kig i:", "Filer af &type:"]  # the last two missing from Qt's catalog: ours has them
