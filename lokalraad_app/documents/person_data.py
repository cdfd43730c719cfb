"""Oplysninger om dig: everything the council file holds about one person, readable (the GDPR right of access)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from lokalraad_app.documents.styles import BODY, BOLD, DocumentInfo, Letterhead, build_pdf, heading, styles
from lokalraad_app.documents.texts import long_date, long_datetime, text

WORDS = {
    "da": {
        "title": "Oplysninger om dig", "intro": "Her er alle de oplysninger, {council} har registreret om dig i "
        "lokalrådets fil, udskrevet {on}. Du har ret til at få forkert registrerede oplysninger rettet og til at "
        "blive slettet, når du ikke længere er tilknyttet lokalrådet. Kontakt sekretæren.",
        "person": "Om dig", "kind": "Tilknytning", "email": "E-mail", "phone": "Telefon", "address": "Adresse",
        "organisation": "Organisation", "job_title": "Titel", "committee": "Udvalg", "notes": "Noter",
        "registered": "Registreret", "changed": "Senest ændret", "consent": "Samtykke",
        "consent_given": "Du gav samtykke {on} til: {purpose}", "no_consent": "Der er ikke registreret samtykke.",
        "terms": "Valgperioder", "from": "Fra", "until": "Til", "ongoing": "løbende", "none": "Ingen.",
        "meetings": "Møder", "answer": "Svar på indbydelse", "presence": "Fremmøde", "guest": "gæst",
        "actions": "Opgaver (opfølgning)", "task": "Opgave", "due": "Frist", "status": "Status",
        "open": "åben", "done": "udført {on}", "meeting": "Møde", "machine": "De samme oplysninger kan også "
        "udleveres i et maskinlæsbart format (JSON).",
        "member_kind": "Medlem", "liaison": "Kommunal kontaktperson", "politician": "Politiker",
        "staff": "Kommunal medarbejder", "other": "Anden kontakt", "citizen": "Borger uden for medlemsregistret",
        "pending": "ikke svaret", "yes": "ja", "no": "nej", "maybe": "måske",
        "present": "mødt", "excused": "afbud", "absent": "udeblevet",
        "participation": "Borgerinddragelse", "idea": "Idé til udviklingsplanen",
        "working_group": "Arbejdsgruppe", "proposal": "Forslag til borgerbudget", "signup": "Tilmelding til møde",
    },
    "en": {
        "title": "The data held about you", "intro": "This is everything {council} has recorded about you in the "
        "council's file, printed {on}. You have the right to have wrong data corrected and to be erased when you "
        "are no longer connected to the council. Contact the secretary.",
        "person": "About you", "kind": "Connection", "email": "Email", "phone": "Phone", "address": "Address",
        "organisation": "Organisation", "job_title": "Title", "committee": "Committee", "notes": "Notes",
        "registered": "Registered", "changed": "Last changed", "consent": "Consent",
        "consent_given": "You consented {on} to: {purpose}", "no_consent": "No consent is recorded.",
        "terms": "Terms", "from": "From", "until": "Until", "ongoing": "ongoing", "none": "None.",
        "meetings": "Meetings", "answer": "Answer to the invitation", "presence": "Attendance", "guest": "guest",
        "actions": "Action items", "task": "Task", "due": "Due", "status": "Status",
        "open": "open", "done": "done {on}", "meeting": "Meeting", "machine": "The same data can also be given "
        "in a machine-readable format (JSON).",
        "member_kind": "Member", "liaison": "Municipal liaison", "politician": "Politician",
        "staff": "Municipal staff", "other": "Other contact", "citizen": "Citizen outside the member register",
        "pending": "no answer", "yes": "yes", "no": "no", "maybe": "maybe",
        "present": "present", "excused": "excused", "absent": "absent",
        "participation": "Citizen participation", "idea": "Idea for the development plan",
        "working_group": "Working group", "proposal": "Citizen-budget proposal", "signup": "Signed up for a meeting",
    },
}


@dataclass(frozen=True)
class PersonTerm:
    role: str  # Role value
    term_from: date
    term_to: date | None


@dataclass(frozen=True)
class PersonMeeting:
    title: str
    start: datetime  # aware
    timezone: str
    answer: str  # Answer value
    presence: str  # Presence value, "" when not recorded
    is_guest: bool = False


@dataclass(frozen=True)
class PersonAction:
    description: str
    meeting_title: str
    due: date | None
    status: str  # open / done
    closed_on: date | None


@dataclass(frozen=True)
class PersonData:
    name: str
    kind: str  # PersonKind value
    email: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    organisation: str = ""
    title: str = ""
    committee: str = ""
    notes: str = ""
    consent_purpose: str = ""
    consent_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    terms: list[PersonTerm] = field(default_factory=list)
    meetings: list[PersonMeeting] = field(default_factory=list)
    actions: list[PersonAction] = field(default_factory=list)
    participation: list[tuple[str, str]] = field(default_factory=list)  # (idea / working_group / proposal /
    # signup, what it says): the plan's citizen participation under their name or e-mail address


def _word(language: str, key: str) -> str:
    return WORDS.get(language, WORDS["da"]).get(key, key)


def _day(d: date | None) -> str:
    return f"{d:%d.%m.%Y}" if d else ""


def build_person_data(letterhead: Letterhead, person: PersonData, printed: date) -> bytes:
    st, language = styles(), letterhead.language

    def w(key: str) -> str:
        return _word(language, key)

    title = f"{w('title')} — {person.name}"
    info = DocumentInfo(title=title, subject=w("title"), header=f"{letterhead.council} · {w('title')}",
                        letterhead=letterhead)
    story: list[object] = [
        Paragraph(escape(letterhead.council), st["subtitle"]),
        Paragraph(escape(title), st["title"]),
        Paragraph(escape(w("intro").replace("{council}", letterhead.council)
                         .replace("{on}", long_date(printed, language))), st["body"]),
        Spacer(1, 4 * mm),
    ]

    story += heading(w("person"), st["heading"])
    place = " ".join(p for p in (person.postal_code, person.city) if p)
    rows = [(text(language, "name"), person.name),
            (w("kind"), w("member_kind" if person.kind == "member" else person.kind)),
            (w("email"), person.email), (w("phone"), person.phone),
            (w("address"), ", ".join(p for p in (person.address, place) if p)),
            (w("organisation"), person.organisation), (w("job_title"), person.title),
            (w("committee"), person.committee), (w("notes"), person.notes),
            (w("registered"), _day(person.created_at.date()) if person.created_at else ""),
            (w("changed"), _day(person.updated_at.date()) if person.updated_at else "")]
    story.append(_table([[k, v] for k, v in rows if v.strip()], [40 * mm, 130 * mm], header=False, st=st))

    story += heading(w("consent"), st["heading"])
    consent = (w("consent_given").replace("{on}", _day(person.consent_at.date()))
               .replace("{purpose}", person.consent_purpose)
               if person.consent_purpose and person.consent_at else w("no_consent"))
    story.append(Paragraph(escape(consent), st["body"]))

    story += heading(w("terms"), st["heading"])
    if person.terms:
        story.append(_table([[text(language, "role"), w("from"), w("until")]] + [
            [text(language, t.role), _day(t.term_from), _day(t.term_to) or w("ongoing")] for t in person.terms],
            [70 * mm, 50 * mm, 50 * mm], header=True, st=st))
    else:
        story.append(Paragraph(w("none"), st["body"]))

    story += heading(w("meetings"), st["heading"])
    if person.meetings:
        story.append(_table([[w("meeting"), w("answer"), w("presence")]] + [[
            f"{m.title}, {long_datetime(m.start.astimezone(ZoneInfo(m.timezone)), language)}"
            + (f" ({w('guest')})" if m.is_guest else ""),
            w(m.answer), w(m.presence) if m.presence else ""] for m in person.meetings],
            [100 * mm, 38 * mm, 32 * mm], header=True, st=st))
    else:
        story.append(Paragraph(w("none"), st["body"]))

    story += heading(w("actions"), st["heading"])
    if person.actions:
        story.append(_table([[w("task"), w("meeting"), w("due"), w("status")]] + [[
            a.description, a.meeting_title, _day(a.due),
            w("done").replace("{on}", _day(a.closed_on)) if a.status == "done" else w("open")]
            for a in person.actions], [62 * mm, 45 * mm, 28 * mm, 35 * mm], header=True, st=st))
    else:
        story.append(Paragraph(w("none"), st["body"]))

    story += heading(w("participation"), st["heading"])
    if person.participation:
        story.append(_table([[w(kind), detail] for kind, detail in person.participation],
                            [55 * mm, 115 * mm], header=False, st=st))
    else:
        story.append(Paragraph(w("none"), st["body"]))
    story += [Spacer(1, 6 * mm), Paragraph(escape(w("machine")), st["small"])]
    return build_pdf(info, story)


def _table(rows: list[list[str]], widths: list[float], header: bool, st: dict[str, ParagraphStyle]) -> Table:
    def cell(i: int, j: int, value: str) -> Paragraph:
        bold = (header and i == 0) or (not header and j == 0)  # column titles, or the labels on the left
        return Paragraph(f"<b>{escape(value)}</b>" if bold else escape(value), st["body"])

    cells = [[cell(i, j, v) for j, v in enumerate(row)] for i, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    style: list[tuple[Any, ...]] = [("FONT", (0, 0), (-1, -1), BODY, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")])]
    if header:
        style += [("FONT", (0, 0), (-1, 0), BOLD, 9), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey)]
    table.setStyle(TableStyle(style))
    return table
