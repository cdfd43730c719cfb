"""Medlemsliste: the board, the substitutes and the contacts, with roles, terms and how to reach them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Table, TableStyle

from lokalraad_app.documents.styles import BODY, BOLD, DocumentInfo, Letterhead, build_pdf, heading, styles
from lokalraad_app.documents.texts import long_date, text

ROLES = ("chair", "vice_chair", "treasurer", "secretary", "member", "substitute")
COLUMNS = (42 * mm, 26 * mm, 43 * mm, 59 * mm)  # name, role, term, contact: 170 mm, the text width
SIZE, LEADING, PADDING = 9.0, 11.0, 6.0  # PADDING: reportlab's cell padding, left and right together
SMALLEST = 6.5  # an e-mail address shrinks down to this before it is broken, and then only after its @
MAX_LINES = 12  # a cell never grows taller than a page (a row is never split across pages)
ROWS_PER_PIECE = 70  # more rows than any page holds (a one-line row is 17 pt; the text height ~720 pt)


@dataclass(frozen=True)
class ListedPerson:
    name: str
    role: str  # Role value, or a contact's title
    term_from: date | None
    term_to: date | None
    email: str
    phone: str


@lru_cache(maxsize=4096)  # roles, titles and terms repeat thousands of times in a long list
def _lines(value: str, width: float, size: float = SIZE) -> tuple[str, ...]:
    """The text wrapped at spaces into the column; a cell keeps at most MAX_LINES, the last with "…"."""
    lines = [line for part in value.splitlines() for line in (simpleSplit(part, BODY, size, width) or [""])]
    return tuple(lines if len(lines) <= MAX_LINES else [*lines[:MAX_LINES - 1], lines[MAX_LINES - 1] + " …"])


def _contact(email: str, phone: str, width: float) -> tuple[list[str], float]:
    """The contact cell's lines and font size: an address is never broken; a long one is set smaller,
    and only one too long even at SMALLEST is broken, after its @ (where a reader expects it)."""
    size = SIZE
    if email and stringWidth(email, BODY, size) > width:
        size = max(SMALLEST, size * width / stringWidth(email, BODY, size))
    lines: list[str] = []
    if email:
        if stringWidth(email, BODY, size) <= width + 0.01:
            lines.append(email)
        else:
            local, at, domain = email.partition("@")
            lines += [*_lines(local + at, width, size), *_lines(domain, width, size)]
    if phone:
        lines += _lines(phone, width, size)
    return lines, size


def term_text(p: ListedPerson) -> str:
    if p.term_from and p.term_to:
        return f"{p.term_from:%d.%m.%Y} – {p.term_to:%d.%m.%Y}"
    return f"{p.term_from:%d.%m.%Y} –" if p.term_from else ""


def _row(p: ListedPerson, language: str) -> tuple[list[str], float]:
    """One person's cells as plain lines (no markup to parse: setting 50,000 of them stays cheap)."""
    name_w, role_w, term_w, contact_w = (w - PADDING for w in COLUMNS)
    role = text(language, p.role) if p.role in ROLES else p.role
    contact, size = _contact(p.email, p.phone, contact_w)
    cells = [_lines(p.name, name_w), _lines(role, role_w), _lines(term_text(p), term_w), contact]
    return ["\n".join(c) for c in cells], size


class PersonTable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A table of any length, laid out a page at a time.

    One reportlab Table of every row costs time and memory with the square of the rows: each page
    break copies and measures all the rows left. This one gives reportlab a piece of ROWS_PER_PIECE
    rows at a time and keeps the rest as plain lists, so each page costs the same. The header row is
    repeated on each page; the shading alternates as if it were one table.
    """

    def __init__(self, header: list[str], rows: Sequence[tuple[list[str], float]], start: int = 0,
                 piece: int = ROWS_PER_PIECE) -> None:
        super().__init__()
        self.header, self.rows, self.start = header, rows, start
        self.piece_rows = piece  # rows to offer reportlab: what the last page took, and a few more
        self._piece: Table | None = None

    def _table(self, end: int) -> Table:
        piece = self.rows[self.start:end]
        shades = [colors.white, colors.HexColor("#f2f4f7")]
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), BODY, SIZE, LEADING), ("FONT", (0, 0), (-1, 0), BOLD, SIZE, LEADING),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), shades if self.start % 2 == 0 else shades[::-1]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        commands += [("FONT", (3, n), (3, n), BODY, size, size * LEADING / SIZE)
                     for n, (_, size) in enumerate(piece, start=1) if size != SIZE]
        # LongTable: measures rows only until the page is full, not the whole piece.
        return LongTable([self.header] + [cells for cells, _ in piece], colWidths=COLUMNS, repeatRows=1,
                         style=TableStyle(commands), hAlign="LEFT")

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if len(self.rows) - self.start > ROWS_PER_PIECE:
            self._piece = None
            return avail_width, avail_height + 1  # never fits whole: reportlab asks us to split
        self._piece = self._table(len(self.rows))
        return self._piece.wrap(avail_width, avail_height)  # type: ignore[no-any-return]

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        size = self.piece_rows
        while True:
            end = min(len(self.rows), self.start + size)
            piece = self._table(end)
            if piece.wrap(avail_width, avail_height)[1] > avail_height:
                break
            if end == len(self.rows):
                return [piece]
            size *= 2  # all of it fits: more rows, so the page is filled by one table with one header
        parts = piece.split(avail_width, avail_height)
        used = len(parts[0]._cellvalues) - 1 if parts else 0  # less the header row
        if used < 1:
            return []  # not even the header and one row fit here: the next page
        return [parts[0], PersonTable(self.header, self.rows, self.start + used, used + 8)]

    def draw(self) -> None:
        assert self._piece is not None  # wrap made it, since the whole rest fits here
        self._piece.drawOn(self.canv, 0, 0)


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
        if people:
            story += [*heading(text(language, key), st["heading"]),
                      PersonTable(header, [_row(p, language) for p in people])]
    return build_pdf(info, story)
