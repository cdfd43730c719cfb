"""The demo council as a fixture: written once per session, copied for each test (publishing and export)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from lokalraad_app.demo_data import write_demo
from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.services.meeting_records import meeting_id_for_uid

PROFILE = {"municipality": "Lejre Kommune", "contact_email": "lokalraad@lejre.dk",
           "smtp": {"host": "127.0.0.1", "port": 2525, "security": "none", "from": "sekretaer@lokalraad.dk"},
           "webdav": {"url": "https://dav.lejre.dk/lokalraad/", "username": "kirke-hyllinge"}}


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path)
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo(demo_file: Path) -> Iterator[AppServices]:
    services = open_services(demo_file, backup=False)
    yield services
    services.close()


def use_profile(services: AppServices, folder: Path, **changes: object) -> None:
    """The municipality's profile; a key given as None is left out."""
    profile = {k: v for k, v in {**PROFILE, **changes}.items() if v is not None}
    services.profiles.import_text(json.dumps(profile), folder)


def meeting(services: AppServices, *, kind: str = "board", status: str = "minutes_approved",
            last: bool = False) -> int:
    """The id of the first (or last) demo meeting of that kind and shown status."""
    rows = [m for m in services.meetings.meetings() if m.kind == kind and m.status == status]
    uid = rows[-1 if last else 0].uid
    with services.outbox.store.read() as s:
        return meeting_id_for_uid(s, uid)
