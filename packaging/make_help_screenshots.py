"""Takes the user guide's pictures of the real screens: the app, in Danish, on a fresh demo council, at
1366×768, on Qt's offscreen platform. Writes lokalraad_app/help/img/*.png (committed).

Run after changing a page the guide shows: `python packaging/make_help_screenshots.py`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtWidgets  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "lokalraad_app" / "help" / "img"
WIDTH = 1000  # pixels in the guide's files: sharp at the guide's 640, small on disk


def save(widget: QtWidgets.QWidget, name: str) -> None:
    QtWidgets.QApplication.processEvents()
    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, QtCore.Qt.TransformationMode.SmoothTransformation)
    if not image.save(str(IMG / name), "PNG"):
        raise OSError(f"could not write {IMG / name}")
    print(f"wrote {IMG / name}")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="lokalraad-help-") as tmp:
        os.environ["LOKALRAAD_DATA_DIR"] = tmp  # never the user's recent files
        from lokalraad_app.app import start
        from lokalraad_app.demo_data import write_demo
        from lokalraad_app.services.handover import checklist, export_handover, open_handover_as
        from lokalraad_app.ui.handover_dialog import HandoverChecklistDialog
        from lokalraad_app.ui.i18n import install_translators

        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
        translators = install_translators(app, "da")  # noqa: F841 — kept alive while the pictures are taken
        demo = Path(tmp) / "demo.sqlite"
        write_demo(demo)
        settings = QtCore.QSettings(str(Path(tmp) / "settings.ini"), QtCore.QSettings.Format.IniFormat)
        controller = start(demo, settings)
        if controller is None or not controller.load():
            print("the demo council could not be opened", file=sys.stderr)
            return 1
        window = controller.window
        window.resize(1366, 768)
        window.show()
        IMG.mkdir(parents=True, exist_ok=True)
        save(window, "overblik.png")
        window.show_page("members")
        save(window, "medlemmer.png")
        meetings = window.show_page("meetings")
        held = [m for m in controller.services.meetings.meetings()  # type: ignore[union-attr]
                if m.start < QtCore.QDateTime.currentDateTime().toPython().astimezone(m.start.tzinfo)]
        meeting_id = max(held, key=lambda m: m.start).id
        meetings.open_meeting(meeting_id)  # type: ignore[attr-defined]
        page = meetings.page  # type: ignore[attr-defined]
        page.agenda_editor.agenda_view.setCurrentIndex(page.agenda_model.index(3))
        save(window, "moede.png")
        page.tabs.setCurrentIndex(1)
        save(window, "referat.png")
        plan = window.show_page("plan")
        plan.tree.setCurrentIndex(plan.model.index(0, 0, plan.model.index(0, 0)))  # type: ignore[attr-defined]
        save(window, "plan.png")
        hearings = window.show_page("hearings")
        hearings.table.selectRow(0)  # type: ignore[attr-defined]
        save(window, "hoeringer.png")
        archive = Path(tmp) / "overdragelse.zip"
        manifest = export_handover(demo, archive)
        opened = Path(tmp) / "ny.sqlite"
        open_handover_as(archive, opened)
        dialog = HandoverChecklistDialog(manifest, checklist(None, manifest))
        dialog.show()
        save(dialog, "overdragelse.png")
        dialog.close()
        controller.release()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
