"""The single-instance lock: one writer per council file, released by the OS if the app crashes."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO


class FileLockedError(Exception):
    """The council file is open in another Lokalråd; the message is for the user."""


class ReadOnlyError(OSError):
    """The council file cannot be written where it is; the message is for the user."""


def read_only_reason(path: Path) -> str | None:
    """Why Lokalråd cannot write the file where it is, for the user; None when it can."""
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):  # a missing folder is made (or fails) later
        return (f"The folder {folder} is read-only (a write-protected USB stick, a CD, or a folder you may only "
                f"read), and Lokalråd writes next to the council file while it is open. Copy {path.name} to a "
                "folder you can change, and open it there.")
    if path.exists() and not os.access(path, os.W_OK):
        return (f"{path} is read-only (write-protected), so nothing could be saved in it. Remove the "
                "write protection in the file's properties, or copy it and open the copy.")
    return None


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class FileLock:
    """An OS-level lock on `<file>.lock`, and on the file's identity.

    The OS drops the lock when the process dies, so a crash never leaves the file locked; the
    PID and host written inside only serve the message shown to the second instance.

    `<file>.lock` is per name: a hard link or a symbolic link is another name for the same file. So an
    existing file is also locked by its identity (device and inode), in a lock file named after that in
    the user's own folder under the computer's temporary folder; the lock next to the file still guards against other computers
    reaching it over a network share.
    """

    def __init__(self, path: Path) -> None:
        self.data_path = Path(path)
        self.path = lock_path_for(self.data_path)
        self._held: list[tuple[Path, IO[str]]] = []

    def acquire(self) -> None:
        reason = read_only_reason(self.data_path)
        if reason is not None:  # the lock file cannot be made there, and nothing could be saved anyway
            raise ReadOnlyError(reason)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        held = [(self.path, _take(self.path, self.data_path.name))]
        try:
            # A new file gets its identity now (empty: a zero-byte file is where a new council file is
            # made), so that a link made to it while it is open cannot let a second writer in either.
            if not self.data_path.exists():
                os.close(os.open(self.data_path, os.O_WRONLY | os.O_CREAT, 0o666))
            identity = identity_lock_path(self.data_path)
            if identity is not None:
                held.append((identity, _take(identity, self.data_path.name, other_name=True)))
        except BaseException:
            _let_go(*held[0])
            raise
        self._held = held

    def release(self) -> None:
        while self._held:
            _let_go(*self._held.pop())

    @property
    def held(self) -> bool:
        return bool(self._held)

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def identity_lock_path(path: Path) -> Path | None:
    """The lock file for the file's identity; None where the file cannot be found or no private folder for
    the lock can be had."""
    try:
        st = os.stat(path)  # follows symbolic links: every name of the file gives the same identity
    except OSError:
        return None
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    folder = Path(tempfile.gettempdir()) / f"lokalraad-locks-{user}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        if hasattr(os, "getuid") and (folder.is_symlink() or folder.stat().st_uid != os.getuid()):
            return None  # someone else's folder in a shared temporary folder: never write into it
    except OSError:
        return None
    return folder / f"{st.st_dev}-{st.st_ino}.lock"


def _take(lock_path: Path, shown: str, other_name: bool = False) -> IO[str]:
    for _ in range(5):
        handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 — held until release()
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another program"
            handle.close()
            also = ", perhaps under another name (a link to the same file)" if other_name else ""
            raise FileLockedError(
                f"{shown} is already open in Lokalråd ({holder}){also}. "
                "Close it there first; two programs writing one file would damage it."
            ) from None
        if _same_file(handle, lock_path):
            break
        # The holder released and removed the lock file between our open and our lock: the lock we
        # got is on a file nobody else will see. Take the lock on the file that is there now.
        _unlock(handle)
        handle.close()
    else:
        raise FileLockedError(f"{lock_path.name} keeps changing; another program is busy with it.")
    try:  # unbuffered: a write that fails (a full disk) must not fail again when the handle is closed
        os.ftruncate(handle.fileno(), 0)
        os.lseek(handle.fileno(), 0, os.SEEK_SET)
        os.write(handle.fileno(), f"PID {os.getpid()} on {_host_name()}".encode())
    except OSError:
        pass  # the lock is held all the same; the text only names the holder in messages
    return handle


def _let_go(lock_path: Path, handle: IO[str]) -> None:
    try:
        if sys.platform != "win32":
            # Removed while still locked: whoever opened it meanwhile locks a file that is gone, sees
            # that (_same_file) and takes the new one; no two holders. (Windows refuses to delete an
            # open file, so there it goes after closing, if no one else has it open.)
            _remove(lock_path)
        _unlock(handle)
    finally:
        handle.close()
        if sys.platform == "win32":
            _remove(lock_path)


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
