"""Pure rules of the domain, shared by dialogs, services and importers."""

from __future__ import annotations

import math
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


def is_quorate(present: int, board_size: int, fraction: float = 0.5) -> bool:
    """Quorum as statutes usually put it: at least `fraction` of the board present (half by default)."""
    return board_size > 0 and present >= math.ceil(board_size * fraction)


def carried(votes_for: int, votes_against: int, majority: str = "simple") -> bool:
    """Blank votes count for neither side. Simple: more for than against; two_thirds: at least 2/3 of votes cast."""
    cast = votes_for + votes_against
    if majority == "two_thirds":
        return cast > 0 and votes_for * 3 >= cast * 2
    return votes_for > votes_against
