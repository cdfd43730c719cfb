"""Årsberetning: a draft of the board's report for the year, which the chair edits before the annual meeting.

The chair's own words (formandens beretning, written in the app) come first; then the year's meetings,
the decisions taken, how the development plan's initiatives are coming along and which hearings were
answered. Built for the busiest files too: plain table cells where text is short,
one paragraph per decision.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from lokalraad_app.documents.agenda import KIND_KEYS
from lokalraad_app.documents.styles import BODY, BOLD, DocumentInfo, Letterhead, build_pdf, heading, styles
from lokalraad_app.documents.texts import long_date, text


@dataclass(frozen=True)
class ReportMeeting:
    start: datetime  # local time
    kind: str  # MeetingKind
    title: str
    place: str
    present: int
    decisions: list[tuple[str, str]] = field(default_factory=list)  # (item title, decision)


@dataclass(frozen=True)
class ReportInitiative:
    focus_area: str
    title: str
    status: str  # InitiativeStatus
    progress: str


@dataclass(frozen=True)
class ReportHearing:
    answered_on: date
    title: str
    reference: str


@dataclass
class AnnualReportData:
    letterhead: Letterhead
    year: int
    meetings: list[ReportMeeting]
    initiatives: list[ReportInitiative] = field(default_factory=list)
    hearings: list[ReportHearing] = field(default_factory=list)
    printed: date | None = None
    chair_text: str = ""  # formandens beretning; paragraphs separated by blank lines


def _paragraphs(text: str) -> list[str]:
    """The chair's text as paragraphs: a blank line between them; single line breaks kept inside one."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [b for b in blocks if b]


def _table(rows: list[list[Any]], widths: list[float]) -> Table:
    # The header again on each page; a row taller than a page (a long text) splits rather than failing.
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), BODY, 8.5), ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")]),
    ]))
    return table


def _clip(value: str, width: int) -> str:
    """Keeps a plain table cell on one line: reportlab does not wrap plain strings."""
    value = " ".join(value.split())
    return value if len(value) <= width else value[:width - 1] + "…"


def build_annual_report(data: AnnualReportData) -> bytes:
    lang, council, st = data.letterhead.language, data.letterhead.council, styles()

    def t(key: str) -> str:
        return text(lang, key)

    title = f"{t('annual_report')} {data.year}"
    info = DocumentInfo(title=f"{title} — {council}", subject=t("annual_report_subject"),
                        header=f"{council} · {title} · {t('report_draft')}", letterhead=data.letterhead)
    story: list[Any] = [
        Paragraph(escape(council), st["subtitle"]),
        Paragraph(escape(title), st["title"]),
        Paragraph(t("report_intro") + (f" {t('printed')} {long_date(data.printed, lang)}." if data.printed else ""),
                  st["small"]),
    ]

    if data.chair_text.strip():
        story += heading(t("chair_report"), st["heading"])
        story += [Paragraph(escape(p).replace("\n", "<br/>"), st["body"]) for p in _paragraphs(data.chair_text)]

    story += heading(t("report_meetings"), st["heading"])
    kinds = Counter(m.kind for m in data.meetings)
    counts = ", ".join(f"{n} × {t(KIND_KEYS.get(k, k)).lower()}" for k, n in sorted(kinds.items()))
    story.append(Paragraph(t("report_meeting_count").format(n=len(data.meetings)) + (f" ({counts})." if counts else "."),
                           st["body"]))
    if data.meetings:
        rows: list[list[Any]] = [[t("date"), t("meeting"), t("place"), t("present")]]
        rows += [[f"{m.start:%d.%m.%Y}", _clip(m.title, 34), _clip(m.place, 40), str(m.present)] for m in data.meetings]
        story.append(_table(rows, [22, 58, 66, 24]))

    story += heading(t("report_decisions"), st["heading"])
    decided = [m for m in data.meetings if m.decisions]
    if not decided:
        story.append(Paragraph(t("report_none"), st["body"]))
    for m in decided:
        head = Paragraph(f"{m.start:%d.%m.%Y} · {escape(m.title)}", st["label"])
        lines = [Paragraph(f"<b>{escape(item)}:</b> {escape(decision)}", st["small"]) for item, decision in m.decisions]
        story.append(KeepTogether([head, lines[0]]))  # a meeting's heading never alone at a page's foot
        story.extend(lines[1:])

    story += heading(t("report_initiatives"), st["heading"])
    if data.initiatives:
        rows = [[t("focus_area"), t("initiative"), t("status"), t("progress")]]
        rows += [[Paragraph(escape(i.focus_area), st["small"]), Paragraph(escape(i.title), st["small"]),
                  t(f"initiative_{i.status}"), Paragraph(escape(i.progress), st["small"])] for i in data.initiatives]
        story.append(_table(rows, [38, 45, 20, 67]))
    else:
        story.append(Paragraph(t("report_none"), st["body"]))

    story += heading(t("report_hearings"), st["heading"])
    if data.hearings:
        rows = [[t("answered_on"), t("hearing"), t("reference")]]
        rows += [[f"{h.answered_on:%d.%m.%Y}", Paragraph(escape(h.title), st["small"]), _clip(h.reference, 28)]
                 for h in data.hearings]
        story.append(_table(rows, [24, 106, 40]))
    else:
        story.append(Paragraph(t("report_none"), st["body"]))
    return build_pdf(info, story)


def annual_report_text(data: AnnualReportData) -> str:
    """The same draft as plain text (UTF-8), in the same order, for the chair to edit."""
    lang, council = data.letterhead.language, data.letterhead.council

    def t(key: str) -> str:
        return text(lang, key)

    kinds = Counter(m.kind for m in data.meetings)
    counts = ", ".join(f"{n} × {t(KIND_KEYS.get(k, k)).lower()}" for k, n in sorted(kinds.items()))
    lines = [council, f"{t('annual_report')} {data.year}", "", t("report_intro"), ""]
    if data.chair_text.strip():
        lines += [t("chair_report").upper(), "", "\n\n".join(_paragraphs(data.chair_text)), ""]
    lines += [t("report_meetings").upper(),
              t("report_meeting_count").format(n=len(data.meetings)) + (f" ({counts})." if counts else "."), ""]
    lines += [f"{m.start:%d.%m.%Y}  {m.title}, {m.place} ({t('present').lower()}: {m.present})" for m in data.meetings]
    lines += ["", t("report_decisions").upper()]
    for m in data.meetings:
        if m.decisions:
            lines += ["", f"{m.start:%d.%m.%Y} · {m.title}"]
            lines += [f"- {item}: {decision}" for item, decision in m.decisions]
    lines += ["", t("report_initiatives").upper(), ""]
    lines += [f"- {i.focus_area}: {i.title} ({t(f'initiative_{i.status}').lower()}). {i.progress}".rstrip()
              for i in data.initiatives] or [t("report_none")]
    lines += ["", t("report_hearings").upper(), ""]
    lines += [f"- {h.answered_on:%d.%m.%Y}  {h.title}" + (f" ({t('reference')} {h.reference})" if h.reference else "")
              for h in data.hearings] or [t("report_none")]
    return "\n".join(lines) + "\n"


def annual_report_file_name(year: int, language: str = "da") -> str:
    return f"{year} {text(language, 'annual_report')}.pdf"


__all__ = ["AnnualReportData", "ReportHearing", "ReportInitiative", "ReportMeeting", "annual_report_file_name",
           "annual_report_text", "build_annual_report"]
