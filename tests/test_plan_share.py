"""A plan shared by neighbouring councils: exported from one council file, changed in two files and imported
back; every difference shown field by field, conflicts chosen, nothing lost; a broken file changes nothing."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from lokalraad_app.cli import main
from lokalraad_app.domain.plan_share import (
    ADDED,
    CONFLICT,
    HERE,
    ONLY_HERE,
    OURS,
    REMOVED_HERE,
    THEIRS,
    THERE,
)
from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.plan import AreaInput, InitiativeInput, ShareFileRefused
from tests.test_plan_service import a_plan


def council(template_file: Path, folder: Path, name: str) -> AppServices:
    path = folder / f"{name}.sqlite"
    shutil.copy(template_file, path)
    services = open_services(path, backup=False)
    services.council.save_council(CouncilInput(name=name))
    return services


@pytest.fixture
def two(template_file: Path, tmp_path: Path) -> Iterator[tuple[AppServices, AppServices]]:
    """Kirke Såby (A) with a plan of one area and one initiative, and Osted (B), which has none yet."""
    a = council(template_file, tmp_path, "Kirke Såby Lokalråd")
    b = council(template_file, tmp_path, "Osted Lokalråd")
    a_plan(a)
    yield a, b
    a.close()
    b.close()


def plan_rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return [tuple(r) for table in ("development_plan", "focus_area", "initiative", "plan_share_base")
                for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        conn.close()


def initiative_of(services: AppServices, title: str) -> int:
    draft = services.plan.draft()
    assert draft is not None
    return next(i.id for rows in draft.initiatives.values() for i in rows if i.title == title)


def test_round_trip_into_a_council_without_a_plan(two: tuple[AppServices, AppServices]) -> None:
    a, b = two
    data = a.plan.export_plan()
    assert (data["kind"], data["format"], data["council"]["name"]) == ("lokalraad-plan", 1, "Kirke Såby Lokalråd")
    report = b.plan.compare_import(data)
    assert [(e.kind, e.title, e.change) for e in report.differences] == [
        ("plan", "Lokaludviklingsplan for Kirke Såby", ADDED), ("focus_area", "Trafik", ADDED),
        ("initiative", "Cykelsti til Hyllinge", ADDED)]
    b.plan.apply_import(data, {})
    assert b.plan.snapshot() == a.plan.snapshot()  # the same plan, uids and all
    assert b.plan.compare_import(a.plan.export_plan()).differences == []


def test_a_plan_changed_in_two_files_and_imported_back_shows_each_conflict_and_loses_nothing(
        two: tuple[AppServices, AppServices]) -> None:
    a, b = two
    b.plan.apply_import(a.plan.export_plan(), {})
    # The same initiative changed differently in both, and a different field in each.
    ia, ib = initiative_of(a, "Cykelsti til Hyllinge"), initiative_of(b, "Cykelsti til Hyllinge")
    mine = a.plan.initiative_input(ia)
    mine.status, mine.progress_percent, mine.owner = "done", 100, "Lærke Bækgaard"
    a.plan.update_initiative(ia, mine)
    ours = b.plan.initiative_input(ib)
    ours.status, ours.progress_percent, ours.funding = "paused", 60, "LAG-midler"
    b.plan.update_initiative(ib, ours)
    a.plan.add_area(AreaInput("Natur", "Stier og enge"))
    b_area = b.plan.add_area(AreaInput("Havnen"))[0]
    b.plan.add_initiative(b_area, InitiativeInput("Ny badebro"))

    data = a.plan.export_plan()
    report = b.plan.compare_import(data)
    [changed] = [e for e in report.differences if e.change == "changed"]
    assert changed.title == "Cykelsti til Hyllinge"
    sides = {f.field: (f.here, f.there, f.side) for f in changed.fields}
    assert sides == {"status": ("paused", "done", CONFLICT), "progress": (60, 100, CONFLICT),
                     "owner": ("Søren Østergaard", "Lærke Bækgaard", THERE),
                     "funding": ("LAG-midler", "Landdistriktspuljen", HERE)}
    assert {(e.title, e.change) for e in report.differences if e.change != "changed"} == {
        ("Natur", ADDED), ("Havnen", ONLY_HERE), ("Ny badebro", ONLY_HERE)}

    with pytest.raises(ValidationError) as refused:  # conflicts are never decided silently
        b.plan.apply_import(data, {})
    assert refused.value.code == "conflict" and "status" in refused.value.message
    assert b.plan.initiative_input(ib).status == "paused"

    b.plan.apply_import(data, {(changed.uid, "status"): THEIRS, (changed.uid, "progress"): OURS})
    merged = b.plan.initiative_input(ib)
    assert (merged.status, merged.progress_percent, merged.owner, merged.funding) == (
        "done", 60, "Lærke Bækgaard", "LAG-midler")  # chosen, chosen, theirs only, ours only
    draft = b.plan.draft()
    assert draft is not None
    assert {area.title for area in draft.areas} == {"Trafik", "Natur", "Havnen"}  # nothing lost
    assert initiative_of(b, "Ny badebro")

    # Imported again unchanged: what was chosen stays, no conflict asked twice.
    again = b.plan.compare_import(data)
    assert again.conflicts() == []
    # And back the other way: A takes B's choices and additions; its own change of owner is not a conflict.
    back = a.plan.compare_import(b.plan.export_plan())
    assert {(e.title, f.field, f.side) for e in back.differences for f in e.fields} == {
        ("Cykelsti til Hyllinge", "progress", CONFLICT), ("Cykelsti til Hyllinge", "funding", THERE)}


def test_removal_only_when_chosen(two: tuple[AppServices, AppServices]) -> None:
    a, b = two
    b.plan.apply_import(a.plan.export_plan(), {})
    area = b.plan.add_area(AreaInput("Havnen"))[0]
    b.plan.add_initiative(area, InitiativeInput("Ny badebro"))
    data = a.plan.export_plan()
    report = b.plan.compare_import(data)
    uids = {e.title: e.uid for e in report.differences}
    with pytest.raises(ValidationError) as refused:  # an area whose initiative is kept is not removed
        b.plan.apply_import(data, {(uids["Havnen"], ""): THEIRS})
    assert refused.value.code == "area_not_empty"
    b.plan.apply_import(data, {(uids["Havnen"], ""): THEIRS, (uids["Ny badebro"], ""): THEIRS})
    assert b.plan.snapshot()["focus_areas"] == a.plan.snapshot()["focus_areas"]


def test_what_was_deleted_here_stays_deleted_unless_chosen(two: tuple[AppServices, AppServices]) -> None:
    a, b = two
    b.plan.apply_import(a.plan.export_plan(), {})
    a_area = a.plan.add_area(AreaInput("Havnen"))[0]
    a.plan.add_initiative(a_area, InitiativeInput("Ny badebro"))
    b.plan.apply_import(a.plan.export_plan(), {})  # both files have the harbour now
    b.plan.delete_initiative(initiative_of(b, "Cykelsti til Hyllinge"))
    b.plan.delete_area(next(area.id for area in b.plan.draft().areas if area.title == "Havnen"))  # type: ignore[union-attr]

    # A's file, unchanged since: B's deletions are not "new there", and an import leaves them deleted.
    data = a.plan.export_plan()
    report = b.plan.compare_import(data)
    assert {(e.title, e.change) for e in report.differences} == {
        ("Cykelsti til Hyllinge", REMOVED_HERE), ("Havnen", REMOVED_HERE), ("Ny badebro", REMOVED_HERE)}
    assert report.conflicts() == []
    b.plan.apply_import(data, {})
    assert "Cykelsti til Hyllinge" not in str(b.plan.snapshot()) and "Havnen" not in str(b.plan.snapshot())

    # Chosen, one comes back whole; an initiative cannot come back without its deleted area.
    uids = {e.title: e.uid for e in report.differences}
    with pytest.raises(ValidationError) as refused:
        b.plan.apply_import(data, {(uids["Ny badebro"], ""): THEIRS})
    assert refused.value.code == "area_removed" and "Ny badebro" in refused.value.message
    b.plan.apply_import(data, {(uids["Cykelsti til Hyllinge"], ""): THEIRS})
    back = b.plan.initiative_input(initiative_of(b, "Cykelsti til Hyllinge"))
    assert (back.owner, back.funding) == ("Søren Østergaard", "Landdistriktspuljen")

    # A changes what B deleted: now it is a conflict to choose, not a silent loss of A's change.
    ia = initiative_of(a, "Ny badebro")
    changed = a.plan.initiative_input(ia)
    changed.status = "active"
    a.plan.update_initiative(ia, changed)
    data = a.plan.export_plan()
    report = b.plan.compare_import(data)
    [(element, whole)] = report.conflicts()
    assert (element.title, element.change, whole.field) == ("Ny badebro", REMOVED_HERE, "")
    with pytest.raises(ValidationError) as refused:
        b.plan.apply_import(data, {})
    assert refused.value.code == "conflict"
    b.plan.apply_import(data, {(element.uid, ""): OURS})
    assert "Ny badebro" not in str(b.plan.snapshot())  # chosen: it stays deleted
    b.plan.apply_import(data, {(uids["Havnen"], ""): THEIRS, (element.uid, ""): THEIRS})
    assert b.plan.initiative_input(initiative_of(b, "Ny badebro")).status == "active"


@pytest.mark.parametrize(("content", "code", "where"), [
    (b"not json at all", "not_json", ""),
    (json.dumps({"kind": "lokalraad-plan", "format": 99}).encode(), "format", "format"),
    (json.dumps({"kind": "something else"}).encode(), "kind", "kind"),
])
def test_a_file_that_is_not_a_plan_is_refused(two: tuple[AppServices, AppServices], tmp_path: Path,
                                              content: bytes, code: str, where: str) -> None:
    from lokalraad_app.services.plan import read_share_file

    _, b = two
    path = tmp_path / "plan.json"
    path.write_bytes(content)
    with pytest.raises(ShareFileRefused) as refused:
        b.plan.compare_import(read_share_file(path))
    assert refused.value.code == code and refused.value.where.startswith(where)


def test_a_broken_file_is_refused_and_changes_nothing(two: tuple[AppServices, AppServices]) -> None:
    a, b = two
    b.plan.apply_import(a.plan.export_plan(), {})
    ib = initiative_of(b, "Cykelsti til Hyllinge")
    later = b.plan.initiative_input(ib)
    later.start_on = date(2027, 1, 1)  # here only
    b.plan.update_initiative(ib, later)
    before = plan_rows(b.path)
    data = a.plan.export_plan()
    area = data["plan"]["focus_areas"][0]
    area["initiatives"].append(dict(area["initiatives"][0], uid="new-1", title="Ny", start_on=None))
    del area["initiatives"][0]["owner"]
    with pytest.raises(ShareFileRefused) as refused:
        b.plan.apply_import(data, {})
    assert (refused.value.code, refused.value.where) == ("missing", "plan.focus_areas[0].initiatives[0].owner")
    area["initiatives"][0]["owner"] = "Lærke"
    area["initiatives"][1]["progress"] = "halvvejs"
    with pytest.raises(ShareFileRefused) as refused:
        b.plan.apply_import(data, {})
    assert (refused.value.code, refused.value.where) == ("type", "plan.focus_areas[0].initiatives[1].progress")
    area["initiatives"][1]["progress"] = 140
    with pytest.raises(ShareFileRefused) as refused:
        b.plan.apply_import(data, {})
    assert refused.value.code == "invalid" and "100" in refused.value.message
    area["initiatives"][1]["progress"] = 10
    area["initiatives"][0]["end_on"] = "2026-06-01"  # there only: with our start, it ends before it starts
    mixed = b.plan.compare_import(data)
    assert mixed.conflicts() == []
    with pytest.raises(ValidationError) as refused:
        b.plan.apply_import(data, {})
    assert refused.value.code == "before_start" and "Cykelsti til Hyllinge" in refused.value.message
    assert plan_rows(b.path) == before
    assert b.plan.initiative_input(ib).owner == "Søren Østergaard"


def test_cli_export_and_import(two: tuple[AppServices, AppServices], tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    b.plan.apply_import(a.plan.export_plan(), {})
    ia, ib = initiative_of(a, "Cykelsti til Hyllinge"), initiative_of(b, "Cykelsti til Hyllinge")
    for services, initiative_id, status in ((a, ia, "done"), (b, ib, "paused")):
        data = services.plan.initiative_input(initiative_id)
        data.status, data.end_on = status, date(2028, 1, 1)
        services.plan.update_initiative(initiative_id, data)
    path_a, path_b = str(a.path), str(b.path)
    a.close()
    b.close()
    out = tmp_path / "plan.json"
    assert main(["plan", "export", "--out", str(out), "--data", path_a]) == 0
    assert "1 initiative" in capsys.readouterr().out
    before = plan_rows(Path(path_b))
    assert main(["plan", "import", str(out), "--data", path_b]) == 1
    captured = capsys.readouterr()
    lines = [re.split(r"\s{2,}", line) for line in captured.out.splitlines()]
    assert ["Cykelsti til Hyllinge", "status", "paused", "done", "conflict"] in lines
    assert ["Cykelsti til Hyllinge", "end_on", "2028-01-01", "2028-01-01"] not in lines  # the same: not listed
    assert "--take" in captured.err and captured.err.count("\n") == 1
    assert plan_rows(Path(path_b)) == before
    assert main(["plan", "import", str(out), "--take", "theirs", "--dry-run", "--data", path_b]) == 0
    assert "dry run" in capsys.readouterr().out
    assert plan_rows(Path(path_b)) == before
    assert main(["plan", "import", str(out), "--take", "theirs", "--data", path_b]) == 0
    assert "imported" in capsys.readouterr().out
    assert main(["plan", "--json", "--data", path_b]) == 0
    [initiative] = json.loads(capsys.readouterr().out)["draft"]["focus_areas"][0]["initiatives"]
    assert initiative["status"] == "done"
    out.write_text("{", encoding="utf-8")
    assert main(["plan", "import", str(out), "--data", path_b]) == 1
    assert "not JSON" in capsys.readouterr().err


def test_cli_import_lists_what_was_deleted_here_and_leaves_it_deleted(
        two: tuple[AppServices, AppServices], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    b.plan.apply_import(a.plan.export_plan(), {})
    b.plan.delete_initiative(initiative_of(b, "Cykelsti til Hyllinge"))
    out = tmp_path / "plan.json"
    a.plan.write_export(out)
    path_b = str(b.path)
    b.close()
    assert main(["plan", "import", str(out), "--data", path_b]) == 0
    lines = [re.split(r"\s{2,}", line) for line in capsys.readouterr().out.splitlines()]
    assert ["Cykelsti til Hyllinge", "initiative", "removed_here"] in lines  # here and there are empty
    assert main(["plan", "--json", "--data", path_b]) == 0
    assert "Cykelsti til Hyllinge" not in capsys.readouterr().out
