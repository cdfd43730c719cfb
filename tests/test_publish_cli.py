"""`lokalraad invite`, `publish` and `export` on a real council file: what they print, what the outbox holds
afterwards, and an agenda that reaches a real SMTP server (aiosmtpd) once per board member, pressed twice."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from lokalraad_app.cli import main
from lokalraad_app.domain.enums import MemberFilter
from lokalraad_app.services.bundle import open_services
from tests.helpers import demo_council
from tests.helpers.demo_council import PROFILE
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer

demo_template, demo_file = demo_council.demo_template, demo_council.demo_file  # fixtures


def uid_of(path: Path, status: str, capsys: pytest.CaptureFixture[str], kind: str = "board") -> str:
    capsys.readouterr()
    assert main(["meetings", "--data", str(path), "--json"]) == 0
    return [m["uid"] for m in json.loads(capsys.readouterr().out) if m["status"] == status and m["kind"] == kind][-1]


def outbox(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["outbox", "--data", str(path), "--json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def profile_file(tmp_path: Path, **smtp: object) -> Path:
    path = tmp_path / "lejre.json"
    path.write_text(json.dumps({**PROFILE, "smtp": {**PROFILE["smtp"], **smtp}}), encoding="utf-8")  # type: ignore[dict-item]
    return path


def board_emails(path: Path) -> list[str]:
    services = open_services(path, backup=False)
    try:
        rows = services.members.rows(services.members.find_ids(MemberFilter.BOARD))
    finally:
        services.close()
    return sorted(r.email for r in rows if r.email)


def test_publish_prints_what_it_queued_and_twice_queues_nothing_new(demo_file: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    uid = uid_of(demo_file, "planned", capsys)
    assert main(["publish", "agenda", "--meeting", uid, "--to", "bestyrelsen", "--data", str(demo_file)]) == 0
    captured = capsys.readouterr()
    emails = board_emails(demo_file)
    assert captured.out.count("queued\temail\t") == len(emails) > 0
    assert f"{len(emails)} new messages in the outbox: Dagsorden: " in captured.out
    assert "no e-mail address, gets nothing: " in captured.err
    rows = outbox(demo_file, capsys)
    assert sorted(str(r["recipient"]) for r in rows) == emails
    assert {r["status"] for r in rows} == {"pending"} and all(str(r["subject"]).startswith("Dagsorden") for r in rows)
    assert main(["publish", "agenda", "--meeting", uid, "--to", "bestyrelsen", "--data", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert out.count("already queued\temail\t") == len(emails) and "0 new messages" in out
    assert len(outbox(demo_file, capsys)) == len(emails)


def test_publish_to_the_municipality_follows_the_profile_and_refuses_in_one_danish_line(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    approved = uid_of(demo_file, "minutes_approved", capsys)
    assert main(["publish", "minutes", "--meeting", approved, "--data", str(demo_file)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "lokalraad profile import" in err and "Traceback" not in err
    assert main(["profile", "import", str(profile_file(tmp_path)), "--data", str(demo_file)]) == 0
    capsys.readouterr()
    assert main(["publish", "minutes", "--meeting", approved, "--data", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "queued\temail\tLejre Kommune <lokalraad@lejre.dk>" in out and "queued\twebdav\t20" in out
    draft = uid_of(demo_file, "held", capsys)
    assert main(["publish", "minutes", "--meeting", draft, "--data", str(demo_file)]) == 1
    assert "ikke godkendt endnu" in capsys.readouterr().err
    assert main(["publish", "attendance", "--meeting", approved, "--data", str(demo_file)]) == 0
    services = open_services(demo_file, backup=False)
    try:
        answered = next(h.reference for h in services.hearings.rows() if h.status == "answered")
    finally:
        services.close()
    assert main(["publish", "hearing", "--hearing", answered, "--data", str(demo_file)]) == 0
    assert main(["publish", "plan", "--data", str(demo_file)]) == 0
    assert main(["publish", "export", "--data", str(demo_file)]) == 0
    capsys.readouterr()
    kinds = [(r["kind"], str(r["subject"]).split(":")[0]) for r in outbox(demo_file, capsys)]
    assert kinds.count(("email", "Høringssvar")) == 1 and sum(1 for k in kinds if k[0] == "email" and k[1].startswith("Lokaludviklingsplan, version 1")) == 1
    assert kinds.count(("email", "Deltagerliste")) == 1
    assert ("webdav", "lokalraad-eksport-v1.json") in kinds
    assert main(["publish", "plan", "--to", "bestyrelsen", "--data", str(demo_file)]) == 1
    assert "Udviklingsplan sendes kun til kommunen." in capsys.readouterr().err
    assert main(["publish", "agenda", "--data", str(demo_file)]) == 1
    assert "--meeting UID" in capsys.readouterr().err


def test_invite_queues_the_invitations_as_the_window_does(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uid = uid_of(demo_file, "planned", capsys)
    assert main(["invite", "--meeting", uid, "--with-agenda", "--data", str(demo_file)]) == 0
    out = capsys.readouterr().out
    rows = outbox(demo_file, capsys)
    assert out.count("queued\tinvitation\t") == len(rows) > 0 and f"{len(rows)} messages put in the outbox" in out
    assert all(r["aggregate"] == f"invitation:{uid}" for r in rows)
    assert main(["invite", "--meeting", uid, "--data", str(demo_file)]) == 0  # nothing changed: nothing new
    assert "0 messages put in the outbox" in capsys.readouterr().out
    assert len(outbox(demo_file, capsys)) == len(rows)
    assert main(["invite", "--meeting", "ukendt", "--data", str(demo_file)]) == 1
    assert "Intet møde har uid ukendt" in capsys.readouterr().err


def test_export_as_a_subprocess_writes_json_and_csv(demo_file: Path, tmp_path: Path) -> None:
    run = [sys.executable, "-m", "lokalraad_app", "export", "--data", str(demo_file), "--out"]
    done = subprocess.run([*run, str(tmp_path / "json")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    document = json.loads((tmp_path / "json" / "lokalraad-eksport-v1.json").read_text(encoding="utf-8"))
    assert document["version"] == 1 and document["meetings"]
    done = subprocess.run([*run, str(tmp_path / "csv"), "--format", "csv"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with open(tmp_path / "csv" / "meetings.csv", encoding="utf-8-sig", newline="") as f:
        meetings = list(csv.DictReader(f))
    assert [m["id"] for m in meetings] == [m["id"] for m in document["meetings"]]
    (tmp_path / "fil").write_text("x")
    done = subprocess.run([*run, str(tmp_path / "fil")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "is a file" in done.stderr


def test_an_agenda_reaches_the_board_through_real_smtp_once_even_pressed_twice(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with SmtpServer(user="sekretaer", password=DANISH_PASSWORD) as server:
        path = profile_file(tmp_path, port=server.port, username="sekretaer")
        data = ["--data", str(demo_file)]
        assert main(["profile", "import", str(path), *data]) == 0
        monkeypatch.setattr("sys.stdin", io.StringIO(DANISH_PASSWORD + "\n"))
        assert main(["password", "set", "smtp", *data]) == 0
        uid = uid_of(demo_file, "planned", capsys)
        for _ in range(2):  # pressed twice
            assert main(["publish", "agenda", "--meeting", uid, "--to", "bestyrelsen", *data]) == 0
        assert main(["send", *data]) == 0
        assert main(["publish", "agenda", "--meeting", uid, "--to", "bestyrelsen", *data]) == 0
        assert main(["send", *data]) == 0  # a third press after sending: still nothing new
        capsys.readouterr()
        emails = board_emails(demo_file)
        assert sorted(r.rcpt[0] for r in server.received) == emails  # each member exactly once
        got = server.received[0].message
        assert got["Subject"].startswith("Dagsorden: ") and got["From"].endswith("<aage.larsen@youmail.dk>")
        [pdf] = [p for p in got.iter_attachments() if p.get_content_type() == "application/pdf"]
        text = PdfReader(io.BytesIO(pdf.get_payload(decode=True))).pages[0].extract_text()
        assert "Dagsorden" in text
        assert {r["status"] for r in outbox(demo_file, capsys)} == {"sent"}
