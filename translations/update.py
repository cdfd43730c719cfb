"""Refreshes translations/lokalraad_da.ts from the code and compiles it into the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "lokalraad_da.ts"
QM = ROOT / "lokalraad_app" / "translations" / "lokalraad_da.qm"


def sources() -> list[str]:
    files = sorted((ROOT / "lokalraad_app" / "ui").rglob("*.py")) + [ROOT / "lokalraad_app" / "app.py"]
    return [str(p.relative_to(ROOT)) for p in files]


def main() -> int:
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources(), "-ts", str(TS.relative_to(ROOT)),
                    "-no-obsolete"], cwd=ROOT, check=True)
    if "--no-compile" not in sys.argv:
        QM.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(bin_dir / "pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
