"""`lokalraad plan [--json]`, `lokalraad plan adopt --meeting UID` and `lokalraad pdf plan [--version N]` on a
real file; the PDFs read back with pypdf and drawn with poppler's pdftoppm."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from lokalraad_app.cli import main
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.plan import InitiativeInput
from tests.test_documents import text_of
from tests.test_plan_service import a_plan, meeting


@pytest.fixture
def planned(services: AppServices) -> tuple[AppServices, str]:
    """A plan with one initiative and a meeting to adopt it at: (services, meeting uid)."""
    a_plan(services)
    mid = meeting(services, 3)
    return services, services.meeting.detail(mid).meeting.uid


def test_plan_json_and_adopt(planned: tuple[AppServices, str], capsys: pytest.CaptureFixture[str]) -> None:
    services, uid = planned
    path = str(services.path)
    services.close()
    assert main(["plan", "adopt", "--meeting", uid, "--data", path]) == 0
    assert "adopted version 1" in capsys.readouterr().out
    assert main(["plan", "--json", "--data", path]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["draft"]["number"] == 2
    [version] = data["versions"]
    assert (version["number"], version["adopted_on"], version["meeting"]) == (1, "2026-03-03", uid)
    [area] = version["focus_areas"]
    [initiative] = area["initiatives"]
    assert {k: initiative[k] for k in ("title", "status", "progress", "focus_area")} == {
        "title": "Cykelsti til Hyllinge", "status": "active", "progress": 40, "focus_area": area["uid"]}
    assert len(initiative["uid"]) == 36
    assert main(["plan", "--data", path]) == 0
    assert "Cykelsti til Hyllinge" in capsys.readouterr().out


def test_adopt_without_or_with_an_unknown_meeting_is_refused(planned: tuple[AppServices, str],
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    services, _ = planned
    path = str(services.path)
    services.close()
    assert main(["plan", "adopt", "--data", path]) != 0
    assert "--meeting" in capsys.readouterr().err
    assert main(["plan", "adopt", "--meeting", "nope", "--data", path]) != 0
    assert "No meeting has the UID nope" in capsys.readouterr().err
    assert main(["plan", "--json", "--data", path]) == 0
    assert json.loads(capsys.readouterr().out)["versions"] == []


def test_pdf_of_a_version_prints_it_as_adopted_and_the_draft_as_it_is(planned: tuple[AppServices, str],
                                                                      tmp_path: Path) -> None:
    services, uid = planned
    initiative = services.plan.draft().initiatives[services.plan.draft().areas[0].id][0].id  # type: ignore[union-attr]
    services.plan.adopt_at(uid)
    services.plan.update_initiative(initiative, InitiativeInput("Cykelsti til Lyndby", progress_percent=90,
                                                                status="active", budget_ore=123_450))
    path = str(services.path)
    services.close()
    v1, draft = tmp_path / "v1.pdf", tmp_path / "kladde.pdf"
    assert main(["pdf", "plan", "--version", "1", "--data", path, "--out", str(v1)]) == 0
    assert main(["pdf", "plan", "--data", path, "--out", str(draft)]) == 0
    old = " ".join(" ".join(text_of(v1.read_bytes())[1]).split())
    new = " ".join(" ".join(text_of(draft.read_bytes())[1]).split())
    assert "Version 1 · Vedtaget tirsdag 3. marts 2026 på Bestyrelsesmøde 3. marts" in old
    assert "Cykelsti til Hyllinge" in old and "40 %" in old and "250.000 kr." in old and "Planperiode 2026–2030" in old
    assert "Fremdrift pr. indsatsområde" in old
    assert "Kladde til version 2" in new and "Cykelsti til Lyndby" in new and "90 %" in new and "1.234,50 kr." in new
    assert main(["pdf", "plan", "--version", "7", "--data", path, "--out", str(tmp_path / "x.pdf")]) != 0
    # Drawn: the chart's green bars are on the first page.
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", "-singlefile", str(v1),
                    str(tmp_path / "page")], check=True)
    image = Image.open(tmp_path / "page.png").convert("RGB")
    green = sum(n for n, (r, g, b) in image.getcolors(1 << 20) or [] if g > 100 and r < 80 and b < 80)
    assert green > 50
