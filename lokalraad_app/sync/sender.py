"""The outbox's sender: claims the rows that are due, sends them (mail, WebDAV files, CalDAV meetings),
records each outcome in its row.

A claimed row is "sending" with a lease: if the process dies mid-send, the row is claimed again once
the lease has run out. Each outcome is committed as soon as it is known, so a crash loses at most the
knowledge of the message in flight (SMTP cannot tell whether the server kept it; see README).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import queue
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, update
from sqlmodel import col, select

from lokalraad_app.domain.enums import OutboxStatus
from lokalraad_app.domain.models import OutboxMessage, utc_now
from lokalraad_app.domain.profile import DavProfile, Profile
from lokalraad_app.store.engine import Store
from lokalraad_app.sync.caldav import CalDavClient
from lokalraad_app.sync.credentials import CredentialError
from lokalraad_app.sync.smtp import TIMEOUT_SECONDS, SendError, SmtpConnection
from lokalraad_app.sync.webdav import DavClient, DavError, WebDavClient

LEASE = timedelta(minutes=10)
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=6)
MAX_ATTEMPTS = 20  # transient failures in a row before a person is asked to look (days of backoff)
CHUNK = 200  # rows claimed at a time: well inside one lease even on a slow line
RETRY_AFTER_CAP = timedelta(days=1)  # a server's Retry-After is honoured, up to this
SENDERS = ("email", "webdav", "caldav")  # the kinds this sender can send
CORRUPT = "Beskeden i udbakken er ødelagt og kan ikke sendes. Annullér den, og send den forfra."

PasswordLookup = Callable[[str], str | None]  # server ("smtp") -> the password, or None
# (rows done, rows due, the row whose outcome was just committed; None for the first call, before any)
Progress = Callable[[int, int, int | None], None]


@dataclass
class Outcome:
    """One row's outcome in this run."""

    id: int
    status: str
    last_error: str = ""


def backoff(attempts: int, rng: random.Random | None = None) -> timedelta:
    """Exponential backoff with jitter: about 1, 2, 4 … minutes (up to 6 hours), randomly 50–100 % of that,
    so many rows failed together do not all return at the same second."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * (1 << min(30, max(0, attempts - 1))))
    draw: float = (rng or random.Random()).random()
    return ceiling * (0.5 + 0.5 * draw)


def _due(now: datetime) -> ColumnElement[bool]:
    return or_(col(OutboxMessage.status) == OutboxStatus.PENDING,
               and_(col(OutboxMessage.status) == OutboxStatus.FAILED, col(OutboxMessage.next_attempt_at) <= now),
               and_(col(OutboxMessage.status) == OutboxStatus.SENDING, col(OutboxMessage.lease_until) <= now))


def count_due(store: Store, now: datetime, kinds: tuple[str, ...] = SENDERS) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(OutboxMessage)
                          .where(_due(now), col(OutboxMessage.kind).in_(kinds))).one())


def claim_due(store: Store, now: datetime, kinds: tuple[str, ...] = SENDERS, lease: timedelta = LEASE,
              limit: int | None = None) -> list[OutboxMessage]:
    """Marks the due rows "sending" until now + lease and returns them, oldest first.

    Due: pending; failed whose next attempt has come; sending whose lease has run out (a killed sender).
    """
    with store.session() as s:
        query = select(OutboxMessage).where(_due(now), col(OutboxMessage.kind).in_(kinds)).order_by(col(OutboxMessage.id))
        rows = list(s.exec(query.limit(limit) if limit else query))
        for row in rows:
            row.status = OutboxStatus.SENDING
            row.lease_until = now + lease
        return rows


class Recorder:
    """Commits outcomes in a helper thread while the next mail is on the wire.

    Each outcome is committed (synchronous=FULL) right after its mail; outcomes that arrive while a commit
    is under way go into the next commit together (group commit), so the disk's flush does not double
    the sending time. A killed process loses at most the few outcomes not yet committed: those rows are
    sent again after their lease, like a mail whose reply was lost.
    """

    def __init__(self, store: Store, recorded: Callable[[int], None] | None = None) -> None:
        self.store = store
        self._recorded = recorded  # told each row id once its outcome is committed
        self._queue: queue.SimpleQueue[tuple[int, dict[str, object]] | None] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="outbox-recorder", daemon=True)
        self._thread.start()

    def put(self, row_id: int, values: dict[str, object]) -> None:
        self._queue.put((row_id, values))

    def _run(self) -> None:
        done = False
        while not done:
            batch = [self._queue.get()]
            while not self._queue.empty():
                batch.append(self._queue.get())
            done = batch[-1] is None
            items = [item for item in batch if item is not None]
            if not items or self._error is not None:
                continue
            try:
                with self.store.session() as s:
                    for row_id, values in items:  # only if the row is still ours ("sending")
                        s.execute(update(OutboxMessage).where(col(OutboxMessage.id) == row_id)
                                  .where(col(OutboxMessage.status) == OutboxStatus.SENDING).values(**values))
            except BaseException as e:  # handed to the sending thread by close()
                self._error = e
                continue
            for row_id, _ in items:
                if self._recorded is not None:
                    try:
                        self._recorded(row_id)
                    except Exception:  # progress is a courtesy (a closed window): the recording goes on
                        self._recorded = None

    def close(self) -> None:
        """Waits until every outcome is committed; raises what the commit raised (a full disk)."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


def mark_sent(record: Recorder, row: OutboxMessage, now: datetime) -> Outcome:
    assert row.id is not None
    record.put(row.id, {"status": OutboxStatus.SENT, "attempts": row.attempts + 1, "sent_at": now,
                        "lease_until": None, "next_attempt_at": None, "last_error": ""})
    return Outcome(row.id, OutboxStatus.SENT)


def mark_failed(record: Recorder, row: OutboxMessage, error: SendError, now: datetime,
                rng: random.Random | None = None) -> Outcome:
    assert row.id is not None
    attempts = row.attempts + 1
    if error.permanent or attempts >= MAX_ATTEMPTS:
        message = error.message if error.permanent else f"{error.message} Opgivet efter {attempts} forsøg: send igen."
        values: dict[str, object] = {"status": OutboxStatus.NEEDS_ATTENTION, "next_attempt_at": None}
    else:
        message = error.message
        wait = backoff(attempts, rng)
        if (asked := getattr(error, "retry_after", None)) is not None:  # the server said when: not before that
            wait = max(wait, min(RETRY_AFTER_CAP, timedelta(seconds=asked)))
        values = {"status": OutboxStatus.FAILED, "next_attempt_at": now + wait}
    values.update(attempts=attempts, lease_until=None, last_error=message)
    record.put(row.id, values)
    return Outcome(row.id, str(values["status"]), message)


def _mail(row: OutboxMessage, profile_from: str) -> tuple[str, bytes]:
    """(envelope sender, message) of a mail row; a row that cannot be sent as it is waits for a person."""
    try:
        payload = json.loads(row.payload)
        message = payload["message"].encode("utf-8")
    except (ValueError, KeyError, TypeError, AttributeError):
        raise SendError(CORRUPT, permanent=True) from None
    mail_from = profile_from or str(payload.get("from", ""))
    if not mail_from:
        raise SendError("Der er ingen afsenderadresse: kommunens profil mangler smtp.from. Importér en profil med "
                        "den, og send igen.", permanent=True)
    return mail_from, message


def _send_mail(record: Recorder, profile: Profile, rows: list[OutboxMessage], password_for: PasswordLookup,
               now: datetime, timeout: float, rng: random.Random | None) -> list[Outcome]:
    done: list[Outcome] = []
    smtp = profile.smtp
    if smtp is None:
        error = SendError("Der er ingen mailserver i kommunens profil. Importér profilen (lokalraad profile "
                          "import), og send igen.", permanent=True)
        return [mark_failed(record, row, error, now, rng) for row in rows]
    remaining = list(rows)
    try:
        try:
            password = password_for("smtp") if smtp.username else None
        except CredentialError as e:
            raise SendError(str(e), permanent=True, connection=True) from None
        with SmtpConnection(smtp, password, profile.ca_file, timeout) as conn:
            while remaining:
                row = remaining[0]
                try:
                    mail_from, message = _mail(row, smtp.from_address)
                    conn.send(mail_from, row.recipient, message)
                except SendError as e:
                    if e.connection:
                        raise
                    done.append(mark_failed(record, row, e, now, rng))
                else:
                    done.append(mark_sent(record, row, now))
                remaining.pop(0)
    except SendError as e:  # the connection failed: every row not yet sent shares the outcome
        done += [mark_failed(record, row, e, now, rng) for row in remaining]
    return done


def _dav_send(client: DavClient, row: OutboxMessage, ours: dict[str, list[tuple[int, str]]]) -> None:
    """Puts (or deletes) one WebDAV/CalDAV row's object; each is idempotent, so a resend after a crash that
    had done it finds it done. `ours`: path -> (row id, SHA-256) of the files sent there."""
    try:
        payload = json.loads(row.payload)
        if row.kind == "webdav":
            data = base64.b64decode(payload["data"], validate=True)
            if row.sha256 and hashlib.sha256(data).hexdigest() != row.sha256:
                raise ValueError("the bytes are not those queued")
            path, content_type = str(payload["path"]), str(payload.get("content_type", ""))
        else:
            uid, method, ics = str(payload["uid"]), payload["method"], str(payload.get("ics", "")).encode("utf-8")
            if not uid or method not in ("put", "delete") or (method == "put" and not ics):
                raise ValueError("not a calendar object")
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise DavError(CORRUPT, permanent=True) from None
    if isinstance(client, WebDavClient):
        older = {sha for row_id, sha in ours.get(row.recipient, []) if row.id is not None and row_id < row.id}
        client.upload(path, data, content_type=content_type, ours=older)
    elif isinstance(client, CalDavClient) and method == "put":
        client.put(uid, ics)
    elif isinstance(client, CalDavClient):
        client.delete(uid)


def _sent_versions(store: Store, rows: list[OutboxMessage]) -> dict[str, list[tuple[int, str]]]:
    """For each path among `rows`: (row id, SHA-256) of the files uploaded there. Such a file found on the
    server, sent by an earlier row, is an older version of ours (a newer feed or export replaces it); anything
    else there (someone else's file, or a newer one of ours) is kept."""
    paths = {row.recipient for row in rows}
    versions: dict[str, list[tuple[int, str]]] = {}
    with store.read() as s:
        for path, row_id, sha in s.exec(select(OutboxMessage.recipient, OutboxMessage.id, OutboxMessage.sha256).where(
                col(OutboxMessage.kind) == "webdav", col(OutboxMessage.status) == OutboxStatus.SENT,
                col(OutboxMessage.recipient).in_(paths))):
            versions.setdefault(path, []).append((row_id or 0, sha))
    return versions


def _send_dav(record: Recorder, kind: str, dav: DavProfile, ca_file: str, rows: list[OutboxMessage],
              password_for: PasswordLookup, now: datetime, timeout: float,
              rng: random.Random | None) -> list[Outcome]:
    done: list[Outcome] = []
    remaining = list(rows)
    label = "WebDAV" if kind == "webdav" else "CalDAV"
    try:
        try:
            password = password_for(kind) if dav.username else ""
        except CredentialError as e:
            raise DavError(str(e), permanent=True, connection=True) from None
        if password is None:
            raise DavError(f"Der er ingen adgangskode til {label}-serveren i nøgleringen. Sæt den med lokalraad "
                           f"password set {kind} (eller under Indstillinger ▸ Afsendelse), og send igen.",
                           permanent=True, connection=True)
        factory = WebDavClient if kind == "webdav" else CalDavClient
        client = factory(dav.url, dav.username, password, ca_file=ca_file, timeout=timeout)
        ours = _sent_versions(record.store, rows) if kind == "webdav" else {}
        while remaining:
            row = remaining[0]
            try:
                _dav_send(client, row, ours)
            except DavError as e:
                if e.connection:
                    raise
                done.append(mark_failed(record, row, e, now, rng))
            else:
                done.append(mark_sent(record, row, now))
                ours.setdefault(row.recipient, []).append((row.id or 0, row.sha256))  # sent in this run
            remaining.pop(0)
    except DavError as e:  # the server failed as a whole: every row not yet sent shares the outcome
        done += [mark_failed(record, row, e, now, rng) for row in remaining]
    return done


def sendable(profile: Profile) -> tuple[str, ...]:
    """The kinds sent now: mail always (without a mail server it needs a person), uploads and calendar
    objects only when the profile names their server (until then they wait, pending)."""
    return ("email",) + (("webdav",) if profile.webdav else ()) + (("caldav",) if profile.caldav else ())


def send_due(store: Store, profile: Profile, password_for: PasswordLookup, now: datetime | None = None, *,
             timeout: float = TIMEOUT_SECONDS, lease: timedelta = LEASE, rng: random.Random | None = None,
             progress: Progress | None = None) -> list[Outcome]:
    """Sends every row that is due at `now`; returns each one's outcome. Runs headless (CLI) or in a worker.
    `progress` is called before the first row (in this thread) and as each row's outcome is committed (in the
    recorder's thread), so a window can show the row's new state at once."""
    now = now or utc_now()
    done: list[Outcome] = []
    recorded: Callable[[int], None] | None = None
    if progress is not None:
        total, counted = count_due(store, now, sendable(profile)), [0]

        def recorded(row_id: int) -> None:
            counted[0] += 1
            progress(counted[0], max(total, counted[0]), row_id)

        progress(0, total, None)
    # A chunk at a time, so a long run never outlives the leases of rows still waiting their turn. Each
    # pass ends with every claimed row sent, failed (next attempt later than now) or needing attention,
    # so the loop ends when nothing is due any more.
    while rows := claim_due(store, now, sendable(profile), lease=lease, limit=CHUNK):
        record = Recorder(store, recorded)
        try:
            done += _send_mail(record, profile, [r for r in rows if r.kind == "email"], password_for, now, timeout,
                               rng)
            for kind, dav in (("webdav", profile.webdav), ("caldav", profile.caldav)):
                if dav is not None and (batch := [r for r in rows if r.kind == kind]):
                    done += _send_dav(record, kind, dav, profile.ca_file, batch, password_for, now, timeout, rng)
        finally:
            record.close()
    return done
