"""The municipality profile (servers and addresses, kept in the council file) and the servers' passwords
(kept only in the OS keyring)."""

from __future__ import annotations

import ssl
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from lokalraad_app.domain.models import Setting
from lokalraad_app.domain.profile import Profile, ProfileError, parse_profile
from lokalraad_app.services.errors import Changes, ValidationError
from lokalraad_app.store.engine import Store
from lokalraad_app.sync import credentials
from lokalraad_app.sync.credentials import CredentialError, NoKeyringError

PROFILE_SETTING = "municipality_profile"
PROFILE: Changes = frozenset({"settings"})


class ProfileService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._session_passwords: dict[str, str] = {}  # where no keyring can keep them: this run only

    def profile(self) -> Profile:
        """The imported profile; an empty one (no servers) before any import."""
        with self.store.read() as s:
            row = s.get(Setting, PROFILE_SETTING)
        return parse_profile(row.value) if row and row.value else Profile()

    @staticmethod
    def read(text: str, folder: Path) -> Profile:
        """Checks a profile's text; a relative ca_file is read from `folder` (where the profile file lies)."""
        try:
            profile = parse_profile(text)
        except ProfileError as e:
            raise ValidationError(e.key or "profile", e.code, f"The profile was refused: {e.message}.") from None
        if profile.ca_file:
            ca = (folder / profile.ca_file).resolve()
            try:
                ssl.create_default_context(cafile=str(ca))
            except (OSError, ssl.SSLError) as e:
                raise ValidationError("ca_file", "invalid", f'The profile was refused: "ca_file": {ca} is not a '
                                                            f"readable CA certificate (PEM) ({e}).") from None
            profile = replace(profile, ca_file=str(ca))  # the file's settings must not depend on where it runs
        return profile

    def import_file(self, path: Path) -> Profile:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError("profile", "not_text", f"{path}: the profile must be a JSON text file (UTF-8).") from None
        return self.import_text(text, Path(path).parent)

    def import_text(self, text: str, folder: Path) -> Profile:
        profile = self.read(text, folder)
        with self.store.session() as s:
            s.merge(Setting(key=PROFILE_SETTING, value=profile.to_json()))
        return profile

    def save(self, profile: Profile) -> Changes:
        """Settings' edits of the profile, checked as an import is (see `read`); nothing is written when refused."""
        checked = self.read(profile.to_json(), Path.home())
        if checked != self.profile():
            with self.store.session() as s:
                s.merge(Setting(key=PROFILE_SETTING, value=checked.to_json()))
        return PROFILE

    def _login(self, server: str, profile: Profile | None = None) -> tuple[str, str]:
        """(username, host) of a server of the profile; refused when the profile has no login for it."""
        p = profile or self.profile()
        if server == "smtp" and p.smtp is not None:
            username, host = p.smtp.username, p.smtp.host
        elif server in ("caldav", "webdav") and (dav := p.caldav if server == "caldav" else p.webdav) is not None:
            username, host = dav.username, urlsplit(dav.url).hostname or ""
        else:
            raise ValidationError("server", "no_server", f"The municipality profile names no {server} server; "
                                                         "import a profile first (lokalraad profile import FILE).")
        if not username:
            raise ValidationError("server", "no_username", f"The profile names no user name for {server}, so no "
                                                           "password is needed.")
        return username, host

    def set_password(self, server: str, password: str, profile: Profile | None = None) -> None:
        """Keeps the password in the OS keyring (never in the file); raises CredentialError without one.
        `profile`: whose login it is (Settings' fields before they are saved); the saved profile by default."""
        if server not in credentials.SERVERS:
            raise ValidationError("server", "invalid", f"server must be one of {', '.join(credentials.SERVERS)}")
        if not password:
            raise ValidationError("password", "required", "The password is empty; nothing was saved.")
        credentials.set_password(server, *self._login(server, profile), password)
        self._session_passwords.pop(server, None)

    def use_for_session(self, server: str, password: str, profile: Profile | None = None) -> None:
        """Where set_password met no secure keyring: the window keeps the password in memory until the app
        closes (it says "password not saved" and asks again next start). Never written anywhere."""
        self._login(server, profile)
        if not password:
            raise ValidationError("password", "required", "The password is empty.")
        self._session_passwords[server] = password

    def password(self, server: str, profile: Profile | None = None) -> str | None:
        """The server's password: this session's, else the keyring's (None when none is kept). Raises
        CredentialError when the keyring cannot be read (NoKeyringError: there is none); call it off the GUI
        thread, it may wait for the keyring up to its timeout."""
        try:
            username, host = self._login(server, profile)
        except ValidationError:
            return None
        if server in self._session_passwords:
            return self._session_passwords[server]
        return credentials.get_password(server, username, host)

    def has_session_password(self, server: str) -> bool:
        return server in self._session_passwords



__all__ = ["CredentialError", "NoKeyringError", "ProfileService"]
