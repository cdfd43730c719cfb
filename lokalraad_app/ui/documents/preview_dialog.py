"""Preview of a printed document inside the app, with Save as PDF and Print.

The pages are drawn by PDFium (pypdfium2), the engine QtPdf wraps; the PySide6 wheels on PyPI do not
carry QtPdf. Print renders the same pages at the printer's resolution onto full A4 sheets, so the
printed page is the PDF's page: same margins, same breaks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6 import QtCore, QtGui, QtPrintSupport, QtWidgets

from lokalraad_app.ui import prompts

PREVIEW_DPI = 96
PRINT_DPI_MAX = 300  # enough for text; more only makes the print job slower


def render_page(document: pdfium.PdfDocument, index: int, dpi: float) -> QtGui.QImage:
    """One page as an image at `dpi` (white paper, our fonts as embedded)."""
    bitmap = document[index].render(scale=dpi / 72, prefer_bgrx=True, may_draw_forms=False)
    image = QtGui.QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QtGui.QImage.Format.Format_RGB32)
    return image.copy()  # own the pixels: PDFium frees its bitmap


def pages_to_print(printer: QtPrintSupport.QPrinter, pages: int) -> list[int]:
    """0-based indexes of the pages the user chose in the print dialog (all, a range, or "1,3-4")."""
    ranges = printer.pageRanges()
    if printer.printRange() == QtPrintSupport.QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [i for i in range(pages) if ranges.contains(i + 1)]
    first, last = printer.fromPage(), printer.toPage()
    if first > 0 and last > 0:
        return list(range(first - 1, min(last, pages)))
    return list(range(pages))


def print_pdf(pdf: bytes, printer: QtPrintSupport.QPrinter) -> int:
    """Prints the PDF's pages that the user chose on A4; returns how many were printed.

    Each page is drawn at the printer's resolution into the whole sheet (full-page mode, so the
    printer adds no margins of its own), keeping its proportions should the paper not be A4.
    """
    document = pdfium.PdfDocument(pdf)
    try:
        wanted = pages_to_print(printer, len(document))
        layout = QtGui.QPageLayout(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4),
                                   QtGui.QPageLayout.Orientation.Portrait, QtCore.QMarginsF())
        layout.setMode(QtGui.QPageLayout.Mode.FullPageMode)  # margins outside the printable area are allowed
        printer.setPageLayout(layout)
        printer.setFullPage(True)  # after setPageLayout, which would switch it back
        painter = QtGui.QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            dpi = min(printer.resolution(), PRINT_DPI_MAX)
            sheet = QtCore.QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            for n, index in enumerate(wanted):
                if n:
                    printer.newPage()
                image = render_page(document, index, dpi)
                size = QtCore.QSizeF(image.size()).scaled(sheet.size(), QtCore.Qt.AspectRatioMode.KeepAspectRatio)
                target = QtCore.QRectF(QtCore.QPointF(0, 0), size)
                target.moveCenter(sheet.center())
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(wanted)
    finally:
        document.close()


def show_preview(file_name: str, pdf: bytes, parent: QtWidgets.QWidget) -> DocumentPreview:
    """Opens a document's preview beside the window (not modal); it deletes itself when closed."""
    dialog = DocumentPreview(file_name.removesuffix(".pdf"), file_name, pdf, parent)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class DocumentPreview(QtWidgets.QDialog):
    """Shows a document's pages; Ctrl+S saves it as PDF, Ctrl+P prints it, Esc closes."""

    def __init__(self, title: str, file_name: str, pdf: bytes, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.file_name, self.pdf = file_name, pdf
        self.saved_to: Path | None = None
        self._settings = QtCore.QSettings()
        # Pages are drawn when they scroll into view and dropped when far away: a busy year's annual
        # report has over a hundred pages, several MB each as pictures.
        self._document: pdfium.PdfDocument | None = pdfium.PdfDocument(pdf)
        self.page_count = len(self._document)
        self._page_points = [self._document[i].get_size() for i in range(self.page_count)]
        self._drawn: dict[int, float] = {}  # page index → the zoom it was drawn at
        self.zoom = float(self._settings.value("preview/zoom", 1.0))
        self.page_labels: list[QtWidgets.QLabel] = []
        pages = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(pages)
        column.setSpacing(12)
        for index in range(self.page_count):
            label = QtWidgets.QLabel()
            label.setFrameShape(QtWidgets.QFrame.Shape.Box)
            label.setAutoFillBackground(True)
            label.setBackgroundRole(QtGui.QPalette.ColorRole.Base)
            label.setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(index + 1))
                                    .replace("%2", str(self.page_count)))
            column.addWidget(label, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.scroll = scroll = QtWidgets.QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(False)
        scroll.setAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter)
        scroll.setBackgroundRole(QtGui.QPalette.ColorRole.Dark)
        scroll.verticalScrollBar().valueChanged.connect(self.draw_visible_pages)
        self._size_pages()
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.ZoomIn, self, lambda: self.set_zoom(self.zoom * 1.25))
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.ZoomOut, self, lambda: self.set_zoom(self.zoom / 1.25))
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+0"), self, lambda: self.set_zoom(1.0))

        self.pages_label = QtWidgets.QLabel(self.tr("%n page(s)", "", self.page_count))
        buttons = QtWidgets.QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save as PDF…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("&Print…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.buttons = buttons
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        close.clicked.connect(self.reject)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Save, self, self.save_as)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Print, self, self.print_document)

        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.pages_label)
        bottom.addWidget(buttons, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.resize(self._settings.value("preview/size", QtCore.QSize(860, 700)))
        self.draw_visible_pages()

    # --- pages on screen -------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """Ctrl++ and Ctrl+- (25 % to 400 %), Ctrl+0 for actual size; the view stays where it was."""
        bar = self.scroll.verticalScrollBar()
        through = bar.value() / max(bar.maximum(), 1)
        self.zoom = min(4.0, max(0.25, zoom))
        self._size_pages()
        bar.setValue(round(through * bar.maximum()))
        self.draw_visible_pages()

    def _size_pages(self) -> None:
        """Sizes the pages for the zoom and notes where each one starts (before any layout has run)."""
        column = self.scroll.widget().layout()
        top = column.contentsMargins().top()
        self._tops: list[tuple[int, int]] = []  # page index → (top, bottom) in the scrolled widget
        for label, (width, height) in zip(self.page_labels, self._page_points, strict=True):
            size = QtCore.QSize(round(width / 72 * PREVIEW_DPI * self.zoom), round(height / 72 * PREVIEW_DPI * self.zoom))
            label.setFixedSize(size)
            self._tops.append((top, top + size.height()))
            top += size.height() + column.spacing()
        column.activate()
        self.scroll.widget().adjustSize()

    def draw_visible_pages(self) -> None:
        """Draws the pages in view (and a screenful either side) at the current zoom; forgets the others."""
        if self._document is None:
            return
        top = self.scroll.verticalScrollBar().value()
        height = max(self.scroll.viewport().height(), 1)
        near_top, near_bottom = top - height, top + 2 * height
        for index, label in enumerate(self.page_labels):
            page_top, page_bottom = self._tops[index]
            visible = page_bottom >= near_top and page_top <= near_bottom
            if visible and self._drawn.get(index) != self.zoom:
                image = render_page(self._document, index, PREVIEW_DPI * self.zoom)
                label.setPixmap(QtGui.QPixmap.fromImage(image))
                self._drawn[index] = self.zoom
            elif not visible and index in self._drawn:
                label.clear()
                del self._drawn[index]

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        self.draw_visible_pages()

    def add_button(self, text: str, slot: Callable[[], object]) -> QtWidgets.QPushButton:
        """Another way out for this document (the annual report's editable text)."""
        button = self.buttons.addButton(text, QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def save_as(self) -> Path | None:
        """Asks where, writes the PDF there (never half-written under its name), and returns the path."""
        start = str(Path(str(self._settings.value("preview/folder", str(Path.home())))) / self.file_name)
        target = prompts.save_file(self, self.tr("Save as PDF"), self.tr("PDF documents (*.pdf)"), start)
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_bytes(self.pdf)
            partial.replace(target)
        except OSError as e:
            prompts.error(self, self.tr("Not saved"), f"{target}: {e.strerror}")
            return None
        self._settings.setValue("preview/folder", str(target.parent))
        self.saved_to = target
        return target

    def print_document(self) -> bool:
        """The system print dialog, then the pages as they are in the PDF."""
        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setFromTo(1, self.page_count)
        if not prompts.print_setup(self, printer, self.page_count):
            return False
        try:
            print_pdf(self.pdf, printer)
        except OSError as e:
            prompts.error(self, self.tr("Not printed"), str(e))
            return False
        return True

    def done(self, result: int) -> None:
        self._settings.setValue("preview/size", self.size())
        self._settings.setValue("preview/zoom", self.zoom)
        self._close_document()
        super().done(result)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 — Qt's name
        self._settings.setValue("preview/size", self.size())
        self._close_document()
        super().closeEvent(event)

    def _close_document(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None
