"""Shared fixtures: headless Qt, an in-memory keyring, private config folders, council files."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402

from tests.helpers.memory_keyring import MemoryKeyring  # noqa: E402
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recent files, settings and default council files go to a temporary folder, not the real home."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LOKALRAAD_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("LOKALRAAD_CONFIG_DIR", str(base / "config"))
    from PySide6 import QtCore  # QSettings() (window sizes, the preview's zoom) too: each test starts afresh

    for settings_format in (QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Format.IniFormat):
        QtCore.QSettings.setPath(settings_format, QtCore.QSettings.Scope.UserScope, str(base / "qsettings"))
    return base


@pytest.fixture(scope="session")
def template_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty council file at the current schema, made once per session (migrations are slow)."""
    from lokalraad_app.store.engine import open_store

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    store = open_store(path)
    store.close()
    return path


@pytest.fixture
def council_file(template_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the empty council file for one test."""
    path = tmp_path / "council.sqlite"
    shutil.copy(template_file, path)
    return path


@pytest.fixture
def store(council_file: Path):  # type: ignore[no-untyped-def]
    from lokalraad_app.store.engine import open_store

    s = open_store(council_file)
    yield s
    s.close()


@pytest.fixture
def services(council_file: Path):  # type: ignore[no-untyped-def]
    """All the app's services on a fresh council file (no backups taken)."""
    from lokalraad_app.services.bundle import open_services

    s = open_services(council_file, backup=False)
    yield s
    s.close()


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 with AUTH; the password has æ, ø and å."""
    with SmtpServer(password=DANISH_PASSWORD) as s:
        yield s


@pytest.fixture
def danish(qapp):  # type: ignore[no-untyped-def]
    """The app's Danish translations and number format, taken away again after the test."""
    from PySide6 import QtCore

    from lokalraad_app.ui.i18n import install_translators

    installed = install_translators(qapp, "da")
    yield
    for t in installed:
        qapp.removeTranslator(t)
    QtCore.QLocale.setDefault(QtCore.QLocale.c())


@pytest.fixture
def stack():  # type: ignore[no-untyped-def]
    from lokalraad_app.ui.undo import UndoStack

    return UndoStack()
