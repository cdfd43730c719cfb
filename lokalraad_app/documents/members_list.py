"""Medlemsliste: the board, the substitutes and the contacts, with roles, terms and how to reach them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from lokalraad_app.documents.styles import BODY, BOLD, DocumentInfo, Letterhead, build_pdf, heading, styles
from lokalraad_app.documents.texts import long_date, text


@dataclass(frozen=True)
class ListedPerson:
    name: str
    role: str  # Role value, or a contact's title
    term_from: date | None
    term_to: date | None
    email: str
    phone: str


def build_members_list(letterhead: Letterhead, sections: list[tuple[str, list[ListedPerson]]],
                       printed: date) -> bytes:
    """`sections`: (section key: board/substitutes/contacts, people) in order."""
    st, council, language = styles(), letterhead.council, letterhead.language
    info = DocumentInfo(title=f"{text(language, 'members')} — {council}", subject=text(language, "members"),
                        header=f"{council} · {text(language, 'members')}", letterhead=letterhead)
    story: list[object] = [
        Paragraph(escape(council), st["subtitle"]),
        Paragraph(text(language, "members"), st["title"]),
        Paragraph(f"{text(language, 'printed')} {long_date(printed, language)}", st["small"]),
    ]
    header = [text(language, k) for k in ("name", "role", "term", "contact")]
    for key, people in sections:
        if not people:
            continue
        story += heading(text(language, key), st["heading"])
        rows = [header] + [[
            Paragraph(escape(p.name), st["body"]),
            Paragraph(escape(text(language, p.role) if p.role in ("chair", "vice_chair", "treasurer", "secretary",
                                                                  "member", "substitute") else p.role), st["body"]),
            Paragraph(f"{p.term_from:%d.%m.%Y} – {p.term_to:%d.%m.%Y}" if p.term_from and p.term_to else
                      (f"{p.term_from:%d.%m.%Y} –" if p.term_from else ""), st["small"]),
            Paragraph("<br/>".join(escape(v) for v in (p.email, p.phone) if v), st["small"]),
        ] for p in people]
        table = Table(rows, colWidths=[50 * mm, 35 * mm, 38 * mm, 47 * mm], repeatRows=1,  # header on each page
                      splitInRow=1)  # and a row taller than a page splits
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), BODY, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(table)
    return build_pdf(info, story)
