"""Real DAV servers on 127.0.0.1 for the tests: any WSGI app under cheroot (plain or TLS with a trustme
certificate), Radicale (CalDAV) with an htpasswd login, a middleware that makes the first requests fail
and counts what reached the server, and an independent reader of what a CalDAV calendar holds."""

from __future__ import annotations

import base64
import ssl
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

import icalendar
import radicale
import radicale.config
import trustme
from cheroot import wsgi
from cheroot.ssl.builtin import BuiltinSSLAdapter

from tests.helpers.smtp_server import DANISH_PASSWORD  # one password with æøå for every test server

START = datetime(2027, 3, 30, 17, tzinfo=UTC)
Wsgi = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def calendar_object(uid: str, sequence: int = 0, place: str = "Forsamlingshuset",
                    stamp: datetime | None = None) -> bytes:
    """A meeting as a CalDAV calendar object (no METHOD), made with icalendar directly."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Lokalråd test//DA")
    cal.add("version", "2.0")
    ev = icalendar.Event()
    ev.add("uid", uid)
    ev.add("dtstamp", stamp or datetime(2027, 1, 10, 12, tzinfo=UTC))
    ev.add("sequence", sequence)
    ev.add("summary", "Bestyrelsesmøde i Kirke Såby")
    ev.add("location", place)
    ev.add("dtstart", START)
    ev.add("dtend", START + timedelta(hours=2))
    cal.add_component(ev)
    return bytes(cal.to_ical())


class FailFirst:
    """WSGI middleware: answers the first `n` requests with `status` (and `headers`) itself; the rest go to
    the real server behind. `seen` lists every request (method, path); `passed` those the server got."""

    def __init__(self, app: Wsgi, n: int = 0, status: str = "503 Service Unavailable",
                 headers: tuple[tuple[str, str], ...] = ()) -> None:
        self.app, self.n, self.status, self.headers = app, n, status, headers
        self.seen: list[tuple[str, str]] = []
        # A request of this method waits until `release` (so a client can be killed meanwhile), and then is
        # dropped (stall_before: the server never gets it) or answered (stall_after: the server did its work
        # before the wait); `stalled` is set once one waits.
        self.stall_before = self.stall_after = ""
        self.stalled, self.release = threading.Event(), threading.Event()
        self.passed: list[tuple[str, str, int]] = []  # and the server's status
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = (environ["REQUEST_METHOD"], environ.get("PATH_INFO", ""))
        with self._lock:
            self.seen.append(request)
            fail = self.n > 0
            self.n -= fail
        if fail:
            environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            start_response(self.status, [("Content-Length", "0"), *self.headers])
            return [b""]
        def answer(status: str, headers: list[tuple[str, str]], *rest: Any) -> Any:
            self.passed.append((*request, int(status.split()[0])))
            return start_response(status, headers, *rest)

        if request[0] == self.stall_before:  # the server never gets this one
            self._hold()
            start_response("503 Service Unavailable", [("Content-Length", "0")])
            return [b""]
        result = self.app(environ, answer)
        if request[0] == self.stall_after:
            result = list(result)  # the server has done it; its answer waits
            self._hold()
        return result

    def _hold(self) -> None:
        self.stalled.set()
        self.release.wait(60)

    def count(self, method: str) -> int:
        """How many `method` requests the server behind carried out (answered 2xx)."""
        return sum(1 for m, _, status in self.passed if m == method and 200 <= status < 300)


class WsgiServer:
    """`app` under cheroot on 127.0.0.1 (`port`, or a free one), behind a FailFirst (`.gate`); TLS with a
    certificate from `ca` when given (`.opener` is then a client of the test's own that trusts it)."""

    def __init__(self, app: Wsgi, ca: trustme.CA | None = None, folder: Path | None = None, port: int = 0) -> None:
        self.gate = FailFirst(app)
        self._server = wsgi.Server(("127.0.0.1", port), self.gate)
        self.scheme = "http"
        self.opener = urllib.request.build_opener()
        if ca is not None:
            assert folder is not None, "a TLS server needs a folder for its key"
            pem = folder / "server.pem"
            ca.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(pem))
            self._server.ssl_adapter = BuiltinSSLAdapter(str(pem), str(pem))
            self.scheme = "https"
            trusting = ssl.create_default_context()
            ca.configure_trust(trusting)
            self.opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=trusting))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self._server.bind_addr[1]}/"

    def __enter__(self) -> WsgiServer:
        self._server.prepare()
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._server.stop()
        if self._thread is not None:
            self._thread.join(5)


class RadicaleServer(WsgiServer):
    """Radicale with one user (htpasswd, a password with æøå) and one calendar, `calendar_url`."""

    def __init__(self, folder: Path, user: str = "sekretaer", password: str = DANISH_PASSWORD,
                 ca: trustme.CA | None = None, port: int = 0) -> None:
        self.folder, self.user, self.password = folder, user, password
        folder.mkdir(parents=True, exist_ok=True)
        users = folder / "users"
        users.write_text(f"{user}:{password}\n", encoding="utf-8")
        config = radicale.config.load([])  # no system or user config leaks in
        config.update({"auth": {"type": "htpasswd", "htpasswd_filename": str(users),
                                "htpasswd_encryption": "plain", "delay": "0"},
                       "rights": {"type": "owner_only"},
                       "storage": {"filesystem_folder": str(folder / "storage")},
                       "logging": {"level": "warning"}}, "test", privileged=True)
        app = radicale.Application(config)

        def utf8_paths(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            # cheroot hands PATH_INFO over as latin-1 (PEP 3333); Radicale's own server decodes it as UTF-8
            environ["PATH_INFO"] = environ["PATH_INFO"].encode("latin-1").decode("utf-8")
            return app(environ, start_response)

        super().__init__(utf8_paths, ca, folder, port)

    @property
    def calendar_url(self) -> str:
        return f"{self.url}{self.user}/lokalraad/"

    def __enter__(self) -> RadicaleServer:
        super().__enter__()
        assert request(self, "MKCOL", f"{self.url}{self.user}/")[0] in (201, 405)
        assert request(self, "MKCALENDAR", self.calendar_url)[0] in (201, 405)  # made, or kept from before
        return self

    def held(self) -> dict[str, icalendar.Component]:
        """What the calendar holds, read by a client of its own (not ours): UID -> its VEVENT."""
        return held(self)

    def files(self) -> list[Path]:
        """The calendar's objects as Radicale keeps them on disk."""
        return sorted(p for p in (self.folder / "storage" / "collection-root" / self.user / "lokalraad").glob("*")
                      if not p.name.startswith("."))


def request(server: RadicaleServer, method: str, url: str, body: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    login = base64.b64encode(f"{server.user}:{server.password}".encode()).decode()
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"Authorization": f"Basic {login}", **(headers or {})})
    try:
        with server.opener.open(req, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def held(server: RadicaleServer) -> dict[str, icalendar.Component]:
    status, body = request(server, "PROPFIND", server.calendar_url, b'<?xml version="1.0"?><propfind '
                           b'xmlns="DAV:"><prop><getetag/></prop></propfind>', {"Depth": "1"})
    assert status == 207, body
    found: dict[str, icalendar.Component] = {}
    for href in ET.fromstring(body).iter("{DAV:}href"):
        if not href.text or not href.text.endswith(".ics"):
            continue
        status, data = request(server, "GET", server.url.rstrip("/") + href.text)
        assert status == 200
        [event] = icalendar.Calendar.from_ical(data).walk("VEVENT")  # one meeting, one object
        assert str(event["UID"]) not in found, "two objects with one UID"
        found[str(event["UID"])] = event
    return found
