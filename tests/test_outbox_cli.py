"""`lokalraad profile import`, `password set`, `send` and `outbox` on a real file and a real SMTP server."""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from lokalraad_app.cli import main
from lokalraad_app.services.bundle import open_services
from lokalraad_app.services.outbox import queue_mail
from tests.helpers.smtp_server import SmtpServer

PASSWORD = "Rødgrød med fløde på Æbelø"


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("lokalraad: ") and "Traceback" not in err
    return lines[0]


def write_profile(tmp_path: Path, port: int, **smtp: object) -> Path:
    path = tmp_path / "holbaek.json"
    path.write_text(json.dumps({"municipality": "Holbæk Kommune", "smtp": {
        "host": "127.0.0.1", "port": port, "security": "none", "username": "sekretaer",
        "from": "sekretaer@lokalraad.dk", **smtp}}, ensure_ascii=False), encoding="utf-8")
    return path


def queue_two(council_file: Path) -> None:
    services = open_services(council_file, backup=False)
    try:
        with services.outbox.store.session() as s:
            for to in ("anna@example.dk", "bo@example.dk"):
                msg = EmailMessage()
                msg["From"], msg["To"], msg["Subject"] = "sekretaer@lokalraad.dk", to, "Referat af mødet"
                msg.set_content("Referatet er vedhæftet.")
                queue_mail(s, msg, recipient=to, idempotency_key=f"minutes:1:{to}")
    finally:
        services.close()


def set_password(council_file: Path, monkeypatch: pytest.MonkeyPatch, password: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["password", "set", "smtp", "--data", str(council_file)])


def test_profile_password_send_and_outbox_from_the_command_line(council_file: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch, memory_keyring) -> None:
    with SmtpServer(password=PASSWORD) as server:
        assert main(["profile", "import", str(write_profile(tmp_path, server.port)), "--data", str(council_file)]) == 0
        assert "Holbæk Kommune" in capsys.readouterr().out
        assert set_password(council_file, monkeypatch, PASSWORD) == 0
        out = capsys.readouterr().out
        assert "saved in the keyring" in out and PASSWORD not in out
        assert memory_keyring.secrets == {("Lokalråd", "smtp:sekretaer@127.0.0.1"): PASSWORD}
        queue_two(council_file)

        assert main(["send", "--data", str(council_file)]) == 0
        out = capsys.readouterr().out
        assert "sent\temail to anna@example.dk\tReferat af mødet" in out and "bo@example.dk" in out
        assert "2 sent, 0 not sent now, 0 waiting" in out
        assert main(["send", "--data", str(council_file)]) == 0
        assert "0 sent, 0 not sent now, 0 waiting" in capsys.readouterr().out
        assert sorted(r.rcpt[0] for r in server.received) == ["anna@example.dk", "bo@example.dk"]

    assert main(["outbox", "--json", "--data", str(council_file)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["kind"], r["recipient"], r["status"], r["attempts"], r["last_error"]) for r in rows] == [
        (1, "email", "anna@example.dk", "sent", 1, ""), (2, "email", "bo@example.dk", "sent", 1, "")]
    assert all(r["message_id"].endswith("@lokalraad.dk>") for r in rows)
    files = [p for p in council_file.parent.rglob("*") if p.is_file()]  # the file, its -wal, its backups
    assert len(files) > 2 and all(PASSWORD.encode() not in p.read_bytes() for p in files)


def test_send_with_a_wrong_password_says_so_in_one_line(council_file: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with SmtpServer(password=PASSWORD) as server:
        main(["profile", "import", str(write_profile(tmp_path, server.port)), "--data", str(council_file)])
        set_password(council_file, monkeypatch, "forkert-æøå")
        queue_two(council_file)
        capsys.readouterr()
        assert main(["send", "--data", str(council_file)]) == 1
        captured = capsys.readouterr()
        assert one_line_error(captured.err) == ("lokalraad: 2 messages need attention (see lokalraad outbox, "
                                                "or the Udbakke page)")
        assert captured.out.count("needs_attention") == 2 and "afviste brugernavn eller adgangskode" in captured.out
        assert server.received == []
        assert set_password(council_file, monkeypatch, PASSWORD) == 0
        for row_id in (1, 2):
            assert main(["outbox", "retry", str(row_id), "--data", str(council_file)]) == 0
        assert main(["send", "--data", str(council_file)]) == 0
        assert len(server.received) == 2


def test_outbox_cancel_hold_and_refusals(council_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queue_two(council_file)
    assert main(["outbox", "cancel", "1", "--data", str(council_file)]) == 0
    assert main(["outbox", "hold", "2", "--data", str(council_file)]) == 0
    assert "2\tneeds_attention" in capsys.readouterr().out
    assert main(["outbox", "hold", "1", "--data", str(council_file)]) == 1
    assert one_line_error(capsys.readouterr().err) == "lokalraad: Message 1 cannot be held: it is cancelled."
    assert main(["outbox", "retry", "9", "--data", str(council_file)]) == 1
    assert one_line_error(capsys.readouterr().err) == "lokalraad: no outbox message 9"
    assert main(["outbox", "retry", "--data", str(council_file)]) == 1
    assert "give the message's id" in one_line_error(capsys.readouterr().err)


def test_a_bad_profile_or_no_profile_is_one_line(council_file: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    bad = write_profile(tmp_path, 587, password="hemmelig")
    assert main(["profile", "import", str(bad), "--data", str(council_file)]) == 1
    line = one_line_error(capsys.readouterr().err)
    assert '"smtp.password"' in line and "hemmelig" not in line
    assert main(["profile", "import", str(tmp_path / "nope.json"), "--data", str(council_file)]) == 1
    assert "no profile file" in one_line_error(capsys.readouterr().err)
    assert set_password(council_file, monkeypatch, "x") == 1
    assert "names no smtp server" in one_line_error(capsys.readouterr().err)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    main(["profile", "import", str(write_profile(tmp_path, 587)), "--data", str(council_file)])
    capsys.readouterr()
    assert main(["password", "set", "smtp", "--data", str(council_file)]) == 1
    assert "password is empty" in one_line_error(capsys.readouterr().err)
