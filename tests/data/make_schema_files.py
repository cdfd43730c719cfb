"""Writes tests/data/council-<rev>.sqlite: a small council file at each earlier schema, with data in it.

Run from the repository root when a migration is added (the previous head becomes an old schema):
    .venv/bin/python tests/data/make_schema_files.py

The data is plain SQL as each schema had it (never the current models), so the files stay what an
older Lokalråd wrote. tests/test_migrations.py reads the same ROWS to check that nothing was lost.
Approved minutes are included on purpose: later migrations must pass the minutes lock (0003).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # run as a script from anywhere

T = "2025-01-06 09:00:00.000000"  # created/updated stamps as SQLAlchemy stores them (UTC, no offset)

# table -> rows, oldest schema first; each entry: (first revision that has the table, rows)
ROWS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "council": ("0001", [
        dict(id=1, uuid="c-1", name="Kirke Såby Lokalråd", area="Kirke Såby", municipality="Lejre Kommune",
             secretary_name="Åse Ærø", secretary_email="ase@example.dk", document_language="da",
             timezone="Europe/Copenhagen", created_at="2024-01-01 10:00:00.000000"),
    ]),
    "person": ("0001", [
        dict(id=1, uuid="p-1", name="Søren Østergaard", email="soren@example.dk", phone="20304050",
             address="Bygaden 1", postal_code="4060", city="Kirke Såby", organisation="", title="",
             committee="", kind="member", notes="Nøglen til præstegårdens lade",
             consent_at="2024-03-01 18:30:00.000000", consent_purpose="Medlemsliste og referater",
             erased_at=None, created_at=T, updated_at=T),
        dict(id=2, uuid="p-2", name="Lærke Bækgaard", email="laerke@lejre.dk", phone="", address="",
             postal_code="", city="", organisation="Lejre Kommune", title="Fælles-skaber", committee="",
             kind="liaison", notes="", consent_at=None, consent_purpose="", erased_at=None,
             created_at=T, updated_at=T),
    ]),
    "membership": ("0001", [
        dict(id=1, person_id=1, role="member", term_from="2020-03-01", term_to="2024-02-29"),
        dict(id=2, person_id=1, role="chair", term_from="2024-03-01", term_to=None),
    ]),
    "meeting": ("0001", [
        dict(id=1, uid="m-1", kind="board", title="Bestyrelsesmøde marts", start="2025-03-04 17:00:00.000000",
             end="2025-03-04 19:00:00.000000", timezone="Europe/Copenhagen", place="Forsamlingshuset",
             organiser="Søren", status="held", sequence=1, series_uid=None, notes="Kaffe ved Lærke"),
        dict(id=2, uid="m-2", kind="dialogue", title="Dialogmøde med Teknik og Miljø",
             start="2025-04-10 15:00:00.000000", end="2025-04-10 17:00:00.000000",
             timezone="Europe/Copenhagen", place="Rådhuset, Allerslev", organiser="", status="held",
             sequence=0, series_uid=None, notes=""),
    ]),
    "agenda_item": ("0001", [
        dict(id=1, meeting_id=1, position=1, title="Trafiksikkerhed på Bygaden", kind="decision",
             responsible_id=1, minutes_allowed=20, background="Skolevejen krydser Bygaden.",
             proposal="At vi beder kommunen om fartdæmpning.", classification="", postponed=0,
             discussion="Bestyrelsen drøftede fartdæmpning.", decision="Vi skriver til kommunen.",
             votes_for=5, votes_against=1, votes_blank=0),
        dict(id=2, meeting_id=1, position=2, title="Juletræ på gadekæret", kind="information",
             responsible_id=None, minutes_allowed=5, background="", proposal="", classification="",
             postponed=0, discussion="Spejderne rejser træet første søndag i advent.", decision="",
             votes_for=None, votes_against=None, votes_blank=None),
        dict(id=3, meeting_id=2, position=1, title="Busforbindelse til Roskilde", kind="discussion",
             responsible_id=None, minutes_allowed=30, background="Rute 233 kører sjældent om aftenen.",
             proposal="", classification="administrative", postponed=0,
             discussion="Forvaltningen undersøger køreplanen.", decision="", votes_for=None,
             votes_against=None, votes_blank=None),
    ]),
    "attendance": ("0001", [
        dict(id=1, meeting_id=1, person_id=1, name="Søren Østergaard", email="soren@example.dk", answer="yes",
             presence="present", is_guest=0, substitute_for_id=None),
        dict(id=2, meeting_id=1, person_id=2, name="Lærke Bækgaard", email="laerke@lejre.dk", answer="yes",
             presence="present", is_guest=1, substitute_for_id=None),
        # A member erased since: the minutes keep the name as it was recorded, nothing else.
        dict(id=3, meeting_id=1, person_id=None, name="Åse Ærø", email="", answer="no", presence="excused",
             is_guest=0, substitute_for_id=None),
    ]),
    "minutes": ("0001", [
        dict(id=1, meeting_id=1, status="approved", approved_on="2025-04-10", approved_at_meeting_id=2,
             content_sha256="9f2c" * 16, pdf_sha256=""),
        dict(id=2, meeting_id=2, status="draft", approved_on=None, approved_at_meeting_id=None,
             content_sha256="", pdf_sha256=""),
    ]),
    "action_item": ("0001", [
        dict(id=1, uuid="a-1", meeting_id=1, agenda_item_id=1, description="Brev til kommunen om fartdæmpning",
             owner_id=1, owner_name="", due="2025-05-01", status="open", closed_note="", closed_on=None),
    ]),
    "development_plan": ("0001", [
        dict(id=1, title="Lokaludviklingsplan 2025", vision="Et levende sogn", adopted_on="2025-02-01",
             revised_on=None),
    ]),
    "focus_area": ("0001", [
        dict(id=1, plan_id=1, position=1, title="Trafik", description="Sikre veje for børn og cyklister"),
    ]),
    "initiative": ("0001", [
        dict(id=1, focus_area_id=1, title="Cykelsti til Hyllinge", description="Sikker skolevej",
             owner="Søren", partners="Grundejerforeningen", funding="LAG-midler", progress="Ansøgning sendt",
             status="active"),
    ]),
    "hearing": ("0001", [
        dict(id=1, uid="h-1", title="Høring om vindmøller", reference="24/123", description="Kommuneplantillæg",
             deadline="2025-05-01", response="", status="open", answered_on=None),
    ]),
    "outbox_message": ("0001", [
        dict(id=1, kind="email", aggregate="m-1", recipient="soren@example.dk", payload="{}", file_path="",
             sha256="", idempotency_key="invite:m-1:p-1", status="sent", attempts=1, next_attempt_at=None,
             lease_until=None, last_error="", created_at=T, sent_at=T),
    ]),
    "audit_log": ("0001", [
        dict(id=1, at=T, entity="person", entity_id=1, action="add", detail=""),
    ]),
    "setting": ("0001", [
        dict(key="retention_years", value="5"),
    ]),
    "minutes_amendment": ("0003", [
        dict(id=1, minutes_id=1, made_on="2025-05-06", text="Stemmerne var 5 for og 1 imod, ikke 4 for."),
    ]),
    "municipal_request": ("0004", [
        dict(id=1, uuid="r-1", meeting_id=2, agenda_item_id=3, question="Kan rute 233 køre til kl. 23?",
             owner="Trafikafdelingen", promised_on="2025-06-01", answer="", answered_on=None, status="open"),
    ]),
    "meeting_series": ("0005", [
        dict(id=1, uid="s-1", title="Bestyrelsesmøde", kind="board", frequency="monthly", interval=1, nth=1,
             timezone="Europe/Copenhagen", until="2025-12-31"),
    ]),
    "attachment": ("0006", [
        dict(id=1, agenda_item_id=3, file_name="køreplan.txt", content=b"Rute 233: 6.10, 7.10, 8.10",
             size=26, sha256="0" * 64, added_at=T),
    ]),
    "sealed_document": ("0009", [
        dict(id=1, meeting_id=1, kind="minutes", content_sha256="9f2c" * 16, pdf_sha256="5e1d" * 16, amendments=1,
             file_name="referat-2025-03-04.pdf", pdf=b"%PDF-1.4\n% sealed minutes\n%%EOF\n", sealed_at=T),
    ]),
    "calendar_reply": ("0012", [
        dict(id=1, meeting_id=1, attendance_id=2, method="COUNTER", partstat="TENTATIVE", sequence=0,
             dtstamp="2025-02-25 08:00:00.000000", applied=0, not_applied_reason="counter",
             proposed_start="2025-03-05 17:00:00.000000", proposed_end="2025-03-05 19:00:00.000000",
             comment="Torsdag passer bedre", status="open", received_at=T),
    ]),
    "calendar_source": ("0012", [
        dict(id=1, name="Lejre Kommune: byrådsmøder", location="byraad.ics", etag="", colour="", visible=1,
             imported_at=T),
    ]),
    "calendar_event": ("0012", [
        dict(id=1, source_id=1, uid="040000008200E00074C5B7101A82E008000000001", recurrence_id=None,
             title="Byrådsmøde", location="Rådhuset", start="2025-04-24 16:00:00.000000",
             end="2025-04-24 19:00:00.000000", all_day=0),
    ]),
}

# Rows a later schema added to an older table.
EXTRA_ROWS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "meeting": ("0005", [
        dict(id=3, uid="m-3", kind="board", title="Bestyrelsesmøde maj", start="2025-05-06 17:00:00.000000",
             end="2025-05-06 19:00:00.000000", timezone="Europe/Copenhagen", place="Forsamlingshuset",
             organiser="", status="planned", sequence=0, series_uid="s-1",
             recurrence_id="2025-05-06 17:00:00.000000", notes=""),
    ]),
}

# What each table is ordered by when compared.
KEYS = {"setting": "key"}


def rows_at(revision: str) -> dict[str, list[dict[str, Any]]]:
    """The rows a file of `revision` holds, table by table (only tables that schema has)."""
    result: dict[str, list[dict[str, Any]]] = {}
    for table, (since, rows) in ROWS.items():
        if revision >= since:
            result[table] = list(rows)
    for table, (since, rows) in EXTRA_ROWS.items():
        if revision >= since:
            result[table] = result[table] + list(rows)
    return result


def make(revision: str) -> Path:
    from lokalraad_app.store.engine import make_engine, upgrade_schema

    target = HERE / f"council-{revision}.sqlite"
    target.unlink(missing_ok=True)
    engine = make_engine(target)
    upgrade_schema(engine, revision)
    engine.dispose()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA foreign_keys=ON")
    with conn:
        for table, rows in rows_at(revision).items():
            for row in rows:
                cols = ", ".join(f'"{c}"' for c in row)
                marks = ", ".join("?" for _ in row)
                conn.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', tuple(row.values()))
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    assert not problems, problems
    # One self-contained small file: no -wal beside it, small pages.
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA page_size=1024")
    conn.execute("VACUUM")
    conn.close()
    return target


def old_revisions() -> tuple[str, ...]:
    from lokalraad_app.store.schema import REVISIONS

    return REVISIONS[:-1]


if __name__ == "__main__":
    for rev in old_revisions():
        path = make(rev)
        print(path.name, path.stat().st_size, "bytes")
