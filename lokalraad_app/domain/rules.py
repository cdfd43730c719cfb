"""Pure rules of the domain, shared by dialogs, services and importers."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_valid_email(text: str) -> bool:
    """One @, a dot in the domain, no spaces: catches typing slips without rejecting real addresses."""
    return bool(_EMAIL.match(text.strip()))


def planned_starts(start: datetime, minutes_allowed: list[int]) -> list[datetime]:
    """Each agenda item's planned start: the meeting's start plus the time allowed for those before it."""
    starts: list[datetime] = []
    at = start
    for minutes in minutes_allowed:
        starts.append(at)
        at += timedelta(minutes=max(minutes, 0))
    return starts
