"""Errors the services raise; the UI and CLI turn them into words for the user."""

from __future__ import annotations


class ValidationError(Exception):
    """Input refused. `field` names what to fix, `code` says why (stable, for translations)."""

    def __init__(self, field: str, code: str, message: str = "") -> None:
        super().__init__(message or f"{field}: {code}")
        self.field = field
        self.code = code
        self.message = message or f"{field}: {code}"


class NotFoundError(Exception):
    pass


Changes = frozenset[str]
"""What a service call changed, e.g. {"members"} or {"meeting:42"}; views refresh only their part."""
