"""Udviklingsplan and høringssvar: the local development plan, and a response to a municipal hearing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from lokalraad_app.documents.styles import BODY, BOLD, DocumentInfo, Letterhead, build_pdf, heading, styles
from lokalraad_app.documents.texts import long_date, text
from lokalraad_app.domain.plan import kroner


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
    funding: str  # the funding source
    status: str  # InitiativeStatus
    progress: str  # the note on progress
    progress_percent: int = 0
    budget_ore: int | None = None
    start_on: date | None = None
    end_on: date | None = None


@dataclass(frozen=True)
class PlanArea:
    title: str
    description: str
    initiatives: list[PlanInitiative] = field(default_factory=list)

    def progress(self) -> int:
        """The area's progress: the mean of its initiatives' (0 with none)."""
        return round(sum(i.progress_percent for i in self.initiatives) / len(self.initiatives)) \
            if self.initiatives else 0


@dataclass
class PlanData:
    letterhead: Letterhead
    title: str
    vision: str
    adopted_on: date | None
    revised_on: date | None
    areas: list[PlanArea]
    period: tuple[int | None, int | None] = (None, None)
    version: int | None = None  # the adopted version printed; None for the draft
    adopted_at: str = ""  # the adopting meeting's title, for a version
    draft_of: int | None = None  # the draft's number once an earlier version was adopted


BAR = colors.HexColor("#2e7d32")
TRACK = colors.HexColor("#e3e7ec")


def progress_bar(percent: int, width: float, height: float = 7) -> Drawing:
    """A bar filled to `percent`, with the number beside it."""
    bar_width = width - 26
    drawing = Drawing(width, height + 2, initialFontName=BODY)  # never a Helvetica the PDF does not embed
    drawing.add(Rect(0, 1, bar_width, height, fillColor=TRACK, strokeColor=None))
    drawing.add(Rect(0, 1, bar_width * min(max(percent, 0), 100) / 100, height, fillColor=BAR, strokeColor=None))
    drawing.add(String(bar_width + 3, 2, f"{percent} %", fontName=BODY, fontSize=7.5))
    return drawing


def progress_chart(areas: list[PlanArea], lang: str, width: float = 170 * mm) -> Drawing:
    """One bar per focus area: the mean progress of its initiatives."""
    row, label_width = 14.0, 62 * mm
    drawing = Drawing(width, row * len(areas) + 4, initialFontName=BODY)
    for n, area in enumerate(areas):
        y = row * (len(areas) - n - 1) + 4
        title = area.title if len(area.title) <= 40 else area.title[:39] + "…"
        drawing.add(String(0, y + 2, f"{n + 1}. {title}", fontName=BODY, fontSize=8.5))
        bar = progress_bar(area.progress(), width - label_width, 9)
        bar.translate(label_width, y)
        drawing.add(bar)
    return drawing


def _dates(lang: str, data: PlanData) -> list[str]:
    lines = []
    if data.version is not None:
        line = text(lang, "plan_version").format(n=data.version)
        if data.adopted_on:
            line += " · " + text(lang, "adopted_on").format(on=long_date(data.adopted_on, lang))
        if data.adopted_at:
            line += " " + text(lang, "adopted_at").format(meeting=data.adopted_at)
        return [line]
    if data.draft_of is not None:
        lines.append(text(lang, "plan_draft_of").format(n=data.draft_of))
    lines += [text(lang, key).format(on=long_date(day, lang))
              for key, day in (("adopted_on", data.adopted_on), ("revised_on", data.revised_on)) if day]
    return [" · ".join(lines)] if lines else []


def build_plan(data: PlanData) -> bytes:
    lang, council, st = data.letterhead.language, data.letterhead.council, styles()
    info = DocumentInfo(title=data.title, subject=text(lang, "plan"), header=f"{council} · {data.title}",
                        letterhead=data.letterhead)
    story: list[Any] = [Paragraph(_html(council), st["subtitle"]), Paragraph(_html(data.title), st["title"])]
    first, last = data.period
    if first or last:
        story.append(Paragraph(text(lang, "plan_period").format(period=f"{first or ''}–{last or ''}"), st["small"]))
    story += [Paragraph(_html(line), st["small"]) for line in _dates(lang, data)]
    if data.vision.strip():
        story += heading(text(lang, "vision"), st["heading"])
        story += _paragraphs(data.vision, st["body"])
    if data.areas:
        story += heading(text(lang, "plan_progress"), st["heading"])
        story.append(progress_chart(data.areas, lang))
    header = [text(lang, k) for k in ("initiative", "owner_partners", "status", "progress")]
    for number, area in enumerate(data.areas, start=1):
        head = [*heading(f"{number}. {_html(area.title)}", st["heading"]), *_paragraphs(area.description, st["body"])]
        if not area.initiatives:
            story += head
            continue
        rows: list[list[Any]] = [header] + [_row(i, lang, st) for i in area.initiatives]
        table = Table(rows, colWidths=[55 * mm, 42 * mm, 22 * mm, 51 * mm], repeatRows=1,
                      splitInRow=1)  # a long description splits across pages instead of failing
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), BODY, 8.5), ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")]),
        ]))
        story += [*head, Spacer(1, 3), table]  # a long table breaks across pages, repeating its header row
    return build_pdf(info, story)


def _row(i: PlanInitiative, lang: str, st: dict[str, Any]) -> list[Any]:
    period = "–".join(d.strftime("%d.%m.%Y") for d in (i.start_on, i.end_on) if d)
    money = [f"{text(lang, 'budget')}: {kroner(i.budget_ore)}" if i.budget_ore is not None else "",
             f"{text(lang, 'funding')}: {i.funding}" if i.funding else ""]
    return [
        Paragraph(f"<b>{_html(i.title)}</b>" + (f"<br/>{_html(i.description)}" if i.description else ""),
                  st["small"]),
        Paragraph("<br/>".join(_html(v) for v in (i.owner, i.partners, period) if v), st["small"]),
        text(lang, f"initiative_{i.status}"),
        [progress_bar(i.progress_percent, 48 * mm),
         Paragraph("<br/>".join(_html(v) for v in (i.progress, *money) if v), st["small"])],
    ]


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


__all__ = ["HearingResponseData", "PlanArea", "PlanData", "PlanInitiative", "build_hearing_response", "build_plan",
           "progress_bar", "progress_chart"]
