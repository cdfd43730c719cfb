"""Referat and Deltagerliste: the minutes (KLADDE until approved) and the sheet to sign at the door."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from lokalraad_app.documents.agenda import KIND_KEYS, classification_label, classification_summary
from lokalraad_app.documents.styles import (
    BODY,
    BOLD,
    DocumentInfo,
    Letterhead,
    build_pdf,
    heading,
    label,
    styles,
)
from lokalraad_app.documents.texts import long_date, long_datetime, text
from lokalraad_app.domain.models import ActionItem, AgendaItem, Attendance, Meeting, Minutes, MinutesAmendment
from lokalraad_app.domain.rules import carried


@dataclass
class MinutesData:
    letterhead: Letterhead
    meeting: Meeting
    items: list[AgendaItem]
    attendance: list[Attendance]
    minutes: Minutes | None
    approved_at: date | None = None  # the day of the meeting that approved them
    actions: dict[int, list[ActionItem]] = field(default_factory=dict)  # agenda item id → its action items
    amendments: list[MinutesAmendment] = field(default_factory=list)
    seal: str = ""  # SHA-256 over the approved content (minutes_digest), printed in the footer
    signatures: bool = False  # lines for the members present to sign, when the council wants them


def minutes_digest(data: MinutesData) -> str:
    """SHA-256 over what approved minutes say: the same content gives the same digest, any change another."""
    m = data.meeting
    content = {
        "meeting": [m.uid, m.title, m.kind, m.start.isoformat(), m.place],
        "approved": [str(data.minutes.approved_on) if data.minutes else "", str(data.approved_at or "")],
        "attendance": sorted([a.name, a.presence, a.is_guest] for a in data.attendance),
        "items": [[i.position, i.title, i.discussion, i.decision, i.votes_for, i.votes_against, i.votes_blank,
                   i.majority, [[a.description, a.owner_name, str(a.due or "")] for a in data.actions.get(i.id or 0, [])]]
                  for i in data.items],
        "amendments": [[str(a.made_on), a.text] for a in data.amendments],
    }
    if data.actions.get(0):  # only when there are any, so earlier seals' content keeps its digest
        content["actions"] = [[a.description, a.owner_name, str(a.due or "")] for a in data.actions[0]]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _html(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _action(action: ActionItem, lang: str) -> str:
    """What is to be done — by whom, by when."""
    who = f" — {escape(action.owner_name)}" if action.owner_name else ""
    due = f", {text(lang, 'by')} {action.due:%d.%m.%Y}" if action.due else ""
    return f"{_html(action.description)}{who}{due}"


def _names(rows: list[Attendance]) -> str:
    return ", ".join(escape(r.name) for r in rows) or "—"


def build_minutes(data: MinutesData) -> bytes:
    council, lang, m, st = data.letterhead.council, data.letterhead.language, data.meeting, styles()
    when = long_datetime(m.start.astimezone(ZoneInfo(m.timezone)), lang)
    approved = data.minutes is not None and data.minutes.status == "approved"
    info = DocumentInfo(title=f"{text(lang, 'minutes')} — {m.title}",
                        subject=f"{text(lang, KIND_KEYS.get(m.kind, m.kind))}, {when}",
                        header=f"{council} · {m.title} · {when}", letterhead=data.letterhead,
                        watermark="" if approved else text(lang, "draft"), seal=data.seal if approved else "")
    status = ""
    if approved and data.minutes is not None and data.minutes.approved_on:
        on = long_date(data.minutes.approved_on, lang)
        if data.approved_at is None:
            status = text(lang, "approved_plain").format(on=on)
        elif data.approved_at == data.minutes.approved_on:  # the usual case: the date is said once
            status = text(lang, "approved_at").format(at=long_date(data.approved_at, lang))
        else:
            status = text(lang, "approved").format(on=on, at=long_date(data.approved_at, lang))
    story: list[Any] = [
        Paragraph(_html(council), st["subtitle"]),
        Paragraph(f"{text(lang, 'minutes')}: {_html(m.title)}", st["title"]),
        Paragraph(_html(when) + (f"<br/>{text(lang, 'place')}: {_html(m.place)}" if m.place else "")
                  + (f"<br/><b>{_html(status)}</b>" if status else ""), st["subtitle"]),
    ]
    members = [a for a in data.attendance if not a.is_guest]
    for key, rows in (("present", [a for a in members if a.presence == "present"]),
                      ("excused", [a for a in members if a.presence == "excused"]),
                      ("absent", [a for a in members if a.presence == "absent"]),
                      ("guests", [a for a in data.attendance if a.is_guest])):
        if rows or key == "present":
            story.append(Paragraph(f"<b>{text(lang, key)}:</b> {_names(rows)}", st["body"]))
    story += classification_summary(m, data.items, lang)
    for item in data.items:
        block: list[Any] = heading(f"{item.position}. {_html(item.title)}", st["heading"])
        split = classification_label(m, item, lang)
        if split:
            block.append(Paragraph(split, st["small"]))
        if item.discussion.strip():
            block += [*label(text(lang, "discussion_label"), st["label"]),
                      Paragraph(_html(item.discussion), st["body"])]
        if item.decision.strip():
            block += [*label(text(lang, "decision_label"), st["label"]), Paragraph(_html(item.decision), st["body"])]
        if item.votes_for is not None and item.votes_against is not None:
            result = text(lang, "carried" if carried(item.votes_for, item.votes_against, item.majority)
                          else "not_carried")
            block.append(Paragraph(text(lang, "votes").format(f=item.votes_for, a=item.votes_against,
                                                              b=item.votes_blank or 0, result=result), st["small"]))
        block += [Paragraph(f"{text(lang, 'actions')}: {_action(a, lang)}", st["small"])
                  for a in data.actions.get(item.id or 0, [])]
        story.extend(block)
    general = data.actions.get(0, [])  # action items of the meeting, not of one item
    if general:
        story += heading(text(lang, "actions"), st["heading"])
        story += [Paragraph(_action(a, lang), st["body"]) for a in general]
    if data.amendments:
        story += heading(text(lang, "amendments"), st["heading"])
        story += [Paragraph(f"{a.made_on:%d.%m.%Y}: {_html(a.text)}", st["body"]) for a in data.amendments]
    if data.signatures:
        story.append(_signature_block(data, members))
    return build_pdf(info, story)


def _signature_block(data: MinutesData, members: list[Attendance]) -> KeepTogether:
    """Room to sign and a line for each member present, two to a row, kept together on one page."""
    st, lang = styles(), data.letterhead.language
    names = [a.name for a in members if a.presence == "present"] or ["", ""]
    rows: list[list[Any]] = []
    lines: list[tuple[Any, ...]] = []
    for i in range(0, len(names), 2):
        pair = names[i:i + 2]
        rows.append(["", "", ""])  # the room to sign in
        rows.append([Paragraph(escape(pair[0]), st["small"]), "",
                     Paragraph(escape(pair[1]), st["small"]) if len(pair) > 1 else ""])
        lines.append(("LINEABOVE", (0, len(rows) - 1), (0, len(rows) - 1), 0.5, colors.black))
        if len(pair) > 1:
            lines.append(("LINEABOVE", (2, len(rows) - 1), (2, len(rows) - 1), 0.5, colors.black))
    table = Table(rows, colWidths=[75 * mm, 15 * mm, 75 * mm],
                  rowHeights=[14 * mm if r % 2 == 0 else None for r in range(len(rows))], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), *lines]))
    return KeepTogether([Paragraph(text(lang, "signatures"), st["heading"]), table])


def build_attendance_sheet(letterhead: Letterhead, meeting: Meeting, attendance: list[Attendance]) -> bytes:
    st, council, language = styles(), letterhead.council, letterhead.language
    when = long_datetime(meeting.start.astimezone(ZoneInfo(meeting.timezone)), language)
    info = DocumentInfo(title=f"{text(language, 'attendance_sheet')} — {meeting.title}", subject=when,
                        header=f"{council} · {meeting.title} · {when}", letterhead=letterhead)
    rows: list[list[Any]] = [[text(language, "name"), text(language, "answer"), text(language, "signature")]]
    answers = {"yes": "Ja" if language == "da" else "Yes", "no": "Nej" if language == "da" else "No",
               "maybe": "Måske" if language == "da" else "Maybe", "pending": ""}
    for a in sorted(attendance, key=lambda r: (r.is_guest, r.name.casefold())):
        rows.append([Paragraph(escape(a.name), st["body"]), answers.get(a.answer, ""), ""])
    rows += [["", "", ""] for _ in range(5)]  # for those who come without being on the list
    table = Table(rows, colWidths=[75 * mm, 25 * mm, 70 * mm], rowHeights=[None] + [11 * mm] * (len(rows) - 1),
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), BODY, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story: list[Any] = [Paragraph(escape(council), st["subtitle"]),
                        Paragraph(f"{text(language, 'attendance_sheet')}: {escape(meeting.title)}", st["title"]),
                        Paragraph(escape(when), st["subtitle"]), Spacer(1, 4), table]
    return build_pdf(info, story)
