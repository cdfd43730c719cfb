"""Where council files live by default, and which one was opened last (shared by app and CLI)."""

from __future__ import annotations

import json
import os
from pathlib import Path

APP_NAME = "Lokalraad"
MAX_RECENT = 8


def data_dir() -> Path:
    """LOKALRAAD_DATA_DIR overrides the platform's user data folder (tests, portable installs)."""
    import platformdirs  # here, not at the top: the first window must not wait for it

    return Path(os.environ.get("LOKALRAAD_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    import platformdirs

    return Path(os.environ.get("LOKALRAAD_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_council_file() -> Path:
    return data_dir() / "lokalraad.sqlite"


def _recent_path() -> Path:
    return config_dir() / "recent.json"


def recent_files() -> list[Path]:
    try:
        names = json.loads(_recent_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(n) for n in names if isinstance(n, str)]


def remember_file(path: Path) -> None:
    path = Path(path).resolve()
    files = [path] + [p for p in recent_files() if p != path]
    target = _recent_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps([str(p) for p in files[:MAX_RECENT]], ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)


def last_council_file() -> Path:
    """The file opened last, or the default one."""
    recent = recent_files()
    return recent[0] if recent else default_council_file()
