"""Draws the app icon (packaging/lokalraad.svg) in every size the systems ask for:
hicolor PNGs for the Linux desktop entry, lokalraad.ico for Windows and lokalraad.icns for macOS.

Run after changing the SVG: `python packaging/make_icons.py`; the results are committed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets  # noqa: E402

HERE = Path(__file__).resolve().parent
APP_ID = "dk.lokalraad.Lokalraad"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QtSvg.QSvgRenderer, size: int) -> QtGui.QImage:
    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])  # noqa: F841 — image plugins
    renderer = QtSvg.QSvgRenderer(str(HERE / "lokalraad.svg"))
    if not renderer.isValid():
        print("lokalraad.svg cannot be read", file=sys.stderr)
        return 1
    for size in HICOLOR_SIZES:
        target = HERE / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
    # Windows and macOS want every size in one file, which Qt's writers do not do; Pillow (which
    # reportlab brings) does, from the drawn PNGs.
    from PIL import Image

    pngs = {size: HERE / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in HICOLOR_SIZES}
    largest = Image.open(pngs[256])
    largest.save(HERE / "lokalraad.ico", sizes=[(s, s) for s in ICO_SIZES])
    Image.open(pngs[512]).save(HERE / "lokalraad.icns")
    print(f"wrote {len(HICOLOR_SIZES)} PNGs, lokalraad.ico and lokalraad.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
