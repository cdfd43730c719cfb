"""Referat and Deltagerliste: the minutes (KLADDE until approved) and the sheet to sign at the door."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from lokalraad_app.documents.agenda import KIND_KEYS
from lokalraad_app.documents.styles import BOLD, DocumentInfo, build_pdf, styles
from lokalraad_app.documents.texts import long_date, long_datetime, text
from lokalraad_app.domain.models import ActionItem, AgendaItem, Attendance, Meeting, Minutes, MinutesAmendment
from lokalraad_app.domain.rules import carried


@dataclass
class MinutesData:
    council: str
    meeting: Meeting
    items: list[AgendaItem]
    attendance: list[Attendance]
    minutes: Minutes | None
    approved_at: date | None = None  # the day of the meeting that approved them
    actions: dict[int, list[ActionItem]] = field(default_factory=dict)  # agenda item id → its action items
    amendments: list[MinutesAmendment] = field(default_factory=list)
    language: str = "da"


def _html(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _names(rows: list[Attendance]) -> str:
    return ", ".join(escape(r.name) for r in rows) or "—"


def build_minutes(data: MinutesData) -> bytes:
    lang, m, st = data.language, data.meeting, styles()
    when = long_datetime(m.start.astimezone(ZoneInfo(m.timezone)), lang)
    approved = data.minutes is not None and data.minutes.status == "approved"
    info = DocumentInfo(title=f"{text(lang, 'minutes')} — {m.title}", author=data.council,
                        subject=f"{text(lang, KIND_KEYS.get(m.kind, m.kind))}, {when}",
                        header=f"{data.council} · {m.title} · {when}", language=lang,
                        watermark="" if approved else text(lang, "draft"))
    status = ""
    if approved and data.minutes is not None and data.minutes.approved_on:
        on = long_date(data.minutes.approved_on, lang)
        status = (text(lang, "approved").format(on=on, at=long_date(data.approved_at, lang)) if data.approved_at
                  else text(lang, "approved_plain").format(on=on))
    story: list[Any] = [
        Paragraph(_html(data.council), st["subtitle"]),
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
    for item in data.items:
        block: list[Any] = [Paragraph(f"{item.position}. {_html(item.title)}", st["heading"])]
        if item.discussion.strip():
            block += [Paragraph(text(lang, "discussion_label"), st["label"]), Paragraph(_html(item.discussion), st["body"])]
        if item.decision.strip():
            block += [Paragraph(text(lang, "decision_label"), st["label"]), Paragraph(_html(item.decision), st["body"])]
        if item.votes_for is not None and item.votes_against is not None:
            result = text(lang, "carried" if carried(item.votes_for, item.votes_against, item.majority)
                          else "not_carried")
            block.append(Paragraph(text(lang, "votes").format(f=item.votes_for, a=item.votes_against,
                                                              b=item.votes_blank or 0, result=result), st["small"]))
        for action in data.actions.get(item.id or 0, []):
            who = f" — {escape(action.owner_name)}" if action.owner_name else ""
            due = f", {text(lang, 'by')} {action.due:%d.%m.%Y}" if action.due else ""
            block.append(Paragraph(f"{text(lang, 'actions')}: {_html(action.description)}{who}{due}", st["small"]))
        story.append(KeepTogether(block[:3]))  # a heading keeps with its first lines
        story.extend(block[3:])
    if data.amendments:
        story.append(Paragraph(text(lang, "amendments"), st["heading"]))
        story += [Paragraph(f"{a.made_on:%d.%m.%Y}: {_html(a.text)}", st["body"]) for a in data.amendments]
    return build_pdf(info, story)


def build_attendance_sheet(council: str, meeting: Meeting, attendance: list[Attendance], language: str = "da") -> bytes:
    st = styles()
    when = long_datetime(meeting.start.astimezone(ZoneInfo(meeting.timezone)), language)
    info = DocumentInfo(title=f"{text(language, 'attendance_sheet')} — {meeting.title}", author=council,
                        subject=when, header=f"{council} · {meeting.title} · {when}", language=language)
    rows: list[list[Any]] = [[text(language, "name"), text(language, "answer"), text(language, "signature")]]
    answers = {"yes": "Ja" if language == "da" else "Yes", "no": "Nej" if language == "da" else "No",
               "maybe": "Måske" if language == "da" else "Maybe", "pending": ""}
    for a in sorted(attendance, key=lambda r: (r.is_guest, r.name.casefold())):
        rows.append([Paragraph(escape(a.name), st["body"]), answers.get(a.answer, ""), ""])
    rows += [["", "", ""] for _ in range(5)]  # for those who come without being on the list
    table = Table(rows, colWidths=[75 * mm, 25 * mm, 70 * mm], rowHeights=[None] + [11 * mm] * (len(rows) - 1),
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), BOLD, 9.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story: list[Any] = [Paragraph(escape(council), st["subtitle"]),
                        Paragraph(f"{text(language, 'attendance_sheet')}: {escape(meeting.title)}", st["title"]),
                        Paragraph(escape(when), st["subtitle"]), Spacer(1, 4), table]
    return build_pdf(info, story)
