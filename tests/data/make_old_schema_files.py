"""Writes tests/data/council-<rev>.sqlite: a council file at each earlier schema, with data in it.

Run once when a new migration is added (the previous head becomes an old schema to keep):
    python tests/data/make_old_schema_files.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lokalraad_app.store.engine import make_engine, upgrade_schema

HERE = Path(__file__).resolve().parent

DATA_0001 = [
    "INSERT INTO council (id, uuid, name, area, municipality, secretary_name, secretary_email, document_language,"
    " timezone, created_at) VALUES (1, 'c-1', 'Kirke Såby Lokalråd', 'Kirke Såby', 'Lejre Kommune', 'Åse Ærø',"
    " 'ase@example.dk', 'da', 'Europe/Copenhagen', '2024-01-01 10:00:00')",
    "INSERT INTO person (id, uuid, name, email, phone, address, postal_code, city, organisation, title, committee,"
    " kind, notes, consent_purpose, created_at, updated_at) VALUES (1, 'p-1', 'Søren Østergaard',"
    " 'soren@example.dk', '20304050', 'Bygaden 1', '4060', 'Kirke Såby', '', '', '', 'member', '', '',"
    " '2024-01-01 10:00:00', '2024-01-01 10:00:00')",
    "INSERT INTO person (id, uuid, name, email, phone, address, postal_code, city, organisation, title, committee,"
    " kind, notes, consent_purpose, created_at, updated_at) VALUES (2, 'p-2', 'Lærke Bækgaard', '', '', '', '',"
    " '', 'Lejre Kommune', 'Fælles-skaber', '', 'liaison', '', '', '2024-01-01 10:00:00', '2024-01-01 10:00:00')",
    "INSERT INTO membership (id, person_id, role, term_from, term_to) VALUES (1, 1, 'chair', '2024-03-01', NULL)",
    "INSERT INTO meeting (id, uid, kind, title, start, \"end\", timezone, place, organiser, status, sequence,"
    " notes) VALUES (1, 'm-1', 'board', 'Bestyrelsesmøde', '2025-03-04 18:00:00', '2025-03-04 20:00:00',"
    " 'Europe/Copenhagen', 'Forsamlingshuset', '', 'held', 0, '')",
    "INSERT INTO agenda_item (id, meeting_id, position, title, kind, minutes_allowed, background, proposal,"
    " classification, postponed, discussion, decision) VALUES (1, 1, 1, 'Trafiksikkerhed på Bygaden',"
    " 'decision', 20, 'Skolevejen krydser Bygaden.', '', '', 0, 'Bestyrelsen drøftede fartdæmpning.',"
    " 'Vi skriver til kommunen.')",
    "INSERT INTO development_plan (id, title, vision) VALUES (1, 'Lokaludviklingsplan 2025', 'Et levende sogn')",
    "INSERT INTO focus_area (id, plan_id, position, title, description) VALUES (1, 1, 1, 'Trafik', '')",
    "INSERT INTO initiative (id, focus_area_id, title, description, owner, partners, funding, progress, status)"
    " VALUES (1, 1, 'Cykelsti til Hyllinge', 'Sikker skolevej', 'Søren', '', '', '', 'active')",
    "INSERT INTO hearing (id, uid, title, reference, description, deadline, response, status) VALUES (1, 'h-1',"
    " 'Høring om vindmøller', '24/123', 'Kommuneplantillæg', '2025-05-01', '', 'open')",
]


def make(revision: str, statements: list[str]) -> Path:
    target = HERE / f"council-{revision}.sqlite"
    target.unlink(missing_ok=True)
    engine = make_engine(target)
    upgrade_schema(engine, revision)
    engine.dispose()
    conn = sqlite3.connect(target)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    conn.execute("VACUUM")
    conn.close()
    return target


if __name__ == "__main__":
    print(make("0001", DATA_0001))
    print(make("0002", DATA_0001))  # the same records: 0002 added the search index, not tables
    print(make("0003", DATA_0001))  # 0003 added the minutes lock and amendments
    print(make("0004", DATA_0001))  # 0004 added requests to the municipality
    print(make("0005", DATA_0001))  # 0005 added meeting series
    print(make("0006", DATA_0001))  # 0006 added attachments
