"""An answer or a calendar dropped on the main window (or opened from the File menu) is read in, in Danish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.app import start
from lokalraad_app.services.bundle import open_services
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.counter_proposals_dialog import CounterProposalsDialog
from tests.test_calendar_mirrors import MUNICIPAL
from tests.test_calendar_replies import answers, council_with_meeting, counter, mail, reply


@pytest.fixture
def settings(tmp_path: Path) -> QtCore.QSettings:
    return QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """What the window told the user: (kind, title, text)."""
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "info", lambda _p, title, text: messages.append(("info", title, text)))
    monkeypatch.setattr(prompts, "error", lambda _p, title, text: messages.append(("error", title, text)))
    return messages


def drop(qtbot, window: QtWidgets.QWidget, path: Path) -> bool:  # type: ignore[no-untyped-def]
    """Drags the file over the window and lets go; whether the window took it."""
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(path))])
    center = window.rect().center()
    at = QtCore.QPointF(center)
    enter = QtGui.QDragEnterEvent(center, QtCore.Qt.DropAction.CopyAction, mime,
                                  QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QtGui.QDropEvent(at, QtCore.Qt.DropAction.CopyAction, mime, QtCore.Qt.MouseButton.LeftButton,
                               QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(window, dropped)
    qtbot.wait(10)
    return dropped.isAccepted()


def test_answers_and_a_calendar_dropped_on_the_window(qtbot, qtmodeltester, danish, council_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      settings: QtCore.QSettings, said: list[tuple[str, str, str]],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    services = open_services(council_file, backup=False)
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", municipality="Lejre Kommune"))
    meeting_id, uid = council_with_meeting(services)
    services.close()
    controller = start(council_file, settings)
    assert controller is not None
    qtbot.addWidget(controller.window)
    assert controller.load() and controller.services is not None
    window = controller.window

    # Mette's acceptance, as her mail program saved it.
    assert drop(qtbot, window, mail(tmp_path, reply(uid, "mailto:mette@example.dk"), "mette@example.dk"))
    assert said.pop() == ("info", "Svar og kalendere", "Mette Bæk svarede Ja til Bestyrelsesmøde 02.03.2027 19.00.")
    assert answers(controller.services, meeting_id)["Mette Bæk"] == "yes"

    # Jørgen proposes another evening: said, never applied.
    assert drop(qtbot, window, mail(tmp_path, counter(uid), "jorgen@example.dk", "COUNTER", name="forslag.eml"))
    kind, _, text = said.pop()
    assert kind == "info" and text.startswith("Jørgen Å foreslår et nyt tidspunkt for Bestyrelsesmøde 02.03.2027 "
                                              "19.00: 03.03.2027 19.00–21.00.")
    assert controller.services.meeting.detail(meeting_id).meeting.start.hour == 18  # 19.00 Danish time, in UTC

    # An answer from a stranger is refused, with the reason in Danish.
    stranger = tmp_path / "fremmed.ics"
    stranger.write_text(reply(uid, "mailto:fremmed@example.com").strip().replace("\n", "\r\n"), encoding="utf-8")
    assert drop(qtbot, window, stranger)
    assert said.pop() == ("error", "Svar og kalendere", "fremmed.ics blev ikke læst; intet er ændret.\n\n"
                          "Svaret er fra en, der ikke er inviteret til mødet.")

    # The municipality's calendar: asked for a name, then shown beside the meetings.
    asked: list[str] = []

    def name_it(_parent: object, _title: str, label: str, text: str = "") -> str:
        asked.append(label)
        return "Lejre Kommune"

    monkeypatch.setattr(prompts, "get_text", name_it)
    calendar = tmp_path / "lejre.ics"
    calendar.write_text(MUNICIPAL, encoding="utf-8")
    assert drop(qtbot, window, calendar)
    assert asked[0].startswith("lejre.ics er en kalender, ikke et svar på en invitation.")
    kind, title, text = said.pop()
    assert (kind, title) == ("info", "Vis en kalender ved siden af møderne")
    assert "“Lejre Kommune”" in text and "3 af 8 begivenheder sprunget over:" in text
    assert "• Dialogmøde uden tid: den har intet starttidspunkt" in text
    assert [s.name for s in controller.services.calendar_import.sources()] == ["Lejre Kommune"]

    # The same from the File menu (keyboard): Søren declines.
    declined = tmp_path / "soren.ics"
    declined.write_text(reply(uid, "mailto:SOREN@example.dk", "DECLINED").strip().replace("\n", "\r\n"),
                        encoding="utf-8")
    monkeypatch.setattr(prompts, "open_file", lambda *_args: declined)
    assert window.import_calendar_action.text() == "&Læs svar eller en kalender (.ics, .eml)…"
    window.import_calendar_action.trigger()
    assert said.pop() == ("info", "Svar og kalendere", "Søren Østergaard svarede Nej til Bestyrelsesmøde 02.03.2027 19.00.")

    # The proposal waits in Filer ▸ Foreslåede tidspunkter until the secretary has dealt with it.
    assert window.counter_proposals_action.text() == "&Foreslåede tidspunkter…"
    dialog = window.show_counter_proposals()
    assert isinstance(dialog, CounterProposalsDialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    shown = [[model.index(0, c).data() for c in range(model.columnCount())]]
    assert shown == [["Bestyrelsesmøde", "02.03.2027 19.00–21.00", "Jørgen Å", "03.03.2027 19.00–21.00",
                      "Onsdag passer meget bedre for mig"]]
    assert model.headerData(3, QtCore.Qt.Orientation.Horizontal) == "Foreslået tidspunkt"
    qtbot.mouseClick(dialog.dismiss_button, QtCore.Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    assert controller.services.calendar_import.counter_proposals() == []
    assert controller.services.meeting.detail(meeting_id).meeting.start.hour == 18  # still not moved
    dialog.close()

    # Other files are not taken.
    other = tmp_path / "referat.pdf"
    other.write_bytes(b"%PDF-1.4")
    assert not drop(qtbot, window, other)
    controller.release()
