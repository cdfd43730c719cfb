"""The installer's folder, built for real with PyInstaller from installer.spec, works: its own
`--self-test` passes headless, with a real Secret Service keyring (GNOME Keyring on a private D-Bus)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lokalraad_app import __version__
from tests.test_packaging import ROOT, tool

BUILD_TIMEOUT_S = 900  # about 75 s alone on 2 cores; more while other work runs


def test_the_built_bundle_passes_its_self_test_with_a_real_keyring(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "installer.spec"), "--noconfirm",
                            "--distpath", str(dist), "--workpath", str(work)],
                           capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, cwd=tmp_path)
    assert build.returncode == 0, build.stderr[-3000:]
    app = dist / "lokalraad" / "lokalraad"
    assert app.is_file() and os.access(app, os.X_OK)
    bundled = dist / "lokalraad" / "_internal" / "lokalraad_app"
    for data in ("translations/lokalraad_da.qm", "documents/fonts/DejaVuSans-Bold.ttf"):
        assert (bundled / data).is_file(), data

    # A home of its own, so GNOME Keyring makes a fresh login keyring unlocked with a known password.
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DBUS"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"), QT_QPA_PLATFORM="offscreen",
               LOKALRAAD_DATA_DIR=str(tmp_path / "data"))
    script = f"echo -n self-test | {tool('gnome-keyring-daemon')} --unlock --components=secrets >/dev/null && " \
             f"exec {app} --self-test"
    run = subprocess.run([tool("dbus-run-session"), "--", "sh", "-c", script], capture_output=True, text=True,
                         timeout=120, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert "keyring: keyring.backends.SecretService.Keyring round trip ok" in lines
    assert f"lokalraad {__version__}: self-test passed" in lines
