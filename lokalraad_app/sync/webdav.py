"""WebDAV uploads into the municipality's folder (Nextcloud, SharePoint-style shares): deterministic paths,
never a silent overwrite. `DavClient` is the HTTP part CalDAV (sync/caldav.py) shares.

A new file is PUT with `If-None-Match: *`. When something is there already, the same bytes count as done
(a retry after a crash that did upload), other bytes are refused for a person to look at. A replacement
names the ETag it replaces (`If-Match`), so a file changed there since is never overwritten. Missing
folders (the dated subfolders) are made on the way (MKCOL)."""

from __future__ import annotations

import base64
import hashlib
import http.client
import ssl
import urllib.error
import urllib.request
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import quote, urljoin, urlsplit

from lokalraad_app.sync.smtp import TIMEOUT_SECONDS, SendError, ssl_context

TRANSIENT_STATUS = {408, 429, 500, 502, 503, 504}


@dataclass
class DavError(SendError):
    """The request did not do its work; `permanent`: a person must act (the message says what), else try later
    (not before `retry_after` seconds when the server said so). `connection`: the whole server failed (not
    reachable, login or certificate refused, overloaded), so the other rows for it share the outcome."""

    retry_after: float | None = None


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Uploaded:
    url: str
    etag: str  # what a later replacement names in If-Match ("" when the server gives none)
    already_there: bool  # the same bytes were there already (a retry of an upload that had succeeded)


class DavClient:
    """HTTP(S) to one WebDAV/CalDAV collection: a UTF-8 Basic login (æ, ø, å work), certificates checked
    against the system's trust store plus the profile's CA, and every failure as a DavError."""

    server = "WebDAV"  # in the messages: "WebDAV-serveren", "CalDAV-serveren"
    password_hint = "webdav"  # lokalraad password set …

    def __init__(self, base_url: str, username: str = "", password: str = "", *, ca_file: str = "",
                 timeout: float = TIMEOUT_SECONDS) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self._auth = ("Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()) if username else ""
        self.host = urlsplit(base_url).hostname or base_url
        try:
            self._context = ssl_context(ca_file) if base_url.lower().startswith("https:") else None
        except SendError as e:
            raise DavError(e.message, permanent=True, connection=True) from None
        self.timeout = timeout

    def url_of(self, path: str) -> str:
        return urljoin(self.base_url, "/".join(quote(part) for part in path.strip("/").split("/")))

    def download(self, path: str) -> tuple[bytes, str] | None:
        """The bytes and ETag at `path`, or None when nothing is there."""
        reply = self._request("GET", self.url_of(path))
        if reply.status == 404:
            return None
        if reply.status != 200:
            raise self._failure(reply, path)
        return reply.body, reply.headers.get("ETag", "")

    def check(self) -> None:
        """Settings' "Test forbindelse": an authenticated PROPFIND (depth 0) on the base URL, nothing written.
        Returns when the server answers and the login works; else raises DavError saying, in Danish, what to fix
        (wrong password, cannot reach, certificate refused, no such address)."""
        reply = self._request("PROPFIND", self.base_url, b"", {"Depth": "0"})
        if reply.status < 300:
            return
        if reply.status == 404:
            raise DavError(f"Adressen findes ikke på {self.server}-serveren (404). Tjek adressen (URL) i profilen.",
                           permanent=True)
        raise self._failure(reply, self.base_url)

    def _request(self, method: str, url: str, data: bytes | None = None,
                 headers: dict[str, str] | None = None) -> Reply:
        """The server's answer, whatever its status; DavError only when there is none."""
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        if self._auth:
            request.add_header("Authorization", self._auth)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=self._context) as response:
                return Reply(response.status, dict(response.headers), response.read())
        except urllib.error.HTTPError as e:
            return Reply(e.code, dict(e.headers), e.read() if e.fp else b"")
        except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
            raise self._unreachable(e) from None

    def _unreachable(self, error: BaseException) -> DavError:
        reason = getattr(error, "reason", None) if isinstance(error, urllib.error.URLError) else error
        name = f"{self.server}-serveren ({self.host})"
        if isinstance(reason, ssl.SSLCertVerificationError):
            return DavError(f"{name}s certifikat kunne ikke godkendes: {reason.verify_message}. Hvis kommunen "
                            "bruger sit eget certifikat, skal profilen pege på dens CA-fil (ca_file). Intet blev "
                            "sendt.", permanent=True, connection=True)
        if isinstance(reason, ssl.SSLError):
            return DavError(f"Den sikre forbindelse til {name} mislykkedes ({reason.reason or reason}). Tjek "
                            "adressen (https://) i profilen.", permanent=True, connection=True)
        if isinstance(reason, TimeoutError):
            return DavError(f"{name} svarede ikke i tide; der prøves igen senere.", permanent=False, connection=True)
        return DavError(f"{name} kunne ikke nås ({reason}); der prøves igen senere.", permanent=False,
                        connection=True)

    def _failure(self, reply: Reply, path: str) -> DavError:
        if reply.status in (401, 403):
            return DavError(f"{self.server}-serveren afviste brugernavn eller adgangskode ({reply.status}). Ret "
                            f"adgangskoden (lokalraad password set {self.password_hint}, eller under Indstillinger "
                            "▸ Afsendelse), og prøv igen.", permanent=True, connection=True)
        if reply.status in TRANSIENT_STATUS:
            return DavError(f"{self.server}-serveren svarede {reply.status}; der prøves igen senere.",
                            permanent=False, connection=True, retry_after=retry_after(reply.headers))
        return DavError(f"{self.server}-serveren afviste {path} ({reply.status}). Se efter på serveren, ret "
                        "det, og send igen.", permanent=True)


def retry_after(headers: dict[str, str]) -> float | None:
    """Retry-After in seconds: a number of seconds or an HTTP date (RFC 9110)."""
    value = headers.get("Retry-After", "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds()) if when.tzinfo else None


class WebDavClient(DavClient):
    def upload(self, path: str, data: bytes, *, replaces_etag: str = "", content_type: str = "",
               ours: Collection[str] = ()) -> Uploaded:
        """Puts `data` at `path` (below the base URL, folders separated by /). `ours`: SHA-256 (hex) of earlier
        versions we uploaded to this path; one of them found there is replaced (naming its ETag), any other
        file is kept."""
        url = self.url_of(path)
        self._make_folders(path)
        headers = {"If-None-Match": "*"} if not replaces_etag else {"If-Match": replaces_etag}
        reply = self._request("PUT", url, data, {**headers, "Content-Type": content_type or _content_type(path)})
        if reply.status in (200, 201, 204):
            return Uploaded(url, reply.headers.get("ETag", ""), already_there=False)
        if reply.status == 412:
            if replaces_etag:
                raise DavError(f"{path} er ændret på serveren, siden det blev sendt; det blev ikke overskrevet. "
                               "Se filen på serveren, og send igen, hvis din udgave skal gælde.", permanent=True)
            there = self.download(path)
            if there is not None and there[0] == data:
                return Uploaded(url, there[1], already_there=True)
            if there is not None and there[1] and hashlib.sha256(there[0]).hexdigest() in ours:
                return self.upload(path, data, replaces_etag=there[1], content_type=content_type)
            raise DavError(f"Der ligger allerede en anden fil med navnet {path} på serveren; den blev ikke "
                           "overskrevet. Se filen på serveren.", permanent=True)
        raise self._failure(reply, path)

    def _make_folders(self, path: str) -> None:
        parts = path.strip("/").split("/")[:-1]
        for n in range(1, len(parts) + 1):
            folder = "/".join(parts[:n]) + "/"
            reply = self._request("MKCOL", self.url_of(folder) + "/")
            if reply.status not in (201, 405):  # made, or there already
                raise self._failure(reply, folder)


def _content_type(path: str) -> str:
    return {"pdf": "application/pdf", "ics": "text/calendar; charset=utf-8", "json": "application/json",
            "csv": "text/csv; charset=utf-8"}.get(path.rsplit(".", 1)[-1].lower(), "application/octet-stream")


__all__ = ["DavClient", "DavError", "Reply", "Uploaded", "WebDavClient", "retry_after"]
