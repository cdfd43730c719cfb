"""The code stays as STYLE.md asks: ruff clean everywhere, mypy --strict clean below the UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_ruff_is_clean() -> None:
    result = subprocess.run([str(BIN / "ruff"), "check", "lokalraad_app", "tests", "bench"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_domain_services_and_store_pass_mypy_strict() -> None:
    targets = ["lokalraad_app/domain", "lokalraad_app/services", "lokalraad_app/store"]
    result = subprocess.run([str(BIN / "mypy"), "--strict", "--no-error-summary", *targets], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
