"""Dagsorden: the printed agenda — council, kind, date the Danish way, place, numbered items with start times."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, Paragraph, Spacer

from lokalraad_app.documents.styles import DocumentInfo, Letterhead, build_pdf, heading, label, styles
from lokalraad_app.documents.texts import clock, duration, long_datetime, text, time_span
from lokalraad_app.domain.enums import Classification, MeetingKind
from lokalraad_app.domain.models import AgendaItem, Meeting
from lokalraad_app.domain.rules import agenda_overrun, planned_starts

KIND_KEYS = {"board": "board_meeting", "dialogue": "dialogue", "citizens": "citizens", "annual": "annual"}


@dataclass
class AgendaData:
    letterhead: Letterhead
    meeting: Meeting
    items: list[AgendaItem]
    responsible: dict[int, str] = field(default_factory=dict)  # person id → name
    attachments: dict[int, list[str]] = field(default_factory=dict)  # item id → file names


def _html(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


SPLIT = (Classification.POLITICAL.value, Classification.ADMINISTRATIVE.value)  # in this order, on paper too


def classification_summary(meeting: Meeting, items: list[AgendaItem], language: str) -> list[Flowable]:
    """A dialogue meeting's items grouped: political questions for the politicians, administrative ones
    for the administration. Nothing for other kinds of meeting."""
    if meeting.kind != MeetingKind.DIALOGUE.value:
        return []
    st = styles()
    lines = [f"<b>{text(language, key)}:</b> " + ", ".join(f"{i.position}. {_html(i.title)}" for i in chosen)
             for key in SPLIT if (chosen := [i for i in items if i.classification == key])]
    return [*heading(text(language, "split"), st["heading"]),
            *(Paragraph(line, st["body"]) for line in lines or [text(language, "split_none")])]


def classification_label(meeting: Meeting, item: AgendaItem, language: str) -> str:
    """"Politik" or "Administration" for a classified item of a dialogue meeting, else ""."""
    shown = meeting.kind == MeetingKind.DIALOGUE.value and item.classification in SPLIT
    return text(language, item.classification) if shown else ""


def build_agenda(data: AgendaData) -> bytes:
    council, lang, m, st = data.letterhead.council, data.letterhead.language, data.meeting, styles()
    zone = ZoneInfo(m.timezone)
    when = long_datetime(m.start.astimezone(zone), lang)
    kind = text(lang, KIND_KEYS.get(m.kind, m.kind))
    info = DocumentInfo(title=f"{text(lang, 'agenda')} — {m.title}", subject=f"{kind}, {when}",
                        header=f"{council} · {m.title} · {when}", letterhead=data.letterhead)
    start, end = m.start.astimezone(zone), m.end.astimezone(zone)
    story: list[object] = [
        Paragraph(_html(council), st["subtitle"]),
        Paragraph(f"{text(lang, 'agenda')}: {_html(m.title)}", st["title"]),
        Paragraph(f"{_html(kind)} · {_html(time_span(start, end, lang))}"
                  + (f"<br/>{text(lang, 'place')}: {_html(m.place)}" if m.place else ""), st["subtitle"]),
    ]
    allowed = [i.minutes_allowed for i in data.items]
    over = agenda_overrun(m.start, m.end, allowed)
    if over:  # said once, plainly, rather than printing times hours past the end
        story.append(Paragraph(text(lang, "overrun").format(over=duration(over, lang), end=clock(end, lang)),
                               st["label"]))
    story += classification_summary(m, data.items, lang)
    for item, planned in zip(data.items, planned_starts(m.start, allowed), strict=True):
        head = f"{item.position}. {_html(item.title)}"
        at = (f"{text(lang, 'start')} {clock(planned.astimezone(zone), lang)}" if planned < m.end
              else text(lang, "after_end"))
        meta = [text(lang, item.kind), at, classification_label(m, item, lang)]
        if item.responsible_id and item.responsible_id in data.responsible:
            meta.append(f"{text(lang, 'responsible')}: {_html(data.responsible[item.responsible_id])}")
        story += [*heading(head, st["heading"]), Paragraph(" · ".join(p for p in meta if p), st["small"])]
        if item.background.strip():
            story += [*label(text(lang, "background"), st["label"]), Paragraph(_html(item.background), st["body"])]
        if item.proposal.strip():
            story += [*label(text(lang, "proposal"), st["label"]), Paragraph(_html(item.proposal), st["body"])]
        names = data.attachments.get(item.id or 0, [])
        if names:
            story.append(Paragraph(f"{text(lang, 'attachments')}: " + ", ".join(_html(n) for n in names), st["small"]))
        story.append(Spacer(1, 4))
    return build_pdf(info, story)


def document_file_name(meeting: Meeting, key: str, language: str = "da") -> str:
    """2026-03-03 Referat bestyrelsesmøde.pdf — predictable, sorts by date."""
    day = meeting.start.astimezone(ZoneInfo(meeting.timezone)).date()
    kind = text(language, KIND_KEYS.get(meeting.kind, meeting.kind)).split("/")[0].lower()
    return f"{day.isoformat()} {text(language, key)} {kind}.pdf"


__all__ = ["AgendaData", "build_agenda", "classification_label", "classification_summary", "document_file_name"]
