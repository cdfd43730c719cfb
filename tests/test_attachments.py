"""Bilag: files copied into the council file, opened from there, locked with approved minutes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from lokalraad_app.domain.enums import MinutesStatus
from lokalraad_app.services.bundle import open_services
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput


def test_attachment_lives_in_the_file_and_is_locked_with_the_minutes(council_file: Path, tmp_path: Path) -> None:
    services = open_services(council_file, backup=False)
    start = datetime(2026, 3, 3, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)))
    item = services.meeting.detail(mid).items[2].id
    assert item is not None
    source = tmp_path / "Budget 2026 – udkast.pdf"
    source.write_bytes(b"%PDF-1.4 budget " + "æøå".encode() * 100)
    aid, _ = services.attachments.add(item, source)
    source.unlink()  # the original may go: the council file has its own copy
    services.close()

    services = open_services(council_file, backup=False)  # survives a restart
    try:
        assert [(r.file_name, r.size) for r in services.attachments.rows(item)] == [("Budget 2026 – udkast.pdf", 616)]
        copy = services.attachments.save_copy(aid, tmp_path)
        assert copy.read_bytes().startswith(b"%PDF-1.4 budget")
        services.minutes.set_minutes_status(mid, MinutesStatus.APPROVED)
        with pytest.raises(ValidationError) as e:
            services.attachments.remove(aid)
        assert e.value.code == "approved"
        assert [r.id for r in services.attachments.rows(item)] == [aid]
        other = tmp_path / "sent.txt"
        other.write_text("for sent", encoding="utf-8")
        with pytest.raises(ValidationError):
            services.attachments.add(item, other)
        with pytest.raises(ValidationError) as e:
            services.attachments.add(item, tmp_path / "findes-ikke.pdf")
        assert e.value.code == "unreadable" or e.value.code == "approved"
    finally:
        services.close()
