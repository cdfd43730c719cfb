"""The packaged app carries every data file the installed package carries (fonts, migrations, translations)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

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
