"""The municipality profile: endpoints and addresses the municipality hands out, never passwords.

Pure parsing and checking, so the services, the sender and the tests share one reading of the format.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from lokalraad_app.domain.rules import is_valid_email

SECURITY_MODES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
# A key with one of these in its name is a secret, whatever it is called: refused with its own reason.
SECRET_WORDS = ("pass", "pasw", "pwd", "secret", "token", "kodeord", "adgangskode")  # "pass" catches passwd, password…


class ProfileError(ValueError):
    """The profile is refused; `key` names the offending key (dotted: "smtp.port")."""

    def __init__(self, key: str, code: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.code = code
        self.message = message


@dataclass(frozen=True)
class SmtpProfile:
    host: str
    port: int
    security: str  # starttls, tls, none
    username: str = ""
    from_address: str = ""  # the "from" key: the envelope sender and the From of our mails


@dataclass(frozen=True)
class DavProfile:
    url: str
    username: str = ""


@dataclass(frozen=True)
class Profile:
    municipality: str = ""
    contact_email: str = ""
    smtp: SmtpProfile | None = None
    caldav: DavProfile | None = None
    webdav: DavProfile | None = None
    ca_file: str = ""  # an extra CA certificate (PEM) trusted besides the system's store

    def to_json(self) -> str:
        """The profile in the file's own format (what `parse_profile` reads back)."""
        data: dict[str, Any] = {"municipality": self.municipality, "contact_email": self.contact_email}
        if self.smtp:
            smtp = asdict(self.smtp)
            smtp["from"] = smtp.pop("from_address")
            data["smtp"] = smtp
        if self.caldav:
            data["caldav"] = asdict(self.caldav)
        if self.webdav:
            data["webdav"] = asdict(self.webdav)
        if self.ca_file:
            data["ca_file"] = self.ca_file
        return json.dumps(data, ensure_ascii=False, indent=2)


# key -> (type, required) for each level of the format
_TOP: dict[str, tuple[type, bool]] = {"municipality": (str, False), "contact_email": (str, False),
                                      "smtp": (dict, False), "caldav": (dict, False), "webdav": (dict, False),
                                      "ca_file": (str, False)}
_SMTP: dict[str, tuple[type, bool]] = {"host": (str, True), "port": (int, False), "security": (str, False),
                                       "username": (str, False), "from": (str, False)}
_DAV: dict[str, tuple[type, bool]] = {"url": (str, True), "username": (str, False)}
_TYPE_NAMES = {str: "text", int: "a whole number", dict: "an object {…}"}


def _check_keys(data: dict[str, Any], allowed: dict[str, tuple[type, bool]], prefix: str) -> None:
    for key, value in data.items():
        name = f"{prefix}{key}"
        if any(word in key.lower() for word in SECRET_WORDS):
            raise ProfileError(name, "secret", f'"{name}": a profile must not hold a password; remove it and '
                                               "keep the password in the keyring (lokalraad password set …)")
        if key not in allowed:
            raise ProfileError(name, "unknown_key", f'"{name}" is not a key of a municipality profile '
                                                    f"(known: {', '.join(allowed)})")
        wanted = allowed[key][0]
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise ProfileError(name, "wrong_type", f'"{name}" must be {_TYPE_NAMES[wanted]}, not {json.dumps(value)}')
    for key, (_, required) in allowed.items():
        if required and not str(data.get(key, "")).strip():
            raise ProfileError(f"{prefix}{key}", "required", f'"{prefix}{key}" is missing')


def _email(value: str, name: str) -> str:
    value = value.strip()
    if value and not is_valid_email(value):
        raise ProfileError(name, "invalid", f'"{name}": "{value}" is not a valid email address')
    return value


def _dav(data: dict[str, Any] | None, name: str) -> DavProfile | None:
    if data is None:
        return None
    _check_keys(data, _DAV, f"{name}.")
    url = data["url"].strip()
    if not url.lower().startswith(("https://", "http://")):
        raise ProfileError(f"{name}.url", "invalid", f'"{name}.url" must start with https:// (or http://)')
    return DavProfile(url=url, username=data.get("username", "").strip())


def parse_profile(text: str) -> Profile:
    """Reads a profile from JSON text; raises ProfileError naming the key that is wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ProfileError("", "not_json", f"the profile is not valid JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(data, dict):
        raise ProfileError("", "not_object", "the profile must be a JSON object {…}")
    _check_keys(data, _TOP, "")
    smtp = None
    if "smtp" in data:
        raw = data["smtp"]
        _check_keys(raw, _SMTP, "smtp.")
        security = raw.get("security", "starttls").strip().lower()
        if security not in SECURITY_MODES:
            raise ProfileError("smtp.security", "invalid",
                               f'"smtp.security" must be one of {", ".join(SECURITY_MODES)}, not "{raw["security"]}"')
        port = raw.get("port", DEFAULT_PORTS[security])
        if not 1 <= port <= 65535:
            raise ProfileError("smtp.port", "invalid", f'"smtp.port" must be from 1 to 65535, not {port}')
        smtp = SmtpProfile(host=raw["host"].strip(), port=port, security=security,
                           username=raw.get("username", "").strip(),
                           from_address=_email(raw.get("from", ""), "smtp.from"))
    return Profile(municipality=data.get("municipality", "").strip(),
                   contact_email=_email(data.get("contact_email", ""), "contact_email"),
                   smtp=smtp, caldav=_dav(data.get("caldav"), "caldav"), webdav=_dav(data.get("webdav"), "webdav"),
                   ca_file=data.get("ca_file", "").strip())
