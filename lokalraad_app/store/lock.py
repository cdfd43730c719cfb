"""The single-instance lock: one writer per council file, released by the OS if the app crashes."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO


class FileLockedError(Exception):
    """The council file is open in another Lokalråd; the message is for the user."""


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class FileLock:
    """An OS-level lock on `<file>.lock`.

    The OS drops the lock when the process dies, so a crash never leaves the file locked; the
    PID and host written inside only serve the message shown to the second instance.
    """

    def __init__(self, path: Path) -> None:
        self.path = lock_path_for(Path(path))
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(5):
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 — held until release()
            try:
                _lock(handle)
            except OSError:
                handle.seek(0)
                holder = handle.read().strip() or "another program"
                handle.close()
                raise FileLockedError(
                    f"{self.path.with_suffix('').name} is already open in Lokalråd ({holder}). "
                    "Close it there first; two programs writing one file would damage it."
                ) from None
            if _same_file(handle, self.path):
                break
            # The holder released and removed the lock file between our open and our lock: the lock we
            # got is on a file nobody else will see. Take the lock on the file that is there now.
            _unlock(handle)
            handle.close()
        else:
            raise FileLockedError(f"{self.path.name} keeps changing; another program is busy with it.")
        handle.seek(0)
        handle.truncate()
        handle.write(f"PID {os.getpid()} on {_host_name()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            if sys.platform != "win32":
                # Removed while still locked: whoever opened it meanwhile locks a file that is gone, sees
                # that (_same_file) and takes the new one; no two holders. (Windows refuses to delete an
                # open file, so there it goes after closing, if no one else has it open.)
                _remove(self.path)
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None
            if sys.platform == "win32":
                _remove(self.path)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass  # another instance has it open (Windows) or removed it already: fine


def _same_file(handle: IO[str], path: Path) -> bool:
    """Whether the open handle is still the file at `path` (it was not removed or replaced)."""
    if sys.platform == "win32":
        return True  # an open file cannot be removed there, and file ids on network shares are unreliable
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(handle.fileno())
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def _host_name() -> str:
    # os.uname() instead of the socket module: this runs before the first window shows.
    return os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "this computer")


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
