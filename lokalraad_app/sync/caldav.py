"""CalDAV: our meetings in the municipality's or the council's shared calendar, one object per UID.

Each meeting is the resource `<calendar url>/<uid>.ics`, so every write is idempotent and a retry after a
crash can never make a second copy. A put tries `If-None-Match: *` (new); when the object is there already,
it is read back: the same event counts as done, an older one is replaced naming its ETag (`If-Match`), so
an edit made there in between is never overwritten unseen, and one with a higher SEQUENCE than ours (changed
by someone else since) is left alone for a person to look at. A delete of an object that is not there is
done too.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

import icalendar

from lokalraad_app.sync.webdav import DavClient, DavError, Reply

PROPFIND_ETAGS = (b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/>'
                  b"</d:prop></d:propfind>")
IGNORED = {"DTSTAMP", "LAST-MODIFIED", "CREATED"}  # when it was written, not what it says


@dataclass(frozen=True)
class Stored:
    url: str
    etag: str
    already_there: bool  # the same event was there already (a retry of a put that had succeeded)


def resource_name(uid: str) -> str:
    return f"{uid}.ics"


def _events(ics: bytes) -> list[icalendar.Component]:
    try:
        return list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))
    except ValueError:
        return []


def sequence(ics: bytes) -> int:
    """The highest SEQUENCE of the object's events (0 when none says)."""
    return max((int(ev.get("SEQUENCE", 0)) for ev in _events(ics)), default=0)


def same_event(a: bytes, b: bytes) -> bool:
    """Whether two calendar objects say the same (servers may refold lines or reorder properties)."""
    def canonical(ics: bytes) -> list[list[bytes]]:
        out = []
        for ev in _events(ics):
            lines = sorted(line for line in ev.to_ical().splitlines()
                           if line.split(b":", 1)[0].split(b";", 1)[0].upper().decode() not in IGNORED)
            out.append(lines)
        return sorted(out)

    return bool(canonical(a)) and canonical(a) == canonical(b)


class CalDavClient(DavClient):
    """One calendar collection; `base_url` is the calendar's URL (e.g. https://host/dav/user/lokalraad/)."""

    server = "CalDAV"
    password_hint = "caldav"

    def url_of(self, path: str) -> str:
        return urljoin(self.base_url, quote(path, safe=""))  # a UID is one name, even with a / in it

    def put(self, uid: str, ics: bytes) -> Stored:
        """Creates or replaces the meeting with this UID."""
        name = resource_name(uid)
        url = self.url_of(name)
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        reply = self._request("PUT", url, ics, {**headers, "If-None-Match": "*"})
        for _ in range(3):  # a new object, or else the one there replaced (again if it changed in between)
            if reply.status in (200, 201, 204):
                return Stored(url, reply.headers.get("ETag", ""), already_there=False)
            if reply.status != 412:
                raise self._failure(reply, name)
            there = self.download(name)
            if there is None:  # deleted in between: make it anew
                reply = self._request("PUT", url, ics, {**headers, "If-None-Match": "*"})
                continue
            body, etag = there
            if same_event(body, ics):
                return Stored(url, etag, already_there=True)
            if sequence(body) > sequence(ics):
                raise DavError(f"Mødet {name} er ændret i kalenderen på CalDAV-serveren af en anden (nyere "
                               "SEQUENCE); det blev ikke overskrevet. Se mødet i kalenderen, og send igen, hvis "
                               "din udgave skal gælde.", permanent=True)
            if not etag:
                raise DavError(f"CalDAV-serveren gav ingen ETag for {name}, så det kan ikke erstattes sikkert.",
                               permanent=True)
            reply = self._request("PUT", url, ics, {**headers, "If-Match": etag})
        raise DavError(f"Mødet {name} blev ændret på CalDAV-serveren, mens det blev sendt; der prøves igen "
                       "senere.", permanent=False)

    def delete(self, uid: str) -> bool:
        """Removes the meeting with this UID; False when it was not there (done all the same)."""
        name = resource_name(uid)
        reply = self._request("DELETE", self.url_of(name))
        if reply.status in (200, 202, 204):
            return True
        if reply.status in (404, 410):
            return False
        raise self._failure(reply, name)

    def get(self, uid: str) -> tuple[bytes, str] | None:
        """The object with this UID and its ETag, or None."""
        return self.download(resource_name(uid))

    def objects(self) -> dict[str, str]:
        """Every object in the calendar: resource name ("<uid>.ics") -> ETag."""
        reply = self._request("PROPFIND", self.base_url, PROPFIND_ETAGS,
                              {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
        if reply.status != 207:
            raise self._failure(reply, self.base_url)
        return _etags(reply, self.base_url)


def _etags(reply: Reply, base_url: str) -> dict[str, str]:
    try:
        root = ET.fromstring(reply.body)
    except ET.ParseError:
        raise DavError("CalDAV-serverens svar kunne ikke læses; der prøves igen senere.", permanent=False) from None
    base = urlsplit(base_url).path.rstrip("/")
    found = {}
    for response in root.iter("{DAV:}response"):
        href = unquote(urlsplit(urljoin(base_url, response.findtext("{DAV:}href", ""))).path).rstrip("/")
        if href == unquote(base) or not href.startswith(unquote(base) + "/"):
            continue  # the calendar itself
        found[href.rsplit("/", 1)[-1]] = response.findtext(".//{DAV:}getetag", "")
    return found


__all__ = ["CalDavClient", "Stored", "resource_name", "same_event", "sequence"]
