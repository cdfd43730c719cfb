"""Pure rules of the domain, shared by dialogs, services and importers."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_valid_email(text: str) -> bool:
    """One @, a dot in the domain, no spaces: catches typing slips without rejecting real addresses."""
    return bool(_EMAIL.match(text.strip()))
