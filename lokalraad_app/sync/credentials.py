"""Passwords for the municipality's servers, kept only in the OS keyring (never on disk, in logs or exports).

Keyring calls run in a helper thread with a timeout: a locked Secret Service can block forever.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors

SERVICE = "Lokalråd"
SERVERS = ("smtp", "caldav", "webdav")
TIMEOUT_SECONDS = 10.0

T = TypeVar("T")


class CredentialError(Exception):
    """No password can be stored or read; the message (Danish) says why and what to do."""


class NoKeyringError(CredentialError):
    """This computer has no secure keyring at all: the window keeps a password in memory for the session."""


def account(server: str, username: str, host: str) -> str:
    """The keyring's user name for one login: one password per server, user and host."""
    return f"{server}:{username}@{host}"


NO_KEYRING = ("Der er ingen sikker nøglering på denne computer, så adgangskoden kan ikke gemmes. Installer eller "
              "lås computerens nøglering op, og prøv igen.")


def _call(work: Callable[[], T], timeout: float | None) -> T:
    result: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            # Finding the backend talks to D-Bus on Linux too, so it runs here, under the timeout.
            if getattr(keyring.get_keyring(), "priority", 0) < 1:  # the "fail", null or a plaintext backend
                raise NoKeyringError(NO_KEYRING)
            result.append(work())
        except BaseException as e:  # handed to the caller's thread
            failure.append(e)

    worker = threading.Thread(target=run, name="keyring", daemon=True)
    worker.start()
    worker.join(TIMEOUT_SECONDS if timeout is None else timeout)
    if worker.is_alive():
        raise CredentialError("Nøgleringen svarede ikke (er den låst?). Lås den op, og prøv igen.")
    if failure:
        if isinstance(failure[0], CredentialError):
            raise failure[0]
        if isinstance(failure[0], keyring.errors.NoKeyringError):
            raise NoKeyringError(NO_KEYRING)
        if isinstance(failure[0], keyring.errors.KeyringError):
            raise CredentialError(f"Nøgleringen kunne ikke bruges ({failure[0]}). Lås den op, og prøv igen.")
        raise failure[0]
    return result[0]


def get_password(server: str, username: str, host: str, timeout: float | None = None) -> str | None:
    name = account(server, username, host)
    return _call(lambda: keyring.get_password(SERVICE, name), timeout)


def set_password(server: str, username: str, host: str, password: str,
                 timeout: float | None = None) -> None:
    name = account(server, username, host)
    _call(lambda: keyring.set_password(SERVICE, name, password), timeout)
