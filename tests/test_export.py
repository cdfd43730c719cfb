"""The municipal export: the demo council's export matches its JSON Schema, a broken one is refused before
anything is written, and the CSV files read back with the csv module; borgermøde sign-ups."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest

from lokalraad_app.documents.export import TABLES, schema
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.export import ExportService
from lokalraad_app.services.meetings import MeetingInput
from tests.helpers import demo_council
from tests.helpers.demo_council import meeting

demo_template, demo_file, demo = demo_council.demo_template, demo_council.demo_file, demo_council.demo  # fixtures

ROOT = Path(__file__).resolve().parent.parent


def test_the_schema_is_in_the_repository_and_ships_with_the_package() -> None:
    on_disk = json.loads((ROOT / "lokalraad_app/documents/schema/export-v1.schema.json").read_text(encoding="utf-8"))
    assert schema() == on_disk and on_disk["properties"]["version"] == {"const": 1}
    jsonschema.Draft202012Validator.check_schema(on_disk)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"documents/schema/*.json"' in pyproject and '"jsonschema' in pyproject
    assert "documents\" / \"schema\"" in (ROOT / "installer.spec").read_text(encoding="utf-8")
    assert "export-v1.schema.json" in (ROOT / "docs/export.md").read_text(encoding="utf-8")


def test_the_demo_councils_export_validates_and_holds_its_records(demo: AppServices, tmp_path: Path) -> None:
    [path] = demo.export.write(tmp_path / "ud", "json")
    assert path.name == "lokalraad-eksport-v1.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(document, schema())  # an independent check, by the library itself
    assert document["format"] == "lokalraad-export" and document["version"] == 1
    assert document["council"]["name"] == "Kirke Hyllinge Lokalråd"
    assert len(document["meetings"]) == len(demo.meetings.meetings())
    assert document["decisions"] and all(d["decision"] for d in document["decisions"])
    meeting_ids = {m["id"] for m in document["meetings"]}
    assert {d["meeting_id"] for d in document["decisions"]} <= meeting_ids
    assert document["initiatives"] and document["action_items"] and document["hearing_responses"]
    assert "@" not in path.read_text(encoding="utf-8")  # no one's e-mail address leaves with it
    again = demo.export.document()
    assert [d["id"] for d in again["decisions"]] == [d["id"] for d in document["decisions"]]  # stable ids


def test_a_broken_export_is_refused_before_anything_is_written(demo: AppServices, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    real = ExportService.document

    def broken(self: ExportService, now: object = None) -> dict[str, object]:
        document = real(self)
        document["meetings"][3]["start"] = "tirsdag kl. 19"
        return document

    monkeypatch.setattr(ExportService, "document", broken)
    for fmt in ("json", "csv"):
        with pytest.raises(ValidationError) as refused:
            demo.export.write(tmp_path / "ud", fmt)
        assert "meetings/3/start" in refused.value.message
        assert not (tmp_path / "ud").exists() or list((tmp_path / "ud").iterdir()) == []
    with pytest.raises(ValidationError):  # nor queued for the municipality
        demo.publishing.send("export", "kommunen")
    assert demo.outbox.rows() == []


def test_csv_is_one_file_per_table_that_reads_back(demo: AppServices, tmp_path: Path) -> None:
    written = demo.export.write(tmp_path / "csv", "csv")
    assert sorted(p.name for p in written) == sorted(["council.csv", *(f"{t}.csv" for t in TABLES)])
    document = demo.export.document()
    for table in TABLES:
        with open(tmp_path / "csv" / f"{table}.csv", encoding="utf-8-sig", newline="") as f:
            read = list(csv.DictReader(f))
        assert len(read) == len(document[table])
        with open(tmp_path / "csv" / f"{table}.csv", encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f))
        assert header == list(schema()["properties"][table]["items"]["properties"])
        for row, record in zip(read, document[table], strict=True):
            assert row["id"] == record["id"]
    decisions = list(csv.DictReader(open(tmp_path / "csv" / "decisions.csv", encoding="utf-8-sig", newline="")))
    multi_line = [r for r in decisions if "\n" in r["discussion"]]
    assert decisions[0]["decision"] == document["decisions"][0]["decision"]
    assert all(r["approved"] in ("true", "false") for r in decisions)
    assert multi_line == [] or multi_line[0]["discussion"] in {d["discussion"] for d in document["decisions"]}


def test_sign_ups_only_for_a_borgermoede_with_a_valid_unique_address(demo: AppServices) -> None:
    citizens = meeting(demo, kind="citizens")
    board = meeting(demo)
    row_id, changes = demo.signups.add(citizens, "  Søren   Ågård ", "Soeren@Example.dk ")
    assert f"meeting:{citizens}" in changes
    assert [(r.name, r.email) for r in demo.signups.rows(citizens)] == [("Søren Ågård", "soeren@example.dk")]
    with pytest.raises(ValidationError) as e:
        demo.signups.add(citizens, "Søren igen", "SOEREN@example.dk")
    assert e.value.code == "already_signed_up"
    with pytest.raises(ValidationError) as e:
        demo.signups.add(citizens, "Bo", "bo@example")
    assert (e.value.field, e.value.code) == ("email", "invalid")
    with pytest.raises(ValidationError) as e:
        demo.signups.add(citizens, " ", "bo@example.dk")
    assert e.value.field == "name"
    with pytest.raises(ValidationError) as e:
        demo.signups.add(board, "Bo", "bo@example.dk")
    assert e.value.code == "not_citizens"
    snapshot, _ = demo.signups.remove(row_id)
    assert demo.signups.rows(citizens) == []
    assert demo.signups.restore(snapshot)[0] == row_id
    assert [r.email for r in demo.signups.rows(citizens)] == ["soeren@example.dk"]


def test_sign_ups_go_with_their_meeting(demo: AppServices) -> None:
    from datetime import UTC, datetime, timedelta

    start = datetime(2027, 5, 1, 17, tzinfo=UTC)
    mid, _ = demo.meeting.create(MeetingInput(title="Borgermøde om byfornyelse", start=start,
                                              end=start + timedelta(hours=2), kind="citizens"))
    demo.signups.add(mid, "Åse", "aase@example.dk")
    removed, _ = demo.meeting.delete(mid)
    assert demo.signups.rows(mid) == []
    demo.meeting.restore(removed)  # undo of the delete brings them back
    assert [r.email for r in demo.signups.rows(mid)] == ["aase@example.dk"]
