"""Udviklingsplan and høringssvar: the local development plan, and a response to a municipal hearing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from lokalraad_app.documents.styles import BODY, BOLD, DocumentInfo, Letterhead, build_pdf, heading, styles
from lokalraad_app.documents.texts import long_date, text


def _html(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _paragraphs(value: str, style: Any) -> list[Paragraph]:
    """A text with blank lines between its paragraphs, as paragraphs (so a long text breaks across pages)."""
    return [Paragraph(_html(part.strip()), style) for part in value.split("\n\n") if part.strip()]


@dataclass(frozen=True)
class PlanInitiative:
    title: str
    description: str
    owner: str
    partners: str
    funding: str
    status: str  # InitiativeStatus
    progress: str


@dataclass(frozen=True)
class PlanArea:
    title: str
    description: str
    initiatives: list[PlanInitiative] = field(default_factory=list)


@dataclass
class PlanData:
    letterhead: Letterhead
    title: str
    vision: str
    adopted_on: date | None
    revised_on: date | None
    areas: list[PlanArea]


def build_plan(data: PlanData) -> bytes:
    lang, council, st = data.letterhead.language, data.letterhead.council, styles()
    info = DocumentInfo(title=data.title, subject=text(lang, "plan"), header=f"{council} · {data.title}",
                        letterhead=data.letterhead)
    dates = [text(lang, key).format(on=long_date(day, lang))
             for key, day in (("adopted_on", data.adopted_on), ("revised_on", data.revised_on)) if day]
    story: list[Any] = [Paragraph(_html(council), st["subtitle"]), Paragraph(_html(data.title), st["title"])]
    if dates:
        story.append(Paragraph(" · ".join(dates), st["small"]))
    if data.vision.strip():
        story += heading(text(lang, "vision"), st["heading"])
        story += _paragraphs(data.vision, st["body"])
    header = [text(lang, k) for k in ("initiative", "owner_partners", "status", "progress")]
    for number, area in enumerate(data.areas, start=1):
        head = [*heading(f"{number}. {_html(area.title)}", st["heading"]), *_paragraphs(area.description, st["body"])]
        if not area.initiatives:
            story += head
            continue
        rows: list[list[Any]] = [header] + [[
            Paragraph(f"<b>{_html(i.title)}</b>" + (f"<br/>{_html(i.description)}" if i.description else ""),
                      st["small"]),
            Paragraph("<br/>".join(_html(v) for v in (i.owner, i.partners) if v), st["small"]),
            text(lang, f"initiative_{i.status}"),
            Paragraph("<br/>".join(_html(v) for v in (i.progress, i.funding) if v), st["small"]),
        ] for i in area.initiatives]
        table = Table(rows, colWidths=[55 * mm, 42 * mm, 22 * mm, 51 * mm], repeatRows=1,
                      splitInRow=1)  # a long description splits across pages instead of failing
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), BODY, 8.5), ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")]),
        ]))
        story += [*head, Spacer(1, 3), table]  # a long table breaks across pages, repeating its header row
    return build_pdf(info, story)


@dataclass
class HearingResponseData:
    letterhead: Letterhead
    municipality: str
    title: str
    reference: str  # the municipality's case number
    deadline: date | None
    response: str
    dated: date  # the day it was answered, or today for a draft
    signed_by: list[tuple[str, str]] = field(default_factory=list)  # (name, role word) under the letter
    draft: bool = False
    decided_on: date | None = None  # the day of the board meeting whose decision the response rests on


def build_hearing_response(data: HearingResponseData) -> bytes:
    """A letter to the municipality: to, case number, date, subject, the response, and who signs it."""
    lang, council, st = data.letterhead.language, data.letterhead.council, styles()
    title = data.title.removeprefix(f"{text(lang, 'hearing')}: ")  # not "Høringssvar: Høring: …"
    subject = f"{text(lang, 'hearing_response')}: {title}"
    info = DocumentInfo(title=subject, subject=text(lang, "hearing_response"), header=f"{council} · {subject}",
                        letterhead=data.letterhead, watermark=text(lang, "draft") if data.draft else "")
    facts = [f"{text(lang, 'to')}: {_html(data.municipality)}" if data.municipality else "",
             f"{text(lang, 'reference')}: {_html(data.reference)}" if data.reference else "",
             f"{text(lang, 'deadline')}: {long_date(data.deadline, lang)}" if data.deadline else "",
             f"{text(lang, 'board_decision')}: {long_date(data.decided_on, lang)}" if data.decided_on else "",
             f"{text(lang, 'dated')}: {long_date(data.dated, lang)}"]
    story: list[Any] = [Paragraph(_html(council), st["subtitle"]),
                        Paragraph("<br/>".join(f for f in facts if f), st["body"]), Spacer(1, 8),
                        Paragraph(_html(subject), st["title"])]
    story += _paragraphs(data.response, st["body"]) or [Paragraph(text(lang, "no_response"), st["body"])]
    closing = [Spacer(1, 10), Paragraph(text(lang, "regards"), st["body"]), Paragraph(_html(council), st["body"])]
    closing += [Paragraph(f"{_html(name)}, {_html(role)}", st["body"]) for name, role in data.signed_by]
    story.append(KeepTogether(closing))
    return build_pdf(info, story)


__all__ = ["HearingResponseData", "PlanArea", "PlanData", "PlanInitiative", "build_hearing_response", "build_plan"]
