"""Sending documents out: "Send til kommunen", "Send til bestyrelsen", "Send referat til deltagere".

`check` is cheap (no PDF is made) and says why something cannot be sent, for the buttons' tooltips; `plan`
makes the document and says who gets what; `send` puts one outbox row per recipient (a mail with the PDF
attached, or an upload to the profile's WebDAV folder) in one transaction. Idempotency keys come from
(what, which document, the document's version, the recipient), so pressing twice queues nothing new, and a
changed document supersedes the older one that has not gone out yet (same aggregate).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlmodel import Session, col, select

from lokalraad_app.documents.texts import time_span
from lokalraad_app.domain.enums import (
    MeetingKind,
    MemberFilter,
    MinutesStatus,
    OutboxStatus,
    PlanVersionStatus,
    Presence,
)
from lokalraad_app.domain.models import (
    Attendance,
    AuditLog,
    Council,
    DevelopmentPlan,
    Hearing,
    Meeting,
    MeetingSignup,
    Minutes,
    OutboxMessage,
    PlanVersion,
)
from lokalraad_app.domain.profile import Profile
from lokalraad_app.services.documents import DocumentService
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.outbox import OUTBOX, REPLACEABLE, queue_mail, queue_upload
from lokalraad_app.services.profile import ProfileService
from lokalraad_app.store import member_queries
from lokalraad_app.store.engine import Store

MUNICIPALITY, BOARD, PARTICIPANTS = "kommunen", "bestyrelsen", "deltagere"
TARGETS = (MUNICIPALITY, BOARD, PARTICIPANTS)
WHATS = ("agenda", "minutes", "attendance", "plan", "hearing", "export")
# Who may get what. Minutes go to the municipality and the participants only once approved (sealed); the
# board may get the draft, to comment on.
ALLOWED = {"agenda": (MUNICIPALITY, BOARD), "minutes": TARGETS, "attendance": (MUNICIPALITY, BOARD),
           "plan": (MUNICIPALITY,), "hearing": (MUNICIPALITY,), "export": (MUNICIPALITY,)}
NAMES = {"agenda": "dagsorden", "minutes": "referat", "attendance": "deltagerliste", "plan": "udviklingsplan",
         "hearing": "høringssvar", "export": "eksport"}
TARGET_WORDS = {MUNICIPALITY: "kommunen", BOARD: "bestyrelsen", PARTICIPANTS: "deltagerne"}
NO_PROFILE = ("Der er ingen kommuneprofil med en mailadresse eller en WebDAV-mappe, så intet kan sendes til "
              "kommunen. Importér kommunens profil først (Indstillinger ▸ Afsendelse, eller lokalraad profile "
              "import FIL).")
# What makes two prints of the same content differ: the time stamps and the file id reportlab writes.
_PDF_VOLATILE = re.compile(rb"/(?:CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-fA-F]*>\s*<[0-9a-fA-F]*>\]")
_UNSAFE = re.compile(r"[^\w]+")


def content_version(data: bytes) -> str:
    """The SHA-256 of a document's content: a PDF's time stamps and file id left out, so the same agenda
    printed twice is the same version (and a changed one a new version)."""
    if data.startswith(b"%PDF"):
        data = _PDF_VOLATILE.sub(b"", data)
    elif data.startswith(b"{"):  # the export: the moment it was made is no part of its content
        document = json.loads(data)
        document.pop("generated_at", None)
        data = json.dumps(document, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def slug(text: str) -> str:
    """A file-name part: lower case, words joined by "-" (æ, ø, å kept; "/" and the like never)."""
    return _UNSAFE.sub("-", text.lower()).strip("-")[:60].strip("-") or "dokument"


@dataclass(frozen=True)
class Delivery:
    kind: str  # "email" or "webdav"
    recipient: str  # an e-mail address, or the upload's path below the profile's WebDAV folder
    name: str = ""  # the person or the municipality


@dataclass(frozen=True)
class PublishPlan:
    """Who would get what if the secretary sent now; nothing is changed by making it."""

    what: str
    to: str
    title: str  # Danish, for the confirmation: "Referat: Bestyrelsesmøde, tirsdag 3. marts 2026 …"
    file_name: str
    deliveries: tuple[Delivery, ...]
    without_email: tuple[str, ...] = ()  # people who would get nothing: no e-mail address
    # The document made for the plan: send(planned=…) sends it as confirmed instead of making it again.
    document: _Document | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Published:
    plan: PublishPlan
    new: tuple[Delivery, ...]  # what went into the outbox now (nothing when all of it was queued before)
    changes: Changes

    @property
    def queued(self) -> int:
        return len(self.new)


@dataclass(frozen=True)
class _Document:
    ref: str  # which: the meeting's uid, the hearing's uid, the plan's id
    title: str
    file_name: str
    upload_name: str
    data: bytes
    content_type: str = "application/pdf"


@dataclass(frozen=True)
class _Target:
    ref: str
    subject: str  # mail subject and confirmation title
    people: tuple[tuple[str, str], ...]  # (name, email) for mail
    without_email: tuple[str, ...]
    upload: bool  # to the profile's WebDAV folder too
    mail: bool


Builder = Callable[[], tuple[str, bytes]]


class PublishingService:
    def __init__(self, store: Store, documents: DocumentService, profiles: ProfileService,
                 export: Callable[[], tuple[str, bytes]] | None = None) -> None:
        self.store = store
        self.documents = documents
        self.profiles = profiles
        self._export = export  # the municipal export as (file name, JSON bytes), validated

    # --- asking --------------------------------------------------------------------------------------
    def check(self, what: str, to: str = MUNICIPALITY, *, meeting_id: int | None = None,
              hearing: str | None = None) -> str:
        """"" when it can be sent, else why not (Danish); cheap: no document is made."""
        try:
            self._target(what, to, meeting_id, hearing)
        except ValidationError as e:
            return e.message
        except NotFoundError:
            return "Mødet findes ikke længere."
        return ""

    def plan(self, what: str, to: str = MUNICIPALITY, *, meeting_id: int | None = None,
             hearing: str | None = None, now: datetime | None = None) -> PublishPlan:
        target = self._target(what, to, meeting_id, hearing)
        doc = self._document(what, target.ref, meeting_id, seal=True)  # approved minutes unsealed yet: sealed now
        with self.store.read() as s:
            return self._plan(s, what, to, target, doc, now or datetime.now(UTC))

    def send(self, what: str, to: str = MUNICIPALITY, *, meeting_id: int | None = None,
             hearing: str | None = None, now: datetime | None = None, planned: PublishPlan | None = None) -> Published:
        """Queues the document for everyone `plan` names, in one transaction with an audit line. `planned`: the
        plan just shown for the same document and recipients, whose document is sent rather than made again
        (a long plan takes seconds to print)."""
        now = now or datetime.now(UTC)
        target = self._target(what, to, meeting_id, hearing)
        doc = (planned.document if planned is not None and planned.document is not None
               and (planned.what, planned.to, planned.document.ref) == (what, to, target.ref)
               else self._document(what, target.ref, meeting_id, seal=True))  # sealing minutes writes first
        profile = self.profiles.profile()
        version = content_version(doc.data)
        aggregate = _aggregate(what, target.ref, to)
        new: list[Delivery] = []
        with self.store.session() as s:
            plan = self._plan(s, what, to, target, doc, now)
            sender = self._sender(s, profile) if target.people or target.mail else ("", "")
            for d in plan.deliveries:
                key = f"{aggregate}:{version}:{d.kind}:{d.recipient.lower() if d.kind == 'email' else ''}"
                if s.exec(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)).first() is not None:
                    continue  # queued before: pressing twice sends once
                new.append(d)
                if d.kind == "webdav":
                    # A new version replaces the unsent older one, whichever dated folder that was bound for.
                    s.execute(update(OutboxMessage).where(col(OutboxMessage.kind) == "webdav",
                                                          col(OutboxMessage.aggregate) == aggregate,
                                                          col(OutboxMessage.status).in_(REPLACEABLE))
                              .values(status=OutboxStatus.SUPERSEDED, next_attempt_at=None))
                    queue_upload(s, d.recipient, doc.data, idempotency_key=key, aggregate=aggregate,
                                 content_type=doc.content_type)
                else:
                    mail = _mail(sender, (d.name, d.recipient), target.subject,
                                 _text(what, to, d.name, target.subject, sender[0], s), doc, now)
                    queue_mail(s, mail, recipient=d.recipient, idempotency_key=key, aggregate=aggregate)
            s.add(AuditLog(entity=what, entity_id=meeting_id, action=f"publish:{to}",
                           detail=f"{doc.file_name}: {len(new)} new of {len(plan.deliveries)} ({version[:12]})"))
        changes: Changes = OUTBOX | ({f"meeting:{meeting_id}"} if meeting_id is not None else set())
        return Published(plan, tuple(new), changes)

    def meeting_for_uid(self, uid: str) -> int:
        """The meeting with that uid (or the first of the series with that uid), for the command line."""
        with self.store.read() as s:
            found = s.exec(select(Meeting.id).where(Meeting.uid == uid)).first() or s.exec(
                select(Meeting.id).where(Meeting.series_uid == uid).order_by(col(Meeting.start))).first()
        if found is None:
            raise ValidationError("meeting", "unknown", f"Intet møde har uid {uid} (se lokalraad meetings).")
        return found

    # --- what and to whom ----------------------------------------------------------------------------
    def _target(self, what: str, to: str, meeting_id: int | None, hearing: str | None) -> _Target:
        if what not in WHATS:
            raise ValidationError("what", "unknown", f"{what}: vælg en af {', '.join(WHATS)}.")
        if to not in TARGETS:
            raise ValidationError("to", "unknown", f"{to}: vælg en af {', '.join(TARGETS)}.")
        if to not in ALLOWED[what]:
            raise ValidationError("to", "not_for", f"{NAMES[what].capitalize()} sendes kun til "
                                  f"{' eller '.join(TARGET_WORDS[t] for t in ALLOWED[what])}.")
        profile = self.profiles.profile()
        with self.store.read() as s:
            ref, subject = self._subject(s, what, to, meeting_id, hearing)
            people: list[tuple[str, str]] = []
            without: list[str] = []
            if to == MUNICIPALITY:
                if not profile.contact_email and profile.webdav is None:
                    raise ValidationError("profile", "missing", NO_PROFILE)
            else:
                found = self._board(s) if to == BOARD else self._participants(s, meeting_id or 0)
                seen: set[str] = set()
                for name, email in found:
                    if not email.strip():
                        without.append(name)
                    elif email.strip().lower() not in seen:
                        seen.add(email.strip().lower())
                        people.append((name, email.strip()))
                if not people:
                    raise ValidationError("recipients", "none", {
                        BOARD: "Ingen i den nuværende bestyrelse har en e-mailadresse; skriv deres adresser i "
                               "Medlemmer.",
                        PARTICIPANTS: "Ingen med en e-mailadresse er registreret som fremmødt (eller tilmeldt "
                                      "borgermødet); registrér fremmødet under Deltagere først."}[to])
            mail = to == MUNICIPALITY and bool(profile.contact_email)
            if people or mail:
                self._sender(s, profile)
        return _Target(ref, subject, tuple(people), tuple(without), to == MUNICIPALITY and profile.webdav is not None,
                       mail)

    def _subject(self, s: Session, what: str, to: str, meeting_id: int | None,
                 hearing: str | None) -> tuple[str, str]:
        """(which document, the mail's subject); refuses what cannot be sent (unapproved minutes…)."""
        if what in ("agenda", "minutes", "attendance"):
            if meeting_id is None:
                raise ValidationError("meeting", "required", f"Vælg mødet ({NAMES[what]} hører til et møde; "
                                      "lokalraad publish … --meeting UID).")
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(meeting_id)
            zone = ZoneInfo(meeting.timezone)
            when = time_span(meeting.start.astimezone(zone), meeting.end.astimezone(zone))
            if what == "minutes":
                minutes = s.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()
                approved = minutes is not None and minutes.status == MinutesStatus.APPROVED.value
                if meeting.status == "cancelled":
                    raise ValidationError("meeting", "cancelled", f"{meeting.title} blev aflyst; der er intet "
                                          "referat at sende.")
                if not approved and to != BOARD:
                    raise ValidationError("minutes", "draft", f"Referatet af {meeting.title} er ikke godkendt "
                                          f"endnu. Det sendes til {TARGET_WORDS[to]}, når det er godkendt (og "
                                          "forseglet); til bestyrelsen kan udkastet sendes nu.")
                if not approved and meeting.start > datetime.now(UTC):
                    raise ValidationError("meeting", "not_held", f"{meeting.title} er ikke holdt endnu, så der "
                                          "er intet referat at sende; send dagsordenen i stedet.")
                word = "Referat" if approved else "Udkast til referat"
            else:
                word = {"agenda": "Dagsorden", "attendance": "Deltagerliste"}[what]
            return meeting.uid, f"{word}: {meeting.title}, {when}"
        if what == "plan":
            plan = s.exec(select(DevelopmentPlan).order_by(col(DevelopmentPlan.id).desc())).first()
            if plan is None:
                raise ValidationError("plan", "missing", "Rådet har ingen udviklingsplan endnu.")
            # The municipality gets the plan as last adopted (sealed); before any adoption, the draft.
            adopted = s.exec(select(PlanVersion).where(PlanVersion.plan_id == plan.id,
                                                       PlanVersion.status == PlanVersionStatus.ADOPTED.value)
                             .order_by(col(PlanVersion.number).desc())).first()
            if adopted is None:
                return f"plan-{plan.id}", f"Lokaludviklingsplan (kladde): {plan.title}"
            on = f", vedtaget {adopted.adopted_on:%d.%m.%Y}" if adopted.adopted_on else ""
            return f"plan-{plan.id}-v{adopted.number}", f"Lokaludviklingsplan, version {adopted.number}{on}: {plan.title}"
        if what == "hearing":
            if not hearing:
                raise ValidationError("hearing", "required", "Vælg høringen (lokalraad publish hearing --hearing "
                                      "SAGSNUMMER).")
            found = s.exec(select(Hearing).where((Hearing.uid == hearing) | (Hearing.reference == hearing))
                           .order_by(col(Hearing.id).desc())).first()
            if found is None:
                raise ValidationError("hearing", "unknown", f"Ingen høring har uid eller sagsnummer {hearing}.")
            if not found.response.strip():
                raise ValidationError("hearing", "no_response", f"Høringssvaret til {found.title} er ikke "
                                      "skrevet endnu.")
            ref = f" ({found.reference})" if found.reference else ""
            return found.uid, f"Høringssvar: {found.title}{ref}"
        if self._export is None:
            raise ValidationError("export", "unavailable", "Eksporten kan ikke laves her.")
        council = _council(s)
        return "export", f"Dataudtræk fra {council.name if council else 'lokalrådet'}"

    @staticmethod
    def _board(s: Session) -> list[tuple[str, str]]:
        today = date.today()
        rows = member_queries.member_rows(s, member_queries.member_ids(s, MemberFilter.BOARD, today=today), today)
        return [(r.name, r.email) for r in rows]

    @staticmethod
    def _participants(s: Session, meeting_id: int) -> list[tuple[str, str]]:
        """Those recorded present, then (for a borgermøde) the citizens who signed up."""
        found = [(a.name, a.email) for a in s.exec(
            select(Attendance).where(Attendance.meeting_id == meeting_id)
            .where(Attendance.presence == Presence.PRESENT.value).order_by(col(Attendance.name)))]
        meeting = s.get(Meeting, meeting_id)
        if meeting is not None and meeting.kind == MeetingKind.CITIZENS.value:
            found += [(x.name, x.email) for x in s.exec(
                select(MeetingSignup).where(MeetingSignup.meeting_id == meeting_id).order_by(col(MeetingSignup.name)))]
        return found

    @staticmethod
    def _sender(s: Session, profile: Profile) -> tuple[str, str]:
        """(name, address) the mails come from: the secretary, else the profile's smtp.from."""
        council = _council(s)
        address = (council.secretary_email.strip() if council else "") or (
            profile.smtp.from_address if profile.smtp else "")
        if not address:
            raise ValidationError("secretary_email", "required", "Der er ingen afsenderadresse: skriv sekretærens "
                                  "e-mail i rådets indstillinger (eller importér en kommuneprofil med smtp.from).")
        name = (council.secretary_name or council.name) if council else ""
        return name, address

    # --- the document --------------------------------------------------------------------------------
    def _document(self, what: str, ref: str, meeting_id: int | None, *, seal: bool) -> _Document:
        if what == "export":
            assert self._export is not None
            name, data = self._export()
            return _Document(ref, "Dataudtræk", name, name, data, "application/json")
        build: Builder = {
            "agenda": lambda: self.documents.agenda(meeting_id or 0),
            "minutes": lambda: self.documents.minutes(meeting_id or 0, seal_if_needed=seal),
            "attendance": lambda: self.documents.attendance_sheet(meeting_id or 0),
            "plan": lambda: self.documents.plan(_plan_version(ref)),
            "hearing": lambda: self.documents.hearing_response(ref),
        }[what]
        name, data = build()
        return _Document(ref, name.removesuffix(".pdf"), name, self._upload_name(what, ref, meeting_id), data)

    def _upload_name(self, what: str, ref: str, meeting_id: int | None) -> str:
        """The file's name in the municipality's folder: "<meeting date>-referat-<title>.pdf" and the like."""
        with self.store.read() as s:
            if meeting_id is not None and what in ("agenda", "minutes", "attendance"):
                m = s.get(Meeting, meeting_id)
                if m is None:
                    raise NotFoundError(meeting_id)
                day = m.start.astimezone(ZoneInfo(m.timezone)).date().isoformat()
                return f"{day}-{NAMES[what]}-{slug(m.title)}.pdf"
            if what == "hearing":
                h = s.exec(select(Hearing).where(Hearing.uid == ref)).one()
                return f"hoeringssvar-{slug(h.reference or h.title)}.pdf"
            plan = s.exec(select(DevelopmentPlan).order_by(col(DevelopmentPlan.id).desc())).one()
            version = _plan_version(ref)
            return f"udviklingsplan-{slug(plan.title)}" + (f"-version-{version}" if version else "-kladde") + ".pdf"

    def _plan(self, s: Session, what: str, to: str, target: _Target, doc: _Document, now: datetime) -> PublishPlan:
        deliveries = [Delivery("email", email, name) for name, email in target.people]
        profile = self.profiles.profile()
        if target.mail:
            deliveries.append(Delivery("email", profile.contact_email, profile.municipality or "Kommunen"))
        if target.upload:
            day = now.astimezone(ZoneInfo(_zone(s))).date()
            path = _free_path(s, f"{day.year}/{day.isoformat()}/{doc.upload_name}", content_version(doc.data),
                              _aggregate(what, target.ref, to))
            deliveries.append(Delivery("webdav", path, profile.municipality or "Kommunen"))
        return PublishPlan(what, to, target.subject, doc.file_name, tuple(deliveries), target.without_email, doc)


def _plan_version(ref: str) -> int | None:
    """The adopted version a plan's ref names ("plan-1-v2" → 2), or None for the draft ("plan-1")."""
    return int(ref.rpartition("-v")[2]) if "-v" in ref else None


def _aggregate(what: str, ref: str, to: str) -> str:
    """What a newer version replaces: the same document to the same kind of recipients."""
    return f"publish:{what}:{ref}:{to}"


def _council(s: Session) -> Council | None:
    return s.exec(select(Council).order_by(col(Council.id))).first()


def _zone(s: Session) -> str:
    council = _council(s)
    return council.timezone if council else "Europe/Copenhagen"


def _free_path(s: Session, path: str, version: str, aggregate: str) -> str:
    """`path`, unless other bytes went (or are going) there already: then "<name>-2.pdf" and so on, so an upload
    never meets a different file at its path. The same version keeps its path; an unsent older version of the
    same document is superseded, so its path is free."""
    stem, dot, ext = path.rpartition(".")
    n, candidate = 1, path
    while True:
        rows = s.exec(select(OutboxMessage).where(OutboxMessage.kind == "webdav")
                      .where(OutboxMessage.recipient == candidate)
                      .where(col(OutboxMessage.status).not_in((OutboxStatus.SUPERSEDED, OutboxStatus.CANCELLED))))
        if not any(_row_version(r) != version and (r.status in (OutboxStatus.SENT, OutboxStatus.SENDING)
                                                   or r.aggregate != aggregate) for r in rows):
            return candidate
        n += 1
        candidate = f"{stem}-{n}{dot}{ext}"


def _row_version(row: OutboxMessage) -> str:
    """The content version of a queued upload (its bytes travel in the row)."""
    try:
        return content_version(base64.b64decode(json.loads(row.payload)["data"]))
    except (ValueError, KeyError, TypeError):
        return row.sha256


def _mail(sender: tuple[str, str], recipient: tuple[str, str], subject: str, text: str, doc: _Document,
          now: datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr(sender)
    msg["To"] = formataddr(recipient)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg.set_content(text)
    maintype, _, subtype = doc.content_type.partition("/")
    msg.add_attachment(doc.data, maintype=maintype, subtype=subtype, filename=doc.file_name)
    return msg


def _text(what: str, to: str, name: str, subject: str, signed: str, s: Session) -> str:
    """The mail's text, in Danish (the council's words, like its documents)."""
    council = _council(s)
    lead = {
        "agenda": "Hermed dagsordenen til mødet.",
        "minutes": "Hermed referatet af mødet." if not subject.startswith("Udkast") else
        "Hermed udkastet til referatet af mødet. Kommentarer er velkomne, inden det godkendes.",
        "attendance": "Hermed deltagerlisten fra mødet.",
        "plan": "Hermed lokalrådets lokaludviklingsplan, som den blev vedtaget." if "version" in subject else
        "Hermed lokalrådets lokaludviklingsplan, som den ser ud nu (den er ikke vedtaget endnu).",
        "hearing": "Hermed lokalrådets høringssvar.",
        "export": "Hermed lokalrådets dataudtræk (JSON, beskrevet af skemaet export-v1).",
    }[what]
    if to == PARTICIPANTS:
        lead += " Tak fordi du deltog."
    lines = [f"Kære {name}" if name else "Hej", "", lead, "", subject.partition(": ")[2] or subject, "",
             "Dokumentet er vedhæftet som PDF." if what != "export" else "Filen er vedhæftet.", "",
             "Venlig hilsen", signed]
    if council is not None and council.name and council.name != signed:
        lines.append(council.name)
    return "\n".join(lines) + "\n"


__all__ = ["BOARD", "MUNICIPALITY", "PARTICIPANTS", "TARGETS", "WHATS", "Delivery", "PublishPlan", "Published",
           "PublishingService", "content_version", "slug"]
