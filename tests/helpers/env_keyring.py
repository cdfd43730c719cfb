"""A keyring backend for a child process in the tests (`PYTHON_KEYRING_BACKEND`): passwords handed over in
its environment (LOKALRAAD_TEST_SECRETS, JSON), kept in memory, never written anywhere."""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend

VARIABLE = "LOKALRAAD_TEST_SECRETS"


def environment(secrets: dict[tuple[str, str], str]) -> dict[str, str]:
    """What a child process needs to see `secrets` ((service, user) -> password) in its keyring."""
    return {"PYTHON_KEYRING_BACKEND": f"{__name__}.EnvKeyring",
            VARIABLE: json.dumps({f"{service}\x1f{user}": pw for (service, user), pw in secrets.items()})}


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[str, str] = json.loads(os.environ.get(VARIABLE, "{}"))

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get(f"{service}\x1f{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[f"{service}\x1f{username}"] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop(f"{service}\x1f{username}", None)
