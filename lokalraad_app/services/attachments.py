"""Use cases of attachments (bilag): files copied into the council file, listed on their agenda item."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from lokalraad_app.domain.models import AgendaItem, Attachment
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import meeting_changes, writing
from lokalraad_app.store.engine import Store


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    size: int


MAX_ATTACHMENT = 50 * 1024 * 1024  # a council file stays a file one can e-mail to the next secretary


class AttachmentService:
    """Bilag: files copied into the council file, listed on their agenda item."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self, item_id: int) -> list[AttachmentRow]:
        with self.store.read() as s:
            query = (select(Attachment.id, Attachment.file_name, Attachment.size)
                     .where(Attachment.agenda_item_id == item_id).order_by(col(Attachment.id)))
            return [AttachmentRow(i or 0, n, size) for i, n, size in s.exec(query).all()]

    def add(self, item_id: int, path: Path) -> tuple[int, Changes]:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT:
                raise ValidationError("file", "too_large", f"{path.name} is larger than 50 MB; attach a smaller "
                                      "file or a link in the text.")
            content = path.read_bytes()
        except OSError as e:
            raise ValidationError("file", "unreadable", f"{path.name} cannot be read: {e.strerror}.") from None
        with writing(self.store) as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError(item_id)
            row = Attachment(agenda_item_id=item_id, file_name=path.name, content=content, size=len(content),
                             sha256=hashlib.sha256(content).hexdigest())
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id, meeting_changes(item.meeting_id)

    def save_copy(self, attachment_id: int, folder: Path) -> Path:
        """Writes the file out (to open it with the system's viewer) and returns where."""
        with self.store.read() as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFoundError(attachment_id)
            target = Path(folder) / f"{attachment_id}-{row.file_name}"
            target.write_bytes(row.content)
            return target

    def remove(self, attachment_id: int) -> tuple[dict[str, Any], Changes]:
        """Takes the file off its item; the snapshot (the file included) lets undo put it back."""
        with writing(self.store) as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFoundError(attachment_id)
            item = s.get(AgendaItem, row.agenda_item_id)
            snapshot = row.model_dump()
            s.delete(row)
            return snapshot, meeting_changes(item.meeting_id if item else 0)

    def restore(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with writing(self.store) as s:
            row = Attachment(**snapshot)
            s.add(row)
            s.flush()
            item = s.get(AgendaItem, row.agenda_item_id)
            assert row.id is not None
            return row.id, meeting_changes(item.meeting_id if item else 0)
