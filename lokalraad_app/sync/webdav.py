"""WebDAV uploads into the municipality's folder (Nextcloud, SharePoint-style shares): deterministic paths,
never a silent overwrite.

A new file is PUT with `If-None-Match: *`. When something is there already, the same bytes count as done
(a retry after a crash that did upload), other bytes are refused for a person to look at. A replacement
names the ETag it replaces (`If-Match`), so a file changed there since is never overwritten. Missing
folders (the dated subfolders) are made on the way (MKCOL)."""

from __future__ import annotations

import base64
import hashlib
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote, urljoin

from lokalraad_app.sync.smtp import ssl_context

TRANSIENT_STATUS = {408, 429, 500, 502, 503, 504}


class DavError(Exception):
    """The upload did not happen; `permanent`: a person must act (the message says what), else try later."""

    def __init__(self, message: str, *, permanent: bool, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


@dataclass(frozen=True)
class Uploaded:
    url: str
    etag: str  # what a later replacement names in If-Match ("" when the server gives none)
    already_there: bool  # the same bytes were there already (a retry of an upload that had succeeded)


class WebDavClient:
    def __init__(self, base_url: str, username: str = "", password: str = "", *, ca_file: str = "",
                 timeout: float = 30.0) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self._auth = ("Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()) if username else ""
        self._context = ssl_context(ca_file) if base_url.startswith("https:") else None
        self.timeout = timeout

    def url_of(self, path: str) -> str:
        return urljoin(self.base_url, "/".join(quote(part) for part in path.strip("/").split("/")))

    def upload(self, path: str, data: bytes, *, replaces_etag: str = "") -> Uploaded:
        """Puts `data` at `path` (below the base URL, folders separated by /)."""
        url = self.url_of(path)
        self._make_folders(path)
        headers = {"If-Match": replaces_etag} if replaces_etag else {"If-None-Match": "*"}
        status, reply = self._request("PUT", url, data, {**headers, "Content-Type": _content_type(path)})
        if status in (200, 201, 204):
            return Uploaded(url, reply.get("ETag", ""), already_there=False)
        if status == 412:
            if replaces_etag:
                raise DavError(f"{path} er ændret på serveren, siden det blev sendt; det blev ikke overskrevet. "
                               "Se filen på serveren, og send igen, hvis din udgave skal gælde.", permanent=True)
            there = self.download(path)
            if there is not None and hashlib.sha256(there[0]).digest() == hashlib.sha256(data).digest():
                return Uploaded(url, there[1], already_there=True)
            raise DavError(f"Der ligger allerede en anden fil med navnet {path} på serveren; den blev ikke "
                           "overskrevet. Se filen på serveren.", permanent=True)
        raise self._failure(status, reply, path)

    def check(self) -> None:
        """Settings' "Test forbindelse": an authenticated PROPFIND (depth 0) on the base URL, nothing written.
        Returns when the server answers and the login works; else raises DavError saying, in Danish, what to fix
        (wrong password, cannot reach, certificate refused, no such address)."""
        request = self._build("PROPFIND", self.base_url, b"", {"Depth": "0"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=self._context):
                return
        except urllib.error.HTTPError as e:
            status = e.code
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            if isinstance(reason, ssl.SSLCertVerificationError):
                raise DavError(f"Serverens certifikat blev afvist ({reason.verify_message}). Hvis kommunen bruger sit "
                               "eget certifikat, skal profilen pege på dens CA-fil.", permanent=True) from None
            raise DavError(f"Serveren kunne ikke nås ({_reason(e)}). Tjek adressen og netværket, og prøv igen.",
                           permanent=False) from None
        if status in (401, 403):
            raise DavError(f"Serveren afviste brugernavn eller adgangskode ({status}). Ret adgangskoden, og prøv "
                           "igen.", permanent=True)
        if status == 404:
            raise DavError(f"Adressen findes ikke på serveren ({status}). Tjek adressen (URL) i profilen.",
                           permanent=True)
        raise DavError(f"Serveren svarede {status} på adressen. Tjek adressen (URL) i profilen.",
                       permanent=status not in TRANSIENT_STATUS)

    def download(self, path: str) -> tuple[bytes, str] | None:
        """The bytes and ETag at `path`, or None when nothing is there."""
        request = self._build("GET", self.url_of(path), None, {})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=self._context) as response:
                return response.read(), response.headers.get("ETag", "")
        except urllib.error.HTTPError as e:
            if e.code == 404:
                return None
            raise self._failure(e.code, dict(e.headers), path) from None
        except (urllib.error.URLError, OSError) as e:
            raise DavError(f"WebDAV-serveren kunne ikke nås ({_reason(e)}); der prøves igen senere.",
                           permanent=False) from None

    def _make_folders(self, path: str) -> None:
        parts = path.strip("/").split("/")[:-1]
        for n in range(1, len(parts) + 1):
            folder = "/".join(parts[:n]) + "/"
            status, reply = self._request("MKCOL", self.url_of(folder) + "/", None, {})
            if status not in (201, 405):  # made, or there already
                raise self._failure(status, reply, folder)

    def _build(self, method: str, url: str, data: bytes | None, headers: dict[str, str]) -> urllib.request.Request:
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        if self._auth:
            request.add_header("Authorization", self._auth)
        return request

    def _request(self, method: str, url: str, data: bytes | None,
                 headers: dict[str, str]) -> tuple[int, dict[str, str]]:
        try:
            with urllib.request.urlopen(self._build(method, url, data, headers), timeout=self.timeout,
                                        context=self._context) as response:
                return response.status, dict(response.headers)
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers)
        except (urllib.error.URLError, OSError) as e:
            raise DavError(f"WebDAV-serveren kunne ikke nås ({_reason(e)}); der prøves igen senere.",
                           permanent=False) from None

    @staticmethod
    def _failure(status: int, reply: dict[str, str], path: str) -> DavError:
        if status in (401, 403):
            return DavError(f"WebDAV-serveren afviste brugernavn eller adgangskode ({status}). Ret adgangskoden "
                            "under Indstillinger ▸ Afsendelse, og prøv igen.", permanent=True)
        if status in TRANSIENT_STATUS:
            retry = reply.get("Retry-After", "")
            return DavError(f"WebDAV-serveren svarede {status}; der prøves igen senere.", permanent=False,
                            retry_after=float(retry) if retry.isdigit() else None)
        return DavError(f"WebDAV-serveren afviste {path} ({status}).", permanent=True)


def _reason(error: BaseException) -> str:
    return str(getattr(error, "reason", "") or error)


def _content_type(path: str) -> str:
    return {"pdf": "application/pdf", "ics": "text/calendar; charset=utf-8", "json": "application/json",
            "csv": "text/csv; charset=utf-8"}.get(path.rsplit(".", 1)[-1].lower(), "application/octet-stream")


__all__ = ["DavError", "Uploaded", "WebDavClient"]
