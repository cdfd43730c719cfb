"""Overdragelse: a council handed over in one archive opens on another computer with every member,
meeting, attachment and sealed PDF, and no password; a damaged, cut-off or changed archive is refused
and nothing is written (issue 12)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import keyring
import pytest

from lokalraad_app.cli import main
from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.services.council import CouncilInput
from tests.test_documents import approved_minutes
from tests.test_store_safety import dump

PASSWORD = "Hemmelig-æøå-2026"


@pytest.fixture
def handed_over(services: AppServices, tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A council with members, approved and sealed minutes with an attachment, a password in the keyring;
    its handover archive, written from the command line while the file is open; the sealed PDF."""
    services.council.save_council(CouncilInput(name="Vipperød Lokalråd", secretary_name="Åse Bæk",
                                               secretary_email="aase@example.dk"))
    mid = approved_minutes(services)
    bilag = tmp_path / "bålplads.txt"
    bilag.write_text("Tegning af bålpladsen", encoding="utf-8")
    later = next(m.id for m in services.meetings.meetings() if m.id != mid)
    services.attachments.add(services.meeting.detail(later).items[0].id, bilag)
    sealed = services.documents.minutes(mid)[1]
    keyring.set_password("lokalraad", "smtp:aase@example.dk", PASSWORD)
    archive = tmp_path / "overdragelse.zip"
    assert main(["handover", "export", "--data", str(services.path), "--out", str(archive)]) == 0
    return services.path, archive, sealed


def test_the_archive_opens_as_the_same_council_with_its_sealed_pdf_and_no_password(  # type: ignore[no-untyped-def]
        handed_over, services: AppServices, tmp_path: Path, capsys) -> None:
    original, archive, sealed = handed_over
    raw = archive.read_bytes()
    with zipfile.ZipFile(archive) as z:
        inside = b"".join(z.read(n) for n in z.namelist())
        assert sorted(z.namelist()) == ["LÆS MIG.txt", "council.sqlite", "manifest.json"]
        manifest = json.loads(z.read("manifest.json"))
    assert PASSWORD.encode() not in raw and PASSWORD.encode() not in inside
    assert manifest["council"] == "Vipperød Lokalråd" and manifest["counts"]["sealed_document"] >= 1
    assert manifest["counts"]["attachment"] == 1 and manifest["previous_secretary"] == "Åse Bæk <aase@example.dk>"

    other = tmp_path / "ny-sekretær" / "lokalraad.sqlite"  # another laptop
    other.parent.mkdir()
    services.close()
    capsys.readouterr()
    assert main(["handover", "open", str(archive), "--data", str(other)]) == 0
    said = capsys.readouterr().out
    assert "Vipperød Lokalråd" in said and "[ ] set up again: your name and e-mail" in said
    assert dump(other) == dump(original)  # every meeting, member, attachment and seal, row for row
    opened = open_services(other, backup=False)
    try:
        assert opened.documents.verify(sealed).sealed  # the printed minutes still verify against the new file
        attachments = [a for m in opened.meetings.meetings() for i in opened.meeting.detail(m.id).items
                       for a in opened.attachments.rows(i.id or 0)]
        assert len(attachments) == 1
        copy = opened.attachments.save_copy(attachments[0].id, tmp_path)
        assert copy.read_text(encoding="utf-8") == "Tegning af bålpladsen"
    finally:
        opened.close()
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(sealed)
    assert main(["verify", str(pdf), "--data", str(other)]) == 0


def test_the_checklist_is_done_once_the_new_secretary_has_named_herself(handed_over, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.services.handover import checklist, open_handover_as

    _, archive, _ = handed_over
    target = tmp_path / "ny.sqlite"
    manifest = open_handover_as(archive, target)
    opened = open_services(target, backup=False)
    try:
        assert [(i.key, i.done) for i in checklist(opened.council.council(), manifest)] == [
            ("secretary", False), ("mail", False), ("profile", False)]
        opened.council.save_council(CouncilInput(name="Vipperød Lokalråd", secretary_name="Bo Nielsen",
                                                 secretary_email="bo@example.dk"))
        assert checklist(opened.council.council(), manifest)[0].done
        # The profile and the password, set up in Settings ▸ Afsendelse on the new computer.
        opened.profiles.import_text(json.dumps({"municipality": "Holbæk Kommune", "smtp": {
            "host": "smtp.holb.dk", "port": 587, "security": "starttls", "username": "bo"}}), tmp_path)
        opened.profiles.set_password("smtp", "Ny-adgangskode-æøå")
        profiles = opened.profiles
        assert [i.done for i in checklist(opened.council.council(), manifest,
                                          profile_imported=profiles.profile().smtp is not None,
                                          mail_password=profiles.password("smtp") is not None)] == [True, True, True]
    finally:
        opened.close()


def rewrite(archive: Path, target: Path, change: dict[str, bytes | None]) -> None:
    """A copy of the archive with some members replaced (or left out, None), as a careless hand would."""
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(target, "w") as dst:
        for name in src.namelist():
            data = change.get(name, src.read(name))
            if data is not None:
                dst.writestr(name, data)


@pytest.mark.parametrize("damage, said", [
    ("cut", "damaged (cut off?)"),
    ("not_a_zip", "not a Lokalråd handover"),
    ("no_manifest", "has no manifest"),
    ("other_zip", "has no manifest"),
    ("changed_database", "has been changed since it was made"),
    ("changed_counts", "does not hold what its manifest lists"),
    ("newer_format", "made by a newer Lokalråd"),
    ("flipped_byte", "damaged"),
])
def test_a_damaged_or_changed_archive_is_refused_and_nothing_is_written(  # type: ignore[no-untyped-def]
        handed_over, tmp_path: Path, capsys, damage: str, said: str) -> None:
    _, archive, _ = handed_over
    bad = tmp_path / "bad" / "overdragelse.zip"
    bad.parent.mkdir()
    raw = archive.read_bytes()
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read("manifest.json"))
        database = z.read("council.sqlite")
    if damage == "cut":
        bad.write_bytes(raw[: len(raw) // 2])
    elif damage == "not_a_zip":
        bad.write_bytes(database)  # the bare council file, renamed
    elif damage == "no_manifest":
        rewrite(archive, bad, {"manifest.json": None})
    elif damage == "other_zip":
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("referat.pdf", b"%PDF-1.4")
    elif damage == "changed_database":
        changed = database.replace(b"Vipper\xc3\xb8d", b"Vipperup")
        assert changed != database
        rewrite(archive, bad, {"council.sqlite": changed})
    elif damage == "changed_counts":
        manifest["counts"]["person"] += 1
        rewrite(archive, bad, {"manifest.json": json.dumps(manifest).encode()})
    elif damage == "newer_format":
        manifest["format_version"] = 2
        rewrite(archive, bad, {"manifest.json": json.dumps(manifest).encode()})
    elif damage == "flipped_byte":
        with zipfile.ZipFile(archive) as z:
            info = z.getinfo("council.sqlite")
        at = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + info.compress_size // 2
        bad.write_bytes(raw[:at] + bytes([raw[at] ^ 0xFF]) + raw[at + 1:])
    folder = tmp_path / "ny"
    folder.mkdir()
    capsys.readouterr()
    assert main(["handover", "open", str(bad), "--data", str(folder / "lokalraad.sqlite")]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert list(folder.iterdir()) == []  # nothing written, not even an empty file


def test_open_never_replaces_an_existing_council_file(handed_over, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    original, archive, _ = handed_over
    before = original.read_bytes()
    assert main(["handover", "open", str(archive), "--data", str(original)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert original.read_bytes() == before


def test_a_damaged_council_file_is_not_handed_over(council_file: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "skadet.sqlite"
    raw = council_file.read_bytes()
    damaged.write_bytes(raw[: len(raw) // 2])
    target = tmp_path / "overdragelse.zip"
    assert main(["handover", "export", "--data", str(damaged), "--out", str(target)]) == 1
    assert "No handover was made" in capsys.readouterr().err or not target.exists()
    assert not target.exists() and not list(tmp_path.glob(".*partial"))


def test_hand_over_and_open_it_from_the_window(qtbot, monkeypatch, handed_over, services: AppServices,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    from PySide6 import QtCore, QtWidgets

    from lokalraad_app.app import AppController, start
    from lokalraad_app.ui import prompts
    from lokalraad_app.ui.settings.settings_dialog import SettingsDialog

    original = services.path
    services.close()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: told.append((title, text)))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: told.append((title, text)))
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    controller = start(original, settings)
    assert isinstance(controller, AppController) and controller.load()
    qtbot.addWidget(controller.window)
    window = controller.window

    # The old secretary: File ▸ Hand over to a new secretary…
    archive = tmp_path / "usb" / "overdragelse"
    archive.parent.mkdir()
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: archive)
    window.handover_action.trigger()
    assert archive.with_suffix(".zip").is_file()
    assert told[-1][0] == "Handover made" and "no passwords" in told[-1][1] and "1 sealed" in told[-1][1]

    # The new one: File ▸ Open a handover…, first a damaged archive, then the real one.
    cut = tmp_path / "usb" / "afbrudt.zip"
    cut.write_bytes(archive.with_suffix(".zip").read_bytes()[:5000])
    new = tmp_path / "ny" / "lokalraad.sqlite"
    new.parent.mkdir()
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: cut)
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: new)
    window.open_handover_action.trigger()
    assert told[-1][0] == "Handover not opened" and "damaged" in told[-1][1]
    assert controller.path == original and not new.exists()

    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: archive.with_suffix(".zip"))
    window.open_handover_action.trigger()
    assert controller.path == new and window.overview_view.title_label.text() == "Vipperød Lokalråd"
    dialog = controller.checklist_dialog
    assert dialog is not None and dialog.isVisible()
    assert [b.isChecked() for b in dialog.rows.values()] == [False, False, False]  # type: ignore[attr-defined]
    heading = dialog.findChildren(QtWidgets.QLabel)[0]
    doc = QtWidgets.QTextEdit()
    doc.setHtml(heading.text())
    assert "af Åse Bæk <aase@example.dk>" in doc.toPlainText() or "by Åse Bæk <aase@example.dk>" in doc.toPlainText()

    def name_herself(settings_dialog: SettingsDialog) -> int:
        from lokalraad_app.services.council import CouncilInput

        assert controller.services is not None
        controller.services.council.save_council(CouncilInput(name="Vipperød Lokalråd", secretary_name="Bo Nielsen",
                                                              secretary_email="bo@example.dk"))
        return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", name_herself)
    qtbot.mouseClick(dialog.settings_button, QtCore.Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.rows["secretary"].isChecked()  # type: ignore[attr-defined]
    dialog.close()
    controller.release()
