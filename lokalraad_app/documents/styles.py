"""The look every printed document shares: embedded fonts, A4, a running header, "side 2 af 5"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate

from lokalraad_app.documents.texts import text

FONTS = Path(__file__).with_name("fonts")
BODY, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 20 * mm


def register_fonts() -> None:
    """Fonts with every Danish letter, embedded in the PDF: no missing-glyph boxes on any computer."""
    if BODY not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(BODY, str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
        # The family maps <b> (and bold inside a regular style) to the bold face; without it reportlab
        # silently sets bold text in the regular one. We ship no italic: italic falls back to upright.
        registerFontFamily(BODY, normal=BODY, bold=BOLD, italic=BODY, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=BODY, fontSize=10, leading=14, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=23, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15, spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=12, leading=16, spaceBefore=10,
                                  spaceAfter=3),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=3),
    }


# A heading never stands alone at a page's foot: it starts a new page unless this much room is left
# under it (itself, a line of facts, a label and three lines of text). A label likewise keeps two lines.
# Explicit room, not reportlab's keepWithNext: that wraps a label and a long text in one block, which
# jumps to the next page whole and leaves the item's heading behind.
HEADING_ROOM = 34 * mm
LABEL_ROOM = 16 * mm


def heading(markup: str, style: ParagraphStyle) -> list[Flowable]:
    return [CondPageBreak(HEADING_ROOM), Paragraph(markup, style)]


def label(markup: str, style: ParagraphStyle) -> list[Flowable]:
    return [CondPageBreak(LABEL_ROOM), Paragraph(markup, style)]


@dataclass(frozen=True)
class Letterhead:
    """Who the document is from, in which language it is written, and the council's logo if it has one."""

    council: str
    language: str = "da"
    logo: bytes | None = None  # PNG or JPEG


@dataclass
class DocumentInfo:
    title: str
    subject: str
    header: str  # running header: council and meeting
    letterhead: Letterhead
    watermark: str = ""  # KLADDE across each page of draft minutes
    seal: str = ""  # SHA-256 over approved content, printed in every footer

    @property
    def language(self) -> str:
        return self.letterhead.language


SEAL_KEYWORD = "lokalraad-seal:"  # in the PDF's keywords too, so `lokalraad verify` can name what a copy claims
LOGO_BOX = (45 * mm, 14 * mm)  # the most a logo takes, top right of the first page, above the text


HEADER_SIZE, HEADER_LEADING = 8, 3.6 * mm
HEADER_GAP = 5 * mm  # between the running header and the logo on the first page


def header_lines(header: str, logo_width: float | None) -> list[str]:
    """The running header as drawn: one line across the page; on a page with the logo, only as wide as
    the room left of it, wrapped onto a second line (which still ends above the text), cut with "…"."""
    room = A4[0] - 2 * MARGIN - (logo_width + HEADER_GAP if logo_width else 0)
    lines = simpleSplit(header, BODY, HEADER_SIZE, room) or [""]
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return [_fit(line, room) for line in lines]


def _fit(line: str, room: float) -> str:
    """The line, shortened with "…" to fit the room (a word wider than the room, or the rest of a header)."""
    if stringWidth(line, BODY, HEADER_SIZE) <= room:
        return line
    while line and stringWidth(line + " …", BODY, HEADER_SIZE) > room:
        line = line[:-1]
    return line.rstrip() + " …"


def numbered_canvas(info: DocumentInfo, logo_width: float | None = None) -> type[canvas.Canvas]:
    """A canvas that knows the page count when it draws each footer (side 2 af 5); `logo_width`: the logo's
    on the first page, which the running header keeps clear of."""

    class NumberedCanvas(canvas.Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 — reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_frame(total)
                super().showPage()
            super().save()

        def _draw_frame(self, total: int) -> None:
            width, height = A4
            self.setFont(BODY, HEADER_SIZE)
            self.setFillGray(0.35)
            lines = header_lines(info.header, logo_width if self._pageNumber == 1 else None)
            for n, line in enumerate(lines):
                self.drawString(MARGIN, height - 12 * mm - n * HEADER_LEADING, line)
            self.drawRightString(width - MARGIN, 10 * mm,
                                 text(info.language, "page").format(page=self._pageNumber, pages=total))
            if info.seal:
                self.setFont(BODY, 6.5)
                self.drawString(MARGIN, 10 * mm, text(info.language, "seal").format(digest=info.seal))

    return NumberedCanvas


def build_pdf(info: DocumentInfo, story: list[Any]) -> bytes:
    """Lays out the flowables on A4 with margins that print, and returns the PDF's bytes."""
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 4 * mm,
                            bottomMargin=MARGIN, title=info.title, author=info.letterhead.council,
                            subject=info.subject, lang=info.language, creator="Lokalråd",
                            initialFontName=BODY,  # else an unembedded Helvetica is referenced
                            keywords=f"{SEAL_KEYWORD}{info.seal}" if info.seal else "")
    logo = _logo(info.letterhead.logo)
    maker: Callable[..., canvas.Canvas] = numbered_canvas(info, logo[1] if logo else None)

    def later_page(page: canvas.Canvas, _doc: Any) -> None:
        # Drawn when the page begins, so the text lies on top of the watermark and stays readable.
        if not info.watermark:
            return
        width, height = A4
        page.saveState()
        page.setFont(BOLD, 90)
        page.setFillColorRGB(0.88, 0.88, 0.88)
        page.translate(width / 2, height / 2)
        page.rotate(45)
        page.drawCentredString(0, 0, info.watermark)
        page.restoreState()

    def first_page(page: canvas.Canvas, doc_: Any) -> None:
        later_page(page, doc_)
        if logo is not None:
            reader, w, h = logo
            page.drawImage(reader, A4[0] - MARGIN - w, A4[1] - 8 * mm - h, width=w, height=h, mask="auto")

    doc.build(story, canvasmaker=maker, onFirstPage=first_page, onLaterPages=later_page)
    return buffer.getvalue()


def _logo(content: bytes | None) -> tuple[ImageReader, float, float] | None:
    """The logo scaled into LOGO_BOX, keeping its proportions; None when there is none."""
    if not content:
        return None
    reader = ImageReader(BytesIO(content))
    width, height = reader.getSize()
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    return reader, width * scale, height * scale


def check_logo(content: bytes) -> None:
    """Raises ValueError unless the bytes are a PNG or JPEG that the PDF can show."""
    if not (content.startswith(b"\x89PNG\r\n\x1a\n") or content.startswith(b"\xff\xd8")):
        raise ValueError("not a PNG or JPEG image")
    try:
        width, height = ImageReader(BytesIO(content)).getSize()
    except Exception as e:  # reportlab/Pillow raise many kinds for a damaged image
        raise ValueError(f"the image cannot be read ({e})") from None
    if width < 1 or height < 1:
        raise ValueError("the image is empty")
