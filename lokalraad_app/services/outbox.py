"""The outbox (Udbakke): everything that is to leave the machine, one row per message and recipient.

A service that causes a message calls `queue` or `queue_mail` with its own session, inside the same
`writing(...)`/`store.session()` block as the change, so the change and its message commit together
or not at all. Sending (`OutboxService.send_due`) happens later, when the servers can be reached.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from email import message_from_string
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr
from typing import Any

from sqlalchemy import Select, case, func, update
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import OutboxStatus
from lokalraad_app.domain.models import OutboxMessage
from lokalraad_app.domain.profile import Profile
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.profile import ProfileService
from lokalraad_app.store.engine import Store
from lokalraad_app.sync import sender
from lokalraad_app.sync.credentials import CredentialError
from lokalraad_app.sync.smtp import TIMEOUT_SECONDS, SendError, SmtpConnection
from lokalraad_app.sync.webdav import DavError, WebDavClient

OUTBOX: Changes = frozenset({"outbox"})
KINDS = ("email", "caldav", "webdav")
SERVER_OF_KIND = {"email": "smtp", "caldav": "caldav", "webdav": "webdav"}  # whose password a row needs
# Not yet sent and not in flight: a newer version of the same thing replaces these.
REPLACEABLE = (OutboxStatus.PENDING, OutboxStatus.FAILED, OutboxStatus.NEEDS_ATTENTION)
HELD_MESSAGE = "Holdt tilbage af dig. Vælg Prøv igen i Udbakke (lokalraad outbox retry), når den skal sendes."


@dataclass(frozen=True)
class OutboxRow:
    """One row as the Udbakke page and `lokalraad outbox` show it."""

    id: int
    kind: str
    aggregate: str
    recipient: str
    subject: str  # what: the mail's subject, or the file/object name
    message_id: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    created_at: datetime
    sent_at: datetime | None

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "aggregate": self.aggregate, "recipient": self.recipient,
                "subject": self.subject, "message_id": self.message_id, "status": self.status,
                "attempts": self.attempts, "last_error": self.last_error,
                "next_attempt_at": self.next_attempt_at.isoformat() if self.next_attempt_at else None,
                "created_at": self.created_at.isoformat(), "sent_at": self.sent_at.isoformat() if self.sent_at else None}


def queue(s: Session, kind: str, recipient: str, payload: str, idempotency_key: str, *, aggregate: str = "",
          file_path: str = "", sha256: str = "") -> OutboxMessage:
    """Adds an outbox row in the caller's session (its transaction); returns it (with its id).

    The same idempotency key queued again returns the row already there: one cause, one message.
    `aggregate` names the thing a newer version replaces (e.g. "invitation:<meeting uid>"): older rows of
    the same kind, aggregate and recipient that have not gone out yet become superseded.
    """
    if kind not in KINDS:
        raise ValidationError("kind", "invalid", f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    recipient = recipient.strip()
    if not recipient:
        raise ValidationError("recipient", "required", "An outbox message needs a recipient.")
    if not idempotency_key:
        raise ValidationError("idempotency_key", "required", "An outbox message needs an idempotency key.")
    existing = s.exec(select(OutboxMessage).where(OutboxMessage.idempotency_key == idempotency_key)).first()
    if existing is not None:
        return existing
    if aggregate:
        s.execute(update(OutboxMessage).where(col(OutboxMessage.kind) == kind, col(OutboxMessage.aggregate) == aggregate,
                                              func.lower(OutboxMessage.recipient) == recipient.lower(),
                                              col(OutboxMessage.status).in_(REPLACEABLE))
                  .values(status=OutboxStatus.SUPERSEDED, next_attempt_at=None))
    row = OutboxMessage(kind=kind, aggregate=aggregate, recipient=recipient, payload=payload, file_path=file_path,
                        sha256=sha256, idempotency_key=idempotency_key, status=OutboxStatus.PENDING)
    s.add(row)
    s.flush()
    return row


def queue_mail(s: Session, message: EmailMessage, *, recipient: str, idempotency_key: str,
               aggregate: str = "") -> OutboxMessage:
    """Queues a rendered mail to one recipient. Its Message-ID is fixed now (made here unless the message has
    one), so a resend after a crash is recognisably the same mail."""
    if "Message-ID" not in message:
        domain = parseaddr(str(message.get("From", "")))[1].rpartition("@")[2] or "lokalraad.invalid"
        message["Message-ID"] = make_msgid(domain=domain)
    payload = {"message_id": str(message["Message-ID"]), "subject": str(message.get("Subject", "")),
               "from": parseaddr(str(message.get("From", "")))[1], "message": message.as_string()}
    return queue(s, "email", recipient, json.dumps(payload, ensure_ascii=False), idempotency_key, aggregate=aggregate)


def queue_upload(s: Session, path: str, data: bytes, *, idempotency_key: str, aggregate: str = "",
                 content_type: str = "application/octet-stream") -> OutboxMessage:
    """Queues a file for the profile's WebDAV folder. `path` is relative to the profile's WebDAV URL (dated
    folders included, e.g. "2026/2026-12-03/referat.pdf"); the bytes travel inside the row, so the file and
    the change that caused it commit together."""
    path = path.strip().lstrip("/")
    payload = {"subject": path.rpartition("/")[2], "path": path, "content_type": content_type,
               "data": base64.b64encode(data).decode("ascii")}
    return queue(s, "webdav", path, json.dumps(payload), idempotency_key, aggregate=aggregate,
                 sha256=hashlib.sha256(data).hexdigest())


def queue_calendar_object(s: Session, uid: str, ics: str, *, summary: str, idempotency_key: str,
                          delete: bool = False) -> OutboxMessage:
    """Queues a meeting for the profile's CalDAV calendar: put (create or update) the object "<uid>.ics", or
    delete it. A newer put or delete of the same UID supersedes what has not gone out yet."""
    payload = {"subject": summary, "uid": uid, "method": "delete" if delete else "put", "ics": "" if delete else ics}
    return queue(s, "caldav", f"{uid}.ics", json.dumps(payload, ensure_ascii=False), idempotency_key,
                 aggregate=f"caldav:{uid}")


def _light_rows() -> Select[*tuple[Any, ...]]:
    """The columns of OutboxRow, in its order."""
    subject = case((func.json_valid(OutboxMessage.payload), func.json_extract(OutboxMessage.payload, "$.subject")),
                   else_="")
    message_id = case((func.json_valid(OutboxMessage.payload),
                       func.json_extract(OutboxMessage.payload, "$.message_id")), else_="")
    m = OutboxMessage
    return core_select(col(m.id), col(m.kind), col(m.aggregate), col(m.recipient),
                       func.coalesce(func.nullif(subject, ""), col(m.file_path)), func.coalesce(message_id, ""),
                       col(m.status), col(m.attempts), col(m.next_attempt_at), col(m.last_error), col(m.created_at),
                       col(m.sent_at)).order_by(col(OutboxMessage.id))


class OutboxService:
    def __init__(self, store: Store, profiles: ProfileService) -> None:
        self.store = store
        self.profiles = profiles

    def rows(self, statuses: tuple[str, ...] = ()) -> list[OutboxRow]:
        """The rows as the Udbakke shows them, oldest first. Only the columns shown are read (the subject is
        taken out of the payload by SQLite): a row's payload may hold a whole PDF."""
        with self.store.read() as s:
            query = _light_rows()
            if statuses:
                query = query.where(col(OutboxMessage.status).in_(statuses))
            return [OutboxRow(*r) for r in s.connection().execute(query)]  # Core: no ORM bookkeeping per row

    def row(self, row_id: int) -> OutboxRow:
        with self.store.read() as s:
            found = s.execute(_light_rows().where(col(OutboxMessage.id) == row_id)).first()
            if found is None:
                raise NotFoundError(f"no outbox message {row_id}")
            return OutboxRow(*found)

    def document(self, row_id: int) -> tuple[str, bytes]:
        """(file name, bytes) of what a row sends: a mail's attached PDF (or its first attachment, or the mail
        itself as .eml), a WebDAV row's file, a CalDAV row's calendar object."""
        with self.store.read() as s:
            m = s.get(OutboxMessage, row_id)
            if m is None:
                raise NotFoundError(f"no outbox message {row_id}")
        try:
            payload = json.loads(m.payload)
            if m.kind == "webdav":
                return str(payload["path"]).rpartition("/")[2], base64.b64decode(payload["data"], validate=True)
            if m.kind == "caldav":
                if not payload.get("ics"):
                    raise ValidationError("document", "none", f"Message {row_id} deletes a calendar object; "
                                                              "it sends no document.")
                return f"{payload['uid']}.ics", str(payload["ics"]).encode("utf-8")
            mail = message_from_string(payload["message"], policy=email_policy.default)
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise ValidationError("document", "broken", f"Message {row_id} is damaged; its document cannot be "
                                                        "read.") from None
        parts = [p for p in mail.iter_attachments() if isinstance(p, EmailMessage)]
        part = next((p for p in parts if p.get_content_type() == "application/pdf"), parts[0] if parts else None)
        if part is None:
            return f"{row_id}.eml", payload["message"].encode("utf-8")
        content = part.get_payload(decode=True)
        return part.get_filename() or f"{row_id}.{part.get_content_subtype()}", content if isinstance(content, bytes) else b""

    def _change(self, row_id: int, allowed: tuple[str, ...], action: str, **values: object) -> Changes:
        with self.store.session() as s:
            m = s.get(OutboxMessage, row_id)
            if m is None:
                raise NotFoundError(f"no outbox message {row_id}")
            if m.status not in allowed:
                why = {OutboxStatus.SENT: "it has been sent already",
                       OutboxStatus.SENDING: "it is being sent right now",
                       OutboxStatus.SUPERSEDED: "a newer version of it was queued",
                       OutboxStatus.CANCELLED: "it is cancelled"}.get(OutboxStatus(m.status), f"it is {m.status}")
                raise ValidationError("status", m.status, f"Message {row_id} cannot be {action}: {why}.")
            for key, value in values.items():
                setattr(m, key, value)
            return OUTBOX

    def retry(self, row_id: int) -> Changes:
        """Send again at the next run (after a fix, or at once instead of waiting for the backoff)."""
        return self._change(row_id, (OutboxStatus.FAILED, OutboxStatus.NEEDS_ATTENTION, OutboxStatus.CANCELLED),
                            "sent again", status=OutboxStatus.PENDING, next_attempt_at=None)

    def hold(self, row_id: int) -> Changes:
        """Keep it back until the user chooses retry."""
        return self._change(row_id, (OutboxStatus.PENDING, OutboxStatus.FAILED), "held",
                            status=OutboxStatus.NEEDS_ATTENTION, next_attempt_at=None, last_error=HELD_MESSAGE)

    def cancel(self, row_id: int) -> Changes:
        return self._change(row_id, REPLACEABLE, "cancelled", status=OutboxStatus.CANCELLED, next_attempt_at=None)

    def check_smtp(self, *, timeout: float = TIMEOUT_SECONDS) -> str:
        """The saved profile's mail server: see `check`."""
        return self.check("smtp", timeout=timeout)

    def check(self, server: str, profile: Profile | None = None, password: str | None = None, *,
              timeout: float = TIMEOUT_SECONDS) -> str:
        """Settings' "Test forbindelse": connects to one server of `profile` (the saved one by default), logs in
        with `password` (the kept one by default) and leaves, sending and writing nothing. Returns "" when the
        server can be used, else the Danish message saying what is wrong. Waits on the network: a worker's job."""
        profile = profile or self.profiles.profile()
        try:
            if password is None:
                password = self.profiles.password(server, profile)
            if server == "smtp":
                if profile.smtp is None:
                    return "Der er ingen mailserver i kommunens profil. Importér profilen (lokalraad profile import)."
                with SmtpConnection(profile.smtp, password if profile.smtp.username else None, profile.ca_file,
                                    timeout):
                    return ""
            dav = profile.caldav if server == "caldav" else profile.webdav
            if dav is None:
                return f"Der er ingen {server}-adresse i kommunens profil."
            WebDavClient(dav.url, dav.username, password or "", ca_file=profile.ca_file, timeout=timeout).check()
            return ""
        except (SendError, CredentialError, DavError) as e:
            return str(e)

    def locked_passwords(self) -> dict[str, str]:
        """The servers with messages waiting whose password the keyring cannot give (there is none, or it is
        locked), each with the reason: the window asks for those once a session. Calls the keyring: a worker's job."""
        with self.store.read() as s:
            kinds = set(s.exec(select(OutboxMessage.kind).where(col(OutboxMessage.status).in_(
                (OutboxStatus.PENDING, OutboxStatus.FAILED, OutboxStatus.SENDING))).distinct()))
        locked: dict[str, str] = {}
        for kind in sorted(kinds):
            server = SERVER_OF_KIND.get(kind, "")
            if server and not self.profiles.has_session_password(server):
                try:
                    self.profiles.password(server)
                except CredentialError as e:
                    locked[server] = str(e)
        return locked

    def send_due(self, now: datetime | None = None, *, timeout: float = TIMEOUT_SECONDS,
                 progress: sender.Progress | None = None) -> list[OutboxRow]:
        """Sends what is due (headless; the app calls it from a worker thread); returns the rows it tried.
        `progress(done, due, row id)` is called from a helper thread as each row's outcome is committed."""
        profile = self.profiles.profile()
        outcomes = sender.send_due(self.store, profile, self.profiles.password, now, timeout=timeout,
                                   progress=progress)
        return [self.row(o.id) for o in outcomes]
