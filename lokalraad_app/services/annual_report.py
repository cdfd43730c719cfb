"""Årsberetning: the chair's own words for a year's annual report (formandens beretning), kept in the file
and printed first, before the facts the document service gathers from the year's records."""

from __future__ import annotations

from sqlmodel import Session, select

from lokalraad_app.domain.models import AnnualReport, utc_now
from lokalraad_app.services.errors import Changes, ValidationError
from lokalraad_app.store.engine import Store

FIRST_YEAR, LAST_YEAR = 1900, 2999  # the years an annual report can be asked for
MAX_CHAIR_TEXT = 200_000  # characters: some forty pages; more is a paste gone wrong


def annual_report_changes(year: int) -> Changes:
    return frozenset({"annual_report", f"annual_report:{year}"})


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:  # and datetime cannot hold the years around 1 and 9999
        raise ValidationError("year", "range", f"The year must be between {FIRST_YEAR} and {LAST_YEAR}, "
                              f"not {year}.")


def read_chair_text(s: Session, year: int) -> str:
    row = s.exec(select(AnnualReport).where(AnnualReport.year == year)).first()
    return row.chair_text if row is not None else ""


class AnnualReportService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def chair_text(self, year: int) -> str:
        """The chair's words for the year ("" until written)."""
        check_year(year)
        with self.store.read() as s:
            return read_chair_text(s, year)

    def set_chair_text(self, year: int, text: str) -> Changes:
        check_year(year)
        if len(text) > MAX_CHAIR_TEXT:
            raise ValidationError("chair_text", "too_long", f"The chair's report is {len(text):,} characters long; "
                                  f"at most {MAX_CHAIR_TEXT:,} fit. Shorten it.")
        with self.store.session() as s:
            row = s.exec(select(AnnualReport).where(AnnualReport.year == year)).first()
            if row is None:
                row = AnnualReport(year=year)
            elif row.chair_text == text:
                return frozenset()
            row.chair_text, row.updated_at = text, utc_now()
            s.add(row)
        return annual_report_changes(year)
