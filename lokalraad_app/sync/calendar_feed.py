"""Fetching a subscribed calendar (an .ics URL) with its ETag, so an unchanged feed is not read again."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

TIMEOUT = 30.0  # seconds; the caller runs this off the GUI thread
MAX_BYTES = 50 * 1024 * 1024
# Some Microsoft feeds refuse clients that do not look like a browser.
USER_AGENT = "Mozilla/5.0 (compatible; Lokalraad calendar mirror)"


class FeedError(Exception):
    """The feed could not be fetched; the message says why, in English, for the user."""


@dataclass(frozen=True)
class FeedResponse:
    changed: bool  # False: the server said 304 Not Modified for the ETag given
    data: bytes
    etag: str


def feed_url(url: str) -> str:
    """webcal:// (what calendar pages link to) is plain HTTPS."""
    url = url.strip()
    if url.lower().startswith("webcal://"):
        return "https://" + url[len("webcal://"):]
    return url


def is_feed_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://", "webcal://"))


def fetch(url: str, etag: str = "") -> FeedResponse:
    request = urllib.request.Request(feed_url(url), headers={
        "User-Agent": USER_AGENT, "Accept": "text/calendar, application/ics;q=0.9, */*;q=0.5"})
    if etag:
        request.add_header("If-None-Match", etag)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            data = response.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise FeedError(f"{url}: the calendar is larger than {MAX_BYTES // (1024 * 1024)} MB")
            return FeedResponse(True, data, response.headers.get("ETag", "") or "")
    except urllib.error.HTTPError as e:
        if e.code == 304:
            return FeedResponse(False, b"", etag)
        raise FeedError(f"{url}: the server answered {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise FeedError(f"{url}: could not be fetched ({reason})") from None
