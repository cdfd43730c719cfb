"""Preview and print: the printed pages are the PDF's pages (printed to a PDF file, rendered by poppler)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6 import QtCore, QtGui, QtPrintSupport

from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.documents.preview_dialog import DocumentPreview
from tests.test_documents import meeting_with_items

A4_POINTS = (595.28, 841.89)


@pytest.fixture
def services(council_file: Path) -> AppServices:  # type: ignore[misc]
    s = open_services(council_file, backup=False)
    s.council.save_council(CouncilInput(name="Kirke Såby Lokalråd"))
    yield s
    s.close()


def print_to_file(monkeypatch: pytest.MonkeyPatch, target: Path, pages: tuple[int, int] | None = None) -> None:
    """Answers the print dialog: a PDF printer writing to `target`, optionally a page range."""
    def setup(parent: object, printer: QtPrintSupport.QPrinter, count: int) -> bool:
        printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(100)
        if pages:
            printer.setFromTo(*pages)
        return True

    monkeypatch.setattr(prompts, "print_setup", setup)


def rendered(pdf: Path, page: int, out: Path) -> QtGui.QImage:
    """Page `page` drawn by poppler, grey and smoothed to 80 × 113 so that anti-aliasing does not count."""
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(out)], check=True)
    image = QtGui.QImage(str(out) + ".png").convertToFormat(QtGui.QImage.Format.Format_Grayscale8)
    return image.scaled(80, 113, QtCore.Qt.AspectRatioMode.IgnoreAspectRatio,
                        QtCore.Qt.TransformationMode.SmoothTransformation)


def difference(a: QtGui.QImage, b: QtGui.QImage) -> float:
    """Mean absolute difference of two grey images, 0–255."""
    total = sum(abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value())
                for y in range(a.height()) for x in range(a.width()))
    return total / (a.width() * a.height())


def test_preview_shows_every_page_and_print_matches_the_pdf(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    name, pdf = services.documents.agenda(meeting_with_items(services, 40))
    original = tmp_path / name
    original.write_bytes(pdf)
    pages = len(PdfReader(BytesIO(pdf)).pages)
    assert pages >= 3

    preview = DocumentPreview("Dagsorden", name, pdf)
    qtbot.addWidget(preview)
    assert preview.page_count == pages and len(preview.page_labels) == pages
    assert preview.page_labels[0].pixmap().width() > 500  # a whole A4 page at 96 dpi

    printed = tmp_path / "printed.pdf"
    print_to_file(monkeypatch, printed)
    assert preview.print_document()
    reader = PdfReader(printed)
    assert len(reader.pages) == pages
    for page in reader.pages:  # A4 sheets, no margins added by the printer
        assert abs(float(page.mediabox.width) - A4_POINTS[0]) < 1.5
        assert abs(float(page.mediabox.height) - A4_POINTS[1]) < 1.5
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler's pdftoppm is not installed (.ci/run installs it)")
    same = difference(rendered(original, 2, tmp_path / "o2"), rendered(printed, 2, tmp_path / "p2"))
    # The neighbouring page looks much alike (same layout, same kind of text): the measure must tell them apart.
    other = difference(rendered(original, 3, tmp_path / "o3"), rendered(printed, 2, tmp_path / "p2b"))
    assert same < 7 and other > 2 * same  # page 2 printed is page 2 of the PDF


def test_print_only_the_pages_chosen(qtbot, monkeypatch, services: AppServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name, pdf = services.documents.agenda(meeting_with_items(services, 40))
    preview = DocumentPreview("Dagsorden", name, pdf)
    qtbot.addWidget(preview)
    printed = tmp_path / "side2.pdf"
    print_to_file(monkeypatch, printed, pages=(2, 2))
    assert preview.print_document()
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    assert len(PdfReader(BytesIO(pdf)).pages) > 1


def test_cancelled_print_prints_nothing(qtbot, monkeypatch, services: AppServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name, pdf = services.documents.members(date(2026, 3, 1))
    preview = DocumentPreview("Medlemsliste", name, pdf)
    qtbot.addWidget(preview)
    monkeypatch.setattr(prompts, "print_setup", lambda parent, printer, count: False)
    before = set(tmp_path.iterdir())
    assert not preview.print_document()
    assert set(tmp_path.iterdir()) == before


def test_print_pages_with_gaps_in_the_range(qtbot, monkeypatch, services: AppServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A range like "1,3" prints pages 1 and 3, not 1 to 3."""
    name, pdf = services.documents.agenda(meeting_with_items(services, 40))
    preview = DocumentPreview("Dagsorden", name, pdf)
    qtbot.addWidget(preview)
    printed = tmp_path / "side1og3.pdf"

    def setup(parent: object, printer: QtPrintSupport.QPrinter, count: int) -> bool:
        printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(60)
        printer.setPrintRange(QtPrintSupport.QPrinter.PrintRange.PageRange)
        printer.setPageRanges(QtGui.QPageRanges.fromString("1,3"))
        return True

    monkeypatch.setattr(prompts, "print_setup", setup)
    assert preview.print_document()
    assert len(PdfReader(printed).pages) == 2


def test_preview_draws_pages_as_they_scroll_into_view_and_zooms(qtbot, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    name, pdf = services.documents.agenda(meeting_with_items(services, 40))
    preview = DocumentPreview("Dagsorden", name, pdf)
    qtbot.addWidget(preview)
    preview.resize(800, 600)
    preview.show()
    qtbot.waitExposed(preview)
    first, last = preview.page_labels[0], preview.page_labels[-1]
    drawn = [label for label in preview.page_labels if not label.pixmap().isNull()]
    assert first in drawn and last not in drawn and len(drawn) <= 3  # only what is in view is drawn
    bar = preview.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert not last.pixmap().isNull() and first.pixmap().isNull()  # drawn on arrival, dropped far away
    width = last.width()
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview, QtCore.Qt.Key.Key_Plus, QtCore.Qt.KeyboardModifier.ControlModifier)  # Ctrl++
    assert preview.zoom == 1.25 and abs(last.width() - width * 1.25) <= 1
    qtbot.keySequence(preview, QtGui.QKeySequence("Ctrl+0"))
    assert preview.zoom == 1.0 and last.width() == width
    # Zooming keeps the reader on the page they were reading.
    third = preview.page_labels[2]
    bar.setValue(third.y())
    preview.set_zoom(2.0)
    assert third.y() <= bar.value() + bar.pageStep() // 2 < third.y() + third.height()
    assert not third.pixmap().isNull()
    preview.close()
