"""Builds the installer's folder with PyInstaller from installer.spec and reports what a release costs:
the build's time, the bundle's size on disk and in files, and how long its `--self-test` takes.

    .venv/bin/python bench/bundle.py [--out bench/out/bundle]

The table goes to stdout (Markdown), like bench/run.py."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "bundle")
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "installer.spec"), "--noconfirm",
                    "--distpath", str(args.out / "dist"), "--workpath", str(args.out / "work")],
                   check=True, capture_output=True)
    build_s = time.perf_counter() - began
    bundle = args.out / "dist" / "lokalraad"
    size, count = folder_size(bundle)
    began = time.perf_counter()
    subprocess.run([str(bundle / "lokalraad"), "--self-test"], check=True, capture_output=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    self_test_s = time.perf_counter() - began
    print(f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; {time.strftime('%Y-%m-%d %H:%M')}\n")
    print("| measure | figure |\n|---|---|")
    print(f"| PyInstaller build of installer.spec (one folder, clean) | {build_s:.0f} s |")
    print(f"| bundle on disk | {size / 2**20:.0f} MB in {count:,} files |")
    print(f"| `lokalraad --self-test` in the bundle | {self_test_s:.1f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
