"""Our CalDAV client against a real Radicale (htpasswd login, a password with æøå) on 127.0.0.1: one object
per UID whatever is retried, updates replace it, a newer edit there is never overwritten, deletes are done
even when nothing is there. What the server holds is read by an independent client (urllib + icalendar)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lokalraad_app.sync.caldav import CalDavClient, same_event
from lokalraad_app.sync.webdav import DavError
from tests.helpers.dav_servers import RadicaleServer, request
from tests.helpers.dav_servers import calendar_object as ics


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    with RadicaleServer(tmp_path / "radicale") as server:
        yield server


def client(server: RadicaleServer, password: str | None = None) -> CalDavClient:
    return CalDavClient(server.calendar_url, server.user, server.password if password is None else password,
                        timeout=10)


def test_a_meeting_is_put_once_and_a_retry_counts_as_done(radicale: RadicaleServer) -> None:
    first = client(radicale).put("møde-1@lokalraad", ics("møde-1@lokalraad"))
    assert not first.already_there and first.etag
    again = client(radicale).put("møde-1@lokalraad", ics("møde-1@lokalraad"))  # a retry after a crash
    assert again.already_there
    held = radicale.held()
    assert list(held) == ["møde-1@lokalraad"]
    assert str(held["møde-1@lokalraad"]["LOCATION"]) == "Forsamlingshuset"
    assert radicale.gate.count("PUT") == 1 and len(radicale.files()) == 1  # the retry wrote nothing
    assert list(client(radicale).objects()) == ["møde-1@lokalraad.ics"]
    body, etag = client(radicale).get("møde-1@lokalraad") or (b"", "")
    assert same_event(body, ics("møde-1@lokalraad")) and etag == first.etag


def test_a_changed_meeting_replaces_the_one_there(radicale: RadicaleServer) -> None:
    client(radicale).put("m2", ics("m2"))
    moved = client(radicale).put("m2", ics("m2", 1, "Præstegården", stamp=datetime(2027, 1, 11, tzinfo=UTC)))
    assert not moved.already_there
    held = radicale.held()
    assert list(held) == ["m2"]
    assert (int(held["m2"]["SEQUENCE"]), str(held["m2"]["LOCATION"])) == (1, "Præstegården")
    # only a new time stamp: the same meeting, nothing written
    assert client(radicale).put("m2", ics("m2", 1, "Præstegården", stamp=datetime(2027, 2, 1, tzinfo=UTC))).already_there
    assert radicale.gate.count("PUT") == 2


def test_a_newer_edit_on_the_server_is_never_overwritten(radicale: RadicaleServer) -> None:
    client(radicale).put("m3", ics("m3"))
    assert request(radicale, "PUT", radicale.calendar_url + "m3.ics", ics("m3", 4, "Skolen"),
                   {"Content-Type": "text/calendar"})[0] in (201, 204)  # someone else moved it
    with pytest.raises(DavError) as refused:
        client(radicale).put("m3", ics("m3", 1, "Præstegården"))
    assert refused.value.permanent and "ikke overskrevet" in str(refused.value)
    assert str(radicale.held()["m3"]["LOCATION"]) == "Skolen"


def test_delete_removes_it_and_a_second_delete_is_done_too(radicale: RadicaleServer) -> None:
    client(radicale).put("m4", ics("m4"))
    client(radicale).put("040000008200E00074C5B7101A82E008/Exchange", ics("040000008200E00074C5B7101A82E008/Exchange"))
    assert client(radicale).delete("040000008200E00074C5B7101A82E008/Exchange") is True
    client(radicale).put("m5", ics("m5"))
    assert client(radicale).delete("m4") is True
    assert client(radicale).delete("m4") is False  # a retry after a crash: nothing there, done
    assert list(radicale.held()) == ["m5"]


def test_a_wrong_password_needs_a_person_and_nothing_is_written(radicale: RadicaleServer) -> None:
    with pytest.raises(DavError) as refused:
        client(radicale, password="Blåbær-forkert").put("m6", ics("m6"))
    assert refused.value.permanent and "lokalraad password set caldav" in str(refused.value)
    assert radicale.held() == {}
