"""The packaged app carries every data file the installed package carries (fonts, migrations, translations);
its version, desktop metadata and icons agree and validate."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def bundled_folders() -> set[str]:
    """The `datas` destinations of installer.spec, read by running it with PyInstaller's names stubbed."""
    captured: dict[str, Any] = {}

    def analysis(*args: Any, **kwargs: Any) -> Any:
        captured.update(kwargs)
        return type("A", (), {"pure": [], "scripts": [], "binaries": [], "datas": kwargs.get("datas", [])})()

    def ignore(*args: Any, **kwargs: Any) -> None:
        return None

    code = (ROOT / "installer.spec").read_text(encoding="utf-8")
    exec(compile(code, "installer.spec", "exec"),  # noqa: S102 — our own spec file
         {"SPECPATH": str(ROOT), "Analysis": analysis, "PYZ": ignore, "EXE": ignore, "COLLECT": ignore})
    return {destination for _, destination in captured["datas"]}


def test_installer_bundles_all_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["lokalraad_app"]
    bundled = bundled_folders()
    for pattern in patterns:
        folder = "lokalraad_app/" + str(Path(pattern).parent)
        assert any(folder == b or folder.startswith(b + "/") for b in bundled), f"{pattern} is not in installer.spec"
        assert list(ROOT.glob("lokalraad_app/" + pattern)), f"{pattern} matches no file"


PACKAGING = ROOT / "packaging"
APP_ID = "dk.lokalraad.Lokalraad"


def tool(name: str) -> str:
    """A system tool the check needs; CI installs it (.ci/run), so there its absence is a failure."""
    import os
    import shutil

    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            raise AssertionError(f"{name} is not installed; .ci/run installs it")
        pytest.skip(f"{name} is not installed here (CI installs it)")
    return found


def test_the_version_is_written_in_one_place_and_everything_shows_it() -> None:
    import re

    from lokalraad_app import __version__

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in config["project"] and config["project"]["dynamic"] == ["version"]
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "lokalraad_app.__version__"}
    metainfo = (PACKAGING / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    newest = re.search(r'<release version="([^"]+)"', metainfo)
    assert newest is not None and newest.group(1) == __version__, "add the release to the metainfo"
    iss = (PACKAGING / "windows-installer.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss and not re.search(r"AppVersion=\d", iss)
    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    assert "lokalraad_app\" / \"__init__.py\"" in spec and "version=version" in spec


def test_the_about_dialog_and_the_command_line_show_the_version(qtbot, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import QtCore

    from lokalraad_app import __version__
    from lokalraad_app.cli import main
    from lokalraad_app.services.overview import OverviewService
    from lokalraad_app.ui import prompts
    from lokalraad_app.ui.events import Events
    from lokalraad_app.ui.main_window import MainWindow

    try:
        main(["--version"])
    except SystemExit as done:  # argparse's version action ends the program
        assert done.code in (0, None)
    assert capsys.readouterr().out.split() == ["lokalraad", __version__]
    shown: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append(text))
    settings = QtCore.QSettings(str(ROOT / "never-written.ini"), QtCore.QSettings.Format.IniFormat)
    window = MainWindow(OverviewService(ROOT / "never-opened.sqlite"), Events(), settings, [])
    qtbot.addWidget(window)
    window._on_about()
    assert shown and f"Lokalråd {__version__}" in shown[0]


def test_the_desktop_entry_validates_and_names_an_icon_that_exists() -> None:
    import subprocess

    entry = PACKAGING / f"{APP_ID}.desktop"
    result = subprocess.run([tool("desktop-file-validate"), str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr
    assert f"Icon={APP_ID}" in entry.read_text(encoding="utf-8")


def test_the_appstream_metainfo_validates() -> None:
    import subprocess

    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", "--explain",
                             str(PACKAGING / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_in_every_size_the_systems_ask_for() -> None:
    import struct

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (PACKAGING / "lokalraad.ico").read_bytes()
    count = struct.unpack("<HHH", ico[:6])[2]
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}  # 0 in the directory means 256
    assert {16, 32, 48, 256} <= sizes
    assert (PACKAGING / "lokalraad.icns").read_bytes()[:4] == b"icns"
