"""Uploads to a real WebDAV server (wsgidav on 127.0.0.1): made folders, exactly one file, never a silent
overwrite, a retry of a finished upload counts as done, and each fault says whether to try again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from lokalraad_app.sync.webdav import DavError, WebDavClient, retry_after
from tests.helpers.smtp_server import free_port
from tests.helpers.webdav_server import WebDavServer

PDF = b"%PDF-1.4 referat\n" + bytes(range(256)) * 40


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[WebDavServer]:
    share = tmp_path / "kommunen"
    share.mkdir()
    with WebDavServer(share) as server:
        yield server


def client(dav: WebDavServer, password: str | None = None) -> WebDavClient:
    return WebDavClient(dav.url, dav.user, dav.password if password is None else password, timeout=10)


def test_a_new_file_lands_in_its_dated_folder_once(dav: WebDavServer) -> None:
    done = client(dav).upload("Kirke Såby/2026-03-04/Referat bestyrelsesmøde.pdf", PDF)
    assert not done.already_there and done.etag
    assert (dav.folder / "Kirke Såby" / "2026-03-04" / "Referat bestyrelsesmøde.pdf").read_bytes() == PDF
    again = client(dav).upload("Kirke Såby/2026-03-04/Referat bestyrelsesmøde.pdf", PDF)  # a retry after a crash
    assert again.already_there
    assert [p.name for p in (dav.folder / "Kirke Såby" / "2026-03-04").iterdir()] == ["Referat bestyrelsesmøde.pdf"]


def test_another_file_by_the_same_name_is_never_overwritten(dav: WebDavServer) -> None:
    (dav.folder / "referat.pdf").write_bytes(b"%PDF-1.4 kommunens egen udgave")
    with pytest.raises(DavError) as refused:
        client(dav).upload("referat.pdf", PDF)
    assert refused.value.permanent and "allerede en anden fil" in str(refused.value)
    assert (dav.folder / "referat.pdf").read_bytes() == b"%PDF-1.4 kommunens egen udgave"


def test_a_replacement_names_what_it_replaces_and_a_changed_file_is_kept(dav: WebDavServer) -> None:
    first = client(dav).upload("kalender.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    second = client(dav).upload("kalender.ics", b"BEGIN:VCALENDAR\r\nX-V:2\r\nEND:VCALENDAR\r\n",
                                replaces_etag=first.etag)
    assert (dav.folder / "kalender.ics").read_bytes().count(b"X-V:2") == 1
    (dav.folder / "kalender.ics").write_bytes(b"changed there")  # someone edits it on the server
    with pytest.raises(DavError) as refused:
        client(dav).upload("kalender.ics", b"BEGIN:VCALENDAR\r\nX-V:3\r\nEND:VCALENDAR\r\n",
                           replaces_etag=second.etag)
    assert refused.value.permanent and "ændret på serveren" in str(refused.value)
    assert (dav.folder / "kalender.ics").read_bytes() == b"changed there"


def test_a_wrong_password_needs_a_person_and_nothing_is_written(dav: WebDavServer) -> None:
    with pytest.raises(DavError) as refused:
        client(dav, password="forkert").upload("2026/referat.pdf", PDF)
    assert refused.value.permanent and "adgangskode" in str(refused.value)
    assert not (dav.folder / "2026").exists()


def test_a_server_that_is_not_there_is_tried_again_later() -> None:
    unreachable = WebDavClient(f"http://127.0.0.1:{free_port()}/", "lokalraad", "x", timeout=3)
    with pytest.raises(DavError) as failed:
        unreachable.upload("referat.pdf", PDF)
    assert not failed.value.permanent


def test_retry_after_is_read_as_seconds_or_as_a_date() -> None:
    assert retry_after({"Retry-After": "120"}) == 120.0
    in_an_hour = format_datetime(datetime.now(UTC) + timedelta(hours=1), usegmt=True)
    assert 3500 < (retry_after({"Retry-After": in_an_hour}) or 0) <= 3600
    assert retry_after({"Retry-After": "snart"}) is None and retry_after({}) is None
